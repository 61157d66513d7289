#!/usr/bin/env bash
# The events lists and search, one request's service time and over HTTP, side by side:
# the previous code (a `git archive` of it in BASE_TREE) and this checkout, path by path.
#
#   git archive <commit> | tar -x -C /tmp/base && cp scripts/profile_pages.py /tmp/base/scripts/
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/serve_list_bench CACHE_URL=redis://127.0.0.1:6379/7 \
#     BASE_TREE=/tmp/base PORT_BASE=8201 scripts/bench_lists.sh
#
# Both trees run with this checkout's virtualenv, production settings, the page cache off
# (PAGE_CACHE_URL=dummy://): in-process (scripts/profile_pages.py, Django's test client,
# sequential requests), then gunicorn (gthread, 2 workers x 4 threads) on PORT_BASE
# (previous) and PORT_BASE+1 (current) with wrk -t1 -c1 and -c8. Each path runs on the
# previous code, then at once on the current one; `uptime` is printed before each pair,
# as the machine is shared. Needs wrk. Prints Markdown rows.
set -euo pipefail
cd "$(dirname "$0")/.."
HERE=$(pwd)
: "${DATABASE_URL:?}" "${CACHE_URL:?}" "${BASE_TREE:?a git archive of the previous code}"
PORT_BASE=${PORT_BASE:-8201}
DURATION=${DURATION:-10}
REQUESTS=${REQUESTS:-100}
export DJANGO_SETTINGS_MODULE=akorda.settings.production SECRET_KEY=${SECRET_KEY:-benchmark-only}
export ALLOWED_HOSTS=127.0.0.1,localhost,testserver PAGE_CACHE_URL=dummy://
export SESSION_COOKIE_SECURE=false CSRF_COOKIE_SECURE=false
WORK=$(mktemp -d /tmp/akorda-lists.XXXXXX)
export STATIC_ROOT=$WORK/static
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
"$HERE/.venv/bin/python" manage.py collectstatic --noinput -v0

# name, previous path, current path (the deep page: the same ten events, by number before, by keyset now)
PATHS=$("$HERE/.venv/bin/python" - <<'PY'
import os, sys
sys.path.insert(0, os.getcwd())
import importlib.util
spec = importlib.util.spec_from_file_location("profile_pages", "scripts/profile_pages.py")
module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module)
import django; django.setup()
p = module._paths()
# row name, previous path's name, current path's name (scripts/profile_pages.py)
for name, before, after in [("list", "list", "list"), ("deep", "deep", "deep_after"), ("deep_numbered", "deep", "deep"),
                            ("search", "search", "search"), ("search_kk", "search_kk", "search_kk"),
                            ("search_en", "search_en", "search_en")]:
    print(name, before, after, p[before], p[after])
PY
)
echo "$PATHS" >&2

echo "## In-process, $REQUESTS sequential requests per path"
echo "| path | tree | load | queries | p50 ms | p95 ms | max ms |"
echo "|---|---|---|---|---|---|---|"
while read -r name previous current _ _; do
  for tree in previous current; do
    load=$(uptime | sed 's/.*load average: //')
    if [ $tree = previous ]; then dir=$BASE_TREE; only=$previous; else dir=$HERE; only=$current; fi
    row=$(cd "$dir" && "$HERE/.venv/bin/python" scripts/profile_pages.py --requests "$REQUESTS" --only "$only" | tail -1)
    echo "$row" | awk -F'|' -v n="$name" -v t="$tree" -v l="$load" '{printf "| %s | %s | %s |%s|%s|%s|%s|\n", n, t, l, $4, $5, $6, $7}'
  done
done <<<"$PATHS"

start() {  # port, tree
  (cd "$2" && exec "$HERE/.venv/bin/gunicorn" akorda.wsgi:application --chdir "$2" --bind "127.0.0.1:$1" \
     --workers 2 --threads 4 --worker-class gthread --timeout 60 --log-level warning >"$WORK/gunicorn-$1.log" 2>&1) &
  PIDS+=($!)
}
start "$PORT_BASE" "$BASE_TREE"
start "$((PORT_BASE + 1))" "$HERE"
for port in "$PORT_BASE" "$((PORT_BASE + 1))"; do
  for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/robots.txt" && break; sleep 1; done
done
echo
echo "## Over HTTP, wrk -d${DURATION}s"
echo "| path | connections | tree | load | req/s | p50 ms | p95 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|---|---|---|"
for c in 1 8; do
  while read -r name _ _ before after; do
    for tree in previous current; do
      if [ $tree = previous ]; then url="http://127.0.0.1:$PORT_BASE$before"; else url="http://127.0.0.1:$((PORT_BASE + 1))$after"; fi
      curl -sf -o /dev/null "$url"; curl -sf -o /dev/null "$url"  # warm
      load=$(uptime | sed 's/.*load average: //')
      row=$(wrk -t1 -c$c -d"${DURATION}s" --timeout 10s -s scripts/wrk_report.lua "$url" | grep RESULT | sed 's/RESULT //')
      echo "| $name | $c | $tree | $load | $row |"
    done
  done <<<"$PATHS"
done
