/**
 * canon v1 for doubles: `[-]<mantissa>p<exponent>`, value = mantissa × 2^(exponent − 52), read from
 * the IEEE-754 bits (see postgres/sql.ts and mysql/sql.ts). These two functions are the reference
 * in JavaScript: tests check both engines against it, reports turn the form back into a number.
 */
export function floatToCanon(x: number): string {
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const eb = Number((bits >> 52n) & 2047n);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = eb === 0 ? frac : frac + (1n << 52n);
  return `${x < 0 ? '-' : ''}${mant}p${eb === 0 ? -1022 : eb - 1023}`;
}

/** The shortest decimal text of a canonical double (`1e+21` style, as JavaScript prints it). */
export function floatFromCanon(text: string): string {
  const m = /^(-?)(\d+)p(-?\d+)$/.exec(text);
  if (!m) return text;
  const v = Number(m[2]) * 2 ** (Number(m[3]) - 52);
  return String(m[1] ? -v : v);
}
