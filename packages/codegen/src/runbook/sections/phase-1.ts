import { CONSTRAINTS_MIGRATION, TABLES_MIGRATION } from '../../schema/service-schema.js';
import type { RunbookFacts } from '../facts.js';
import { code, shellBlock } from '../markdown.js';

/** Phase 1: create the schema. */
export function phase1Section(f: RunbookFacts): string[] {
  const { dir, svc, migrate } = f;
  const out: string[] = [];
  out.push(
    '## Phase 1 — Create the schema',
    '',
    `Creates the ${svc} service's tables, keys, indexes and defaults (${code(TABLES_MIGRATION)}). Foreign keys between them wait for cut-over (${code(CONSTRAINTS_MIGRATION)}): the replicator applies tables independently, so a child row may land before its parent.`,
    '',
    shellBlock([
      `${migrate(`--to ${TABLES_MIGRATION} --create-database --dry-run`)}   # shows the statements`,
      migrate(`--to ${TABLES_MIGRATION} --create-database`),
      migrate('--status'),
    ]),
    '',
    `Check: \`--status\` shows ${code(TABLES_MIGRATION)} applied. On a failure nothing is left half-done (PostgreSQL: one transaction; MySQL/MariaDB: the steps done are undone in reverse).`,
    '',
    `Teams with their own migration tool can use the same statements: TypeORM migrations in ${code(`${dir}/${svc}/migrations/typeorm/`)} (copy them into the service's migrations folder; \`typeorm migration:run\` / \`migration:revert\`), or plain SQL in ${code(`${dir}/${svc}/migrations/sql/`)} (\`*.up.sql\`, \`*.down.sql\`). Use one way per database: each keeps its own history.`,
    '',
    '**Rollback:**',
    '',
    shellBlock([`${migrate('--down --to none')}   # drops the ${svc} service's tables again`]),
    '',
  );

  return out;
}
