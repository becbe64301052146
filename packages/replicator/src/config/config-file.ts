import { readTextFile, redactText, SeamError } from '@seam/core';
import YAML from 'yaml';
import { parseReplicatorConfig, type ReplicatorConfig } from './config.js';

/** A URL holding user:password@ must not sit in a file that goes into git. */
function hasPassword(url: string): boolean {
  return redactText(url) !== url || /[?&](password|sslpassword)=/i.test(url);
}

/** Reads a replicator configuration (YAML or JSON); refuses one that holds a password. */
export async function readReplicatorConfigFile(path: string): Promise<ReplicatorConfig> {
  const text = await readTextFile(path);
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (error) {
    throw new SeamError('SEAM_CONFIG_INVALID', `${path} is not YAML or JSON: ${(error as Error).message}.`);
  }
  const url = (data as { target?: { url?: unknown } } | null)?.target?.url;
  if (typeof url === 'string' && hasPassword(url)) {
    throw new SeamError('SEAM_CREDENTIALS_IN_FILE', `${path} holds a password in target.url.`, {
      hint: 'Put the URL in an environment variable (target.urlEnv, default SEAM_TARGET_<SERVICE>_URL), or use ~/.pgpass / ~/.my.cnf.',
    });
  }
  const sasl = (data as { kafka?: { sasl?: { password?: unknown } } } | null)?.kafka?.sasl;
  if (sasl && typeof sasl === 'object' && sasl.password !== undefined) {
    throw new SeamError('SEAM_CREDENTIALS_IN_FILE', `${path} holds a password in kafka.sasl.password.`, {
      hint: 'Use kafka.sasl.passwordFile (a mounted secret) or kafka.sasl.passwordEnv (a variable) instead.',
    });
  }
  return parseReplicatorConfig(data, path);
}

/** The configuration as YAML, for `seam replicate --print-config` and codegen. */
export function replicatorConfigToYaml(config: unknown): string {
  return redactText(YAML.stringify(config, { lineWidth: 0 }));
}
