import type { Dialect, TableName } from '@seam/core';
import { quoteIdent, quoteLiteral, quoteQualified } from '@seam/core/sql';
import { OFFSETS_TABLE } from '@seam/replicator/config';
import { sqlComment } from '../migration/sql-file.js';

/** The database users the generated files assume; rename them in the scripts to your own conventions. */
export const ROLES = {
  capture: 'seam_capture',
  verifier: 'seam_verifier',
  replicator: (service: string) => `seam_replicator_${service.replace(/-/g, '_')}`,
} as const;

function account(dialect: Dialect, role: string): string {
  return dialect === 'postgres' ? quoteIdent('postgres', role) : `${quoteLiteral('mysql', role)}@'%'`;
}

function tableList(dialect: Dialect, tables: TableName[]): string {
  return tables.map((t) => quoteQualified(dialect, t.schema || null, t.name)).join(', ');
}

function createHint(dialect: Dialect, role: string, extra = ''): string {
  return dialect === 'postgres'
    ? `--   CREATE ROLE ${quoteIdent('postgres', role)} LOGIN${extra};  -- then \\password ${role} in psql`
    : `--   CREATE USER ${account('mysql', role)} IDENTIFIED BY '<a password kept out of git>';`;
}

function grantOnTables(dialect: Dialect, privileges: string, tables: TableName[], role: string): string[] {
  if (!tables.length) return [];
  if (dialect === 'postgres')
    return [`GRANT ${privileges} ON TABLE ${tableList(dialect, tables)} TO ${account(dialect, role)};`];
  // MySQL grants name one table at a time.
  return tables.map(
    (t) =>
      `GRANT ${privileges} ON ${quoteQualified('mysql', t.schema || null, t.name)} TO ${account(dialect, role)};`,
  );
}

function schemaUsage(tables: TableName[], role: string): string[] {
  return [...new Set(tables.map((t) => t.schema).filter(Boolean))].map(
    (s) => `GRANT USAGE ON SCHEMA ${quoteIdent('postgres', s)} TO ${quoteIdent('postgres', role)};`,
  );
}

/**
 * Least privilege on the service's database: its replicator writes rows and its offsets (no DDL at
 * run time: `seam migrate` creates the offsets table too), the verifier only reads.
 */
export function serviceGrants(
  dialect: Dialect,
  service: string,
  tables: TableName[],
  schema: string | undefined,
  header: string[],
): string {
  const replicator = ROLES.replicator(service);
  // Beside the service's tables (its schema on PostgreSQL, its database on MySQL).
  const offsets: TableName = { schema: tables[0]?.schema ?? schema ?? '', name: OFFSETS_TABLE };
  const lines = header.map((l) => `-- ${sqlComment(l)}`);
  lines.push(
    '-- Run as the owner of the service database, after `seam migrate` created the tables.',
    '-- Create the users first, with passwords you keep out of git:',
    createHint(dialect, replicator),
    createHint(dialect, ROLES.verifier),
    '',
    `-- ${replicator}: seam replicate writes the rows and its offsets; it creates nothing (seam migrate created`,
    `-- the tables and seam_replicator_offsets), so it needs no CREATE privilege.`,
  );
  if (dialect === 'postgres') {
    lines.push(
      ...schemaUsage([...tables, offsets], replicator),
      ...grantOnTables(dialect, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE', tables, replicator),
      ...grantOnTables(dialect, 'SELECT, INSERT, UPDATE', [offsets], replicator),
    );
  } else {
    lines.push(
      ...grantOnTables(dialect, 'SELECT, INSERT, UPDATE, DELETE', tables, replicator),
      ...grantOnTables(dialect, 'SELECT, INSERT, UPDATE', [offsets], replicator),
    );
  }
  lines.push('', `-- ${ROLES.verifier}: seam verify reads both sides and changes nothing.`);
  if (dialect === 'postgres') lines.push(...schemaUsage(tables, ROLES.verifier));
  lines.push(...grantOnTables(dialect, 'SELECT', tables, ROLES.verifier));
  return `${lines.join('\n')}\n`;
}

/**
 * Least privilege on the monolith: Debezium's capture user (replication, and reading the captured
 * tables; the publication is created beforehand, so it owns nothing) and the verifier.
 */
export function monolithGrants(
  dialect: Dialect,
  what: string,
  captured: TableName[],
  heartbeat: TableName,
  verified: TableName[],
  header: string[],
): string {
  const lines = header.map((l) => `-- ${sqlComment(l)}`);
  lines.push(
    `-- Least privilege on the monolith for ${sqlComment(what)}. Run as an administrator.`,
    '-- Create the users first, with passwords you keep out of git:',
    createHint(dialect, ROLES.capture, dialect === 'postgres' ? ' REPLICATION' : ''),
    createHint(dialect, ROLES.verifier),
    '',
    `-- ${ROLES.capture}: the Debezium connector (snapshot reads, streaming, heartbeat writes).`,
  );
  if (dialect === 'postgres') {
    lines.push(
      `ALTER ROLE ${quoteIdent('postgres', ROLES.capture)} REPLICATION;`,
      ...schemaUsage([...captured, heartbeat], ROLES.capture),
      ...grantOnTables(dialect, 'SELECT', captured, ROLES.capture),
      ...grantOnTables(dialect, 'SELECT, INSERT, UPDATE', [heartbeat], ROLES.capture),
    );
  } else {
    lines.push(
      `GRANT RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO ${account(dialect, ROLES.capture)};`,
      ...grantOnTables(dialect, 'SELECT', captured, ROLES.capture),
      ...grantOnTables(dialect, 'SELECT, INSERT, UPDATE', [heartbeat], ROLES.capture),
    );
  }
  if (verified.length) {
    lines.push('', `-- ${ROLES.verifier}: seam verify reads the monolith's side.`);
    if (dialect === 'postgres') lines.push(...schemaUsage(verified, ROLES.verifier));
    lines.push(...grantOnTables(dialect, 'SELECT', verified, ROLES.verifier));
  }
  return `${lines.join('\n')}\n`;
}
