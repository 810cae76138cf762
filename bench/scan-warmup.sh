#!/usr/bin/env bash
# The fixed cost of a scan: runs a published CLI RUNS times on REPOSITORY with RAMPART_WARMUP_LOG set and prints, per
# stage, the time since the process started (wall and CPU), the methods compiled at run time so far (those ReadyToRun
# did not precompile) and the time their compilation took, and the garbage collections so far; then lists, from one
# more run with the JIT's own log (DOTNET_JitStdOutFile), the generic types whose methods were compiled most often.
# Usage: RAMPART_CLI=/tmp/pub-x/Rampart.Cli bench/scan-warmup.sh [RUNS] [REPOSITORY]
#   e.g. REPOSITORY=/tmp/rampart-bench/overlays-200-10-4 after `bench/scan-overlays.sh 1 200 10 4` made it
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/rampart-bench}
repo=${2:-$work/overlays-200-10-4}
rampart=${RAMPART_CLI:?set RAMPART_CLI to a build published as a release is (linux-x64, ReadyToRun)}
jit=$(mktemp); trap 'rm -f "$jit"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  echo "run $i:"
  RAMPART_WARMUP_LOG=1 "$rampart" scan "$repo" --format json --fail-on none --no-progress 2>&1 >/dev/null | grep '^warmup: ' | sed 's/^warmup: /  /'
done
DOTNET_JitStdOutFile="$jit" DOTNET_JitDisasmSummary=1 "$rampart" scan "$repo" --format json --fail-on none --no-progress >/dev/null 2>&1 || true
echo "methods compiled at run time, by tier: $(grep -oE '\[(Tier0|Tier1|FullOpts|Tier-0 switched to FullOpts|Tier1-OSR)' "$jit" | tr -d '[' | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
echo "types with the most methods compiled at Tier0:"
grep 'Tier0' "$jit" | sed -E 's/^ *[0-9]+: JIT compiled //; s/ \[Tier.*//; s/\(.*//; s/:[^:]*$//' | sort | uniq -c | sort -rn | head -n 15
