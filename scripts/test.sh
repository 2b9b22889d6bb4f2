#!/usr/bin/env bash
# The one command that runs the test suite on a fresh machine: set-up, then Jest, then one
# closing line "N passed, N failed" read from Jest's JSON report.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1

mkdir -p .tmp
report=.tmp/jest-report.json
rm -f "$report"
NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 npx jest --ci --json --outputFile="$report" "$@"
status=$?
if [ ! -s "$report" ]; then
  echo "jest wrote no report (exit $status)"
  echo "0 passed, 1 failed"
  exit 1
fi
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))
  for (const f of r.testResults.filter((t) => t.status === "failed")) console.log("FAILED:", f.name)
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`)
' "$report"
exit $status
