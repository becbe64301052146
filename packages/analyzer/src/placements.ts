import { SeamError, type TableKey, type TableRole } from '@seam/core';
import type { PlanConstraints, ServiceMeta } from './cost-types.js';
import { checkServiceName, editError } from './edit-errors.js';
import type { EvidenceGraph } from './evidence-graph.js';

/** Where a shared table sits instead of a service id. */
export const REFERENCE = -1;
export const TECHNICAL = -2;

export function copyConstraints(c: PlanConstraints): PlanConstraints {
  return {
    pins: new Map(c.pins),
    together: c.together.map((g) => [...g]),
    apart: c.apart.map((p) => [p[0], p[1]]),
  };
}

/** What an edit may change besides placements, and the placements it changed (table, old place). */
export interface SavedPlacements {
  placements: Array<[number, number]>;
  names: (string | undefined)[];
  meta: (ServiceMeta | undefined)[];
  aliases: Map<number, string>;
  roles: Map<number, TableRole>;
  constraints: PlanConstraints;
}

/**
 * The plan's state: where every table is (a service id, REFERENCE or TECHNICAL), the services by id
 * and name with their tables, what plan.yaml says of them, role overrides and constraints. Costs are
 * kept elsewhere (CostLedger); a new service id calls `onSlot` so that they can grow with it.
 */
export class Placements {
  readonly place: Int32Array;
  names: (string | undefined)[] = [];
  /** Per service id, its description and target. */
  meta: (ServiceMeta | undefined)[] = [];
  /** Table index → its name in the service's database, when not its own. */
  aliases = new Map<number, string>();
  readonly byName = new Map<string, number>();
  readonly members: Set<number>[] = [];
  /** Role overrides (a shared table moved into a service, an owned table shared). */
  roleOverride = new Map<number, TableRole>();
  constraints: PlanConstraints = { pins: new Map(), together: [], apart: [] };

  constructor(
    readonly evidence: EvidenceGraph,
    place: Int32Array,
    private readonly onSlot: () => void,
  ) {
    this.place = place;
  }

  keyOf(table: number): TableKey {
    return this.evidence.index.tables[table]!.key;
  }

  indexOf(key: TableKey): number {
    const t = this.evidence.index.byKey.get(key);
    if (t === undefined)
      throw editError(
        `There is no table ${key} in the snapshot.`,
        'Name tables as schema.table, as in plan.yaml.',
      );
    return t;
  }

  /** Service names, sorted. */
  services(): string[] {
    return this.names.filter((x): x is string => x !== undefined).sort();
  }

  ensureSlot(id: number): void {
    while (this.members.length <= id) {
      this.members.push(new Set());
      this.onSlot();
    }
  }

  serviceId(name: string, create: boolean): number {
    const id = this.byName.get(name);
    if (id !== undefined) return id;
    if (!create) throw editError(`There is no service "${name}".`);
    checkServiceName(name);
    const fresh = this.names.length;
    this.names.push(name);
    this.byName.set(name, fresh);
    this.ensureSlot(fresh);
    return fresh;
  }

  dropService(id: number): void {
    const name = this.names[id];
    if (name === undefined) return;
    if (this.members[id]!.size > 0) throw new SeamError('SEAM_INTERNAL', `service ${name} is not empty`);
    this.byName.delete(name);
    this.names[id] = undefined;
    this.meta[id] = undefined;
  }

  /** The state an edit may change, to restore on undo (placements are added as the edit moves tables). */
  save(placements: Array<[number, number]> = []): SavedPlacements {
    return {
      placements,
      names: [...this.names],
      meta: [...this.meta],
      aliases: new Map(this.aliases),
      roles: new Map(this.roleOverride),
      constraints: copyConstraints(this.constraints),
    };
  }

  /** Puts back a saved state; `assign` moves a table (keeping the costs in step). */
  restore(saved: SavedPlacements, assign: (t: number, to: number) => void): void {
    // Names first, so that placements can refer to services that the edit removed.
    for (let s = 0; s < saved.names.length; s++) {
      const name = saved.names[s];
      if (name !== undefined && this.names[s] !== name) {
        if (this.names[s] !== undefined) this.byName.delete(this.names[s]!);
        this.names[s] = name;
        this.byName.set(name, s);
        this.ensureSlot(s);
      }
    }
    for (let i = saved.placements.length - 1; i >= 0; i--) {
      const [t, p] = saved.placements[i]!;
      assign(t, p);
    }
    for (let s = 0; s < this.names.length; s++) {
      if (saved.names[s] === undefined && this.names[s] !== undefined) {
        this.byName.delete(this.names[s]!);
        this.names[s] = undefined;
      }
    }
    this.meta = saved.meta;
    this.aliases = saved.aliases;
    this.roleOverride = saved.roles;
    this.constraints = saved.constraints;
  }
}
