import { describe, expect, it } from 'vitest';
import { quoteWord, tokenize } from './tokens.js';
import {
  complete,
  formatAction,
  noContext,
  type PlanAction,
  parseCommand,
  VERBS,
  type VerbContext,
} from './verbs.js';

const ui: VerbContext = {
  tables: () => ['public.orders', 'public.order_items'],
  service: () => 'orders',
  serviceOf: (t) => (t.startsWith('public.order') ? 'orders' : null),
  table: (name) => (name.includes('.') ? name : `public.${name}`),
  targetOf: (service) => (service === 'orders' ? { dialect: 'mysql', database: 'orders_db' } : undefined),
};

describe('tokenize', () => {
  it('splits on spaces, groups quotes, escapes, and says whether the last word is open', () => {
    expect(tokenize('move  billing "a b" c\\ d')).toEqual({
      words: ['move', 'billing', 'a b', 'c d'],
      open: true,
    });
    expect(tokenize("x 'it''s' ")).toEqual({ words: ['x', 'its'], open: false });
    expect(tokenize('')).toEqual({ words: [], open: false });
  });

  it('quotes what would not survive a round trip', () => {
    for (const w of ['public.orders', 'a b', 'say "hi"', '', 'back\\slash', 'x\ny'])
      expect(tokenize(quoteWord(w)).words).toEqual([w]);
    expect(quoteWord('public.orders')).toBe('public.orders');
  });
});

describe('parseCommand', () => {
  it('parses every edit verb with explicit arguments, as `seam plan <verb>` gets them', () => {
    expect(parseCommand('move billing public.a public.b')).toEqual({
      kind: 'edit',
      edit: { op: 'move', tables: ['public.a', 'public.b'], to: 'billing' },
    });
    expect(parseCommand(':share reference public.a')).toMatchObject({
      edit: { op: 'share', as: 'reference' },
    });
    expect(parseCommand('create billing')).toEqual({
      kind: 'edit',
      edit: { op: 'create', service: 'billing' },
    });
    expect(parseCommand('rename orders sales')).toMatchObject({
      edit: { op: 'rename', service: 'orders', to: 'sales' },
    });
    expect(parseCommand('merge orders carts wishlists')).toMatchObject({
      edit: { op: 'merge', services: ['carts', 'wishlists'], into: 'orders' },
    });
    expect(parseCommand('pin payments public.refunds')).toMatchObject({
      edit: { op: 'pin', table: 'public.refunds', service: 'payments' },
    });
    expect(parseCommand('unpin public.refunds')).toMatchObject({ edit: { op: 'pin', service: null } });
    expect(parseCommand('together --remove public.a public.b')).toMatchObject({
      edit: { op: 'together', tables: ['public.a', 'public.b'], remove: true },
    });
    expect(parseCommand('apart public.a public.b')).toMatchObject({
      edit: { op: 'apart', tables: ['public.a', 'public.b'] },
    });
    expect(parseCommand('recluster --seed 7 --resolution=1.5')).toEqual({
      kind: 'recluster',
      seed: 7,
      resolution: 1.5,
    });
    expect(parseCommand('wq')).toEqual({ kind: 'write', quit: true });
    expect(parseCommand('q!')).toEqual({ kind: 'quit', force: true });
    expect(parseCommand('w other.yaml')).toEqual({ kind: 'write', path: 'other.yaml' });
  });

  it('takes the marked tables and the selected service from the UI when they are left out', () => {
    expect(parseCommand('move billing', ui)).toMatchObject({
      edit: { op: 'move', tables: ['public.orders', 'public.order_items'], to: 'billing' },
    });
    expect(parseCommand('rename sales', ui)).toMatchObject({
      edit: { op: 'rename', service: 'orders', to: 'sales' },
    });
    expect(parseCommand('merge users', ui)).toMatchObject({
      edit: { op: 'merge', services: ['orders'], into: 'users' },
    });
    expect(parseCommand('split fulfilment', ui)).toMatchObject({
      edit: {
        op: 'split',
        service: 'orders',
        tables: ['public.orders', 'public.order_items'],
        into: 'fulfilment',
      },
    });
    expect(parseCommand('move billing orders', ui)).toMatchObject({ edit: { tables: ['public.orders'] } });
    expect(parseCommand('pin billing orders', ui)).toMatchObject({
      edit: { table: 'public.orders', service: 'billing' },
    });
  });

  it('refuses what it cannot do with SEAM_USAGE and the verb usage as hint', () => {
    const usage = (line: string, ctx = noContext) => {
      try {
        parseCommand(line, ctx);
      } catch (error) {
        return {
          code: (error as { code: string }).code,
          message: (error as Error).message,
          hint: (error as { hint?: string }).hint,
        };
      }
      return null;
    };
    expect(usage('move billing')).toMatchObject({
      code: 'SEAM_USAGE',
      hint: 'Usage: move <service> [tables...]',
    });
    expect(usage('frobnicate')).toMatchObject({
      code: 'SEAM_USAGE',
      message: 'There is no verb "frobnicate".',
    });
    expect(usage('share shared public.a')?.message).toContain('reference');
    expect(usage('recluster --seed x')?.message).toContain('--seed must be an integer');
    expect(usage('recluster --colour red')?.message).toContain('no option --colour');
    expect(usage('apart public.a')?.message).toContain('exactly two');
    expect(usage('merge orders', ui)?.message).toContain('Nothing to merge');
    expect(usage('split x public.orders public.users', ui)?.message).toContain('one service');
    expect(usage('')?.code).toBe('SEAM_USAGE');
  });

  it('formats every action back to a command that parses to the same action', () => {
    const actions: PlanAction[] = [
      { kind: 'edit', edit: { op: 'move', tables: ['public.a', 'public.b c'], to: 'billing' } },
      { kind: 'edit', edit: { op: 'share', tables: ['public.a'], as: 'technical' } },
      { kind: 'edit', edit: { op: 'create', service: 'x' } },
      { kind: 'edit', edit: { op: 'rename', service: 'x', to: 'y' } },
      { kind: 'edit', edit: { op: 'merge', services: ['a', 'b'], into: 'c' } },
      { kind: 'edit', edit: { op: 'pin', table: 'public.a', service: 'x' } },
      { kind: 'edit', edit: { op: 'pin', table: 'public.a', service: null } },
      { kind: 'edit', edit: { op: 'together', tables: ['public.a', 'public.b'], remove: true } },
      { kind: 'edit', edit: { op: 'apart', tables: ['public.a', 'public.b'] } },
      { kind: 'recluster', seed: 3, resolution: 0.5 },
      { kind: 'undo' },
      { kind: 'redo' },
      { kind: 'write', path: 'p.yaml', quit: true },
    ];
    for (const a of actions) expect(parseCommand(formatAction(a))).toEqual(a);
    const split: PlanAction = {
      kind: 'edit',
      edit: { op: 'split', service: 'orders', tables: ['public.orders'], into: 'f' },
    };
    expect(parseCommand(formatAction(split), ui)).toEqual(split);
  });

  it('offers each CLI verb once, with a usage and a summary', () => {
    const names = VERBS.flatMap((v) => [v.name, ...(v.aliases ?? [])]);
    expect(new Set(names).size).toBe(names.length);
    for (const v of VERBS) expect(v.usage.startsWith(v.name)).toBe(true);
    expect(VERBS.filter((v) => v.cli).map((v) => v.name)).toEqual([
      'move',
      'share',
      'create',
      'rename',
      'merge',
      'split',
      'pin',
      'unpin',
      'together',
      'apart',
      'target',
      'alias',
      'recluster',
    ]);
  });

  it("sets a service's target, keeping the fields it does not name", () => {
    expect(parseCommand('target --database orders2', ui)).toEqual({
      kind: 'edit',
      edit: { op: 'target', service: 'orders', target: { dialect: 'mysql', database: 'orders2' } },
    });
    expect(parseCommand(['target', 'billing', '--dialect', 'postgres', '--schema', 'bill'], ui)).toEqual({
      kind: 'edit',
      edit: { op: 'target', service: 'billing', target: { dialect: 'postgres', schema: 'bill' } },
    });
    expect(parseCommand('target orders --clear', ui)).toEqual({
      kind: 'edit',
      edit: { op: 'target', service: 'orders', target: null },
    });
    expect(() => parseCommand('target orders --dialect oracle', ui)).toThrow(/postgres, mysql/);
    expect(() => parseCommand('target orders', ui)).toThrow(/needs --dialect/);
    expect(() => parseCommand('target orders --clear --database x', ui)).toThrow(/alone/);
    const set = parseCommand('target orders --flavor mariadb --database "a b"', ui);
    expect(parseCommand(formatAction(set), ui)).toEqual(set);
  });

  it('names a table differently in its service, and back', () => {
    expect(parseCommand('alias public.Orders orders_upper', ui)).toEqual({
      kind: 'edit',
      edit: { op: 'alias', table: 'public.Orders', as: 'orders_upper' },
    });
    expect(parseCommand('as --clear public.Orders', ui)).toEqual({
      kind: 'edit',
      edit: { op: 'alias', table: 'public.Orders', as: null },
    });
    expect(() => parseCommand('alias', ui)).toThrow(/table and its new name/);
    for (const line of ['alias public.Orders "x y"', 'alias --clear public.Orders']) {
      const a = parseCommand(line, ui);
      expect(parseCommand(formatAction(a), ui)).toEqual(a);
    }
  });
});

describe('complete', () => {
  const source = {
    services: () => ['orders', 'order-history', 'payments'],
    tables: () => ['public.orders', 'public.payments'],
  };
  it('completes verbs, then services or tables by argument position, then flags', () => {
    expect(complete('mo', source)).toEqual({ line: 'move ', candidates: ['move'] });
    expect(complete('move ord', source)).toEqual({
      line: 'move order',
      candidates: ['orders', 'order-history'],
    });
    expect(complete('move pay', source).line).toBe('move payments ');
    expect(complete('move payments public.o', source).line).toBe('move payments public.orders ');
    expect(complete('share r', source).line).toBe('share reference ');
    expect(complete('recluster --s', source).line).toBe('recluster --seed ');
    expect(complete('zzz ', source).candidates).toEqual([]);
    expect(complete('move xyz', source)).toEqual({ line: 'move xyz', candidates: [] });
  });
});
