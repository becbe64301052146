import type { FkAction } from '@seam/core';

/** What replaces a foreign key that crosses a service boundary (GitLab's loose foreign keys). */
export interface LooseFk {
  action: 'async_delete' | 'async_nullify' | 'async_set_default' | 'check_in_app' | 'none';
  how: string;
}

export function looseFkFor(onDelete: FkAction | null): LooseFk {
  switch (onDelete) {
    case 'CASCADE':
      return {
        action: 'async_delete',
        how: "the parent's service records each delete; a worker deletes the children in the child's service",
      };
    case 'SET NULL':
      return {
        action: 'async_nullify',
        how: "the parent's service records each delete; a worker sets the children's column to NULL",
      };
    case 'SET DEFAULT':
      return {
        action: 'async_set_default',
        how: "the parent's service records each delete; a worker resets the children's column to its default",
      };
    case 'RESTRICT':
    case 'NO ACTION':
      return {
        action: 'check_in_app',
        how: "the database refused to delete a referenced parent: the parent's service must ask the child's service before deleting (or soft-delete); the child's service validates the parent on insert",
      };
    default:
      return {
        action: 'none',
        how: 'not enforced today; validate the parent on insert in the child service',
      };
  }
}
