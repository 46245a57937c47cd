#!/usr/bin/env bash
# The numbers gate (issue 9): run from the checkout root after `npx tsc -b`. Prints the corpus totals (dev,
# held-out, all), every report set, the seeds, eval:numbers and the probes. Every line must match main's before a merge.
set -u
ROOT=${1:-$(pwd)}
cd "$ROOT"
echo "== corpus (dev, held-out, all)"; node out/tools/eval/corpus.js | grep -E '^all ' 
echo "== report sets (planted caught findings FA)"
for d in test/reports test/reports-fresh* test/reports-unseen; do printf '%-28s ' "$d"; node out/tools/eval/reports.js --dir "$d" 2>&1 | grep -E '^all ' ; done
echo "== seeds"; node ./bin/inspection-check.js --exit-zero seeds 2>&1 | tail -1
echo "== eval:numbers"; node out/tools/eval/numbers.js 2>&1 | grep -E '^(all|total)' | head -3
echo "== probes"; node test/probes/run.mjs --quiet 2>&1 | tail -2
