import { engineFor } from '../engine.js';
import { downStatements, type Migration } from './migration.js';

/** Text safe inside a `--` SQL comment: one line. */
export function sqlComment(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

function body(statements: string[], terminated: (sql: string) => string): string {
  return statements.map((s) => `${terminated(s)}\n`).join('\n');
}

/**
 * The migration as plain SQL files, for teams that run migrations with their own tool (psql,
 * Flyway, Liquibase…). PostgreSQL files are one transaction; MySQL/MariaDB DDL commits statement by
 * statement, so the up file says how to undo a partial run.
 */
export function sqlMigrationFiles(m: Migration, header: string[]): { up: string; down: string } {
  const head = (what: string) =>
    header.map((l) => `-- ${sqlComment(l)}`.trimEnd()).join('\n') + `\n-- ${what}\n`;
  const engine = engineFor(m.dialect);
  const text = (statements: string[]) => body(statements, (sql) => engine.sqlFileStatement(sql));
  const wrap = (statements: string[]) =>
    engine.ddlTransactional ? `BEGIN;\n\n${text(statements)}\nCOMMIT;\n` : text(statements);
  const upNote = engine.sqlUpNote(m.id, sqlComment(m.title));
  const downs = downStatements(m);
  const downNote = m.irreversible
    ? `${m.id} down: cannot be undone by statements. ${sqlComment(m.irreversible)}`
    : `${m.id} down: undoes ${m.id}, last step first.`;
  return {
    up: `${head(upNote)}\n${wrap(m.steps.map((s) => s.sql))}`,
    down: `${head(downNote)}\n${downs.length ? wrap(downs) : '-- nothing to undo\n'}`,
  };
}
