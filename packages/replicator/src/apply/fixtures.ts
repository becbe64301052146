import type { ColumnHint } from '../decode/column-hint.js';
import { makeRoute, type Route } from './route.js';
import type { TargetColumn } from './target.js';

/** For unit tests: a route of the recorded every_type table (decode/fixtures) into a target of these columns. */
export function everyTypeRoute(
  columns: string[],
  options: { rename?: Record<string, string>; explicitColumns?: boolean; integers?: string[] } = {},
): Route {
  const rename = options.rename ?? {};
  const integers = new Set(options.integers ?? ['id']);
  const targets = columns.map((c): TargetColumn => {
    const hint: ColumnHint = integers.has(c) ? { kind: 'integer' } : { kind: 'text' };
    const name = rename[c] ?? c;
    return {
      name,
      kind: hint.kind,
      sqlType: hint.kind,
      baseType: hint.kind,
      nullable: name !== 'id',
      hasDefault: false,
      hint,
    };
  });
  return makeRoute({
    topic: 't',
    source: 'public.every_type',
    collection: 'public.every_type',
    target: { schema: 'public', name: 'every_type', columns: targets, primaryKey: ['id'] },
    columns: columns.map((c, i) => ({ source: c, target: targets[i]! })),
    explicitColumns: options.explicitColumns ?? false,
    rename,
  });
}
