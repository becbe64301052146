import type { RunbookFacts } from '../facts.js';
import { code, text } from '../markdown.js';

/** The title, what the service takes over, the phases, where commands run. */
export function introSection(f: RunbookFacts): string[] {
  const { ctx, s, cli, dir, plan, svc, monolithEngine, targetEngine, copies } = f;
  const out: string[] = [];
  out.push(
    `# Moving ${code(svc)} out of the monolith`,
    '',
    `${s.description ? `${text(s.description)}\n\n` : ''}The service takes over **${s.owned.length} table(s)** of the ${monolithEngine.displayName} monolith ${code(ctx.endpointGuessed ? ctx.layout.source.database : ctx.endpoint.database)} into its own **${targetEngine.displayName}** database${copies.length ? `, and keeps read-only copies of ${copies.length} reference table(s)` : ''}. ` +
      `The monolith stays the only writer until cut-over; Debezium streams every change to Kafka, \`seam replicate\` applies it to the service's database, and \`seam verify\` proves the copy equal before anything switches.`,
    '',
    `\`seam move\` runs the whole move as one resumable workflow (create, verify, switch, reverse, complete, cancel): see [The move as one workflow](#the-move-as-one-workflow-seam-move). The phases, each with its rollback, are the same steps by hand:`,
    '',
    '1. [Create the schema](#phase-1--create-the-schema)',
    '2. [Start change capture and backfill](#phase-2--start-change-capture-and-backfill)',
    '3. [Verify parity](#phase-3--verify-parity)',
    '4. [Move reads](#phase-4--move-reads)',
    '5. [Move writes (cut-over)](#phase-5--move-writes-cut-over)',
    '6. [Stop replication](#phase-6--stop-replication)',
    '7. [Drop the old tables and cross-boundary foreign keys](#phase-7--drop-the-old-tables-and-cross-boundary-foreign-keys)',
    '',
    `Commands run from the folder that holds ${code(dir)} and ${code(plan)}, with ${code(cli)} (a Seam checkout; with an installed \`seam\`, drop \`pnpm\`). Every \`seam\` command takes \`--json\`; \`seam migrate\` takes \`--dry-run\` to show its statements first.`,
    '',
  );

  return out;
}
