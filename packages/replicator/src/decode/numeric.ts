/** Connect Decimal and Debezium Bits: big-endian two's complement and little-endian bit sets, base64 in JSON. */

export function unscaledFromBytes(bytes: Buffer): bigint {
  if (bytes.length === 0) return 0n;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  if ((bytes[0]! & 0x80) !== 0) n -= 1n << BigInt(bytes.length * 8);
  return n;
}

/** An unscaled integer and a scale as exact decimal text: (123456, 2) → "1234.56". */
export function formatScaled(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  let digits = (negative ? -unscaled : unscaled).toString();
  if (scale <= 0) {
    if (scale < 0 && digits !== '0') digits += '0'.repeat(-scale);
    return negative ? `-${digits}` : digits;
  }
  digits = digits.padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

export function decimalFromBase64(base64: string, scale: number): string {
  return formatScaled(unscaledFromBytes(Buffer.from(base64, 'base64')), scale);
}

/**
 * io.debezium.data.Bits: little-endian bytes → a string of 0 and 1, most significant bit first,
 * without leading zeros (Debezium does not say how long a bit varying value was); the writers pad
 * it to a fixed-width column's length. No bytes at all is the empty bit string.
 */
export function bitsFromBytes(bytes: Buffer): string {
  if (bytes.length === 0) return '';
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n.toString(2);
}
