import { createHash } from 'node:crypto';

/**
 * A value PostgreSQL did not send: an unchanged TOASTed column (REPLICA IDENTITY DEFAULT).
 * It is never written; the target keeps what it has.
 */
export const UNAVAILABLE: unique symbol = Symbol('seam.unavailable');
export type Unavailable = typeof UNAVAILABLE;

export const DEFAULT_PLACEHOLDER = '__debezium_unavailable_value';

/** java.util.UUID.nameUUIDFromBytes: an MD5 (version 3) UUID of the bytes. */
function nameUuid(bytes: Buffer): string {
  const md5 = createHash('md5').update(bytes).digest();
  md5[6] = (md5[6]! & 0x0f) | 0x30;
  md5[8] = (md5[8]! & 0x3f) | 0x80;
  const hex = md5.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * How the placeholder looks for each type (Debezium's UnchangedToastedPlaceholder): the text
 * itself, its bytes in base64, a one-element list of either, its bytes as a list of numbers,
 * the name-UUID of its bytes, and an hstore of it.
 */
export class Placeholders {
  readonly text: string;
  readonly base64: string;
  readonly uuid: string;
  readonly hstoreJson: string;
  readonly #numbers: number[];

  constructor(placeholder = DEFAULT_PLACEHOLDER) {
    // `hex:` prefixed placeholders give the bytes in hex (Debezium's unavailable.value.placeholder).
    const bytes = placeholder.startsWith('hex:')
      ? Buffer.from(placeholder.slice(4), 'hex')
      : Buffer.from(placeholder, 'utf8');
    this.text = bytes.toString('utf8');
    this.base64 = bytes.toString('base64');
    this.uuid = nameUuid(bytes);
    this.#numbers = [...bytes];
    this.hstoreJson = JSON.stringify({ [this.text]: this.text });
  }

  isText(raw: unknown): boolean {
    return raw === this.text || raw === this.hstoreJson;
  }

  isBytes(raw: unknown): boolean {
    return raw === this.base64;
  }

  /** A list holding only the placeholder, in any of its element encodings. */
  isList(raw: unknown): boolean {
    if (!Array.isArray(raw)) return false;
    if (raw.length === 1) {
      const only = raw[0];
      return only === this.text || only === this.base64 || only === this.uuid;
    }
    if (raw.length !== this.#numbers.length) return false;
    for (let i = 0; i < raw.length; i++) if (Number(raw[i]) !== this.#numbers[i]) return false;
    return true;
  }

  /** hstore in map mode: {placeholder: placeholder}. */
  isMap(raw: unknown): boolean {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
    const keys = Object.keys(raw);
    return (
      keys.length === 1 && keys[0] === this.text && (raw as Record<string, unknown>)[this.text] === this.text
    );
  }
}
