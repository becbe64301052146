import { createServer, Socket } from 'node:net';
import { run } from './exec.js';

/** Whether nothing listens on host:port (we could bind it). */
export function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Whether something answers a TCP connect on host:port. */
export function isListening(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host, () => done(true));
  });
}

/** The process holding a listening port, from `ss`, when the system tells. */
export async function portOwner(port: number): Promise<{ pid: number; name: string } | undefined> {
  const { code, stdout } = await run('ss', ['-ltnpH', `sport = :${port}`]);
  if (code !== 0) return undefined;
  const m = /users:\(\("([^"]+)",pid=(\d+)/.exec(stdout);
  return m ? { name: m[1]!, pid: Number(m[2]) } : undefined;
}
