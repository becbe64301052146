import { describeConnection } from '@seam/core';
import type { RunbookFacts } from '../facts.js';
import { code, sh, shellBlock } from '../markdown.js';

/** Where the databases are, the sample rehearsal, the connector settings and grants. */
export function beforeYouStartSection(f: RunbookFacts): string[] {
  const {
    a,
    ctx,
    cli,
    plan,
    d,
    svc,
    env,
    target,
    monolithEngine,
    sourceWords,
    targetEngine,
    file,
    shown,
    known,
  } = f;
  const out: string[] = [];
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

  return out;
}
