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

/**
 * Key columns of primary keys, uniques and foreign keys, in key order. The constraint type and
 * the foreign-key rules come from two more queries joined in code: joining the three
 * information_schema views in SQL takes MariaDB seconds per thousand tables.
 */
export const KEY_COLUMNS = `
select TABLE_SCHEMA as \`schema\`, TABLE_NAME as \`table\`, CONSTRAINT_NAME as name, COLUMN_NAME as \`column\`,
       ORDINAL_POSITION as seq, REFERENCED_TABLE_SCHEMA as referenced_schema,
       REFERENCED_TABLE_NAME as referenced_table, REFERENCED_COLUMN_NAME as referenced_column
from information_schema.KEY_COLUMN_USAGE
where TABLE_SCHEMA in (?)
order by TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION`;

export const TABLE_CONSTRAINTS = `
select TABLE_SCHEMA as \`schema\`, TABLE_NAME as \`table\`, CONSTRAINT_NAME as name, CONSTRAINT_TYPE as type
from information_schema.TABLE_CONSTRAINTS
where TABLE_SCHEMA in (?) and CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')`;

export const FK_RULES = `
select CONSTRAINT_SCHEMA as \`schema\`, TABLE_NAME as \`table\`, CONSTRAINT_NAME as name,
       UPDATE_RULE as on_update, DELETE_RULE as on_delete
from information_schema.REFERENTIAL_CONSTRAINTS
where CONSTRAINT_SCHEMA in (?)`;

export const VIEWS = `
select TABLE_SCHEMA as \`schema\`, TABLE_NAME as name, VIEW_DEFINITION as definition
from information_schema.VIEWS where TABLE_SCHEMA in (?)`;

/** Triggers, with their table and body: listed as not carried. */
export const TRIGGERS = `
select TRIGGER_SCHEMA as \`schema\`, TRIGGER_NAME as name, EVENT_OBJECT_SCHEMA as table_schema,
       EVENT_OBJECT_TABLE as table_name,
       concat(ACTION_TIMING, ' ', EVENT_MANIPULATION, ' FOR EACH ROW ', ACTION_STATEMENT) as definition
from information_schema.TRIGGERS where TRIGGER_SCHEMA in (?)
order by TRIGGER_SCHEMA, TRIGGER_NAME`;

/** Stored functions and procedures, with their bodies (the tables they name): listed as not carried. */
export const ROUTINES = `
select ROUTINE_SCHEMA as \`schema\`, ROUTINE_NAME as name, ROUTINE_TYPE as type, ROUTINE_DEFINITION as definition
from information_schema.ROUTINES where ROUTINE_SCHEMA in (?)
order by ROUTINE_SCHEMA, ROUTINE_NAME`;

/** CHECK constraints (MariaDB 10.2+ names the table; MySQL 8.0.16+ through TABLE_CONSTRAINTS). */
export const CHECKS_MARIADB = `
select CONSTRAINT_SCHEMA as \`schema\`, TABLE_NAME as \`table\`, CONSTRAINT_NAME as name, CHECK_CLAUSE as clause
from information_schema.CHECK_CONSTRAINTS where CONSTRAINT_SCHEMA in (?)
order by CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME`;
export const CHECKS_MYSQL = `
select c.CONSTRAINT_SCHEMA as \`schema\`, t.TABLE_NAME as \`table\`, c.CONSTRAINT_NAME as name, c.CHECK_CLAUSE as clause
from information_schema.CHECK_CONSTRAINTS c
join information_schema.TABLE_CONSTRAINTS t on t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
  and t.CONSTRAINT_NAME = c.CONSTRAINT_NAME and t.CONSTRAINT_TYPE = 'CHECK'
where c.CONSTRAINT_SCHEMA in (?)
order by 1, 2, 3`;
