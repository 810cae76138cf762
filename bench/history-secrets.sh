#!/usr/bin/env bash
# Times `rampart scan REPO --history` end to end (the Release CLI, start-up, the secret rules over every added line,
# the HEAD check, the reports) over a 1,000-commit repository with 100 planted tokens of six families
# (bench/secrets-history-repo.py), and checks that each is reported once, at its line, in the commit that added it.
# Usage: bench/history-secrets.sh [RUNS]   (needs python3, git and GNU time at /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/rampart-bench}
repo="$work/history-secrets-1000"

if [ ! -x "$work/cli/Rampart.Cli" ]; then
  dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
fi
if [ ! -f "$repo/.planted.tsv" ]; then
  rm -rf "$repo"
  python3 bench/secrets-history-repo.py make "$repo" 1000
fi

echo "cores: $(nproc), commits: $(git -C "$repo" rev-list --count HEAD), load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/history-time.txt" "$work/cli/Rampart.Cli" scan "$repo" --history --format json --fail-on none --no-progress >"$work/history.json" 2>"$work/history-stderr.txt" || true
  read -r seconds user system kb < <(tail -n 1 "$work/history-time.txt")
  atHead=$(grep -c '"presentAtHead": true' "$work/history.json" || true)
  echo "history: ${seconds} s wall, $(awk -v u="$user" -v s="$system" 'BEGIN{printf "%.2f", u+s}') s CPU, peak RSS $((kb / 1024)) MB, $atHead at HEAD; $(python3 bench/secrets-history-repo.py check "$repo" "$work/history.json" | tr '\n' ' ')"
done
