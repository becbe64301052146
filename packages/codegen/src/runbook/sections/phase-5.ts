import { tableKey } from '@seam/core';
import { MONOLITH_SCRIPTS } from '../../monolith/scripts.js';
import { CONSTRAINTS_MIGRATION, TABLES_MIGRATION } from '../../schema/service-schema.js';
import type { RunbookFacts } from '../facts.js';
import { client } from '../helpers.js';
import { sh, shellBlock } from '../markdown.js';

/** Phase 5: move writes (cut-over). */
export function phase5Section(f: RunbookFacts): string[] {
  const {
    a,
    ctx,
    s,
    cli,
    dir,
    plan,
    svc,
    env,
    target,
    sourceDialect,
    sourceWords,
    targetEngine,
    migrate,
    file,
    known,
    serviceSchema,
    inbound,
  } = f;
  const out: string[] = [];
  const backSql = `${svc}-back.sql`;
  const backTables = a.replicated.map((t) => {
    const serviceKey = tableKey(serviceSchema, t.name);
    const monolithPlace = tableKey(t.source.schema, t.source.name);
    return `--table ${sh(serviceKey === monolithPlace ? serviceKey : `${serviceKey}=${monolithPlace}`)}`;
  });
  out.push(
    '## Phase 5 — Move writes (cut-over)',
    '',
    `The application must write the ${svc} service's tables through ${svc} only, and the changes listed under _What the application must change_ must be in place (loose foreign keys, cross-service statements and transactions). Then, in a short window:`,
    '',
    shellBlock([
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.blockWrites}`)}   # the monolith now refuses writes to these tables`,
      `${cli} verify --plan ${sh(plan)} --service ${svc} --connector ${s.capture.connector} --group ${s.groups.forward}   # must exit 0${a.noPrimaryKey.length ? ' but for the tables without a primary key' : ''}: the copy has every last write`,
      ...a.noPrimaryKey.flatMap((t) => [
        `${cli} verify --source "$SEAM_SOURCE_URL" --target "$${env}" --table ${sh(t.key === tableKey(serviceSchema, t.name) ? t.key : `${t.key}=${targetEngine.target.tablePlace(serviceSchema, t.name)}`)} --repair-sql ${sh(`${t.name}-copy.sql`)}   # no primary key: copied now`,
        `${client(target.dialect, env, known)} < ${sh(`${t.name}-copy.sql`)}`,
      ]),
      `# Ctrl+C the replicator of ${dir}/${a.files.replicate}: forward replication is done`,
      `${migrate('')}   # ${CONSTRAINTS_MIGRATION}: foreign keys inside ${svc}${targetEngine.target.constraintsAlso}`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.dropForeignKeys}`)}   # ${inbound.length} foreign key(s) from tables that stay`,
      `# deploy the application with the ${svc} service's writes switched to its database`,
    ]),
    '',
    `A write the application still sends to the monolith's copy now fails (${sourceWords.blockedWriteError}, naming ${svc}): that is the block working — route it to ${svc}.${sourceWords.blockedWriteGap}`,
    '',
    '**Rollback before the deploy** (the monolith is still the source of truth):',
    '',
    shellBlock([
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.dropForeignKeys} --down`)}   # re-adds them${sourceWords.foreignKeyReAdd}`,
      `${migrate(`--down --to ${TABLES_MIGRATION}`)}`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.blockWrites} --down`)}`,
      `${cli} replicate --config ${file(a.files.replicate)}   # resumes where it stopped`,
    ]),
    '',
    `**Rollback after the deploy** (${svc} has taken writes the monolith lacks): stop the ${svc} service's writes, copy its rows back with \`seam verify\` in the other direction, then switch back:`,
    '',
    shellBlock([
      `${cli} verify --source "$${env}" --target "$SEAM_SOURCE_URL" ${backTables.join(' ')} --repair-sql ${sh(backSql)}`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.blockWrites} --down`)}   # let the repair in`,
      `${client(sourceDialect, 'SEAM_SOURCE_URL', ctx.options.source)} < ${sh(backSql)}`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.syncSequences}`)}   # the monolith's ${sourceWords.counters} continue after the rows copied back (else its next insert collides)`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.dropForeignKeys} --down`)}`,
      `# deploy the application with the ${svc} service's writes back on the monolith, then start the replicator again (phase 2)`,
    ]),
    '',
    ...(a.replicated.some((t) => Object.keys(t.rename).length || t.columns.length !== t.source.columns.length)
      ? [
          `Tables with renamed or split columns cannot be compared by name alone: copy those back by hand (\`--table\` compares same-named columns).`,
          '',
        ]
      : []),
  );

  return out;
}
