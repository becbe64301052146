import {
  type ConnectionSpec,
  connectionFromEnv,
  parseConnectionUrl,
  printableLines,
  SeamError,
} from '@seam/core';

/** The monolith to read: --source, else $SEAM_SOURCE_URL, else the PG* or MYSQL_* variables. */
export function sourceConnection(url: string | undefined): ConnectionSpec {
  const given = url ?? process.env.SEAM_SOURCE_URL;
  if (given) return parseConnectionUrl(given);
  const fromEnv = connectionFromEnv('postgres') ?? connectionFromEnv('mysql');
  if (fromEnv) return fromEnv;
  throw new SeamError('SEAM_USAGE', 'No database given.', {
    hint: 'Pass --source postgres://user@host:5432/db (or mysql://…), or set SEAM_SOURCE_URL or PGHOST/PGDATABASE.',
  });
}

/** Splits a comma-separated option value. */
export function list(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}

/** Prints warnings (stable code first) on stderr. */
export function printWarnings(warnings: Array<{ code: string; message: string }> | undefined): void {
  for (const w of warnings ?? []) process.stderr.write(`warning ${w.code}: ${printableLines(w.message)}\n`);
}
