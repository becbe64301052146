import { quoteIdent, quoteLiteral, quoteQualified } from '@seam/core/sql';
import { REPLICATOR_ORIGIN } from '@seam/replicator/config';
import type { Step } from '../../migration/migration.js';
import type { MonolithDialect } from '../dialect.js';

const q = (name: string) => quoteIdent('postgres', name);

export const postgresMonolith: MonolithDialect = {
  heartbeatTable(schema, table) {
    const name = quoteQualified('postgres', schema, table);
    return {
      sql: `CREATE TABLE ${name} (id integer PRIMARY KEY, at timestamp with time zone NOT NULL)`,
      undo: [`DROP TABLE ${name}`],
      note: `heartbeat table ${schema}.${table}`,
    };
  },

  signalTable(schema, table) {
    const name = quoteQualified('postgres', schema, table);
    return {
      sql: `CREATE TABLE ${name} (id varchar(42) PRIMARY KEY, type varchar(32) NOT NULL, data text NULL)`,
      undo: [`DROP TABLE ${name}`],
      note: `signal table ${schema}.${table} (initial copy)`,
    };
  },

  publication(names, tables) {
    // ONLY: exactly the listed relations — an inheritance parent and, listed by the caller, each of
    // its children (checked for a replica identity first: PostgreSQL refuses UPDATE/DELETE on a
    // published one without). A partitioned table publishes its partitions all the same: their
    // changes go out as the partitioned table's (its topic, its key).
    const list = tables.map((t) => `ONLY ${quoteQualified('postgres', t.schema, t.name)}`).join(', ');
    return [
      {
        sql: `CREATE PUBLICATION ${q(names.publication)} FOR TABLE ${list} WITH (publish_via_partition_root = true)`,
        // The slot is the connector's: dropping it fails while the connector runs (delete the connector first).
        undo: [
          `DROP PUBLICATION ${q(names.publication)}`,
          `SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = ${quoteLiteral('postgres', names.slot)}`,
        ],
        note: `publication ${names.publication} for ${tables.length} table(s)`,
      },
    ];
  },

  blockWrites(service, tables, schemaOfFunction, reason) {
    const fn = quoteQualified(
      'postgres',
      schemaOfFunction,
      `seam_block_writes_${service.replace(/-/g, '_')}`,
    );
    const message = quoteLiteral('postgres', `%: ${reason.replaceAll('%', '%%')}`);
    // The replicator's sessions carry the origin mark (a guard against mistakes, not security).
    const origin = `current_setting(${quoteLiteral('postgres', REPLICATOR_ORIGIN.postgresSetting)}, true) IS DISTINCT FROM ${quoteLiteral('postgres', REPLICATOR_ORIGIN.value)}`;
    const steps: Step[] = [
      {
        sql: `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $seam$ BEGIN IF ${origin} THEN RAISE EXCEPTION ${message}, TG_TABLE_NAME USING ERRCODE = '25006'; END IF; RETURN NULL; END $seam$`,
        undo: [`DROP FUNCTION ${fn}()`],
        note: "trigger function refusing writes but the replicator's",
      },
    ];
    for (const t of tables) {
      const table = quoteQualified('postgres', t.schema, t.name);
      steps.push({
        sql: `CREATE TRIGGER ${q('seam_block_writes')} BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        undo: [`DROP TRIGGER ${q('seam_block_writes')} ON ${table}`],
        note: `writes to ${t.schema}.${t.name} refused`,
      });
    }
    // Steps run in order and undo in reverse: the triggers go before their function.
    return steps;
  },

  dropForeignKey(child, name) {
    return `ALTER TABLE ${quoteQualified('postgres', child.schema, child.name)} DROP CONSTRAINT ${q(name)}`;
  },

  addForeignKey(child, fk) {
    const table = quoteQualified('postgres', child.schema, child.name);
    const cols = (names: string[]) => names.map(q).join(', ');
    // NOT VALID then VALIDATE: the re-check of existing rows takes no lock that blocks writes.
    return [
      `ALTER TABLE ${table} ADD CONSTRAINT ${q(fk.name)} FOREIGN KEY (${cols(fk.columns)}) REFERENCES ${quoteQualified('postgres', fk.referencedSchema, fk.referencedTable)} (${cols(fk.referencedColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate} NOT VALID`,
      `ALTER TABLE ${table} VALIDATE CONSTRAINT ${q(fk.name)}`,
    ];
  },

  syncCounter(table, column) {
    const name = quoteQualified('postgres', table.schema, table.name);
    // A serial's sequence need not be owned by its column (the DVD-rental sample's are not), so it
    // is read from the default; an identity column's through pg_get_serial_sequence.
    const nextval = /^nextval\('((?:[^']|'')+)'::regclass\)$/.exec(column.default ?? '');
    const sequence = nextval
      ? `${quoteLiteral('postgres', nextval[1]!.replaceAll("''", "'"))}::regclass`
      : `pg_get_serial_sequence(${quoteLiteral('postgres', name)}, ${quoteLiteral('postgres', column.name)})::regclass`;
    // MAX over the table with its inheritance children: a sequence they share moves past all of them.
    return [
      {
        sql: `SELECT setval(s.seq, GREATEST(COALESCE((SELECT MAX(${q(column.name)}) FROM ${name}), 0), COALESCE(pg_sequence_last_value(s.seq), 0)) + 1, false) FROM (SELECT ${sequence} AS seq) s`,
        undo: [],
        note: `the counter of ${table.name}.${column.name} continues after every row the table holds`,
      },
    ];
  },

  dropTables(tables) {
    // One statement: foreign keys among the dropped tables do not get in the way.
    return `DROP TABLE ${tables.map((t) => quoteQualified('postgres', t.schema, t.name)).join(', ')}`;
  },
};
