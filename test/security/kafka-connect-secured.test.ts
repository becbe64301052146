import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectClient } from '@seam/connect';
import { Secret } from '@seam/core';
import { checkKafkaAccess, createKafkaClient, type KafkaSecurity } from '@seam/kafka';
import { type Replicator, readReplicatorConfigFile } from '@seam/replicator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeam } from '../cli/run-seam.js';
import { makeCertificates, type TestCertificates } from '../helpers/certificates.js';
import { createPgDatabase, pgSource, registerConnector, type TestPg } from '../helpers/index.js';
import { freePort, type IsolatedStack, startIsolatedStack } from '../helpers/isolated-stack.js';
import { uniqueName } from '../helpers/names.js';
import { LOG_DIR, startReplicator } from '../replicator/harness.js';

// One broker with a SASL_SSL listener offering every mechanism, one offering SCRAM-SHA-512 only,
// and a Connect worker behind https and basic auth: started once for the file.
const SECRETS = {
  plain: 'plain-Pw-31337',
  scram256: 'scram256-Pw-1111',
  scram512: 'scram512-Pw-2222',
  connect: 'connect-Pw-3333',
};
let dir: string;
let certs: TestCertificates;
let stack: IsolatedStack;
let saslPort: number;
let scramOnlyPort: number;
let files: { plain: string; scram256: string; scram512: string; token: string; connect: string };

const JAAS = {
  plain: (users: Record<string, string>) =>
    `org.apache.kafka.common.security.plain.PlainLoginModule required ${Object.entries(users)
      .map(([u, p]) => `user_${u}="${p}"`)
      .join(' ')};`,
  scram: 'org.apache.kafka.common.security.scram.ScramLoginModule required;',
  oauth:
    'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required unsecuredLoginStringClaim_sub="broker";',
};

/** An unsigned JWT (alg none), which Kafka's default (unsecured) OAUTHBEARER validator accepts. */
function unsecuredToken(subject: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none' })}.${part({ sub: subject, iat: now, exp: now + 3600 })}.`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'seam-secured-'));
  certs = makeCertificates(join(dir, 'certs'));
  const keystore = join(dir, 'server-keystore.pem');
  writeFileSync(keystore, readFileSync(certs.server.key, 'utf8') + readFileSync(certs.server.cert, 'utf8'));
  // Connect's REST server (Jetty) reads Java key stores only: PKCS#12 then.
  const p12 = join(dir, 'server.p12');
  execFileSync('openssl', [
    'pkcs12',
    '-export',
    '-in',
    certs.server.cert,
    '-inkey',
    certs.server.key,
    '-out',
    p12,
    '-passout',
    'pass:store-pw',
  ]);
  files = {
    plain: join(dir, 'plain.pw'),
    scram256: join(dir, 'scram256.pw'),
    scram512: join(dir, 'scram512.pw'),
    token: join(dir, 'token.jwt'),
    connect: join(dir, 'connect.pw'),
  };
  writeFileSync(files.plain, `${SECRETS.plain}\n`);
  writeFileSync(files.scram256, SECRETS.scram256);
  writeFileSync(files.scram512, `${SECRETS.scram512}\n`);
  writeFileSync(files.token, unsecuredToken('oauth-user'));
  writeFileSync(files.connect, SECRETS.connect);
  const users = join(dir, 'connect-users.properties');
  writeFileSync(users, `seam: ${SECRETS.connect}\n`);
  const jaas = join(dir, 'connect-jaas.conf');
  writeFileSync(
    jaas,
    `KafkaConnect {\n  org.apache.kafka.connect.rest.basic.auth.extension.PropertyFileLoginModule required file="${users}";\n};\n`,
  );
  saslPort = await freePort();
  scramOnlyPort = await freePort();
  stack = await startIsolatedStack((s) => ({
    kafkaProperties: {
      listeners: `PLAINTEXT://${s.host}:${s.kafkaPort},CONTROLLER://${s.host}:${s.controllerPort},SASL_SSL://${s.host}:${saslPort},SCRAMONLY://${s.host}:${scramOnlyPort}`,
      'advertised.listeners': `PLAINTEXT://${s.host}:${s.kafkaPort},SASL_SSL://localhost:${saslPort},SCRAMONLY://localhost:${scramOnlyPort}`,
      'listener.security.protocol.map':
        'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL,SCRAMONLY:SASL_SSL',
      'listener.name.sasl_ssl.sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-256,SCRAM-SHA-512,OAUTHBEARER',
      'listener.name.sasl_ssl.ssl.keystore.type': 'PEM',
      'listener.name.sasl_ssl.ssl.keystore.location': keystore,
      'listener.name.sasl_ssl.plain.sasl.jaas.config': JAAS.plain({ alice: SECRETS.plain }),
      'listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config': JAAS.scram,
      'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config': JAAS.scram,
      'listener.name.sasl_ssl.oauthbearer.sasl.jaas.config': JAAS.oauth,
      'listener.name.scramonly.sasl.enabled.mechanisms': 'SCRAM-SHA-512',
      'listener.name.scramonly.ssl.keystore.type': 'PEM',
      'listener.name.scramonly.ssl.keystore.location': keystore,
      'listener.name.scramonly.scram-sha-512.sasl.jaas.config': JAAS.scram,
    },
    kafkaFormatArgs: [
      '--add-scram',
      `SCRAM-SHA-256=[name=bob,password=${SECRETS.scram256}]`,
      '--add-scram',
      `SCRAM-SHA-512=[name=carol,password=${SECRETS.scram512}]`,
    ],
    connectProperties: {
      listeners: `https://${s.host}:${s.connectPort}`,
      'rest.advertised.listener': 'https',
      'listeners.https.ssl.keystore.type': 'PKCS12',
      'listeners.https.ssl.keystore.location': p12,
      'listeners.https.ssl.keystore.password': 'store-pw',
      'listeners.https.ssl.key.password': 'store-pw',
      'rest.extension.classes':
        'org.apache.kafka.connect.rest.basic.auth.extension.BasicAuthSecurityRestExtension',
    },
    connectJvmArgs: [`-Djava.security.auth.login.config=${jaas}`],
    connectScheme: 'https',
    connectSecurity: {
      ca: readFileSync(certs.ca, 'utf8'),
      username: 'seam',
      password: new Secret(SECRETS.connect),
    },
  }));
}, 180_000);

afterAll(async () => {
  await stack?.stop(process.env.SEAM_KEEP_LOGS);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const secured = () => [`localhost:${saslPort}`];
const ssl = () => ({ ca: certs.ca });

const MECHANISMS: Array<[string, () => KafkaSecurity]> = [
  [
    'PLAIN',
    () => ({ ssl: ssl(), sasl: { mechanism: 'plain', username: 'alice', passwordFile: files.plain } }),
  ],
  [
    'SCRAM-SHA-256',
    () => ({
      ssl: ssl(),
      sasl: { mechanism: 'scram-sha-256', username: 'bob', passwordEnv: 'TEST_SCRAM256_PW' },
    }),
  ],
  [
    'SCRAM-SHA-512',
    () => ({
      ssl: ssl(),
      sasl: { mechanism: 'scram-sha-512', username: 'carol', passwordFile: files.scram512 },
    }),
  ],
  [
    'OAUTHBEARER',
    () => ({ ssl: ssl(), sasl: { mechanism: 'oauthbearer', tokenCommand: `cat '${files.token}'` } }),
  ],
];

/** The SeamError code of a quick access check (undefined: access works). */
async function accessCode(security: KafkaSecurity, brokers = secured()): Promise<string | undefined> {
  try {
    await checkKafkaAccess({ clientId: 'seam-test', brokers, security });
    return undefined;
  } catch (error) {
    const text = `${(error as Error).message} ${(error as { hint?: string }).hint ?? ''}`;
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    return (error as { code: string }).code;
  }
}

describe('Kafka over SASL_SSL through createKafkaClient', () => {
  it('produces and consumes with PLAIN, SCRAM-SHA-256, SCRAM-SHA-512 and OAUTHBEARER', async () => {
    process.env.TEST_SCRAM256_PW = SECRETS.scram256;
    const topic = uniqueName('secured');
    for (const [name, security] of MECHANISMS) {
      const producer = createKafkaClient({
        clientId: 'seam-test',
        brokers: secured(),
        security: security(),
      }).producer();
      await producer.connect();
      await producer.send({ topic, messages: [{ value: name }] });
      await producer.disconnect();
    }
    const consumer = createKafkaClient({
      clientId: 'seam-test',
      brokers: secured(),
      security: MECHANISMS[2]![1](),
    }).consumer({ groupId: uniqueName('secured-group') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`read only ${seen.join(',')}`)), 30_000);
      void consumer.run({
        eachMessage: async ({ message }) => {
          seen.push(String(message.value));
          if (seen.length === MECHANISMS.length) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    await consumer.disconnect();
    expect(seen).toEqual(MECHANISMS.map(([m]) => m));
  }, 90_000);

  it('a wrong password, an untrusted CA, a mechanism not offered each fail at once with their code', async () => {
    const started = Date.now();
    writeFileSync(join(dir, 'wrong.pw'), 'not-the-password');
    expect(
      await accessCode({
        ssl: ssl(),
        sasl: { mechanism: 'scram-sha-512', username: 'carol', passwordFile: join(dir, 'wrong.pw') },
      }),
    ).toBe('SEAM_KAFKA_AUTH_FAILED');
    expect(
      await accessCode({ ssl: ssl(), sasl: { mechanism: 'plain', username: 'alice', password: 'nope' } }),
    ).toBe('SEAM_KAFKA_AUTH_FAILED');
    expect(
      await accessCode({
        ssl: { ca: certs.otherCa },
        sasl: { mechanism: 'plain', username: 'alice', passwordFile: files.plain },
      }),
    ).toBe('SEAM_TLS_UNTRUSTED');
    expect(
      await accessCode(
        { ssl: ssl(), sasl: { mechanism: 'plain', username: 'alice', passwordFile: files.plain } },
        [`localhost:${scramOnlyPort}`],
      ),
    ).toBe('SEAM_KAFKA_SASL_MECHANISM_UNSUPPORTED');
    expect(
      await accessCode({
        ssl: ssl(),
        sasl: { mechanism: 'plain', username: 'alice', passwordFile: join(dir, 'missing.pw') },
      }),
    ).toBe('SEAM_TLS_FILE_UNREADABLE');
    // TLS spoken to the PLAINTEXT listener.
    expect(await accessCode({ ssl: ssl() }, [stack.brokers])).toBe('SEAM_TLS_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('seam doctor reads SEAM_KAFKA_* and SEAM_CONNECT_*, reports a refused password by code, never prints it', async () => {
    const env = {
      SEAM_KAFKA_SECURITY_PROTOCOL: 'SASL_SSL',
      SEAM_KAFKA_SSL_CA: certs.ca,
      SEAM_KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      SEAM_KAFKA_SASL_USERNAME: 'carol',
      SEAM_KAFKA_SASL_PASSWORD_FILE: files.scram512,
      SEAM_CONNECT_CA: certs.ca,
      SEAM_CONNECT_USERNAME: 'seam',
      SEAM_CONNECT_PASSWORD_FILE: files.connect,
    };
    const args = ['doctor', '--json', '--kafka', secured().join(','), '--connect', stack.connect.baseUrl];
    const ok = await runSeam(args, env);
    const checks = (
      JSON.parse(ok.stdout) as { checks: Array<{ name: string; ok: boolean; detail?: string }> }
    ).checks;
    expect(checks.find((c) => c.name === 'kafka')).toMatchObject({ ok: true });
    expect(JSON.stringify(checks.find((c) => c.name === 'kafka'))).toContain(
      'SASL_SSL (SCRAM-SHA-512 as carol)',
    );
    expect(checks.find((c) => c.name === 'connect')).toMatchObject({ ok: true });

    writeFileSync(join(dir, 'bad.pw'), 'hunter2-wrong-pw');
    const bad = await runSeam(args, {
      ...env,
      SEAM_KAFKA_SASL_PASSWORD_FILE: join(dir, 'bad.pw'),
      SEAM_CONNECT_PASSWORD: 'hunter3-wrong-pw',
      SEAM_CONNECT_PASSWORD_FILE: '',
    });
    const output = `${bad.stdout}${bad.stderr}`;
    for (const secret of ['hunter2-wrong-pw', 'hunter3-wrong-pw', ...Object.values(SECRETS)])
      expect(output).not.toContain(secret);
    expect(output).toContain('SEAM_KAFKA_AUTH_FAILED');
    expect(output).toContain('SEAM_CONNECT_AUTH_FAILED');
    expect(bad.code).not.toBe(0);

    const typo = await runSeam(args, { ...env, SEAM_KAFKA_SASL_PASWORD: 'x' });
    expect(`${typo.stdout}${typo.stderr}`).toContain('SEAM_KAFKA_SASL_PASSWORD');
    expect(typo.code).not.toBe(0);
  }, 90_000);
});

describe('Kafka Connect behind https and basic auth', () => {
  it('answers with the right CA and credentials; refuses others with their codes', async () => {
    expect((await stack.connect.info()).version).toMatch(/^\d/);
    const url = stack.connect.baseUrl;
    const code = async (client: ConnectClient) => {
      try {
        await client.connectors();
        return undefined;
      } catch (error) {
        expect((error as Error).message).not.toContain(SECRETS.connect);
        return (error as { code: string }).code;
      }
    };
    const ca = readFileSync(certs.ca, 'utf8');
    expect(await code(new ConnectClient(url, { ca }))).toBe('SEAM_CONNECT_AUTH_FAILED');
    expect(await code(new ConnectClient(url, { ca, username: 'seam', password: new Secret('wrong') }))).toBe(
      'SEAM_CONNECT_AUTH_FAILED',
    );
    expect(
      await code(
        new ConnectClient(url, {
          ca: readFileSync(certs.otherCa, 'utf8'),
          username: 'seam',
          password: new Secret(SECRETS.connect),
        }),
      ),
    ).toBe('SEAM_TLS_UNTRUSTED');
    expect(() => new ConnectClient(url.replace('https://', `https://seam:${SECRETS.connect}@`))).toThrow(
      /holds credentials/,
    );
  });
});

describe('the replicator end to end over SASL_SSL, its connector registered through https + basic auth', () => {
  let source: TestPg | undefined;
  let target: TestPg | undefined;
  let replicator: Replicator | undefined;
  let remove: (() => Promise<void>) | undefined;

  afterAll(async () => {
    await replicator?.stop();
    await remove?.();
    await target?.drop();
    await source?.drop().catch(() => {});
  });

  it('copies a small table, reading kafka.ssl / kafka.sasl from its YAML file; no secret in its log', async () => {
    const prefix = uniqueName('sec');
    [source, target] = await Promise.all([createPgDatabase('secsrc'), createPgDatabase('secdst')]);
    await source.query('create table t (id int primary key, v text)');
    await source.query("insert into t values (1, 'a'), (2, 'b'), (3, 'c')");
    await target.query('create table t (id int primary key, v text)');
    const connector = await registerConnector(
      prefix,
      pgSource(source, { topicPrefix: prefix, tables: ['public.t'] }),
      stack.connect,
    );
    remove = connector.remove;
    const service = `svc${prefix.replace(/[^a-z0-9]/g, '')}`;
    const configFile = join(dir, 'replicator.yaml');
    writeFileSync(
      configFile,
      [
        `service: ${service}`,
        'kafka:',
        `  brokers: [localhost:${saslPort}]`,
        '  sessionTimeoutMs: 10000',
        `  ssl: { ca: ${certs.ca} }`,
        `  sasl: { mechanism: SCRAM-SHA-512, username: carol, passwordFile: ${files.scram512} }`,
        `source: { topicPrefix: ${prefix} }`,
        'tables: [{ source: public.t }]',
        'apply: { topicWaitMs: 60000 }',
      ].join('\n'),
    );
    const config = await readReplicatorConfigFile(configFile);
    replicator = await startReplicator(config, { targetUrl: target.url });
    await expect
      .poll(
        async () => (await target!.query('select id, v from t order by id')).map((r) => `${r.id}${r.v}`),
        {
          timeout: 60_000,
          interval: 250,
        },
      )
      .toEqual(['1a', '2b', '3c']);
    await source.query("update t set v = 'z' where id = 2");
    await expect
      .poll(async () => (await target!.query('select v from t where id = 2'))[0]?.v, { timeout: 30_000 })
      .toBe('z');
    await replicator.stop();
    replicator = undefined;
    const log = readFileSync(join(LOG_DIR, `${service}.log`), 'utf8');
    for (const secret of Object.values(SECRETS)) expect(log).not.toContain(secret);

    // A refused password stops the replicator at once with its code; neither it nor the right one is logged.
    writeFileSync(join(dir, 'rotated.pw'), 'rotated-Wrong-Pw-999');
    writeFileSync(
      configFile,
      readFileSync(configFile, 'utf8').replace(files.scram512, join(dir, 'rotated.pw')),
    );
    const refused = await readReplicatorConfigFile(configFile);
    const failedGroup = `${service}-refused`;
    refused.kafka.groupId = failedGroup;
    const startedAt = Date.now();
    await expect(startReplicator(refused, { targetUrl: target.url })).rejects.toMatchObject({
      code: 'SEAM_KAFKA_AUTH_FAILED',
    });
    expect(Date.now() - startedAt).toBeLessThan(20_000);
    const failedLog = readFileSync(join(LOG_DIR, `${failedGroup}.log`), 'utf8');
    for (const secret of ['rotated-Wrong-Pw-999', ...Object.values(SECRETS)])
      expect(failedLog).not.toContain(secret);
    writeFileSync(
      configFile,
      readFileSync(configFile, 'utf8').replace(join(dir, 'rotated.pw'), files.scram512),
    );

    // The same file with the password inline is refused before anything connects.
    writeFileSync(
      configFile,
      readFileSync(configFile, 'utf8').replace(`passwordFile: ${files.scram512}`, 'password: x'),
    );
    await expect(readReplicatorConfigFile(configFile)).rejects.toMatchObject({
      code: 'SEAM_CREDENTIALS_IN_FILE',
    });
    writeFileSync(configFile, readFileSync(configFile, 'utf8').replace('password: x', 'pasword: x'));
    await expect(readReplicatorConfigFile(configFile)).rejects.toMatchObject({
      code: 'SEAM_CONFIG_UNKNOWN_KEY',
    });
  }, 120_000);
});
