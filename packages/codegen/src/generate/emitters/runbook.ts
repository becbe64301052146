import { renderRunbook } from '../../runbook/runbook.js';
import type { ServiceEmitter } from '../types.js';

/** The service's RUNBOOK.md. */
export const runbook: ServiceEmitter = (a, run) => [
  { path: `${a.files.dir}/RUNBOOK.md`, content: renderRunbook(a, run) },
];
