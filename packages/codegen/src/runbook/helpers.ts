import type { ConnectionSpec, Dialect } from '@seam/core';
import { engineFor } from '../engine.js';
import type { CrossingFk } from '../schema/crossing.js';
import { code } from './markdown.js';

export const MAX_WARNINGS = 40;

export const WHAT_TO_DO: Record<CrossingFk['looseFk']['action'], string> = {
  async_delete:
    'when a parent is deleted, delete its children in the other database (a worker reading the parent’s deletes)',
  async_nullify: 'when a parent is deleted, set the children’s column to NULL in the other database',
  async_set_default:
    'when a parent is deleted, reset the children’s column to its default in the other database',
  check_in_app:
    'before deleting a parent, ask the owner of the children (or soft-delete); on insert, check the parent exists',
  none: 'check the parent exists on insert',
};

export function fmtRows(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : String(n);
}

export function fkRow(f: CrossingFk): string[] {
  return [
    code(f.name),
    code(`${f.child}(${f.columns.join(', ')})`),
    code(`${f.parent}(${f.referencedColumns.join(', ')})`),
    f.otherSide,
    f.onDelete,
    `\`${f.looseFk.action}\`: ${WHAT_TO_DO[f.looseFk.action]}`,
  ];
}

/** A command line client reading SQL from stdin (or -c/-e). */
export function client(dialect: Dialect, env: string, spec: ConnectionSpec | undefined): string {
  return engineFor(dialect).client(env, spec);
}

/** The Markdown runbook carrying one service through every phase of its move, with the exact commands. */
