import { describe, expect, it } from 'vitest';
import { mapDriverError } from './driver-error.js';

describe('mapDriverError', () => {
  it('classifies PostgreSQL SQLSTATEs', () => {
    expect(mapDriverError({ code: '28P01', message: 'password authentication failed' }, 'pg').code).toBe(
      'SEAM_DB_AUTH_FAILED',
    );
    expect(mapDriverError({ code: '3D000', message: 'database "x" does not exist' }, 'pg').code).toBe(
      'SEAM_DB_NOT_FOUND',
    );
    expect(mapDriverError({ code: '42501', message: 'permission denied' }, 'pg').code).toBe(
      'SEAM_DB_PERMISSION_DENIED',
    );
    expect(mapDriverError({ code: '23505', message: 'duplicate key' }, 'pg').code).toBe('SEAM_DB_CONSTRAINT');
    const deadlock = mapDriverError({ code: '40P01', message: 'deadlock detected' }, 'pg');
    expect(deadlock.retryable).toBe(true);
    expect(mapDriverError({ code: '57P01', message: 'terminating connection' }, 'pg').retryable).toBe(true);
  });
  it('classifies mysql2 and network errors', () => {
    expect(mapDriverError({ code: 'ER_ACCESS_DENIED_ERROR', message: 'Access denied' }, 'm').code).toBe(
      'SEAM_DB_AUTH_FAILED',
    );
    expect(mapDriverError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'm')).toMatchObject({
      code: 'SEAM_DB_UNREACHABLE',
      retryable: true,
    });
    expect(mapDriverError({ code: 'PROTOCOL_CONNECTION_LOST', message: 'lost' }, 'm').retryable).toBe(true);
    expect(mapDriverError({ code: 'ER_DUP_ENTRY', message: 'dup' }, 'm').retryable).toBe(false);
  });
  it('classifies every transient target fault as retryable (issue 14.4)', () => {
    const transient: Array<{ code: string; message: string }> = [
      { code: '55000', message: 'database "orders" is not currently accepting connections' },
      { code: '57P03', message: 'the database system is starting up' },
      { code: '57P03', message: 'the database system is shutting down' },
      { code: '25006', message: 'cannot execute INSERT in a read-only transaction' },
      { code: '53300', message: 'sorry, too many clients already' },
      { code: 'ER_CON_COUNT_ERROR', message: 'Too many connections' },
      { code: 'ER_CONNECTION_KILLED', message: 'Connection was killed' },
      {
        code: 'ER_OPTION_PREVENTS_STATEMENT',
        message: 'The MariaDB server is running with the --read-only option',
      },
      { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' },
    ];
    for (const fault of transient) expect(mapDriverError(fault, 't').retryable, fault.message).toBe(true);
    // 55000 for anything else stays a fault to fix.
    expect(
      mapDriverError({ code: '55000', message: 'cannot drop the currently open database' }, 't').retryable,
    ).toBe(false);
  });

  it('never repeats a password from the target or the driver message', () => {
    const e = mapDriverError(
      { code: '28P01', message: 'failed for postgres://u:hunter2@h/db' },
      'postgres://u:hunter2@h/db',
    );
    expect(`${e.message} ${e.hint}`).not.toContain('hunter2');
  });
  it("keeps PostgreSQL's DETAIL and HINT lines (the views that depend on a table)", () => {
    const e = mapDriverError(
      {
        code: '2BP01',
        message: 'cannot drop table payment because other objects depend on it',
        detail: 'view sales_by_store depends on table payment',
        hint: 'Use DROP ... CASCADE to drop the dependent objects too.',
      },
      'pg',
    );
    expect(e.message).toContain('DETAIL: view sales_by_store depends on table payment');
    expect(e.message).toContain('HINT: Use DROP ... CASCADE');
    expect(mapDriverError({ code: '23505', message: 'dup' }, 'pg').message).not.toContain('DETAIL');
  });
});
