#!/usr/bin/env bash
# Compares two builds of the CLI on the same repository, alternating their runs so that the load of a
# shared machine falls on both alike: wall time, CPU (user + system), peak RSS, and whether the two
# JSON reports are the same apart from their timing fields.
# Usage: bench/scan-ab.sh BASE_REF [RUNS] [REPOSITORY]   e.g. bench/scan-ab.sh main 3
# Builds BASE_REF (in a temporary worktree) and the working tree, publishes both as a release is
# published, and scans REPOSITORY, by default the 50,000-resource repository of bench/scan-throughput.sh
# (e.g. /tmp/rampart-bench/overlays-2000-10-4 after `bench/scan-overlays.sh 1 2000 10 4` made it).
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1; runs=${2:-3}
work=${BENCH_DIR:-/tmp/rampart-bench}
repo=${3:-$work/large}
mkdir -p "$work"
if [ -z "${3:-}" ] && [ ! -f "$work/large/.complete" ]; then
  rm -rf "$work/large"
  dotnet run -c Release --project bench/Rampart.Benchmarks -- generate-repo "$work/large" 50000
  touch "$work/large/.complete"
fi

rm -rf "$work/ab-base-src"
git worktree add --detach "$work/ab-base-src" "$base" >/dev/null
trap 'git worktree remove --force "$work/ab-base-src"' EXIT
publish() { dotnet publish "$1/src/Rampart.Cli" -c Release -r linux-x64 --self-contained false -o "$2" --nologo -v quiet >/dev/null; }
publish "$work/ab-base-src" "$work/ab-base"
publish . "$work/ab-head"

for i in $(seq "$runs"); do
  for name in base head; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/ab-$name.time" "$work/ab-$name/Rampart.Cli" scan "$repo" \
      --format json --fail-on none --no-progress >"$work/ab-$name.json" 2>"$work/ab-$name.err" || true
    read -r wall user sys kb < <(tail -n 1 "$work/ab-$name.time")
    echo "$name run $i: wall ${wall} s, cpu $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.1f", u+s}') s, peak RSS $((kb / 1024)) MB, load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
if cmp -s <(jq -c 'del(.startedAt, .durationMs)' "$work/ab-base.json") <(jq -c 'del(.startedAt, .durationMs)' "$work/ab-head.json"); then
  echo "reports: identical apart from timing ($(jq '.findings | length' "$work/ab-head.json") findings)"
else
  echo "reports: DIFFER"
fi
