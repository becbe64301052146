// Messages on the bottom line, and what the verbs take from the screen.
import { isSeamError } from '@seam/core';
import type { PlanSession, VerbContext } from '@seam/plan';
import { type Overlay, selectedService, targetTables, type UiState } from './state.js';

export type Picker = Extract<Overlay, { kind: 'picker' }>;

export function errorText(error: unknown): string {
  if (isSeamError(error)) return `${error.message}${error.hint ? ` ${error.hint}` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

export const info = (state: UiState, text: string): UiState => ({
  ...state,
  message: { text, tone: 'info' },
});
export const fail = (state: UiState, text: string): UiState => ({
  ...state,
  message: { text, tone: 'error' },
});

/** What the verbs take from the screen: marked tables (else the selected one), the selected service. */
export function uiContext(state: UiState, session: PlanSession): VerbContext {
  return {
    tables: () => targetTables(state, session),
    service: () => selectedService(state, session) ?? null,
    serviceOf: (t) => session.serviceOf(t),
    targetOf: (service) => session.targetOf(service),
    table: (name) => session.resolveTable(name),
  };
}
