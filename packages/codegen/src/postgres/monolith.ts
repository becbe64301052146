import { quoteQualified } from '@seam/core/sql';
import { PG_VALUE_SETTINGS } from '../capture/connector.js';
import type { MonolithEngine } from '../engine.js';
import { postgresMonolith } from '../monolith/postgres/statements.js';
import { code, sh } from '../runbook/markdown.js';
import { postgresCaptureSafety } from './capture-safety.js';
import { postgresDependentViews } from './dependent-views.js';

/** PostgreSQL as the monolith: logical replication through a publication and a slot. */
export const postgresAsMonolith: MonolithEngine = {
  captureSafety: postgresCaptureSafety,
  dependentViews: (db, tables) => postgresDependentViews(db, tables),
  get scripts() {
    return postgresMonolith;
  },
  connectorConfig: (endpoint, names, _captured, common) => ({
    'connector.class': 'io.debezium.connector.postgresql.PostgresConnector',
    ...common,
    'database.dbname': endpoint.database,
    'plugin.name': 'pgoutput',
    'slot.name': names.slot,
    'publication.name': names.publication,
    // The publication is created by the capture migration (least privilege: no table ownership needed).
    'publication.autocreate.mode': 'disabled',
    ...PG_VALUE_SETTINGS,
    // The monolith URL's libpq TLS parameters, as Debezium (pgjdbc) names them: file paths on the worker.
    ...Object.fromEntries(
      ['sslmode', 'sslrootcert', 'sslcert', 'sslkey'].flatMap((k) =>
        endpoint.tls?.[k] ? [[`database.${k}`, endpoint.tls[k]]] : [],
      ),
    ),
  }),
  heartbeatQuery: (schema, table) =>
    `INSERT INTO ${quoteQualified('postgres', schema, table)} (id, at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET at = excluded.at`,
  unquotedStringDefaults: () => false,
  backupCommand: (tables, _spec, file) =>
    `pg_dump "$SEAM_SOURCE_URL" ${tables.map((t) => `--table=${sh(`${t.schema}.${t.name}`)}`).join(' ')} > ${sh(file)}`,
  wording: {
    captureReadiness: '`wal_level=logical`, a user that may replicate',
    captureObjectsAnd: ' and publication',
    captureObjectsPlus: ' + publication',
    captureDryRunNote:
      ' (partitions through their root, inheritance children with their parent) and refuses one whose UPDATE/DELETE it would break, with the fix',
    streamsFrom: (slot) => ` from replication slot ${code(slot)}`,
    captureDownObjects: 'publication, replication slot, ',
    captureStopObjects: (slot) =>
      `drops publication and replication slot ${slot} (a forgotten slot keeps WAL forever), `,
    blockedWriteError: 'SQLSTATE 25006',
    blockedWriteGap: '',
    foreignKeyReAdd: ' (NOT VALID, then VALIDATE)',
    counters: 'sequences',
  },
};
