/** Row operations per table since the server started (performance_schema table I/O). */
export const TABLE_IO = `
select OBJECT_SCHEMA as \`schema\`, OBJECT_NAME as \`table\`, COUNT_FETCH as fetches,
       COUNT_INSERT as n_inserts, COUNT_UPDATE as n_updates, COUNT_DELETE as n_deletes
from performance_schema.table_io_waits_summary_by_table
where OBJECT_TYPE = 'TABLE' and OBJECT_SCHEMA in (?)`;

/** Seconds since the server started: the window the counters cover. */
export const UPTIME = {
  mariadb: `select VARIABLE_VALUE as v from information_schema.GLOBAL_STATUS where VARIABLE_NAME = 'UPTIME'`,
  mysql: `select VARIABLE_VALUE as v from performance_schema.global_status where VARIABLE_NAME = 'Uptime'`,
} as const;
