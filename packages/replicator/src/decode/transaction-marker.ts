import { DecodeError } from './decode-error.js';
import { ExactNumber, JsonMessageParser } from './json-text.js';

/** A record of the transaction metadata topic (`provide.transaction.metadata=true`). */
export interface TransactionMarker {
  status: 'BEGIN' | 'END';
  id: string;
  /** The transaction's identity across its BEGIN, END and data events (see transactionKey). */
  key: string;
  eventCount: number;
  /** Events per data collection (`schema.table` or `database.table`), END only. */
  collections: Map<string, number>;
}

/**
 * PostgreSQL ids are `txId:LSN`, and Debezium 3.6 puts each event's own LSN there, so only the
 * txId names the transaction. MySQL/MariaDB ids (a GTID, or `file=…,pos=…`) are used whole.
 */
export function transactionKey(id: string): string {
  const m = /^(\d+):\d+$/.exec(id);
  return m ? m[1]! : id;
}

const num = (v: unknown) => (typeof v === 'number' ? v : v instanceof ExactNumber ? Number(v.text) : 0);

export class TransactionMarkerDecoder {
  readonly #parser = new JsonMessageParser();

  decode(value: Buffer | null): TransactionMarker | undefined {
    if (!value) return undefined;
    const { payload } = this.#parser.parse(value);
    if (typeof payload !== 'object' || payload === null) throw new DecodeError('not a transaction record');
    const p = payload as Record<string, unknown>;
    if ((p.status !== 'BEGIN' && p.status !== 'END') || typeof p.id !== 'string') {
      throw new DecodeError('not a transaction record (needs status BEGIN/END and id)');
    }
    const collections = new Map<string, number>();
    if (Array.isArray(p.data_collections)) {
      for (const c of p.data_collections as Array<Record<string, unknown>>) {
        if (typeof c?.data_collection === 'string') collections.set(c.data_collection, num(c.event_count));
      }
    }
    return {
      status: p.status,
      id: p.id,
      key: transactionKey(p.id),
      eventCount: num(p.event_count),
      collections,
    };
  }
}
