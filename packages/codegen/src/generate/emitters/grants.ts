import { engineFor } from '../../engine.js';
import { monolithGrants, serviceGrants } from '../../grants/grants.js';
import { heartbeatSchema, relations } from '../relations.js';
import type { ServiceEmitter } from '../types.js';

/** Least-privilege grants: on the service's database (its engine), and on the monolith (the monolith's engine). */
export const grants: ServiceEmitter = (a, run) => {
  const service = a.layout;
  const target = service.target;
  const namespace = engineFor(target.dialect).target.namespace(target.schema, target.database, '');
  const targetTables = [...service.owned, ...service.reference].map((t) => ({
    schema: namespace,
    name: t.name,
  }));
  return [
    {
      path: a.files.grantsService,
      content: serviceGrants(
        target.dialect,
        service.name,
        targetTables,
        target.schema,
        run.header(service.name, 'least-privilege grants on its database'),
      ),
    },
    {
      path: a.files.grantsMonolith,
      content: monolithGrants(
        run.snapshot.engine.dialect,
        `service ${service.name}`,
        relations(a.replicated),
        { schema: heartbeatSchema(a.replicated, service.owned), name: service.capture.heartbeatTable },
        relations(service.owned),
        run.header(service.name, 'least-privilege grants on the monolith'),
        { schema: heartbeatSchema(a.replicated, service.owned), name: service.capture.signalTable },
      ),
    },
  ];
};
