#!/usr/bin/env bash
# Runs the benchmarks: `bash bench/run.sh [action|probe|fishjam]`. Each is bundled with ncc first
# (Node 20 cannot run TypeScript), and prints a Markdown report to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
[ -f dist/index.js ] || npm run -s package >/dev/null
which=${1:-all}
if [ "$which" = all ] || [ "$which" = action ]; then
  npx ncc build bench/action.ts -o .tmp/bench-action -q >/dev/null
  reference=''
  if [ -n "${REFERENCE:-}" ]; then
    # That commit's committed bundle, measured in the same runs as this tree's.
    rm -rf .tmp/bench-reference && mkdir -p .tmp/bench-reference
    git archive "$REFERENCE" dist | tar -x -C .tmp/bench-reference
    reference="$PWD/.tmp/bench-reference/dist/index.js"
  fi
  FLY_SIM_BIN_DIR="$PWD/test/fly-sim/bin" node .tmp/bench-action/index.js "$PWD/dist/index.js" "${BENCH_ONLY:-}" $reference
fi
if [ "$which" = all ] || [ "$which" = probe ]; then
  npx ncc build bench/probe.ts -o .tmp/bench-probe -q >/dev/null
  node .tmp/bench-probe/index.js
fi
if [ "$which" = all ] || [ "$which" = fishjam ]; then
  npx ncc build bench/fishjam.ts -o .tmp/bench-fishjam -q >/dev/null
  FLY_SIM_BIN_DIR="$PWD/test/fly-sim/bin" node .tmp/bench-fishjam/index.js
fi
