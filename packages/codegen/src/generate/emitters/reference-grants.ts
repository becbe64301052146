import { monolithGrants } from '../../grants/grants.js';
import { SHARED_REFERENCE } from '../../layout/names.js';
import { mainSchema } from '../../monolith/scripts.js';
import { names, relations } from '../relations.js';
import type { Emitter } from '../types.js';

/** Least privilege on the monolith for the reference tables' capture and verification. */
export const referenceGrants: Emitter = (run) => {
  if (!run.layout.reference || !run.reference) return [];
  const capturable = run.reference.tables;
  return [
    {
      path: `${SHARED_REFERENCE}/grants/monolith.sql`,
      content: monolithGrants(
        run.snapshot.engine.dialect,
        'the reference tables',
        relations(capturable),
        { schema: mainSchema(names(capturable)), name: run.reference.names.heartbeatTable },
        relations(run.layout.reference.tables),
        run.header('shared-reference', 'least-privilege grants'),
      ),
    },
  ];
};
