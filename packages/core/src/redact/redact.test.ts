import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REDACTED, redactText, redactUrl, Secret } from './redact.js';

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://alice:s3cret@db.example:5432/shop')).toBe(
      `postgres://alice:${REDACTED}@db.example:5432/shop`,
    );
  });
  it('handles passwords holding @, : and /', () => {
    const out = redactUrl('mysql://bob:p@ss:w/rd@10.0.0.1:3306/app?ssl=true');
    expect(out).toBe(`mysql://bob:${REDACTED}@10.0.0.1:3306/app?ssl=true`);
    expect(out).not.toContain('w/rd');
  });
  it('leaves URLs without a password alone', () => {
    expect(redactUrl('postgres://alice@localhost/db')).toBe('postgres://alice@localhost/db');
    expect(redactUrl('http://localhost:8083/connectors')).toBe('http://localhost:8083/connectors');
  });
});

describe('redactText', () => {
  it('redacts URLs inside sentences and JSON', () => {
    const text = `could not connect to "postgres://u:hunter2@h/db": refused; also mysql://x:y@z/w`;
    const out = redactText(text);
    expect(out).not.toContain('hunter2');
    expect(out).not.toMatch(/x:y@/);
    expect(out).toContain('refused');
  });
  it('redacts key=value, YAML and JSON password fields', () => {
    const samples = [
      'host=db password=hunter2 user=u',
      'password: hunter2',
      '{"database.password":"hunter2","database.user":"u"}',
      'https://h/x?user=u&password=hunter2&ssl=1',
      "PASSWORD='hunter2'",
    ];
    for (const s of samples) {
      const out = redactText(s);
      expect(out, s).not.toContain('hunter2');
      expect(out, s).toContain(REDACTED);
    }
  });
});

describe('Secret', () => {
  it('keeps MySQL\'s "(using password: YES)" intact, which holds no password (issue 14.8)', () => {
    const message = "Access denied for user 'app'@'10.0.0.1' (using password: YES)";
    expect(redactText(message)).toBe(message);
    expect(redactText("Access denied for user 'app'@'h' (using password: NO)")).toContain(
      '(using password: NO)',
    );
    expect(redactText('password: YES-secret')).toBe('password: ***');
  });

  it('never prints its value', () => {
    const s = new Secret('hunter2');
    expect(String(s)).toBe('<redacted>');
    expect(JSON.stringify({ s })).not.toContain('hunter2');
    expect(inspect({ s })).not.toContain('hunter2');
    expect(s.reveal()).toBe('hunter2');
  });
});
