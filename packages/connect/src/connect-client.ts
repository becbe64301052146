import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { redactText, SeamError, tlsErrorCode } from '@seam/core';
import { type ConnectSecurity, connectSecurityFromEnv } from './connect-security.js';

const TIMEOUT_MS = 60_000;

/** One HTTP(S) request: status and body text. Times out as a whole (never hangs). */
function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  ca: string | undefined,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const https = url.protocol === 'https:';
    const req = (https ? httpsRequest : httpRequest)(
      url,
      { method, headers, ...(https && ca ? { ca } : {}), signal: AbortSignal.timeout(TIMEOUT_MS) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface ConnectorStatus {
  name: string;
  connector: { state: string; worker_id: string; trace?: string };
  tasks: Array<{ id: number; state: string; worker_id: string; trace?: string }>;
  type?: string;
}

export interface ConnectorOffsets {
  offsets: Array<{ partition: Record<string, unknown>; offset: Record<string, unknown> | null }>;
}

export interface ValidationResult {
  name: string;
  error_count: number;
  configs: Array<{
    definition: { name: string };
    value: { name: string; value: string | null; errors: string[] };
  }>;
}

/**
 * A small client for the Kafka Connect REST API (connectors, their status, config validation).
 * Errors carry Connect's own message, redacted, never the submitted config (it holds passwords).
 */
export class ConnectClient {
  private readonly security: ConnectSecurity;

  /**
   * `security`: an https CA and basic-auth credentials; absent: from SEAM_CONNECT_CA,
   * SEAM_CONNECT_USERNAME, SEAM_CONNECT_PASSWORD(_FILE); null: none (the local worker).
   */
  constructor(
    readonly baseUrl: string,
    security?: ConnectSecurity | null,
  ) {
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new SeamError(
        'SEAM_URL_INVALID',
        `The Kafka Connect URL ${redactText(baseUrl)} could not be parsed.`,
        {
          hint: 'Use http://host:8083 or https://host:8443.',
        },
      );
    }
    if (url.username || url.password) {
      throw new SeamError(
        'SEAM_URL_INVALID',
        `The Kafka Connect URL ${redactText(baseUrl)} holds credentials.`,
        {
          hint: 'Give them as SEAM_CONNECT_USERNAME and SEAM_CONNECT_PASSWORD (or SEAM_CONNECT_PASSWORD_FILE).',
        },
      );
    }
    this.security = security === undefined ? connectSecurityFromEnv() : (security ?? {});
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const { ca, username, password } = this.security;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (username !== undefined) {
      headers.authorization = `Basic ${Buffer.from(`${username}:${password?.reveal() ?? ''}`).toString('base64')}`;
    }
    let response: { status: number; text: string };
    try {
      response = await send(
        new URL(`${this.baseUrl.replace(/\/$/, '')}${path}`),
        method,
        headers,
        body === undefined ? undefined : JSON.stringify(body),
        ca,
      );
    } catch (error) {
      const tls = tlsErrorCode(error);
      if (tls) {
        throw new SeamError(
          tls,
          `Kafka Connect at ${this.baseUrl}: TLS verification failed: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      const timedOut = (error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError';
      throw new SeamError(
        'SEAM_CONNECT_FAILED',
        `Kafka Connect at ${this.baseUrl} did not answer: ${timedOut ? `no answer within ${TIMEOUT_MS / 1000}s` : (error as Error).message}`,
        {
          cause: error,
          retryable: true,
          hint: 'Start it with `pnpm infra up`.',
        },
      );
    }
    const { text } = response;
    if (response.status === 401 || response.status === 403) {
      throw new SeamError(
        'SEAM_CONNECT_AUTH_FAILED',
        `Kafka Connect at ${this.baseUrl} refused ${username === undefined ? 'a request without credentials' : `the credentials of ${username}`} (${response.status}).`,
        { details: { status: response.status } },
      );
    }
    if (response.status < 200 || response.status >= 300) {
      let message = text;
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? text;
      } catch {}
      throw new SeamError(
        'SEAM_CONNECT_FAILED',
        `${method} ${path} → ${response.status}: ${redactText(message)}`,
        {
          details: { status: response.status },
          retryable: response.status >= 500 || response.status === 409,
        },
      );
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  info(): Promise<{ version: string; commit: string; kafka_cluster_id: string }> {
    return this.request('GET', '/');
  }

  plugins(): Promise<Array<{ class: string; type: string; version: string }>> {
    return this.request('GET', '/connector-plugins?connectorsOnly=true');
  }

  connectors(): Promise<string[]> {
    return this.request('GET', '/connectors');
  }

  /**
   * Creates or updates a connector (PUT /connectors/{name}/config is idempotent). Connect 4.3
   * answers an invalid config with a NullPointerException instead of the validation errors;
   * then the errors are fetched from the validate endpoint and reported instead.
   */
  async put(name: string, config: Record<string, string>): Promise<unknown> {
    try {
      return await this.request('PUT', `/connectors/${encodeURIComponent(name)}/config`, config);
    } catch (error) {
      if (
        !(error instanceof SeamError && error.details.status === 500 && /configValue\(\)/.test(error.message))
      )
        throw error;
      const result = await this.validate(config['connector.class'] ?? '', { name, ...config });
      throw new SeamError(
        'SEAM_CONNECT_FAILED',
        `Connector ${name} has an invalid config: ${validationErrors(result).join('; ')}`,
      );
    }
  }

  status(name: string): Promise<ConnectorStatus> {
    return this.request('GET', `/connectors/${encodeURIComponent(name)}/status`);
  }

  async delete(name: string): Promise<void> {
    try {
      await this.request('DELETE', `/connectors/${encodeURIComponent(name)}`);
    } catch (error) {
      if (error instanceof SeamError && error.details.status === 404) return;
      throw error;
    }
  }

  /** The connector's config as stored by Connect. */
  config(name: string): Promise<Record<string, string>> {
    return this.request('GET', `/connectors/${encodeURIComponent(name)}/config`);
  }

  /**
   * The connector's committed offsets (KIP-875): for a source connector its source partitions and
   * offsets (Debezium PostgreSQL: lsn, lsn_commit; MariaDB/MySQL: file, pos, gtids), for a sink its
   * Kafka topic partitions and offsets.
   */
  offsets(name: string): Promise<ConnectorOffsets> {
    return this.request('GET', `/connectors/${encodeURIComponent(name)}/offsets`);
  }

  /** Stops the connector's tasks from polling until resume(); its consumer group lags meanwhile. */
  async pause(name: string): Promise<void> {
    await this.request('PUT', `/connectors/${encodeURIComponent(name)}/pause`);
  }

  async resume(name: string): Promise<void> {
    await this.request('PUT', `/connectors/${encodeURIComponent(name)}/resume`);
  }

  /** Connect's own check of a connector config, without creating it (see validationErrors()). */
  validate(connectorClass: string, config: Record<string, string>): Promise<ValidationResult> {
    const shortName = connectorClass.split('.').pop() ?? connectorClass;
    return this.request('PUT', `/connector-plugins/${encodeURIComponent(shortName)}/config/validate`, {
      'connector.class': connectorClass,
      ...config,
    });
  }

  /** Waits until the connector and all its tasks run; fails at once with the trace if one failed. */
  async waitRunning(name: string, timeoutMs = 120_000): Promise<ConnectorStatus> {
    const deadline = Date.now() + timeoutMs;
    let last: ConnectorStatus | undefined;
    while (Date.now() < deadline) {
      try {
        last = await this.status(name);
      } catch (error) {
        if (!(error instanceof SeamError && error.details.status === 404)) throw error;
      }
      if (last) {
        const failed = [last.connector, ...last.tasks].find((x) => x.state === 'FAILED');
        if (failed) {
          throw new SeamError(
            'SEAM_CONNECT_FAILED',
            `Connector ${name} failed: ${redactText((failed.trace ?? '').split('\n').slice(0, 8).join('\n'))}`,
          );
        }
        if (
          last.connector.state === 'RUNNING' &&
          last.tasks.length > 0 &&
          last.tasks.every((t) => t.state === 'RUNNING')
        ) {
          return last;
        }
      }
      await sleep(250);
    }
    throw new SeamError(
      'SEAM_TIMEOUT',
      `Connector ${name} was not running after ${timeoutMs / 1000}s (last state: ${JSON.stringify(last?.connector.state ?? 'absent')}).`,
    );
  }
}

/** "key: message" for every config value Connect rejected. */
export function validationErrors(result: ValidationResult): string[] {
  return result.configs.flatMap((c) =>
    (c.value?.errors ?? []).map((e) => `${c.value.name}: ${redactText(e)}`),
  );
}
