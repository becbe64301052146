import { describe, expect, it } from 'vitest';
import { connectionFromEnv, describeConnection, parseConnectionUrl } from './connection-spec.js';

describe('parseConnectionUrl', () => {
  it('parses each scheme with its default port', () => {
    expect(parseConnectionUrl('postgres://u@h/db')).toMatchObject({
      dialect: 'postgres',
      port: 5432,
      database: 'db',
    });
    expect(parseConnectionUrl('mariadb://u@h/db')).toMatchObject({
      dialect: 'mysql',
      flavor: 'mariadb',
      port: 3306,
    });
    expect(parseConnectionUrl('mysql://h:3307/db')).toMatchObject({
      dialect: 'mysql',
      port: 3307,
      user: undefined,
    });
  });
  it('decodes escaped parts and hides the password', () => {
    const spec = parseConnectionUrl('postgres://al%40ice:p%40ss%2Fw@h/my%20db?sslmode=disable');
    expect(spec.user).toBe('al@ice');
    expect(spec.password?.reveal()).toBe('p@ss/w');
    expect(spec.database).toBe('my db');
    expect(describeConnection(spec)).toBe('postgres://al%40ice@h:5432/my%20db');
    expect(JSON.stringify(spec)).not.toContain('p@ss');
  });
  it('refuses what it cannot read, without echoing the URL', () => {
    expect(() => parseConnectionUrl('oracle://u:hunter2@h/db')).toThrow(/Unsupported URL scheme/);
    try {
      parseConnectionUrl('::not a url hunter2');
    } catch (e) {
      expect(String((e as Error).message)).not.toContain('hunter2');
    }
  });
  it('refuses a % that starts no escape with a code and a hint, never "URI malformed" (issue 14.8)', () => {
    try {
      parseConnectionUrl('postgres://app:50%off@db:5432/shop');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'SEAM_URL_INVALID' });
      expect((error as Error).message).toContain('password');
      expect((error as Error).message).not.toContain('50%off');
      expect((error as { hint: string }).hint).toContain('%25');
    }
    expect(parseConnectionUrl('postgres://app:50%25off@db:5432/shop').password?.reveal()).toBe('50%off');
  });

  it('reads the usual environment variables', () => {
    expect(connectionFromEnv('postgres', {})).toBeUndefined();
    expect(connectionFromEnv('postgres', { PGHOST: 'db', PGDATABASE: 'shop' })).toMatchObject({
      host: 'db',
      database: 'shop',
    });
    const m = connectionFromEnv('mysql', { MYSQL_HOST: 'm', MYSQL_PWD: 'hunter2', MYSQL_DATABASE: 'x' });
    expect(m?.password?.reveal()).toBe('hunter2');
  });
});
