import type pg from 'pg';
import type { ConnectionSpec } from '../../connection/connection-spec.js';
import { pgTlsPlan } from '../../connection/postgres/postgres-tls.js';
import type { TlsChoice } from '../../tls/tls-fallback.js';

const message = (error: unknown) => String((error as { message?: unknown })?.message ?? '');

/** node-postgres `ssl` options for a connection's sslmode, with libpq's second attempt for allow/prefer. */
export function pgTlsChoice(spec: ConnectionSpec): TlsChoice<pg.ClientConfig['ssl']> {
  const plan = pgTlsPlan(spec);
  const fallback = plan.fallback;
  if (!fallback) return { first: plan.first };
  return {
    first: plan.first,
    fallback: {
      ssl: fallback.ssl,
      applies:
        fallback.when === 'no-ssl-on-server'
          ? (error) => /server does not support SSL/i.test(message(error))
          : // pg_hba.conf has only hostssl lines for this client: "… no encryption".
            (error) =>
              (error as { code?: unknown })?.code === '28000' &&
              /no encryption|SSL off/i.test(message(error)),
    },
  };
}
