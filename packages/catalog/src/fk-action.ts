import type { FkAction } from '@seam/core';

const PG_ACTIONS: Record<string, FkAction> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/** A foreign-key action from pg_constraint's one-letter code or information_schema's words. */
export function fkAction(value: string | null | undefined): FkAction {
  if (!value) return 'NO ACTION';
  const pg = PG_ACTIONS[value];
  if (pg) return pg;
  const upper = value.toUpperCase();
  return (['NO ACTION', 'RESTRICT', 'CASCADE', 'SET NULL', 'SET DEFAULT'] as const).includes(
    upper as FkAction,
  )
    ? (upper as FkAction)
    : 'NO ACTION';
}
