#!/usr/bin/env bash
# Sourced by .ci/run (and usable by hand): starts a throw-away PostgreSQL cluster on
# 127.0.0.1:${DESK_APP_PG_PORT:-54329} and exports DESK_APP_TEST_PG_URL for the suite.
# PostgreSQL refuses to run as root, so the cluster belongs to the 'postgres' user.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ]; then
    echo "start_postgres: no PostgreSQL server binaries found" >&2
    return 1 2>/dev/null || exit 1
fi
port=${DESK_APP_PG_PORT:-54329}
pgdata=${DESK_APP_PGDATA:-/tmp/desk_app_ci_pg}
run_as=()
if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    run_as=(runuser -u postgres --)
fi
if ! "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    rm -rf "$pgdata" && mkdir -p "$pgdata"
    [ "$(id -u)" = "0" ] && chown postgres "$pgdata"
    "${run_as[@]}" "$pg_bin/initdb" -D "$pgdata" -U postgres --auth=trust >/dev/null
    "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pgdata" -w -s \
        -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=on" \
        -l "$pgdata/server.log" start || { cat "$pgdata/server.log" >&2; return 1 2>/dev/null || exit 1; }
fi
export DESK_APP_PG_BIN="$pg_bin"
export DESK_APP_PGDATA="$pgdata"
export DESK_APP_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "start_postgres: PostgreSQL ready at $DESK_APP_TEST_PG_URL"
