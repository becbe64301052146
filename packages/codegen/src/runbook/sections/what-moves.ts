import type { RunbookFacts } from '../facts.js';
import { fmtRows } from '../helpers.js';
import { code, table } from '../markdown.js';

/** The tables that move, and the reference copies kept. */
export function whatMovesSection(f: RunbookFacts): string[] {
  const { s, svc, copies, ref } = f;
  const out: string[] = [];
  out.push('## What moves', '');
  out.push(
    table(
      ['monolith table', `table in ${svc}`, 'rows (estimate)', 'notes'],
      s.owned.map((t) => {
        const notes: string[] = [];
        if (t.source.primaryKey.length === 0) notes.push('**no primary key: not replicated** (below)');
        if (t.columns.length !== t.source.columns.length)
          notes.push(`${t.columns.length} of ${t.source.columns.length} columns`);
        if (Object.keys(t.rename).length)
          notes.push(
            `renames ${Object.entries(t.rename)
              .map(([k, v]) => `${code(k)} → ${code(v)}`)
              .join(', ')}`,
          );
        return [code(t.key), code(t.name), fmtRows(t.source.rowEstimate), notes.join('; ')];
      }),
    ),
    '',
  );
  if (copies.length) {
    out.push(
      `Reference data kept as read-only copies (replicated for as long as the monolith owns it; shared with other services through one connector, ${code(ref?.names.connector ?? '')}): ${copies.map((t) => code(t.key)).join(', ')}.`,
      '',
    );
  }

  return out;
}
