#!/usr/bin/env bash
# Start-up: `rampart scan` of an empty folder, published as a release is (linux-x64, ReadyToRun), timed over
# RUNS runs with GNU time: wall time and CPU time (user + system; the fairer figure on a shared machine).
# Usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=${BENCH_DIR:-/tmp/rampart-bench}
mkdir -p "$work/empty"
dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$work/cli/Rampart.Cli" scan "$work/empty" --no-progress >/dev/null 2>&1 || true
  read -r wall user sys < <(tail -n 1 "$work/time.txt")
  echo "empty folder, run $i: ${wall} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') s CPU"
done
