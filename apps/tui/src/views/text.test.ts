import { oneServiceSession } from '@seam/plan/test-support';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { detailLines } from './details.js';
import { tableRow } from './lists.js';
import { fit, wrap } from './text.js';

describe('terminal text width', () => {
  it('fits to columns, not code points: CJK and emoji take two, combining marks none', () => {
    expect(fit('注文', 6)).toBe('注文  ');
    expect(stringWidth(fit('注文明細テーブル', 7))).toBe(7);
    expect(fit('注文明細テーブル', 7)).toBe('注文明…');
    expect(fit('注文明細', 6)).toBe('注文… ');
    expect(fit('café', 6, 'right')).toBe('  café');
    expect(fit('e\u0301te\u0301', 4)).toBe('e\u0301te\u0301 ');
    expect(stringWidth(fit('👩‍👩‍👧 family', 6))).toBe(6);
    expect(fit('orders', 4)).toBe('ord…');
  });

  it('wraps by columns', () => {
    const lines = wrap('注文 注文 注文 注文', 10);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(10);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('keeps a table row as wide as the pane whatever script its name is in', () => {
    const session = oneServiceSession([
      { name: 'orders', columns: ['id'] },
      { name: '注文明細', columns: ['id'] },
      { name: 'заказы', columns: ['id'] },
      { name: '🛒カート', columns: ['id'] },
    ]);
    const widths = ['public.orders', 'public.注文明細', 'public.заказы', 'public.🛒カート'].map((t) =>
      stringWidth(tableRow(session, t, 40, false)),
    );
    expect(widths).toEqual([40, 40, 40, 40]);
  });

  it('aligns the column list of a table whose column names are CJK or emoji', () => {
    const session = oneServiceSession([
      { name: '注文', columns: ['id', '注文番号:text', '🛒cart:text', 'note:text'] },
    ]);
    const lines = detailLines(session, 'public.注文', 60).map((row) => row.map((s) => s.text).join(''));
    const typeAt = ['注文番号', '🛒cart', 'note'].map((name) => {
      const line = lines.find((l) => l.trimStart().startsWith(name))!;
      return stringWidth(line.slice(0, line.lastIndexOf('text')));
    });
    expect(typeAt[0]).toBeGreaterThan(0);
    expect(typeAt).toEqual([typeAt[0], typeAt[0], typeAt[0]]);
  });
});
