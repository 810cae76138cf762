#!/usr/bin/env bash
# Times whole `rampart scan` runs, start-up included:
#  1. a generated repository of 50,000 resources (Deployments, Services, ConfigMaps; ~38 MB in ~2,400
#     files), scanned in full (load, schema, every built-in policy): resources/s and peak memory;
#  2. a 10-file repository: wall time of one run.
# Usage: bench/scan-throughput.sh [RUNS]   (needs GNU time at /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/rampart-bench}
mkdir -p "$work"

# Published the way a release is: for this platform, ReadyToRun.
dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
rampart="$work/cli/Rampart.Cli"

if [ ! -f "$work/large/.complete" ]; then
  rm -rf "$work/large"
  dotnet run -c Release --project bench/Rampart.Benchmarks -- generate-repo "$work/large" 50000
  touch "$work/large/.complete"
fi
if [ ! -f "$work/small/.complete" ]; then
  rm -rf "$work/small"
  dotnet run -c Release --project bench/Rampart.Benchmarks -- generate-repo "$work/small" 210
  touch "$work/small/.complete"
fi

echo "cores: $(nproc)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$rampart" scan "$work/large" --format json --fail-on none --no-progress >"$work/large.json" 2>"$work/stderr.txt" || true
  read -r seconds kb < <(tail -n 1 "$work/time.txt")
  findings=$(grep -c '"ruleId"' "$work/large.json" || true)
  echo "large: ${seconds} s, $(awk -v s="$seconds" 'BEGIN{printf "%.0f", 50000/s}') resources/s, peak RSS $((kb / 1024)) MB (report lines with a ruleId: $findings)"
done
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$rampart" scan "$work/small" --fail-on none --no-progress >/dev/null 2>&1 || true
  read -r seconds kb < <(tail -n 1 "$work/time.txt")
  echo "small (10 files): ${seconds} s wall, peak RSS $((kb / 1024)) MB"
done
