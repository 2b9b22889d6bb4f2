#!/usr/bin/env bash
# The demo: set-up (coturn, npm packages), then the bundled action end to end against the Fly
# simulator and a real local coturn. demo/demo.ts is bundled on the fly with ncc.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
[ -f dist/index.js ] || npm run -s package >/dev/null
npx ncc build demo/demo.ts -o .tmp/demo -q >/dev/null
FLY_SIM_BIN_DIR="$PWD/test/fly-sim/bin" node .tmp/demo/index.js "$PWD/dist/index.js"
