import { renderToString } from 'ink';
import type { Controller } from './state/controller.js';
import { Screen } from './ui/app.js';

/** The screen for the controller's state as text, drawn by ink without a terminal (benchmarks, debugging). */
export function frameText(controller: Controller): string {
  const { state, session } = controller;
  return renderToString(<Screen state={state} session={session} />, { columns: state.size.columns });
}
