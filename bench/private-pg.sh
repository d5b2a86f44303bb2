# A private PostgreSQL 15 cluster for the bench scripts, sourced by them (not run).
# Only the server package is needed (Debian: postgresql-15); nothing touches the system cluster.
#   pg_private_init DIR PORT    initdb into DIR (once), owner "backcare", trust on 127.0.0.1 only
#   pg_private_start DIR PORT   start it (log in DIR/server.log), wait until it answers
#   pg_private_stop DIR         stop it (fast shutdown)
#   pg_sql PORT SQL...          run SQL as backcare in database backcare (psql, stops on the first error)
# initdb and postgres refuse to run as root, so as root they run as the "postgres" user.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_private_init() {
  local dir=$1 port=$2
  [ -f "$dir/pgdata/PG_VERSION" ] && return 0
  mkdir -p "$dir/pgdata"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir" "$dir/pgdata"; chmod 755 "$dir"; fi
  pg_as_owner "$PG_BIN/initdb" -D "$dir/pgdata" -U backcare --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  cat >> "$dir/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
max_connections = 100
shared_buffers = 512MB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 4GB
EOF
}

pg_private_start() {
  local dir=$1 port=$2
  pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/pgdata" -l "$dir/pgdata/server.log" -w -t 120 start >/dev/null
  "$PG_BIN/psql" -qAt -h 127.0.0.1 -p "$port" -U backcare -d postgres \
    -c "select 1 from pg_database where datname = 'backcare'" | grep -q 1 \
    || "$PG_BIN/psql" -q -h 127.0.0.1 -p "$port" -U backcare -d postgres -c "create database backcare"
}

pg_private_stop() {
  pg_as_owner "$PG_BIN/pg_ctl" -D "$1/pgdata" -m fast -w stop >/dev/null 2>&1 || true
}

pg_sql() {
  local port=$1; shift
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U backcare -d backcare "$@"
}
