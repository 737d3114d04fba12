#!/usr/bin/env bash
# A real PostgreSQL for the usage-store contract tests (tests/Bot.Tests/Usage/PostgresUsageStoreTests.cs).
# Installs Debian's postgresql, starts its default cluster bound to 127.0.0.1:5432 (daemonized, it outlives
# this script), and creates the role and database cpc / cpc_test. Idempotent: a second run finds it all up.
# Run as root by scripts/test.sh after its 'apt-get update'. Last line: the connection string for the tests.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed major version and its first cluster; create one if the package left none.
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
cluster=$(pg_lsclusters -h | awk -v v="$version" '$1 == v { print $2; exit }')
if [ -z "$cluster" ]; then
  cluster=main
  pg_createcluster "$version" "$cluster" -p 5432 >/dev/null
fi

conf="/etc/postgresql/$version/$cluster/postgresql.conf"
# Loopback only: the test server must never be reachable from the network.
if ! grep -q "^listen_addresses = '127.0.0.1'" "$conf"; then
  echo "listen_addresses = '127.0.0.1'" >>"$conf"
  echo "port = 5432" >>"$conf"
fi

if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }' | grep -q online; then
  pg_ctlcluster "$version" "$cluster" start
fi

# Wait (bounded) until the server accepts connections.
for _ in $(seq 1 60); do
  if su postgres -c "pg_isready -q -h 127.0.0.1 -p 5432"; then break; fi
  sleep 0.5
done
su postgres -c "pg_isready -h 127.0.0.1 -p 5432" >/dev/null

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA -p 5432 $*"; }
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = 'cpc'\"")" != "1" ]; then
  psql_admin "-c \"CREATE ROLE cpc LOGIN PASSWORD 'cpc'\""
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = 'cpc_test'\"")" != "1" ]; then
  psql_admin "-c \"CREATE DATABASE cpc_test OWNER cpc\""
fi

echo "export CPC_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=cpc;Password=cpc;Database=cpc_test'"
