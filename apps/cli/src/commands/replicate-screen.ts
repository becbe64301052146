import { printable } from '@seam/core';
import { describePosition, type ReplicatorStatus } from '@seam/replicator';
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

const n = (v: number) => Math.round(v).toLocaleString('en-US');

/** The text in exactly `width` terminal columns (wide CJK and emoji count two): cut with `…` or padded. */
export function fit(text: string, width: number): string {
  const cut = stringWidth(text) > width ? cliTruncate(text, width) : text;
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** The one-screen status: throughput, lag per partition, snapshot progress per table, the last error. */
export function renderStatus(s: ReplicatorStatus, width: number, height: number, now = Date.now()): string[] {
  const lag = s.partitions.reduce((sum, p) => sum + (p.lag ?? 0), 0);
  const lines = [
    `seam replicate · ${printable(s.service)} · ${s.state.toUpperCase()} · ${s.mode} mode · up ${duration(now - Date.parse(s.startedAt))}`,
    `${n(s.events.perSecond)} events/s   applied ${n(s.events.applied)}   lag ${n(lag)}   dead-lettered ${n(s.events.deadLettered)}`,
    `target ${printable(s.target)}   group ${printable(s.group)}`,
    '',
  ];
  const w = Math.max(40, width);
  const nameWidth = Math.max(20, w - 48);
  lines.push(
    `${fit('PARTITION', nameWidth)} ${'APPLIED'.padStart(12)} ${'LAG'.padStart(10)}  SOURCE POSITION`,
  );
  for (const p of s.partitions) {
    lines.push(
      `${fit(printable(`${p.topic}/${p.partition}`), nameWidth)} ${n(Number(p.applied)).padStart(12)} ${(p.lag === undefined ? '?' : n(p.lag)).padStart(10)}  ${printable(describePosition(p.source))}`,
    );
  }
  lines.push('', `${fit('TABLE', nameWidth)} ${'APPLIED'.padStart(12)}  SNAPSHOT`);
  for (const t of s.tables) {
    const snap = t.stopped
      ? `STOPPED ${t.stopped.code}`
      : t.snapshot.done
        ? `done (${n(t.snapshot.rows)} rows)`
        : t.snapshot.estimate
          ? `${n(t.snapshot.rows)} / ~${n(t.snapshot.estimate)} rows (${Math.min(100, Math.floor((100 * t.snapshot.rows) / Math.max(1, t.snapshot.estimate)))}%)`
          : t.snapshot.rows
            ? `${n(t.snapshot.rows)} rows so far`
            : 'waiting';
    lines.push(
      `${fit(printable(`${t.source} → ${t.target}`), nameWidth)} ${n(t.applied).padStart(12)}  ${snap}`,
    );
  }
  if (s.lastError)
    lines.push('', `last error ${s.lastError.at}: ${s.lastError.code} ${printable(s.lastError.message)}`);
  lines.push('', 'Ctrl+C or SIGTERM: finish the batch in flight and stop.');
  const max = Math.max(5, height - 1);
  const shown =
    lines.length > max ? [...lines.slice(0, max - 1), `… ${lines.length - max + 1} more lines`] : lines;
  return shown.map((l) => fit(l, w).trimEnd());
}

/** Redraws a bounded block of lines in place on a terminal stream. */
export class LiveScreen {
  #drawn = 0;
  constructor(readonly out: NodeJS.WriteStream) {}

  draw(lines: string[]): void {
    let text = '';
    if (this.#drawn) text += `\u001b[${this.#drawn}A`;
    text += '\u001b[0J';
    text += `${lines.join('\n')}\n`;
    this.#drawn = lines.length;
    this.out.write(text);
  }

  done(): void {
    this.#drawn = 0;
  }
}
