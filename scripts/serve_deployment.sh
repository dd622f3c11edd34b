#!/usr/bin/env bash
# Serve the scheduled `build-dataset/nightly` deployment of prefect.yaml on a local Prefect
# server and a process work pool, trigger one run from the Prefect CLI and wait for it.
#
#   scripts/serve_deployment.sh EXPORT_DIR OUT_DIR [PORT]
#
# It starts `prefect server` (SQLite, 127.0.0.1 only), creates the `sonolabel-process` pool,
# runs `prefect deploy --all`, then `prefect deployment run 'build-dataset/nightly' --watch`
# while a worker serves the pool, and stops everything it started. Exit code 0 means the run
# reached Completed. For a long-lived setup run the same steps by hand (see README).
set -euo pipefail
export_dir=$(realpath "$1"); out_dir=$(realpath -m "$2"); port=${3:-4299}
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/.venv/bin"
workdir=$(mktemp -d)
export PREFECT_HOME="$workdir/prefect-home" PREFECT_API_URL="http://127.0.0.1:$port/api"
export PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1 GX_ANALYTICS_ENABLED=false
export SONOLABEL_PROJECT_DIR="$here" SONOLABEL_EXPORT_DIR="$export_dir" SONOLABEL_OUT_DIR="$out_dir"
pids=()
# Each service runs in its own process group (setsid) so that its children go with it; a
# service that ignores SIGTERM for 10 s gets SIGKILL. Nothing is left running.
cleanup() {
  for p in "${pids[@]}"; do kill -TERM -- "-$p" 2>/dev/null || true; done
  for _ in $(seq 20); do
    alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break; sleep 0.5
  done
  for p in "${pids[@]}"; do kill -KILL -- "-$p" 2>/dev/null || true; done
  rm -rf "$workdir"
}
trap cleanup EXIT

setsid "$bin/prefect" server start --host 127.0.0.1 --port "$port" >"$workdir/server.log" 2>&1 &
pids+=($!)
healthy() { "$bin/python" -c "import urllib.request,sys; urllib.request.urlopen(sys.argv[1], timeout=2)" "$PREFECT_API_URL/health" 2>/dev/null; }
for _ in $(seq 180); do healthy && break; sleep 1; done
healthy || { echo "prefect server did not start" >&2; cat "$workdir/server.log" >&2; exit 1; }
echo "prefect server up at $PREFECT_API_URL"

cd "$here"
"$bin/prefect" work-pool create sonolabel-process --type process --overwrite >/dev/null
"$bin/prefect" --no-prompt deploy --all
"$bin/prefect" deployment inspect 'build-dataset/nightly' | grep -E "cron|name" | head -5

setsid "$bin/prefect" worker start --pool sonolabel-process --limit 1 >"$workdir/worker.log" 2>&1 &
pids+=($!)
status=0
"$bin/prefect" deployment run 'build-dataset/nightly' --watch --watch-interval 2 --watch-timeout 900 || status=$?
echo "--- worker log (tail) ---"; tail -n 25 "$workdir/worker.log"
exit $status
