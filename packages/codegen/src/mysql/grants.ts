import { quoteLiteral, quoteQualified } from '@seam/core/sql';
import type { GrantsSql } from '../engine.js';

const account = (role: string) => `${quoteLiteral('mysql', role)}@'%'`;

export const mysqlGrants: GrantsSql = {
  account,
  createUserHint: (role) => `--   CREATE USER ${account(role)} IDENTIFIED BY '<a password kept out of git>';`,
  // MySQL grants name one table at a time.
  onTables: (privileges, tables, role) =>
    tables.map(
      (t) =>
        `GRANT ${privileges} ON ${quoteQualified('mysql', t.schema || null, t.name)} TO ${account(role)};`,
    ),
  schemaUsage: () => [],
  replicatorPrivileges: 'SELECT, INSERT, UPDATE, DELETE',
  captureUserGrants: (role) => [
    `GRANT RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO ${account(role)};`,
  ],
};
