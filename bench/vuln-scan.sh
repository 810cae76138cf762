#!/usr/bin/env bash
# `rampart scan --scanners vuln` of a repository of 10,000 generated packages (one lockfile per ecosystem, the packages
# bench/osv-database.cs matches) against its generated 300,000-record database, end to end, start-up included, with the
# JSON report written to a file: RUNS runs with the database, then RUNS runs with an empty cache folder (the same scan
# without vulnerability data: start-up, discovery and lockfile reading), so that the difference is what matching costs a
# scan. CLI published as a release is (linux-x64, ReadyToRun); GNU time gives wall, CPU and peak RSS.
# Usage: bench/vuln-scan.sh [RUNS]   (needs the database: dotnet run -c Release bench/osv-database.cs -- 300000 10000 all)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
root=${OSV_BENCH_DIR:-/tmp/rampart-osv-bench-300000}
work=${BENCH_DIR:-/tmp/rampart-bench}
test -f "$root/cache/osv/advisories.db" || { echo "no database in $root/cache: run bench/osv-database.cs first" >&2; exit 2; }
dotnet run -c Release bench/osv-database.cs -- 300000 10000 lockfiles "$root" >/dev/null
dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
mkdir -p "$work/empty-cache"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for cache in "$root/cache" "$work/empty-cache"; do
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$work/cli/Rampart.Cli" scan "$root/repo" --scanners vuln --cache-dir "$cache" \
      --format json --fail-on none --no-progress >"$work/vuln-scan.json" 2>/dev/null || true
    read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
    findings=$(grep -c '"ruleId": "RMP-VULN-001"' "$work/vuln-scan.json" || true)
    echo "$( [ "$cache" = "$root/cache" ] && echo "with the database" || echo "without data     " ), run $i: ${wall} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') s CPU, peak RSS $((rss / 1024)) MB, $findings findings"
  done
done
