import type { TableKey } from '@seam/core';
import { ALL, count, type PlanSession, REFERENCE, TECHNICAL } from '@seam/plan';
import stringWidth from 'string-width';
import { fit, printable } from './text.js';

const ROLE: Record<string, string> = {
  entity: 'ent',
  hub: 'hub',
  junction: 'jct',
  extension: 'ext',
  reference: 'ref',
  technical: 'tec',
};

// ---- first pane: services -----------------------------------------------------------------------

function groupFigures(session: PlanSession, group: string) {
  return session.cached(`figures/${group}`, () => {
    if (group === ALL || group === REFERENCE || group === TECHNICAL) {
      const tables = session.tablesOf(group);
      const index = session.editor.model.evidence.index;
      let rows = 0;
      for (const t of tables) rows += index.tables[index.byKey.get(t)!]!.rows;
      return { tables: tables.length, rows, crossFks: null as number | null };
    }
    const f = session.editor.model.serviceFigures(group);
    return { tables: f.tables, rows: f.rows, crossFks: f.crossFks as number | null };
  });
}

/** A service row: name, tables, cross-service FKs (when there is room), rows. */
export function groupRow(session: PlanSession, group: string, width: number): string {
  const f = groupFigures(session, group);
  const cols: string[] = [fit(String(f.tables), 4, 'right')];
  if (width >= 24) cols.push(fit(f.crossFks === null ? '' : String(f.crossFks), 4, 'right'));
  if (width >= 32) cols.push(fit(f.rows ? count(f.rows) : '', 6, 'right'));
  const tail = cols.join(' ');
  return `${fit(printable(group), width - stringWidth(tail) - 1)} ${tail}`;
}

export function groupHeader(width: number): string {
  const cols = ['tbls'];
  if (width >= 24) cols.push('x-FK');
  if (width >= 32) cols.push('  rows');
  const tail = cols.join(' ');
  return `${fit('service', width - tail.length - 1)} ${tail}`;
}

// ---- second pane: tables ------------------------------------------------------------------------

/** A table row: name, pin, role, then its rows and the agreement of the clustering runs (below 100 %), or in "all tables" its service. */
export function tableRow(session: PlanSession, table: TableKey, width: number, showPlace: boolean): string {
  const info = session.editor.table(table);
  const pinned = session.pins().has(table);
  const cols: string[] = [ROLE[info.role] ?? info.role.slice(0, 3)];
  if (showPlace && width >= 30) cols.push(fit(printable(session.placeOf(table)), placeWidth(width)));
  else {
    if (width >= 30) cols.push(fit(info.rows ? count(info.rows) : '', 6, 'right'));
    if (width >= 36)
      cols.push(fit(info.confidence < 1 ? `${Math.round(info.confidence * 100)}%` : '', 4, 'right'));
  }
  const tail = `${pinned ? 'p' : ' '} ${cols.join(' ')}`;
  return `${fit(printable(session.shortName(table)), width - stringWidth(tail) - 1)} ${tail}`;
}

const placeWidth = (width: number) => Math.max(8, Math.min(16, Math.floor(width / 3)));

export function tableHeader(width: number, showPlace: boolean): string {
  const cols = ['rol'];
  if (showPlace && width >= 30) cols.push(fit('service', placeWidth(width)));
  else {
    if (width >= 30) cols.push('  rows');
    if (width >= 36) cols.push('runs');
  }
  const tail = `  ${cols.join(' ')}`;
  return `${fit('table', width - tail.length - 1)} ${tail}`;
}
