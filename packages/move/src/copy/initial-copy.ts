import type { ManifestConnector } from '@seam/codegen';
import { readNotifications } from './notifications.js';
import { type CopyProgress, copyProgressOf } from './progress.js';

/**
 * The initial copy's progress for a connector that copies through incremental snapshots (from its
 * notification topic); undefined for one that copies with its own `initial` snapshot.
 */
export async function initialCopyProgress(
  connector: ManifestConnector,
  brokers: string[],
): Promise<CopyProgress | undefined> {
  const copy = connector.copy;
  if (!copy) return undefined;
  return copyProgressOf(
    await readNotifications(brokers, copy.notificationTopic),
    copy.tables.map((t) => `${t.schema}.${t.name}`),
  );
}
