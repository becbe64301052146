/**
 * Every error Seam reports carries one of these codes. Codes are stable: scripts and
 * runbooks match on them, so a code is never renamed or reused; add new ones instead.
 * `retryable` says whether the same operation may succeed if simply tried again
 * (a restarted database, a dropped connection), as opposed to a fault the user must fix.
 * docs/errors.md lists them for users.
 */
export const errorCodes = {
  SEAM_USAGE: { retryable: false, hint: 'Run the command with --help to see its options.' },
  SEAM_INTERNAL: {
    retryable: false,
    hint: 'This is a bug in Seam. Run again with SEAM_DEBUG=1 and report the output.',
  },
  SEAM_FILE_NOT_FOUND: {
    retryable: false,
    hint: 'Check the path; relative paths start at the current directory.',
  },
  SEAM_FILE_UNREADABLE: { retryable: false, hint: 'Check the file permissions.' },
  SEAM_FILE_WRITE_FAILED: { retryable: false, hint: 'Check that the directory exists and is writable.' },
  SEAM_CONFIG_INVALID: { retryable: false, hint: 'Fix the configuration value named in the message.' },
  SEAM_CONFIG_UNKNOWN_KEY: {
    retryable: false,
    hint: 'A key in the file is not one Seam knows (a typo?): the message names the closest valid key.',
  },
  SEAM_CREDENTIALS_IN_FILE: {
    retryable: false,
    hint: 'Keep passwords out of files that go into git: use ~/.pgpass, ~/.my.cnf or an environment variable.',
  },
  SEAM_URL_INVALID: {
    retryable: false,
    hint: 'Use postgres://user@host:5432/db or mysql://user@host:3306/db (mariadb:// also works).',
  },
  SEAM_IDENTIFIER_INVALID: {
    retryable: false,
    hint: 'Identifiers must be non-empty and contain no NUL byte.',
  },

  SEAM_DB_UNREACHABLE: {
    retryable: true,
    hint: 'Check that the database server is running and that host and port are right.',
  },
  SEAM_DB_AUTH_FAILED: {
    retryable: false,
    hint: 'Check the user name and password (PGPASSWORD / ~/.pgpass, MYSQL_PWD / ~/.my.cnf).',
  },
  SEAM_DB_NOT_FOUND: { retryable: false, hint: 'Check the database name in the URL.' },
  SEAM_DB_PERMISSION_DENIED: {
    retryable: false,
    hint: 'Grant the privileges named in docs/permissions.md to this user, or connect as another user.',
  },
  SEAM_DB_CONNECTION_LOST: {
    retryable: true,
    hint: 'The connection dropped: seam replicate retries these on its own (with backoff); other commands stop, run them again.',
  },
  SEAM_DB_QUERY_FAILED: {
    retryable: false,
    hint: 'The database rejected a statement; the message says why.',
  },
  SEAM_DB_TIMEOUT: { retryable: true, hint: 'The database did not answer in time; it may be overloaded.' },
  SEAM_DB_CONSTRAINT: {
    retryable: false,
    hint: 'A row violates a constraint on the target; compare the target schema with the source.',
  },

  SEAM_SNAPSHOT_INVALID: {
    retryable: false,
    hint: 'Re-create the snapshot with `seam introspect -o snapshot.json`, or fix the field named in the message.',
  },
  SEAM_SNAPSHOT_VERSION: {
    retryable: false,
    hint: 'The snapshot was written by another Seam version; re-create it.',
  },
  SEAM_PLAN_INVALID: {
    retryable: false,
    hint: 'Fix the field named in the message, or re-create the plan with `seam analyze`.',
  },
  SEAM_PLAN_STALE: {
    retryable: false,
    hint: 'The plan names tables the snapshot does not have; review them with `seam plan`.',
  },
  SEAM_WORKLOAD_INVALID: { retryable: false, hint: 'Check the workload file format (docs/workload.md).' },
  SEAM_EDIT_INVALID: {
    retryable: false,
    hint: 'The plan edit names a table or service that does not exist, or breaks a naming rule; the message says which.',
  },

  SEAM_KAFKA_UNREACHABLE: {
    retryable: true,
    hint: 'Check that the Kafka broker is running (`pnpm infra status`).',
  },
  SEAM_CONNECT_FAILED: {
    retryable: false,
    hint: 'Kafka Connect rejected the request; the message carries its answer.',
  },
  SEAM_TLS_UNTRUSTED: {
    retryable: false,
    hint: `The server's certificate is not signed by the CA you gave (or by a system CA): give the right CA file (sslrootcert, ssl-ca, kafka.ssl.ca, SEAM_KAFKA_SSL_CA, SEAM_CONNECT_CA).`,
  },
  SEAM_TLS_CERT_EXPIRED: {
    retryable: false,
    hint: `The server's certificate has expired (or is not valid yet): renew it on the server, and check both clocks.`,
  },
  SEAM_TLS_HOST_MISMATCH: {
    retryable: false,
    hint: `The server's certificate does not name the host you connect to: connect by a name the certificate holds, or use verify-ca / VERIFY_CA to check the chain only.`,
  },
  SEAM_TLS_FILE_UNREADABLE: {
    retryable: false,
    hint: 'A certificate, key, password or token file named by an option is missing, unreadable or not PEM; the message names the option.',
  },
  SEAM_TLS_UNAVAILABLE: {
    retryable: false,
    hint: 'The server does not offer TLS, but the connection requires it: turn TLS on in the server, or lower the mode (sslmode=prefer, ssl-mode=PREFERRED).',
  },
  SEAM_KAFKA_AUTH_FAILED: {
    retryable: false,
    hint: 'Kafka refused the SASL user name or password (or token): check SEAM_KAFKA_SASL_USERNAME and the password file or variable, and the mechanism.',
  },
  SEAM_KAFKA_SASL_MECHANISM_UNSUPPORTED: {
    retryable: false,
    hint: `The broker's listener does not offer this SASL mechanism: use one of those the message lists (sasl.enabled.mechanisms on the broker).`,
  },
  SEAM_KAFKA_SECURITY_INVALID: {
    retryable: false,
    hint: 'Fix the Kafka security setting named in the message (kafka.ssl / kafka.sasl in the config, or the SEAM_KAFKA_* variable); see docs/infra.md#secured-connections.',
  },
  SEAM_CONNECT_AUTH_FAILED: {
    retryable: false,
    hint: 'Kafka Connect refused the credentials: check SEAM_CONNECT_USERNAME and SEAM_CONNECT_PASSWORD(_FILE).',
  },
  SEAM_TIMEOUT: {
    retryable: true,
    hint: 'The operation did not finish in time; try again or raise the timeout.',
  },

  SEAM_PARITY_BARRIER: {
    retryable: true,
    hint: 'Check that the source connector runs with heartbeat.interval.ms and heartbeat.action.query set, and that the replicator consumes (docs/parity.md).',
  },

  SEAM_INFRA_JAVA_MISSING: {
    retryable: false,
    hint: 'Install Java 17 or newer and Maven (`java -version`, `mvn -v`).',
  },
  SEAM_INFRA_MAVEN_UNREACHABLE: {
    retryable: true,
    hint: 'Maven Central could not be reached: check the network or proxy (~/.m2/settings.xml), then run again.',
  },
  SEAM_INFRA_MAVEN_FAILED: {
    retryable: false,
    hint: 'Maven could not resolve the jars; its output is shown above.',
  },
  SEAM_INFRA_PORT_IN_USE: {
    retryable: false,
    hint: 'Stop the process holding the port, or choose other ports (SEAM_KAFKA_PORT, SEAM_CONNECT_PORT, SEAM_CONTROLLER_PORT).',
  },
  SEAM_INFRA_START_FAILED: {
    retryable: false,
    hint: 'The log tail above shows why; full logs are in the folder named.',
  },
  SEAM_INFRA_DB_CONFIG: {
    retryable: false,
    hint: 'Seam needs a superuser on a local server to change these settings; ask the DBA to set them (docs/infra.md).',
  },
  // introspection and workload reading (packages/introspect); "(warning)" codes are usually
  // reported in the warnings of a snapshot or workload rather than thrown.
  SEAM_SCHEMA_NOT_FOUND: {
    retryable: false,
    hint: 'Check the schema/database names; the user also needs USAGE (PostgreSQL) or SELECT (MySQL) to see it.',
  },
  SEAM_SCHEMA_EMPTY: {
    retryable: false,
    hint: 'No tables visible in that schema: check the name and grants, or choose other --schemas.',
  },
  SEAM_STATS_UNAVAILABLE: {
    retryable: false,
    hint: 'Grant pg_read_all_stats, or SELECT on performance_schema, to read table counters.',
  },
  SEAM_NO_PG_STAT_STATEMENTS: {
    retryable: false,
    hint: 'Preload pg_stat_statements and CREATE EXTENSION it, or give Seam a statement log.',
  },
  SEAM_NO_PERFORMANCE_SCHEMA: {
    retryable: false,
    hint: 'Start the server with performance_schema=ON, or give Seam a statement log.',
  },
  SEAM_LOG_FORMAT: {
    retryable: false,
    hint: "Pass the server's log_line_prefix with --log-line-prefix (psql: SHOW log_line_prefix).",
  },
  SEAM_LOG_NO_TRANSACTIONS: {
    retryable: false,
    hint: 'Add %v, or %p and %x, to log_line_prefix so statements group into transactions.',
  },
  SEAM_WORKLOAD_UNPARSED: {
    retryable: false,
    hint: 'Some statements could not be parsed and were left out; the workload keeps samples.',
  },
  SEAM_WORKLOAD_EMPTY: {
    retryable: false,
    hint: 'No statement found: check that the input holds queries against this database.',
  },
  // type mappings (packages/ddl, listed by seam generate; never thrown)
  SEAM_TYPE_LOSSY: {
    retryable: false,
    hint: 'The target type cannot hold every source value; a value that does not fit is refused (dead-lettered). See the mapping table in docs/codegen.md.',
  },
  SEAM_TYPE_CONVERTED: {
    retryable: false,
    hint: 'Every value is kept, in another type than the source column; the application reads it in that form. See the mapping table in docs/codegen.md.',
  },
  SEAM_REPL_TARGET_MISSING: {
    retryable: false,
    hint: 'Set SEAM_TARGET_<SERVICE>_URL (or pass --target) to the service database URL.',
  },
  SEAM_REPL_TOPIC_MISSING: {
    retryable: false,
    hint: "Check the connector's topic.prefix and table.include.list; an empty table has no topic until its first change.",
  },
  SEAM_REPL_OFFSETS_MISSING: {
    retryable: false,
    hint: 'Run `seam migrate` for the service: its first migration creates the offsets table with the tables (docs/permissions.md).',
  },
  SEAM_REPL_TABLE_MISSING: {
    retryable: false,
    hint: 'Create the target table (`seam generate`), or pass --snapshot so that the replicator creates it.',
  },
  SEAM_REPL_TARGET_MISMATCH: {
    retryable: false,
    hint: 'Make the target table match the plan (columns, renames, primary key), or fix the plan.',
  },
  SEAM_REPL_NO_KEY: {
    retryable: false,
    hint: 'Changes apply idempotently only to a table with a primary key: add one to the target table.',
  },
  SEAM_REPL_EVENT_INVALID: {
    retryable: false,
    hint: 'Not a Debezium change event Seam can read: it was dead-lettered, or stopped the stream (--on-poison fail).',
  },
  SEAM_REPL_POISON_EVENT: {
    retryable: false,
    hint: 'The target refuses this event: fix the target schema or the row, or use --on-poison dead-letter.',
  },
  SEAM_REPL_SCHEMA_CHANGED: {
    retryable: false,
    hint: "A new column: add it to the target (or use --on-schema-change apply). A renamed one: map it in the table's `rename:`. A dropped or retyped one: change the target column the same way (seam generate / seam migrate), or leave it out with `columns:`. Or leave the table out of `tables:`. Then restart: it resumes where it stopped.",
  },
  SEAM_REPL_TARGET_TOO_NARROW: {
    retryable: false,
    hint: "Widen the target column to hold the source's values, or leave it out with `columns:`; then restart: it resumes at the event it stopped on.",
  },
  SEAM_REPL_TX_SHARED: {
    retryable: false,
    hint: 'Transaction mode needs all partitions: run one replicator for the group, or use batch mode.',
  },
  // code generation and applying its migrations (packages/codegen, seam generate / migrate / capture)
  SEAM_GENERATED_INVALID: {
    retryable: false,
    hint: 'The folder was not written by this Seam version, or was edited: run `seam generate` again.',
  },
  SEAM_MIGRATE_FAILED: {
    retryable: false,
    hint: 'A statement failed; what it had done was rolled back. Fix the cause named in the message and run again.',
  },
  SEAM_MIGRATE_CHECKSUM: {
    retryable: false,
    hint: 'The migration was applied from other generated files: revert it with the files that applied it, or keep those.',
  },
  SEAM_MIGRATE_ORDER: {
    retryable: false,
    hint: 'Apply (or revert) the migration or script named in the message first, as the runbook orders.',
  },
  SEAM_MIGRATE_IRREVERSIBLE: {
    retryable: false,
    hint: 'This step cannot be undone by statements: restore from the backup the runbook asked for.',
  },
  SEAM_CAPTURE_UNSAFE: {
    retryable: false,
    hint: 'Give every relation capture would publish a replica identity (the ALTER TABLE … REPLICA IDENTITY statement in the message), or run seam generate again for an inheritance child added since, then run again.',
  },
  SEAM_DROP_DEPENDENTS: {
    retryable: false,
    hint: 'Rewrite or drop the views named in the message (the runbook lists them under what is not carried), then run drop-tables again.',
  },
  SEAM_MIGRATE_PARTIAL: {
    retryable: false,
    hint: 'A revert stopped half-way (MySQL/MariaDB DDL is not transactional): fix the cause and run the same --down again; it resumes.',
  },
  // seam move (packages/move): the per-service workflow
  SEAM_MOVE_BUSY: {
    retryable: true,
    hint: 'Another operator runs an action on this service now: wait until it ends (`seam move status` shows it), then run yours again.',
  },
  SEAM_MOVE_PHASE: {
    retryable: false,
    hint: "The action does not apply in the move's current phase: `seam move status --service <name>` names the next step.",
  },
  SEAM_MOVE_UNFINISHED: {
    retryable: false,
    hint: 'An earlier action was interrupted: run that action again (it continues where it stopped) before starting another.',
  },
  SEAM_MOVE_NOT_FOUND: {
    retryable: false,
    hint: 'No move of this service exists in its database: run `seam move create --service <name> --dir <generated dir>` first.',
  },
  SEAM_MOVE_STATE_INVALID: {
    retryable: false,
    hint: 'The row in seam_move_state was not written by this Seam version, or was edited: run the Seam version that wrote it.',
  },
  SEAM_MOVE_STATE_CONFLICT: {
    retryable: true,
    hint: 'The move state kept changing while it was being written: run the action again.',
  },
  SEAM_MOVE_CHANGED: {
    retryable: false,
    hint: 'The generated files differ from the ones the move was created from: restore them (git), or cancel the move and create it again.',
  },
  SEAM_MOVE_INTERRUPTED: {
    retryable: true,
    hint: 'The action was stopped between two steps: run it again, it continues from the next step.',
  },
  SEAM_MOVE_LAG: {
    retryable: true,
    hint: 'The replicator is further behind than --max-lag allows: wait until `seam move status` shows it caught up, then switch again.',
  },
  SEAM_MOVE_VERIFY_STALE: {
    retryable: false,
    hint: 'Switching needs a recent, equal verify: run `seam move verify --service <name> --dir <dir> --plan plan.yaml` first.',
  },
  SEAM_MOVE_DIFFERS: {
    retryable: false,
    hint: 'The copies differ after draining: the switch was undone (the monolith takes writes again). Run `seam move verify` to see the rows, repair them, verify, then switch again.',
  },
  SEAM_MOVE_COPYING: {
    retryable: true,
    hint: 'The initial copy (Debezium incremental snapshot) has not completed: `seam move status --watch` shows it per table; verify once it is done.',
  },
  SEAM_MOVE_AGENT_DOWN: {
    retryable: true,
    hint: 'No agent runs this move (`seam move replicate --service <name> --dir <dir>`): start it, then run the action again.',
  },
} as const satisfies Record<string, { retryable: boolean; hint: string }>;

export type ErrorCode = keyof typeof errorCodes;
