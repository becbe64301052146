import { inheritanceChildren, type SchemaSnapshot, snapshotToJson, writeSnapshotFile } from '@seam/core';
import { introspect } from '@seam/introspect';
import type { Command } from 'commander';
import { type GlobalOptions, printResult, progress } from '../output.js';
import { list, printWarnings, sourceConnection } from './source.js';

function summary(snapshot: SchemaSnapshot) {
  return {
    engine: `${snapshot.engine.flavor} ${snapshot.engine.version}`,
    database: snapshot.database,
    schemas: snapshot.schemas,
    tables: snapshot.tables.length,
    views: snapshot.views.length,
    columns: snapshot.tables.reduce((n, t) => n + t.columns.length, 0),
    foreignKeys: snapshot.tables.reduce((n, t) => n + t.foreignKeys.length, 0),
    withoutPrimaryKey: snapshot.tables.filter((t) => t.primaryKey.length === 0).length,
    /** Relations folded into their parent's one logical table (PostgreSQL). */
    partitions: snapshot.tables.reduce((n, t) => n + (t.children ?? []).filter((c) => c.partition).length, 0),
    inheritanceChildren: snapshot.tables.reduce((n, t) => n + inheritanceChildren(t).length, 0),
    warnings: snapshot.warnings ?? [],
  };
}

export function registerIntrospect(program: Command): void {
  program
    .command('introspect')
    .description('read the tables, keys, indexes, sizes and counters of a live database into a snapshot file')
    .option(
      '--source <url>',
      'the monolith (postgres://… or mysql://…); default $SEAM_SOURCE_URL or PG*/MYSQL_* variables',
    )
    .option(
      '--schemas <list>',
      'schemas (PostgreSQL) or databases (MySQL) to read, comma-separated; default all non-system',
    )
    .option('-o, --output <file>', 'write the snapshot here (default: the snapshot JSON on stdout)')
    .action(async (options: { source?: string; schemas?: string; output?: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>();
      const spec = sourceConnection(options.source);
      const started = performance.now();
      const snapshot = await introspect(spec, {
        schemas: list(options.schemas),
        progress: (e) => progress(global, `introspect: ${e.message}`),
      });
      printWarnings(snapshot.warnings);
      const facts = {
        ...summary(snapshot),
        seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
      };
      if (!options.output) {
        process.stdout.write(snapshotToJson(snapshot));
        progress(
          global,
          `introspect: ${facts.tables} tables, ${facts.foreignKeys} foreign keys in ${facts.seconds} s`,
        );
        return;
      }
      await writeSnapshotFile(options.output, snapshot);
      printResult(global, { file: options.output, ...facts }, () =>
        [
          `${options.output}: ${facts.engine}, database ${facts.database}, schemas ${facts.schemas.join(', ') || '-'}`,
          `  ${facts.tables} tables, ${facts.views} views, ${facts.columns} columns, ${facts.foreignKeys} foreign keys, ${facts.withoutPrimaryKey} without a primary key (${facts.seconds} s)`,
          ...(facts.partitions || facts.inheritanceChildren
            ? [
                `  ${facts.partitions} partition(s) and ${facts.inheritanceChildren} inheritance child(ren) folded into their parent table`,
              ]
            : []),
        ].join('\n'),
      );
    });
}
