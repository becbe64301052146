import { TableResolver } from './src/workload/resolver.js';
import { analyzeMysqlStatement, parseMysql } from './src/mysql/parse-statement.js';
const r = new TableResolver('mysql', 'shop', null);
for (const q of [
 "SELECT `t` . `b` FROM `t` JOIN `u` ON `u` . `t_id` = `t` . `id` WHERE `t` . `id` = ? AND `t` . `b` = ?",
 "SELECT * FROM `t` WHERE ID IN (...)",
 "INSERT INTO `t` VALUES (...) /* , ... */",
 "INSERT INTO `order_items` ( `order_id` , `sku` ) SELECT o.id, c.sku FROM carts c JOIN orders o ON o.cart_id = c.id",
 "UPDATE orders o JOIN users u ON u.id = o.user_id SET o.x = ? WHERE u.id = ?",
 "UPDATE orders SET x = ? WHERE id = ?",
 "DELETE o FROM orders o JOIN users u ON u.id = o.user_id WHERE u.x = ?",
 "DELETE FROM orders WHERE user_id IN (SELECT id FROM users WHERE x = ?)",
 "SELECT * FROM (SELECT user_id FROM orders) d JOIN users u USING (user_id)",
 "WITH t AS (SELECT * FROM a) SELECT * FROM t JOIN b ON b.a_id = t.id",
 "SELECT * FROM `other`.`odd.name` AS x JOIN y ON y.`we``ird` = x.id",
 "BEGIN", "COMMIT", "START TRANSACTION", "ROLLBACK", "SHOW TABLES", "garbage here",
]) {
  try { for (const p of parseMysql(q)) console.log(JSON.stringify(analyzeMysqlStatement(p.ast, r))); } catch (e) { console.log('ERR', (e as Error).message); }
}
