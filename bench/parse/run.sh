#!/usr/bin/env bash
# Front-end throughput: nodelet's lexer and parser against acorn on node, over the
# same real file (typescript.js, about 9 MB, by default), several runs side by side.
#
#   bench/parse/run.sh [FILE]        RUNS=5 ITERATIONS=5 CLEAN_BUILD=1 to change
#
# Both sides report the best of ITERATIONS timed runs after one warm-up, so the
# JIT has warmed acorn up and nodelet's allocator has its memory. CLEAN_BUILD=1
# also times a release build from scratch in bench/.scratch/target.
set -euo pipefail
cd "$(dirname "$0")/../.."

scratch=bench/.scratch
runs=${RUNS:-5}
iterations=${ITERATIONS:-5}

if [ ! -f "$scratch/node_modules/acorn/package.json" ] || [ ! -f "$scratch/node_modules/typescript/package.json" ]; then
  mkdir -p "$scratch"
  [ -f "$scratch/package.json" ] || echo '{ "private": true }' > "$scratch/package.json"
  (cd "$scratch" && npm install --no-save --no-audit --no-fund --loglevel=error acorn@8.14.0 typescript@5.6.3)
fi
file=${1:-$scratch/node_modules/typescript/lib/typescript.js}

if [ "${CLEAN_BUILD:-0}" = 1 ]; then
  rm -rf "$scratch/target"
  start=$(date +%s)
  CARGO_TARGET_DIR=$scratch/target cargo build --release --quiet
  echo "cargo build --release from scratch: $(( $(date +%s) - start )) s"
fi
start=$(date +%s)
cargo build --release --quiet
echo "cargo build --release (incremental): $(( $(date +%s) - start )) s"
nodelet=${CARGO_TARGET_DIR:-target}/release/nodelet

# Pulls "<label> MB/s" out of a report line such as
# "lex+parse  best  812.3 ms  median  815.0 ms     11.2 MB/s".
rate() { awk -v label="$1" '$1 == label { print $(NF-1) }'; }

echo
echo "file: $file ($(wc -c < "$file") bytes), $iterations iterations a run, MB/s (best of the run)"
printf '%-4s  %18s  %18s  %18s  %18s\n' run "nodelet tokenize" "nodelet lex+parse" "acorn tokenize" "acorn lex+parse"
for run in $(seq "$runs"); do
  ours=$("$nodelet" --bench-parse="$iterations" "$file")
  theirs=$(node bench/parse/acorn-bench.js "$file" "$iterations")
  printf '%-4s  %18s  %18s  %18s  %18s\n' "$run" \
    "$(rate tokenize <<<"$ours")" "$(rate lex+parse <<<"$ours")" \
    "$(rate tokenize <<<"$theirs")" "$(rate lex+parse <<<"$theirs")"
done
