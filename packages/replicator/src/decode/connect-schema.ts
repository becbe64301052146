/** A Kafka Connect schema as the JsonConverter embeds it (`schemas.enable=true`). */
export interface ConnectSchema {
  type: string;
  optional?: boolean;
  name?: string;
  version?: number;
  parameters?: Record<string, string>;
  /** The field's name, when this schema describes a field of a struct. */
  field?: string;
  fields?: ConnectSchema[];
  /** Element schema of an array. */
  items?: ConnectSchema;
  keys?: ConnectSchema;
  values?: ConnectSchema;
  default?: unknown;
  doc?: string;
}

export function isConnectSchema(value: unknown): value is ConnectSchema {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

/** The fields of the envelope's `after` (or `before`) struct. */
export function rowFields(envelope: ConnectSchema): ConnectSchema[] | undefined {
  const after =
    envelope.fields?.find((f) => f.field === 'after') ?? envelope.fields?.find((f) => f.field === 'before');
  return after?.fields;
}
