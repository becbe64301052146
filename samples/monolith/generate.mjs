// Regenerates the sample's files from model.mjs and workload.mjs (deterministic):
//   node samples/monolith/generate.mjs
import { writeFileSync } from 'node:fs';
import { ddl, model } from './ddl.mjs';
import { generateLog, rng } from './workload.mjs';

const dir = new URL('./', import.meta.url);
const write = (name, text) => writeFileSync(new URL(name, dir), text);

write('schema.postgres.sql', ddl('postgres'));
write('schema.mysql.sql', ddl('mysql'));
const log = generateLog();
write('workload/postgresql.log', log);

// truth.json: the domain each table was designed for.
const truth = {
  description: 'The intended domain of every table of the sample monolith (see README.md).',
  domains: Object.fromEntries(model.map((t) => [`public.${t.name}`, t.domain])),
};
write('truth.json', `${JSON.stringify(truth, null, 2)}\n`);

// stats.json: production-like sizes and counters that an empty embedded database cannot have.
// Rows by kind of table; counters scale with how often the workload touches each table.
const ROWS = {
  reference: 200,
  identity: 800_000,
  catalog: 120_000,
  inventory: 400_000,
  orders: 6_000_000,
  payments: 4_000_000,
  shipping: 3_000_000,
  reviews: 700_000,
  promotions: 500_000,
  support: 300_000,
  notifications: 9_000_000,
  cms: 20_000,
  analytics: 60_000_000,
  technical: 2_000_000,
};
const SPECIAL = {
  currencies: 160,
  countries: 249,
  locales: 42,
  order_statuses: 9,
  units_of_measure: 14,
  roles: 12,
  permissions: 140,
  role_permissions: 600,
  users: 2_400_000,
  accounts: 310_000,
  sla_policies: 4,
  notification_templates: 45,
  carriers: 9,
  shipping_methods: 31,
  delivery_zones: 420,
  tax_rates: 380,
  plans: 6,
  warehouses: 12,
  brands: 900,
  categories: 420,
  product_attributes: 70,
  tags: 1_800,
  schema_migrations: 640,
  app_settings: 85,
  jobs: 4_200,
  ab_experiments: 14,
  page_views: 920_000_000,
  analytics_events: 1_400_000_000,
  request_logs: 2_100_000_000,
  audit_log: 180_000_000,
};
const r = rng(11);
const counts = Object.fromEntries(
  model.map((t) => [t.name, { reads: 0, inserts: 0, updates: 0, deletes: 0 }]),
);
for (const line of log.split('\n')) {
  const at = line.indexOf('statement: ');
  if (at < 0) continue;
  const sql = line.slice(at + 11);
  const verb = sql.split(' ')[0].toUpperCase();
  for (const t of model) {
    const c = counts[t.name];
    if (verb === 'INSERT' && sql.startsWith(`INSERT INTO ${t.name} `)) c.inserts++;
    else if (verb === 'UPDATE' && sql.startsWith(`UPDATE ${t.name} `)) c.updates++;
    else if (verb === 'DELETE' && sql.startsWith(`DELETE FROM ${t.name} `)) c.deletes++;
    else if (sql.includes(` ${t.name} `)) c.reads++;
  }
}
const SCALE = 25_000; // the log is a sample of about 1/25,000 of a week of traffic
const stats = {
  description:
    'Production-like sizes and counters over one week (windowSeconds), overlaid on the introspected sample by loadSample().',
  windowSeconds: 7 * 24 * 3600,
  tables: Object.fromEntries(
    model.map((t) => {
      const rows = SPECIAL[t.name] ?? Math.round(ROWS[t.domain] * (0.3 + r() * 1.4));
      const width = 60 + t.columns.length * 18;
      const c = counts[t.name];
      return [
        `public.${t.name}`,
        {
          rows,
          bytes: Math.round(rows * width * 1.6 + 8192 * (1 + t.columns.length)),
          reads: c.reads * SCALE * 20,
          inserts: c.inserts * SCALE,
          updates: c.updates * SCALE,
          deletes: c.deletes * SCALE,
        },
      ];
    }),
  ),
};
write('stats.json', `${JSON.stringify(stats, null, 2)}\n`);
console.log(`${model.length} tables; log ${log.split('\n').length} lines`);
