import type { Dialect, TableName } from '@seam/core';
import { OFFSETS_TABLE } from '@seam/replicator/config';
import { engineFor } from '../engine.js';
import { sqlComment } from '../migration/sql-file.js';

/** The database users the generated files assume; rename them in the scripts to your own conventions. */
export const ROLES = {
  capture: 'seam_capture',
  verifier: 'seam_verifier',
  replicator: (service: string) => `seam_replicator_${service.replace(/-/g, '_')}`,
} as const;

/**
 * Least privilege on the service's database: its replicator writes rows and its offsets (no DDL at
 * run time: `seam migrate` creates the offsets table too), the verifier only reads.
 */
export function serviceGrants(
  targetDialect: Dialect,
  service: string,
  tables: TableName[],
  schema: string | undefined,
  header: string[],
): string {
  const grants = engineFor(targetDialect).grants;
  const replicator = ROLES.replicator(service);
  // Beside the service's tables (its schema on PostgreSQL, its database on MySQL).
  const offsets: TableName = { schema: tables[0]?.schema ?? schema ?? '', name: OFFSETS_TABLE };
  const lines = header.map((l) => `-- ${sqlComment(l)}`);
  lines.push(
    '-- Run as the owner of the service database, after `seam migrate` created the tables.',
    '-- Create the users first, with passwords you keep out of git:',
    grants.createUserHint(replicator, false),
    grants.createUserHint(ROLES.verifier, false),
    '',
    `-- ${replicator}: seam replicate writes the rows and its offsets; it creates nothing (seam migrate created`,
    `-- the tables and seam_replicator_offsets), so it needs no CREATE privilege.`,
    ...grants.schemaUsage([...tables, offsets], replicator),
    ...grants.onTables(grants.replicatorPrivileges, tables, replicator),
    ...grants.onTables('SELECT, INSERT, UPDATE', [offsets], replicator),
  );
  lines.push('', `-- ${ROLES.verifier}: seam verify reads both sides and changes nothing.`);
  lines.push(...grants.schemaUsage(tables, ROLES.verifier));
  lines.push(...grants.onTables('SELECT', tables, ROLES.verifier));
  return `${lines.join('\n')}\n`;
}

/**
 * Least privilege on the monolith: Debezium's capture user (replication, and reading the captured
 * tables, writing its heartbeat and signal tables; the publication is created beforehand, so it
 * owns nothing) and the verifier.
 */
export function monolithGrants(
  monolithDialect: Dialect,
  what: string,
  captured: TableName[],
  heartbeat: TableName,
  verified: TableName[],
  header: string[],
  signal?: TableName,
): string {
  const grants = engineFor(monolithDialect).grants;
  const lines = header.map((l) => `-- ${sqlComment(l)}`);
  lines.push(
    `-- Least privilege on the monolith for ${sqlComment(what)}. Run as an administrator.`,
    '-- Create the users first, with passwords you keep out of git:',
    grants.createUserHint(ROLES.capture, true),
    grants.createUserHint(ROLES.verifier, false),
    '',
    `-- ${ROLES.capture}: the Debezium connector (snapshot reads, streaming, heartbeat writes).`,
    ...grants.captureUserGrants(ROLES.capture),
    ...grants.schemaUsage([...captured, heartbeat], ROLES.capture),
    ...grants.onTables('SELECT', captured, ROLES.capture),
    ...grants.onTables('SELECT, INSERT, UPDATE', [heartbeat], ROLES.capture),
  );
  if (signal) {
    lines.push(
      `-- The initial copy's signal table: the connector reads its signals and writes each chunk's watermarks.`,
      ...grants.onTables('SELECT, INSERT', [signal], ROLES.capture),
    );
  }
  if (verified.length) {
    lines.push('', `-- ${ROLES.verifier}: seam verify reads the monolith's side.`);
    lines.push(...grants.schemaUsage(verified, ROLES.verifier));
    lines.push(...grants.onTables('SELECT', verified, ROLES.verifier));
  }
  return `${lines.join('\n')}\n`;
}
