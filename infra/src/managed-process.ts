import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export type Role = 'kafka' | 'connect';

interface PidRecord {
  pid: number;
  marker: string;
  startedAt: string;
}

/**
 * A JVM this project started, remembered by a PID file. The process command line carries a
 * marker (-Dseam.infra=<role>@<run dir>), and a PID is only ever signalled when the process
 * behind it still carries that marker: a recycled PID or a foreign process is never killed.
 */
export class ManagedProcess {
  constructor(
    readonly role: Role,
    private readonly pidDir: string,
    readonly logFile: string,
    private readonly runDir: string,
  ) {}

  get marker(): string {
    return `-Dseam.infra=${this.role}@${this.runDir}`;
  }

  private get pidFile(): string {
    return join(this.pidDir, `${this.role}.pid`);
  }

  private async record(): Promise<PidRecord | undefined> {
    try {
      return JSON.parse(await readFile(this.pidFile, 'utf8')) as PidRecord;
    } catch {
      return undefined;
    }
  }

  private carriesMarker(pid: number): boolean {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\u0000');
      return cmdline.includes(this.marker);
    } catch {
      return false;
    }
  }

  /** The PID of our running process, or undefined (a stale PID file is removed). */
  async pid(): Promise<number | undefined> {
    const rec = await this.record();
    if (!rec) return undefined;
    if (this.carriesMarker(rec.pid)) return rec.pid;
    await rm(this.pidFile, { force: true });
    return undefined;
  }

  async start(args: string[]): Promise<number> {
    await mkdir(this.pidDir, { recursive: true });
    const out = openSync(this.logFile, 'a');
    const child = spawn('java', [this.marker, ...args], { detached: true, stdio: ['ignore', out, out] });
    closeSync(out);
    const pid = child.pid;
    if (pid === undefined) throw new Error(`java did not start for ${this.role}`);
    child.unref();
    await writeFile(
      this.pidFile,
      JSON.stringify({ pid, marker: this.marker, startedAt: new Date().toISOString() }),
    );
    return pid;
  }

  alive(pid: number): boolean {
    return this.carriesMarker(pid);
  }

  /** SIGTERM, then SIGKILL after the grace period. Returns whether a process was stopped. */
  async stop(graceMs = 30_000): Promise<boolean> {
    const pid = await this.pid();
    if (pid === undefined) return false;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && this.carriesMarker(pid)) await sleep(200);
    if (this.carriesMarker(pid)) process.kill(pid, 'SIGKILL');
    while (this.carriesMarker(pid)) await sleep(100);
    await rm(this.pidFile, { force: true });
    return true;
  }

  /** The last lines of the log, for error messages. */
  tail(lines = 30): string {
    if (!existsSync(this.logFile)) return '(no log written)';
    const text = readFileSync(this.logFile, 'utf8').trimEnd().split('\n');
    return text.slice(-lines).join('\n');
  }
}
