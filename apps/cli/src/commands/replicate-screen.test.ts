import type { ReplicatorStatus } from '@seam/replicator';
import { describe, expect, it } from 'vitest';
import { fit, renderStatus } from './replicate-screen.js';

const status: ReplicatorStatus = {
  service: 'billing',
  group: 'seam-replicate-billing',
  target: 'postgres://app@db:5432/billing',
  mode: 'batch',
  state: 'running',
  startedAt: '2026-01-01T00:00:00.000Z',
  events: { applied: 1234567, deadLettered: 2, perSecond: 54321.4 },
  partitions: [
    {
      topic: 'shop.public.orders',
      partition: 0,
      applied: '1234567',
      highWatermark: '1234600',
      lag: 33,
      source: { connector: 'postgresql', lsn: '24023128' },
    },
  ],
  tables: [
    {
      source: 'public.orders',
      target: 'public.orders',
      topic: 'shop.public.orders',
      applied: 1234567,
      snapshot: { rows: 500, done: false, estimate: 1000 },
    },
    {
      source: 'public."evil\u001b]52;x"',
      target: 'public.evil',
      topic: 't',
      applied: 0,
      snapshot: { rows: 0, done: false },
    },
  ],
  lastError: {
    code: 'SEAM_DB_CONNECTION_LOST',
    message: 'connection dropped',
    at: '2026-01-01T00:01:00.000Z',
  },
};

describe('renderStatus', () => {
  it('shows throughput, lag, positions, snapshot progress and the last error', () => {
    const text = renderStatus(status, 120, 40, Date.parse('2026-01-01T01:02:03Z')).join('\n');
    expect(text).toContain('RUNNING');
    expect(text).toContain('up 01:02:03');
    expect(text).toContain('54,321 events/s');
    expect(text).toContain('lag 33');
    expect(text).toContain('dead-lettered 2');
    expect(text).toContain('lsn 24023128');
    expect(text).toContain('500 / ~1,000 rows (50%)');
    expect(text).toContain('SEAM_DB_CONNECTION_LOST connection dropped');
  });

  it('never lets a control character through and fits the terminal', () => {
    const lines = renderStatus(status, 60, 10);
    expect(lines.join('\n')).not.toContain('\u001b');
    expect(lines.length).toBeLessThanOrEqual(9);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(60);
  });
});

describe('fit', () => {
  it('keeps a row aligned whatever the names hold: wide CJK and emoji take two columns', async () => {
    const { default: stringWidth } = await import('string-width');
    for (const name of [
      'public.orders',
      'public.注文明細',
      'public.🧾receipts',
      'public.' + '顧客'.repeat(40),
    ]) {
      const cell = fit(name, 24);
      expect(stringWidth(cell)).toBe(24);
    }
    expect(fit('public.注文明細テーブル_とても長い名前', 12)).toMatch(/…$/);
  });

  it('lines up the APPLIED column of a table with a CJK name under the header', () => {
    const wide: ReplicatorStatus = {
      ...status,
      tables: [{ ...status.tables[0]!, source: 'public.注文', target: 'public.注文' }],
    };
    const lines = renderStatus(wide, 120, 40);
    const header = lines.find((l) => l.includes('TABLE') && l.includes('APPLIED'))!;
    const row = lines.find((l) => l.includes('注文'))!;
    const col = (line: string, at: string) => {
      const i = line.indexOf(at);
      return [...line.slice(0, i)].reduce((w, ch) => w + (/[\u3000-\u9fff]/u.test(ch) ? 2 : 1), 0);
    };
    expect(col(row, '1,234,567') + '1,234,567'.length).toBe(col(header, 'APPLIED') + 'APPLIED'.length);
  });
});
