// `@seam/tui`: the terminal UI behind `seam plan` (ink + React). The CLI imports it lazily, so other
// commands never load React; the plan domain it edits is `@seam/plan`.

export { frameText } from './frame.js';
export { type RunOptions, runPlanUi } from './run.js';
export { Controller } from './state/controller.js';
export type { KeyName } from './state/keys.js';
export { keysOf } from './state/keys.js';
