import { bigSession, oneServiceSession, shopSession } from '@seam/plan/test-support';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Controller } from '../state/controller.js';
import { layout } from '../state/layout.js';
import { OverlayBox } from './overlay.js';
import { DetailsPane, GroupsPane, TablesPane } from './panes.js';

const size = { columns: 120, rows: 30 };

function at(keys: string[], session = shopSession()) {
  const c = new Controller(session, size);
  c.press(keys);
  return c;
}

const lines = (frame: string | undefined) => (frame ?? '').split('\n');

describe('services pane', () => {
  it('lists the services with their figures, the cursor marked without colour, the focus by border and ▶', () => {
    const c = at(['j', 'j']);
    const frame = render(<GroupsPane state={c.state} session={c.session} />).lastFrame()!;
    expect(frame).toContain('▶ 1 Services 3/9');
    expect(frame).toContain('╔');
    expect(frame).toMatch(/› invoices +4 +\d+/);
    expect(frame).toMatch(/ {2}\(all tables\) +29/);
    expect(lines(frame)).toHaveLength(layout(size).paneHeight);
    const unfocused = at(['tab']);
    const other = render(<GroupsPane state={unfocused.state} session={unfocused.session} />).lastFrame()!;
    expect(other).toContain('┌');
    expect(other).not.toContain('▶');
  });

  it('shows the filter being typed', () => {
    const c = at(['/', 'i', 'n']);
    expect(render(<GroupsPane state={c.state} session={c.session} />).lastFrame()).toContain('1/1  /in');
  });
});

describe('tables pane', () => {
  it('lists the tables of the selected service with role, rows, marks and pins', () => {
    const c = at(['G', 'k', 'k', 'tab', ' ', 'k', 'p']);
    const frame = render(<TablesPane state={c.state} session={c.session} />).lastFrame()!;
    expect(frame).toContain('▶ 2 users 1/6');
    expect(frame).toMatch(/›\*payment_methods +p ent/);
    expect(frame).toMatch(/ {2}roles +ent +20/);
    expect(frame).toMatch(/ {2}user_profiles +ext/);
    expect(frame).toMatch(/ {2}users +hub +50\.0k/);
  });

  it('shows each table’s service in "all tables", and says when the filter hides everything', () => {
    const c = at(['2', '/', 'r', 'e', 'f']);
    const frame = render(<TablesPane state={c.state} session={c.session} />).lastFrame()!;
    expect(frame).toMatch(/refunds +ent invoices/);
    const none = at(['j', 'j', '2', '/', 'z', 'z']);
    expect(render(<TablesPane state={none.state} session={none.session} />).lastFrame()).toContain(
      'no match here; see (all tables)',
    );
  });

  it('renders only the visible window of 10,000 tables', () => {
    const session = bigSession(10_000);
    const c = at(['j', 'tab'], session);
    const frame = render(<TablesPane state={c.state} session={c.session} />).lastFrame()!;
    const rows = lines(frame).filter((l) => /t\d{5}/.test(l));
    expect(rows).toHaveLength(layout(size).listRows);
    expect(frame).toContain('1/10,000');
    c.press(['G']);
    const end = render(<TablesPane state={c.state} session={c.session} />).lastFrame()!;
    expect(end).toContain('10,000/10,000');
    expect(end).toContain('› t09999');
    expect(end).not.toContain('t00000');
  });
});

describe('details pane', () => {
  it('shows where the table is and why, its columns, references, what crosses, the workload and ties', () => {
    const c = at(['2', '/', ...'orders', 'enter']);
    const all = render(<DetailsPane state={c.state} session={c.session} />);
    const frame = all.lastFrame()!;
    expect(frame).toContain('public.orders');
    expect(frame).toContain('entity · in orders');
    expect(frame).toContain('Why here');
    expect(frame).toContain('public.orders is in orders for its ties to');
    expect(frame).toMatch(/Columns \(\d+\)/);
    // Scroll to the end: references that cross are marked ✗ with the service at the other end.
    c.press(['3', 'G']);
    const end = render(<DetailsPane state={c.state} session={c.session} />).lastFrame()!;
    expect(end).toMatch(/Workload \(\d+ statements?\)/);
    expect(end).toContain('Strongest ties');
    c.press(['g']);
    const text = [] as string[];
    for (let i = 0; i < 10; i++) {
      text.push(render(<DetailsPane state={c.state} session={c.session} />).lastFrame()!);
      c.press(['pagedown']);
    }
    const joined = text.join('\n');
    expect(joined).toMatch(/✗ \(user_id\) → users\(id\) \[users\]/);
    expect(joined).toMatch(/Crossing the boundary \(\d+\)/);
    expect(joined).toMatch(/✗ users in users \(tie/);
  });

  it('after the services pane, shows the service: figures, boundary cost, costliest boundaries with remedies', () => {
    const c = at(['j', 'j']);
    const frame = render(<DetailsPane state={c.state} session={c.session} />).lastFrame()!;
    expect(frame).toContain('3 The service');
    expect(frame).toMatch(/invoices\s/);
    expect(frame).toMatch(/4 tables · [\d.]+k? rows/);
    expect(frame).toContain('Boundary cost');
    expect(frame).toMatch(/Boundaries \(\d+, costliest first\)/);
    expect(frame).toMatch(/✗ \S+ ↔ \S+: \d+ FKs?/);
    const plan = at([]);
    const overview = render(<DetailsPane state={plan.state} session={plan.session} />).lastFrame()!;
    expect(overview).toContain('3 The plan');
    expect(overview).toMatch(/6 services · 29 tables · 1 reference/);
    expect(overview).toMatch(/Costliest boundaries \(\d+\)/);
    const shared = at(['G', 'k']);
    expect(render(<DetailsPane state={shared.state} session={shared.session} />).lastFrame()).toContain(
      'public.currencies is reference',
    );
  });

  it('shows control characters of hostile names as escapes, never as terminal commands', () => {
    const session = oneServiceSession([
      { name: 'evil\x1b]52;c;aGk=\x07', columns: ['id', 'bad\rcol:text'] },
      { name: 'plain', columns: ['id'] },
    ]);
    const c = at(['j', 'tab'], session);
    const tables = render(<TablesPane state={c.state} session={session} />).lastFrame()!;
    const details = render(<DetailsPane state={c.state} session={session} />).lastFrame()!;
    for (const frame of [tables, details]) {
      expect(frame).toContain('evil\\x1b]52');
      expect(frame).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    }
    expect(details).toContain('public.evil\\x1b]52;c;aGk=\\x07');
    expect(details).toContain('bad\\x0dcol');
  });
});

describe('overlays', () => {
  it('the picker previews what moving there costs', () => {
    const c = at(['2', '/', ...'refunds', 'enter', 'm']);
    const frame = render(<OverlayBox state={c.state} session={c.session} />).lastFrame()!;
    expect(frame).toContain('Move refunds to…');
    expect(frame).toMatch(/› activity-feed +x-FKs \+\d ✗/);
    expect(frame).toMatch(/invoices +no change in cost/);
    expect(frame).toContain('(reference)');
    c.press([...'zz']);
    expect(render(<OverlayBox state={c.state} session={c.session} />).lastFrame()).toContain(
      '› + new service zz',
    );
  });

  it('a confirmation shows why and the cost, help lists keys, the log lists edits as commands', () => {
    const c = at(['2', '/', ...'users', 'enter', 'm', ...'orders', 'enter']);
    const confirm = render(<OverlayBox state={c.state} session={c.session} />).lastFrame()!;
    expect(confirm).toContain('This edit reaches far. Apply it?');
    expect(confirm).toContain('moves public.users, a hub many tables reference');
    expect(confirm).toMatch(/x-FKs +\d+ → +\d+/);
    expect(confirm).toContain('Enter/y go ahead · Esc/n cancel');
    c.press(['y', '?']);
    expect(render(<OverlayBox state={c.state} session={c.session} />).lastFrame()).toContain(
      'next row (details: scroll)',
    );
    c.press(['escape', '@']);
    expect(render(<OverlayBox state={c.state} session={c.session} />).lastFrame()).toContain(
      ':move orders public.users',
    );
  });
});
