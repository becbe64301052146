import type { ConnectionSpec } from '@seam/core';
import { sh } from '../runbook/markdown.js';

/** mysql/mysqldump connection arguments (they take no URL): from the URL known when generating, else placeholders. */
export function mysqlArgs(spec: ConnectionSpec | undefined): string {
  if (!spec) return '-h <host> -P <port> -u <user> <database>';
  return `-h ${sh(spec.host)} -P ${spec.port} -u ${sh(spec.user ?? 'root')} ${sh(spec.database || '<database>')}`;
}
