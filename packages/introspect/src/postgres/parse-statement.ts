import type { ColumnRef, TableKey } from '@seam/core';
import { loadModule, parseSync } from 'libpg-query';
import type { TableResolver } from '../workload/resolver.js';
import {
  Collector,
  Scope,
  type StatementAnalysis,
  UnparsableStatement,
} from '../workload/statement-analysis.js';

// The parser is WebAssembly: load it once, when this module is first imported (about 20 ms).
await loadModule();

// The PostgreSQL parser's AST (libpg-query, the server's own grammar) is walked as plain JSON:
// every node is { NodeType: { ...fields } }.
type Json = Record<string, unknown>;

const STATEMENT_KINDS: Record<string, StatementAnalysis['kind']> = {
  SelectStmt: 'select',
  InsertStmt: 'insert',
  UpdateStmt: 'update',
  DeleteStmt: 'delete',
  MergeStmt: 'merge',
};

function nodeOf(value: unknown): [string, Json] | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.length !== 1) return null;
  const inner = (value as Json)[keys[0]!];
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? [keys[0]!, inner as Json] : null;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (node: unknown): string | undefined => (node as { String?: { sval?: string } })?.String?.sval;

class PgWalker {
  readonly out: Collector;
  constructor(readonly resolver: TableResolver) {
    this.out = new Collector(resolver);
  }

  /** A RangeVar's table key, or { cte } when it names a CTE (with the table the CTE passes through). */
  tableOf(rv: Json, scope: Scope): TableKey | null | { cte: TableKey | null } {
    const name = String(rv.relname ?? '');
    const schema = typeof rv.schemaname === 'string' ? rv.schemaname : null;
    if (!schema) {
      const cte = scope.cte(name);
      if (cte !== undefined) return { cte };
    }
    return this.resolver.table(schema, name);
  }

  statement(node: unknown, parent: Scope): Scope | null {
    const n = nodeOf(node);
    if (!n) return null;
    const [type, body] = n;
    switch (type) {
      case 'SelectStmt':
        return this.select(body, parent);
      case 'InsertStmt': {
        const scope = new Scope(parent);
        this.with(body.withClause, scope);
        this.target(body.relation, scope);
        if (body.selectStmt) this.statement(body.selectStmt, scope);
        this.expr(body.onConflictClause, scope);
        this.expr(body.returningList, scope);
        return scope;
      }
      case 'UpdateStmt': {
        const scope = new Scope(parent);
        this.with(body.withClause, scope);
        this.target(body.relation, scope);
        for (const item of list(body.fromClause)) this.from(item, scope);
        this.expr(body.targetList, scope);
        this.expr(body.whereClause, scope);
        this.expr(body.returningList, scope);
        return scope;
      }
      case 'DeleteStmt': {
        const scope = new Scope(parent);
        this.with(body.withClause, scope);
        this.target(body.relation, scope);
        for (const item of list(body.usingClause)) this.from(item, scope);
        this.expr(body.whereClause, scope);
        this.expr(body.returningList, scope);
        return scope;
      }
      case 'MergeStmt': {
        const scope = new Scope(parent);
        this.with(body.withClause, scope);
        this.target(body.relation, scope);
        this.from(body.sourceRelation, scope);
        this.expr(body.joinCondition, scope);
        this.expr(body.mergeWhenClauses, scope);
        return scope;
      }
      case 'TruncateStmt':
        for (const r of list(body.relations)) this.target(r, parent);
        return null;
      case 'CopyStmt': {
        if (body.query) this.statement(body.query, parent);
        const rv = nodeOf({ RangeVar: body.relation })?.[1];
        if (body.relation && rv) {
          const key = this.tableOf(rv, parent);
          if (typeof key === 'string') (body.is_from ? this.out.writes : this.out.reads).add(key);
        }
        return null;
      }
      case 'ExplainStmt':
        return this.statement(body.query, parent);
      case 'CreateTableAsStmt':
        return this.statement(body.query, parent);
      default:
        return null;
    }
  }

  /** The written table of INSERT/UPDATE/DELETE/MERGE, visible under its alias. */
  target(relation: unknown, scope: Scope): void {
    const rv = (relation as { RangeVar?: Json })?.RangeVar ?? (relation as Json | undefined);
    if (!rv || typeof rv.relname !== 'string') return;
    const key = this.tableOf(rv, scope);
    const alias = (rv.alias as { aliasname?: string } | undefined)?.aliasname ?? rv.relname;
    if (key !== null && typeof key === 'object') {
      scope.entries.set(alias, null);
      return;
    }
    if (key) this.out.writes.add(key);
    scope.entries.set(alias, key);
  }

  with(withClause: unknown, scope: Scope): void {
    const w = withClause as { ctes?: unknown[]; recursive?: boolean } | undefined;
    if (!w) return;
    for (const c of list(w.ctes)) {
      const cte = (c as { CommonTableExpr?: Json }).CommonTableExpr;
      if (!cte) continue;
      if (w.recursive) scope.ctes.set(String(cte.ctename), null);
      const body = this.statement(cte.ctequery, scope);
      scope.ctes.set(String(cte.ctename), w.recursive ? null : (body?.passThrough() ?? null));
    }
  }

  select(body: Json, parent: Scope): Scope {
    const scope = new Scope(parent);
    this.with(body.withClause, scope);
    if (body.op && body.op !== 'SETOP_NONE') {
      this.select((body.larg as Json) ?? {}, scope);
      this.select((body.rarg as Json) ?? {}, scope);
      return scope;
    }
    for (const item of list(body.fromClause)) this.from(item, scope);
    for (const part of [
      'valuesLists',
      'targetList',
      'whereClause',
      'havingClause',
      'groupClause',
      'sortClause',
    ]) {
      this.expr(body[part], scope);
    }
    return scope;
  }

  /** Registers a FROM item in the scope; returns the table key of its rightmost plain table. */
  from(item: unknown, scope: Scope): TableKey | null {
    const n = nodeOf(item);
    if (!n) return null;
    const [type, body] = n;
    if (type === 'RangeVar') {
      const key = this.tableOf(body, scope);
      const alias = (body.alias as { aliasname?: string } | undefined)?.aliasname ?? String(body.relname);
      if (key !== null && typeof key === 'object') {
        scope.entries.set(alias, key.cte);
        return key.cte;
      }
      if (key) this.out.reads.add(key);
      scope.entries.set(alias, key);
      return key;
    }
    if (type === 'JoinExpr') {
      const left = this.from(body.larg, scope);
      const right = this.from(body.rarg, scope);
      this.expr(body.quals, scope);
      for (const using of list(body.usingClause)) {
        const column = str(using);
        if (column && left && right) this.out.join({ table: left, column }, { table: right, column });
      }
      return right;
    }
    if (type === 'RangeSubselect') {
      const sub = this.statement(body.subquery, scope);
      const through = sub?.passThrough() ?? null;
      const alias = (body.alias as { aliasname?: string } | undefined)?.aliasname;
      if (alias) scope.entries.set(alias, through);
      return through;
    }
    if (type === 'RangeFunction') {
      this.expr(body.functions, scope);
      const alias = (body.alias as { aliasname?: string } | undefined)?.aliasname;
      if (alias) scope.entries.set(alias, null);
    }
    return null;
  }

  column(ref: Json, scope: Scope): ColumnRef | null {
    const fields = list(ref.fields).map(str);
    if (fields.some((f) => f === undefined)) return null; // a.* and the like
    const names = fields as string[];
    if (names.length === 1) {
      const table = scope.ownerOf(names[0]!, this.resolver);
      return table ? { table, column: names[0]! } : null;
    }
    if (names.length === 2) {
      const table = scope.lookup(names[0]!);
      if (table === undefined) {
        const direct = this.resolver.table(null, names[0]!);
        return direct ? { table: direct, column: names[1]! } : null;
      }
      return table ? { table, column: names[1]! } : null;
    }
    if (names.length === 3) {
      const table = this.resolver.table(names[0]!, names[1]!);
      return table ? { table, column: names[2]! } : null;
    }
    return null;
  }

  /** Walks an expression tree: equalities between two columns become joins; sub-queries get their own scope. */
  expr(value: unknown, scope: Scope): void {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) this.expr(v, scope);
      return;
    }
    const n = nodeOf(value);
    if (n) {
      const [type, body] = n;
      if (STATEMENT_KINDS[type]) {
        this.statement(value, scope);
        return;
      }
      if (type === 'SubLink') {
        const sub = this.statement(body.subselect, scope);
        // x IN (SELECT y FROM t): a semi-join x = t.y.
        if (body.subLinkType === 'ANY_SUBLINK' && sub) {
          const lhs = nodeOf(body.testexpr);
          const select = nodeOf(body.subselect)?.[1];
          const target = nodeOf(list(select?.targetList)[0])?.[1];
          const rhs = nodeOf(target?.val);
          if (lhs?.[0] === 'ColumnRef' && rhs?.[0] === 'ColumnRef') {
            this.out.join(this.column(lhs[1], scope), this.column(rhs[1], sub));
          }
        }
        this.expr(body.testexpr, scope);
        return;
      }
      if (type === 'A_Expr' && body.kind === 'AEXPR_OP' && list(body.name).map(str).join() === '=') {
        const l = nodeOf(body.lexpr);
        const r = nodeOf(body.rexpr);
        if (l?.[0] === 'ColumnRef' && r?.[0] === 'ColumnRef') {
          this.out.join(this.column(l[1], scope), this.column(r[1], scope));
          return;
        }
      }
    }
    for (const v of Object.values(value)) this.expr(v, scope);
  }
}

function transactionOf(stmt: unknown): StatementAnalysis['transaction'] {
  const n = nodeOf(stmt);
  if (n?.[0] !== 'TransactionStmt') return undefined;
  const kind = String(n[1].kind);
  if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') return 'begin';
  if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_COMMIT_PREPARED' || kind === 'TRANS_STMT_PREPARE')
    return 'commit';
  if (kind === 'TRANS_STMT_ROLLBACK' || kind === 'TRANS_STMT_ROLLBACK_PREPARED') return 'rollback';
  return undefined;
}

/** One parsed statement: its text (as in the input) and its AST. */
export interface PgParsed {
  text: string;
  stmt: unknown;
}

/** Splits and parses SQL text with the real PostgreSQL parser; throws UnparsableStatement. */
export function parsePg(sql: string): PgParsed[] {
  let result: { stmts?: Array<{ stmt?: unknown; stmt_location?: number; stmt_len?: number }> };
  try {
    result = parseSync(sql) as never;
  } catch (error) {
    throw new UnparsableStatement(sql, (error as Error).message);
  }
  const bytes = Buffer.from(sql, 'utf8');
  return (result.stmts ?? []).map((s) => {
    const start = s.stmt_location ?? 0;
    const end = s.stmt_len ? start + s.stmt_len : bytes.length;
    return { text: bytes.subarray(start, end).toString('utf8').trim(), stmt: s.stmt };
  });
}

/** What one parsed PostgreSQL statement reads, writes and joins. */
export function analyzePgStatement(stmt: unknown, resolver: TableResolver): StatementAnalysis {
  const walker = new PgWalker(resolver);
  walker.statement(stmt, new Scope());
  const type = nodeOf(stmt)?.[0] ?? '';
  const result = walker.out.result(STATEMENT_KINDS[type] ?? 'other');
  const transaction = transactionOf(stmt);
  return transaction ? { ...result, transaction } : result;
}
