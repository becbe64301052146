import { describeTie } from '@seam/analyzer';
import type { TableKey } from '@seam/core';
import { ALL, bytes, count, type PlanSession, REFERENCE, type Segment, TECHNICAL } from '@seam/plan';
import stringWidth from 'string-width';
import { layout } from '../state/layout.js';
import { selectedGroup, selectedTable, type UiState } from '../state/state.js';
import { notCarriedLines } from './not-carried.js';
import { fit, heading, plain, printable, type Row, wrap } from './text.js';

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
    const nameWidth = Math.min(24, Math.max(...cols.map((c) => stringWidth(printable(c.name))), 4));
    for (const c of cols)
      out.push(
        plain(
          fit(
            `  ${fit(printable(c.name), nameWidth)} ${pk.has(c.name) ? 'PK ' : ''}${printable(c.nativeType)}${c.nullable ? ' null' : ''}`,
            width,
          ),
        ),
      );

    out.push(...notCarriedLines(session, [table], width, 12));

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
    out.push(...notCarriedLines(session, session.tablesOf(group), width, 20));
    return out;
  });
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
