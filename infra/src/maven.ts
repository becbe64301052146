import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SeamError } from '@seam/core';
import { run } from './exec.js';
import { say } from './log.js';
import { type InfraSettings, pomHash } from './settings.js';

export const PLUGINS = [
  'debezium-connector-postgres',
  'debezium-connector-mysql',
  'debezium-connector-mariadb',
  'debezium-connector-jdbc',
] as const;

export interface JarFolders {
  root: string;
  /** Broker and Connect worker classpath. */
  kafka: string;
  /** Connect plugin.path: one sub-folder per plugin. */
  plugins: string;
}

const UNREACHABLE =
  /No plugin found for prefix|Unknown host|UnknownHostException|Connection refused|Network is unreachable|Connect timed out|connect timed out|No route to host|Could not transfer artifact|transfer failed/;

/** A build tool's exit code and its whole output (stdout and stderr as one text). */
async function tool(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  const r = await run(cmd, args);
  return { code: r.code, output: `${r.stdout}${r.stderr}` };
}

export async function checkJava(): Promise<void> {
  for (const name of ['java', 'mvn']) {
    try {
      const { code, output } = await tool(name, ['-version']);
      if (code !== 0) throw new Error(`${name} -version exited with ${code}: ${output.trim().slice(-500)}`);
    } catch (error) {
      throw new SeamError('SEAM_INFRA_JAVA_MISSING', `\`${name}\` is not installed or does not run.`, {
        cause: error,
      });
    }
  }
}

/**
 * Resolves the jars the poms under infra/maven name, once per pom content: a later run with the
 * same poms finds the folder and starts at once. Resolution goes to a temporary folder that is
 * renamed into place only when complete, so an interrupted download is never mistaken for a cache.
 */
export async function resolveJars(s: InfraSettings): Promise<JarFolders> {
  const root = join(s.jarsHome, pomHash(s.mavenDir));
  const folders = { root, kafka: join(root, 'kafka'), plugins: join(root, 'plugins') };
  if (existsSync(join(root, 'complete'))) return folders;

  const staging = `${root}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  say(`resolving Kafka, Kafka Connect and Debezium jars from Maven Central into ${root} (first run only)`);
  // SEAM_MAVEN_ARGS adds options such as -s settings.xml (a proxy or mirror) or -o (offline).
  const extra = (process.env.SEAM_MAVEN_ARGS ?? '').split(/\s+/).filter(Boolean);
  const { code, output } = await tool('mvn', [
    ...extra,
    '-B',
    '-q',
    '-f',
    join(s.mavenDir, 'pom.xml'),
    'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies',
    `-Dseam.jars=${staging}/all`,
  ]);
  if (code !== 0) {
    await rm(staging, { recursive: true, force: true });
    const tail = output
      .split('\n')
      .filter((l) => l.includes('ERROR'))
      .slice(0, 6)
      .join('\n');
    if (UNREACHABLE.test(output)) {
      throw new SeamError('SEAM_INFRA_MAVEN_UNREACHABLE', `Maven could not download the jars:\n${tail}`);
    }
    throw new SeamError(
      'SEAM_INFRA_MAVEN_FAILED',
      `Maven failed (exit ${code}):\n${tail || output.slice(-2000)}`,
    );
  }
  await mkdir(join(staging, 'plugins'), { recursive: true });
  await rename(join(staging, 'all', 'kafka'), join(staging, 'kafka'));
  for (const plugin of PLUGINS) await rename(join(staging, 'all', plugin), join(staging, 'plugins', plugin));
  await rm(join(staging, 'all'), { recursive: true, force: true });
  const count = (await readdir(join(staging, 'kafka'))).length;
  await writeFile(join(staging, 'complete'), `${new Date().toISOString()} ${count} kafka jars\n`);
  await rm(root, { recursive: true, force: true });
  await rename(staging, root);
  return folders;
}
