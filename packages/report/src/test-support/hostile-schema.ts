import { analyze, PlanEditor } from '@seam/analyzer';
import { SHOP_TABLES, snapshot } from '@seam/analyzer/test-support';
import type { SchemaSnapshot } from '@seam/core';

/** Table names that try to break out of every format the report writes. */
export const HOSTILE_NAMES: Record<string, string> = {
  users: '<img src=x onerror=window.__pwned=1>',
  orders: '</script><script>window.__pwned=1</script>',
  products: 'say "hi" \'there\' `backtick` & <b>bold</b>',
  payments: 'a"]; evil [label="x', // DOT: end the quoted id and add a node
  invoices: 'x --> y; click x call alert(1) %%{init: {"securityLevel": "loose"}}%%', // Mermaid syntax
  carts: 'new\nline\r\u2028sep',
  shipments: 'esc\u001b]52;c;aGk=\u0007 \u001b[31mred',
  refunds: 'back\\slash \\N \\G {brace} |pipe| #35; &amp;',
  product_tags: 'emoji 🎉 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
};

/** The shop fixture with its tables renamed to HOSTILE_NAMES (references follow), in a hostile database. */
export function hostileSnapshot(): SchemaSnapshot {
  const rename = (name: string) => HOSTILE_NAMES[name] ?? name;
  return snapshot(
    SHOP_TABLES.map((t) => ({
      ...t,
      name: rename(t.name),
      ...(t.fks ? { fks: t.fks.map((f) => ({ ...f, table: rename(f.table) })) } : {}),
    })),
    'db <script>window.__pwned=1</script> "quoted"',
  );
}

/** A fresh analysis of the hostile snapshot, as the editor `seam report` draws. */
export function hostileEditor(): PlanEditor {
  const s = hostileSnapshot();
  return PlanEditor.fromAnalysis(analyze(s, undefined), s);
}
