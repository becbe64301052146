import { SeamError } from '../errors/seam-error.js';

/**
 * A table's name as one string: `schema.table` (PostgreSQL) or `database.table` (MySQL),
 * used in plans, reports and graphs. A part that holds a dot, a double quote, whitespace or
 * nothing is written in double quotes with " doubled, so every key parses back to its parts:
 * `public."odd.name"`, `"my schema"."a""b"`.
 */
export type TableKey = string;

export interface TableName {
  schema: string;
  name: string;
}

const PLAIN = /^[^."\s]+$/u;

function keyPart(part: string): string {
  return PLAIN.test(part) ? part : `"${part.replaceAll('"', '""')}"`;
}

export function tableKey(schema: string, name: string): TableKey {
  return `${keyPart(schema)}.${keyPart(name)}`;
}

export function tableKeyOf(table: TableName): TableKey {
  return tableKey(table.schema, table.name);
}

/** Splits a key into its parts; throws SEAM_PLAN_INVALID when it is not of the form above. */
export function parseTableKey(key: string): TableName {
  const parts: string[] = [];
  let i = 0;
  while (i <= key.length) {
    let part = '';
    if (key[i] === '"') {
      i++;
      for (;;) {
        if (i >= key.length) throw badKey(key);
        if (key[i] === '"') {
          if (key[i + 1] === '"') {
            part += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        part += key[i];
        i++;
      }
    } else {
      const dot = key.indexOf('.', i);
      const end = dot < 0 ? key.length : dot;
      part = key.slice(i, end);
      if (!PLAIN.test(part)) throw badKey(key);
      i = end;
    }
    parts.push(part);
    if (i === key.length) break;
    if (key[i] !== '.') throw badKey(key);
    i++;
  }
  if (parts.length !== 2) throw badKey(key);
  return { schema: parts[0]!, name: parts[1]! };
}

export function isTableKey(key: string): boolean {
  try {
    parseTableKey(key);
    return true;
  } catch {
    return false;
  }
}

function badKey(key: string): SeamError {
  return new SeamError('SEAM_PLAN_INVALID', `"${key}" is not a table name of the form schema.table.`, {
    hint: 'Write tables as schema.table; quote a part holding a dot or a space in double quotes: public."a.b".',
  });
}
