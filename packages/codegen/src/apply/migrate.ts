import { setTimeout as sleep } from 'node:timers/promises';
import { type ConnectionSpec, describeConnection, SeamError, withDatabase } from '@seam/core';
import { driverErrorText, mapDriverError } from '@seam/core/sql';
import { engineFor, sameEngine } from '../engine.js';
import type { ManifestMigration, ManifestUnit } from '../manifest.js';
import { downStatements } from '../migration/migration.js';
import { type CaptureRelation, captureRefusal, inspectCapture } from './capture-safety.js';
import {
  connect,
  createDatabaseIfMissing,
  databaseExists,
  dropDatabase,
  type MigrationDb,
} from './database.js';
import { refuseDroppingRead } from './drop-dependents.js';
import { History, type HistoryRow } from './history.js';

export interface MigrateOptions {
  direction: 'up' | 'down' | 'status';
  /**
   * chain units: up — apply through this migration (default all); down — revert back to it, which
   * stays applied ('none' reverts everything; default: only the last applied one).
   */
  to?: string;
  /** scripts units: the script to apply or revert. */
  script?: string;
  dryRun?: boolean;
  /** Create the database the URL names when it does not exist (up only). */
  createDatabase?: boolean;
  onProgress?: (message: string) => void;
}

export type MigrationState =
  | 'applied'
  | 'reverted'
  | 'would-apply'
  | 'would-revert'
  | 'already-applied'
  | 'not-applied'
  | 'pending';

export interface MigrationOutcome {
  id: string;
  title: string;
  state: MigrationState;
  statements: number;
  ms?: number;
  /** The statements, in a dry run. */
  sql?: string[];
  appliedAt?: string;
}

export interface MigrateReport {
  unit: string;
  database: ManifestUnit['database'];
  target: string;
  direction: MigrateOptions['direction'];
  dryRun: boolean;
  createdDatabase?: string;
  /** Dry run with --create-database on a database that does not exist yet. */
  wouldCreateDatabase?: string;
  migrations: MigrationOutcome[];
  /**
   * Applying capture: every relation it would publish and whether the application's writes keep
   * working; `refused` when a dry run found what a real run refuses (SEAM_CAPTURE_UNSAFE).
   */
  capture?: { relations: CaptureRelation[]; refused?: { code: string; message: string; hint?: string } };
}

/** What a failed run did: the statement that failed, and how its effects were undone. */
export interface FailureDetails {
  migration: string;
  statement: string;
  cause: string;
  rollback: 'transaction' | 'undo-statements';
  undone: number;
  /** Undo statements that failed themselves: run them by hand. */
  undoFailed: string[];
}

/** How the history names a unit: `orders` (its migrations), `orders@monolith`, `orders@scripts` (its scripts on its own database). */
export function unitKey(
  unit: Pick<ManifestUnit, 'service' | 'database'> & { kind?: ManifestUnit['kind'] },
): string {
  if (unit.database === 'monolith') return `${unit.service}@monolith`;
  return unit.kind === 'scripts' ? `${unit.service}@scripts` : unit.service;
}

/** What the database said, with PostgreSQL's DETAIL and HINT (the objects that depend on a table). */
const causeOf = driverErrorText;

interface Plan {
  run: ManifestMigration[];
  outcomes: MigrationOutcome[];
}

function checkHistory(unit: ManifestUnit, history: Map<string, HistoryRow>): void {
  for (const m of unit.migrations) {
    const row = history.get(m.id);
    if (row && row.checksum !== m.checksum) {
      throw new SeamError(
        'SEAM_MIGRATE_CHECKSUM',
        `${unitKey(unit)} ${m.id} was applied with checksum ${row.checksum.slice(0, 12)}…, these files have ${m.checksum.slice(0, 12)}….`,
      );
    }
  }
}

function findMigration(unit: ManifestUnit, id: string, flag: string): number {
  const i = unit.migrations.findIndex((m) => m.id === id);
  if (i < 0) {
    throw new SeamError(
      'SEAM_USAGE',
      `${flag} ${id}: ${unitKey(unit)} has no such ${unit.kind === 'chain' ? 'migration' : 'script'}.`,
      { hint: `It has: ${unit.migrations.map((m) => m.id).join(', ')}.` },
    );
  }
  return i;
}

function planUp(unit: ManifestUnit, history: Map<string, HistoryRow>, options: MigrateOptions): Plan {
  const partial = [...history.values()].find((r) => r.undone > 0);
  if (partial) {
    throw new SeamError('SEAM_MIGRATE_PARTIAL', `${unitKey(unit)} ${partial.id} was left half reverted.`, {
      hint: 'Finish the revert first: run the same `seam migrate --down` again.',
    });
  }
  let candidates: ManifestMigration[];
  if (unit.kind === 'scripts') {
    if (!options.script) throw scriptNeeded(unit);
    candidates = [unit.migrations[findMigration(unit, options.script, 'script')]!];
    const m = candidates[0]!;
    for (const need of m.requires?.applied ?? []) {
      if (!history.has(need))
        throw new SeamError('SEAM_MIGRATE_ORDER', `${unitKey(unit)} ${m.id} needs ${need} applied first.`);
    }
    for (const not of m.requires?.notApplied ?? []) {
      if (history.has(not))
        throw new SeamError('SEAM_MIGRATE_ORDER', `${unitKey(unit)} ${m.id} needs ${not} reverted first.`);
    }
  } else {
    const last = options.to ? findMigration(unit, options.to, '--to') : unit.migrations.length - 1;
    candidates = unit.migrations.slice(0, last + 1);
    const firstPending = unit.migrations.findIndex((m) => !history.has(m.id));
    const gap = unit.migrations.slice(firstPending + 1).find((m) => firstPending >= 0 && history.has(m.id));
    if (gap) {
      throw new SeamError(
        'SEAM_MIGRATE_ORDER',
        `${unitKey(unit)} ${gap.id} is applied but ${unit.migrations[firstPending]!.id} before it is not.`,
      );
    }
  }
  const run = candidates.filter((m) => m.repeatable || !history.has(m.id));
  const outcomes = candidates.map((m) => ({
    id: m.id,
    title: m.title,
    state: (history.has(m.id)
      ? 'already-applied'
      : options.dryRun
        ? 'would-apply'
        : 'pending') as MigrationState,
    statements: m.steps.length,
    ...(history.get(m.id) ? { appliedAt: history.get(m.id)!.appliedAt } : {}),
    ...(options.dryRun && !history.has(m.id) ? { sql: m.steps.map((s) => s.sql) } : {}),
  }));
  return { run, outcomes };
}

function planDown(unit: ManifestUnit, history: Map<string, HistoryRow>, options: MigrateOptions): Plan {
  let run: ManifestMigration[];
  if (unit.kind === 'scripts') {
    if (!options.script) throw scriptNeeded(unit);
    const m = unit.migrations[findMigration(unit, options.script, 'script')]!;
    run = history.has(m.id) ? [m] : [];
    if (m.repeatable)
      return {
        run: [],
        outcomes: [{ id: m.id, title: m.title, state: 'not-applied', statements: 0 }],
      };
    if (!run.length)
      return {
        run,
        outcomes: [{ id: m.id, title: m.title, state: 'not-applied', statements: 0 }],
      };
  } else {
    const applied = unit.migrations.filter((m) => history.has(m.id));
    if (options.to === 'none') run = [...applied].reverse();
    else if (options.to) {
      const keep = findMigration(unit, options.to, '--to');
      run = applied.filter((m) => unit.migrations.indexOf(m) > keep).reverse();
    } else run = applied.slice(-1);
  }
  for (const m of run) {
    if (m.irreversible) {
      throw new SeamError(
        'SEAM_MIGRATE_IRREVERSIBLE',
        `${unitKey(unit)} ${m.id} cannot be reverted: ${m.irreversible}`,
      );
    }
  }
  const outcomes = run.map((m) => {
    const undo = downStatements(m).slice(history.get(m.id)?.undone ?? 0);
    return {
      id: m.id,
      title: m.title,
      state: (options.dryRun ? 'would-revert' : 'pending') as MigrationState,
      statements: undo.length,
      ...(options.dryRun ? { sql: undo } : {}),
    };
  });
  return { run, outcomes };
}

function scriptNeeded(unit: ManifestUnit): SeamError {
  const flag = unit.database === 'monolith' ? '--monolith' : '--service-script';
  return new SeamError(
    'SEAM_USAGE',
    `Name the script to run on ${unit.database === 'monolith' ? 'the monolith' : `the database of ${unit.service}`}.`,
    {
      hint: `One of: ${unit.migrations.map((m) => m.id).join(', ')} (e.g. ${flag} ${unit.migrations[0]?.id ?? 'capture'}).`,
    },
  );
}

function failure(unit: ManifestUnit, details: FailureDetails, target: string, retryable = false): SeamError {
  const undone =
    details.rollback === 'transaction'
      ? 'the transaction was rolled back: nothing changed'
      : `${details.undone} statement(s) undone${details.undoFailed.length ? `, ${details.undoFailed.length} undo statement(s) failed: run them by hand: ${details.undoFailed.join('; ')}` : ': nothing is left of this run'}`;
  return new SeamError(
    'SEAM_MIGRATE_FAILED',
    `${unitKey(unit)} ${details.migration} failed on ${target}: ${details.cause}. Statement: ${details.statement.slice(0, 300)}. ${undone}.`,
    { details: { ...details }, retryable },
  );
}

/** Applies or reverts a unit's migrations on PostgreSQL: one transaction for the whole run. */
async function runPostgres(
  db: MigrationDb,
  history: History,
  unit: ManifestUnit,
  plan: Plan,
  direction: 'up' | 'down',
  log: (m: string) => void,
) {
  const done = direction === 'up' ? 'applied' : 'reverted';
  await db.exec('BEGIN');
  let current: { migration: string; statement: string } | undefined;
  try {
    await history.lock();
    if (direction === 'up' && plan.run.some((m) => !m.repeatable)) await history.ensure();
    for (const m of plan.run) {
      const started = performance.now();
      const statements = direction === 'up' ? m.steps.map((s) => s.sql) : downStatements(m);
      log(
        `${unitKey(unit)}: ${direction === 'up' ? 'applying' : 'reverting'} ${m.id} (${statements.length} statements)`,
      );
      for (const sql of statements) {
        current = { migration: m.id, statement: sql };
        await db.exec(sql);
      }
      current = undefined;
      if (direction === 'down') await history.remove(m.id);
      else if (!m.repeatable) await history.record(m.id, m.checksum);
      const o = plan.outcomes.find((x) => x.id === m.id)!;
      o.state = done;
      o.ms = Math.round(performance.now() - started);
    }
    if (direction === 'down') await history.dropIfEmpty();
    await db.exec('COMMIT');
  } catch (error) {
    await db.exec('ROLLBACK').catch(() => {});
    for (const o of plan.outcomes) if (o.state === done) o.state = 'pending';
    if (!current) throw mapDriverError(error, db.target);
    throw failure(
      unit,
      { ...current, cause: causeOf(error), rollback: 'transaction', undone: 0, undoFailed: [] },
      db.target,
      mapDriverError(error, db.target).retryable,
    );
  }
}

/**
 * runPostgres, run again when it lost to the application's transactions (a deadlock, a lock not
 * available: the DDL's table locks taken while the application writes) — it rolled back, nothing
 * changed, so the next attempt starts clean. Up to 5 attempts.
 */
async function runPostgresRetrying(...args: Parameters<typeof runPostgres>): Promise<void> {
  const log = args[5];
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runPostgres(...args);
    } catch (error) {
      if (attempt >= 5 || !(error instanceof SeamError) || !error.retryable) throw error;
      log(
        `${unitKey(args[2])}: ${String(error.details.cause ?? error.message).split('\n')[0]}; trying again (${attempt}/4)`,
      );
      await sleep(100 * attempt);
    }
  }
}

/**
 * Runs a unit's migrations up on MySQL/MariaDB, whose DDL commits statement by statement: every
 * completed step is remembered, and on a failure undone in reverse, across the whole run.
 */
async function upMysql(
  db: MigrationDb,
  history: History,
  unit: ManifestUnit,
  plan: Plan,
  log: (m: string) => void,
) {
  await history.lock();
  const done: Array<{ migration: string; undo: string[] }> = [];
  const recorded: string[] = [];
  let createdHistory = false;
  let current: { migration: string; statement: string } | undefined;
  try {
    if (plan.run.some((m) => !m.repeatable)) createdHistory = await history.ensure();
    for (const m of plan.run) {
      const started = performance.now();
      log(`${unitKey(unit)}: applying ${m.id} (${m.steps.length} statements)`);
      for (const step of m.steps) {
        current = { migration: m.id, statement: step.sql };
        await db.exec(step.sql);
        done.push({ migration: m.id, undo: step.undo });
      }
      current = undefined;
      if (!m.repeatable) {
        await history.record(m.id, m.checksum);
        recorded.push(m.id);
      }
      const o = plan.outcomes.find((x) => x.id === m.id)!;
      o.state = 'applied';
      o.ms = Math.round(performance.now() - started);
    }
  } catch (error) {
    log(`${unitKey(unit)}: failed; undoing the ${done.length} step(s) this run did`);
    const undoFailed: string[] = [];
    let undone = 0;
    for (const step of done.reverse()) {
      for (const sql of step.undo) {
        try {
          await db.exec(sql);
          undone++;
        } catch {
          undoFailed.push(sql);
        }
      }
    }
    for (const id of recorded) await history.remove(id).catch(() => {});
    if (createdHistory) await history.dropIfEmpty().catch(() => {});
    for (const o of plan.outcomes) if (o.state === 'applied') o.state = 'pending';
    if (!current) throw mapDriverError(error, db.target);
    throw failure(
      unit,
      { ...current, cause: causeOf(error), rollback: 'undo-statements', undone, undoFailed },
      db.target,
    );
  } finally {
    await history.release().catch(() => {});
  }
}

/**
 * Reverts on MySQL/MariaDB statement by statement. A statement that fails stops the revert; how far
 * it got is kept in the history, and the same command resumes from there once the cause is fixed.
 */
async function downMysql(
  db: MigrationDb,
  history: History,
  unit: ManifestUnit,
  plan: Plan,
  rows: Map<string, HistoryRow>,
  log: (m: string) => void,
) {
  await history.lock();
  try {
    for (const m of plan.run) {
      const started = performance.now();
      const statements = downStatements(m);
      let undone = rows.get(m.id)?.undone ?? 0;
      log(`${unitKey(unit)}: reverting ${m.id}${undone ? ` (resuming after ${undone} statement(s))` : ''}`);
      for (const sql of statements.slice(undone)) {
        try {
          await db.exec(sql);
        } catch (error) {
          await history.setUndone(m.id, undone).catch(() => {});
          throw new SeamError(
            'SEAM_MIGRATE_PARTIAL',
            `${unitKey(unit)} ${m.id}: reverting stopped on ${db.target} after ${undone} of ${statements.length} statement(s): ${causeOf(error)}. Statement: ${sql.slice(0, 300)}.`,
            { details: { migration: m.id, statement: sql, undone, remaining: statements.slice(undone) } },
          );
        }
        undone++;
      }
      await history.remove(m.id);
      const o = plan.outcomes.find((x) => x.id === m.id)!;
      o.state = 'reverted';
      o.ms = Math.round(performance.now() - started);
    }
    await history.dropIfEmpty();
  } finally {
    await history.release().catch(() => {});
  }
}

/**
 * Applies or reverts a unit's migrations on its database, recording them in `seam_migrations`.
 * PostgreSQL runs everything in one transaction; MySQL/MariaDB, whose DDL is not transactional,
 * undo completed steps in reverse when one fails. A dry run connects, reads the history and reports
 * what would run, changing nothing.
 */
export async function migrate(
  unit: ManifestUnit,
  spec: ConnectionSpec,
  options: MigrateOptions,
): Promise<MigrateReport> {
  const log = options.onProgress ?? (() => {});
  const resolved = unit.databaseName ? withDatabase(spec, unit.databaseName) : spec;
  if (!sameEngine(resolved.dialect, unit.dialect)) {
    throw new SeamError(
      'SEAM_USAGE',
      `${unitKey(unit)} was generated for ${unit.dialect}, but the URL names a ${resolved.dialect} server.`,
      { hint: 'Point the URL at the right server, or generate again with --target-dialect.' },
    );
  }
  let createdDatabase: string | undefined;
  if (
    options.createDatabase &&
    options.direction === 'up' &&
    options.dryRun &&
    !(await databaseExists(resolved))
  ) {
    // Nothing exists yet: everything would be applied, after creating the database.
    return {
      unit: unitKey(unit),
      database: unit.database,
      target: describeConnection(resolved),
      direction: 'up',
      dryRun: true,
      wouldCreateDatabase: resolved.database,
      migrations: planUp(unit, new Map(), options).outcomes,
    };
  }
  if (options.createDatabase && options.direction === 'up' && !options.dryRun) {
    if (await createDatabaseIfMissing(resolved)) {
      createdDatabase = resolved.database;
      log(`created database ${resolved.database}`);
    }
  }
  try {
    return await run(unit, resolved, options, log, createdDatabase);
  } catch (error) {
    // A database this run created goes too: a failed run leaves nothing behind.
    if (createdDatabase) await dropDatabase(resolved).catch(() => {});
    throw error;
  }
}

async function run(
  unit: ManifestUnit,
  resolved: ConnectionSpec,
  options: MigrateOptions,
  log: (message: string) => void,
  createdDatabase: string | undefined,
): Promise<MigrateReport> {
  const db = await connect(resolved);
  try {
    const history = new History(db, unitKey(unit), unit.schema);
    const rows = await history.read();
    checkHistory(unit, rows);
    const report: MigrateReport = {
      unit: unitKey(unit),
      database: unit.database,
      target: db.target,
      direction: options.direction,
      dryRun: !!options.dryRun,
      ...(createdDatabase ? { createdDatabase } : {}),
      migrations: [],
    };
    if (options.direction === 'status') {
      report.migrations = unit.migrations.map((m) => {
        const row = rows.get(m.id);
        return {
          id: m.id,
          title: m.title,
          state: row ? 'already-applied' : 'not-applied',
          statements: m.steps.length,
          ...(row ? { appliedAt: row.appliedAt } : {}),
        };
      });
      return report;
    }
    const plan = options.direction === 'up' ? planUp(unit, rows, options) : planDown(unit, rows, options);
    report.migrations = plan.outcomes;
    const publishes = options.direction === 'up' ? plan.run.find((m) => m.publishes)?.publishes : undefined;
    if (publishes) {
      // Before anything is created: a relation capture would publish without a replica identity
      // would make the application's UPDATE/DELETE fail from that moment on.
      const relations = await inspectCapture(db, publishes);
      report.capture = { relations };
      const refusal = captureRefusal(relations, db.target);
      if (refusal && !options.dryRun) throw refusal;
      if (refusal)
        report.capture.refused = {
          code: refusal.code,
          message: refusal.message,
          ...(refusal.hint ? { hint: refusal.hint } : {}),
        };
    }
    const drops = options.direction === 'up' ? plan.run.find((m) => m.drops?.length)?.drops : undefined;
    if (drops) await refuseDroppingRead(db, drops);
    if (options.dryRun || plan.run.length === 0) return report;
    if (engineFor(db.dialect).ddlTransactional)
      await runPostgresRetrying(db, history, unit, plan, options.direction, log);
    else if (options.direction === 'up') await upMysql(db, history, unit, plan, log);
    else await downMysql(db, history, unit, plan, rows, log);
    return report;
  } catch (error) {
    if (error instanceof SeamError) throw error;
    throw mapDriverError(error, db.target);
  } finally {
    await db.close();
  }
}
