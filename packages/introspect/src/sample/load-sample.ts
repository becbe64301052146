import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SchemaSnapshot, TableStats, Workload } from '@seam/core';
import { tableKey } from '@seam/core';
import { introspectPostgres } from '../postgres/introspect-postgres.js';
import type { ProgressCallback } from '../progress.js';
import { readWorkload } from '../workload/read-workload.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * The sample monolith's folder: the copy the build puts in dist/ (an installed package), else
 * samples/monolith at the top of the repository (a checkout, from the sources).
 */
const PACKAGED_SAMPLE = fileURLToPath(new URL('../sample-data/monolith/', import.meta.url));
export const SAMPLE_DIR = existsSync(PACKAGED_SAMPLE)
  ? PACKAGED_SAMPLE
  : fileURLToPath(new URL('../../../../samples/monolith/', import.meta.url));

/**
 * The sample monolith's database name, as snapshots, plans and summaries show it. PGlite has one
 * database, `postgres`; the sample is the backend of a shop, so its snapshot says so.
 */
export const SAMPLE_DATABASE = 'shop';

/** The log_line_prefix the sample's log was written with (see samples/monolith/README.md). */
export const SAMPLE_LOG_LINE_PREFIX = '%m [%p] %q%u@%d vxid=%v xid=%x ';

export interface SampleOptions {
  progress?: ProgressCallback;
}

export interface Sample {
  snapshot: SchemaSnapshot;
  workload: Workload;
  /** Milliseconds spent in each step, for the curious (and the benchmark). */
  timings: { engineMs: number; ddlMs: number; introspectMs: number; workloadMs: number };
  /** Whether the embedded engine started from the cached empty cluster. */
  engineCached: boolean;
}

interface SampleStats {
  tables: Record<
    string,
    { rows: number; bytes: number; reads: number; inserts: number; updates: number; deletes: number }
  >;
  windowSeconds: number;
}

/**
 * The bundled sample monolith, with no database server: loads schema.postgres.sql into PGlite
 * (PostgreSQL compiled to WebAssembly), introspects it through the same catalog queries as a live
 * server, overlays the production-like sizes and counters of stats.json (an empty embedded
 * database has none), and reads the bundled statement log.
 */
export async function loadSample(options: SampleOptions = {}): Promise<Sample> {
  const progress = options.progress ?? (() => {});
  const t0 = performance.now();
  progress({ phase: 'sample', done: 0, message: 'starting the embedded PostgreSQL (PGlite)' });
  const [ddl, statsText, { db, cached }] = await Promise.all([
    readFile(`${SAMPLE_DIR}schema.postgres.sql`, 'utf8'),
    readFile(`${SAMPLE_DIR}stats.json`, 'utf8'),
    startEmbeddedPostgres(),
  ]);
  const t1 = performance.now();
  try {
    progress({ phase: 'sample', done: 1, message: 'loading the sample schema' });
    await db.exec(ddl);
    const t2 = performance.now();
    const snapshot = await introspectPostgres(db, {
      source: 'sample:monolith',
      progress,
      schemas: ['public'],
    });
    snapshot.database = SAMPLE_DATABASE;
    applyStats(snapshot, JSON.parse(statsText) as SampleStats);
    const t3 = performance.now();
    progress({ phase: 'sample', done: 2, message: 'reading the sample workload' });
    const workload = await readWorkload(
      [
        {
          kind: 'pg-log',
          path: `${SAMPLE_DIR}workload/postgresql.log`,
          logLinePrefix: SAMPLE_LOG_LINE_PREFIX,
        },
      ],
      { snapshot },
    );
    workload.sources = workload.sources.map((s) => ({
      ...s,
      name: 'sample:monolith/workload/postgresql.log',
    }));
    const t4 = performance.now();
    return {
      snapshot,
      workload,
      timings: { engineMs: t1 - t0, ddlMs: t2 - t1, introspectMs: t3 - t2, workloadMs: t4 - t3 },
      engineCached: cached,
    };
  } finally {
    await db.close();
  }
}

function applyStats(snapshot: SchemaSnapshot, stats: SampleStats): void {
  for (const t of snapshot.tables) {
    const s = stats.tables[tableKey(t.schema, t.name)];
    if (!s) continue;
    t.rowEstimate = s.rows;
    t.bytes = s.bytes;
    const counters: TableStats = {
      reads: s.reads,
      inserts: s.inserts,
      updates: s.updates,
      deletes: s.deletes,
      windowSeconds: stats.windowSeconds,
    };
    t.stats = counters;
  }
}
