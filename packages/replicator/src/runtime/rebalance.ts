import { SeamError } from '@seam/core';
import type { Admin, Consumer } from 'kafkajs';
import { partitionId, type TargetWriter } from '../apply/target.js';
import { topicPartitions } from '../kafka/kafka-client.js';
import type { Logger } from '../ops/logger.js';
import type { GroupOffsets } from './group-offsets.js';

export interface AssignmentContext {
  group: string;
  log: Logger;
  writer: TargetWriter;
  admin: Admin;
  consumer: Consumer;
  offsets: GroupOffsets;
  /** Transaction mode: every topic read (tables and transaction metadata), all of whose partitions it needs. */
  needsAll: string[] | undefined;
}

/** After a rebalance: reload what the target holds for our partitions, and start reading there. */
export async function onAssignment(
  ctx: AssignmentContext,
  assignment: Record<string, number[]>,
): Promise<void> {
  const assigned = Object.entries(assignment).flatMap(([topic, ps]) =>
    ps.map((p) => ({ topic, partition: p })),
  );
  ctx.log.info({ partitions: assigned.map((a) => `${a.topic}/${a.partition}`) }, 'partitions assigned');
  if (ctx.needsAll) {
    const owned = new Set(assigned.map((a) => partitionId(a.topic, a.partition)));
    const all = await topicPartitions(ctx.admin, ctx.needsAll);
    const foreign = all.filter((p) => !owned.has(partitionId(p.topic, p.partition)));
    if (foreign.length) {
      throw new SeamError(
        'SEAM_REPL_TX_SHARED',
        `Transaction mode needs every partition, but another member of group ${ctx.group} holds ${foreign
          .slice(0, 5)
          .map((p) => `${p.topic}/${p.partition}`)
          .join(', ')}.`,
      );
    }
  }
  const stored = await ctx.writer.readOffsets(ctx.group);
  for (const { topic, partition } of assigned) {
    const tp = partitionId(topic, partition);
    const next = stored.get(tp);
    if (next === undefined) continue;
    ctx.offsets.stored.set(tp, next);
    if (BigInt(next) > 0n) ctx.consumer.seek({ topic, partition, offset: next });
  }
}
