/** The SQL dialects Seam speaks. MariaDB is served by the mysql dialect (same protocol and quoting). */
export type Dialect = 'postgres' | 'mysql';

export const dialects: readonly Dialect[] = ['postgres', 'mysql'];

export function isDialect(value: unknown): value is Dialect {
  return (dialects as readonly unknown[]).includes(value);
}
