import { setTimeout as sleep } from 'node:timers/promises';
import { type ManifestUnit, type MigrateReport, type MoveUnits, migrate, moveUnits } from '@seam/codegen';
import { type ConnectionSpec, SeamError } from '@seam/core';
import type { MoveContext } from './context.js';

/** Both directions of the service, as generated; refuses files generated before the reverse direction existed. */
export function unitsOf(ctx: MoveContext): MoveUnits {
  return moveUnits(ctx.manifest, ctx.service);
}

/** Where a move's scripts run: the monolith's, the service's own, the shared reference connector's (on the monolith). */
export type ScriptSide = 'monolith' | 'service' | 'reference';

function unitOf(ctx: MoveContext, side: ScriptSide): [ManifestUnit, ConnectionSpec] {
  if (side === 'service') return [unitsOf(ctx).serviceScripts, ctx.target];
  if (side === 'monolith') return [ctx.monolithUnit, ctx.monolith];
  if (!ctx.referenceUnit) throw new SeamError('SEAM_INTERNAL', `${ctx.service} keeps no reference copies.`);
  return [ctx.referenceUnit, ctx.monolith];
}

/**
 * Applies or reverts one of the move's scripts (idempotent: `already-applied`, nothing to revert).
 * `retryMs`: keeps trying that long (a just-deleted connector may still hold its slot).
 */
export async function runScript(
  ctx: MoveContext,
  side: ScriptSide,
  script: string,
  direction: 'up' | 'down',
  retryMs = 0,
): Promise<MigrateReport> {
  const [unit, spec] = unitOf(ctx, side);
  const deadline = Date.now() + retryMs;
  for (;;) {
    try {
      return await migrate(unit, spec, { direction, script, onProgress: ctx.log });
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      ctx.log(`${script} --${direction}: ${(error as Error).message}; retrying`);
      await sleep(1000);
    }
  }
}

async function scriptLine(ctx: MoveContext, side: ScriptSide, script: string, direction: 'up' | 'down') {
  const report = await runScript(ctx, side, script, direction);
  return `${side} ${script}: ${report.migrations.map((m) => m.state).join(', ') || 'nothing to do'}`;
}

/** Applies one of the service's scripts, as one line for the history. */
export const scriptUp = (ctx: MoveContext, side: ScriptSide, script: string) =>
  scriptLine(ctx, side, script, 'up');

/** Reverts one of the service's scripts (nothing to do when it is not applied), as one line for the history. */
export const scriptDown = (ctx: MoveContext, side: ScriptSide, script: string) =>
  scriptLine(ctx, side, script, 'down');
