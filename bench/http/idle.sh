#!/usr/bin/env bash
# Memory of idle connections: one server (node, then nodelet) holding N idle
# TCP connections (default 10,000) opened by a node client in another
# process. Prints the server's RSS before and after, and per connection.
#   bench/http/idle.sh [NODELET_BIN] [N]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
nodelet="${1:-${CARGO_TARGET_DIR:-$here/../../target}/release/nodelet}"
n="${2:-10000}"
# Both ends need a descriptor per connection, plus room.
ulimit -n $((n + 1024))

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

echo "| runtime | RSS listening (MiB) | RSS with $n idle (MiB) | per connection (KiB) | client |"
echo "| --- | --- | --- | --- | --- |"
for bin in node "$nodelet"; do
  log="$(mktemp)"
  "$bin" "$here/idle_server.js" > "$log" &
  spid=$!
  for _ in $(seq 200); do
    grep -q 'listening on' "$log" && break
    sleep 0.05
  done
  port="$(awk '/listening on/ {print $3}' "$log")"
  sleep 0.5
  before="$(rss_kib $spid)"
  fifo="$(mktemp -u)"
  mkfifo "$fifo"
  clog="$(mktemp)"
  node "$here/idle_client.js" "$port" "$n" < "$fifo" > "$clog" &
  cpid=$!
  exec 7> "$fifo"
  for _ in $(seq 1200); do
    grep -q '^connected' "$clog" && break
    sleep 0.1
  done
  # Let the server accept and settle.
  sleep 2
  after="$(rss_kib $spid)"
  exec 7>&-
  wait $cpid 2> /dev/null || true
  kill $spid; wait $spid 2> /dev/null || true
  python3 - "$(basename "$bin")" "$before" "$after" "$n" "$(cat "$clog")" <<'PY'
import sys
name, before, after, n, client = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
print(f"| {name} | {before/1024:.1f} | {after/1024:.1f} | {(after-before)/n:.2f} | {client} |")
PY
  rm -f "$log" "$clog" "$fifo"
done
