#!/usr/bin/env bash
# Soak test: 10,000 HTTP requests over 100 keep-alive connections against a
# server run by SERVER_BIN (default: nodelet's release build), with the
# client run by CLIENT_BIN (default: node). Passes when every request got its
# answer, the server's open file descriptors did not grow, and its resident
# memory grew by less than 8 MiB over the last 5,000 requests (a leak of two
# kilobytes per request fails).
#   bench/http/soak.sh [SERVER_BIN] [CLIENT_BIN]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
server_bin="${1:-${CARGO_TARGET_DIR:-$here/../../target}/release/nodelet}"
client_bin="${2:-node}"
log="$(mktemp)"
"$server_bin" "$here/soak_server.js" > "$log" &
server_pid=$!
trap 'kill $server_pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do
  grep -q 'listening on' "$log" && break
  sleep 0.05
done
port="$(awk '/listening on/ {print $3}' "$log")"
result="$(timeout 300 "$client_bin" "$here/soak_client.js" "$port" 100 100)"
wait $server_pid
echo "server: $server_bin, client: $client_bin"
echo "$result"
python3 - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
ok = (r["errors"] == 0 and r["ok"] == r["requests"] and r["fdsAfter"] <= r["fdsBefore"]
      and r["rssAfterMiB"] - r["rssWarmMiB"] < 8)
print("soak:", "PASS" if ok else "FAIL")
sys.exit(0 if ok else 1)
PY
