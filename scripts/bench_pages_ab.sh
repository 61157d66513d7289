#!/usr/bin/env bash
# Two checkouts side by side on one database, uncached: queries and in-process latency per page,
# then wrk over HTTP with one and with eight connections, path by path, previous then current.
#
#   git archive <commit> | tar -x -C /tmp/base              # the previous code
#   DATABASE_URL=postgres://…/serve_event_bench CACHE_URL=redis://127.0.0.1:6379/8 \
#     BASE=/tmp/base PORT_BASE=8301 scripts/bench_pages_ab.sh
#
# Both trees run with this checkout's virtualenv and its scripts/profile_pages.py (copied into
# BASE), production settings, PAGE_CACHE_URL=dummy:// (every request renders), gunicorn
# --workers 2 --threads 4 --worker-class gthread. PATHS (default "event home") are names known
# to profile_pages.py; REQUESTS in-process requests per path (200); DURATION seconds per wrk
# run (10). The load average is printed around each part: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BASE:?the previous checkout (git archive) to compare with}"
: "${DATABASE_URL:?a PostgreSQL database holding the archive}"
PORT_BASE=${PORT_BASE:-8301}
PATHS=${PATHS:-event home}
REQUESTS=${REQUESTS:-200}
DURATION=${DURATION:-10}
HERE=$(pwd)
PY="$HERE/.venv/bin/python"
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

export DJANGO_SETTINGS_MODULE=akorda.settings.production SECRET_KEY=benchmark-only
export ALLOWED_HOSTS=127.0.0.1,localhost,testserver PAGE_CACHE_URL=dummy://
export SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false STATIC_ROOT="$WORK/static"
cp scripts/profile_pages.py "$BASE/scripts/profile_pages.py"
"$PY" manage.py collectstatic --noinput -v0

echo "## in-process, $REQUESTS requests per path ($(date -u +%T) UTC; $(uptime | sed 's/.*load/load/'))"
for name in $PATHS; do
  for tree in "$BASE" "$HERE"; do
    label=$([ "$tree" = "$HERE" ] && echo current || echo previous)
    row=$(cd "$tree" && "$PY" scripts/profile_pages.py --requests "$REQUESTS" --only "$name" | tail -1)
    echo "$label $row"
  done
done
echo "($(date -u +%T) UTC; $(uptime | sed 's/.*load/load/'))"

start() {  # tree, port
  (cd "$1" && exec "$PY" -m gunicorn akorda.wsgi:application --bind "127.0.0.1:$2" --workers 2 --threads 4 \
     --worker-class gthread --timeout 60 --log-level warning >"$WORK/gunicorn-$2.log" 2>&1) &
  PIDS+=($!)
}
PREVIOUS=$PORT_BASE CURRENT=$((PORT_BASE + 1))
start "$BASE" "$PREVIOUS"
start "$HERE" "$CURRENT"
for port in "$PREVIOUS" "$CURRENT"; do
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/robots.txt" && break; sleep 1; done
done

echo "## HTTP, wrk -t1 -d${DURATION}s --timeout 10s ($(date -u +%T) UTC; $(uptime | sed 's/.*load/load/'))"
echo "| path | connections | checkout | req/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|---|"
for name in $PATHS; do
  path=$(PROFILE_PATH="$name" "$PY" -c "
import os, sys
sys.path[:0] = ['.', 'scripts']
import django; django.setup()
import profile_pages
print(profile_pages._paths()[os.environ['PROFILE_PATH']])")
  for conns in 1 8; do
    for port in "$PREVIOUS" "$CURRENT"; do
      label=$([ "$port" = "$CURRENT" ] && echo current || echo previous)
      curl -sf -o /dev/null "http://127.0.0.1:$port$path"  # warm: per-process caches
      out=$(wrk -t1 -c"$conns" -d"${DURATION}s" --timeout 10s -s scripts/wrk_report.lua "http://127.0.0.1:$port$path" 2>&1)
      echo "| $name \`$path\` | $conns | $label | $(echo "$out" | grep '^RESULT' | cut -d' ' -f2-) |"
    done
  done
done
echo "($(date -u +%T) UTC; $(uptime | sed 's/.*load/load/'))"
