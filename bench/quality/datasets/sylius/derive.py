#!/usr/bin/env python3
"""Writes schema.sql and truth.json of the sylius dataset.

    python3 derive.py <git dir of a clone of github.com/Sylius/Sylius> [commit]

schema.sql: the SQL of Sylius' regenerated PostgreSQL migration (CoreBundle/Migrations/Version20160101084139,
every `$this->addSql('…')` of `up()` in order). truth.json: the bundle whose Doctrine mapping
(`Resources/config/doctrine/*.orm.xml`) names the table, as `table="…"` or a `<join-table name="…">`;
a table that CoreBundle and another bundle both map belongs to the other bundle (CoreBundle extends the
component's model; PayumBundle likewise extends PaymentBundle's gateway config). Then `npx tsx ../derive-from-sql.ts sylius` writes schema.json and stats.json.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

git_dir = sys.argv[1]
commit = sys.argv[2] if len(sys.argv) > 2 else 'HEAD'
here = Path(__file__).parent
MIGRATION = 'src/Sylius/Bundle/CoreBundle/Migrations/Version20160101084139.php'


def git(*args):
    return subprocess.run(['git', f'--git-dir={git_dir}', *args], check=True, capture_output=True, text=True).stdout


php = git('show', f'{commit}:{MIGRATION}')
up = php[php.index('public function up('):php.index('public function down(')]
statements = [s.replace("\\'", "'") for s in re.findall(r"\$this->addSql\('((?:[^'\\]|\\.)*)'\)", up)]
sql = ['-- Sylius (github.com/Sylius/Sylius) PostgreSQL schema: the up() statements of',
       f'-- {MIGRATION}. See README.md.']
sql += [f'{s};' for s in statements if not s.startswith('COMMENT ON')]
(here / 'schema.sql').write_text('\n'.join(sql) + '\n')
tables = sorted(set(re.findall(r'^CREATE TABLE (\w+)', '\n'.join(statements), re.M)))

owners = {}
for path in git('ls-tree', '-r', '--name-only', commit, 'src/Sylius/Bundle/').split():
    m = re.match(r'src/Sylius/Bundle/(\w+)Bundle/Resources/config/doctrine/.*\.orm\.xml$', path)
    if not m:
        continue
    xml = git('show', f'{commit}:{path}')
    for t in re.findall(r'\btable="(\w+)"', xml) + re.findall(r'<join-table\s+name="(\w+)"', xml):
        owners.setdefault(t, set()).add(m.group(1))
# Bundles that extend other bundles' models (CoreBundle the components', PayumBundle PaymentBundle's).
EXTENDING = {'Core', 'Payum'}
truth = {}
for t in tables:
    o = owners.get(t, set())
    rest = sorted(o - EXTENDING)
    truth[t] = rest[0] if len(rest) == 1 else (sorted(o)[0] if len(o) == 1 else None)
# Symfony Messenger's transport table, created by the migration and mapped by no bundle.
truth['messenger_messages'] = 'Messenger'
missing = [t for t, g in truth.items() if g is None]
print(len(tables), 'tables;', 'without a single owner:', missing)
for t in missing:
    print(' ', t, owners.get(t))
(here / 'truth.json').write_text(json.dumps(truth, indent=1) + '\n')
