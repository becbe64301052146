import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { SeamError } from '../errors/seam-error.js';
import { printable } from '../text/terminal-text.js';

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  valueType?: unknown;
  in?: unknown;
}

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

/** The keys an object schema allows at a path of the parsed data (through arrays, records, optionals, defaults). */
export function keysAt(schema: unknown, path: PropertyKey[]): string[] {
  let def = defOf(schema);
  const steps = [...path];
  for (;;) {
    if (!def) return [];
    if (def.innerType !== undefined) def = defOf(def.innerType);
    else if (def.type === 'pipe') def = defOf(def.in);
    else if (steps.length === 0) return def.shape ? Object.keys(def.shape) : [];
    else {
      const step = steps.shift()!;
      if (def.type === 'object') def = defOf(def.shape?.[String(step)]);
      else if (def.type === 'array') def = defOf(def.element);
      else if (def.type === 'record') def = defOf(def.valueType);
      else return [];
    }
  }
}

/** The valid key a misspelt one most likely meant, if it is close enough to be a typo. */
export function suggestKey(key: string, valid: string[]): string | undefined {
  if (valid.length === 0) return undefined;
  const best = closest(
    key.toLowerCase(),
    valid.map((v) => v.toLowerCase()),
  );
  const match = valid.find((v) => v.toLowerCase() === best)!;
  return distance(key.toLowerCase(), best) <= Math.max(2, Math.floor(match.length / 3)) ? match : undefined;
}

export function unknownKeyError(
  schema: z.ZodType,
  path: PropertyKey[],
  keys: string[],
  what: string,
): SeamError {
  const valid = keysAt(schema, path);
  const at = path.length ? `${path.map(String).join('.')}.` : '';
  const parts = keys.map((k) => {
    const guess = suggestKey(k, valid);
    return `${printable(at + k)}${guess ? `: did you mean ${guess}?` : ''}`;
  });
  return new SeamError(
    'SEAM_CONFIG_UNKNOWN_KEY',
    `${what} has a key Seam does not know: ${parts.join('; ')}`,
    {
      hint: valid.length
        ? `Valid keys${path.length ? ` under ${path.map(String).join('.')}` : ''}: ${valid.join(', ')}. Unknown keys are refused, never ignored.`
        : 'Remove the key: unknown keys are refused, never ignored.',
    },
  );
}
