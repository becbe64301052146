import type { ConnectionSpec, Dialect } from '@seam/core';
import { type CodegenEngine, engineFor, type MonolithWording } from '../engine.js';
import type { GenerateContext, ServiceArtifacts } from '../generate.js';
import type { ServiceLayout } from '../layout/service-layout.js';
import type { CrossingFk } from '../schema/crossing.js';
import { code, sh } from './markdown.js';

/**
 * What the runbook's sections are written from: the service, its two engines (the monolith's and
 * the service database's), how commands are spelt, and the foreign keys that cross its boundary.
 */
export interface RunbookFacts {
  a: ServiceArtifacts;
  ctx: GenerateContext;
  s: ServiceLayout;
  cli: string;
  dir: string;
  plan: string;
  /** The output folder, shell-quoted. */
  d: string;
  svc: string;
  /** The environment variable holding the service database's URL. */
  env: string;
  target: ServiceLayout['target'];
  sourceDialect: Dialect;
  /** The monolith's engine, and its wording. */
  monolithEngine: CodegenEngine;
  sourceWords: MonolithWording;
  /** The service database's engine. */
  targetEngine: CodegenEngine;
  /** `seam migrate` of this service with some arguments. */
  migrate(args: string): string;
  /** A generated file's path, shell-quoted. */
  file(path: string): string;
  /** A generated file's path, as Markdown code. */
  shown(path: string): string;
  /** The service database's URL, when known while generating. */
  known: ConnectionSpec | undefined;
  /** Where the service's tables are: its schema, or its database. */
  serviceSchema: string;
  copies: ServiceLayout['reference'];
  ref: GenerateContext['reference'];
  /** Foreign keys from the service's tables to tables it does not hold, and from others to its tables. */
  outbound: CrossingFk[];
  inbound: CrossingFk[];
}

export function runbookFacts(a: ServiceArtifacts, ctx: GenerateContext): RunbookFacts {
  const s = a.layout;
  const { cli, dir, plan } = ctx.commands;
  const d = sh(dir);
  const svc = s.name;
  const target = s.target;
  const sourceDialect = ctx.layout.source.dialect;
  const monolithEngine = engineFor(sourceDialect);
  const targetEngine = engineFor(target.dialect);
  const known = ctx.options.targets?.[svc];
  const targetDb = target.database ?? known?.database;
  return {
    a,
    ctx,
    s,
    cli,
    dir,
    plan,
    d,
    svc,
    env: s.target.urlEnv,
    target,
    sourceDialect,
    monolithEngine,
    sourceWords: monolithEngine.monolith.wording,
    targetEngine,
    migrate: (args) => `${cli} migrate --dir ${d} --service ${svc} ${args}`.trimEnd(),
    file: (p) => sh(`${dir}/${p}`),
    shown: (p) => code(`${dir}/${p}`),
    known,
    serviceSchema: targetEngine.target.namespace(target.schema, targetDb, '<database>'),
    copies: s.reference,
    ref: ctx.reference,
    outbound: a.crossing.filter((f) => f.direction === 'out'),
    inbound: a.crossing.filter((f) => f.direction === 'in'),
  };
}
