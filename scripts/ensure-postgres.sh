#!/usr/bin/env bash
# Makes sure a local PostgreSQL is running and has the atlas role and databases.
# Works on a fresh Debian machine when run as root (installs PostgreSQL with apt if it is missing);
# otherwise it says what to do. Skipped when ATLAS_SKIP_DB_SETUP=true (you bring your own database).
set -euo pipefail

[ "${ATLAS_SKIP_DB_SETUP:-false}" = "true" ] && exit 0

DB_USER="${ATLAS_DB_USER:-atlas}"
DB_PASSWORD="${ATLAS_DB_PASSWORD:-atlas}"
DATABASES="${ATLAS_DATABASES:-atlas atlas_test}"

say() { echo "[ensure-postgres] $*" >&2; }

as_postgres() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    sudo -n -u postgres "$@"
  fi
}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ]; then
    say "PostgreSQL is not installed. Install it (sudo apt-get install -y postgresql) or run this as root,"
    say "or point the service at your own database (see README, 'Another PostgreSQL')."
    exit 1
  fi
  say "installing PostgreSQL with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | head -n 1)
if [ -z "$cluster" ]; then
  say "no PostgreSQL cluster exists; creating one"
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_createcluster "$version" main >/dev/null
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != "online" ]; then
  say "starting PostgreSQL $version/$name"
  if [ "$(id -u)" = "0" ]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
  else
    pg_ctlcluster "$version" "$name" start
  fi
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || { say "PostgreSQL did not come up on port $port"; exit 1; }

psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'")" != "1" ]; then
  say "creating role $DB_USER"
  psql_admin -c "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD '$DB_PASSWORD'"
fi
for db in $DATABASES; do
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
    say "creating database $db"
    psql_admin -c "CREATE DATABASE \"$db\" OWNER \"$DB_USER\" ENCODING 'UTF8' TEMPLATE template0"
  fi
done
say "PostgreSQL $version is ready on 127.0.0.1:$port (role $DB_USER; databases: $DATABASES)"
