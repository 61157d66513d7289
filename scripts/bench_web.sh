#!/usr/bin/env bash
# Throughput and latency of the public site under gunicorn with production settings,
# side by side with nginx serving the same saved event page (the limit), in one run.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/webbench CACHE_URL=redis://127.0.0.1:6379/1 \
#     scripts/bench_web.sh            # DURATION=10 READERS_DURATION=60 PORT_BASE=8101
#
# Two gunicorns on the same database: one with the shared page cache (Redis), one
# without (PAGE_CACHE_URL=dummy://), so "cached" and "uncached" are the same code.
# One nginx serves the saved event HTML (the limit) and, on another port, the committed
# reverse proxy cache (deploy/nginx/akorda-http.conf, akorda-site.conf) in front of the
# cached gunicorn, as in production.
# Needs wrk and nginx (apt-get install wrk nginx). Everything started here is stopped
# on exit. Prints a Markdown table; p95 comes from wrk's own histogram (scripts/wrk_report.lua).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?set DATABASE_URL to a PostgreSQL database for benchmarks}"
: "${CACHE_URL:?set CACHE_URL, e.g. redis://127.0.0.1:6379/1}"
DURATION=${DURATION:-10}
READERS_DURATION=${READERS_DURATION:-60}
CONNECTIONS=${CONNECTIONS:-8}
PORT_BASE=${PORT_BASE:-8101}
WORKERS=${WORKERS:-2}
THREADS=${THREADS:-4}
CACHED=$PORT_BASE; UNCACHED=$((PORT_BASE + 1)); NGINX=$((PORT_BASE + 2)); PROXY=$((PORT_BASE + 3))
WORK=$(mktemp -d /tmp/akorda-bench.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=akorda.settings.production
export SECRET_KEY=${SECRET_KEY:-benchmark-only}
export ALLOWED_HOSTS=127.0.0.1,localhost
export SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false
export STATIC_ROOT="$WORK/static"
.venv/bin/python manage.py collectstatic --noinput -v0

start_gunicorn() {  # port, page cache url
  PAGE_CACHE_URL=$2 .venv/bin/gunicorn akorda.wsgi:application --bind "127.0.0.1:$1" \
    --workers "$WORKERS" --threads "$THREADS" --worker-class gthread --timeout 60 \
    --log-level warning >"$WORK/gunicorn-$1.log" 2>&1 &
  PIDS+=($!)
}
start_gunicorn "$CACHED" "$CACHE_URL"
start_gunicorn "$UNCACHED" "dummy://"
for port in "$CACHED" "$UNCACHED"; do
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/robots.txt" && break; sleep 1; done
done

# The URLs: one event (the newest Russian one), lists, a deep page, search, sitemap, feed, API.
eval "$(.venv/bin/python scripts/bench_urls.py)"  # sets EVENT, DEEP_PAGE and DEEP_AFTER
.venv/bin/python scripts/bench_urls.py --readers 3000 >"$WORK/events.txt"

# nginx serves the same event page's HTML, saved from the app.
mkdir -p "$WORK/html"
curl -sf "http://127.0.0.1:$UNCACHED$EVENT" -o "$WORK/html/event.html"
cat >"$WORK/nginx.conf" <<EOF
worker_processes 2;
user root;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-tmp;
  proxy_temp_path $WORK/nginx-tmp;
  fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp;
  scgi_temp_path $WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$NGINX;
    location / { default_type text/html; root $WORK/html; try_files /event.html =404; }
  }
  proxy_cache_path $WORK/nginx-cache levels=1:2 keys_zone=akorda:20m use_temp_path=off;
  include $PWD/deploy/nginx/akorda-http.conf;
  upstream akorda_app { server 127.0.0.1:$CACHED; keepalive 32; }
  server {
    listen 127.0.0.1:$PROXY;
    include $PWD/deploy/nginx/akorda-site.conf;
  }
}
EOF
mkdir -p "$WORK/nginx-tmp"
/usr/sbin/nginx -c "$WORK/nginx.conf" -p "$WORK"

run() {  # label, url, connections, duration, [lua script args]
  local label=$1 url=$2 conns=$3 dur=$4
  local out
  out=$(wrk -t2 -c"$conns" -d"${dur}s" --timeout 10s -s scripts/wrk_report.lua "$url" 2>&1)
  local line
  line=$(echo "$out" | grep '^RESULT' | cut -d' ' -f2-)
  echo "| $label | \`wrk -t2 -c$conns -d${dur}s $url\` | $line |"
}

if [ -z "${ONLY_READERS:-}" ]; then  # ONLY_READERS=1: the readers' runs alone
echo
echo "| path | command | req/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|"
run "nginx, saved event HTML" "http://127.0.0.1:$NGINX/" "$CONNECTIONS" "$DURATION"
curl -sf -o /dev/null "http://127.0.0.1:$CACHED$EVENT"  # fill the cache
run "event page, cached" "http://127.0.0.1:$CACHED$EVENT" "$CONNECTIONS" "$DURATION"
run "event page, uncached" "http://127.0.0.1:$UNCACHED$EVENT" "$CONNECTIONS" "$DURATION"
run "events list p.1, uncached" "http://127.0.0.1:$UNCACHED/ru/events/" "$CONNECTIONS" "$DURATION"
run "events list deep page (keyset), uncached" "http://127.0.0.1:$UNCACHED/ru/events/?after=$DEEP_AFTER" "$CONNECTIONS" "$DURATION"
run "rubric list p.1, uncached" "http://127.0.0.1:$UNCACHED/ru/events/akorda/" "$CONNECTIONS" "$DURATION"
run "home, uncached" "http://127.0.0.1:$UNCACHED/ru/" "$CONNECTIONS" "$DURATION"
run "archive day, uncached" "http://127.0.0.1:$UNCACHED/ru/events/archive/2012/6/14/" "$CONNECTIONS" "$DURATION"
run "search «школы», uncached" "http://127.0.0.1:$UNCACHED/ru/search/?q=%D1%88%D0%BA%D0%BE%D0%BB%D1%8B" "$CONNECTIONS" "$DURATION"
run "sitemap index, uncached" "http://127.0.0.1:$UNCACHED/sitemap.xml" "$CONNECTIONS" "$DURATION"
run "sitemap events-ru p.1 (1000 URLs), uncached" "http://127.0.0.1:$UNCACHED/sitemap-events-ru.xml" "$CONNECTIONS" "$DURATION"
run "RSS feed, uncached" "http://127.0.0.1:$UNCACHED/ru/events/feed/rss/" "$CONNECTIONS" "$DURATION"
run "API meetings, uncached" "http://127.0.0.1:$UNCACHED/api/v1/meetings" "$CONNECTIONS" "$DURATION"
run "events list p.1, cached" "http://127.0.0.1:$CACHED/ru/events/" "$CONNECTIONS" "$DURATION"
curl -sf -o /dev/null "http://127.0.0.1:$PROXY$EVENT"  # fill the proxy cache
run "event page, nginx proxy cache" "http://127.0.0.1:$PROXY$EVENT" "$CONNECTIONS" "$DURATION"
fi

# 200 readers for a minute: random event pages (3,000 of them, mostly not yet cached),
# lists and searches; first on gunicorn with its page cache, then through the nginx cache.
export WRK_URLS="$WORK/events.txt"
readers() {  # label, base url
  local out
  out=$(wrk -t2 -c200 -d"${READERS_DURATION}s" --timeout 10s -s scripts/wrk_readers.lua "$2" 2>&1)
  echo "| $1 | \`wrk -t2 -c200 -d${READERS_DURATION}s -s scripts/wrk_readers.lua $2\` | $(echo "$out" | grep '^RESULT' | cut -d' ' -f2-) |"
}
echo
echo "200 concurrent readers, ${READERS_DURATION} s, mixed URLs (scripts/wrk_readers.lua):"
echo
echo "| path | command | req/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|"
if [ "${ONLY_READERS:-}" != hot ] && [ "${ONLY_READERS:-}" != lists ]; then  # ONLY_READERS=hot / lists: that run alone
  readers "200 readers, gunicorn + page cache" "http://127.0.0.1:$CACHED"
  readers "200 readers, nginx proxy cache in front" "http://127.0.0.1:$PROXY"
fi
# HOT_READERS=N: a spike on a few pages, N event pages (no query string) fetched once
# through nginx first, then the 200 readers on those alone.
if [ -n "${HOT_READERS:-}" ]; then
  awk -v n="$HOT_READERS" '!/\?/ && count++ < n' "$WORK/events.txt" >"$WORK/hot.txt"
  while read -r path; do curl -sf -o /dev/null "http://127.0.0.1:$PROXY$path"; done <"$WORK/hot.txt"
  WRK_URLS="$WORK/hot.txt" readers "200 readers, $HOT_READERS hot event pages, nginx proxy cache" "http://127.0.0.1:$PROXY"
fi
# LIST_READERS=1: readers arriving from our lists (home, Events pages 1-3, the events they
# link to, with the list as Referer), as this checkout renders the links; lists and events
# fetched once through nginx first, then 200 readers through it.
if [ -n "${LIST_READERS:-}" ]; then
  .venv/bin/python scripts/bench_urls.py --from-lists "http://127.0.0.1:$PROXY" >"$WORK/lists.txt"
  while read -r path referer; do curl -sf -o /dev/null -e "${referer#-}" "http://127.0.0.1:$PROXY$path"; done <"$WORK/lists.txt"
  echo "(lists: $(grep -c ' -$' "$WORK/lists.txt") lines, events: $(grep -vc ' -$' "$WORK/lists.txt") lines, with a query string: $(awk '$1 ~ /[?]/' "$WORK/lists.txt" | wc -l))"
  WRK_URLS="$WORK/lists.txt" readers "200 readers arriving from lists, nginx proxy cache" "http://127.0.0.1:$PROXY"
fi
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
