import { SHARED_REFERENCE } from '../../layout/names.js';
import { sqlMigrationFiles } from '../../migration/sql-file.js';
import { captureScript } from '../../monolith/scripts.js';
import { relations } from '../relations.js';
import type { Emitter } from '../types.js';

/** The reference tables' capture script on the monolith (heartbeat table, publication), one for all services. */
export const referenceCapture: Emitter = (run) => {
  if (!run.layout.reference || !run.reference) return [];
  const dialect = run.snapshot.engine.dialect;
  const script = captureScript(
    dialect,
    run.layout.reference.capture,
    relations(run.reference.tables),
    'the reference tables',
  );
  run.manifest.units.push({
    service: SHARED_REFERENCE,
    database: 'monolith',
    dialect,
    urlEnv: 'SEAM_SOURCE_URL',
    kind: 'scripts',
    migrations: [script],
  });
  const sql = sqlMigrationFiles(script, run.header('shared-reference', 'capture of the reference tables'));
  return [
    { path: `${SHARED_REFERENCE}/monolith/capture.up.sql`, content: sql.up },
    { path: `${SHARED_REFERENCE}/monolith/capture.down.sql`, content: sql.down },
  ];
};
