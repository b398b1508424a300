#!/usr/bin/env bash
# TCP echo throughput and the echo server's CPU per megabyte, node and nodelet
# taking turns over several runs (the figure moves from run to run on a small
# machine, since client and server share its cores):
#   bench/http/echo.sh [NODELET_BIN] [RUNS] [MB_PER_CONNECTION]
# Each run pushes 10 connections x MB_PER_CONNECTION (default 100) through
# echo_server.js with echo_client.js (under node).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nodelet="${1:-${CARGO_TARGET_DIR:-$here/../../target}/release/nodelet}"
runs="${2:-3}"
mb="${3:-100}"
hz="$(getconf CLK_TCK)"

. "$here/common.sh"

echo "| run | runtime | TCP echo MB/s | server CPU per MB (user + sys) |"
echo "| --- | --- | --- | --- |"
for run in $(seq "$runs"); do
  for bin in node "$nodelet"; do
    port=$((19100 + run))
    start "$bin" echo_server.js "$port"
    before="$(cpu_ticks $pid)"
    out="$(node "$here/echo_client.js" "$port" 10 "$mb")"
    after="$(cpu_ticks $pid)"
    kill $pid; wait $pid 2> /dev/null || true
    python3 - "$out" "$before" "$after" "$hz" "$run" "$(basename "$bin")" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); b = sys.argv[2].split(); a = sys.argv[3].split()
hz = int(sys.argv[4]); mb = r["megabytes"]
user = (int(a[0]) - int(b[0])) / hz / mb * 1e3
sys_ = (int(a[1]) - int(b[1])) / hz / mb * 1e3
print(f"| {sys.argv[5]} | {sys.argv[6]} | {r['mbPerSecond']} | {user:.2f} + {sys_:.2f} ms |")
PY
  done
done
