import { MONOLITH_SCRIPTS } from '../../monolith/scripts.js';
import type { RunbookFacts } from '../facts.js';
import { client } from '../helpers.js';
import { sh, shellBlock } from '../markdown.js';

/** Phase 7: drop the old tables and cross-boundary foreign keys. */
export function phase7Section(f: RunbookFacts): string[] {
  const { ctx, s, svc, sourceDialect, monolithEngine, migrate, outbound, inbound } = f;
  const out: string[] = [];
  out.push(
    '## Phase 7 — Drop the old tables and cross-boundary foreign keys',
    '',
    `Last, when no code reads the monolith's copy any more: keep a backup, then drop the tables. Their own foreign keys (to ${outbound.length} table(s) elsewhere) go with them; the ${inbound.length} from tables that stay were dropped at cut-over.`,
    '',
    shellBlock([
      monolithEngine.monolith.backupCommand(
        s.owned.map((t) => ({ schema: t.source.schema, name: t.source.name })),
        ctx.options.source,
        `${svc}-monolith-backup.sql`,
      ),
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.dropTables} --dry-run`)}`,
      migrate(`--monolith ${MONOLITH_SCRIPTS.dropTables}`),
    ]),
    '',
    `\`seam migrate\` refuses this while change capture is still set up (phase 6) or before the foreign keys from other tables are gone (phase 5).`,
    '',
    '**Rollback:** restore the backup, then re-add the foreign keys:',
    '',
    shellBlock([
      `${client(sourceDialect, 'SEAM_SOURCE_URL', ctx.options.source)} < ${sh(`${svc}-monolith-backup.sql`)}`,
      `${migrate(`--monolith ${MONOLITH_SCRIPTS.dropForeignKeys} --down`)}`,
    ]),
    '',
  );

  return out;
}
