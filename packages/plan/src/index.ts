// `@seam/plan`: editing a plan — verbs, the editing session, blast radius, cost text. No React, no ink.
export { blastRadius, MANY_TABLES } from './blast-radius.js';
export * from './cost-text.js';
export { openPlan } from './open.js';
export { planChanges } from './plan-changes.js';
export { ALL, type Outcome, PlanSession, REFERENCE, summarize, TECHNICAL } from './session.js';
export { planSummary } from './summary.js';
export { quoteWord, tokenize } from './tokens.js';
export * from './verbs.js';
