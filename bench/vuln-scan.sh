#!/usr/bin/env bash
# `rampart scan --scanners vuln` of a repository of 10,000 generated packages (one lockfile per ecosystem, the packages
# bench/osv-database.cs matches) against its generated 300,000-record database, end to end, start-up included, with the
# JSON report written to a file: RUNS runs with the database, then RUNS runs with an empty cache folder (the same scan
# without vulnerability data: start-up, discovery and lockfile reading), so that the difference is what matching, and
# building and writing its findings, cost a cold process. CLI published as a release is (linux-x64, ReadyToRun); GNU
# time gives wall, CPU and peak RSS. One more run of each counts the methods the runtime compiled because ReadyToRun had
# not (DOTNET_JitStdOutFile): what a cold process pays on top of the precompiled code. Last, the match alone, cold: the
# match phase of bench/osv-database.cs published the CLI's way (ReadyToRun, the CLI's runtime settings), whose first
# round opens the database, looks the same packages up and matches them in a fresh process, as the scan does.
# Usage: bench/vuln-scan.sh [RUNS]   (needs the database: dotnet run -c Release bench/osv-database.cs -- 300000 10000 all)
# OSV_BENCH_DIR (default /tmp/rampart-osv-bench-300000) holds the database; BENCH_DIR (default /tmp/rampart-bench) the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
root=${OSV_BENCH_DIR:-/tmp/rampart-osv-bench-300000}
work=${BENCH_DIR:-/tmp/rampart-bench}
test -f "$root/cache/osv/advisories.db" || { echo "no database in $root/cache: run bench/osv-database.cs first" >&2; exit 2; }
test -d "$root/repo" || dotnet run -c Release bench/osv-database.cs -- 300000 10000 lockfiles "$root" >/dev/null
dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
mkdir -p "$work/empty-cache"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
scan() { "$work/cli/Rampart.Cli" scan "$root/repo" --scanners vuln --cache-dir "$1" --format json --fail-on none --no-progress >"$work/vuln-scan.json" 2>/dev/null || true; }
for cache in "$root/cache" "$work/empty-cache"; do
  name=$([ "$cache" = "$root/cache" ] && echo "with the database" || echo "without data     ")
  : >"$work/cpu.txt"
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$work/cli/Rampart.Cli" scan "$root/repo" --scanners vuln --cache-dir "$cache" \
      --format json --fail-on none --no-progress >"$work/vuln-scan.json" 2>/dev/null || true
    read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
    echo "$wall $cpu" >>"$work/cpu.txt"
    findings=$(grep -c '"ruleId": "RMP-VULN-001"' "$work/vuln-scan.json" || true)
    echo "$name, run $i: ${wall} s wall, $cpu s CPU, peak RSS $((rss / 1024)) MB, $findings findings"
  done
  sort -n -k2 "$work/cpu.txt" | awk -v n="$name" '{w[NR]=$1; c[NR]=$2} END {m=int((NR+1)/2); printf "%s, median: %s s CPU (wall of that run %s s)\n", n, c[m], w[m]}'
  DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$work/jit.txt" scan "$cache"
  echo "$name: $(grep -c 'JIT compiled' "$work/jit.txt") methods compiled at run time ($(grep -c 'Tier0' "$work/jit.txt") of them unoptimised first)"
  rm -f "$work/jit.txt"
done
dotnet publish bench/osv-database.cs -c Release -r linux-x64 --self-contained false -o "$work/osv-bench" --nologo -v quiet >/dev/null
for i in $(seq "$runs"); do
  echo "match alone, cold, run $i: $("$work/osv-bench/osv-database" 300000 10000 match "$root" | sed -n 's/^match (round 1): //p')"
done
