import { rm } from 'node:fs/promises';
import { formatError, SeamError, toSeamError } from '@seam/core';
import { connectProcess } from './connect.js';
import { kafkaProcess } from './kafka.js';
import { say } from './log.js';
import { resolveJars } from './maven.js';
import { infraSettings } from './settings.js';
import { down, status, up } from './up.js';

const USAGE = `usage: pnpm infra <command> [--json]

  up       configure PostgreSQL/MariaDB for change capture, start Kafka (KRaft) and Kafka Connect
           with the Debezium plugins; a no-op when already running
  down     stop the broker and the worker this project started (never anything else)
  status   show what runs
  logs     print the tail of each log
  jars     only resolve the jars from Maven Central into the cache
  reset    down, then delete the broker's data (topics, connector offsets)

environment: SEAM_KAFKA_PORT (9092) SEAM_CONTROLLER_PORT (9093) SEAM_CONNECT_PORT (8083)
             SEAM_HOME (~/.cache/seam) SEAM_RUN_DIR SEAM_JARS_HOME SEAM_KAFKA_HEAP SEAM_CONNECT_HEAP
             SEAM_INFRA_SKIP_DB=1 (leave the databases alone)`;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const command = argv.find((a) => !a.startsWith('-'));
  const s = infraSettings();
  const print = (value: unknown, human: string) => {
    process.stdout.write(json ? `${JSON.stringify(value)}\n` : `${human}\n`);
  };
  switch (command) {
    case 'up': {
      const r = await up(s, { databases: process.env.SEAM_INFRA_SKIP_DB !== '1' });
      const plugins = r.connect.plugins.map((p) => `  ${p.class} ${p.version}`).join('\n');
      print(
        r,
        `Kafka ${r.connect.version} broker on ${r.kafka.bootstrapServers} (pid ${r.kafka.pid}); Connect on ${r.connect.url} (pid ${r.connect.pid}) in ${r.seconds}s\n${plugins}\nlogs: ${r.logs}`,
      );
      return 0;
    }
    case 'down': {
      const r = await down(s);
      print(r, r.stopped.length ? `stopped ${r.stopped.join(', ')}` : 'nothing of ours was running');
      return 0;
    }
    case 'status': {
      const r = await status(s);
      print(r, JSON.stringify(r, null, 2));
      return 0;
    }
    case 'logs': {
      for (const p of [kafkaProcess(s), connectProcess(s)]) {
        process.stdout.write(`==> ${p.logFile} <==\n${p.tail(60)}\n`);
      }
      return 0;
    }
    case 'jars': {
      const r = await resolveJars(s);
      print(r, `jars in ${r.root}`);
      return 0;
    }
    case 'reset': {
      await down(s);
      await rm(s.runDir, { recursive: true, force: true });
      say(`deleted ${s.runDir}`);
      return 0;
    }
    default:
      if (command === undefined || command === 'help' || argv.includes('--help')) {
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 1 : 0;
      }
      throw new SeamError('SEAM_USAGE', `Unknown command "${command}".`, { hint: 'Run `pnpm infra help`.' });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    const e = toSeamError(error);
    if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ error: e.toJSON() })}\n`);
    process.stderr.write(`${formatError(e, { debug: process.env.SEAM_DEBUG === '1' })}\n`);
    process.exit(1);
  },
);
