#!/usr/bin/env bash
# The vulnerability scan of the corpus's santatracker lockfile (474 KB package-lock.json, 170 OSV records), end to
# end: `rampart scan DIR --advisories DIR` published as a release is (linux-x64, ReadyToRun), timed over RUNS runs
# with GNU time, with the JSON report written to /dev/null.
# Usage: bench/vuln-santatracker.sh [RUNS]   (RAMPART_CORPUS overrides ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=${BENCH_DIR:-/tmp/rampart-bench}
corpus=${RAMPART_CORPUS:-../shared/corpus}
fixture="$corpus/vuln/fixtures/osv-scanner-santatracker"
mkdir -p "$work/santatracker/repo" "$work/santatracker/advisories"
cp "$fixture/package-lock.json" "$fixture/package.json" "$work/santatracker/repo/"
cp "$fixture/vulns.json" "$work/santatracker/advisories/"
dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$work/cli/Rampart.Cli" scan "$work/santatracker/repo" \
    --advisories "$work/santatracker/advisories" --format json --fail-on none --no-progress >"$work/santatracker/report.json" 2>/dev/null || true
  read -r wall user sys < <(tail -n 1 "$work/time.txt")
  findings=$(grep -c '"ruleId": "RMP-VULN-001"' "$work/santatracker/report.json" || true)
  echo "santatracker, run $i: ${wall} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') s CPU, $findings findings"
done
