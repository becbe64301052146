import type { TableKey } from '@seam/core';
import type { Edit } from './cost-types.js';
import { checkServiceName, editError } from './edit-errors.js';
import { type Placements, REFERENCE, TECHNICAL } from './placements.js';

/**
 * What each edit does to the plan: which tables move where (through `move`, which keeps the costs
 * in step and records the move for undo), and what it changes of services, roles, aliases and
 * constraints. Throws SEAM_EDIT_INVALID for an edit the plan refuses; the caller restores.
 */
export function applyEdit(state: Placements, edit: Edit, move: (t: number, to: number) => void): void {
  const tables = (keys: TableKey[]) => {
    if (!Array.isArray(keys) || keys.length === 0) throw editError('The edit names no table.');
    return keys.map((k) => state.indexOf(k));
  };
  const existing = (name: string) => {
    const id = state.byName.get(name);
    if (id === undefined)
      throw editError(`There is no service "${name}".`, `Services: ${state.services().join(', ')}.`);
    return id;
  };
  // A table a service owns is not shared: one analysed as reference or technical becomes an entity.
  const own = (t: number) => {
    const analysed = state.evidence.roles[t]!.role;
    if (analysed === 'reference' || analysed === 'technical') state.roleOverride.set(t, 'entity');
    else state.roleOverride.delete(t);
  };
  switch (edit.op) {
    case 'move': {
      const ts = tables(edit.tables);
      const to = state.serviceId(edit.to, true);
      for (const t of ts) {
        own(t);
        move(t, to);
      }
      break;
    }
    case 'share': {
      if (edit.as !== 'reference' && edit.as !== 'technical')
        throw editError('share needs `as: reference` or `as: technical`.');
      for (const t of tables(edit.tables)) {
        if (state.evidence.roles[t]!.role !== edit.as) state.roleOverride.set(t, edit.as);
        else state.roleOverride.delete(t);
        move(t, edit.as === 'reference' ? REFERENCE : TECHNICAL);
      }
      for (const k of [...state.constraints.pins.keys()])
        if (state.evidence.index.byKey.has(k) && state.place[state.indexOf(k)]! < 0)
          state.constraints.pins.delete(k);
      break;
    }
    case 'create': {
      if (state.byName.has(edit.service)) throw editError(`Service "${edit.service}" exists already.`);
      state.serviceId(edit.service, true);
      break;
    }
    case 'rename': {
      const id = existing(edit.service);
      if (edit.to === edit.service) break;
      if (state.byName.has(edit.to))
        throw editError(`Service "${edit.to}" exists already.`, 'Merge the two services instead.');
      checkServiceName(edit.to);
      state.byName.delete(edit.service);
      state.names[id] = edit.to;
      state.byName.set(edit.to, id);
      for (const [k, s] of state.constraints.pins)
        if (s === edit.service) state.constraints.pins.set(k, edit.to);
      break;
    }
    case 'merge': {
      if (!Array.isArray(edit.services) || edit.services.length === 0)
        throw editError('merge names no service.');
      const ids = edit.services.map(existing);
      const into = state.serviceId(edit.into, true);
      for (const id of ids) {
        if (id === into) continue;
        for (const t of [...state.members[id]!].sort((a, b) => a - b)) move(t, into);
        for (const [k, s] of state.constraints.pins)
          if (s === state.names[id]) state.constraints.pins.set(k, edit.into);
        const splits = state.meta[id]?.columnSplits;
        if (splits?.length) {
          const kept = state.meta[into] ?? {};
          state.meta[into] = { ...kept, columnSplits: [...(kept.columnSplits ?? []), ...splits] };
        }
        state.dropService(id);
      }
      break;
    }
    case 'split': {
      const from = existing(edit.service);
      const ts = tables(edit.tables);
      for (const t of ts)
        if (state.place[t] !== from)
          throw editError(`${state.keyOf(t)} is not in service "${edit.service}".`);
      const into = state.serviceId(edit.into, true);
      for (const t of ts) move(t, into);
      break;
    }
    case 'pin': {
      const t = tables([edit.table])[0]!;
      if (edit.service === null) {
        state.constraints.pins.delete(edit.table);
        break;
      }
      const to = state.serviceId(edit.service, true);
      own(t);
      move(t, to);
      state.constraints.pins.set(edit.table, edit.service);
      break;
    }
    case 'together': {
      const ts = tables(edit.tables);
      const group = [...new Set(ts.map((t) => state.keyOf(t)))].sort();
      if (group.length < 2) throw editError('together needs two tables or more.');
      const same = (g: TableKey[]) => g.length === group.length && g.every((k, i) => k === group[i]);
      state.constraints.together = state.constraints.together.filter((g) => !same([...g].sort()));
      if (!edit.remove) state.constraints.together.push(group);
      break;
    }
    case 'apart': {
      const ts = tables(edit.tables);
      if (ts.length !== 2 || ts[0] === ts[1]) throw editError('apart needs two different tables.');
      const pair = [state.keyOf(ts[0]!), state.keyOf(ts[1]!)].sort() as [TableKey, TableKey];
      state.constraints.apart = state.constraints.apart.filter(
        (p) => !(p[0] === pair[0] && p[1] === pair[1]) && !(p[0] === pair[1] && p[1] === pair[0]),
      );
      if (!edit.remove) state.constraints.apart.push(pair);
      break;
    }
    case 'target': {
      const id = existing(edit.service);
      const { target: _old, ...rest } = state.meta[id] ?? {};
      state.meta[id] = edit.target ? { ...rest, target: { ...edit.target } } : rest;
      break;
    }
    case 'alias': {
      const t = tables([edit.table])[0]!;
      if (edit.as === null || edit.as === state.evidence.index.tables[t]!.table.name) state.aliases.delete(t);
      else if (typeof edit.as !== 'string' || edit.as.trim() === '')
        throw editError(
          'alias needs a name.',
          'Give the name the table takes in its service, or none to keep its own.',
        );
      else state.aliases.set(t, edit.as);
      break;
    }
    default:
      throw editError(`Unknown edit ${JSON.stringify((edit as { op?: unknown }).op)}.`);
  }
}
