import type { ConnectClient } from '@seam/connect';
import { describe, expect, it } from 'vitest';
import { Barrier } from './barrier.js';

// Issue 14.1: under heavy writes the source connector is busy, not idle, and the generated
// connector already writes heartbeats: the reason must say what is true.
function fakeConnect(lsns: number[], config: Record<string, string>): ConnectClient {
  let i = 0;
  return {
    offsets: async () => ({
      offsets: [{ partition: {}, offset: { lsn: lsns[Math.min(i++, lsns.length - 1)] } }],
    }),
    config: async () => config,
  } as unknown as ConnectClient;
}

const reasonOf = async (lsns: number[], config: Record<string, string>) => {
  const barrier = new Barrier({
    connect: fakeConnect(lsns, config),
    connector: 'c',
    brokers: [],
    group: 'g',
    pollMs: 5,
  });
  const result = await barrier.wait({ kind: 'lsn', lsn: 1_000n }, Date.now() + 60);
  expect(result.passed).toBe(false);
  return (result as { reason: string }).reason;
};

describe('Barrier: why the source connector did not reach the position', () => {
  it('a connector whose offset moves is busy, not idle', async () => {
    const reason = await reasonOf(
      [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160],
      {},
    );
    expect(reason).toContain('busy source');
    expect(reason).not.toContain('heartbeat');
  });

  it('advises heartbeats only when the connector has none', async () => {
    expect(await reasonOf([10], {})).toContain('set heartbeat.interval.ms and heartbeat.action.query');
    const withHeartbeats = await reasonOf([10], {
      'heartbeat.interval.ms': '10000',
      'heartbeat.action.query': 'insert into seam_heartbeat values (1, now())',
    });
    expect(withHeartbeats).not.toContain('set heartbeat');
    expect(withHeartbeats).toContain('seam capture status');
  });
});
