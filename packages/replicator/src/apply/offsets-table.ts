/** Default name of the table each target keeps its applied Kafka offsets in (same transaction as the rows). */
export const OFFSETS_TABLE = 'seam_replicator_offsets';

/** Groups the partitions of a batch for the writers. */
export function changedTables<T extends { rows: Map<string, unknown>; truncate: boolean }>(
  tables: Iterable<T>,
): T[] {
  return [...tables].filter((t) => t.truncate || t.rows.size > 0);
}
