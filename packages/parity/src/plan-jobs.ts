import {
  type ConnectionSpec,
  type Plan,
  parseConnectionUrl,
  parseTableKey,
  SeamError,
  schemaNamingFor,
  serviceUrlEnvVar,
  type TableName,
  withDatabase,
} from '@seam/core';
import type { VerifyJob, VerifyTable } from './verify.js';

function url(value: string | undefined, what: string, hint: string): ConnectionSpec {
  if (!value) throw new SeamError('SEAM_USAGE', `No ${what} database given.`, { hint });
  return parseConnectionUrl(value);
}

/** `schema.table` for a target named by `as` or an ad hoc `=name`: a bare name takes the default schema. */
function targetName(name: string | undefined, fallback: TableName, defaultSchema: string): TableName {
  if (!name) return { schema: defaultSchema, name: fallback.name };
  try {
    return parseTableKey(name);
  } catch {
    return { schema: defaultSchema, name };
  }
}

function defaultTargetSchema(target: ConnectionSpec, source: TableName, sourceSpec: ConnectionSpec): string {
  const carried = schemaNamingFor(sourceSpec.dialect).carriedSchema(source);
  return schemaNamingFor(target.dialect).targetSchema(target, carried) || source.schema;
}

/** Jobs from plan.yaml: each service's tables against SEAM_TARGET_<SERVICE>_URL (or --target). */
export function planJobs(
  plan: Plan,
  source: ConnectionSpec,
  flags: { service: readonly string[]; target?: string | undefined },
  env = process.env,
): VerifyJob[] {
  const known = plan.services.map((s) => s.name);
  for (const name of flags.service) {
    if (!known.includes(name)) {
      throw new SeamError('SEAM_USAGE', `The plan has no service "${name}".`, {
        hint: `Services: ${known.join(', ') || 'none'}.`,
      });
    }
  }
  const services = plan.services.filter((s) => flags.service.length === 0 || flags.service.includes(s.name));
  if (flags.target && services.length > 1) {
    throw new SeamError('SEAM_USAGE', '--target names one database but the plan has several services.', {
      hint: 'Pick one with --service, or set SEAM_TARGET_<SERVICE>_URL for each.',
    });
  }
  return services.map((s) => {
    const variable = serviceUrlEnvVar(s.name);
    let target = url(
      flags.target ?? env[variable],
      `target for service ${s.name}`,
      `Set ${variable} or pass --target.`,
    );
    if (s.target?.database) target = withDatabase(target, s.target.database);
    const schema = schemaNamingFor(target.dialect).targetSchema(target, s.target?.schema);
    const tables: VerifyTable[] = s.tables.map((t) => {
      const src = parseTableKey(t.table);
      return {
        source: src,
        target: targetName(t.as, src, schema || src.schema),
        service: s.name,
        ...(t.columns ? { columns: t.columns } : {}),
        ...(t.rename ? { rename: t.rename } : {}),
      };
    });
    return { source, target, tables };
  });
}

/** An ad hoc job: --table public.orders[=target_name], repeatable. */
export function adHocJob(source: ConnectionSpec, target: ConnectionSpec, specs: string[]): VerifyJob {
  if (specs.length === 0) {
    throw new SeamError(
      'SEAM_USAGE',
      'Name the tables to compare with --table schema.table[=target], or give --plan.',
    );
  }
  return {
    source,
    target,
    tables: specs.map((spec) => {
      const [s, t] = spec.split('=', 2) as [string, string | undefined];
      const src = parseTableKey(s);
      return { source: src, target: targetName(t, src, defaultTargetSchema(target, src, source)) };
    }),
  };
}
