import { type Analysis, analyze } from '@seam/analyzer';
import { readPlanFile, type SchemaSnapshot, SeamError, type Workload } from '@seam/core';
import { PlanSession } from './session.js';

/**
 * Opens `path` over the snapshot when it exists; otherwise analyzes the snapshot (the analysis is
 * returned too) and starts a new plan that will be written to `path`.
 */
export async function openPlan(
  snapshot: SchemaSnapshot,
  workload: Workload | undefined,
  path: string,
  progress: (message: string) => void = () => {},
): Promise<{ session: PlanSession; analysis?: Analysis }> {
  try {
    const plan = await readPlanFile(path);
    progress(`opening ${path}`);
    return { session: PlanSession.open(snapshot, workload, plan, path) };
  } catch (error) {
    if (!(error instanceof SeamError && error.code === 'SEAM_FILE_NOT_FOUND')) throw error;
  }
  const result = analyze(snapshot, workload, { onProgress: progress });
  return { session: PlanSession.fromAnalysis(result, snapshot, path), analysis: result.analysis };
}
