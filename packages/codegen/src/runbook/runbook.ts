import { type ConnectionSpec, type Dialect, describeConnection, tableKey } from '@seam/core';
import { engineFor, sameEngine } from '../engine.js';
import type { GenerateContext, ServiceArtifacts } from '../generate.js';
import { SHARED_REFERENCE } from '../layout/names.js';
import { MONOLITH_SCRIPTS } from '../monolith/scripts.js';
import type { CrossingFk } from '../schema/crossing.js';
import { CONSTRAINTS_MIGRATION, TABLES_MIGRATION } from '../schema/service-schema.js';
import { code, sh, shellBlock, table, text } from './markdown.js';

const MAX_WARNINGS = 40;

const WHAT_TO_DO: Record<CrossingFk['looseFk']['action'], string> = {
  async_delete:
    'when a parent is deleted, delete its children in the other database (a worker reading the parent’s deletes)',
  async_nullify: 'when a parent is deleted, set the children’s column to NULL in the other database',
  async_set_default:
    'when a parent is deleted, reset the children’s column to its default in the other database',
  check_in_app:
    'before deleting a parent, ask the owner of the children (or soft-delete); on insert, check the parent exists',
  none: 'check the parent exists on insert',
};

function fmtRows(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : String(n);
}

function fkRow(f: CrossingFk): string[] {
  return [
    code(f.name),
    code(`${f.child}(${f.columns.join(', ')})`),
    code(`${f.parent}(${f.referencedColumns.join(', ')})`),
    f.otherSide,
    f.onDelete,
    `\`${f.looseFk.action}\`: ${WHAT_TO_DO[f.looseFk.action]}`,
  ];
}

/** A command line client reading SQL from stdin (or -c/-e). */
function client(dialect: Dialect, env: string, spec: ConnectionSpec | undefined): string {
  return engineFor(dialect).client(env, spec);
}

/** The Markdown runbook carrying one service through every phase of its move, with the exact commands. */
export function renderRunbook(a: ServiceArtifacts, ctx: GenerateContext): string {
  const s = a.layout;
  const { cli, dir, plan } = ctx.commands;
  const d = sh(dir);
  const svc = s.name;
  const env = s.target.urlEnv;
  const target = s.target;
  const sourceDialect = ctx.layout.source.dialect;
  // The monolith's engine and the service database's: the runbook speaks of both.
  const monolithEngine = engineFor(sourceDialect);
  const sourceWords = monolithEngine.monolith.wording;
  const targetEngine = engineFor(target.dialect);
  const migrate = (args: string) => `${cli} migrate --dir ${d} --service ${svc} ${args}`.trimEnd();
  const file = (p: string) => sh(`${dir}/${p}`);
  const shown = (p: string) => code(`${dir}/${p}`);
  const out: string[] = [];
  const known = ctx.options.targets?.[svc];
  const targetDb = target.database ?? known?.database;
  const serviceSchema = targetEngine.target.namespace(target.schema, targetDb, '<database>');
  const copies = s.reference;
  const ref = ctx.reference;

  out.push(
    `# Moving ${code(svc)} out of the monolith`,
    '',
    `${s.description ? `${text(s.description)}\n\n` : ''}The service takes over **${s.owned.length} table(s)** of the ${monolithEngine.displayName} monolith ${code(ctx.endpointGuessed ? ctx.layout.source.database : ctx.endpoint.database)} into its own **${targetEngine.displayName}** database${copies.length ? `, and keeps read-only copies of ${copies.length} reference table(s)` : ''}. ` +
      `The monolith stays the only writer until cut-over; Debezium streams every change to Kafka, \`seam replicate\` applies it to the service's database, and \`seam verify\` proves the copy equal before anything switches.`,
    '',
    'Phases, each with its rollback:',
    '',
    '1. [Create the schema](#phase-1--create-the-schema)',
    '2. [Start change capture and backfill](#phase-2--start-change-capture-and-backfill)',
    '3. [Verify parity](#phase-3--verify-parity)',
    '4. [Move reads](#phase-4--move-reads)',
    '5. [Move writes (cut-over)](#phase-5--move-writes-cut-over)',
    '6. [Stop replication](#phase-6--stop-replication)',
    '7. [Drop the old tables and cross-boundary foreign keys](#phase-7--drop-the-old-tables-and-cross-boundary-foreign-keys)',
    '',
    `Commands run from the folder that holds ${code(dir)} and ${code(plan)}, with ${code(cli)} (a Seam checkout; with an installed \`seam\`, drop \`pnpm\`). Every \`seam\` command takes \`--json\`; \`seam migrate\` takes \`--dry-run\` to show its statements first.`,
    '',
  );

  // ---- what moves
  out.push('## What moves', '');
  out.push(
    table(
      ['monolith table', `table in ${svc}`, 'rows (estimate)', 'notes'],
      s.owned.map((t) => {
        const notes: string[] = [];
        if (t.source.primaryKey.length === 0) notes.push('**no primary key: not replicated** (below)');
        if (t.columns.length !== t.source.columns.length)
          notes.push(`${t.columns.length} of ${t.source.columns.length} columns`);
        if (Object.keys(t.rename).length)
          notes.push(
            `renames ${Object.entries(t.rename)
              .map(([k, v]) => `${code(k)} → ${code(v)}`)
              .join(', ')}`,
          );
        return [code(t.key), code(t.name), fmtRows(t.source.rowEstimate), notes.join('; ')];
      }),
    ),
    '',
  );
  if (copies.length) {
    out.push(
      `Reference data kept as read-only copies (replicated for as long as the monolith owns it; shared with other services through one connector, ${code(ref?.names.connector ?? '')}): ${copies.map((t) => code(t.key)).join(', ')}.`,
      '',
    );
  }

  // ---- before you start
  const sourceExample = ctx.options.source ? describeConnection(ctx.options.source) : null;
  const targetExample = known
    ? describeConnection(known)
    : `${targetEngine.urlScheme}://user@host:${targetEngine.defaultPort}/${target.database ?? svc.replace(/-/g, '_')}`;
  out.push('## Before you start', '');
  if (ctx.options.sample) {
    const db = ctx.options.source?.database || 'seam_sample';
    const url = ctx.options.source
      ? describeConnection(ctx.options.source)
      : `postgres://postgres@127.0.0.1:5432/${db}`;
    out.push(
      'This plan was made from the bundled sample monolith. To rehearse on this machine, load it and its rehearsal rows into a database first (PostgreSQL shown; `samples/monolith/schema.mysql.sql` and `sample/rows.mysql.sql` for MariaDB), then set `SEAM_SOURCE_URL` to it and run `seam generate` again, so that the connectors point at it:',
      '',
      shellBlock([
        `createdb -h ${sh(ctx.options.source?.host ?? '127.0.0.1')} -U ${sh(ctx.options.source?.user ?? 'postgres')} ${sh(db)}`,
        `psql ${sh(url)} -v ON_ERROR_STOP=1 -q -f samples/monolith/schema.postgres.sql`,
        `psql ${sh(url)} -v ON_ERROR_STOP=1 -q -f ${file('sample/rows.postgres.sql')}`,
        `export SEAM_SOURCE_URL=${sh(url)}`,
        `${cli} generate --plan ${sh(plan)} --sample -o ${d}   # again, with the options you used (--target-dialect …)`,
      ]),
      '',
    );
  }
  out.push(
    'Where the databases are — never put a password in these URLs; use `~/.pgpass`, `~/.my.cnf` or `PGPASSWORD`/`MYSQL_PWD`:',
    '',
    shellBlock([
      `export SEAM_SOURCE_URL=${sh(sourceExample ?? `${monolithEngine.urlScheme}://user@host/db`)}   # the monolith`,
      `export ${env}=${sh(targetExample)}   # the ${svc} service's database${target.database ? ` (the plan names database ${target.database})` : ''}`,
      `export SEAM_KAFKA_BROKERS=${sh(ctx.brokers.join(','))}`,
      `${cli} doctor --source "$SEAM_SOURCE_URL" --connect ${sh(ctx.connectUrl)}`,
    ]),
    '',
    `\`seam doctor\` checks that the monolith is ready for change capture (${sourceWords.captureReadiness}), and that Kafka and Kafka Connect answer.`,
    '',
  );
  if (ctx.endpointGuessed) {
    out.push(
      `> **Connector settings were guessed**: no monolith URL was given when generating, so ${shown(a.files.connector)} connects to ${code(`${ctx.endpoint.host}:${ctx.endpoint.port}`)} as ${code(ctx.endpoint.user)}. Set \`SEAM_SOURCE_URL\` and run \`seam generate\` again, or edit the file.`,
      '',
    );
  }
  out.push(
    ctx.endpoint.passwordRef
      ? `The connector configs never hold a password: \`database.password\` is ${code(ctx.endpoint.passwordRef)}, which Kafka Connect resolves with its config providers. Give the worker \`config.providers=env\` and \`config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider\` in its properties and the password in its environment (or use \`--connect-password file:<path>:<key>\` with the FileConfigProvider).`
      : `The connector configs hold no password: the URL they were generated from had none (a \`trust\` or socket-authenticated server). If the capture user needs one, generate again with \`--connect-password env:SEAM_SOURCE_PASSWORD\`.`,
    '',
    `Least privilege: ${shown(a.files.grantsMonolith)} (the capture and verifier users on the monolith) and ${shown(a.files.grantsService)} (the replicator and verifier users on the ${svc} service's database) hold the grants; the commands below work as any user that has them.`,
    '',
  );

  // ---- application changes
  out.push('## What the application must change', '');
  const outbound = a.crossing.filter((f) => f.direction === 'out');
  const inbound = a.crossing.filter((f) => f.direction === 'in');
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

  // ---- phase 1
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

  // ---- phase 2
  out.push('## Phase 2 — Start change capture and backfill', '');
  const steps2: string[] = [];
  if (copies.length && ref) {
    out.push(
      `Reference copies come from the shared connector ${code(ref.names.connector)}. If another service started it already (\`${cli} migrate --dir ${d} --service ${SHARED_REFERENCE} --status\` shows \`capture\` applied), skip its two lines.`,
      '',
    );
    steps2.push(
      `${cli} migrate --dir ${d} --service ${SHARED_REFERENCE} --monolith ${MONOLITH_SCRIPTS.capture}`,
      `${cli} capture start --dir ${d} --service ${SHARED_REFERENCE}`,
    );
  }
  steps2.push(
    `${migrate(`--monolith ${MONOLITH_SCRIPTS.capture} --dry-run`)}   # lists every relation capture publishes${sourceWords.captureDryRunNote}`,
    `${migrate(`--monolith ${MONOLITH_SCRIPTS.capture}`)}   # heartbeat table${sourceWords.captureObjectsPlus} on the monolith`,
    `${cli} capture start --dir ${d} --service ${svc}   # creates the topics, registers ${s.capture.connector}, waits until it runs`,
  );
  out.push(
    shellBlock(steps2),
    '',
    `The connector (${shown(a.files.connector)}) first reads every row of ${a.replicated.length} table(s) (snapshot), then streams each change${sourceWords.streamsFrom(s.capture.slot)}. Then start the replicator${a.files.replicateReference ? 's' : ''} — long-running processes: give each its own terminal, or run them under your process supervisor:`,
    '',
    shellBlock([
      `${cli} replicate --config ${file(a.files.replicate)}`,
      ...(a.files.replicateReference
        ? [`${cli} replicate --config ${file(a.files.replicateReference)}`]
        : []),
    ]),
    '',
    'On a terminal the replicator shows the snapshot progress per table, throughput and lag; `--metrics-port 9464` serves `/status` and Prometheus metrics. The backfill is done when every table’s snapshot is complete and the lag is 0.',
    '',
    '**Rollback** (start again from nothing):',
    '',
    shellBlock([
      '# Ctrl+C the replicator(s) first',
      `${cli} capture stop --dir ${d} --service ${svc} --delete-topics   # the connector and its topics`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.capture} --down`)}   # ${sourceWords.captureDownObjects}heartbeat table`,
      `${migrate('--down --to none')}   # drops the copied tables`,
      `${client(target.dialect, env, known)} ${targetEngine.clientStatementFlag} "DELETE FROM seam_replicator_offsets WHERE consumer_group = '${s.groups.forward}'"   # the replicator's stored position`,
    ]),
    '',
    'Then start phase 1 again.',
    '',
  );

  // ---- phase 3
  const verifyRef =
    copies.length && ref
      ? [
          `${cli} verify --source "$SEAM_SOURCE_URL" --target "$${env}" ${copies
            .map((t) => {
              const place = targetEngine.target.tablePlace(serviceSchema, t.name);
              return `--table ${sh(t.key === tableKey(serviceSchema, t.name) ? t.key : `${t.key}=${place}`)}`;
            })
            .join(' ')} --connector ${ref.names.connector} --group ${s.groups.reference}`,
        ]
      : [];
  out.push(
    '## Phase 3 — Verify parity',
    '',
    `Compares every row of the ${svc} service's copy with the monolith (hashes computed in both databases; differing rows named by key). With \`--connector\` and \`--group\` it waits until the replicator has applied everything the monolith had committed, so rows still in flight are not reported as differences.`,
    '',
    shellBlock([
      `${cli} verify --plan ${sh(plan)} --service ${svc} --connector ${s.capture.connector} --group ${s.groups.forward}`,
      ...verifyRef,
    ]),
    '',
    `Exit 0: equal. Exit 2: differences, listed by key${a.noPrimaryKey.length ? ` (the tables without a primary key are expected to differ: they are not replicated)` : ''}. Keep replication running and verify again before each later phase.`,
    '',
    `**Rollback / repair:** \`--repair-sql fix.sql\` writes the upserts and deletes that would make the copy equal (review, then run them on the ${svc} service's database); or start phase 2 again from nothing.`,
    '',
  );

  // ---- phase 4
  out.push(
    '## Phase 4 — Move reads',
    '',
    `Point the application's reads of the ${svc} service's data at the ${svc} service's database (or its API), one endpoint at a time, while the monolith stays the writer and replication keeps the copy current (lag in seconds: read-your-own-writes paths stay on the monolith until phase 5). Rewrite the statements listed above that read across the boundary. Re-run the phase 3 command now and then.`,
    '',
    '**Rollback:** point reads back at the monolith; its data is current, nothing to undo in the databases.',
    '',
  );

  // ---- phase 5
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

  // ---- phase 6
  out.push(
    '## Phase 6 — Stop replication',
    '',
    `Once ${svc} has run on its own long enough that you will not roll back to the monolith:`,
    '',
    shellBlock([
      `${cli} capture stop --dir ${d} --service ${svc}   # deletes ${s.capture.connector}`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.capture} --down`)}   # ${sourceWords.captureStopObjects(s.capture.slot)}heartbeat table`,
    ]),
    '',
    `Topics ${code(`${s.capture.topicPrefix}.*`)} may be deleted from Kafka afterwards.${a.files.replicateReference ? ` Keep ${shown(a.files.replicateReference)} running while ${svc} reads reference copies the monolith still owns.` : ''}`,
    '',
    `**Rollback:** to move back after this, start again at phase 2 (a new snapshot) after copying the ${svc} service's rows back as in phase 5.`,
    '',
  );

  // ---- phase 7
  out.push(
    '## Phase 7 — Drop the old tables and cross-boundary foreign keys',
    '',
    `Last, when no code reads the monolith's copy any more: keep a backup, then drop the tables. Their own foreign keys (to ${outbound.length} table(s) elsewhere) go with them; the ${inbound.length} from tables that stay were dropped at cut-over.`,
    '',
    shellBlock([
      monolithEngine.monolith.backupCommand(
        s.owned.map((t) => ({ schema: t.source.schema, name: t.source.name })),
        ctx.options.source,
        `${svc}-monolith-backup.sql`,
      ),
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.dropTables} --dry-run`)}`,
      migrate(`--monolith ${MONOLITH_SCRIPTS.dropTables}`),
    ]),
    '',
    `\`seam migrate\` refuses this while change capture is still set up (phase 6) or before the foreign keys from other tables are gone (phase 5).`,
    '',
    '**Rollback:** restore the backup, then re-add the foreign keys:',
    '',
    shellBlock([
      `${client(sourceDialect, 'SEAM_SOURCE_URL', ctx.options.source)} < ${sh(`${svc}-monolith-backup.sql`)}`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.dropForeignKeys} --down`)}`,
    ]),
    '',
  );

  // ---- files
  out.push(
    '## Files',
    '',
    table(
      ['file', 'what'],
      [
        [shown(`${svc}/migrations/typeorm/`), `TypeORM migrations (${a.files.typeorm.length}), up and down`],
        [shown(`${svc}/migrations/sql/`), 'the same as plain SQL, `*.up.sql` and `*.down.sql`'],
        [shown(`${svc}/monolith/`), 'the scripts `--monolith <name>` runs, as plain SQL'],
        [
          shown(a.files.connector),
          `Debezium connector ${code(s.capture.connector)} (PUT /connectors/<name>/config)`,
        ],
        [shown(a.files.replicate), `\`seam replicate --config\`, group ${code(s.groups.forward)}`],
        ...(a.files.replicateReference
          ? [[shown(a.files.replicateReference), `reference copies, group ${code(s.groups.reference)}`]]
          : []),
        [shown(a.files.grantsService), `least-privilege grants on the ${svc} service's database`],
        [shown(a.files.grantsMonolith), 'least-privilege grants on the monolith'],
      ],
    ),
    '',
  );
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
