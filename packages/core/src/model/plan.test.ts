import { describe, expect, it } from 'vitest';
import { SeamError } from '../errors/seam-error.js';
import { parsePlan, planToYaml } from './files.js';
import { PLAN_FORMAT, PLAN_VERSION, type Plan } from './plan.js';

function samplePlan(): Plan {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    snapshot: { database: 'shop', dialect: 'postgres', fingerprint: 'sha256:abc', tables: 6 },
    parameters: { seed: 7, resolution: 1.2, runs: 10 },
    services: [
      {
        name: 'orders',
        tables: [
          { table: 'public.orders' },
          { table: 'public.order_items', role: 'junction', confidence: 0.9 },
        ],
      },
      {
        name: 'billing',
        target: { dialect: 'mysql', database: 'billing' },
        move: { monolithCopies: 'projection' },
        tables: [
          { table: 'public.invoices' },
          { table: 'public."odd.name"', as: 'odd_name', columns: ['id', 'a"b'], rename: { 'a"b': 'ab' } },
        ],
      },
    ],
    reference: [
      {
        table: 'public.countries',
        reason: 'small lookup read by 2 services',
        consumers: ['orders', 'billing'],
      },
    ],
    technical: [{ table: 'public.schema_migrations', reason: 'migration bookkeeping' }],
    constraints: {
      pins: { 'public.orders': 'orders' },
      together: [['public.orders', 'public.order_items']],
      apart: [['public.orders', 'public.invoices']],
    },
  };
}

describe('plan.yaml', () => {
  it('round-trips exactly', () => {
    const yaml = planToYaml(samplePlan());
    const back = parsePlan(yaml);
    expect(planToYaml(back)).toBe(yaml);
    expect(back.services.find((s) => s.name === 'billing')?.move).toEqual({ monolithCopies: 'projection' });
    expect(back.services.find((s) => s.name === 'billing')?.tables[0]).toMatchObject({
      table: 'public."odd.name"',
    });
  });

  it('is stable whatever the input order', () => {
    const a = samplePlan();
    const b = samplePlan();
    b.services.reverse();
    b.services[0]!.tables.reverse();
    b.reference[0]!.consumers!.reverse();
    expect(planToYaml(b)).toBe(planToYaml(a));
  });

  it('writes services sorted by name and plain tables as plain strings', () => {
    const yaml = planToYaml(samplePlan());
    expect(yaml.indexOf('billing:')).toBeLessThan(yaml.indexOf('orders:'));
    expect(yaml).toContain('- public.invoices\n');
    expect(yaml).toContain('columns: [ id, a"b ]');
  });

  it('refuses a table owned twice without column subsets', () => {
    const p = samplePlan();
    p.services[1]!.tables.push({ table: 'public.orders' });
    expect(() => planToYaml(p)).toThrow(/placed more than once/);
  });

  it('names the bad field in a malformed plan', () => {
    const bad = planToYaml(samplePlan()).replace('seed: 7', 'seed: seven');
    try {
      parsePlan(bad, 'plan.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SeamError);
      expect((error as SeamError).code).toBe('SEAM_PLAN_INVALID');
      expect((error as SeamError).message).toContain('parameters.seed');
    }
  });

  it('refuses a misspelt key with the closest valid name', () => {
    const yaml = planToYaml(samplePlan());
    const bad = yaml.replace(/^( +)rename:/mu, '$1renames:');
    const withTypo = bad === yaml ? yaml.replace(/^( +)- table: /mu, '$1- tabel: x\n$1  table: ') : bad;
    try {
      parsePlan(withTypo, 'plan.yaml');
      expect.unreachable();
    } catch (error) {
      expect((error as SeamError).code).toBe('SEAM_CONFIG_UNKNOWN_KEY');
      expect((error as SeamError).message).toMatch(
        /services\.0\.tables\.0\.(renames: did you mean rename|tabel: did you mean table)\?/,
      );
    }
  });

  it('refuses YAML that is not a plan', () => {
    expect(() => parsePlan('just: [unclosed')).toThrow(SeamError);
    expect(() => parsePlan('')).toThrow(/empty/);
    expect(() => parsePlan('format: other\n')).toThrow(SeamError);
  });
});
