import { z } from 'zod';

/**
 * An engine-neutral description of a column's type, so that code generation, the replicator
 * and parity can map a column between PostgreSQL and MySQL/MariaDB without re-parsing
 * native type names. `nativeType` on the column keeps the exact source spelling.
 */
export const logicalTypeSchema: z.ZodType<LogicalType> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('boolean') }),
    z.object({
      kind: z.literal('integer'),
      bytes: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(8)]),
      unsigned: z.boolean().optional(),
      autoIncrement: z.boolean().optional(),
    }),
    z.object({
      kind: z.literal('decimal'),
      precision: z.number().int().positive().optional(),
      scale: z.number().int().nonnegative().optional(),
      unsigned: z.boolean().optional(),
    }),
    z.object({ kind: z.literal('float'), bytes: z.union([z.literal(4), z.literal(8)]) }),
    z.object({
      kind: z.literal('text'),
      length: z.number().int().positive().optional(),
      fixed: z.boolean().optional(),
      charset: z.string().optional(),
      collation: z.string().optional(),
    }),
    z.object({
      kind: z.literal('binary'),
      length: z.number().int().positive().optional(),
      fixed: z.boolean().optional(),
    }),
    z.object({ kind: z.literal('date') }),
    z.object({
      kind: z.literal('time'),
      precision: z.number().int().min(0).max(9).optional(),
      withTimeZone: z.boolean().optional(),
    }),
    z.object({
      kind: z.literal('timestamp'),
      precision: z.number().int().min(0).max(9).optional(),
      withTimeZone: z.boolean(),
    }),
    z.object({ kind: z.literal('interval') }),
    z.object({ kind: z.literal('year') }),
    z.object({ kind: z.literal('json'), binary: z.boolean().optional() }),
    z.object({ kind: z.literal('uuid') }),
    z.object({ kind: z.literal('enum'), values: z.array(z.string()), name: z.string().optional() }),
    z.object({ kind: z.literal('set'), values: z.array(z.string()) }),
    z.object({
      kind: z.literal('bit'),
      length: z.number().int().positive(),
      varying: z.boolean().optional(),
    }),
    z.object({ kind: z.literal('array'), element: logicalTypeSchema }),
    z.object({ kind: z.literal('other'), native: z.string() }),
  ]),
);

export type LogicalType =
  | { kind: 'boolean' }
  | { kind: 'integer'; bytes: 1 | 2 | 3 | 4 | 8; unsigned?: boolean; autoIncrement?: boolean }
  | { kind: 'decimal'; precision?: number; scale?: number; unsigned?: boolean }
  | { kind: 'float'; bytes: 4 | 8 }
  | { kind: 'text'; length?: number; fixed?: boolean; charset?: string; collation?: string }
  | { kind: 'binary'; length?: number; fixed?: boolean }
  | { kind: 'date' }
  | { kind: 'time'; precision?: number; withTimeZone?: boolean }
  | { kind: 'timestamp'; precision?: number; withTimeZone: boolean }
  | { kind: 'interval' }
  | { kind: 'year' }
  | { kind: 'json'; binary?: boolean }
  | { kind: 'uuid' }
  | { kind: 'enum'; values: string[]; name?: string }
  | { kind: 'set'; values: string[] }
  | { kind: 'bit'; length: number; varying?: boolean }
  | { kind: 'array'; element: LogicalType }
  | { kind: 'other'; native: string };

export type LogicalKind = LogicalType['kind'];
