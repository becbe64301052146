import type { CaptureEndpoint } from '../capture/connector.js';
import { engineFor, sameEngine } from '../engine.js';
import { ROLES } from '../grants/grants.js';
import type { GenerateOptions } from './types.js';

// biome-ignore lint/suspicious/noTemplateCurlyInString: a Kafka Connect config-provider reference, not a template
const DEFAULT_PASSWORD_REF = '${env:SEAM_SOURCE_PASSWORD}';

/** Where the connectors reach the monolith: the URL given, else a guess the runbook points out. */
export function sourceEndpoint(options: GenerateOptions): { endpoint: CaptureEndpoint; guessed: boolean } {
  const s = options.source;
  const snapshot = options.snapshot;
  const passwordRef =
    options.passwordRef !== undefined ? options.passwordRef : s && !s.password ? null : DEFAULT_PASSWORD_REF;
  if (s && sameEngine(s.dialect, snapshot.engine.dialect)) {
    return {
      endpoint: {
        dialect: s.dialect,
        flavor: snapshot.engine.flavor,
        host: s.host,
        port: s.port,
        user: s.user ?? ROLES.capture,
        database: s.database || snapshot.database,
        passwordRef,
        tls: s.params,
      },
      guessed: false,
    };
  }
  return {
    endpoint: {
      dialect: snapshot.engine.dialect,
      flavor: snapshot.engine.flavor,
      host: 'localhost',
      port: engineFor(snapshot.engine.dialect).defaultPort,
      user: ROLES.capture,
      database: snapshot.database,
      passwordRef,
    },
    guessed: true,
  };
}
