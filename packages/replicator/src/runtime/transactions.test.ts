import type { KafkaMessage } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import type { Route } from '../apply/route.js';
import { partitionId } from '../apply/target.js';
import type { ChangeEvent } from '../decode/envelope.js';
import { transactionKey } from '../decode/transaction-marker.js';
import { positionsFor } from './applier.js';
import { TransactionAssembler } from './transactions.js';
import type { Unit } from './unit.js';

const message = (offset: number) => ({ offset: String(offset) }) as KafkaMessage;
const routeA = { topic: 'a' } as Route;
const routeB = { topic: 'b' } as Route;

function data(topic: 'a' | 'b', offset: number, tx?: string): Unit {
  const event = {
    op: 'c',
    key: null,
    before: null,
    after: { id: offset },
    source: undefined,
    transaction: tx ? { id: tx, totalOrder: 1, collectionOrder: 1 } : undefined,
    tsMs: 0,
    shape: undefined,
  } satisfies ChangeEvent;
  return {
    topic,
    partition: 0,
    offset: String(offset),
    message: message(offset),
    routes: [topic === 'a' ? routeA : routeB],
    event,
  };
}

function end(offset: number, id: string, counts: Record<string, number>): Unit {
  return {
    topic: 'tx',
    partition: 0,
    offset: String(offset),
    message: message(offset),
    routes: [],
    marker: {
      status: 'END',
      id,
      key: transactionKey(id),
      eventCount: Object.values(counts).reduce((a, b) => a + b, 0),
      collections: new Map(Object.entries(counts)),
    },
  };
}

function begin(offset: number, id: string): Unit {
  return {
    ...end(offset, id, {}),
    marker: { status: 'BEGIN', id, key: transactionKey(id), eventCount: 0, collections: new Map() },
  };
}

const assembler = () =>
  new TransactionAssembler(
    new Map([
      ['public.a', [partitionId('a', 0)]],
      ['public.b', [partitionId('b', 0)]],
    ]),
  );

describe('TransactionAssembler', () => {
  it('holds a transaction until its END and all its events are there, then releases it whole', () => {
    const asm = assembler();
    asm.push(data('a', 0, '700:100'));
    asm.push(begin(0, '700:90'));
    expect(asm.drain().units.map((u) => u.offset)).toEqual(['0']); // only the BEGIN
    asm.push(end(1, '700:120', { 'public.a': 1, 'public.b': 1 }));
    expect(asm.drain().units).toEqual([]); // b's event has not arrived
    asm.push(data('b', 0, '700:110'));
    const { units, cuts } = asm.drain();
    expect(units.map((u) => `${u.topic}@${u.offset}`)).toEqual(['a@0', 'b@0', 'tx@1']);
    expect(cuts).toEqual([3]);
  });

  it('releases transactions in commit order and lets snapshot reads through at once', () => {
    const asm = assembler();
    asm.push(data('a', 0));
    asm.push(data('a', 1, '5:1'));
    asm.push(data('a', 2, '6:1'));
    asm.push(data('b', 0, '6:2'));
    asm.push(end(0, '5:9', { 'public.a': 1 }));
    asm.push(end(1, '6:9', { 'public.a': 1, 'public.b': 1, 'other.table': 4 }));
    const { units, cuts } = asm.drain();
    expect(units.map((u) => `${u.topic}@${u.offset}`)).toEqual(['a@0', 'a@1', 'tx@0', 'a@2', 'b@0', 'tx@1']);
    expect(cuts).toEqual([1, 3, 6]);
  });

  it('takes a transaction replayed by a restarted connector along with the original', () => {
    const asm = assembler();
    asm.push(data('a', 0, '9:1'));
    asm.push(data('a', 1, '9:1'));
    asm.push(end(0, '9:5', { 'public.a': 1 }));
    expect(asm.drain().units.map((u) => u.offset)).toEqual(['0', '1', '0']);
    asm.push(data('a', 2, '9:1'));
    expect(asm.drain().units.map((u) => u.offset)).toEqual(['2']);
  });
});

describe('positionsFor', () => {
  it('gives each partition the offset of its first unit not applied, or where its stream goes on', () => {
    const units = [data('a', 5), data('b', 7), data('a', 6)];
    const tails = new Map([
      [partitionId('a', 0), '7'],
      [partitionId('b', 0), '8'],
    ]);
    const stored = new Map([
      [partitionId('a', 0), '5'],
      [partitionId('b', 0), '7'],
    ]);
    const at = positionsFor(units, tails, stored);
    expect(at(1).map((p) => [p.topic, p.first, p.next])).toEqual([['a', '5', '6']]);
    expect(at(2).map((p) => [p.topic, p.first, p.next])).toEqual([
      ['a', '5', '6'],
      ['b', '7', '8'],
    ]);
    expect(at(3).map((p) => [p.topic, p.next])).toEqual([
      ['a', '7'],
      ['b', '8'],
    ]);
  });
});
