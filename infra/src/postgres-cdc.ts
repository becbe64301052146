import { appendFile, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseConnectionUrl, SeamError } from '@seam/core';
import { connectPostgres, quotePgIdent, quotePgLiteral } from '@seam/core/sql';
import type pg from 'pg';
import { exec } from './exec.js';
import { say } from './log.js';

/** Settings logical decoding needs, room for many connectors and test databases, and query statistics. */
export interface WantedSetting {
  name: string;
  ok: (value: string) => boolean;
  /** The value to set, given the current one (a list setting keeps its other entries). */
  value: string | ((current: string) => string);
}

const WANTED: WantedSetting[] = [
  { name: 'wal_level', ok: (v) => v === 'logical', value: 'logical' },
  { name: 'max_replication_slots', ok: (v) => Number(v) >= 64, value: '64' },
  { name: 'max_wal_senders', ok: (v) => Number(v) >= 64, value: '64' },
  { name: 'max_connections', ok: (v) => Number(v) >= 300, value: '300' },
  // The analyzer reads the query workload from pg_stat_statements; it must be preloaded.
  {
    name: 'shared_preload_libraries',
    ok: (v) =>
      v
        .split(',')
        .map((x) => x.trim())
        .includes('pg_stat_statements'),
    value: (current) =>
      [
        ...current
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
        'pg_stat_statements',
      ].join(','),
  },
];

export interface DbConfigResult {
  engine: 'postgresql' | 'mariadb';
  changed: string[];
  restarted: boolean;
}

/** One connection of @seam/core/sql's layer, its raw client lent to `fn`, closed after. */
async function withClient<T>(url: string, fn: (c: pg.ClientBase) => Promise<T>): Promise<T> {
  const db = await connectPostgres(parseConnectionUrl(url), { connectTimeoutMs: 5000 });
  try {
    return await db.withClient(fn);
  } finally {
    await db.close();
  }
}

async function waitUntilUp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await withClient(url, (c) => c.query('select 1'));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(300);
    }
  }
}

function configError(message: string, cause?: unknown): SeamError {
  return new SeamError('SEAM_INFRA_DB_CONFIG', `PostgreSQL: ${message}`, { cause });
}

/**
 * Turns on logical decoding in the local PostgreSQL (ALTER SYSTEM, then a restart only when a
 * setting that needs one changed) and lets replication connections in from 127.0.0.1.
 */
export async function configurePostgres(
  adminUrl: string,
  wanted: WantedSetting[] = WANTED,
): Promise<DbConfigResult> {
  const state = await withClient(adminUrl, async (c) => {
    const su = await c.query<{ rolsuper: boolean }>(
      'select rolsuper from pg_roles where rolname = current_user',
    );
    const settings = await c.query<{ name: string; setting: string; pending_restart: boolean }>(
      'select name, setting, pending_restart from pg_settings where name = any($1)',
      [wanted.map((w) => w.name)],
    );
    const superuser = su.rows[0]?.rolsuper === true;
    if (!superuser) {
      // Only a superuser may read the file locations and pg_hba rules; assume they are right.
      return {
        superuser,
        settings: new Map(settings.rows.map((r) => [r.name, r])),
        hba: '',
        config: '',
        hasReplicationRule: true,
      };
    }
    const paths = await c.query<{ hba: string; config: string }>(
      "select current_setting('hba_file') as hba, current_setting('config_file') as config",
    );
    const hbaRules = await c.query<{ n: string }>(
      "select count(*)::text as n from pg_hba_file_rules where 'replication' = any(database) and (address is null or address in ('127.0.0.1', '0.0.0.0', 'all', 'samehost'))",
    );
    return {
      superuser,
      settings: new Map(settings.rows.map((r) => [r.name, r])),
      hba: paths.rows[0]!.hba,
      config: paths.rows[0]!.config,
      hasReplicationRule: Number(hbaRules.rows[0]?.n ?? 0) > 0,
    };
  });

  const changed: string[] = [];
  const toSet = wanted.filter((w) => !w.ok(state.settings.get(w.name)?.setting ?? ''));
  const pending = [...state.settings.values()].some((r) => r.pending_restart);
  const targetValue = (w: WantedSetting) =>
    typeof w.value === 'string' ? w.value : w.value(state.settings.get(w.name)?.setting ?? '');
  if (toSet.length > 0 && !state.superuser) {
    const needed = toSet.map((w) => `${w.name}=${targetValue(w)}`).join(', ');
    throw configError(`the admin user is not a superuser, so ${needed} cannot be set.`);
  }
  if (toSet.length > 0) {
    await withClient(adminUrl, async (c) => {
      for (const w of toSet) {
        // Setting names come from our own list above; the value goes through the driver's literal escaping.
        await c.query(`alter system set ${quotePgIdent(w.name)} = ${quotePgLiteral(targetValue(w))}`);
        changed.push(`${w.name}=${targetValue(w)}`);
      }
    });
  }
  if (!state.hasReplicationRule) {
    const line = 'host replication all 127.0.0.1/32 trust';
    try {
      const current = await readFile(state.hba, 'utf8');
      await appendFile(
        state.hba,
        `${current.endsWith('\n') ? '' : '\n'}# added by seam infra: Debezium replication connections\n${line}\n`,
      );
    } catch (error) {
      throw configError(
        `cannot add "${line}" to ${state.hba} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
        error,
      );
    }
    await withClient(adminUrl, (c) => c.query('select pg_reload_conf()'));
    changed.push(`pg_hba: ${line}`);
  }

  let restarted = false;
  if (toSet.length > 0 || pending) {
    // Debian layout: /etc/postgresql/<version>/<cluster>/postgresql.conf → pg_ctlcluster <version> <cluster> restart.
    const m = /\/etc\/postgresql\/([^/]+)\/([^/]+)\/postgresql\.conf$/.exec(state.config);
    if (!m) {
      throw configError(
        `settings changed (${changed.join(', ')}) but this server needs a restart Seam cannot do here; restart it yourself.`,
      );
    }
    say(`restarting PostgreSQL ${m[1]}/${m[2]} for ${changed.join(', ') || 'pending settings'}`);
    const { code, output } = await exec('pg_ctlcluster', [
      '--skip-systemctl-redirect',
      m[1]!,
      m[2]!,
      'restart',
    ]);
    if (code !== 0) throw configError(`pg_ctlcluster restart failed: ${output.trim()}`);
    await waitUntilUp(adminUrl);
    restarted = true;
    const after = await withClient(adminUrl, (c) =>
      c.query<{ setting: string }>("select setting from pg_settings where name = 'wal_level'"),
    );
    if (after.rows[0]?.setting !== 'logical')
      throw configError('wal_level is still not logical after the restart.');
  }
  return { engine: 'postgresql', changed, restarted };
}
