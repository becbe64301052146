// A native type spelling copied as is (same engine): letters, digits, spaces, _ . , ( ) [ ] and quotes
// around identifiers. Anything else is refused so that a hostile catalog string never reaches DDL.
const SAFE_NATIVE = /^[A-Za-z_][A-Za-z0-9_ .,()[\]"]*$/;

export function safeNative(native: string): string | undefined {
  const trimmed = native.trim();
  if (!SAFE_NATIVE.test(trimmed)) return undefined;
  // Balanced double quotes only (format_type quotes identifiers, doubling embedded quotes).
  if ((trimmed.match(/"/g)?.length ?? 0) % 2 !== 0) return undefined;
  return trimmed;
}
