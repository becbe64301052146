import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type GenerateResult, generate, writeGenerated } from '@seam/codegen';
import { emptyWorkload, type NotCarried, planToYaml } from '@seam/core';
import { introspect } from '@seam/introspect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import { createMysqlDatabase, createPgDatabase, type TestMysql, type TestPg } from '../helpers/index.js';
import { planFor } from './plan-for.js';
import { tempDir } from './sample.js';

/**
 * What is not carried is listed, and what can be carried is. A PostgreSQL monolith with what the
 * DVD-rental sample holds — a domain with a CHECK, a CHECK constraint, a trigger maintaining a
 * column through a function, a GiST index on a tsvector, an exclusion constraint, a generated
 * column, an expression default, a view over a moved table, a rule routing inserts — read by
 * `seam analyze`, then `seam generate` to a PostgreSQL service: the CHECKs become CHECKs the
 * service's database enforces, the rest is listed per service (analyze --json, generate --json,
 * the runbook) with what to do, and `drop-tables` refuses while the view reads a table it drops.
 */

const SCHEMA = `
create domain year as integer constraint year_check check (value >= 1901 and value <= 2155);
create table film (
  film_id serial primary key,
  title text not null,
  release_year year,
  rental_rate numeric(4,2) not null default 4.99 check (rental_rate >= 0),
  fulltext tsvector,
  title_upper text generated always as (upper(title)) stored,
  code text not null default md5(random()::text),
  during tsrange,
  last_update timestamp not null default now(),
  exclude using gist (during with &&)
);
create index film_fulltext_idx on film using gist (fulltext);
create function last_updated() returns trigger language plpgsql as $$ begin new.last_update = now(); return new; end $$;
create trigger last_updated before update on film for each row execute function last_updated();
create view film_list as select film_id, title from film;
create table payment (payment_id serial primary key, amount numeric(5,2) not null);
create table payment_big () inherits (payment);
create rule payment_route as on insert to payment where new.amount > 100 do instead insert into payment_big values (new.*);
create table store (store_id serial primary key, name text not null);
create function film_count() returns bigint language sql as $$ select count(*) from FILM $$;
create function store_count() returns bigint language plpgsql as $$ begin return (select count(*) from store); end $$;
`;

describe('what is not carried is listed (PostgreSQL)', () => {
  let source: TestPg;
  let target: TestPg;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let out: string;
  let env: Record<string, string>;
  let result: GenerateResult;

  beforeAll(async () => {
    source = await createPgDatabase('cg_not_carried');
    target = await createPgDatabase('cg_not_carried_svc');
    await source.query(SCHEMA);
    dir = await tempDir('not-carried');
    out = join(dir.path, 'out');
    env = { SEAM_SOURCE_URL: source.url, SEAM_TARGET_FILMS_URL: target.url };
  });

  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('lists them at analyze time, per service, with what to do', async () => {
    const r = await runSeam(['--json', 'analyze', '--source', source.url], env);
    expect(r.code, r.stderr).toBe(0);
    const all = Object.values(JSON.parse(r.stdout).notCarried as Record<string, NotCarried[]>).flat();
    const names = all.map((i) => `${i.kind} ${i.name}`);
    for (const expected of [
      'trigger public.last_updated',
      'function public.last_updated()',
      'view public.film_list',
      'rule public.payment_route',
      'exclusion-constraint public.film_during_excl',
      'index film.film_fulltext_idx',
      'generated-column film.title_upper',
      'expression-default film.code',
      'domain-check film.year_check',
      'check film.film_rental_rate_check',
    ])
      expect(names).toContain(expected);
    // The defaults generate carries are not listed; each item says what to do.
    expect(names.filter((n) => n.includes('last_update') && n.startsWith('expression'))).toEqual([]);
    expect(all.every((i) => i.action.length > 20)).toBe(true);
    expect(all.find((i) => i.kind === 'view')!.tables).toEqual(['public.film']);
    const text = await runSeam(['analyze', '--source', source.url], env);
    expect(text.stdout).toContain('Not carried to the services');
  });

  it('carries CHECKs and domains, lists the rest in the runbook and the summary, refuses dropping a read table', async () => {
    const snapshot = await introspect(source.spec);
    const plan = planFor(snapshot, [
      { name: 'films', target: { dialect: 'postgres' }, tables: [{ table: 'public.film' }] },
    ]);
    const planPath = join(dir.path, 'plan.yaml');
    await writeFile(planPath, planToYaml(plan));
    result = generate({
      plan,
      snapshot,
      workload: emptyWorkload(),
      source: source.spec,
      targetDialect: 'postgres',
      commands: { dir: out, plan: planPath },
    });
    await writeGenerated(out, result.files);
    const films = result.services.find((s) => s.name === 'films')!;
    const kinds = films.notCarried.map((i) => i.kind).sort();
    expect(kinds).toEqual([
      'exclusion-constraint',
      'expression-default',
      'function',
      'function',
      'generated-column',
      'index',
      'trigger',
      'view',
    ]);
    const runbook = await readFile(join(out, 'films', 'RUNBOOK.md'), 'utf8');
    expect(runbook).toContain("What the monolith's database does that is not carried (8)");
    // A function that reads film itself (no trigger calls it) is the service's concern; one reading
    // only the store is not.
    const reads = films.notCarried.filter((i) => i.kind === 'function').map((i) => [i.name, i.tables]);
    expect(reads).toEqual(expect.arrayContaining([['public.film_count()', ['public.film']]]));
    expect(reads.map(([name]) => name)).not.toContain('public.store_count()');
    expect(runbook).toContain('`public.film_list`');
    expect(runbook).toContain('SEAM_DROP_DEPENDENTS');

    // The CHECKs are in the service's schema and its database enforces them.
    const ok = async (args: string[]) => {
      const r = await runSeam(args, env);
      expect(r.code, `seam ${args.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
      return r;
    };
    await ok(['migrate', '--dir', out, '--service', 'films', '--to', '001_tables']);
    await expect(
      target.query(
        `insert into film (film_id, title, release_year, rental_rate, code, last_update) values (1, 'x', 1800, 1, 'c', now())`,
      ),
    ).rejects.toThrow(/check constraint/);
    await expect(
      target.query(
        `insert into film (film_id, title, release_year, rental_rate, code, last_update) values (1, 'x', 2000, -1, 'c', now())`,
      ),
    ).rejects.toThrow(/film_rental_rate_check/);
    await target.query(
      `insert into film (film_id, title, release_year, rental_rate, code, last_update) values (1, 'x', 2000, 1, 'c', now())`,
    );

    // Dropping the monolith's film while film_list reads it: refused before anything is dropped.
    const svc = ['--dir', out, '--service', 'films'];
    await ok(['migrate', ...svc, '--monolith', 'drop-foreign-keys']);
    const refused = await runSeam(['migrate', ...svc, '--monolith', 'drop-tables'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('SEAM_DROP_DEPENDENTS');
    expect(refused.stderr).toContain('"public.film_list" reads "public.film"');
    expect(await source.query(`select 1 from pg_class where relname = 'film'`)).toHaveLength(1);
    await source.query('drop view film_list');
    await ok(['migrate', ...svc, '--monolith', 'drop-tables']);
    expect(await source.query(`select 1 from pg_class where relname = 'film'`)).toHaveLength(0);
  });
});

describe('what is not carried is listed (MariaDB)', () => {
  let source: TestMysql;
  let target: TestMysql;
  let dir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    source = await createMysqlDatabase('cg_nc_src');
    target = await createMysqlDatabase('cg_nc_svc');
    for (const sql of [
      'create table film (film_id int auto_increment primary key, title varchar(80) not null, rate decimal(4,2) not null check (rate >= 0), last_update datetime null, touched timestamp not null default current_timestamp on update current_timestamp)',
      'create table store (store_id int primary key, name varchar(40) not null)',
      'create function film_rank(r decimal(4,2)) returns int deterministic return floor(r)',
      // Sakila's shape: routines that read the moved table themselves, called by no trigger.
      "create procedure film_count(out n int) begin -- not from store\n select count(*) into n from film f where f.title <> 'store'; end",
      'create function store_name(id int) returns varchar(40) reads sql data return (select name from store where store_id = id)',
      'create trigger film_touch before update on film for each row set new.last_update = now()',
      'create view film_list as select film_id, title, film_rank(rate) as rank_ from film',
    ])
      await source.query(sql);
    dir = await tempDir('not-carried-mariadb');
  });

  afterAll(async () => {
    await source?.drop();
    await target?.drop();
    await dir?.remove();
  });

  it('lists triggers, views and their tables, carries the CHECK, refuses dropping a read table', async () => {
    const snapshot = await introspect(source.spec);
    const plan = planFor(snapshot, [
      {
        name: 'films',
        target: { dialect: 'mysql', database: target.name },
        tables: [{ table: `${source.name}.film` }],
      },
    ]);
    const out = join(dir.path, 'out');
    const result = generate({
      plan,
      snapshot,
      workload: emptyWorkload(),
      source: source.spec,
      targetDialect: 'mysql',
      commands: { dir: out, plan: join(dir.path, 'plan.yaml') },
    });
    await writeGenerated(out, result.files);
    const items = result.services.find((s) => s.name === 'films')!.notCarried;
    // ON UPDATE CURRENT_TIMESTAMP is carried to a MySQL/MariaDB service (below), so not listed.
    expect(items.map((i) => `${i.kind} ${i.name}`).sort()).toEqual([
      `procedure ${source.name}.film_count()`,
      `trigger ${source.name}.film_touch`,
      `view ${source.name}.film_list`,
    ]);
    expect(items.find((i) => i.kind === 'view')!.tables).toEqual([`${source.name}.film`]);
    const procedure = items.find((i) => i.kind === 'procedure')!;
    expect(procedure.tables).toEqual([`${source.name}.film`]);
    expect(procedure.action).toMatch(/reads or writes these tables/);
    // The runbook names them too.
    const runbook = result.files.find((f) => f.path.endsWith('films/RUNBOOK.md'))!.content;
    expect(runbook).toContain(`${source.name}.film_count()`);

    const env = { SEAM_SOURCE_URL: source.url, SEAM_TARGET_FILMS_URL: target.url };
    const ok = async (args: string[]) => {
      const r = await runSeam(args, env);
      expect(r.code, `seam ${args.join(' ')}\n${r.stderr}\n${r.stdout}`).toBe(0);
    };
    await ok(['migrate', '--dir', out, '--service', 'films', '--to', '001_tables']);
    await expect(target.query(`insert into film (title, rate) values ('x', -1)`)).rejects.toThrow(
      /CONSTRAINT/i,
    );
    const [touched] = await target.query(
      `select extra from information_schema.columns
        where table_schema = database() and table_name = 'film' and column_name = 'touched'`,
    );
    expect(String(touched!.extra ?? touched!.EXTRA)).toMatch(/on update current_timestamp/i);
    const svc = ['--dir', out, '--service', 'films'];
    await ok(['migrate', ...svc, '--monolith', 'drop-foreign-keys']);
    const refused = await runSeam(['migrate', ...svc, '--monolith', 'drop-tables'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('SEAM_DROP_DEPENDENTS');
    expect(refused.stderr).toContain(`"${source.name}.film_list" reads "${source.name}.film"`);
  });
});
