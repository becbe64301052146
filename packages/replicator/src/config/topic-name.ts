/**
 * The topic Debezium writes a table's changes to: `<topic.prefix>.<schema|database>.<table>`, with
 * every character Kafka does not allow in a topic name (anything but a-z A-Z 0-9 . _ -, counted
 * in UTF-16 units as Java does) replaced by `_`, cut to 249 characters.
 */
export function debeziumTopic(prefix: string, schema: string, table: string): string {
  const name = `${prefix}.${schema}.${table}`;
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    out += /[A-Za-z0-9._-]/.test(c) ? c : '_';
  }
  return out.slice(0, 249);
}

/** The transaction metadata topic of a connector (`topic.transaction` default `transaction`). */
export function transactionTopic(prefix: string): string {
  return `${prefix}.transaction`;
}
