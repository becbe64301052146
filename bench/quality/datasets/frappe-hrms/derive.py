#!/usr/bin/env python3
"""Writes schema.sql, truth.json and relations.json of the frappe-hrms dataset.

    python3 derive.py <git dir of a clone of github.com/frappe/hrms> [commit]

One table per stored doctype (`hrms/<module>/doctype/<name>/<name>.json`; single and virtual doctypes
have no table), named and laid out as the Frappe framework creates it: `tab<DocType name>`, the standard
columns (name as primary key, owner, creation, modified, modified_by, docstatus, idx; parent,
parentfield, parenttype for child tables) and one column per data field. Frappe declares no foreign
keys: relations.json lists every Link field to a doctype of the set and every child table's parent
(Table fields), for FK-inference scoring. truth.json: the doctype's module (its `module`, also its folder).
Then `npx tsx ../derive-from-sql.ts frappe-hrms` writes schema.json and stats.json.
"""
import json
import subprocess
import sys
from pathlib import Path

git_dir = sys.argv[1]
commit = sys.argv[2] if len(sys.argv) > 2 else 'HEAD'
here = Path(__file__).parent


def git(*args):
    return subprocess.run(['git', f'--git-dir={git_dir}', *args], check=True, capture_output=True, text=True).stdout


# Frappe's column types for each field type (frappe/database/postgres/database.py); layout types have none.
TYPES = {'Data': 'varchar(140)', 'Link': 'varchar(140)', 'Dynamic Link': 'varchar(140)', 'Select': 'varchar(140)',
         'Int': 'bigint', 'Check': 'smallint', 'Float': 'numeric(21,9)', 'Currency': 'numeric(21,9)',
         'Percent': 'numeric(21,9)', 'Rating': 'numeric(3,2)', 'Date': 'date', 'Datetime': 'timestamp',
         'Time': 'time', 'Duration': 'numeric(21,9)', 'Small Text': 'text', 'Text': 'text', 'Long Text': 'text',
         'Text Editor': 'text', 'Code': 'text', 'HTML Editor': 'text', 'Markdown Editor': 'text', 'JSON': 'json',
         'Attach': 'text', 'Attach Image': 'text', 'Signature': 'text', 'Password': 'text', 'Color': 'varchar(140)',
         'Phone': 'varchar(140)', 'Autocomplete': 'varchar(140)', 'Read Only': 'varchar(140)',
         'Barcode': 'text', 'Geolocation': 'text', 'Icon': 'varchar(140)'}

docs = {}
for path in git('ls-tree', '-r', '--name-only', commit, 'hrms/').split():
    parts = path.split('/')
    if len(parts) == 5 and parts[2] == 'doctype' and parts[4] == f'{parts[3]}.json':
        d = json.loads(git('show', f'{commit}:{path}'))
        if d.get('doctype') == 'DocType' and not d.get('issingle') and not d.get('is_virtual'):
            docs[d['name']] = d

tables, truth, relations = {}, {}, []
for name, d in sorted(docs.items()):
    table = f'tab{name}'
    cols = [('name', 'varchar(140) NOT NULL'), ('creation', 'timestamp'), ('modified', 'timestamp'),
            ('modified_by', 'varchar(140)'), ('owner', 'varchar(140)'), ('docstatus', 'smallint'), ('idx', 'bigint')]
    if d.get('istable'):
        cols += [('parent', 'varchar(140)'), ('parentfield', 'varchar(140)'), ('parenttype', 'varchar(140)')]
    seen = {c for c, _ in cols}
    for f in d.get('fields', []):
        t = TYPES.get(f['fieldtype'])
        if t and f['fieldname'] not in seen:
            cols.append((f['fieldname'], t))
            seen.add(f['fieldname'])
        if f['fieldtype'] == 'Link' and f.get('options') in docs:
            relations.append({'table': table, 'columns': [f['fieldname']], 'refTable': f"tab{f['options']}"})
        if f['fieldtype'] in ('Table', 'Table MultiSelect') and f.get('options') in docs:
            relations.append({'table': f"tab{f['options']}", 'columns': ['parent'], 'refTable': table})
    tables[table] = cols
    truth[table] = d['module']
uniq = {json.dumps(r, sort_keys=True): r for r in relations}
relations = sorted(uniq.values(), key=lambda r: (r['table'], r['columns'], r['refTable']))

out = ['-- Frappe HR / Payroll (github.com/frappe/hrms): its stored doctypes as Frappe creates their tables.',
       '-- No foreign keys: Frappe declares none (relations.json). See README.md. PostgreSQL.']
for table, cols in tables.items():
    body = [f'  "{c}" {t}' for c, t in cols] + ['  PRIMARY KEY ("name")']
    out.append(f'CREATE TABLE "{table}" (\n' + ',\n'.join(body) + '\n);')
    if any(c == 'parent' for c, _ in cols):
        out.append(f'CREATE INDEX "{table[:50]}_parent" ON "{table}" ("parent");')
(here / 'schema.sql').write_text('\n'.join(out) + '\n')
(here / 'truth.json').write_text(json.dumps(truth, indent=1, ensure_ascii=False) + '\n')
(here / 'relations.json').write_text(json.dumps(relations, indent=1) + '\n')
print(len(tables), 'tables', len(relations), 'relations', {g: list(truth.values()).count(g) for g in set(truth.values())})
