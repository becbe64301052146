import { type TableName, withInheritanceChildren } from '@seam/core';
import { debeziumTopic } from '@seam/replicator/config';
import type { PlacedTable } from '../layout/service-layout.js';
import { mainSchema } from '../monolith/scripts.js';

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The tables' names on the monolith. */
export function names(tables: PlacedTable[]): TableName[] {
  return tables.map((t) => ({ schema: t.source.schema, name: t.source.name }));
}

/** The tables' names with their inheritance children's: every relation capture publishes and grants reach. */
export function relations(tables: PlacedTable[]): TableName[] {
  return tables.flatMap((t) => withInheritanceChildren(t.source));
}

/** The Debezium topics of the tables (children included) under a topic prefix. */
export function topicsOf(prefix: string, tables: PlacedTable[]): string[] {
  return relations(tables).map((t) => debeziumTopic(prefix, t.schema, t.name));
}

/** Where a service's heartbeat table goes: beside the tables it captures, else beside those it owns. */
export function heartbeatSchema(replicated: PlacedTable[], owned: PlacedTable[]): string {
  const captured = names(replicated);
  return captured.length ? mainSchema(captured) : mainSchema(names(owned));
}
