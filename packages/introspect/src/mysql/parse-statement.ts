import type { ColumnRef, TableKey } from '@seam/core';
import sqlParser from 'node-sql-parser';
import type { TableResolver } from '../workload/resolver.js';
import {
  Collector,
  Scope,
  type StatementAnalysis,
  UnparsableStatement,
} from '../workload/statement-analysis.js';

// node-sql-parser's MariaDB/MySQL grammar; its AST is plain JSON with a `type` on each statement.
type Json = Record<string, unknown>;

const parser = new sqlParser.Parser();

const KINDS: Record<string, StatementAnalysis['kind']> = {
  select: 'select',
  insert: 'insert',
  replace: 'insert',
  update: 'update',
  delete: 'delete',
};

const list = (value: unknown): Json[] =>
  Array.isArray(value) ? (value as Json[]) : value ? [value as Json] : [];

/** Identifiers come back with a doubled backtick kept (`a``b`); string or { value } forms both occur. */
function ident(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.replaceAll('``', '`');
  if (typeof value === 'object') {
    const v = value as { value?: unknown; expr?: { value?: unknown } };
    if (typeof v.value === 'string') return v.value.replaceAll('``', '`');
    if (v.expr && typeof v.expr.value === 'string') return v.expr.value.replaceAll('``', '`');
  }
  return null;
}

/** Where a quoted name or string that opens at `i` ends (the index of its closing quote). */
function quotedEnd(text: string, i: number): number {
  const ch = text[i]!;
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === '\\' && ch !== '`') j += 2;
    else if (text[j] === ch && text[j + 1] === ch) j += 2;
    else if (text[j] === ch) break;
    else j++;
  }
  return j;
}

/**
 * Digest texts (performance_schema) write a list of values as `(...)`, which no grammar accepts:
 * turn each bare `...` (outside quotes and comments) into one `?` placeholder — or, in the VALUES
 * of an INSERT/REPLACE that names its columns, into one `?` per column, so that the row has as
 * many values as the list has columns.
 */
export function prepareDigest(text: string): string {
  let out = '';
  let i = 0;
  let depth = 0;
  // The column list of INSERT … (a, b) VALUES: its size, once its closing parenthesis is seen.
  const insert = /^\s*(?:INSERT|REPLACE)\b/i.test(text);
  let columns = 0;
  let listCommas = 0;
  let listDone = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '`' || ch === "'" || ch === '"') {
      const j = quotedEnd(text, i);
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop);
      i = stop;
    } else if (text.startsWith('...', i)) {
      const row = columns > 0 && depth === 1 && /\(\s*$/.test(out) && /^\.\.\.\s*\)/.test(text.slice(i));
      out += row ? Array.from({ length: columns }, () => '?').join(', ') : '?';
      i += 3;
    } else {
      if (ch === '(') depth++;
      else if (ch === ')') {
        depth--;
        if (insert && !listDone && depth === 0) {
          listDone = true;
          // A column list only when VALUES follows (not INSERT … SELECT, not the values themselves).
          if (/^\s*VALUES?\b/i.test(text.slice(i + 1))) columns = listCommas + 1;
        }
      } else if (ch === ',' && depth === 1 && !listDone) listCommas++;
      else if (insert && !listDone && depth === 0 && /^VALUES?\b/i.test(text.slice(i))) listDone = true;
      out += ch;
      i++;
    }
  }
  return out;
}

class MysqlWalker {
  readonly out: Collector;
  constructor(
    readonly resolver: TableResolver,
    readonly defaultSchema: string | null,
  ) {
    this.out = new Collector(resolver);
  }

  tableOf(item: Json, scope: Scope): TableKey | null | { cte: TableKey | null } {
    const name = ident(item.table);
    if (!name) return null;
    const db = ident(item.db);
    if (!db) {
      const cte = scope.cte(name);
      if (cte !== undefined) return { cte };
    }
    return this.resolver.table(db, name, this.defaultSchema);
  }

  statement(ast: unknown, parent: Scope): Scope | null {
    if (!ast || typeof ast !== 'object') return null;
    const node = ast as Json;
    switch (node.type) {
      case 'select': {
        const scope = new Scope(parent);
        this.with(node.with, scope);
        for (const item of list(node.from)) this.from(item, scope);
        for (const part of ['columns', 'where', 'having', 'groupby', 'orderby']) this.expr(node[part], scope);
        if (node._next) this.statement(node._next, parent);
        return scope;
      }
      case 'insert':
      case 'replace': {
        const scope = new Scope(parent);
        for (const t of list(node.table)) this.from(t, scope, 'write');
        const values = node.values as Json | undefined;
        if (values?.type === 'select') this.statement(values, scope);
        else this.expr(values, scope);
        if (node.select) this.statement(node.select, scope);
        this.expr(node.on_duplicate_update, scope);
        return scope;
      }
      case 'update': {
        const scope = new Scope(parent);
        this.with(node.with, scope);
        for (const t of list(node.table)) this.from(t, scope);
        for (const t of list(node.from)) this.from(t, scope);
        const sets = list(node.set);
        const targets = new Set(sets.map((s) => ident(s.table)));
        for (const alias of targets) {
          const key = alias === null ? scope.passThrough() : scope.lookup(alias);
          if (key) this.out.writes.add(key);
        }
        this.expr(sets, scope);
        this.expr(node.where, scope);
        return scope;
      }
      case 'delete': {
        const scope = new Scope(parent);
        this.with(node.with, scope);
        for (const t of list(node.from)) this.from(t, scope);
        for (const t of list(node.table)) {
          const name = ident(t.table);
          const key = name === null ? null : scope.lookup(name);
          if (key) this.out.writes.add(key);
          else if (key === undefined) this.from(t, scope, 'write');
        }
        this.expr(node.where, scope);
        return scope;
      }
      default:
        return null;
    }
  }

  with(value: unknown, scope: Scope): void {
    for (const cte of list(value)) {
      const name = ident(cte.name);
      if (!name) continue;
      const body = this.statement((cte.stmt as Json | undefined)?.ast ?? cte.stmt, scope);
      scope.ctes.set(name, body?.passThrough() ?? null);
    }
  }

  /** Registers a FROM (or target) item; returns the key of its table. */
  from(item: Json, scope: Scope, mode: 'read' | 'write' = 'read'): TableKey | null {
    let key: TableKey | null = null;
    if (item.table !== undefined && item.table !== null) {
      const found = this.tableOf(item, scope);
      if (found !== null && typeof found === 'object') key = found.cte;
      else {
        key = found;
        if (key) (mode === 'write' ? this.out.writes : this.out.reads).add(key);
      }
      const alias = ident(item.as) ?? ident(item.table)!;
      scope.entries.set(alias, key);
    } else if (item.expr) {
      const expr = item.expr as Json;
      const sub = this.statement(expr.ast ?? expr, scope);
      key = sub?.passThrough() ?? null;
      const alias = ident(item.as);
      if (alias) scope.entries.set(alias, key);
    }
    this.expr(item.on, scope);
    if (Array.isArray(item.using) && key) {
      const previous = [...scope.entries.values()].filter((v): v is TableKey => v !== null && v !== key);
      const left = previous.at(-1);
      for (const u of item.using) {
        const column = ident(u);
        if (column && left) this.out.join({ table: left, column }, { table: key, column });
      }
    }
    return key;
  }

  column(ref: Json, scope: Scope): ColumnRef | null {
    const column = ident(ref.column);
    if (!column || column === '*') return null;
    const qualifier = ident(ref.table);
    if (!qualifier) {
      const table = scope.ownerOf(column, this.resolver);
      return table ? { table, column } : null;
    }
    const table = scope.lookup(qualifier);
    if (table === undefined) {
      const direct = this.resolver.table(ident(ref.db), qualifier, this.defaultSchema);
      return direct ? { table: direct, column } : null;
    }
    return table ? { table, column } : null;
  }

  expr(value: unknown, scope: Scope): void {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) this.expr(v, scope);
      return;
    }
    const node = value as Json;
    if (node.ast && typeof node.ast === 'object') {
      this.statement(node.ast, scope);
      return;
    }
    if (typeof node.type === 'string' && KINDS[node.type] && ('from' in node || 'table' in node)) {
      this.statement(node, scope);
      return;
    }
    if (node.type === 'binary_expr') {
      const l = node.left as Json | undefined;
      const r = node.right as Json | undefined;
      if (node.operator === '=' && l?.type === 'column_ref' && r?.type === 'column_ref') {
        this.out.join(this.column(l, scope), this.column(r, scope));
        return;
      }
      // x IN (SELECT y FROM t): a semi-join x = t.y.
      const sub = ((r?.value as Json[] | undefined)?.[0]?.ast ?? null) as Json | null;
      if (node.operator === 'IN' && l?.type === 'column_ref' && sub?.type === 'select') {
        const inner = this.statement(sub, scope);
        const target = (list(sub.columns)[0]?.expr ?? null) as Json | null;
        if (inner && target?.type === 'column_ref')
          this.out.join(this.column(l, scope), this.column(target, inner));
        return;
      }
    }
    for (const v of Object.values(node)) this.expr(v, scope);
  }
}

export interface MysqlParsed {
  text: string;
  ast: Json;
}

/** Parses MySQL/MariaDB SQL (or a digest text) into statements; throws UnparsableStatement. */
export function parseMysql(sql: string): MysqlParsed[] {
  const prepared = prepareDigest(sql);
  let ast: unknown;
  try {
    ast = parser.astify(prepared, { database: 'MariaDB' });
  } catch (error) {
    throw new UnparsableStatement(sql, (error as Error).message.split('\n')[0] ?? 'syntax error');
  }
  const statements = list(ast);
  return statements.map((s) => ({ text: statements.length === 1 ? sql.trim() : '', ast: s }));
}

function transactionOf(ast: Json): StatementAnalysis['transaction'] {
  if (ast.type !== 'transaction') return undefined;
  const action = String(ident((ast.expr as Json | undefined)?.action) ?? '').toLowerCase();
  if (action === 'begin' || action === 'start' || action.startsWith('start')) return 'begin';
  if (action === 'commit') return 'commit';
  if (action === 'rollback') return 'rollback';
  return undefined;
}

/** What one parsed MySQL/MariaDB statement reads, writes and joins. */
export function analyzeMysqlStatement(
  ast: Json,
  resolver: TableResolver,
  defaultSchema: string | null = resolver.defaultSchema,
): StatementAnalysis {
  const walker = new MysqlWalker(resolver, defaultSchema);
  walker.statement(ast, new Scope());
  const result = walker.out.result(KINDS[String(ast.type)] ?? 'other');
  const transaction = transactionOf(ast);
  return transaction ? { ...result, transaction } : result;
}
