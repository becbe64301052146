import { type Plan, SeamError } from '@seam/core';
import { describe, expect, it } from 'vitest';
import { deadLetterTopicOf, groupIdOf, parseReplicatorConfig } from './config.js';
import { configFromPlan } from './from-plan.js';
import { debeziumTopic } from './topic-name.js';

const plan: Plan = {
  format: 'seam.plan',
  version: 1,
  snapshot: { database: 'shop', dialect: 'postgres', fingerprint: 'sha256:x', tables: 2 },
  parameters: { seed: 1, resolution: 1 },
  services: [
    {
      name: 'billing',
      target: { schema: 'billing' },
      tables: [
        { table: 'public.invoices', as: 'bills', columns: ['id', 'total'], rename: { total: 'amount' } },
        { table: 'public."odd.name"' },
      ],
    },
  ],
  reference: [],
  technical: [],
  constraints: { pins: {}, together: [], apart: [] },
};

describe('configFromPlan', () => {
  it('maps the service’s tables, renames, subsets and target', () => {
    const config = parseReplicatorConfig(configFromPlan(plan, 'billing', { topicPrefix: 'shop' }));
    expect(config.tables).toEqual([
      { source: 'public.invoices', table: 'bills', columns: ['id', 'total'], rename: { total: 'amount' } },
      { source: 'public."odd.name"' },
    ]);
    expect(config.target).toMatchObject({
      urlEnv: 'SEAM_TARGET_BILLING_URL',
      schema: 'billing',
      createTables: true,
    });
    expect(config.source).toMatchObject({
      topicPrefix: 'shop',
      flavor: 'postgresql',
      decimalHandling: 'precise',
    });
    expect(groupIdOf(config)).toBe('seam-replicate-billing');
    expect(deadLetterTopicOf(config)).toBe('seam.dlq.billing');
    expect(config.apply).toMatchObject({ mode: 'batch', maxBatchEvents: 5000, onPoison: 'dead-letter' });
  });

  it('names the services when asked for one the plan does not have', () => {
    expect(() => configFromPlan(plan, 'ghost', { topicPrefix: 'shop' })).toThrow(/services: billing/);
  });
});

describe('parseReplicatorConfig', () => {
  it('names the bad field with SEAM_CONFIG_INVALID', () => {
    try {
      parseReplicatorConfig({ service: 'x', source: { topicPrefix: 'p' }, tables: [{ source: 'nodot' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SeamError);
      expect((error as SeamError).code).toBe('SEAM_CONFIG_INVALID');
      expect((error as SeamError).message).toContain('tables.0.source');
    }
  });
});

describe('unknown keys (issue 14.6)', () => {
  const base = { service: 'x', source: { topicPrefix: 'p' }, tables: [{ source: 'public.t' }] };
  const refused = (data: unknown): SeamError => {
    try {
      parseReplicatorConfig(data, 'replicator.yaml');
    } catch (error) {
      expect(error).toBeInstanceOf(SeamError);
      return error as SeamError;
    }
    return expect.unreachable('the configuration was accepted');
  };

  it('refuses a misspelt key with the closest valid name, never dropping it silently', () => {
    const e = refused({ ...base, apply: { onPoisen: 'fail' } });
    expect(e.code).toBe('SEAM_CONFIG_UNKNOWN_KEY');
    expect(e.message).toContain('apply.onPoisen: did you mean onPoison?');
    expect(e.hint).toContain('onSchemaChange');
    expect(refused({ ...base, metrcs: { port: 9464 } }).message).toContain('metrcs: did you mean metrics?');
    expect(refused({ ...base, tables: [{ source: 'public.t', colums: ['id'] }] }).message).toContain(
      'tables.0.colums: did you mean columns?',
    );
    expect(refused({ ...base, apply: { retry: { maxMS: 5 } } }).message).toContain('did you mean maxMs?');
  });

  it('names a key far from any valid one without a guess', () => {
    const e = refused({ ...base, kafka: { zookeeperQuorum: 'x' } });
    expect(e.message).toContain('kafka.zookeeperQuorum');
    expect(e.message).not.toContain('did you mean');
    expect(e.hint).toContain('brokers, groupId');
  });
});

describe('debeziumTopic', () => {
  it('replaces what Kafka does not allow, as Debezium does', () => {
    expect(debeziumTopic('shop', 'public', 'orders')).toBe('shop.public.orders');
    expect(debeziumTopic('shop', 'my schema', 'odd.name')).toBe('shop.my_schema.odd.name');
    expect(debeziumTopic('shop', 'public', 'Bestellungen_ä_🧾')).toBe('shop.public.Bestellungen_____');
    expect(debeziumTopic('p', 's', 'x'.repeat(300))).toHaveLength(249);
  });
});
