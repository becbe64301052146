/**
 * A connection setting chosen by trying: the first choice, and when that attempt fails with an
 * error `retryWith` recognizes, the fallback (libpq's sslmode=allow/prefer, MySQL's PREFERRED).
 * The decision is made once, by the first connection, and kept for the pool's life.
 */
export interface TlsChoice<S> {
  first: S;
  fallback?: { ssl: S; applies(error: unknown): boolean };
}

export async function chooseTls<S, C>(
  choice: TlsChoice<S>,
  attempt: (ssl: S) => Promise<C>,
): Promise<{ ssl: S; conn: C }> {
  try {
    return { ssl: choice.first, conn: await attempt(choice.first) };
  } catch (error) {
    if (!choice.fallback?.applies(error)) throw error;
    const ssl = choice.fallback.ssl;
    return { ssl, conn: await attempt(ssl) };
  }
}
