import { describeTie } from '@seam/analyzer';
import { isSeamError, type TableKey } from '@seam/core';
import {
  ALL,
  bytes,
  COST_LEGEND,
  costSegments,
  count,
  deltaSegments,
  formatAction,
  type PlanAction,
  type PlanSession,
  plainText,
  REFERENCE,
  type Segment,
  TECHNICAL,
  VERBS,
} from '../plan/index.js';
import { helpLines, KEYMAP, keysFor } from './keymap.js';
import { displayKey } from './keys.js';
import { layout } from './layout.js';
import {
  contextOf,
  groupList,
  type Overlay,
  selectedGroup,
  selectedTable,
  tableList,
  type UiState,
} from './state.js';

/** One line of a pane: pieces of text with their tone. */
export type Row = Segment[];

// Names come from a catalog and are hostile: no control character may reach the terminal.
export function printable(s: string): string {
  return s.replace(
    /[\u0000-\u001f\u007f-\u009f]/gu,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** Cuts or pads to a width (in characters; names are mostly ASCII, and ink truncates what is left). */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const chars = [...text];
  if (chars.length > width) return `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
  return align === 'left' ? text.padEnd(width) : text.padStart(width);
}

/** Word-wraps a line to a width, continuation lines indented like the first. */
export function wrap(text: string, width: number): string[] {
  const indent = /^\s*/u.exec(text)![0];
  const words = text.trim().split(/\s+/u);
  const out: string[] = [];
  let line = indent;
  for (const w of words) {
    if (line.trim() && [...line].length + 1 + [...w].length > width) {
      out.push(line);
      line = `${indent}  ${w}`;
    } else line = line.trim() ? `${line} ${w}` : `${line}${w}`;
  }
  out.push(line);
  return out;
}

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
  return `${fit(printable(group), width - [...tail].length - 1)} ${tail}`;
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
  return `${fit(printable(session.shortName(table)), width - [...tail].length - 1)} ${tail}`;
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

// ---- third pane: details ------------------------------------------------------------------------

const heading = (text: string): Row => [{ text, tone: 'strong' }];
const plain = (text: string): Row => [{ text }];

/**
 * Everything about one table, as lines to scroll: where it is and why, its columns, references out and
 * in (with the service at the other end, ✗ where they cross), the evidence that crosses the boundary,
 * the workload statements touching it, its strongest ties.
 */
export function detailLines(session: PlanSession, table: TableKey, width: number): Row[] {
  return session.cached(`details/${table}/${width}`, () => {
    const m = session.editor.model;
    const ev = m.evidence;
    const t = m.indexOf(table);
    const info = ev.index.tables[t]!;
    const place = session.placeOf(table);
    const x = session.editor.table(table);
    const explanation = session.editor.explainTable(table);
    const out: Row[] = [];
    const text = (line: string, tone?: Segment['tone']) => {
      for (const l of wrap(printable(line), width)) out.push([{ text: l, ...(tone ? { tone } : {}) }]);
    };
    const where = (u: number) => {
      const a = m.assignmentOf(u);
      return a.kind === 'service' ? a.service : a.kind;
    };
    const home = x.assignment.kind === 'service' ? x.assignment.service : null;
    out.push(heading(fit(printable(table), width)));
    const pinned = session.pins().get(table);
    text(
      `${x.role} · in ${place}${pinned ? ` · pinned to ${pinned}` : ''}${x.confidence < 1 ? ` · ${Math.round(x.confidence * 100)}% of runs agree` : ''}`,
    );
    text(
      `${count(x.rows)} rows · ${bytes(x.bytes)}${info.measured ? ` · ${count(x.writes)} writes${info.writesPerSecond !== null ? '/s' : ''}` : ''}`,
    );
    out.push(plain(' '));
    out.push(heading('Why here'));
    text(`  ${explanation.summary}`);
    text(`  role: ${explanation.reason}`);

    const cols = info.table.columns;
    const pk = new Set(info.table.primaryKey);
    out.push(plain(' '), heading(`Columns (${cols.length})`));
    const nameWidth = Math.min(24, Math.max(...cols.map((c) => [...printable(c.name)].length), 4));
    for (const c of cols)
      out.push(
        plain(
          fit(
            `  ${fit(printable(c.name), nameWidth)} ${pk.has(c.name) ? 'PK ' : ''}${printable(c.nativeType)}${c.nullable ? ' null' : ''}`,
            width,
          ),
        ),
      );

    const rel = session.relationsOf(table);
    const reference = (r: number, other: number, direction: 'out' | 'in'): Row => {
      const relation = ev.relations[r]!;
      const w = where(other);
      const crosses = home !== null && w !== home && m.assignmentOf(other).kind === 'service';
      const name = printable(session.shortName(ev.index.tables[other]!.key));
      const cols = relation.columns.map(printable).join(', ');
      const body =
        direction === 'out'
          ? `(${cols}) → ${name}(${relation.referencedColumns.map(printable).join(', ')})`
          : `${name}(${cols})`;
      const extra = `${relation.kind === 'inferred' ? ` implied ${Math.round(relation.confidence * 100)}%` : ''}${relation.onDelete && relation.onDelete !== 'NO ACTION' ? ` ON DELETE ${relation.onDelete}` : ''}`;
      return [
        { text: `  ${crosses ? '✗' : ' '} `, ...(crosses ? { tone: 'bad' as const } : {}) },
        { text: fit(`${body}${extra} [${printable(w)}]`, width - 4) },
      ];
    };
    out.push(plain(' '), heading(`References out (${rel.out.length})`));
    for (const r of rel.out) out.push(reference(r, ev.relations[r]!.parent, 'out'));
    out.push(heading(`References in (${rel.in.length})`));
    for (const r of rel.in.slice(0, 50)) out.push(reference(r, ev.relations[r]!.child, 'in'));
    if (rel.in.length > 50) out.push(plain(`    … and ${rel.in.length - 50} more`));

    const crossing = ev.adjacency[t]!.filter(
      ([u]) => home !== null && m.assignmentOf(u).kind === 'service' && where(u) !== home,
    )
      .map(([u, tie]) => ({ u, tie: ev.ties[tie]! }))
      .sort((a, b) => b.tie.weight - a.tie.weight);
    out.push(plain(' '), heading(`Crossing the boundary (${crossing.length})`));
    if (home === null) text(`  shared (${place}): services read a copy, nothing crosses`);
    else if (!crossing.length) text('  nothing: every tie stays inside the service');
    for (const { u, tie } of crossing.slice(0, 30)) {
      out.push([
        { text: '  ✗ ', tone: 'bad' },
        {
          text: fit(
            `${printable(session.shortName(ev.index.tables[u]!.key))} in ${where(u)} (tie ${tie.weight.toFixed(2)})`,
            width - 4,
          ),
        },
      ]);
      for (const e of describeTie(m, tie)) text(`      ${e}`, 'dim');
    }
    if (crossing.length > 30) out.push(plain(`    … and ${crossing.length - 30} more`));

    const statements = session
      .statementsOf(table)
      .map((i) => ev.workload.statements[i]!)
      .sort((a, b) => b.calls - a.calls);
    out.push(
      plain(' '),
      heading(`Workload (${statements.length} statement${statements.length === 1 ? '' : 's'})`),
    );
    if (!statements.length) text('  no statement of the workload touches it');
    for (const s of statements.slice(0, 20)) {
      const others = new Set(s.tables.filter((u) => u !== t).map(where));
      const crosses =
        home !== null && [...others].some((w) => w !== home && w !== 'reference' && w !== 'technical');
      out.push([
        { text: `  ${crosses ? '✗' : ' '} `, ...(crosses ? { tone: 'bad' as const } : {}) },
        {
          text: fit(
            `${fit(count(s.calls), 6, 'right')} × ${printable(s.text.replace(/\s+/gu, ' '))}`,
            width - 4,
          ),
        },
      ]);
    }
    if (statements.length > 20) out.push(plain(`    … and ${statements.length - 20} more`));

    out.push(plain(' '), heading('Strongest ties'));
    if (!explanation.ties.length) text('  none');
    for (const tie of explanation.ties)
      out.push(
        plain(fit(`  ${printable(session.shortName(tie.table))} in ${tie.where} · ${tie.weight}`, width)),
      );
    return out;
  });
}

/** A boundary between two services in a few lines: what crosses, and what to do about it. */
function boundaryLines(session: PlanSession, a: string, b: string, width: number, out: Row[]): void {
  const e = session.editor.explainBoundary(a, b);
  const c = e.cost;
  const parts = [
    c.fks ? `${c.fks} FK${c.fks === 1 ? '' : 's'}` : '',
    c.inferredFks ? `${c.inferredFks} implied` : '',
    c.joinStatements
      ? `${c.joinStatements} statement${c.joinStatements === 1 ? '' : 's'} (${count(c.joinCalls)} calls)`
      : '',
    c.transactionShapes
      ? `${c.transactionShapes} tx shape${c.transactionShapes === 1 ? '' : 's'} (${count(c.transactions)})`
      : '',
  ].filter(Boolean);
  out.push([
    { text: '  ✗ ', tone: 'bad' },
    { text: fit(`${printable(a)} ↔ ${printable(b)}: ${parts.join(', ')}`, width - 4) },
  ]);
  const push = (line: string) => {
    for (const l of wrap(printable(line), width)) out.push([{ text: l, tone: 'dim' }]);
  };
  for (const f of e.fks.slice(0, 3))
    push(
      `      ${f.kind === 'inferred' ? 'implied ' : ''}FK ${session.shortName(f.child)}(${f.columns.join(', ')}) → ${session.shortName(f.parent)}: ${f.looseFk.action}`,
    );
  if (e.fks.length > 3) push(`      … ${e.fks.length - 3} more FKs`);
  for (const r of e.remedies.slice(0, 2)) push(`      → ${r}`);
}

/**
 * What the first pane's selection is about: for a service its figures and its costliest boundaries;
 * for "all tables" the whole plan's costliest boundaries; for the shared groups, why each table is shared.
 */
export function groupDetailLines(session: PlanSession, group: string, width: number): Row[] {
  return session.cached(`group-details/${group}/${width}`, () => {
    const m = session.editor.model;
    const out: Row[] = [];
    const text = (line: string, tone?: Segment['tone']) => {
      for (const l of wrap(printable(line), width)) out.push([{ text: l, ...(tone ? { tone } : {}) }]);
    };
    out.push(heading(fit(printable(group), width)));
    if (group === REFERENCE || group === TECHNICAL) {
      text(
        group === REFERENCE
          ? 'Reference data: replicated to the services that read it, owned by none.'
          : 'Technical tables (migrations, queues, logs): set aside, part of no service.',
      );
      for (const t of session.tablesOf(group)) {
        out.push(plain(' '));
        text(`  ${session.editor.explainTable(t).summary}`);
      }
      return out;
    }
    const pairs = m.pairCosts();
    if (group === ALL) {
      text(
        `${m.services().length} services · ${session.tablesOf(ALL).length} tables · ${m.shared('reference').length} reference · ${m.shared('technical').length} technical`,
      );
      const violations = m.violations();
      if (violations.length) {
        out.push(plain(' '), heading(`Constraints the plan breaks (${violations.length})`));
        for (const v of violations) text(`  ✗ ${v.kind} ${v.tables.join(', ')}: ${v.reason}`, 'bad');
      }
      out.push(plain(' '), heading(`Costliest boundaries (${pairs.length})`));
      if (!pairs.length) text('  none: nothing crosses between services');
      for (const p of pairs.slice(0, 10)) boundaryLines(session, p.services[0], p.services[1], width, out);
      return out;
    }
    const f = m.serviceFigures(group);
    text(`${f.tables} tables · ${count(f.rows)} rows · ${bytes(f.bytes)} · ${count(f.writes)} writes`);
    out.push(plain(' '), heading('Boundary cost'));
    text(
      `  ${f.crossFks} x-FKs · ${count(f.crossJoinCalls)} calls crossing · ${count(f.distributedTransactions)} distributed tx`,
    );
    text(
      `  modularity term ${f.modularity.toFixed(3)} (tie weight inside ${f.internalWeight.toFixed(1)}, leaving ${f.externalWeight.toFixed(1)})`,
    );
    const mine = pairs.filter((p) => p.services.includes(group));
    out.push(plain(' '), heading(`Boundaries (${mine.length}, costliest first)`));
    if (!mine.length) text('  none: nothing crosses to another service');
    for (const p of mine.slice(0, 8)) boundaryLines(session, p.services[0], p.services[1], width, out);
    if (mine.length > 8) text(`  … and ${mine.length - 8} more`);
    return out;
  });
}

// ---- lines around the panes ---------------------------------------------------------------------

export function titleLine(state: UiState, session: PlanSession): Row {
  const s = session.snapshot;
  const status = session.dirty ? '[modified]' : session.isNew ? '[new, not written]' : '[saved]';
  const row: Row = [
    { text: 'seam plan', tone: 'strong' },
    { text: ` · ${printable(session.path)} ` },
    { text: status, ...(session.dirty ? { tone: 'bad' as const } : {}) },
    { text: ` · ${printable(s.database)} (${s.engine.dialect}) · ${s.tables.length} tables` },
  ];
  if (state.marked.size) row.push({ text: ` · ${state.marked.size} marked`, tone: 'strong' });
  const missing = session.editor.stale.length;
  if (missing)
    row.push({ text: ` · ⚠ ${missing} plan table${missing === 1 ? '' : 's'} missing (@)`, tone: 'bad' });
  return row;
}

export function costLine(state: UiState, session: PlanSession): Row {
  return [
    { text: 'cost  ', tone: 'dim' },
    ...costSegments(session.editor.cost(), session.scope, layout(state.size).compact),
  ];
}

export function lastLine(state: UiState, session: PlanSession): Row {
  if (!state.last)
    return [
      { text: 'last  ', tone: 'dim' },
      { text: 'no edit yet', tone: 'dim' },
    ];
  const delta = deltaSegments(state.last.delta, session.scope, layout(state.size).compact);
  return [
    { text: 'last  ', tone: 'dim' },
    { text: printable(state.last.text) },
    { text: ': ' },
    ...(delta.length ? delta : [{ text: 'no change in cost', tone: 'dim' as const }]),
  ];
}

/** The bottom line: what is being typed, else the last message, else key hints. */
export function bottomLine(state: UiState): Row {
  const line = state.line;
  if (line?.kind === 'filter') {
    const list = line.pane === 'groups' ? state.groups : state.tables;
    return [
      { text: '/', tone: 'strong' },
      { text: `${printable(list.filter)}█` },
      { text: `   ${keysFor('filter', 'accept')} keep · ${keysFor('filter', 'cancel')} clear`, tone: 'dim' },
    ];
  }
  if (line?.kind === 'command')
    return [
      { text: ':', tone: 'strong' },
      { text: `${printable(line.text)}█` },
      ...(line.hint ? [{ text: `   ${printable(line.hint)}`, tone: 'dim' as const }] : []),
    ];
  if (state.message)
    return [
      {
        text: `${state.message.tone === 'error' ? '✗ ' : ''}${printable(state.message.text)}`,
        ...(state.message.tone === 'error' ? { tone: 'bad' as const } : {}),
      },
    ];
  const hint = (action: Parameters<typeof keysFor>[1], text: string) =>
    `${displayKey(KEYMAP.normal.find((b) => b.action === action)!.keys[0]!)} ${text}`;
  return [
    {
      text: [
        hint('help', 'help'),
        hint('filter', 'filter'),
        hint('mark', 'mark'),
        hint('move', 'move'),
        hint('undo', 'undo'),
        ...(layout(state.size).compact ? [] : [hint('redo', 'redo')]),
        hint('write', 'write'),
        ...(layout(state.size).compact ? [] : [hint('command', 'command')]),
        hint('quit', 'quit'),
      ].join(' · '),
      tone: 'dim',
    },
  ];
}

// ---- overlays -----------------------------------------------------------------------------------

export function helpText(): string[] {
  return [
    ...helpLines(),
    '',
    'Command line verbs (`:` here; `seam plan <verb> … --plan plan.yaml` from a shell)',
    ...VERBS.map((v) => `  ${v.usage.padEnd(40)} ${v.summary}${v.cli ? '' : ' (here only)'}`),
    '',
    'In the UI, [tables] default to the marked tables, else the selected one; [service] to the selected one.',
    'Marks: * flags a marked table, p a pinned one, › the cursor, ✗ what crosses a boundary.',
    `Cost line: ${COST_LEGEND}; ✗ worse, ✓ better after an edit.`,
    'Roles: ent entity, hub, jct junction, ext extension, ref reference, tec technical; runs = share of clustering runs that agree.',
  ];
}

export function logText(state: UiState, session: PlanSession): string[] {
  const out = [...state.notices];
  if (out.length) out.push('');
  out.push(
    state.log.length
      ? `Edits of this session, as commands (from a shell: seam plan <verb> … --plan ${session.path}):`
      : 'No edit yet.',
  );
  for (const c of state.log) out.push(`  :${c}`);
  return out;
}

/** The lines an overlay shows (its title is separate). */
export function overlayLines(overlay: Overlay, state: UiState, session: PlanSession): string[] {
  switch (overlay.kind) {
    case 'help':
      return helpText();
    case 'log':
      return logText(state, session);
    case 'confirm':
      return overlay.lines;
    case 'quit':
      return [
        `${session.path} has unsaved edits.`,
        '',
        'y  quit without writing',
        'w  write, then quit',
        'n  stay',
      ];
    case 'picker':
      return [];
  }
}

export function overlayTitle(overlay: Overlay): string {
  switch (overlay.kind) {
    case 'help':
      return 'Keys (from the same key map the handlers use)';
    case 'log':
      return 'Log';
    case 'confirm':
      return overlay.title;
    case 'quit':
      return 'Quit?';
    case 'picker':
      return overlay.title;
  }
}

export function overlayFooter(state: UiState): string {
  const c = contextOf(state);
  if (c === 'confirm')
    return `${keysFor(c, 'yes')} go ahead · ${keysFor(c, 'no')} cancel · ${keysFor(c, 'down')} scroll`;
  if (c === 'pager') return `${keysFor(c, 'cancel')} close · ${keysFor(c, 'down')} scroll`;
  if (c === 'picker')
    return `type to filter or name a new service · ${keysFor(c, 'accept')} choose · ${keysFor(c, 'cancel')} cancel`;
  if (c === 'quit')
    return `${keysFor(c, 'yes')} quit · ${keysFor(c, 'writeQuit')} write and quit · ${keysFor(c, 'no')} stay`;
  return '';
}

/** What the picker offers: services (and the shared groups when moving) matching the text, then a new service. */
export function pickerChoices(
  session: PlanSession,
  overlay: Extract<Overlay, { kind: 'picker' }>,
  exclude?: string,
): string[] {
  const services = session.editor.model.services();
  const pool = overlay.purpose === 'move' ? [...services, REFERENCE, TECHNICAL] : services;
  const needle = overlay.text.toLowerCase();
  const out = pool.filter((g) => g !== exclude && g.toLowerCase().includes(needle));
  if (overlay.text && !services.includes(overlay.text)) out.push(`+ new service ${overlay.text}`);
  return out;
}

/** The lines of the details pane: the selected group's when the services pane was the last list used, else the table's. */
export function shownDetails(state: UiState, session: PlanSession): Row[] {
  const width = layout(state.size).widths[2] - 2;
  if (state.details === 'group') {
    const g = selectedGroup(state, session);
    return g === undefined ? [] : groupDetailLines(session, g, width);
  }
  const t = selectedTable(state, session);
  return t ? detailLines(session, t, width) : [];
}

/** Lines of text in the details pane of the current state (for scrolling limits). */
export function detailCount(state: UiState, session: PlanSession): number {
  return shownDetails(state, session).length;
}

export { groupList, selectedGroup, selectedTable, tableList };

/** What choosing an entry of the picker does. */
export function pickerAction(
  overlay: Extract<Overlay, { kind: 'picker' }>,
  choice: string,
  exclude: string | undefined,
): PlanAction {
  const target = choice.startsWith('+ new service ') ? overlay.text : choice;
  if (overlay.purpose === 'merge')
    return { kind: 'edit', edit: { op: 'merge', services: [exclude ?? ''], into: target } };
  if (target === REFERENCE || target === TECHNICAL)
    return {
      kind: 'edit',
      edit: { op: 'share', tables: overlay.tables, as: target === REFERENCE ? 'reference' : 'technical' },
    };
  return { kind: 'edit', edit: { op: 'move', tables: overlay.tables, to: target } };
}

/** A picker entry with what choosing it would do to the cost (previewed, nothing kept). */
export function pickerRow(
  session: PlanSession,
  overlay: Extract<Overlay, { kind: 'picker' }>,
  choice: string,
  exclude: string | undefined,
  width: number,
): string {
  const action = pickerAction(overlay, choice, exclude);
  const effect = session.cached(`preview/${formatAction(action)}`, () => {
    try {
      const delta = plainText(deltaSegments(session.preview(action)!.delta, session.scope));
      return delta || 'no change in cost';
    } catch (error) {
      return isSeamError(error) ? error.message : 'cannot';
    }
  });
  const name = fit(printable(choice), Math.min(32, Math.max(16, Math.floor(width / 3))));
  return fit(`${name}  ${effect}`, width);
}
