import { sameEngine } from '../../engine.js';
import { MONOLITH_SCRIPTS } from '../../monolith/scripts.js';
import type { RunbookFacts } from '../facts.js';
import { fkRow, MAX_WARNINGS } from '../helpers.js';
import { code, table, text } from '../markdown.js';

/** What the application must change: foreign keys, statements and transactions across the boundary, what is not carried. */
export function applicationChangesSection(f: RunbookFacts): string[] {
  const { a, ctx, svc, target, sourceDialect, outbound, inbound } = f;
  const out: string[] = [];
  out.push('## What the application must change', '');
  const fkHead = ['constraint', 'from', 'to', 'other side', 'ON DELETE', 'replacement'];
  if (!a.crossing.length) out.push('No declared foreign key crosses this boundary.', '');
  if (outbound.length) {
    out.push(
      `### Foreign keys from the ${svc} service's tables to tables it does not hold (${outbound.length})`,
      '',
      `Left out of the ${svc} service's schema: ${svc} must check these parents itself (GitLab's loose foreign keys). The monolith keeps them until phase 7.`,
      '',
      table(fkHead, outbound.map(fkRow)),
      '',
    );
  }
  if (inbound.length) {
    out.push(
      `### Foreign keys from other tables to the ${svc} service's tables (${inbound.length})`,
      '',
      `After cut-over the monolith's copy of the ${svc} service's tables receives no new rows, so these are dropped at cut-over (\`--monolith ${MONOLITH_SCRIPTS.dropForeignKeys}\`, phase 5); their owners take over what the database did:`,
      '',
      table(fkHead, inbound.map(fkRow)),
      '',
    );
  }
  if (a.notCarried.length) {
    const views = a.notCarried.filter((n) => n.kind === 'view' || n.kind === 'materialized-view');
    out.push(
      `### What the monolith's database does that is not carried (${a.notCarried.length})`,
      '',
      `The ${svc} service's schema has its tables, keys, indexes, carried defaults${sameEngine(sourceDialect, target.dialect) ? ' and CHECK constraints (domains included)' : ''}; not these — its team takes them over:`,
      '',
      table(
        ['kind', 'name', 'tables', 'what it is', 'what to do'],
        a.notCarried.map((n) => [
          n.kind,
          code(n.name),
          n.tables.map(code).join(', '),
          n.definition ? code(n.definition.slice(0, 200)) : '',
          text(n.action),
        ]),
      ),
      '',
      ...(views.length
        ? [
            `**${views.length} view(s) read these tables**: rewrite their readers before phase 7 — \`seam migrate --monolith ${MONOLITH_SCRIPTS.dropTables}\` refuses (\`SEAM_DROP_DEPENDENTS\`) while a view depends on a table it drops.`,
            '',
          ]
        : []),
    );
  }
  const implied = a.boundaries.flatMap((b) => b.fks.filter((f) => f.kind === 'inferred'));
  if (implied.length) {
    out.push(
      `### Implied references (${implied.length})`,
      '',
      'Columns that refer to a table of another service without a declared foreign key (found from names and queries): nothing enforces them today; after the split each side must check them on insert.',
      '',
      table(
        ['from', 'to', 'confidence'],
        implied.map((f) => [
          code(`${f.child}(${f.columns.join(', ')})`),
          code(`${f.parent}(${f.referencedColumns.join(', ')})`),
          String(f.confidence),
        ]),
      ),
      '',
    );
  }
  const joins = a.boundaries.flatMap((b) =>
    b.joins.map((j) => ({ other: b.services[0] === svc ? b.services[1] : b.services[0], j })),
  );
  if (joins.length) {
    out.push(
      `### Statements that span ${svc} and another service (${joins.length} most called)`,
      '',
      'From the workload: each reads or writes tables on both sides and stops working once the tables live in different databases. Rewrite them before the phase that moves them (reads in phase 4, writes in phase 5): call the other service’s API, keep a read-only projection, or denormalize the columns they need.',
      '',
      table(
        ['with', 'calls', 'statement'],
        joins.map(({ other, j }) => [other, String(j.calls), code(j.text)]),
      ),
      '',
    );
  }
  const txs = a.boundaries.flatMap((b) =>
    b.transactions.map((t) => ({ other: b.services[0] === svc ? b.services[1] : b.services[0], t })),
  );
  if (txs.length) {
    out.push(
      `### Transactions that write ${svc} and another service (${txs.length})`,
      '',
      'After cut-over no database transaction spans both: keep those tables together, or write one side and publish an event (outbox) that the other applies (saga).',
      '',
      table(
        ['with', 'runs', 'tables written'],
        txs.map(({ other, t }) => [other, String(t.count), t.writes.map((w) => code(w)).join(', ')]),
      ),
      '',
    );
  }
  if (!a.boundaries.length && !ctx.options.workload) {
    out.push(
      '_No workload was given, so statements and transactions that cross the boundary are unknown: generate with `--workload` (from `seam workload`) to list them._',
      '',
    );
  }
  if (a.noPrimaryKey.length) {
    out.push(
      `### Tables without a primary key (${a.noPrimaryKey.length})`,
      '',
      `${a.noPrimaryKey.map((t) => code(t.key)).join(', ')}: change capture cannot apply their updates and deletes idempotently, so they are created in the ${svc} service's database but not captured, replicated or checked by the lag barrier. Either add a primary key on the monolith (then generate again), or copy them once during the cut-over window (phase 5, after writes are blocked).`,
      '',
    );
  }
  const warnings = a.schema.warnings;
  if (warnings.length) {
    out.push(
      `### What the ${target.dialect} schema does not carry exactly (${warnings.length})`,
      '',
      ...warnings
        .slice(0, MAX_WARNINGS)
        .map((w) => `- ${code(w.column ? `${w.table}.${w.column}` : w.table)}: ${text(w.message)}`),
      ...(warnings.length > MAX_WARNINGS
        ? [`- … and ${warnings.length - MAX_WARNINGS} more (\`seam generate --json\` lists all)`]
        : []),
      '',
    );
  }

  return out;
}
