import { type AnalysisResult, type EditResult, PlanEditor } from '@seam/analyzer';
import {
  type Plan,
  type SchemaSnapshot,
  SeamError,
  type ServiceTarget,
  type TableKey,
  type Workload,
  writePlanFile,
} from '@seam/core';
import type { CostScope } from './cost-text.js';
import { planChanges } from './plan-changes.js';
import { formatAction, type PlanAction, type VerbContext } from './verbs.js';

/** Pseudo-groups listed beside the services: every table, and the shared ones. */
export const ALL = '(all tables)';
export const REFERENCE = '(reference)';
export const TECHNICAL = '(technical)';

/** What performing an action did, for the status line and the action log. */
export interface Outcome {
  message: string;
  result?: EditResult;
  /** The command that does the same (`move billing public.orders`), when the plan changed. */
  command?: string;
  violations?: string[];
}

/**
 * A plan being edited in `seam plan`: the PlanEditor, the file it is saved to, whether it has unsaved
 * edits (undo back to the saved state and it is clean again), and caches of what the panes list,
 * dropped whenever the plan changes (`version`).
 */
export class PlanSession {
  readonly editor: PlanEditor;
  readonly snapshot: SchemaSnapshot;
  readonly scope: CostScope;
  path: string;
  /** The plan as last read from or written to `path`; null while the file does not exist. */
  private baseline: Plan | null;
  /** The analysis a new plan started from (what "changed" means before the first write). */
  private readonly origin: Plan | null;
  /** Bumped by every change of the plan; views cache on it. */
  version = 0;
  private next = 1;
  private readonly done: number[] = [];
  /** What each step did, for "undid …" and "redid …". */
  private readonly labels = new Map<number, string>();
  private undone: number[] = [];
  private saved: number;
  private cache = new Map<string, unknown>();
  private statementIndex: Map<number, number[]> | null = null;
  private relationIndex: { out: number[][]; in: number[][] } | null = null;

  private constructor(editor: PlanEditor, snapshot: SchemaSnapshot, path: string, baseline: Plan | null) {
    this.editor = editor;
    this.snapshot = snapshot;
    this.path = path;
    this.baseline = baseline;
    this.origin = baseline ? null : editor.toPlan();
    this.saved = 0;
    const w = editor.model.evidence.workload;
    this.scope = { statements: w.statements.length > 0, transactions: w.transactions.length > 0 };
  }

  /** A plan read from `path`, over the snapshot (and workload) it splits. */
  static open(
    snapshot: SchemaSnapshot,
    workload: Workload | undefined,
    plan: Plan,
    path: string,
  ): PlanSession {
    return new PlanSession(PlanEditor.open(snapshot, workload, plan), snapshot, path, plan);
  }

  /** A fresh analysis, to be written to `path` (which does not exist yet). */
  static fromAnalysis(result: AnalysisResult, snapshot: SchemaSnapshot, path: string): PlanSession {
    return new PlanSession(PlanEditor.fromAnalysis(result, snapshot), snapshot, path, null);
  }

  /** Unsaved edits (a new file with no edits is not dirty: the same analysis gives it again). */
  get dirty(): boolean {
    return (this.done[this.done.length - 1] ?? 0) !== this.saved;
  }

  get isNew(): boolean {
    return this.baseline === null;
  }

  private changed(): void {
    this.version++;
    this.cache.clear();
  }

  /** A value derived from the plan, kept until the plan changes. */
  cached<T>(key: string, make: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = make();
    this.cache.set(key, value);
    return value;
  }

  /** Performs an edit, a re-clustering, an undo or a redo. Throws SEAM_EDIT_INVALID / SEAM_USAGE. */
  perform(action: PlanAction): Outcome {
    switch (action.kind) {
      case 'edit': {
        const result = this.editor.apply(action.edit);
        this.step(summarize(action));
        return { message: summarize(action), result, command: formatAction(action) };
      }
      case 'recluster': {
        const { violations, ...result } = this.editor.recluster({
          ...(action.seed !== undefined ? { seed: action.seed } : {}),
          ...(action.resolution !== undefined ? { resolution: action.resolution } : {}),
        });
        this.step(summarize(action));
        return { message: summarize(action), result, command: formatAction(action), violations };
      }
      case 'undo':
      case 'redo': {
        const result = action.kind === 'undo' ? this.editor.undo() : this.editor.redo();
        if (!result) return { message: `Nothing to ${action.kind}.` };
        const id = action.kind === 'undo' ? this.done.pop()! : this.undone.pop()!;
        (action.kind === 'undo' ? this.undone : this.done).push(id);
        this.changed();
        const message = `${action.kind === 'undo' ? 'undid' : 'redid'}: ${this.labels.get(id)}`;
        return { message, result, command: action.kind };
      }
      default:
        throw new SeamError('SEAM_INTERNAL', `${action.kind} is not a plan change`);
    }
  }

  private step(label: string): void {
    const id = this.next++;
    this.labels.set(id, label);
    this.done.push(id);
    for (const u of this.undone) this.labels.delete(u);
    this.undone = [];
    this.changed();
  }

  /** What the edit would cost, without keeping it. */
  preview(action: PlanAction): EditResult | null {
    return action.kind === 'edit' ? this.editor.preview(action.edit) : null;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** What writing now would change in the file, in words. */
  pendingChanges(): string[] {
    return this.changesSince(this.editor.toPlan(), this.baseline);
  }

  private changesSince(plan: Plan, baseline: Plan | null): string[] {
    if (baseline) return planChanges(baseline, plan);
    const edits = this.origin ? planChanges(this.origin, plan) : [];
    return [
      ...planChanges(null, plan),
      ...(edits.length ? ['edits since the analysis:', ...edits.map((e) => `  ${e}`)] : []),
    ];
  }

  /** Writes plan.yaml (atomically, stable order); returns what changed. */
  async save(path = this.path): Promise<string[]> {
    const plan = this.editor.toPlan();
    const changes = this.changesSince(plan, path === this.path ? this.baseline : null);
    await writePlanFile(path, plan);
    this.baseline = plan;
    this.path = path;
    this.saved = this.done[this.done.length - 1] ?? 0;
    this.changed();
    return changes;
  }

  // ---- what the panes list ------------------------------------------------------------------

  /** The groups of the first pane: every table, the services, then the shared tables. */
  groups(): string[] {
    return this.cached('groups', () => [ALL, ...this.editor.model.services(), REFERENCE, TECHNICAL]);
  }

  /** The tables of a group, sorted by key. */
  tablesOf(group: string): TableKey[] {
    return this.cached(`tables:${group}`, () => {
      const m = this.editor.model;
      if (group === ALL) return m.evidence.index.tables.map((t) => t.key);
      if (group === REFERENCE) return m.shared('reference');
      if (group === TECHNICAL) return m.shared('technical');
      return m.services().includes(group) ? m.tablesOf(group) : [];
    });
  }

  /** Where a table is: its service, or `(reference)` / `(technical)`. */
  placeOf(table: TableKey): string {
    const a = this.editor.model.assignment(table);
    return a.kind === 'service' ? a.service : a.kind === 'reference' ? REFERENCE : TECHNICAL;
  }

  /** A service's target (engine, database, schema) as the plan stands. */
  targetOf(service: string): ServiceTarget | undefined {
    return this.editor.model.serviceMeta(service).target;
  }

  serviceOf(table: TableKey): string | null {
    if (!this.editor.model.evidence.index.byKey.has(table)) return null;
    const a = this.editor.model.assignment(table);
    return a.kind === 'service' ? a.service : null;
  }

  /** Indexes of the workload statements that touch a table (built once: the workload does not change). */
  statementsOf(table: TableKey): number[] {
    if (!this.statementIndex) {
      const index = new Map<number, number[]>();
      this.editor.model.evidence.workload.statements.forEach((s, i) => {
        for (const t of s.tables) {
          const list = index.get(t);
          if (list) list.push(i);
          else index.set(t, [i]);
        }
      });
      this.statementIndex = index;
    }
    return this.statementIndex.get(this.editor.model.indexOf(table)) ?? [];
  }

  /** Indexes of the references (declared and implied) from a table and to it (built once). */
  relationsOf(table: TableKey): { out: number[]; in: number[] } {
    const ev = this.editor.model.evidence;
    if (!this.relationIndex) {
      const n = ev.index.tables.length;
      const index = {
        out: Array.from({ length: n }, (): number[] => []),
        in: Array.from({ length: n }, (): number[] => []),
      };
      ev.relations.forEach((r, i) => {
        index.out[r.child]!.push(i);
        index.in[r.parent]!.push(i);
      });
      this.relationIndex = index;
    }
    const t = this.editor.model.indexOf(table);
    return { out: this.relationIndex.out[t]!, in: this.relationIndex.in[t]! };
  }

  /** A table as typed — its key, or its bare name when no other schema has it — → its key. */
  resolveTable(name: string): TableKey {
    const index = this.editor.model.evidence.index;
    const t = index.byKey.get(name) ?? index.byName.get(name);
    return t === undefined ? name : index.tables[t]!.key;
  }

  /** How a table is shown: its bare name when no other schema has one of that name, else its key. */
  shortName(key: TableKey): string {
    const index = this.editor.model.evidence.index;
    const t = index.byKey.get(key);
    if (t === undefined) return key;
    const name = index.tables[t]!.table.name;
    return index.byName.get(name) === t ? name : key;
  }

  /** The VerbContext of the command line: no selection, names resolved against this plan. */
  commandContext(): VerbContext {
    return {
      tables: () => [],
      service: () => null,
      serviceOf: (t) => this.serviceOf(t),
      table: (name) => this.resolveTable(name),
      targetOf: (service) => this.targetOf(service),
    };
  }

  /** Pinned tables and their service. */
  pins(): Map<TableKey, string> {
    return this.cached('pins', () => this.editor.model.constraints().pins);
  }
}

/** A few words for what an action did: `moved public.orders → billing`. */
export function summarize(action: PlanAction): string {
  if (action.kind === 'recluster')
    return `re-clustered${action.seed !== undefined ? ` with seed ${action.seed}` : ''}${action.resolution !== undefined ? ` at resolution ${action.resolution}` : ''}`;
  if (action.kind !== 'edit') return action.kind;
  const e = action.edit;
  const tables = (ts: TableKey[]) => (ts.length === 1 ? ts[0]! : `${ts.length} tables`);
  switch (e.op) {
    case 'move':
      return `moved ${tables(e.tables)} → ${e.to}`;
    case 'share':
      return `shared ${tables(e.tables)} as ${e.as}`;
    case 'create':
      return `created ${e.service}`;
    case 'rename':
      return `renamed ${e.service} → ${e.to}`;
    case 'merge':
      return `merged ${e.services.join(', ')} into ${e.into}`;
    case 'split':
      return `split ${tables(e.tables)} out of ${e.service} into ${e.into}`;
    case 'pin':
      return e.service === null ? `unpinned ${e.table}` : `pinned ${e.table} to ${e.service}`;
    case 'together':
      return `${e.remove ? 'no longer keeping' : 'keeping'} ${e.tables.join(', ')} together`;
    case 'apart':
      return `${e.remove ? 'no longer keeping' : 'keeping'} ${e.tables.join(' and ')} apart`;
    case 'target':
      return e.target
        ? `set ${e.service}'s target: ${Object.entries(e.target)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`
        : `cleared ${e.service}'s target`;
    case 'alias':
      return e.as === null ? `${e.table} keeps its own name` : `${e.table} named ${e.as} in its service`;
  }
}
