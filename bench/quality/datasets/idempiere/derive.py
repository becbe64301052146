#!/usr/bin/env python3
"""Writes schema.sql and truth.json of the idempiere dataset from iDempiere's generated model interfaces.

    python3 derive.py <git dir of a clone of github.com/idempiere/idempiere> [commit]

Reads every org.adempiere.base / org.idempiere.acct I_<Table>.java (one per table, generated from the
application dictionary): the table name, each COLUMNNAME_ constant with its getter's Java type, and each
`I_<Other> get<Column>()` accessor (a reference from <Column>_ID to <Other>'s key). The table's module
prefix (C_, M_, AD_, GL_, PP_, ...) is the label and is removed from the name (C_OrderLine -> order_line);
then `npx tsx ../derive-from-sql.ts idempiere` writes schema.json and stats.json.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

git_dir = sys.argv[1]
commit = sys.argv[2] if len(sys.argv) > 2 else 'HEAD'
here = Path(__file__).parent
DIRS = [
    'org.adempiere.base/src/org/compiere/model',
    'org.adempiere.base/src/org/eevolution/model',
    'org.idempiere.acct/src/org/idempiere/acct/base/model',
]


def git(*args):
    return subprocess.run(['git', f'--git-dir={git_dir}', *args], check=True, capture_output=True, text=True).stdout


def snake(name):
    s = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1_\2', name)
    s = re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', s)
    return re.sub(r'_+', '_', s).lower()


TYPES = {'int': 'integer', 'BigDecimal': 'numeric', 'String': 'varchar(255)', 'Timestamp': 'timestamp',
         'boolean': 'char(1)', 'byte[]': 'bytea', 'Object': 'text'}

tables = {}
for d in DIRS:
    for path in git('ls-tree', '--name-only', f'{commit}', f'{d}/').split():
        if not re.search(r'/I_\w+\.java$', path):
            continue
        src = git('show', f'{commit}:{path}')
        m = re.search(r'Table_Name = "(\w+)"', src)
        if not m:
            continue
        name = m.group(1)
        cols = {}
        for c in re.findall(r'COLUMNNAME_(\w+) = "(\w+)"', src):
            col = c[1]
            getters = [col, col[2:]] if col.startswith('Is') else [col]
            t = next((m for g in getters for m in [re.search(rf'public ([\w.\[\]]+) (?:get|is){re.escape(g)}\s*\(\)', src)] if m), None)
            cols[col] = TYPES.get(t.group(1) if t else 'String', 'text')
        refs = re.findall(r'public [\w.]*I_(\w+) get(\w+)\(\) throws RuntimeException', src)
        tables[name] = {'columns': cols, 'refs': refs}

# Test tables of the unit tests are not part of the application.
tables = {n: t for n, t in tables.items() if not n.lower().startswith('test')}
prefix = {n: n.split('_', 1)[0] for n in tables}
short = {n: snake(n.split('_', 1)[1]) if '_' in n else snake(n) for n in tables}
dupes = {s for s in short.values() if list(short.values()).count(s) > 1}
# Import staging (I_) and temporary (T_) tables repeat the name of the table they feed:
# they keep a suffix naming their kind instead of the module prefix.
for n in tables:
    if short[n] in dupes and prefix[n] in ('I', 'T'):
        short[n] = f"{short[n]}_{'import' if prefix[n] == 'I' else 'temp'}"
# Other clashes (C_Order and PP_Order, C_Year and HR_Year, ...): the table of the largest module keeps the
# bare name, the others keep their prefix as a word of the name (pp_order). README.md counts them.
size = {p: list(prefix.values()).count(p) for p in set(prefix.values())}
kept_prefix = []
for s in sorted({s for s in short.values() if list(short.values()).count(s) > 1}):
    clash = sorted((n for n in tables if short[n] == s), key=lambda n: (-size[prefix[n]], n))
    for n in clash[1:]:
        short[n] = f'{prefix[n].lower()}_{s}'
        kept_prefix.append(n)
for n in tables:
    if list(short.values()).count(short[n]) > 1 and prefix[n] in ('I', 'T') and not short[n].endswith(('_import', '_temp')):
        short[n] = f"{short[n]}_{'import' if prefix[n] == 'I' else 'temp'}"
dup = [s for s in short.values() if list(short.values()).count(s) > 1]
assert not dup, f'names still clash: {sorted(set(dup))}'
print(len(kept_prefix), 'tables keep their prefix:', ', '.join(sorted(kept_prefix)))

out = ['-- iDempiere ERP (github.com/idempiere/idempiere): one table per generated model interface I_<Table>.java.',
       '-- Module prefixes removed from table names (C_OrderLine -> order_line); see README.md. PostgreSQL.']
fks = 0
for n in sorted(tables, key=lambda x: short[x]):
    t = tables[n]
    cols = t['columns']
    lines = [f'  "{c.lower()}" {ty}' for c, ty in cols.items()]
    key = f'{n}_ID'
    if key in cols:
        lines.append(f'  PRIMARY KEY ("{key.lower()}")')
    if f'{n}_UU' in cols:
        lines.append(f'  UNIQUE ("{n.lower()}_uu")')
    for ref, getter in t['refs']:
        col = f'{getter}_ID'
        if ref in tables and col in cols and f'{ref}_ID' in tables[ref]['columns']:
            lines.append(f'  FOREIGN KEY ("{col.lower()}") REFERENCES "{short[ref]}" ("{ref.lower()}_id")')
            fks += 1
    out.append(f'CREATE TABLE "{short[n]}" (\n' + ',\n'.join(lines) + '\n);')
# Referenced tables must exist first: create all, then add keys (simplest: defer by ordering in two passes).
sql = '\n'.join(out)
creates = re.findall(r'CREATE TABLE "(\w+)" \((.*?)\n\);', sql, re.S)
plain, alters = [out[0], out[1]], []
for name, body in creates:
    parts = body.split(',\n')
    keep = [p for p in parts if 'FOREIGN KEY' not in p]
    plain.append(f'CREATE TABLE "{name}" (' + ',\n'.join(keep) + '\n);')
    for p in parts:
        if 'FOREIGN KEY' in p:
            alters.append(f'ALTER TABLE "{name}" ADD{p.strip().replace("  ", " ")};'.replace('ADDFOREIGN', 'ADD FOREIGN'))
(here / 'schema.sql').write_text('\n'.join(plain + alters) + '\n')
truth = {short[n]: prefix[n] for n in sorted(tables, key=lambda x: short[x])}
(here / 'truth.json').write_text(json.dumps(truth, indent=1) + '\n')
print(len(tables), 'tables', fks, 'foreign keys', len(set(truth.values())), 'groups')
