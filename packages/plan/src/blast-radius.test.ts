import { describe, expect, it } from 'vitest';
import { blastRadius, MANY_TABLES } from './blast-radius.js';
import { shopSession } from './test-support/sessions.js';

describe('blastRadius', () => {
  const editor = shopSession().editor;

  it('lets ordinary edits through', () => {
    expect(
      blastRadius({ kind: 'edit', edit: { op: 'move', tables: ['public.refunds'], to: 'orders' } }, editor),
    ).toEqual([]);
    expect(blastRadius({ kind: 'edit', edit: { op: 'create', service: 'x' } }, editor)).toEqual([]);
    expect(blastRadius({ kind: 'undo' }, editor)).toEqual([]);
  });

  it('flags moving a hub, dissolving a service, moving many tables and re-clustering', () => {
    expect(
      blastRadius({ kind: 'edit', edit: { op: 'move', tables: ['public.users'], to: 'orders' } }, editor),
    ).toEqual(['moves public.users, a hub many tables reference']);
    expect(
      blastRadius({ kind: 'edit', edit: { op: 'pin', table: 'public.users', service: 'orders' } }, editor),
    ).toHaveLength(1);
    expect(
      blastRadius({ kind: 'edit', edit: { op: 'merge', services: ['invoices'], into: 'orders' } }, editor),
    ).toEqual(['dissolves invoices (4 tables) into orders']);
    const many = editor.model.evidence.index.tables.slice(0, MANY_TABLES).map((t) => t.key);
    expect(blastRadius({ kind: 'edit', edit: { op: 'move', tables: many, to: 'x' } }, editor)).toContain(
      `moves ${MANY_TABLES} tables at once`,
    );
    expect(blastRadius({ kind: 'recluster' }, editor)[0]).toMatch(/^re-clusters all 26 tables/);
  });
});
