import type { CaptureEndpoint } from '../capture/connector.js';
import { engineFor } from '../engine.js';
import type { GenerateOptions } from '../generate/types.js';
import { ROLES } from '../grants/grants.js';
import type { ServiceLayout } from '../layout/service-layout.js';

/**
 * Where the reverse connector reaches a service's database: the URL known when generating
 * (SEAM_TARGET_<SERVICE>_URL), else a guess the runbook points out. Never a password: a Kafka
 * Connect config-provider reference to SEAM_TARGET_<SERVICE>_PASSWORD unless the URL had none.
 */
export function serviceEndpoint(
  service: ServiceLayout,
  options: GenerateOptions,
): { endpoint: CaptureEndpoint; namespace: string; guessed: boolean } {
  const target = service.target;
  const engine = engineFor(target.dialect);
  const spec = options.targets?.[service.name];
  const database = target.database ?? spec?.database ?? service.name.replace(/-/g, '_');
  const passwordRef =
    spec && !spec.password ? null : `\${env:${target.urlEnv.replace(/_URL$/u, '')}_PASSWORD}`;
  const endpoint: CaptureEndpoint = {
    dialect: target.dialect,
    // A MySQL-family target always has its flavor; a PostgreSQL one has none.
    flavor: target.mysqlFlavor ?? 'postgresql',
    host: spec?.host ?? 'localhost',
    port: spec?.port ?? engine.defaultPort,
    user: spec?.user ?? ROLES.capture,
    database,
    passwordRef,
  };
  return {
    endpoint,
    namespace: engine.target.namespace(target.schema, database, database),
    guessed: !spec && !target.database,
  };
}
