/** Buffers come back from a thread as plain Uint8Arrays: the MySQL driver needs Buffers. */
export function reviveBuffers<T>(value: T): T {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = reviveBuffers(value[i]);
    return value;
  }
  if (value && typeof value === 'object') {
    for (const k of Object.keys(value))
      (value as Record<string, unknown>)[k] = reviveBuffers((value as Record<string, unknown>)[k]);
  }
  return value;
}
