/**
 * The statistics the introspector adds to the catalog's description of PostgreSQL tables: the
 * read/write counters of every user table (a table's descendants are folded into it in code) and
 * the window they were counted over.
 */
export const TABLE_COUNTERS = `
select s.schemaname::text as schema, s.relname::text as name,
       (coalesce(s.seq_tup_read, 0) + coalesce(s.idx_tup_fetch, 0))::float8 as reads,
       coalesce(s.n_tup_ins, 0)::float8 as inserts,
       coalesce(s.n_tup_upd, 0)::float8 as updates,
       coalesce(s.n_tup_del, 0)::float8 as deletes
from pg_catalog.pg_stat_user_tables s`;

export const STATS_WINDOW = `
select extract(epoch from now() - coalesce(
         (select stats_reset from pg_catalog.pg_stat_database where datname = current_database()),
         pg_catalog.pg_postmaster_start_time()))::float8 as window_seconds`;
