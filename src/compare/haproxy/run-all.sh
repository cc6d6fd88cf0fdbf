#!/usr/bin/env bash
# run-all.sh [LABEL] : run every scenario once (sequentially) with run-real.sh
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rc=0
for s in kill-default-retries kill-retries0 kill-redispatch active-passive app-502-tcp app-502-http hung; do
  timeout 300 "$HERE/run-real.sh" "$s" "${1:-}" > "$HERE/results/${s}${1:+.$1}.run.log" 2>&1 || { echo "$s FAILED (see results/${s}${1:+.$1}.run.log)"; rc=1; }
  echo "$s done"
done
exit $rc
