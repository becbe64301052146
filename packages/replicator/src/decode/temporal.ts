/**
 * Debezium's temporal encodings turned into text both engines read: `YYYY-MM-DD`,
 * `HH:MM:SS[.ffffff]`, `YYYY-MM-DD HH:MM:SS[.ffffff]`, `infinity`/`-infinity`.
 * Everything is UTC; years before 1 are written the PostgreSQL way (`0044-03-15 BC`).
 */

const MICROS_PER_DAY = 86_400_000_000;
const NANOS_PER_DAY = 86_400_000_000_000n;

// PostgreSQL ±infinity as Debezium's PostgresValueConverter sends them (µs and ms), and Long.MAX/MIN (ns).
const POS_INFINITY = new Set(['9223372036825200000', '9223372036825200', '9223372036854775807']);
const NEG_INFINITY = new Set(['-9223372036832400000', '-9223372036832400', '-9223372036854775808']);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Civil date of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
function civil(days: number): [year: number, month: number, day: number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function dateParts(days: number): { date: string; bc: boolean } {
  const [y, m, d] = civil(days);
  const bc = y <= 0;
  return { date: `${pad(bc ? 1 - y : y, 4)}-${pad(m, 2)}-${pad(d, 2)}`, bc };
}

// PostgreSQL date ±infinity as Debezium sends them, day counts no date has (PostgreSQL's dates
// end in 4713 BC and 5874897 AD): streamed, the ends of an int of days since 2000 moved to 1970
// (+infinity overflowing the int); read by the snapshot, its millisecond sentinels overflowed into
// an int of days; and the plain ends of an int.
const DATE_INFINITY = new Set([2_147_494_604, -2_147_472_692, -622_191_234, 2_147_483_647]);
const DATE_MINUS_INFINITY = new Set([-2_147_472_691, -625_821_272, -2_147_483_648]);

export function dateFromDays(days: number): string {
  if (DATE_INFINITY.has(days)) return 'infinity';
  if (DATE_MINUS_INFINITY.has(days)) return '-infinity';
  const { date, bc } = dateParts(days);
  return bc ? `${date} BC` : date;
}

/** `HH:MM:SS[.fraction]` from a count of sub-second units; hours may pass 24 and the value may be negative (MySQL TIME). */
function clock(units: bigint, perSecond: bigint, digits: number): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const seconds = abs / perSecond;
  const fraction = abs % perSecond;
  const h = seconds / 3600n;
  const m = (seconds % 3600n) / 60n;
  const s = seconds % 60n;
  let text = `${h < 10n ? '0' : ''}${h}:${pad(Number(m), 2)}:${pad(Number(s), 2)}`;
  if (fraction !== 0n) text += `.${fraction.toString().padStart(digits, '0')}`.replace(/0+$/, '');
  return negative ? `-${text}` : text;
}

export function timeFromMillis(ms: number | bigint | string): string {
  return clock(BigInt(ms), 1000n, 3);
}

export function timeFromMicros(us: number | bigint | string): string {
  return clock(BigInt(us), 1_000_000n, 6);
}

export function timeFromNanos(ns: number | bigint | string): string {
  return clock(BigInt(ns), 1_000_000_000n, 9);
}

function infinity(value: number | bigint | string): string | undefined {
  const text = String(value);
  if (POS_INFINITY.has(text)) return 'infinity';
  if (NEG_INFINITY.has(text)) return '-infinity';
  return undefined;
}

/** Whole days and the remainder (never negative) of a count of units since the epoch. */
function byDay(value: bigint, perDay: bigint): [days: number, rest: bigint] {
  let days = value / perDay;
  let rest = value % perDay;
  if (rest < 0n) {
    days -= 1n;
    rest += perDay;
  }
  return [Number(days), rest];
}

function timestampFromDayAndUnits(days: number, ofDay: bigint, perSecond: bigint, digits: number): string {
  const { date, bc } = dateParts(days);
  const text = `${date} ${clock(ofDay, perSecond, digits)}`;
  return bc ? `${text} BC` : text;
}

export function timestampFromMicros(us: number | bigint | string): string {
  const inf = infinity(us);
  if (inf) return inf;
  if (typeof us === 'number' && Number.isSafeInteger(us)) {
    const days = Math.floor(us / MICROS_PER_DAY);
    return timestampFromDayAndUnits(days, BigInt(us - days * MICROS_PER_DAY), 1_000_000n, 6);
  }
  const [days, rest] = byDay(BigInt(us), BigInt(MICROS_PER_DAY));
  return timestampFromDayAndUnits(days, rest, 1_000_000n, 6);
}

export function timestampFromMillis(ms: number | bigint | string): string {
  const inf = infinity(ms);
  if (inf) return inf;
  return timestampFromMicros(BigInt(ms) * 1000n);
}

export function timestampFromNanos(ns: number | bigint | string): string {
  const inf = infinity(ns);
  if (inf) return inf;
  const [days, rest] = byDay(BigInt(ns), NANOS_PER_DAY);
  return timestampFromDayAndUnits(days, rest, 1_000_000_000n, 9);
}

/**
 * io.debezium.time.MicroDuration (µs; Debezium counts a month as 30.4375 days) as PostgreSQL
 * interval text: `[-]D days [-]HH:MM:SS[.ffffff]`.
 */
export function intervalFromMicros(us: number | bigint | string): string {
  const b = BigInt(us);
  const negative = b < 0n;
  const abs = negative ? -b : b;
  const perDay = BigInt(MICROS_PER_DAY);
  const days = abs / perDay;
  const sign = negative ? '-' : '';
  return `${sign}${days} days ${sign}${clock(abs % perDay, 1_000_000n, 6)}`;
}
