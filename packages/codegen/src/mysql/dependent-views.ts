import type { DependentsReader, DependentView } from '../apply/drop-dependents.js';

// MySQL/MariaDB keep no dependency for views: their stored definition names every table fully
// qualified (`db`.`table`), which is what is looked for.
export const mysqlDependentViews: DependentsReader = async (db, tables) => {
  const out: DependentView[] = [];
  for (const t of tables) {
    const needle = `\`${t.schema.replaceAll('`', '``')}\`.\`${t.name.replaceAll('`', '``')}\``;
    const rows = await db.exec(
      `select table_schema as \`schema\`, table_name as name from information_schema.views
       where instr(view_definition, ?) > 0 order by 1, 2`,
      [needle],
    );
    for (const r of rows) out.push({ schema: String(r.schema), name: String(r.name), reads: t });
  }
  return out;
};
