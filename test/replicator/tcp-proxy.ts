import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a database, to play a target that restarts: cut() drops every
 * connection and refuses new ones for a while, without touching the shared server itself.
 */
export class TcpProxy {
  readonly #sockets = new Set<Socket>();
  #refuseUntil = 0;
  #server?: Server;
  port = 0;
  cuts = 0;

  constructor(
    readonly host: string,
    readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    this.#server = createServer((client) => {
      if (Date.now() < this.#refuseUntil) {
        client.destroy();
        return;
      }
      const upstream = connect(this.targetPort, this.host);
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on('close', () => this.#sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server!.address() as { port: number }).port;
  }

  /** Drops every open connection and refuses new ones for `ms`. */
  cut(ms: number): void {
    this.cuts++;
    this.#refuseUntil = Date.now() + ms;
    for (const s of this.#sockets) s.destroy();
  }

  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }
}
