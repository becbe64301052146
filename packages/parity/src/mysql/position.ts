import { SeamError } from '@seam/core';
import type { Database } from '@seam/core/sql';
import type { SourcePosition } from '../engine.js';

/** The GTID position now, with the binary log file and offset. */
export async function readMysqlPosition(db: Database): Promise<SourcePosition> {
  const [g] = await db.query<{ gtid: string | null }>('SELECT @@gtid_binlog_pos AS gtid');
  const status = await db.query<{ File?: string; Position?: number | string }>('SHOW MASTER STATUS');
  const s = status[0];
  if (!s?.File) {
    throw new SeamError(
      'SEAM_PARITY_BARRIER',
      `${db.target}: the binary log is off, so there is no position to wait for.`,
      {
        hint: 'Turn on the binary log (log_bin, binlog_format=ROW) as change capture needs it anyway.',
      },
    );
  }
  return { kind: 'binlog', gtid: g?.gtid ?? '', file: s.File, pos: Number(s.Position) };
}
