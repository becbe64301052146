import { displayKey, type KeyName } from './keys.js';

/** Everything a key can do; the reducer has one handler per (context, action) the key map binds. */
export type Action =
  | 'down'
  | 'up'
  | 'top'
  | 'bottom'
  | 'pageDown'
  | 'pageUp'
  | 'halfDown'
  | 'halfUp'
  | 'nextPane'
  | 'prevPane'
  | 'pane1'
  | 'pane2'
  | 'pane3'
  | 'open'
  | 'back'
  | 'filter'
  | 'command'
  | 'help'
  | 'log'
  | 'quit'
  | 'exit'
  | 'mark'
  | 'markAll'
  | 'move'
  | 'split'
  | 'create'
  | 'rename'
  | 'merge'
  | 'pin'
  | 'apart'
  | 'recluster'
  | 'undo'
  | 'redo'
  | 'write'
  | 'report'
  | 'accept'
  | 'cancel'
  | 'erase'
  | 'complete'
  | 'older'
  | 'newer'
  | 'yes'
  | 'no'
  | 'writeQuit';

export interface Binding {
  keys: KeyName[];
  action: Action;
  help: string;
  section: string;
}

const MOVE = 'Move around';
const PANES = 'Panes';
const FIND = 'Find and mark';
const EDIT = 'Edit the plan';
const FILE = 'Plan file and help';

const exit: Binding = {
  keys: ['ctrl-c'],
  action: 'exit',
  help: 'leave at once (unsaved edits are lost)',
  section: FILE,
};

/** The scrolling keys of lists that are not the main panes (pickers, help, confirmations). */
const scrolling = (section: string): Binding[] => [
  { keys: ['j', 'down'], action: 'down', help: 'down', section },
  { keys: ['k', 'up'], action: 'up', help: 'up', section },
  { keys: ['pagedown', 'ctrl-f'], action: 'pageDown', help: 'page down', section },
  { keys: ['pageup', 'ctrl-b'], action: 'pageUp', help: 'page up', section },
  { keys: ['g', 'home'], action: 'top', help: 'top', section },
  { keys: ['G', 'end'], action: 'bottom', help: 'bottom', section },
];

/**
 * The one key map: the reducer dispatches through it and `?` help is printed from it. Contexts: the
 * main screen, the filter and command lines being typed, the service picker, confirmations, the
 * pagers (help, log) and the quit question.
 */
export const KEYMAP = {
  normal: [
    { keys: ['j', 'down'], action: 'down', help: 'next row (details: scroll)', section: MOVE },
    { keys: ['k', 'up'], action: 'up', help: 'previous row', section: MOVE },
    { keys: ['g', 'home'], action: 'top', help: 'first row', section: MOVE },
    { keys: ['G', 'end'], action: 'bottom', help: 'last row', section: MOVE },
    { keys: ['pagedown', 'ctrl-f'], action: 'pageDown', help: 'page down', section: MOVE },
    { keys: ['pageup', 'ctrl-b'], action: 'pageUp', help: 'page up', section: MOVE },
    { keys: ['ctrl-d'], action: 'halfDown', help: 'half a page down', section: MOVE },
    { keys: ['ctrl-u'], action: 'halfUp', help: 'half a page up', section: MOVE },
    { keys: ['tab', 'l', 'right'], action: 'nextPane', help: 'next pane', section: PANES },
    { keys: ['shift-tab', 'h', 'left'], action: 'prevPane', help: 'previous pane', section: PANES },
    { keys: ['1'], action: 'pane1', help: 'services pane', section: PANES },
    { keys: ['2'], action: 'pane2', help: 'tables pane', section: PANES },
    { keys: ['3'], action: 'pane3', help: 'details pane', section: PANES },
    { keys: ['enter'], action: 'open', help: 'into the selected service or table', section: PANES },
    {
      keys: ['escape'],
      action: 'back',
      help: 'back out: clear the marks, then the filter, then go to the previous pane',
      section: PANES,
    },
    {
      keys: ['/'],
      action: 'filter',
      help: 'filter the focused list as you type (!text hides matches)',
      section: FIND,
    },
    { keys: [' '], action: 'mark', help: 'mark or unmark the table, then go down', section: FIND },
    { keys: ['*'], action: 'markAll', help: 'mark every table listed (again: unmark them)', section: FIND },
    {
      keys: ['m'],
      action: 'move',
      help: 'move the marked tables (else the selected one) to a service or share them',
      section: EDIT,
    },
    { keys: ['s'], action: 'split', help: 'split the marked tables into a new service', section: EDIT },
    { keys: ['c'], action: 'create', help: 'create a service', section: EDIT },
    { keys: ['r'], action: 'rename', help: 'rename the selected service', section: EDIT },
    { keys: ['M'], action: 'merge', help: 'merge the selected service into another', section: EDIT },
    { keys: ['p'], action: 'pin', help: 'pin the table to its service (again: unpin)', section: EDIT },
    { keys: ['x'], action: 'apart', help: 'keep the two marked tables apart', section: EDIT },
    { keys: ['R'], action: 'recluster', help: 're-cluster, keeping pins and constraints', section: EDIT },
    { keys: ['u'], action: 'undo', help: 'undo the last edit', section: EDIT },
    { keys: ['ctrl-r'], action: 'redo', help: 'redo what undo reverted', section: EDIT },
    { keys: ['w'], action: 'write', help: 'write plan.yaml (shows what changes first)', section: FILE },
    {
      keys: ['E'],
      action: 'report',
      help: 'write the HTML report of the plan beside the plan file',
      section: FILE,
    },
    { keys: [':'], action: 'command', help: 'command line: the verbs of `seam plan`', section: FILE },
    { keys: ['?'], action: 'help', help: 'this help', section: FILE },
    { keys: ['@'], action: 'log', help: 'log: edits as commands, notices', section: FILE },
    { keys: ['q'], action: 'quit', help: 'quit (asks first when there are unsaved edits)', section: FILE },
    exit,
  ],
  filter: [
    { keys: ['enter'], action: 'accept', help: 'keep the filter', section: 'Filter line' },
    { keys: ['escape'], action: 'cancel', help: 'clear the filter', section: 'Filter line' },
    { keys: ['backspace', 'delete'], action: 'erase', help: 'erase a character', section: 'Filter line' },
    { keys: ['down', 'ctrl-n'], action: 'down', help: 'next row', section: 'Filter line' },
    { keys: ['up', 'ctrl-p'], action: 'up', help: 'previous row', section: 'Filter line' },
    exit,
  ],
  command: [
    { keys: ['enter'], action: 'accept', help: 'run the command', section: 'Command line' },
    { keys: ['escape'], action: 'cancel', help: 'leave the command line', section: 'Command line' },
    {
      keys: ['tab'],
      action: 'complete',
      help: 'complete the verb, service or table',
      section: 'Command line',
    },
    { keys: ['backspace', 'delete'], action: 'erase', help: 'erase a character', section: 'Command line' },
    { keys: ['up'], action: 'older', help: 'previous command', section: 'Command line' },
    { keys: ['down'], action: 'newer', help: 'next command', section: 'Command line' },
    exit,
  ],
  picker: [
    { keys: ['enter'], action: 'accept', help: 'choose (a new name creates the service)', section: 'Picker' },
    { keys: ['escape'], action: 'cancel', help: 'cancel', section: 'Picker' },
    { keys: ['down', 'ctrl-n'], action: 'down', help: 'next', section: 'Picker' },
    { keys: ['up', 'ctrl-p'], action: 'up', help: 'previous', section: 'Picker' },
    { keys: ['backspace', 'delete'], action: 'erase', help: 'erase a character', section: 'Picker' },
    exit,
  ],
  confirm: [
    { keys: ['enter', 'y'], action: 'yes', help: 'go ahead', section: 'Confirmation' },
    { keys: ['escape', 'n'], action: 'no', help: 'cancel', section: 'Confirmation' },
    ...scrolling('Confirmation'),
    exit,
  ],
  pager: [
    { keys: ['escape', 'q', '?', '@', 'enter'], action: 'cancel', help: 'close', section: 'Help and log' },
    ...scrolling('Help and log'),
    exit,
  ],
  quit: [
    { keys: ['y'], action: 'yes', help: 'quit without writing', section: 'Quit question' },
    { keys: ['w'], action: 'writeQuit', help: 'write, then quit', section: 'Quit question' },
    { keys: ['escape', 'n'], action: 'no', help: 'stay', section: 'Quit question' },
    exit,
  ],
} satisfies Record<string, Binding[]>;

export type Context = keyof typeof KEYMAP;

const tables = new Map<Context, Map<KeyName, Action>>();
for (const [context, bindings] of Object.entries(KEYMAP) as [Context, Binding[]][]) {
  const map = new Map<KeyName, Action>();
  for (const b of bindings)
    for (const k of b.keys) {
      if (map.has(k)) throw new Error(`key ${k} bound twice in ${context}`);
      map.set(k, b.action);
    }
  tables.set(context, map);
}

/** The action a key has in a context, if any. */
export function actionFor(context: Context, key: KeyName): Action | undefined {
  return tables.get(context)!.get(key);
}

/** The keys bound to an action, as shown to people (`j/↓`). */
export function keysFor(context: Context, action: Action): string {
  const b = (KEYMAP[context] as Binding[]).find((x) => x.action === action);
  return b ? b.keys.map(displayKey).join('/') : '';
}

/** The `?` screen: every binding of every context, by section, from the same key map the handlers use. */
export function helpLines(): string[] {
  const sections = new Map<string, Set<string>>();
  for (const bindings of Object.values(KEYMAP) as Binding[][])
    for (const b of bindings) {
      const lines = sections.get(b.section) ?? new Set<string>();
      sections.set(b.section, lines);
      lines.add(`  ${b.keys.map(displayKey).join(' ').padEnd(22)} ${b.help}`);
    }
  return [...sections].flatMap(([name, lines], i) => [...(i ? [''] : []), name, ...lines]);
}
