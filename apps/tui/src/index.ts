// `@seam/tui`: the terminal UI behind `seam plan` (ink + React). The CLI imports it lazily, so other
// commands never load React; `@seam/tui/plan` holds the plain-TypeScript side they may share.

export { frameText } from './frame.js';
export { type RunOptions, runPlanUi } from './run.js';
export { Controller } from './state/controller.js';
export type { KeyName } from './state/keys.js';
export { keysOf } from './state/keys.js';
