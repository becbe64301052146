import { parseEnumValues } from '@seam/catalog';
import { describe, expect, it } from 'vitest';
import { analyzeSql } from '../workload/analyze-sql.js';
import { UnparsableStatement } from '../workload/statement-analysis.js';
import { prepareDigest } from './parse-statement.js';

const my = (sql: string, defaultSchema = 'shop') => analyzeSql(sql, { dialect: 'mysql', defaultSchema })[0]!;
const j = (ta: string, ca: string, tb: string, cb: string) => [
  { table: ta, column: ca },
  { table: tb, column: cb },
];

describe('MySQL/MariaDB statements (node-sql-parser)', () => {
  it('reads performance_schema digest texts: backticks, ? and (...)', () => {
    const a = my(
      'SELECT `t` . `b` FROM `t` JOIN `u` ON `u` . `t_id` = `t` . `id` WHERE `t` . `id` = ? AND `t` . `b` = ?',
    );
    expect(a).toMatchObject({
      kind: 'select',
      reads: ['shop.t', 'shop.u'],
      joins: [j('shop.t', 'id', 'shop.u', 't_id')],
    });
    expect(my('SELECT * FROM `orders` WHERE ID IN (...)').reads).toEqual(['shop.orders']);
    expect(my('INSERT INTO `order_items` VALUES (...) /* , ... */')).toMatchObject({
      kind: 'insert',
      writes: ['shop.order_items'],
    });
  });

  it('reads digests of INSERT … (columns) VALUES (...): one placeholder per column, every row', () => {
    expect(my('INSERT INTO `orders` ( `id` , `customer_id` , `total` ) VALUES (...)')).toMatchObject({
      kind: 'insert',
      writes: ['shop.orders'],
    });
    expect(my('INSERT INTO `order_lines` ( `id` , `qty` ) VALUES (...) , (...) /* , ... */')).toMatchObject({
      kind: 'insert',
      writes: ['shop.order_lines'],
    });
    expect(my('REPLACE INTO `a``(b` ( `x(` , `y` ) VALUES (...)').writes).toEqual(['shop.a`(b']);
    expect(prepareDigest('INSERT INTO t ( a , b ) SELECT a , b FROM u WHERE c IN (...)')).toBe(
      'INSERT INTO t ( a , b ) SELECT a , b FROM u WHERE c IN (?)',
    );
  });

  it('turns only bare ... into a placeholder', () => {
    expect(prepareDigest("SELECT `a...b` FROM t WHERE x IN (...) AND y = '...'")).toBe(
      "SELECT `a...b` FROM t WHERE x IN (?) AND y = '...'",
    );
  });

  it('tells written tables from read ones in multi-table UPDATE and DELETE, INSERT…SELECT and REPLACE', () => {
    expect(
      my('UPDATE orders o JOIN users u ON u.id = o.user_id SET o.flag = ? WHERE u.id = ?'),
    ).toMatchObject({
      kind: 'update',
      writes: ['shop.orders'],
      reads: ['shop.users'],
      joins: [j('shop.orders', 'user_id', 'shop.users', 'id')],
    });
    expect(my('DELETE o FROM orders o JOIN users u ON u.id = o.user_id WHERE u.banned = 1')).toMatchObject({
      kind: 'delete',
      writes: ['shop.orders'],
      reads: ['shop.users'],
    });
    expect(my('DELETE FROM orders WHERE user_id IN (SELECT id FROM users WHERE x = ?)')).toMatchObject({
      writes: ['shop.orders'],
      reads: ['shop.users'],
      joins: [j('shop.orders', 'user_id', 'shop.users', 'id')],
    });
    expect(
      my(
        'INSERT INTO archive.order_items (order_id) SELECT o.id FROM carts c JOIN orders o ON o.cart_id = c.id',
      ),
    ).toMatchObject({
      writes: ['archive.order_items'],
      reads: ['shop.carts', 'shop.orders'],
    });
    expect(my('REPLACE INTO settings (k, v) VALUES (?, ?)')).toMatchObject({
      kind: 'insert',
      writes: ['shop.settings'],
    });
  });

  it('follows CTEs, derived tables and USING', () => {
    expect(my('WITH t AS (SELECT * FROM a) SELECT * FROM t JOIN b ON b.a_id = t.id')).toMatchObject({
      reads: ['shop.a', 'shop.b'],
      joins: [j('shop.a', 'id', 'shop.b', 'a_id')],
    });
    expect(my('SELECT * FROM (SELECT user_id FROM orders) d JOIN users u USING (user_id)').joins).toEqual([
      j('shop.orders', 'user_id', 'shop.users', 'user_id'),
    ]);
  });

  it('keeps hostile identifiers (dots, doubled backticks) intact', () => {
    const a = my('SELECT * FROM `other db`.`odd.name` AS x JOIN y ON y.`we``ird` = x.id');
    expect(a.reads).toEqual(['"other db"."odd.name"', 'shop.y']);
    expect(a.joins).toEqual([j('"other db"."odd.name"', 'id', 'shop.y', 'we`ird')]);
  });

  it('recognizes transactions; refuses what is not SQL', () => {
    expect(my('START TRANSACTION').transaction).toBe('begin');
    expect(my('COMMIT').transaction).toBe('commit');
    expect(my('ROLLBACK').transaction).toBe('rollback');
    expect(() => my('garbage here')).toThrow(UnparsableStatement);
  });

  it('normalizes literals so that repeats share an id', () => {
    expect(my("SELECT * FROM users WHERE email = 'a@b'").id).toBe(
      my("SELECT * FROM users WHERE email = 'c@d'").id,
    );
  });

  it('parses enum value lists with quotes and escapes', () => {
    expect(parseEnumValues("enum('a','it''s','back\\\\slash','x,y')")).toEqual([
      'a',
      "it's",
      'back\\slash',
      'x,y',
    ]);
  });
});
