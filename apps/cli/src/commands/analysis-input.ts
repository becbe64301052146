import {
  readSnapshotFile,
  readWorkloadFile,
  type SchemaSnapshot,
  SeamError,
  type Workload,
} from '@seam/core';
import { introspect, loadSample } from '@seam/introspect';
import type { Command } from 'commander';
import { list, printWarnings, sourceConnection } from './source.js';

/** Where the schema (and workload) to analyze come from: a snapshot file, a live database, or the sample. */
export interface AnalysisInputOptions {
  snapshot?: string;
  workload?: string;
  source?: string;
  schemas?: string;
  sample?: boolean;
}

/** Adds the input options shared by `seam analyze` and `seam plan`. */
export function withAnalysisInputs(command: Command): Command {
  return command
    .option('--snapshot <file>', 'a schema snapshot (JSON), e.g. from `seam introspect`')
    .option('--source <url>', 'introspect this live database instead (postgres://… or mysql://…)')
    .option('--schemas <list>', 'with --source: schemas (PostgreSQL) or databases (MySQL) to read')
    .option('--sample', 'the bundled sample monolith (101 tables and a statement log; no database needed)')
    .option(
      '--workload <file>',
      'a workload (JSON, from `seam workload`): statements and transactions, for join and co-write evidence',
    );
}

/** Reads the snapshot and workload named by the options; exactly one schema source must be given. */
export async function loadAnalysisInput(
  options: AnalysisInputOptions,
  progress: (message: string) => void,
): Promise<{ snapshot: SchemaSnapshot; workload: Workload | undefined }> {
  const given = [
    options.snapshot && '--snapshot',
    options.source && '--source',
    options.sample && '--sample',
  ].filter(Boolean);
  if (given.length > 1) {
    throw new SeamError(
      'SEAM_USAGE',
      `Give one of --snapshot, --source and --sample, not ${given.join(' and ')}.`,
    );
  }
  if (options.sample) {
    if (options.workload)
      throw new SeamError('SEAM_USAGE', '--sample brings its own workload; drop --workload.');
    progress('loading the bundled sample monolith into an embedded PostgreSQL (PGlite)');
    const { snapshot, workload } = await loadSample({ progress: (e) => progress(`sample: ${e.message}`) });
    return { snapshot, workload };
  }
  const workload = options.workload ? await readWorkloadFile(options.workload) : undefined;
  if (options.snapshot) {
    progress(`reading ${options.snapshot}`);
    return { snapshot: await readSnapshotFile(options.snapshot), workload };
  }
  if (options.source || process.env.SEAM_SOURCE_URL) {
    const snapshot = await introspect(sourceConnection(options.source), {
      schemas: list(options.schemas),
      progress: (e) => progress(`introspect: ${e.message}`),
    });
    printWarnings(snapshot.warnings);
    return { snapshot, workload };
  }
  throw new SeamError('SEAM_USAGE', 'Nothing to analyze.', {
    hint: 'Pass --sample (the bundled monolith), --snapshot snapshot.json, or --source postgres://user@host/db.',
  });
}
