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
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$workdir"; }
trap cleanup EXIT

"$bin/prefect" server start --host 127.0.0.1 --port "$port" >"$workdir/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do curl -sf "$PREFECT_API_URL/health" >/dev/null && break; sleep 1; done
curl -sf "$PREFECT_API_URL/health" >/dev/null || { echo "prefect server did not start" >&2; cat "$workdir/server.log" >&2; exit 1; }
echo "prefect server up at $PREFECT_API_URL"

cd "$here"
"$bin/prefect" work-pool create sonolabel-process --type process --overwrite >/dev/null
"$bin/prefect" --no-prompt deploy --all
"$bin/prefect" deployment inspect 'build-dataset/nightly' | grep -E "cron|name" | head -5

"$bin/prefect" worker start --pool sonolabel-process --limit 1 >"$workdir/worker.log" 2>&1 &
pids+=($!)
"$bin/prefect" deployment run 'build-dataset/nightly' --watch --watch-interval 2 --watch-timeout 900
status=$?
echo "--- worker log (tail) ---"; tail -n 25 "$workdir/worker.log"
exit $status
