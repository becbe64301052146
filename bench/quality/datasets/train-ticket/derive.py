#!/usr/bin/env python3
"""Writes schema.sql, truth.json and relations.json of the train-ticket dataset.

    python3 derive.py <git dir of a clone of github.com/FudanSELab/train-ticket> [commit]

One table per entity that a service stores (the type argument of a `MongoRepository<…>` in the service),
with its non-static fields as columns (camelCase → snake_case); the label is the service. Where two
services store a collection of the same name, the one not named for it is qualified with its service
(ts-order-other-service's `orders` → `orders_other`). No foreign keys: each service has its own database.
relations.json lists the references the fields name (below, RELATIONS), for FK-inference scoring.
Then `npx tsx ../derive-from-sql.ts train-ticket` writes schema.json and stats.json.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

git_dir = sys.argv[1]
commit = sys.argv[2] if len(sys.argv) > 2 else 'HEAD'
here = Path(__file__).parent


def git(*args):
    return subprocess.run(['git', f'--git-dir={git_dir}', *args], check=True, capture_output=True, text=True).stdout


def snake(name):
    return re.sub(r'([a-z0-9])([A-Z])', r'\1_\2', name).lower()


# Collections stored by more than one service: the table name of each (service → name).
CLASHES = {
    ('ts-order-other-service', 'orders'): 'orders_other',
    ('ts-travel2-service', 'trip'): 'trip_other',
    ('ts-inside-payment-service', 'payment'): 'inside_payment',
    ('ts-inside-payment-service', 'addMoney'): 'inside_add_money',
    ('ts-auth-service', 'user'): 'auth_user',
}
TYPES = {'UUID': 'varchar(36)', 'String': 'varchar(255)', 'int': 'integer', 'Integer': 'integer',
         'double': 'double precision', 'Date': 'timestamp', 'TripId': 'varchar(16)'}

lines = git('grep', '-E', 'extends (Mongo|Crud|Jpa)Repository<', commit, '--', 'ts-*/*.java').splitlines()
stored = sorted({(re.match(r'[^:]+:(ts-[\w-]+)/', l).group(1), re.search(r'Repository<\s*(\w+)', l).group(1)) for l in lines})
files = git('ls-tree', '-r', '--name-only', commit).split()
tables, truth = {}, {}
for service, cls in stored:
    path = next(f for f in files if f.startswith(f'{service}/src/main/java/') and f.endswith(f'/entity/{cls}.java'))
    src = git('show', f'{commit}:{path}')
    doc = re.search(r'@Document\(\s*collection\s*=\s*"(\w+)"', src)
    collection = doc.group(1) if doc else snake(cls)
    name = snake(CLASHES.get((service, collection), collection))
    cols = []
    for ty, field in re.findall(r'^\s*(?:private|protected)\s+(?!static)([\w<>, ]+?)\s+(\w+)\s*(?:=[^;]*)?;', src, re.M):
        cols.append((snake(field), TYPES.get(ty, 'jsonb')))
    key = next(c for c, _ in cols if c in ('id', 'user_id', 'trip_id', 'name'))
    tables[name] = (cols, key)
    truth[name] = service
assert len(tables) == len(stored), 'two services store a collection under one name: extend CLASHES'

# References the fields name (id of another service's entity), read from the entities and the services'
# calls; station and train "ids" in this version hold names, which is what the other side stores too.
RELATIONS = [
    ('assurance', 'order_id', 'orders'), ('consign_record', 'order_id', 'orders'),
    ('consign_record', 'account_id', 'user'), ('contacts', 'account_id', 'user'),
    ('stores', 'station_id', 'station'), ('trainfoods', 'trip_id', 'trip'),
    ('foodorder', 'order_id', 'orders'), ('inside_add_money', 'user_id', 'user'),
    ('inside_payment', 'order_id', 'orders'), ('inside_payment', 'user_id', 'user'),
    ('orders', 'account_id', 'user'), ('orders', 'train_number', 'trip'),
    ('orders_other', 'account_id', 'user'), ('orders_other', 'train_number', 'trip_other'),
    ('payment', 'order_id', 'orders'), ('payment', 'user_id', 'user'), ('add_money', 'user_id', 'user'),
    ('price_config', 'route_id', 'routes'), ('price_config', 'train_type', 'train_type'),
    ('routes', 'start_station_id', 'station'), ('routes', 'terminal_station_id', 'station'),
    ('trip', 'train_type_id', 'train_type'), ('trip', 'route_id', 'routes'),
    ('trip', 'starting_station_id', 'station'), ('trip', 'terminal_station_id', 'station'),
    ('trip_other', 'train_type_id', 'train_type'), ('trip_other', 'route_id', 'routes'),
    ('trip_other', 'starting_station_id', 'station'), ('trip_other', 'terminal_station_id', 'station'),
    ('auth_user', 'user_id', 'user'),
]
for t, c, r in RELATIONS:
    assert t in tables and r in tables and c in dict(tables[t][0]), (t, c, r)

out = ['-- Train Ticket (github.com/FudanSELab/train-ticket): the entities its microservices store, one table each.',
       '-- No foreign keys (each service has its own database). See README.md. PostgreSQL.']
for name in sorted(tables):
    cols, key = tables[name]
    body = [f'  "{c}" {t}' for c, t in cols] + [f'  PRIMARY KEY ("{key}")']
    out.append(f'CREATE TABLE "{name}" (\n' + ',\n'.join(body) + '\n);')
(here / 'schema.sql').write_text('\n'.join(out) + '\n')
(here / 'truth.json').write_text(json.dumps(dict(sorted(truth.items())), indent=1) + '\n')
(here / 'relations.json').write_text(json.dumps(
    [{'table': t, 'columns': [c], 'refTable': r} for t, c, r in RELATIONS], indent=1) + '\n')
print(len(tables), 'tables', len(set(truth.values())), 'services', len(RELATIONS), 'relations')
