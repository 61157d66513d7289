#!/usr/bin/env bash
# Two checkouts side by side on one database, uncached: queries and in-process latency per page,
# then wrk over HTTP with one and with eight connections, path by path, previous then current.
#
#   git archive <commit> | tar -x -C /tmp/base              # the previous code
#   DATABASE_URL=postgres://…/serve_event_bench CACHE_URL=redis://127.0.0.1:6379/8 \
#     BASE=/tmp/base PORT_BASE=8301 PATHS="event home sitemap feed" scripts/bench_pages_ab.sh
#
# Both trees run with this checkout's virtualenv and its scripts/profile_pages.py (copied into
# BASE), production settings, PAGE_CACHE_URL=dummy:// (every request renders), gunicorn
# --workers 2 --threads 4 --worker-class gthread on PORT_BASE (previous) and PORT_BASE+1
# (current). PATHS (default "event home") are names known to profile_pages.py; an entry
# "label=previous:current" times a different path on each tree in one row, e.g.
# "deep=deep:deep_after" (the old numbered link on the previous code, the keyset link on the
# current). PATHS=lists is the lists-and-search set (formerly scripts/bench_lists.sh).
# REQUESTS in-process requests per path (200); DURATION seconds per wrk run (10); CONNECTIONS
# (default "1 8"; empty: in-process only, as when wrk is not installed). The 1-minute load average is printed on each row: the machine is shared,
# so compare the two trees within a row, not rows across the run. BASE_TREE is read as BASE.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-${BASE_TREE:-}}
: "${BASE:?the previous checkout (git archive) to compare with}"
: "${DATABASE_URL:?a PostgreSQL database holding the archive}"
PORT_BASE=${PORT_BASE:-8301}
PATHS=${PATHS:-event home}
[ "$PATHS" = lists ] && PATHS="list deep=deep:deep_after deep_numbered=deep:deep search search_kk search_en"
REQUESTS=${REQUESTS:-200}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-1 8}
HERE=$(pwd)
PY="$HERE/.venv/bin/python"
WORK=$(mktemp -d)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

export DJANGO_SETTINGS_MODULE=akorda.settings.production SECRET_KEY=${SECRET_KEY:-benchmark-only}
export ALLOWED_HOSTS=127.0.0.1,localhost,testserver PAGE_CACHE_URL=dummy://
export SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false STATIC_ROOT="$WORK/static"
cp scripts/profile_pages.py "$BASE/scripts/profile_pages.py"
"$PY" manage.py collectstatic --noinput -v0

load() { uptime | sed 's/.*load average: //; s/,.*//'; }
# "label previous current" per entry
ROWS=$(for entry in $PATHS; do
  case "$entry" in
    *=*:*) label=${entry%%=*}; pair=${entry#*=}; echo "$label ${pair%%:*} ${pair#*:}" ;;
    *) echo "$entry $entry $entry" ;;
  esac
done)
URLS=$(cd "$HERE" && "$PY" - <<'PY'
import os, sys
sys.path[:0] = [".", "scripts"]
import django; django.setup()
import profile_pages
for name, path in profile_pages._paths().items():
    print(name, path)
PY
)
url_of() { echo "$URLS" | awk -v n="$1" '$1 == n {print $2}'; }

echo "## in-process, $REQUESTS requests per path ($(date -u +%T) UTC)"
echo "| path | checkout | load | URL | queries | p50 ms | p95 ms | max ms |"
echo "|---|---|---|---|---|---|---|---|"
while read -r label previous current; do
  for tree in "$BASE" "$HERE"; do
    if [ "$tree" = "$HERE" ]; then side=current; name=$current; else side=previous; name=$previous; fi
    l=$(load)
    row=$(cd "$tree" && "$PY" scripts/profile_pages.py --requests "$REQUESTS" --only "$name" | tail -1)
    echo "$row" | awk -F'|' -v n="$label" -v s="$side" -v l="$l" '{printf "| %s | %s | %s |%s|%s|%s|%s|%s|\n", n, s, l, $3, $4, $5, $6, $7}'
  done
done <<<"$ROWS"
echo "($(date -u +%T) UTC; load $(load))"
if [ -z "$CONNECTIONS" ] || ! command -v wrk >/dev/null; then
  echo "(no HTTP part: CONNECTIONS is empty or wrk is not installed)"
  exit 0
fi

start() {  # tree, port
  (cd "$1" && exec "$PY" -m gunicorn akorda.wsgi:application --chdir "$1" --bind "127.0.0.1:$2" --workers 2 --threads 4 \
     --worker-class gthread --timeout 60 --log-level warning >"$WORK/gunicorn-$2.log" 2>&1) &
  PIDS+=($!)
}
PREVIOUS=$PORT_BASE CURRENT=$((PORT_BASE + 1))
start "$BASE" "$PREVIOUS"
start "$HERE" "$CURRENT"
for port in "$PREVIOUS" "$CURRENT"; do
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/robots.txt" && break; sleep 1; done
done

echo "## HTTP, wrk -t1 -d${DURATION}s --timeout 10s ($(date -u +%T) UTC)"
echo "| path | connections | checkout | load | req/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|---|---|"
for conns in $CONNECTIONS; do
  while read -r label previous current; do
    for side in previous current; do
      if [ $side = current ]; then port=$CURRENT; path=$(url_of "$current"); else port=$PREVIOUS; path=$(url_of "$previous"); fi
      curl -sf -o /dev/null "http://127.0.0.1:$port$path"  # warm: per-process caches
      l=$(load)
      out=$(wrk -t1 -c"$conns" -d"${DURATION}s" --timeout 10s -s scripts/wrk_report.lua "http://127.0.0.1:$port$path" 2>&1)
      echo "| $label \`$path\` | $conns | $side | $l | $(echo "$out" | grep '^RESULT' | cut -d' ' -f2-) |"
    done
  done <<<"$ROWS"
done
echo "($(date -u +%T) UTC; load $(load))"
