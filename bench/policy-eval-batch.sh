#!/usr/bin/env bash
# Throughput of `rampart policy eval --batch`: generates CASES cases (default 20,000) of varied expressions —
# arithmetic, strings, lists and macros, maps, time, optionals, the Kubernetes libraries, compile and evaluation
# errors — against two object files, inline objects and params, then times whole runs (start-up included) with
# GNU time over RUNS runs and checks that every case has its result line.
# Usage: bench/policy-eval-batch.sh [RUNS] [CASES]   (needs GNU time at /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
cases=${2:-20000}
work=${BENCH_DIR:-/tmp/rampart-bench}/batch
mkdir -p "$work"

# Published the way a release is: for this platform, ReadyToRun.
dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
rampart="$work/cli/Rampart.Cli"

cat >"$work/deployment.json" <<'JSON'
{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop", "labels": {"app": "web", "team": "payments"}},
 "spec": {"replicas": 3, "template": {"spec": {"containers": [
   {"name": "web", "image": "nginx:1.27", "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}}, "securityContext": {"runAsNonRoot": true}},
   {"name": "sidecar", "image": "envoy:1.31", "ports": [{"containerPort": 8080}]}]}}}}
JSON
cat >"$work/old-deployment.json" <<'JSON'
{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"replicas": 2}}
JSON

# Thirty templates; N makes every expression different, so nothing can be reused between cases.
awk -v n="$cases" 'BEGIN {
  t[0]  = "{\"id\":%d,\"expression\":\"%d + 2 * 3 - %d / 7\"}"
  t[1]  = "{\"id\":%d,\"expression\":\"%d.5 * 2.0 / 3.0\"}"
  t[2]  = "{\"id\":%d,\"expression\":\"\\u0027item-%d\\u0027.startsWith(\\u0027item\\u0027) && \\u0027x%d\\u0027.size() > 1\"}"
  t[3]  = "{\"id\":%d,\"expression\":\"[1, 2, 3, %d].map(x, x * %d).filter(x, x %% 2 == 0)\"}"
  t[4]  = "{\"id\":%d,\"expression\":\"{\\u0027a\\u0027: %d, \\u0027b\\u0027: %d}.all(k, k.size() == 1)\"}"
  t[5]  = "{\"id\":%d,\"expression\":\"object.spec.template.spec.containers.all(c, has(c.securityContext)) || %d < %d\",\"object\":\"deployment.json\"}"
  t[6]  = "{\"id\":%d,\"expression\":\"object.spec.replicas - oldObject.spec.replicas <= %d + %d\",\"object\":\"deployment.json\",\"oldObject\":\"old-deployment.json\"}"
  t[7]  = "{\"id\":%d,\"expression\":\"object.metadata.labels.team + \\u0027-%d-%d\\u0027\",\"object\":{\"metadata\":{\"labels\":{\"team\":\"ops\"}}}}"
  t[8]  = "{\"id\":%d,\"expression\":\"params.maxReplicas >= %d + %d\",\"params\":{\"maxReplicas\":10}}"
  t[9]  = "{\"id\":%d,\"expression\":\"duration(\\u0027%dm%ds\\u0027)\"}"
  t[10] = "{\"id\":%d,\"expression\":\"timestamp(\\u00272024-01-01T00:00:00Z\\u0027) + duration(\\u0027%ds\\u0027) + duration(\\u0027%dms\\u0027)\"}"
  t[11] = "{\"id\":%d,\"expression\":\"quantity(\\u0027%dMi\\u0027).isGreaterThan(quantity(\\u0027%dKi\\u0027))\"}"
  t[12] = "{\"id\":%d,\"expression\":\"ip(\\u002710.0.%d.%d\\u0027).family()\"}"
  t[13] = "{\"id\":%d,\"expression\":\"cidr(\\u002710.%d.0.0/16\\u0027).containsIP(\\u002710.%d.1.2\\u0027)\"}"
  t[14] = "{\"id\":%d,\"expression\":\"\\u0027abc-%d-%d\\u0027.matches(\\u0027^[a-z]+-[0-9]+-[0-9]+$\\u0027)\"}"
  t[15] = "{\"id\":%d,\"expression\":\"\\u0027a,b,%d,%d\\u0027.split(\\u0027,\\u0027)\"}"
  t[16] = "{\"id\":%d,\"expression\":\"%d / (%d - %d)\"}"
  t[17] = "{\"id\":%d,\"expression\":\"%d + \\u0027x%d\\u0027\"}"
  t[18] = "{\"id\":%d,\"expression\":\"[%d, %d].exists(x, x > 5) ? optional.of(%d) : optional.none()\"}"
  t[19] = "{\"id\":%d,\"expression\":\"b\\u0027\\\\x%02x\\u0027 + b\\u0027%d\\u0027\"}"
  t[20] = "{\"id\":%d,\"expression\":\"semver(\\u00271.%d.%d\\u0027).isLessThan(semver(\\u00272.0.0\\u0027))\"}"
  t[21] = "{\"id\":%d,\"expression\":\"url(\\u0027https://example.com:%d/p%d\\u0027).getPort()\"}"
  t[22] = "{\"id\":%d,\"expression\":\"object.metadata.labels[\\u0027missing-%d-%d\\u0027]\",\"object\":\"deployment.json\"}"
  t[23] = "{\"id\":%d,\"expression\":\"math.greatest(%d, %du, %d.5)\"}"
  t[24] = "{\"id\":%d,\"expression\":\"\\u0027%%d items of %%s\\u0027.format([%d, \\u0027k%d\\u0027])\"}"
  t[25] = "{\"id\":%d,\"expression\":\"[%d, %d, 1].sort()\"}"
  t[26] = "{\"id\":%d,\"expression\":\"{%d: \\u0027a\\u0027, %d: \\u0027b\\u0027}\"}"
  t[27] = "{\"id\":%d,\"expression\":\"request.operation == \\u0027UPDATE\\u0027 && %d != %d\",\"object\":\"deployment.json\",\"oldObject\":\"old-deployment.json\"}"
  t[28] = "{\"id\":%d,\"expression\":\"type(%d) == int && uint(%d) > 0u\"}"
  t[29] = "{\"id\":%d,\"expression\":\"object.spec.template.spec.containers.map(c, c.name + \\u0027-%d\\u0027).join(\\u0027,\\u0027).size() > %d\",\"object\":\"deployment.json\"}"
  for (i = 0; i < n; i++) { printf t[i % 30] "\n", i, (i % 251) + 1, (i % 97) + 1, (i % 13) + 1 }
}' >"$work/cases.jsonl"

echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg), cases: $cases"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$rampart" policy eval --batch "$work/cases.jsonl" >"$work/results.jsonl" 2>"$work/stderr.txt"
  read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
  lines=$(wc -l <"$work/results.jsonl")
  [ "$lines" -eq "$cases" ] || { echo "run $i: $lines result lines for $cases cases" >&2; exit 1; }
  echo "run $i: ${wall} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') s CPU, $(awk -v c="$cases" -v w="$wall" 'BEGIN{printf "%d", c/w}') cases/s, peak RSS $((rss / 1024)) MB"
done
tail -n 1 "$work/stderr.txt"
