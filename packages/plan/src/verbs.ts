import type { Edit } from '@seam/analyzer';
import { SeamError, type ServiceTarget, type TableKey } from '@seam/core';
import { quoteWord, tokenize } from './tokens.js';

/** What a command does: an edit of the plan, or one of the steps around editing. */
export type PlanAction =
  | { kind: 'edit'; edit: Edit }
  | { kind: 'recluster'; seed?: number; resolution?: number }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'write'; path?: string; quit?: boolean }
  | { kind: 'report'; path?: string }
  | { kind: 'quit'; force: boolean }
  | { kind: 'help' };

/**
 * What the terminal UI knows that a command line does not: the marked (or selected) tables and the
 * selected service. On the command line (`seam plan <verb>`) both are empty, so every argument is needed.
 */
export interface VerbContext {
  tables(): TableKey[];
  service(): string | null;
  /** The service a table is in now (null when shared). */
  serviceOf(table: TableKey): string | null;
  /** A table as typed (`orders`, `public.orders`) → its key. */
  table(name: string): TableKey;
  /** The service's target as the plan stands (what `target` keeps of it). */
  targetOf(service: string): ServiceTarget | undefined;
}

export const noContext: VerbContext = {
  tables: () => [],
  service: () => null,
  serviceOf: () => null,
  table: (name) => name,
  targetOf: () => undefined,
};

/** What an argument names, for completion: an existing service, a table, a new name, or a shared role. */
export type ArgKind = 'service' | 'table' | 'name' | 'role' | 'file';

interface Parsed {
  args: string[];
  flags: Map<string, string | true>;
}

export interface Verb {
  name: string;
  aliases?: string[];
  /** Arguments in brackets may be left out in the UI (they come from the selection). */
  usage: string;
  summary: string;
  /** Also a `seam plan <verb>` subcommand (undo, write, quit… only make sense in the UI). */
  cli: boolean;
  /** Kinds of the positional arguments, for completion; the last one repeats. */
  args: ArgKind[];
  flags?: Record<string, 'number' | 'switch' | 'string'>;
  build(p: Parsed, ctx: VerbContext): PlanAction;
}

function usage(message: string, verb?: Verb): SeamError {
  return new SeamError('SEAM_USAGE', message, verb ? { hint: `Usage: ${verb.usage}` } : {});
}

function tablesOr(given: string[], ctx: VerbContext, verb: Verb): TableKey[] {
  const tables = given.length ? given.map((t) => ctx.table(t)) : ctx.tables();
  if (!tables.length) throw usage(`${verb.name} needs the tables it applies to.`, verb);
  return tables;
}

function one(values: string[], what: string, verb: Verb): string {
  if (values.length !== 1) throw usage(`${verb.name} takes one ${what}.`, verb);
  return values[0]!;
}

function serviceOr(given: string | undefined, ctx: VerbContext, verb: Verb): string {
  const service = given ?? ctx.service();
  if (!service) throw usage(`${verb.name} needs a service.`, verb);
  return service;
}

const edit = (e: Edit): PlanAction => ({ kind: 'edit', edit: e });

const TARGET_FIELDS = ['dialect', 'flavor', 'database', 'schema'] as const;
const TARGET_VALUES: Partial<Record<(typeof TARGET_FIELDS)[number], readonly string[]>> = {
  dialect: ['postgres', 'mysql'],
  flavor: ['mysql', 'mariadb'],
};

/** Every verb of the `:` command line; those with `cli` are also `seam plan <verb>` subcommands. */
export const VERBS: Verb[] = [
  {
    name: 'move',
    usage: 'move <service> [tables...]',
    summary: 'move tables to a service (created if new)',
    cli: true,
    args: ['service', 'table'],
    build({ args }, ctx) {
      const [to, ...tables] = args;
      if (!to) throw usage('move needs the service to move to.', this);
      return edit({ op: 'move', tables: tablesOr(tables, ctx, this), to });
    },
  },
  {
    name: 'share',
    usage: 'share <reference|technical> [tables...]',
    summary: 'take tables out of their services as replicated reference data or set-aside technical tables',
    cli: true,
    args: ['role', 'table'],
    build({ args }, ctx) {
      const [as, ...tables] = args;
      if (as !== 'reference' && as !== 'technical')
        throw usage('share needs `reference` or `technical` first.', this);
      return edit({ op: 'share', tables: tablesOr(tables, ctx, this), as });
    },
  },
  {
    name: 'create',
    usage: 'create <service>',
    summary: 'create an empty service',
    cli: true,
    args: ['name'],
    build({ args }) {
      return edit({ op: 'create', service: one(args, 'service name', this) });
    },
  },
  {
    name: 'rename',
    usage: 'rename [service] <new-name>',
    summary: 'rename a service (pins follow)',
    cli: true,
    args: ['service', 'name'],
    build({ args }, ctx) {
      if (args.length === 0 || args.length > 2) throw usage('rename takes a service and its new name.', this);
      const to = args[args.length - 1]!;
      return edit({
        op: 'rename',
        service: serviceOr(args.length === 2 ? args[0] : undefined, ctx, this),
        to,
      });
    },
  },
  {
    name: 'merge',
    usage: 'merge <into> [services...]',
    summary: 'merge services into one (dissolving the others)',
    cli: true,
    args: ['service', 'service'],
    build({ args }, ctx) {
      const [into, ...services] = args;
      if (!into) throw usage('merge needs the service to merge into.', this);
      const from = services.length ? services : [serviceOr(undefined, ctx, this)];
      if (from.every((s) => s === into)) throw usage(`Nothing to merge into ${into}.`, this);
      return edit({ op: 'merge', services: from, into });
    },
  },
  {
    name: 'split',
    usage: 'split <new-service> [tables...]',
    summary: "split tables out of their service into a new one (the tables' service must be one)",
    cli: true,
    args: ['name', 'table'],
    build({ args }, ctx) {
      const [into, ...given] = args;
      if (!into) throw usage('split needs the name of the new service.', this);
      const tables = tablesOr(given, ctx, this);
      const from = new Set(tables.map((t) => ctx.serviceOf(t)));
      const service = from.size === 1 ? [...from][0] : undefined;
      if (!service) throw usage('split takes tables of one service.', this);
      return edit({ op: 'split', service, tables, into });
    },
  },
  {
    name: 'pin',
    usage: 'pin [service] [table]',
    summary: 'pin a table to a service (moving it there); re-clustering keeps it there',
    cli: true,
    args: ['service', 'table'],
    build({ args }, ctx) {
      const table = one(
        args.length >= 2 ? args.slice(1).map((t) => ctx.table(t)) : ctx.tables(),
        'table',
        this,
      );
      const service = args[0] ?? ctx.serviceOf(table);
      if (!service) throw usage(`pin needs a service: ${table} is not in one.`, this);
      return edit({ op: 'pin', table, service });
    },
  },
  {
    name: 'unpin',
    usage: 'unpin [table]',
    summary: 'drop the pin of a table',
    cli: true,
    args: ['table'],
    build({ args }, ctx) {
      const tables = args.length ? args.map((t) => ctx.table(t)) : ctx.tables();
      return edit({ op: 'pin', table: one(tables, 'table', this), service: null });
    },
  },
  {
    name: 'together',
    usage: 'together [--remove] [tables...]',
    summary: 'keep tables in one service when re-clustering (--remove drops the constraint)',
    cli: true,
    args: ['table'],
    flags: { remove: 'switch' },
    build({ args, flags }, ctx) {
      const tables = tablesOr(args, ctx, this);
      if (tables.length < 2) throw usage('together needs two tables or more.', this);
      return edit({ op: 'together', tables, ...(flags.has('remove') ? { remove: true } : {}) });
    },
  },
  {
    name: 'apart',
    usage: 'apart [--remove] [table table]',
    summary: 'keep two tables in different services when re-clustering (--remove drops it)',
    cli: true,
    args: ['table'],
    flags: { remove: 'switch' },
    build({ args, flags }, ctx) {
      const tables = tablesOr(args, ctx, this);
      if (tables.length !== 2) throw usage('apart needs exactly two tables.', this);
      return edit({
        op: 'apart',
        tables: [tables[0]!, tables[1]!],
        ...(flags.has('remove') ? { remove: true } : {}),
      });
    },
  },
  {
    name: 'target',
    usage:
      'target [service] [--dialect postgres|mysql] [--flavor mysql|mariadb] [--database <name>] [--schema <name>] [--clear]',
    summary:
      "set where a service's database lives (engine, database, schema); the URL stays in the environment",
    cli: true,
    args: ['service'],
    flags: { dialect: 'string', flavor: 'string', database: 'string', schema: 'string', clear: 'switch' },
    build({ args, flags }, ctx) {
      if (args.length > 1) throw usage('target takes one service.', this);
      const service = serviceOr(args[0], ctx, this);
      const given = TARGET_FIELDS.filter((f) => flags.has(f));
      if (flags.has('clear')) {
        if (given.length) throw usage('--clear drops the whole target; give it alone.', this);
        return edit({ op: 'target', service, target: null });
      }
      if (!given.length)
        throw usage('target needs --dialect, --flavor, --database or --schema (or --clear).', this);
      const target: ServiceTarget = { ...ctx.targetOf(service) };
      for (const field of given) {
        const value = String(flags.get(field)).trim();
        const allowed = TARGET_VALUES[field];
        if (allowed && !allowed.includes(value))
          throw usage(`--${field} is one of ${allowed.join(', ')}, not ${JSON.stringify(value)}.`, this);
        if (!value) throw usage(`--${field} needs a value.`, this);
        Object.assign(target, { [field]: value });
      }
      return edit({ op: 'target', service, target });
    },
  },
  {
    name: 'alias',
    aliases: ['as'],
    usage: 'alias [--clear] [table] <name>',
    summary:
      "name a table differently in its service's database (`as:` in plan.yaml), e.g. two names that differ only in case",
    cli: true,
    args: ['table', 'name'],
    flags: { clear: 'switch' },
    build({ args, flags }, ctx) {
      if (flags.has('clear')) {
        const tables = args.length ? args.map((t) => ctx.table(t)) : ctx.tables();
        return edit({ op: 'alias', table: one(tables, 'table', this), as: null });
      }
      if (args.length === 0 || args.length > 2) throw usage('alias takes a table and its new name.', this);
      const as = args[args.length - 1]!;
      const tables = args.length === 2 ? [ctx.table(args[0]!)] : ctx.tables();
      return edit({ op: 'alias', table: one(tables, 'table', this), as });
    },
  },
  {
    name: 'recluster',
    usage: 'recluster [--seed <n>] [--resolution <r>]',
    summary: 'cluster the owned tables again, keeping pins, together/apart and shared tables',
    cli: true,
    args: [],
    flags: { seed: 'number', resolution: 'number' },
    build({ args, flags }) {
      if (args.length) throw usage('recluster takes only --seed and --resolution.', this);
      const seed = flags.get('seed');
      const resolution = flags.get('resolution');
      if (seed !== undefined && !Number.isSafeInteger(Number(seed)))
        throw usage('--seed must be an integer.', this);
      if (resolution !== undefined && !(Number(resolution) > 0))
        throw usage('--resolution must be a positive number.', this);
      return {
        kind: 'recluster',
        ...(seed !== undefined ? { seed: Number(seed) } : {}),
        ...(resolution !== undefined ? { resolution: Number(resolution) } : {}),
      };
    },
  },
  {
    name: 'undo',
    aliases: ['u'],
    usage: 'undo',
    summary: 'revert the last edit',
    cli: false,
    args: [],
    build: () => ({ kind: 'undo' }),
  },
  {
    name: 'redo',
    usage: 'redo',
    summary: 'apply again what undo reverted',
    cli: false,
    args: [],
    build: () => ({ kind: 'redo' }),
  },
  {
    name: 'write',
    aliases: ['w', 'wq'],
    usage: 'write [file]',
    summary: 'write the plan (to the file it came from, or this one); wq also quits',
    cli: false,
    args: ['file'],
    build({ args }, _ctx) {
      if (args.length > 1) throw usage('write takes at most one file.', this);
      return { kind: 'write', ...(args[0] ? { path: args[0] } : {}) };
    },
  },
  {
    name: 'report',
    usage: 'report [file]',
    summary:
      'write the report of the plan as it stands: HTML (default: beside the plan file), or Mermaid (.mmd) or DOT (.dot) by the name',
    cli: false,
    args: ['file'],
    build({ args }) {
      if (args.length > 1) throw usage('report takes at most one file.', this);
      return { kind: 'report', ...(args[0] ? { path: args[0] } : {}) };
    },
  },
  {
    name: 'quit',
    aliases: ['q', 'q!'],
    usage: 'quit [--force]',
    summary: 'leave (asks first when there are unsaved edits; q! or --force does not)',
    cli: false,
    args: [],
    flags: { force: 'switch' },
    build: ({ flags }) => ({ kind: 'quit', force: flags.has('force') }),
  },
  {
    name: 'help',
    usage: 'help',
    summary: 'keys and verbs',
    cli: false,
    args: [],
    build: () => ({ kind: 'help' }),
  },
];

export function findVerb(name: string): Verb | undefined {
  return VERBS.find((v) => v.name === name || v.aliases?.includes(name));
}

/** Splits words into positional arguments and the verb's flags (`--seed 7`, `--seed=7`, `--remove`). */
function parseWords(verb: Verb, words: string[]): Parsed {
  const args: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith('--') || w === '--') {
      args.push(w);
      continue;
    }
    const [name, inline] = w.slice(2).split(/=(.*)/su, 2) as [string, string | undefined];
    const kind = verb.flags?.[name];
    if (!kind) throw usage(`${verb.name} has no option --${name}.`, verb);
    if (kind === 'switch') flags.set(name, true);
    else {
      const value = inline ?? words[++i];
      if (value === undefined) throw usage(`--${name} needs a value.`, verb);
      flags.set(name, value);
    }
  }
  return { args, flags };
}

/** Parses a `:` command line (or `seam plan <verb> …`'s words) into what it does. Throws SEAM_USAGE. */
export function parseCommand(line: string | string[], ctx: VerbContext = noContext): PlanAction {
  const words = typeof line === 'string' ? tokenize(line.replace(/^\s*:/u, '')).words : line;
  const [name, ...rest] = words;
  if (!name)
    throw usage('Type a verb: move, share, create, rename, merge, split, pin, recluster, undo, write…');
  const verb = findVerb(name);
  if (!verb)
    throw new SeamError('SEAM_USAGE', `There is no verb "${name}".`, {
      hint: `Verbs: ${VERBS.map((v) => v.name).join(', ')}.`,
    });
  const action = verb.build(parseWords(verb, rest), ctx);
  if (action.kind === 'write' && name === 'wq') return { ...action, quit: true };
  if (action.kind === 'quit' && name === 'q!') return { kind: 'quit', force: true };
  return action;
}

/** The command line that does the same, with every argument spelled out (for the action log and the CLI). */
export function formatAction(action: PlanAction): string {
  const words = ((): string[] => {
    switch (action.kind) {
      case 'recluster':
        return [
          'recluster',
          ...(action.seed !== undefined ? ['--seed', String(action.seed)] : []),
          ...(action.resolution !== undefined ? ['--resolution', String(action.resolution)] : []),
        ];
      case 'write':
        return [action.quit ? 'wq' : 'write', ...(action.path ? [action.path] : [])];
      case 'report':
        return ['report', ...(action.path ? [action.path] : [])];
      case 'quit':
        return action.force ? ['quit', '--force'] : ['quit'];
      case 'undo':
      case 'redo':
      case 'help':
        return [action.kind];
      case 'edit': {
        const e = action.edit;
        switch (e.op) {
          case 'move':
            return ['move', e.to, ...e.tables];
          case 'share':
            return ['share', e.as, ...e.tables];
          case 'create':
            return ['create', e.service];
          case 'rename':
            return ['rename', e.service, e.to];
          case 'merge':
            return ['merge', e.into, ...e.services];
          case 'split':
            return ['split', e.into, ...e.tables];
          case 'pin':
            return e.service === null ? ['unpin', e.table] : ['pin', e.service, e.table];
          case 'together':
            return ['together', ...(e.remove ? ['--remove'] : []), ...e.tables];
          case 'apart':
            return ['apart', ...(e.remove ? ['--remove'] : []), ...e.tables];
          case 'target':
            return [
              'target',
              e.service,
              ...(e.target
                ? TARGET_FIELDS.flatMap((f) => (e.target?.[f] !== undefined ? [`--${f}`, e.target[f]!] : []))
                : ['--clear']),
            ];
          case 'alias':
            return e.as === null ? ['alias', '--clear', e.table] : ['alias', e.table, e.as];
        }
      }
    }
  })();
  return words.map(quoteWord).join(' ');
}

/** Names to complete from: services and tables of the plan as it stands. */
export interface CompletionSource {
  services(): string[];
  tables(): TableKey[];
}

/**
 * Completion of the word being typed: the candidates (at most `limit`) and the line completed as far
 * as they agree (their common prefix).
 */
export function complete(
  line: string,
  source: CompletionSource,
  limit = 50,
): { line: string; candidates: string[] } {
  const { words, open } = tokenize(line);
  const partial = open ? words.pop()! : '';
  const head = line.slice(0, line.length - (open ? partial.length : 0));
  let pool: string[];
  if (words.length === 0) {
    pool = VERBS.map((v) => v.name);
  } else {
    const verb = findVerb(words[0]!);
    if (!verb) return { line, candidates: [] };
    if (partial.startsWith('--')) pool = Object.keys(verb.flags ?? {}).map((f) => `--${f}`);
    else {
      const position = words.slice(1).filter((w) => !w.startsWith('--')).length;
      const kind = verb.args[Math.min(position, verb.args.length - 1)];
      pool =
        kind === 'service'
          ? source.services()
          : kind === 'table'
            ? source.tables()
            : kind === 'role'
              ? ['reference', 'technical']
              : [];
    }
  }
  const lower = partial.toLowerCase();
  const candidates: string[] = [];
  for (const c of pool) {
    if (c.toLowerCase().startsWith(lower)) candidates.push(c);
    if (candidates.length > limit) break;
  }
  if (candidates.length === 0) return { line, candidates };
  let common = candidates[0]!;
  for (const c of candidates) {
    let i = 0;
    while (i < common.length && i < c.length && common[i] === c[i]) i++;
    common = common.slice(0, i);
  }
  const done = candidates.length === 1;
  const completed = common.length >= partial.length ? common : partial;
  return {
    line: `${head}${done ? `${quoteWord(completed)} ` : completed}`,
    candidates: candidates.slice(0, limit),
  };
}
