#!/usr/bin/env bash
# Creates one database per service, each owned by its own login role, plus Keycloak's database.
#
# Mounted into /docker-entrypoint-initdb.d by docker-compose.yml. The postgres image runs it ONCE, when the
# data volume is empty, as the superuser over the local socket (before the server listens on TCP, which is
# why the compose health check probes TCP). Consequences for operators:
#   - changing a *_DB_PASSWORD in .env later does NOT change the role's password: run
#     `ALTER ROLE membership PASSWORD '...'` or start from scratch with `docker compose down -v` (drops all data);
#   - adding a database here later needs the same (or a manual CREATE DATABASE).
#
# Passwords are read from the environment variables named in the third argument (set on the postgres service
# in docker-compose.yml from the same ${VAR:?...} expressions the services use), never written here.
# The owners can create the extensions the services' Flyway migrations use (unaccent, pg_trgm, btree_gist,
# citext, ltree, pgcrypto): they are "trusted" extensions since PostgreSQL 13, no superuser needed.
#
# deployment-check (DeploymentConsistencyTest) reads the create_database lines below: keep one call per line,
# in the form `create_database <database> <owner role> <PASSWORD_VARIABLE>`.
set -Eeo pipefail

create_database() {
  local database="$1" owner="$2" password_var="$3"
  local password="${!password_var:?environment variable ${password_var} is not set (see deploy/.env.example)}"
  echo "initdb: creating role '${owner}' and database '${database}'"
  # psql variables (:"ident" and :'literal') quote the names and the password safely.
  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
    --set=database="${database}" --set=owner="${owner}" --set=password="${password}" <<'EOSQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
EOSQL
}

create_database membership membership MEMBERSHIP_DB_PASSWORD
create_database inspection inspection INSPECTION_DB_PASSWORD
create_database events events EVENTS_DB_PASSWORD
create_database keycloak keycloak KEYCLOAK_DB_PASSWORD
