import type { ColumnHint } from '../../decode/column-hint.js';
import { EncodeError } from '../encode-error.js';

/** A value as PostgreSQL text input for a column of the given kind (null stays null). */
export function pgText(value: unknown, hint: ColumnHint): string | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
      if (hint.kind === 'bit' && !hint.varying && hint.length) return value.padStart(hint.length, '0');
      return value;
    case 'number':
      if (hint.kind === 'boolean') return value !== 0 ? 't' : 'f';
      return String(value);
    case 'boolean':
      if (hint.kind === 'bit') return value ? '1' : '0';
      if (hint.kind === 'integer' || hint.kind === 'decimal' || hint.kind === 'float')
        return value ? '1' : '0';
      return value ? 't' : 'f';
    case 'bigint':
      return value.toString();
    default:
      break;
  }
  if (Buffer.isBuffer(value)) {
    if (hint.kind === 'binary' || hint.kind === 'other') return `\\x${value.toString('hex')}`;
    if (hint.kind === 'uuid' && value.length === 16) {
      const h = value.toString('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }
    return value.toString('utf8');
  }
  if (Array.isArray(value)) {
    if (hint.kind === 'array') return pgArrayLiteral(value, hint.element ?? { kind: 'text' });
    return JSON.stringify(value, jsonReplacer);
  }
  throw new EncodeError(`cannot write ${Object.prototype.toString.call(value)} into a ${hint.kind} column`);
}

/** JSON for arrays written into JSON/text columns: bytes as base64, big numbers as text. */
export function jsonReplacer(_key: string, v: unknown): unknown {
  if (
    v &&
    typeof v === 'object' &&
    (v as { type?: unknown }).type === 'Buffer' &&
    Array.isArray((v as { data?: unknown }).data)
  ) {
    return Buffer.from((v as { data: number[] }).data).toString('base64');
  }
  return typeof v === 'bigint' ? v.toString() : v;
}

function quoteElement(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A PostgreSQL array literal: `{"a","b",NULL}`; nested arrays become nested braces. */
export function pgArrayLiteral(values: unknown[], element: ColumnHint): string {
  const parts = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (Array.isArray(v)) return pgArrayLiteral(v, element);
    return quoteElement(pgText(v, element) ?? '');
  });
  return `{${parts.join(',')}}`;
}
