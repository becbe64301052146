import type { ColumnRef, TableKey, WorkloadStatement } from '@seam/core';
import type { TableResolver } from './resolver.js';

/** What one SQL statement does to tables: the unit both dialects' parsers produce. */
export interface StatementAnalysis {
  kind: WorkloadStatement['kind'];
  /** Tables the statement reads and does not write. */
  reads: TableKey[];
  writes: TableKey[];
  /** Equi-join predicates between columns of two different tables, each pair in sorted order. */
  joins: Array<[ColumnRef, ColumnRef]>;
  /** Transaction control (BEGIN/COMMIT/ROLLBACK), for grouping a log into transactions. */
  transaction?: 'begin' | 'commit' | 'rollback';
}

/** A level of name visibility: a SELECT, an UPDATE, a CTE body. Aliases map to a table key, or null for a derived table or CTE. */
export class Scope {
  /** CTE names, each with the one table its body reads from when it has exactly one (see passThrough). */
  readonly ctes = new Map<string, TableKey | null>();
  readonly entries = new Map<string, TableKey | null>();

  constructor(readonly parent?: Scope) {}

  /** undefined when `name` is no CTE here; else the table the CTE passes through, or null. */
  cte(name: string): TableKey | null | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.ctes.has(name)) return s.ctes.get(name);
    return undefined;
  }

  /**
   * A derived table (CTE or sub-select) that selects from exactly one table lets its columns
   * through, so `r.id` of `WITH r AS (SELECT * FROM orders ...)` is `orders.id` for join purposes.
   */
  passThrough(): TableKey | null {
    if (this.entries.size !== 1) return null;
    return [...this.entries.values()][0] ?? null;
  }

  lookup(alias: string): TableKey | null | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      if (s.entries.has(alias)) return s.entries.get(alias);
    }
    return undefined;
  }

  /** The one table of this scope (or the nearest enclosing one with entries) that can own an unqualified column. */
  ownerOf(column: string, resolver: TableResolver): TableKey | null {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      if (s.entries.size === 0) continue;
      const values = [...s.entries.values()];
      const tables = [...new Set(values.filter((v): v is TableKey => v !== null))];
      if (resolver.knowsColumns) {
        const owners = tables.filter((t) => resolver.column(t, column) !== undefined);
        if (owners.length === 1) return owners[0]!;
        if (owners.length > 1) return null;
        continue; // not here: a correlated reference to an outer scope
      }
      return tables.length === 1 && values.length === 1 ? tables[0]! : null;
    }
    return null;
  }
}

/** Collects the tables and join predicates of one statement while its AST is walked. */
export class Collector {
  readonly reads = new Set<TableKey>();
  readonly writes = new Set<TableKey>();
  readonly #joins = new Map<string, [ColumnRef, ColumnRef]>();

  constructor(readonly resolver: TableResolver) {}

  join(a: ColumnRef | null, b: ColumnRef | null): void {
    if (!a || !b || a.table === b.table) return;
    const ca = this.resolver.column(a.table, a.column);
    const cb = this.resolver.column(b.table, b.column);
    if (ca === undefined || cb === undefined) return;
    const x = { table: a.table, column: ca };
    const y = { table: b.table, column: cb };
    const sx = `${x.table}\u0000${x.column}`;
    const sy = `${y.table}\u0000${y.column}`;
    const pair: [ColumnRef, ColumnRef] = sx < sy ? [x, y] : [y, x];
    this.#joins.set(sx < sy ? `${sx}\u0001${sy}` : `${sy}\u0001${sx}`, pair);
  }

  result(kind: StatementAnalysis['kind']): StatementAnalysis {
    const writes = [...this.writes].sort();
    return {
      kind,
      reads: [...this.reads].filter((t) => !this.writes.has(t)).sort(),
      writes,
      joins: [...this.#joins.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, v]) => v),
    };
  }
}

/** A statement the dialect's parser rejected. */
export class UnparsableStatement extends Error {
  constructor(
    readonly sql: string,
    reason: string,
  ) {
    super(reason);
  }
}
