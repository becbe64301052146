import { quoteIdent, quoteLiteral, quoteQualified } from '@seam/core/sql';
import { derivedName } from '@seam/ddl';
import { REPLICATOR_ORIGIN } from '@seam/replicator/config';
import type { Step } from '../../migration/migration.js';
import type { MonolithDialect } from '../dialect.js';

const q = (name: string) => quoteIdent('mysql', name);

export const mysqlMonolith: MonolithDialect = {
  heartbeatTable(schema, table) {
    const name = quoteQualified('mysql', schema, table);
    return {
      sql: `CREATE TABLE ${name} (id int PRIMARY KEY, at datetime(6) NOT NULL) ENGINE=InnoDB`,
      undo: [`DROP TABLE ${name}`],
      note: `heartbeat table ${schema}.${table}`,
    };
  },

  signalTable(schema, table) {
    const name = quoteQualified('mysql', schema, table);
    return {
      sql: `CREATE TABLE ${name} (id varchar(42) PRIMARY KEY, type varchar(32) NOT NULL, data text NULL) ENGINE=InnoDB`,
      undo: [`DROP TABLE ${name}`],
      note: `signal table ${schema}.${table} (initial copy)`,
    };
  },

  publication() {
    return []; // the binlog carries every table: nothing to set up
  },

  blockWrites(_service, tables, _functionSchema, reason) {
    // MySQL has no statement triggers and no TRUNCATE trigger: one row trigger per kind of write.
    // The replicator's sessions carry the origin mark (a guard against mistakes, not security).
    const message = quoteLiteral('mysql', `seam: ${reason}`.slice(0, 128));
    const origin = `NOT (@${REPLICATOR_ORIGIN.mysqlVariable} <=> ${quoteLiteral('mysql', REPLICATOR_ORIGIN.value)})`;
    const steps: Step[] = [];
    for (const t of tables) {
      const table = quoteQualified('mysql', t.schema, t.name);
      for (const event of ['INSERT', 'UPDATE', 'DELETE'] as const) {
        const trigger = quoteQualified(
          'mysql',
          t.schema,
          derivedName('mysql', ['seam_block', t.name, event.toLowerCase()]),
        );
        steps.push({
          sql: `CREATE TRIGGER ${trigger} BEFORE ${event} ON ${table} FOR EACH ROW IF ${origin} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = ${message}; END IF`,
          undo: [`DROP TRIGGER ${trigger}`],
          note: `${event.toLowerCase()}s into ${t.schema}.${t.name} refused`,
        });
      }
    }
    return steps;
  },

  dropForeignKey(child, name) {
    return `ALTER TABLE ${quoteQualified('mysql', child.schema, child.name)} DROP FOREIGN KEY ${q(name)}`;
  },

  addForeignKey(child, fk) {
    const cols = (names: string[]) => names.map(q).join(', ');
    return [
      `ALTER TABLE ${quoteQualified('mysql', child.schema, child.name)} ADD CONSTRAINT ${q(fk.name)} FOREIGN KEY (${cols(fk.columns)}) REFERENCES ${quoteQualified('mysql', fk.referencedSchema, fk.referencedTable)} (${cols(fk.referencedColumns)}) ON DELETE ${fk.onDelete} ON UPDATE ${fk.onUpdate}`,
    ];
  },

  syncCounter(table, column) {
    // ALTER TABLE takes only a literal: the value is computed, and never below the current counter
    // (InnoDB follows explicitly inserted keys itself; this covers any other way it fell behind).
    const name = quoteQualified('mysql', table.schema, table.name);
    const current = `SELECT auto_increment FROM information_schema.tables WHERE table_schema = ${quoteLiteral('mysql', table.schema)} AND table_name = ${quoteLiteral('mysql', table.name)}`;
    const note = `the counter of ${table.name}.${column.name} continues after every row the table holds`;
    return [
      {
        sql: `SET @seam_counter = CONCAT('ALTER TABLE ', ${quoteLiteral('mysql', name)}, ' AUTO_INCREMENT = ', GREATEST((SELECT COALESCE(MAX(${q(column.name)}), 0) + 1 FROM ${name}), COALESCE((${current}), 1)))`,
        undo: [],
        note,
      },
      { sql: 'PREPARE seam_counter FROM @seam_counter', undo: [] },
      { sql: 'EXECUTE seam_counter', undo: [] },
      { sql: 'DEALLOCATE PREPARE seam_counter', undo: [] },
    ];
  },

  dropTables(tables) {
    return `DROP TABLE ${tables.map((t) => quoteQualified('mysql', t.schema, t.name)).join(', ')}`;
  },
};
