import { oneServiceSession } from '@seam/plan/test-support';
import { describe, expect, it } from 'vitest';
import { detailLines, groupDetailLines } from './details.js';

const text = (rows: ReturnType<typeof detailLines>) => rows.map((row) => row.map((s) => s.text).join(''));

describe('what a split does not carry, in the details pane', () => {
  const session = oneServiceSession([
    { name: 'film', columns: ['id', 'title:text'] },
    { name: 'actor', columns: ['id', 'name:text'] },
  ]);
  session.snapshot.objects = [
    {
      kind: 'trigger',
      schema: 'public',
      name: 'film_fulltext_trigger',
      tables: ['public.film'],
      definition: 'CREATE TRIGGER film_fulltext_trigger BEFORE INSERT OR UPDATE ON film …',
    },
    { kind: 'view', schema: 'public', name: 'film_list\u001b[2J', tables: ['public.film', 'public.actor'] },
    // Names no table and no trigger calls it: not listed (one naming a table is, for that table).
    { kind: 'function', schema: 'public', name: 'last_updated', tables: [] },
  ];

  it('lists each object on a table, with what the service team must do, names escaped', () => {
    const film = text(detailLines(session, 'public.film', 80));
    const at = film.findIndex((l) => l.startsWith('Not carried by a split'));
    expect(film[at]).toBe('Not carried by a split (2)');
    const section = film.slice(at, at + 8).join('\n');
    expect(section).toContain('trigger public.film_fulltext_trigger');
    expect(section).toMatch(/→ re-create what it does in the service/);
    expect(section).toContain('view public.film_list\\x1b[2J');
    expect(section).not.toContain('\u001b');
    const actor = text(detailLines(session, 'public.actor', 80));
    expect(actor.find((l) => l.startsWith('Not carried'))).toBe('Not carried by a split (1)');
  });

  it('sums them up for a service, naming the tables each is on', () => {
    const lines = text(groupDetailLines(session, 'app', 100));
    const at = lines.findIndex((l) => l.startsWith('Not carried by a split'));
    expect(lines[at]).toBe('Not carried by a split (2)');
    expect(lines[at + 1]).toBe('  1 trigger, 1 view');
    expect(lines.join('\n')).toMatch(/view public\.film_list.* \(on film, actor\)/);
  });

  it('says so when nothing depends on a table', () => {
    const bare = oneServiceSession([{ name: 'notes', columns: ['id', 'body:text'] }]);
    const lines = text(detailLines(bare, 'public.notes', 80));
    const at = lines.findIndex((l) => l.startsWith('Not carried by a split'));
    expect(lines[at]).toBe('Not carried by a split (0)');
    expect(lines[at + 1]).toMatch(/nothing: no trigger, rule, view or function/);
  });
});
