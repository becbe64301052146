import type { TableName } from '@seam/core';
import { quoteIdent, quoteQualified } from '@seam/core/sql';
import type { GrantsSql } from '../engine.js';

const account = (role: string) => quoteIdent('postgres', role);

export const postgresGrants: GrantsSql = {
  account,
  createUserHint: (role, replication) =>
    `--   CREATE ROLE ${quoteIdent('postgres', role)} LOGIN${replication ? ' REPLICATION' : ''};  -- then \\password ${role} in psql`,
  onTables(privileges, tables, role) {
    if (!tables.length) return [];
    const list = tables
      .map((t: TableName) => quoteQualified('postgres', t.schema || null, t.name))
      .join(', ');
    return [`GRANT ${privileges} ON TABLE ${list} TO ${account(role)};`];
  },
  schemaUsage: (tables, role) =>
    [...new Set(tables.map((t) => t.schema).filter(Boolean))].map(
      (s) => `GRANT USAGE ON SCHEMA ${quoteIdent('postgres', s)} TO ${quoteIdent('postgres', role)};`,
    ),
  replicatorPrivileges: 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE',
  captureUserGrants: (role) => [`ALTER ROLE ${quoteIdent('postgres', role)} REPLICATION;`],
};
