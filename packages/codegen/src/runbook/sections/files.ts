import type { RunbookFacts } from '../facts.js';
import { code, table } from '../markdown.js';

/** The files generated for the service. */
export function filesSection(f: RunbookFacts): string[] {
  const { a, s, svc, shown } = f;
  const out: string[] = [];
  out.push(
    '## Files',
    '',
    table(
      ['file', 'what'],
      [
        [shown(`${svc}/migrations/typeorm/`), `TypeORM migrations (${a.files.typeorm.length}), up and down`],
        [shown(`${svc}/migrations/sql/`), 'the same as plain SQL, `*.up.sql` and `*.down.sql`'],
        [shown(`${svc}/monolith/`), 'the scripts `--monolith <name>` runs, as plain SQL'],
        [
          shown(a.files.connector),
          `Debezium connector ${code(s.capture.connector)} (PUT /connectors/<name>/config)`,
        ],
        [shown(a.files.replicate), `\`seam replicate --config\`, group ${code(s.groups.forward)}`],
        ...(a.files.replicateReference
          ? [[shown(a.files.replicateReference), `reference copies, group ${code(s.groups.reference)}`]]
          : []),
        [shown(a.files.grantsService), `least-privilege grants on the ${svc} service's database`],
        [shown(a.files.grantsMonolith), 'least-privilege grants on the monolith'],
      ],
    ),
    '',
  );
  return out;
}
