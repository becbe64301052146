import { type SchemaSnapshot, type TableKey, tableKey } from '@seam/core';
import type { IntrospectEngine } from '../engine.js';

/**
 * Turns a table name as a statement spells it (maybe unqualified, maybe in another case) into a
 * table key, using the snapshot when there is one: the default schema first, then the one schema
 * that has a table of that name. Tables of the engine's own schemas resolve to nothing.
 */
export class TableResolver {
  readonly #byKey = new Map<string, { key: TableKey; columns: Map<string, string> }>();
  readonly #byName = new Map<string, TableKey[]>();
  readonly #byLowerKey = new Map<string, TableKey>();
  readonly #columns = new Map<TableKey, Map<string, string>>();
  readonly #engine: Pick<IntrospectEngine, 'systemSchemas' | 'isSystemTable'>;
  readonly #hasSnapshot: boolean;

  constructor(
    engine: Pick<IntrospectEngine, 'systemSchemas' | 'isSystemTable'>,
    readonly defaultSchema: string | null,
    snapshot?: SchemaSnapshot | null,
  ) {
    this.#engine = engine;
    this.#hasSnapshot = Boolean(snapshot);
    for (const t of snapshot?.tables ?? []) {
      const key = tableKey(t.schema, t.name);
      const columns = new Map<string, string>();
      for (const c of t.columns) {
        columns.set(c.name, c.name);
        if (!columns.has(c.name.toLowerCase())) columns.set(c.name.toLowerCase(), c.name);
      }
      this.#columns.set(key, columns);
      // A statement on a partition or an inheritance child works on its one logical table.
      for (const r of [t, ...(t.children ?? [])]) this.#register(r.schema, r.name, key, columns);
    }
  }

  #register(schema: string, name: string, key: TableKey, columns: Map<string, string>): void {
    this.#byKey.set(`${schema}\u0000${name}`, { key, columns });
    this.#byLowerKey.set(`${schema}\u0000${name}`.toLowerCase(), key);
    const list = this.#byName.get(name) ?? [];
    list.push(key);
    this.#byName.set(name, list);
    if (name.toLowerCase() !== name) {
      const lower = this.#byName.get(name.toLowerCase()) ?? [];
      lower.push(key);
      this.#byName.set(name.toLowerCase(), lower);
    }
  }

  /** The key of the named table, or null when it is a system table (or unknown to the snapshot). */
  table(schema: string | null, name: string, defaultSchema = this.defaultSchema): TableKey | null {
    if (schema && this.#engine.systemSchemas.has(schema.toLowerCase())) return null;
    if (!this.#hasSnapshot) {
      if (!schema && this.#engine.isSystemTable(name)) return null;
      const s = schema ?? defaultSchema;
      return s ? tableKey(s, name) : tableKey('', name);
    }
    if (schema) {
      const exact = this.#byKey.get(`${schema}\u0000${name}`);
      if (exact) return exact.key;
      return this.#byLowerKey.get(`${schema}\u0000${name}`.toLowerCase()) ?? null;
    }
    if (defaultSchema) {
      const inDefault = this.#byKey.get(`${defaultSchema}\u0000${name}`);
      if (inDefault) return inDefault.key;
    }
    const candidates = this.#byName.get(name) ?? this.#byName.get(name.toLowerCase()) ?? [];
    const unique = [...new Set(candidates)];
    return unique.length === 1 ? unique[0]! : null;
  }

  /**
   * The column's name as the snapshot spells it (MySQL digests upper-case some names); the name
   * itself when there is no snapshot; undefined when the table has no such column.
   */
  column(key: TableKey, column: string): string | undefined {
    if (!this.#hasSnapshot) return column;
    const columns = this.#columns.get(key);
    return columns?.get(column) ?? columns?.get(column.toLowerCase());
  }

  get knowsColumns(): boolean {
    return this.#hasSnapshot;
  }
}
