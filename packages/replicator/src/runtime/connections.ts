import type { Admin, Consumer, Kafka, Producer } from 'kafkajs';
import type { TargetWriter } from '../apply/target.js';
import type { DecodePool } from './decode-pool.js';

/** Everything a replicator opens, as it opens it; closed together when it stops or fails to start. */
export class Connections {
  writer?: TargetWriter;
  kafka?: Kafka;
  admin?: Admin;
  consumer?: Consumer;
  producer?: Producer;
  pool?: DecodePool;
  ops?: { url: string; close(): Promise<void> };

  async close(): Promise<void> {
    await this.consumer?.disconnect().catch(() => {});
    await this.producer?.disconnect().catch(() => {});
    await this.admin?.disconnect().catch(() => {});
    await this.pool?.close();
    await this.ops?.close().catch(() => {});
    await this.writer?.close().catch(() => {});
  }
}
