import { readFile } from 'node:fs/promises';
import type { Dialect } from '@seam/core';
import { run } from '@seam/infra';
import type { TestMysql, TestPg } from '../helpers/index.js';

/** Runs a SQL file with the engine's own client, as a user would: `psql -f`, `mysql <`. */
export async function runSqlFile(dialect: Dialect, db: TestPg | TestMysql, file: string): Promise<void> {
  const clients: Record<Dialect, () => Promise<[string, string[], string?]>> = {
    postgres: async () => ['psql', [db.url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', file]],
    mysql: async () => [
      'mysql',
      ['-h', db.spec.host, '-P', String(db.spec.port), '-u', db.spec.user ?? 'root', db.name],
      await readFile(file, 'utf8'),
    ],
  };
  const [cmd, args, input] = await clients[dialect]();
  const r = await run(cmd, args, { input });
  if (r.code !== 0) throw new Error(`${file}: ${r.stderr}`);
}
