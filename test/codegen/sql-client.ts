import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Dialect } from '@seam/core';
import type { TestMysql, TestPg } from '../helpers/index.js';

/** Runs a SQL file with the engine's own client, as a user would: `psql -f`, `mysql <`. */
export function runSqlFile(dialect: Dialect, db: TestPg | TestMysql, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child =
      dialect === 'postgres'
        ? spawn('psql', [db.url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', file])
        : spawn('mysql', [
            '-h',
            db.spec.host,
            '-P',
            String(db.spec.port),
            '-u',
            db.spec.user ?? 'root',
            db.name,
          ]);
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${file}: ${stderr}`))));
    if (dialect === 'mysql') readFile(file).then((sql) => child.stdin.end(sql), reject);
    else child.stdin.end();
  });
}
