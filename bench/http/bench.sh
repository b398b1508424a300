#!/usr/bin/env bash
# node and nodelet on the same scripts, one after the other:
#  - HTTP hello world with keep-alive, measured by wrk (2 threads, 50
#    connections, 10 s);
#  - TCP echo throughput, measured by echo_client.js under node.
#   bench/http/bench.sh [NODELET_BIN]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nodelet="${1:-${CARGO_TARGET_DIR:-$here/../../target}/release/nodelet}"
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }

. "$here/common.sh"

echo "| runtime | HTTP hello req/s | p50 latency | server CPU per request (user + sys) | TCP echo MB/s |"
echo "| --- | --- | --- | --- | --- |"
for bin in node "$nodelet"; do
  start "$bin" hello.js 18080
  before="$(cpu_ticks $pid)"
  out="$(wrk -t2 -c50 -d10s --latency http://127.0.0.1:18080/)"
  after="$(cpu_ticks $pid)"
  kill $pid; wait $pid 2> /dev/null || true
  rps="$(awk '/Requests\/sec/ {print $2}' <<< "$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<< "$out")"
  total="$(awk '/requests in/ {print $1}' <<< "$out")"
  hz="$(getconf CLK_TCK)"
  cpu="$(awk -v b="$before" -v a="$after" -v n="$total" -v hz="$hz" 'BEGIN {
    split(b, x, " "); split(a, y, " ");
    printf "%.1f + %.1f µs", (y[1] - x[1]) / hz / n * 1e6, (y[2] - x[2]) / hz / n * 1e6 }')"
  start "$bin" echo_server.js 19090
  echo_out="$(node "$here/echo_client.js" 19090 10 20)"
  kill $pid; wait $pid 2> /dev/null || true
  mbs="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["mbPerSecond"])' "$echo_out")"
  echo "| $(basename "$bin") | $rps | $p50 | $cpu | $mbs |"
done
