#!/usr/bin/env bash
# Times `rampart scan REPO --history` end to end (the Release CLI, start-up, the secret rules over every added line,
# the HEAD check, the reports) over the 1,000-commit repository bench/history-read.cs generates.
# Usage: bench/history-secrets.sh [RUNS]   (needs GNU time at /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/rampart-bench}
repo="$work/history-1000"

if [ ! -x "$work/cli/Rampart.Cli" ]; then
  dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
fi
if [ ! -f "$repo/.complete" ]; then
  BENCH_DIR="$work" dotnet run -c Release bench/history-read.cs -- 1000 1 >/dev/null
fi

echo "cores: $(nproc), commits: $(git -C "$repo" rev-list --count HEAD)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/history-time.txt" "$work/cli/Rampart.Cli" scan "$repo" --history --format json --fail-on none --no-progress >"$work/history.json" 2>"$work/history-stderr.txt" || true
  read -r seconds user system kb < <(tail -n 1 "$work/history-time.txt")
  findings=$(grep -c '"ruleId": "RMP-SECRET' "$work/history.json" || true)
  atHead=$(grep -c '"presentAtHead": true' "$work/history.json" || true)
  echo "history: ${seconds} s wall, $(awk -v u="$user" -v s="$system" 'BEGIN{printf "%.2f", u+s}') s CPU, peak RSS $((kb / 1024)) MB, secrets: $findings ($atHead at HEAD); $(tail -n 1 "$work/history-stderr.txt")"
done
