import type { GenerateContext, ServiceArtifacts } from '../generate.js';
import { runbookFacts } from './facts.js';
import { applicationChangesSection } from './sections/application-changes.js';
import { beforeYouStartSection } from './sections/before-you-start.js';
import { filesSection } from './sections/files.js';
import { introSection } from './sections/intro.js';
import { moveWorkflowSection } from './sections/move-workflow.js';
import { phase1Section } from './sections/phase-1.js';
import { phase2Section } from './sections/phase-2.js';
import { phase3Section } from './sections/phase-3.js';
import { phase4Section } from './sections/phase-4.js';
import { phase5Section } from './sections/phase-5.js';
import { phase6Section } from './sections/phase-6.js';
import { phase7Section } from './sections/phase-7.js';
import { whatMovesSection } from './sections/what-moves.js';

/** The runbook's sections in order: each a template over the same facts. */
const SECTIONS = [
  introSection,
  moveWorkflowSection,
  whatMovesSection,
  beforeYouStartSection,
  applicationChangesSection,
  phase1Section,
  phase2Section,
  phase3Section,
  phase4Section,
  phase5Section,
  phase6Section,
  phase7Section,
  filesSection,
];

/** The Markdown runbook carrying one service through every phase of its move, with the exact commands. */
export function renderRunbook(a: ServiceArtifacts, ctx: GenerateContext): string {
  const facts = runbookFacts(a, ctx);
  const out = SECTIONS.flatMap((section) => section(facts));
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
