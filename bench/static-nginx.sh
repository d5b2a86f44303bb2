# nginx serving saved pages as static files, the yardstick of the bench scripts; sourced (not run).
#   static_nginx_start DIR PORT LOCATIONS   serves DIR/www on 127.0.0.1:PORT with the given
#                                           location blocks (one worker, no access log)
#   static_nginx_stop DIR
static_nginx_start() {
  local dir=$1 port=$2 locations=$3
  cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$port;
    root $dir/www;
    $locations
  }
}
CONF
  PATH="$PATH:/usr/sbin" nginx -c "$dir/nginx.conf"
}

static_nginx_stop() {
  [ -f "$1/nginx.pid" ] && kill "$(cat "$1/nginx.pid")" 2>/dev/null || true
}
