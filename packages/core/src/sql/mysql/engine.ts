import { mysqlConnection } from '../../connection/mysql/mysql-connection.js';
import type { SqlEngine } from '../engine.js';
import { connectMysql, createMysqlPool } from './database.js';
import { probeMysql } from './probe.js';
import { quoteMysqlIdent, quoteMysqlLiteral } from './quote.js';

export const mysqlEngine: SqlEngine = {
  ...mysqlConnection,
  dialect: 'mysql',
  quoteIdent: quoteMysqlIdent,
  quoteLiteral: quoteMysqlLiteral,
  createPool: createMysqlPool,
  connect: connectMysql,
  probe: probeMysql,
  verifyQuery: 'SELECT 1',
};
