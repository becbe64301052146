import { readFileSync } from 'node:fs';
import { parse, stringify } from 'lossless-json';

/** Debezium events recorded from the real connectors by test/replicator/record-fixtures.ts. */
export interface RecordedEvent {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export interface Recording {
  prefix: string;
  database?: string;
  events: RecordedEvent[];
}

export function loadRecording(name: 'postgres' | 'mariadb'): Recording {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as Recording;
}

export const buf = (s: string | null) => (s === null ? null : Buffer.from(s, 'utf8'));

/** The same event as the JsonConverter writes it with schemas.enable=false. */
export function withoutSchema(s: string | null): string | null {
  if (s === null) return null;
  const parsed = parse(s) as { payload?: unknown };
  return stringify(parsed.payload) ?? null;
}
