import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The replicator's Prometheus metrics, in a registry of its own (several replicators may share a process). */
export class ReplicatorMetrics {
  readonly registry = new Registry();
  readonly events: Counter<'topic' | 'op'>;
  readonly batches: Counter<'topic'>;
  readonly applySeconds: Histogram;
  readonly endToEndSeconds: Histogram;
  readonly lag: Gauge<'topic' | 'partition'>;
  readonly appliedOffset: Gauge<'topic' | 'partition'>;
  readonly deadLettered: Counter<'topic' | 'code'>;
  readonly retries: Counter<'code'>;
  readonly sourceTimestamp: Gauge<'topic'>;
  readonly sourceLsn: Gauge<'topic'>;
  readonly sourceBinlogPosition: Gauge<'topic'>;
  readonly up: Gauge;
  readonly tableStopped: Gauge<'table'>;

  constructor(labels: { service: string; group: string }) {
    const registers = [this.registry];
    this.registry.setDefaultLabels(labels);
    this.events = new Counter({
      name: 'seam_replicator_events_total',
      help: 'Change events applied (or skipped as already applied), by topic and operation.',
      labelNames: ['topic', 'op'],
      registers,
    });
    this.batches = new Counter({
      name: 'seam_replicator_batches_total',
      help: 'Target transactions committed.',
      labelNames: ['topic'],
      registers,
    });
    this.applySeconds = new Histogram({
      name: 'seam_replicator_apply_seconds',
      help: 'Time to apply one batch in the target (transaction included).',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.endToEndSeconds = new Histogram({
      name: 'seam_replicator_end_to_end_seconds',
      help: 'From the source commit (source.ts_ms) to the target commit, for the last event of each batch.',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers,
    });
    this.lag = new Gauge({
      name: 'seam_replicator_consumer_lag',
      help: 'Messages in the partition not yet applied (high watermark − next offset).',
      labelNames: ['topic', 'partition'],
      registers,
    });
    this.appliedOffset = new Gauge({
      name: 'seam_replicator_applied_offset',
      help: 'The next offset to apply, as committed in the target with the rows.',
      labelNames: ['topic', 'partition'],
      registers,
    });
    this.deadLettered = new Counter({
      name: 'seam_replicator_dead_letter_total',
      help: 'Events sent to the dead-letter topic, by origin topic and error code.',
      labelNames: ['topic', 'code'],
      registers,
    });
    this.retries = new Counter({
      name: 'seam_replicator_retries_total',
      help: 'Batches retried after a transient fault, by error code.',
      labelNames: ['code'],
      registers,
    });
    this.sourceTimestamp = new Gauge({
      name: 'seam_replicator_source_timestamp_seconds',
      help: 'Source commit time (source.ts_ms) of the last applied event.',
      labelNames: ['topic'],
      registers,
    });
    this.sourceLsn = new Gauge({
      name: 'seam_replicator_source_lsn',
      help: 'PostgreSQL LSN of the last applied event.',
      labelNames: ['topic'],
      registers,
    });
    this.sourceBinlogPosition = new Gauge({
      name: 'seam_replicator_source_binlog_position',
      help: 'MySQL/MariaDB binlog position (pos) of the last applied event; the file is in /status.',
      labelNames: ['topic'],
      registers,
    });
    this.up = new Gauge({
      name: 'seam_replicator_up',
      help: '1 while the replicator is running and applying, 0 while retrying or stopped.',
      registers,
    });
    this.tableStopped = new Gauge({
      name: 'seam_replicator_table_stopped',
      help: '1 for a source table no longer applied: its events stopped fitting the target (SEAM_REPL_SCHEMA_CHANGED).',
      labelNames: ['table'],
      registers,
    });
  }
}
