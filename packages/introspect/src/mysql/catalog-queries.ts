/**
 * The catalog queries of MySQL/MariaDB introspection: one per kind of object over
 * information_schema, each for every table of the chosen databases at once. `?` takes the list
 * of database names (mysql2 expands an array into a quoted list).
 */

export const SYSTEM_SCHEMAS = ['mysql', 'information_schema', 'performance_schema', 'sys'];

export const SERVER = `select version() as version, @@version_comment as comment, database() as current_db`;

export const SCHEMAS = `
select SCHEMA_NAME as name from information_schema.SCHEMATA order by SCHEMA_NAME`;

export const TABLES = `
select TABLE_SCHEMA as \`schema\`, TABLE_NAME as name, TABLE_TYPE as type,
       coalesce(TABLE_ROWS, 0) as row_estimate,
       coalesce(DATA_LENGTH, 0) + coalesce(INDEX_LENGTH, 0) as bytes,
       TABLE_COMMENT as comment, CREATE_OPTIONS as options
from information_schema.TABLES
where TABLE_SCHEMA in (?)
order by TABLE_SCHEMA, TABLE_NAME`;

export const COLUMNS = `
select TABLE_SCHEMA as \`schema\`, TABLE_NAME as \`table\`, COLUMN_NAME as name,
       COLUMN_DEFAULT as default_value, IS_NULLABLE as nullable, DATA_TYPE as data_type,
       COLUMN_TYPE as column_type, CHARACTER_MAXIMUM_LENGTH as char_length,
       NUMERIC_PRECISION as \`precision\`, NUMERIC_SCALE as scale, DATETIME_PRECISION as datetime_precision,
       CHARACTER_SET_NAME as charset, COLLATION_NAME as \`collation\`, EXTRA as extra,
       COLUMN_COMMENT as comment, GENERATION_EXPRESSION as generation
from information_schema.COLUMNS
where TABLE_SCHEMA in (?)
order by TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION`;

export const INDEXES = `
select TABLE_SCHEMA as \`schema\`, TABLE_NAME as \`table\`, INDEX_NAME as name, NON_UNIQUE as non_unique,
       SEQ_IN_INDEX as seq, COLUMN_NAME as \`column\`, SUB_PART as sub_part, INDEX_TYPE as method
from information_schema.STATISTICS
where TABLE_SCHEMA in (?)
order by TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`;

/** Primary keys, uniques and foreign keys with their columns in key order. */
export const CONSTRAINTS = `
select k.TABLE_SCHEMA as \`schema\`, k.TABLE_NAME as \`table\`, k.CONSTRAINT_NAME as name,
       t.CONSTRAINT_TYPE as type, k.COLUMN_NAME as \`column\`, k.ORDINAL_POSITION as seq,
       k.REFERENCED_TABLE_SCHEMA as referenced_schema, k.REFERENCED_TABLE_NAME as referenced_table,
       k.REFERENCED_COLUMN_NAME as referenced_column, r.UPDATE_RULE as on_update, r.DELETE_RULE as on_delete
from information_schema.KEY_COLUMN_USAGE k
join information_schema.TABLE_CONSTRAINTS t
  on t.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA and t.TABLE_NAME = k.TABLE_NAME
 and t.CONSTRAINT_NAME = k.CONSTRAINT_NAME
left join information_schema.REFERENTIAL_CONSTRAINTS r
  on r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA and r.TABLE_NAME = k.TABLE_NAME
 and r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
where k.TABLE_SCHEMA in (?) and t.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
order by k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`;

export const VIEWS = `
select TABLE_SCHEMA as \`schema\`, TABLE_NAME as name, VIEW_DEFINITION as definition
from information_schema.VIEWS where TABLE_SCHEMA in (?)`;

/** Row operations per table since the server started (performance_schema table I/O). */
export const TABLE_IO = `
select OBJECT_SCHEMA as \`schema\`, OBJECT_NAME as \`table\`, COUNT_FETCH as fetches,
       COUNT_INSERT as n_inserts, COUNT_UPDATE as n_updates, COUNT_DELETE as n_deletes
from performance_schema.table_io_waits_summary_by_table
where OBJECT_TYPE = 'TABLE' and OBJECT_SCHEMA in (?)`;

export const UPTIME_MARIADB = `select VARIABLE_VALUE as v from information_schema.GLOBAL_STATUS where VARIABLE_NAME = 'UPTIME'`;
export const UPTIME_MYSQL = `select VARIABLE_VALUE as v from performance_schema.global_status where VARIABLE_NAME = 'Uptime'`;
