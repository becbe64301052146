import { engineFor } from '../engine.js';
import type { Migration } from './migration.js';

/** `tax-rates` → `TaxRates`: a service name as the start of a class name. */
export function pascalCase(name: string): string {
  return name
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** `001_tables` → `Tables`. */
function migrationWord(id: string): string {
  return pascalCase(id.replace(/^\d+_/, ''));
}

export function typeormClassName(service: string, m: Pick<Migration, 'id'>, timestamp: number): string {
  return `${pascalCase(service)}${migrationWord(m.id)}${timestamp}`;
}

export function typeormFileName(service: string, m: Pick<Migration, 'id'>, timestamp: number): string {
  return `${timestamp}-${pascalCase(service)}${migrationWord(m.id)}.ts`;
}

// JSON string literals are valid TypeScript string literals for any content: hostile identifiers
// inside the SQL never break out of them (no template literals, no ${…}).
const lit = (s: string) => JSON.stringify(s);

/** Text safe inside a // or /* comment: no line terminator (JavaScript counts U+2028/2029), no end of comment. */
export function commentText(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\*\//g, '* /');
}

/**
 * A TypeORM (1.x) migration class holding the migration's statements. On PostgreSQL, TypeORM runs
 * it in a transaction (migrationsTransactionMode "all" or "each"), so a failing statement undoes
 * everything. MySQL/MariaDB commit each DDL statement on their own: up() then undoes the steps it
 * completed, last first, before rethrowing.
 */
export function typeormMigrationFile(
  service: string,
  m: Migration,
  timestamp: number,
  header: string[],
): string {
  const name = typeormClassName(service, m, timestamp);
  const steps = m.steps
    .map((s) => {
      const note = s.note ? `    // ${commentText(s.note)}\n` : '';
      return `  {\n${note}    up: ${lit(s.sql)},\n    down: [${s.undo.map(lit).join(', ')}],\n  },`;
    })
    .join('\n');
  const transactional = engineFor(m.dialect).ddlTransactional;
  const up = transactional
    ? `  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const step of STEPS) await queryRunner.query(step.up);
  }`
    : `  public async up(queryRunner: QueryRunner): Promise<void> {
    // MySQL/MariaDB commit each DDL statement on their own: undo the steps done so far if one fails.
    const done: Step[] = [];
    try {
      for (const step of STEPS) {
        await queryRunner.query(step.up);
        done.push(step);
      }
    } catch (error) {
      const failedUndo: string[] = [];
      for (const step of done.reverse()) {
        for (const sql of step.down) await queryRunner.query(sql).catch(() => failedUndo.push(sql));
      }
      if (failedUndo.length && error instanceof Error) {
        error.message += \`; these undo statements failed too, run them by hand: \${failedUndo.join('; ')}\`;
      }
      throw error;
    }
  }`;
  return `${header.map((l) => `// ${commentText(l)}`.trimEnd()).join('\n')}
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface Step {
  readonly up: string;
  readonly down: readonly string[];
}

/** ${m.id}: ${commentText(m.title)}. */
const STEPS: readonly Step[] = [
${steps}
];

export class ${name} implements MigrationInterface {
  name = ${lit(name)};

${up}

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const step of [...STEPS].reverse()) {
      for (const sql of step.down) await queryRunner.query(sql);
    }
  }
}
`;
}
