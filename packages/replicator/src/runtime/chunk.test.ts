import { describe, expect, it } from 'vitest';
import { ChangeSet } from '../apply/change-set.js';
import { everyTypeRoute } from '../apply/fixtures.js';
import { PostgresStatements } from '../apply/postgres/statements.js';
import type { Route } from '../apply/route.js';
import { parseReplicatorConfig } from '../config/config.js';
import type { ChangeEvent } from '../decode/envelope.js';
import { buf, loadRecording } from '../decode/fixtures.js';
import { createLogger } from '../ops/logger.js';
import { ChunkPacker, ChunkPreparer, type Message, topicDecoder } from './chunk.js';
import { DecodePool } from './decode-pool.js';

const source = parseReplicatorConfig({
  service: 's',
  source: { topicPrefix: 'p' },
  tables: [{ source: 'public.every_type' }],
}).source;

/** A vertical split of every_type: the route takes these columns and ignores the others. */
const route = (): Route =>
  everyTypeRoute(['id', 'c_varchar', 'c_big_text', 'c_int4'], {
    explicitColumns: true,
    integers: ['id', 'c_int4'],
  });

const messages: Message[] = loadRecording('postgres')
  .events.filter((e) => e.topic.endsWith('.every_type'))
  .slice(0, 11)
  .map((e) => ({ key: buf(e.key), value: buf(e.value) }));

/** What the main thread makes of the same messages. */
function onMainThread(r: Route) {
  const decoder = topicDecoder(source, r);
  const changes = new ChangeSet();
  for (const m of messages) changes.add(r, decoder.decode(m.key, m.value) as ChangeEvent);
  return new PostgresStatements().encode(changes);
}

describe('decoding chunks off the main thread', () => {
  it('cuts the repeated schema off the values and builds the same statements', () => {
    const packed = new ChunkPacker().pack('t', 0, [route()], messages);
    const total = messages.reduce((n, m) => n + (m.key?.length ?? 0) + (m.value?.length ?? 0), 0);
    expect(packed.prefixes).toHaveLength(1);
    const cut = [...packed.lengths].filter((_, i) => i % 3 === 2 && packed.lengths[i]! >= 0).length;
    expect(cut).toBe(messages.filter((m) => m.value).length);
    expect(packed.data.byteLength).toBe(total - cut * packed.prefixes[0]!.bytes.byteLength);
    const result = new ChunkPreparer(source, 'postgres').prepare(packed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.statements).toEqual(onMainThread(route()));
    expect(result.summary.events).toBe(11);
    expect(result.summary.ops.find((o) => o.op === 'r')?.count).toBeGreaterThan(0);
    expect(result.tailSource?.connector).toBe('postgresql');
  });

  it('hands back a chunk that needs care: a malformed event, a column the route does not know', () => {
    const preparer = new ChunkPreparer(source, 'postgres');
    const broken = [...messages, { key: null, value: Buffer.from('{"payload":') }];
    const bad = preparer.prepare(new ChunkPacker().pack('t', 0, [route()], broken));
    expect(bad).toMatchObject({ ok: false });
    const open = { ...route(), explicitColumns: false };
    expect(preparer.prepare(new ChunkPacker().pack('t', 0, [open], messages))).toEqual({
      ok: false,
      reason: 'new column',
    });
  });

  it('runs on a decode thread', async () => {
    const pool = new DecodePool(1, source, 'postgres', createLogger({ level: 'silent' }));
    try {
      const packer = new ChunkPacker();
      const first = await pool.prepare(packer.pack('t', 0, [route()], messages));
      const again = await pool.prepare(packer.pack('t', 0, [route()], messages));
      expect(first.ok && again.ok).toBe(true);
      if (first.ok) expect(first.statements).toEqual(onMainThread(route()));
    } finally {
      await pool.close();
    }
    // A worker thread loads the decoder (through tsx in a checkout) before its first chunk: seconds on a busy machine.
  }, 30_000);
});
