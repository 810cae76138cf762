#!/usr/bin/env bash
# Times a whole `rampart scan --scanners secret` of a generated 200 MB, 20,000-file source-like corpus with planted
# tokens (bench/secrets-corpus.py): MB/s over the corpus, CPU time and peak RSS, start-up included.
# Usage: bench/secrets-scan.sh [RUNS]   (needs python3 and GNU time at /usr/bin/time)
# With BASE_CLI=PATH (another build's published Rampart.Cli), its runs are interleaved with this build's, so both see
# the same load, and the findings of both reports are compared.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/rampart-bench-secrets}
mkdir -p "$work"

dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
rampart="$work/cli/Rampart.Cli"

if [ ! -f "$work/secrets/.complete" ]; then
  rm -rf "$work/secrets"
  python3 bench/secrets-corpus.py "$work/secrets" 20000 200 50
  touch "$work/secrets/.complete"
fi
mb=$(du -sm --apparent-size "$work/secrets" | cut -f1)

echo "cores: $(nproc), corpus: ${mb} MB in $(find "$work/secrets" -type f | wc -l) files"
run() { # NAME CLI
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$2" scan "$work/secrets" --scanners secret --format json --fail-on none --no-progress >"$work/$1.json" 2>"$work/stderr.txt" || true
  read -r seconds user system kb < <(tail -n 1 "$work/time.txt")
  findings=$(grep -c '"ruleId": "RMP-SECRET' "$work/$1.json" || true)
  cpu=$(awk -v u="$user" -v s="$system" 'BEGIN{printf "%.2f", u+s}')
  echo "$1: ${seconds} s wall, ${cpu} s CPU, $(awk -v m="$mb" -v s="$seconds" 'BEGIN{printf "%.0f", m/s}') MB/s, peak RSS $((kb / 1024)) MB, findings: $findings, load: $(cut -d' ' -f1-3 /proc/loadavg)"
}
for i in $(seq "$runs"); do
  if [ -n "${BASE_CLI:-}" ]; then
    run base "$BASE_CLI"
  fi
  run secrets "$rampart"
done
if [ -n "${BASE_CLI:-}" ]; then
  python3 - "$work/base.json" "$work/secrets.json" <<'PY'
import json, sys
findings = [sorted(json.dumps(f, sort_keys=True) for f in json.load(open(p))["findings"]) for p in sys.argv[1:]]
print(f"findings: {len(findings[0])} and {len(findings[1])},", "identical" if findings[0] == findings[1] else "DIFFERENT")
PY
fi
