import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import type { ErrorCode } from '../errors/codes.js';
import { SeamError } from '../errors/seam-error.js';
import { redactText } from '../redact/redact.js';
import { checkPlan, type Plan, planSchema } from './plan.js';
import { type SchemaSnapshot, SNAPSHOT_VERSION, snapshotSchema } from './snapshot.js';
import { unknownKeyError } from './unknown-key.js';
import { type Workload, workloadSchema } from './workload.js';

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new SeamError('SEAM_FILE_NOT_FOUND', `${path} does not exist.`, { cause: error });
    throw new SeamError('SEAM_FILE_UNREADABLE', `${path} cannot be read (${code ?? 'error'}).`, {
      cause: error,
    });
  }
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file. */
export async function writeTextFileAtomic(path: string, text: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeamError('SEAM_FILE_WRITE_FAILED', `${path} cannot be written (${code ?? 'error'}).`, {
      cause: error,
    });
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(top)'}: ${i.message}`)
    .join('; ');
}

/**
 * Validates parsed data against a schema, turning failures into one readable SeamError. A key the
 * schema does not know (strict objects) is SEAM_CONFIG_UNKNOWN_KEY, with the closest valid name.
 */
export function validate<T>(schema: z.ZodType<T>, data: unknown, code: ErrorCode, what: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const unknown = result.error.issues.find((i) => i.code === 'unrecognized_keys');
    if (unknown) throw unknownKeyError(schema, unknown.path, unknown.keys, what);
    throw new SeamError(code, `${what} is not valid: ${describeIssues(result.error)}.`);
  }
  return result.data;
}

function parseJson(text: string, code: ErrorCode, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SeamError(code, `${what} is not JSON: ${(error as Error).message}.`);
  }
}

export function parseSnapshot(text: string, what = 'The snapshot'): SchemaSnapshot {
  const data = parseJson(text, 'SEAM_SNAPSHOT_INVALID', what) as { format?: unknown; version?: unknown };
  if (
    data &&
    typeof data === 'object' &&
    data.format === 'seam.snapshot' &&
    data.version !== SNAPSHOT_VERSION
  ) {
    throw new SeamError(
      'SEAM_SNAPSHOT_VERSION',
      `${what} has version ${String(data.version)}; this Seam reads ${SNAPSHOT_VERSION}.`,
    );
  }
  return validate(snapshotSchema, data, 'SEAM_SNAPSHOT_INVALID', what);
}

export async function readSnapshotFile(path: string): Promise<SchemaSnapshot> {
  return parseSnapshot(await readTextFile(path), path);
}

export function snapshotToJson(snapshot: SchemaSnapshot): string {
  return `${redactText(JSON.stringify(snapshot, null, 1))}\n`;
}

export async function writeSnapshotFile(path: string, snapshot: SchemaSnapshot): Promise<void> {
  await writeTextFileAtomic(path, snapshotToJson(snapshot));
}

export function parseWorkload(text: string, what = 'The workload'): Workload {
  return validate(
    workloadSchema,
    parseJson(text, 'SEAM_WORKLOAD_INVALID', what),
    'SEAM_WORKLOAD_INVALID',
    what,
  );
}

export async function readWorkloadFile(path: string): Promise<Workload> {
  return parseWorkload(await readTextFile(path), path);
}

// ---- plan.yaml -----------------------------------------------------------------------------

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The plan as plain data in the order it is written: sorted, so that diffs show real changes. */
function planToDocument(plan: Plan): Record<string, unknown> {
  const { seed, resolution, ...rest } = plan.parameters;
  const parameters: Record<string, unknown> = { seed, resolution };
  for (const key of Object.keys(rest).sort(byString)) parameters[key] = rest[key];
  const services: Record<string, unknown> = {};
  for (const s of [...plan.services].sort((a, b) => byString(a.name, b.name))) {
    const tables = [...s.tables]
      .sort((a, b) => byString(a.table, b.table) || byString(a.as ?? '', b.as ?? ''))
      .map((t) => {
        const { table, ...extra } = t;
        if (Object.keys(extra).length === 0) return table;
        const entry: Record<string, unknown> = { table };
        for (const key of ['as', 'role', 'confidence', 'columns', 'rename'] as const) {
          if (extra[key] !== undefined) entry[key] = extra[key];
        }
        return entry;
      });
    const body: Record<string, unknown> = {};
    if (s.description) body.description = s.description;
    if (s.target && Object.keys(s.target).length) body.target = s.target;
    if (s.move && Object.keys(s.move).length) body.move = s.move;
    body.tables = tables;
    services[s.name] = body;
  }
  const shared = (list: Plan['reference']) =>
    [...list]
      .sort((a, b) => byString(a.table, b.table))
      .map((t) => ({
        table: t.table,
        reason: t.reason,
        ...(t.consumers ? { consumers: [...t.consumers].sort(byString) } : {}),
      }));
  const pins: Record<string, string> = {};
  for (const key of Object.keys(plan.constraints.pins).sort(byString))
    pins[key] = plan.constraints.pins[key]!;
  return {
    format: plan.format,
    version: plan.version,
    snapshot: plan.snapshot,
    parameters,
    services,
    reference: shared(plan.reference),
    technical: shared(plan.technical),
    constraints: {
      pins,
      together: plan.constraints.together
        .map((g) => [...g].sort(byString))
        .sort((a, b) => byString(a[0]!, b[0]!)),
      apart: plan.constraints.apart
        .map((p) => [...p].sort(byString) as [string, string])
        .sort((a, b) => byString(a.join('\u0000'), b.join('\u0000'))),
    },
  };
}

const FLOW_KEYS = new Set(['columns', 'consumers', 'together', 'apart']);

/** plan.yaml text: stable order, short lists on one line, no credentials. */
export function planToYaml(plan: Plan): string {
  const doc = new YAML.Document(planToDocument(checkPlan(plan)));
  YAML.visit(doc, {
    Pair(_key, pair) {
      const key = YAML.isScalar(pair.key) ? String(pair.key.value) : '';
      if (!FLOW_KEYS.has(key) || !YAML.isSeq(pair.value)) return;
      if (key === 'together' || key === 'apart') {
        for (const item of pair.value.items) if (YAML.isSeq(item)) item.flow = true;
      } else {
        pair.value.flow = true;
      }
    },
  });
  doc.commentBefore = ' Seam plan: which service owns which table. Edit with `seam plan`; review in git.';
  return redactText(doc.toString({ lineWidth: 0 }));
}

/** Reads plan.yaml text back into a Plan; throws SEAM_PLAN_INVALID naming the bad field. */
export function parsePlan(text: string, what = 'The plan'): Plan {
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (error) {
    throw new SeamError('SEAM_PLAN_INVALID', `${what} is not YAML: ${(error as Error).message}.`);
  }
  if (!data || typeof data !== 'object') throw new SeamError('SEAM_PLAN_INVALID', `${what} is empty.`);
  const raw = data as Record<string, unknown>;
  const services = raw.services;
  const normalized = {
    ...raw,
    services:
      services && typeof services === 'object' && !Array.isArray(services)
        ? Object.entries(services as Record<string, Record<string, unknown> | null>).map(([name, body]) => ({
            name,
            ...(body ?? {}),
            tables: Array.isArray(body?.tables)
              ? body.tables.map((t: unknown) => (typeof t === 'string' ? { table: t } : t))
              : body?.tables,
          }))
        : services,
    reference: raw.reference ?? [],
    technical: raw.technical ?? [],
    constraints: { pins: {}, together: [], apart: [], ...(raw.constraints as object | undefined) },
  };
  return checkPlan(validate(planSchema, normalized, 'SEAM_PLAN_INVALID', what));
}

export async function readPlanFile(path: string): Promise<Plan> {
  return parsePlan(await readTextFile(path), path);
}

export async function writePlanFile(path: string, plan: Plan): Promise<void> {
  await writeTextFileAtomic(path, planToYaml(plan));
}
