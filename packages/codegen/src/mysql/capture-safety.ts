import { type CaptureRelation, type CaptureSafetyEngine, shown } from '../apply/capture-safety.js';

/** What the binlog captures of the tables: every table as it is (the binlog never refuses a write). */
export const mysqlCaptureSafety: CaptureSafetyEngine = {
  async inspect(db, tables) {
    const out: CaptureRelation[] = [];
    for (const t of tables) {
      const rows = await db.exec(
        `select t.table_name as name,
                exists (select 1 from information_schema.table_constraints k
                        where k.table_schema = t.table_schema and k.table_name = t.table_name
                          and k.constraint_type = 'PRIMARY KEY') as has_pk
         from information_schema.tables t
         where t.table_schema = ? and t.table_name = ? and t.table_type = 'BASE TABLE'`,
        [t.schema, t.name],
      );
      const found = rows[0];
      const identity: CaptureRelation['identity'] = !found
        ? 'missing'
        : Number(found.has_pk)
          ? 'primary-key'
          : 'none';
      out.push({
        schema: t.schema,
        name: t.name,
        of: t,
        role: 'table',
        published: true,
        identity,
        ok: identity !== 'missing',
        ...(identity === 'missing'
          ? { fix: 'the table was renamed or dropped since seam generate: generate again' }
          : {}),
        note:
          identity === 'missing'
            ? `${shown(t)} does not exist on the monolith`
            : `read from the binlog, key ${identity} (the binlog never refuses a write)`,
      });
    }
    return out;
  },
};
