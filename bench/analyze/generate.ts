import { seededRandom } from '@seam/analyzer';
import type { SchemaSnapshot, TableSnapshot, Workload, WorkloadStatement } from '@seam/core';

/**
 * A synthetic monolith in realistic proportions: tables in domains of 8–60 tables named after their
 * domain, about 3 foreign keys per table (most inside the domain, some across, audit columns to one
 * users hub, references to shared lookups), and a workload of statements (mostly within a domain,
 * 1–4 tables, joined along foreign keys) and transaction shapes.
 */
export interface GeneratedMonolith {
  snapshot: SchemaSnapshot;
  workload: Workload;
  fks: number;
}

const ENTITIES = [
  'orders',
  'items',
  'events',
  'accounts',
  'notes',
  'entries',
  'records',
  'settings',
  'links',
  'versions',
  'states',
  'rules',
  'jobs_data',
  'details',
  'assets',
];

export function generateMonolith(tables: number, statements: number, seed = 1): GeneratedMonolith {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const names: string[] = ['users'];
  const domainOf: number[] = [-1];
  const lookups: number[] = [];
  let domain = 0;
  while (names.length < tables) {
    const size = Math.min(tables - names.length, 8 + int(53));
    for (let i = 0; i < size; i++) {
      names.push(`d${domain}_${ENTITIES[i % ENTITIES.length]}_${i}`);
      domainOf.push(domain);
    }
    domain++;
  }
  for (let i = 1; i < tables && lookups.length < Math.max(2, Math.floor(tables * 0.02)); i += 50)
    lookups.push(i);
  const members = new Map<number, number[]>();
  domainOf.forEach((d, t) => {
    const list = members.get(d);
    if (list) list.push(t);
    else members.set(d, [t]);
  });
  const fkLists: { column: string; target: number }[][] = names.map(() => []);
  let fks = 0;
  const lookupSet = new Set(lookups);
  for (let t = 1; t < tables; t++) {
    if (lookupSet.has(t)) continue;
    const own = members.get(domainOf[t]!)!;
    const k = 1 + int(5); // 1..5 ordinary references, 3 on average
    for (let j = 0; j < k; j++) {
      const r = random();
      let target: number;
      if (r < 0.8) target = own[int(own.length)]!;
      else if (r < 0.9) target = lookups[int(lookups.length)]!;
      else target = 1 + int(tables - 1);
      if (target === t) continue;
      fkLists[t]!.push({ column: `ref${j}_id`, target });
      fks++;
    }
    if (random() < 0.3) {
      fkLists[t]!.push({ column: 'created_by', target: 0 });
      fks++;
    }
  }
  const tablesOut: TableSnapshot[] = names.map((name, t) => ({
    schema: 'public',
    name,
    columns: [
      {
        name: 'id',
        nativeType: 'bigint',
        type: { kind: 'integer', bytes: 8 },
        nullable: false,
        default: null,
      },
      { name: 'name', nativeType: 'text', type: { kind: 'text' }, nullable: false, default: null },
      {
        name: 'created_at',
        nativeType: 'timestamptz',
        type: { kind: 'timestamp', withTimeZone: true },
        nullable: false,
        default: null,
      },
      ...fkLists[t]!.map((f) => ({
        name: f.column,
        nativeType: 'bigint',
        type: { kind: 'integer' as const, bytes: 8 as const },
        nullable: true,
        default: null,
      })),
    ],
    primaryKey: ['id'],
    uniques: [],
    foreignKeys: fkLists[t]!.map((f, i) => ({
      name: `${name}_fk${i}`,
      columns: [f.column],
      referencedSchema: 'public',
      referencedTable: names[f.target]!,
      referencedColumns: ['id'],
      onDelete: i % 3 === 0 ? ('CASCADE' as const) : ('NO ACTION' as const),
      onUpdate: 'NO ACTION' as const,
    })),
    indexes: fkLists[t]!.filter((_, i) => i % 2 === 0).map((f) => ({
      name: `${name}_${f.column}_idx`,
      columns: [f.column],
      unique: false,
      primary: false,
    })),
    rowEstimate: lookupSet.has(t) ? 50 : int(1_000_000),
    bytes: int(1e9),
    stats: {
      reads: int(1e7),
      inserts: lookupSet.has(t) ? 0 : int(1e5),
      updates: int(1e4),
      deletes: 0,
      windowSeconds: 86_400,
    },
  }));
  const key = (t: number) => `public.${names[t]}`;
  const stmts: WorkloadStatement[] = [];
  for (let s = 0; s < statements; s++) {
    const start = 1 + int(tables - 1);
    const chosen = [start];
    const joins: WorkloadStatement['joins'] = [];
    const width = 1 + int(4);
    for (let j = 1; j < width; j++) {
      const from = chosen[int(chosen.length)]!;
      const fk = fkLists[from]![int(Math.max(1, fkLists[from]!.length))];
      if (!fk || chosen.includes(fk.target)) continue;
      chosen.push(fk.target);
      joins.push([
        { table: key(from), column: fk.column },
        { table: key(fk.target), column: 'id' },
      ]);
    }
    const write = random() < 0.25;
    stmts.push({
      id: `q${s}`,
      text: `SELECT … FROM ${chosen.map(key).join(' JOIN ')}`,
      kind: write ? 'update' : 'select',
      calls: 1 + int(10_000),
      totalTimeMs: int(100_000),
      reads: chosen.map(key),
      writes: write ? [key(start)] : [],
      joins,
    });
  }
  const transactions: Workload['transactions'] = [];
  for (let x = 0; x < Math.floor(statements / 10); x++) {
    const start = 1 + int(tables - 1);
    const own = members.get(domainOf[start]!)!;
    const writes = [
      ...new Set([
        key(start),
        key(own[int(own.length)]!),
        ...(random() < 0.1 ? [key(1 + int(tables - 1))] : []),
      ]),
    ].sort();
    transactions.push({ writes, reads: [], count: 1 + int(1000) });
  }
  return {
    snapshot: {
      format: 'seam.snapshot',
      version: 1,
      engine: { dialect: 'postgres', flavor: 'postgresql', version: '15' },
      database: `generated_${tables}`,
      schemas: ['public'],
      capturedAt: '2026-01-01T00:00:00Z',
      source: 'generated',
      tables: tablesOut,
      views: [],
    },
    workload: {
      format: 'seam.workload',
      version: 1,
      sources: [],
      statements: stmts,
      transactions,
      unparsed: { count: 0, samples: [] },
    },
    fks,
  };
}
