import type { LogicalType } from '@seam/core';

/** One column of a live table, as a table-at-a-time reader (parity, the replicator) needs it. */
export interface LiveColumn {
  name: string;
  /** The catalog's spelling of the type (`numeric(12,2)`, a domain's name, `int(10) unsigned`). */
  nativeType: string;
  /** `nativeType` with a domain resolved to its base type (the same elsewhere). */
  baseType: string;
  /** The engine's name of the base type without modifiers (pg_type.typname, DATA_TYPE): `int4`, `varchar`. */
  typeName: string;
  /** The type without modifiers as SQL spells it, a domain kept (`character varying`, `numeric`; MySQL: DATA_TYPE). */
  bareType: string;
  /** PostgreSQL: the domain the column's type is (then `type` is its base's). */
  domain?: string;
  type: LogicalType;
  nullable: boolean;
  /** An insert that leaves the column out still fills it: a default, an identity/auto-increment, a generated column. */
  hasDefault: boolean;
  /** Text: the column's collation (PostgreSQL's `default` resolved to the database's). */
  collation?: string;
  /** MySQL/MariaDB text: the character set. */
  charset?: string;
  /** MariaDB: a text column whose values a json_valid() CHECK keeps JSON (MariaDB's JSON type). */
  checkedJson?: boolean;
}

export interface LiveKey {
  columns: string[];
  primary: boolean;
}

/** A table (or view) read on its own: columns in order, unique keys, row estimate. */
export interface LiveTable {
  schema: string;
  name: string;
  /** A table (partitioned or not), a view (materialized or not), or a foreign table. */
  kind: 'table' | 'view' | 'foreign';
  columns: LiveColumn[];
  /** The primary key first, then full unique indexes (no predicate, no expression), in catalog order. */
  uniqueKeys: LiveKey[];
  estimatedRows: number;
}
