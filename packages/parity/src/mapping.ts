import { type ColumnPair, pairColumns } from './column-class.js';
import type { ColumnInfo, TableInfo } from './types.js';

export interface MappedColumn {
  source: string;
  target: string;
  pair: ColumnPair;
}

/** How a source table's rows map onto its copy: the compared column pairs and the key. */
export interface TableMapping {
  columns: MappedColumn[];
  /** Indexes into columns of the key columns, in key order; empty when compared as a multiset. */
  key: number[];
  /** Columns that could not be compared (missing on one side, incompatible types). */
  problems: string[];
  /**
   * Columns on both sides that could not be compared: repair SQL still writes their source text,
   * so that an inserted row is complete (a NOT NULL column without a default would refuse it).
   */
  carried: Array<{ source: ColumnInfo; target: string }>;
  notes: string[];
  /** The rows cannot be compared at all (a key column is missing or incompatible). */
  fatal?: string;
}

export interface MappingOptions {
  /** Source columns to compare (a vertical split); default all. Key columns are always added. */
  columns?: string[];
  /** Source column → target column name. */
  rename?: Record<string, string>;
}

export function mapTable(source: TableInfo, target: TableInfo, options: MappingOptions = {}): TableMapping {
  const problems: string[] = [];
  const notes: string[] = [];
  const sourceCols = new Map(source.columns.map((c) => [c.name, c]));
  const targetCols = new Map(target.columns.map((c) => [c.name, c]));
  const rename = options.rename ?? {};
  const keyNames =
    source.key ?? target.key?.map((t) => Object.entries(rename).find(([, v]) => v === t)?.[0] ?? t) ?? [];
  const wanted = options.columns
    ? [...new Set([...keyNames, ...options.columns])]
    : source.columns.map((c) => c.name);
  const columns: MappedColumn[] = [];
  const carried: TableMapping['carried'] = [];
  let fatal: string | undefined;
  for (const name of wanted) {
    const s = sourceCols.get(name);
    const targetName = rename[name] ?? name;
    const isKey = keyNames.includes(name);
    if (!s) {
      problems.push(`column ${name} does not exist on the source`);
      if (isKey) fatal = `key column ${name} does not exist on the source`;
      continue;
    }
    const t = targetCols.get(targetName);
    if (!t) {
      problems.push(`column ${targetName} is missing on the target`);
      if (isKey) fatal = `key column ${targetName} is missing on the target`;
      continue;
    }
    const pair = pairColumns(s, t, { source: source.dialect, target: target.dialect }, isKey);
    if ('problem' in pair) {
      problems.push(`column ${name}: ${pair.problem}`);
      if (isKey) fatal = `key column ${name}: ${pair.problem}`;
      else carried.push({ source: s, target: targetName });
      continue;
    }
    for (const n of pair.notes) notes.push(`column ${name}: ${n}`);
    columns.push({ source: name, target: targetName, pair });
  }
  const key = keyNames.map((k) => columns.findIndex((c) => c.source === k)).filter((i) => i >= 0);
  if (!fatal && keyNames.length === 0)
    notes.push('no primary or unique key: rows are compared as a multiset');
  const mapping: TableMapping = { columns, key: fatal ? [] : key, problems, notes, carried };
  if (fatal) mapping.fatal = fatal;
  return mapping;
}
