#!/usr/bin/env bash
# Load on `rampart serve` over HTTPS on loopback: wrk POSTs the AdmissionReview of a typical Deployment to /validate
# (the whole built-in pack loaded), then an optional soak samples the server's RSS every 10 s.
#   bench/serve-load.sh [DURATION_SECONDS=30] [CONNECTIONS=8] [SOAK_SECONDS=0]
# Needs wrk (apt-get install -y wrk). Prints wrk's summary with p50/p90/p99 and the RSS samples.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-30}
connections=${2:-8}
soak=${3:-0}
port=${PORT:-18443}
out=$(mktemp -d)
dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$out/app" --nologo | grep -E "error|warn" || true
"$out/app/Rampart.Cli" serve --urls "https://127.0.0.1:$port" --self-signed >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$out"' EXIT
until curl -skf "https://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.2; done
rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
curl -sk -XPOST --data-binary @bench/serve/deployment-review.json "https://127.0.0.1:$port/validate"; echo
echo "RSS after start: $(rss) kB"
REVIEW=bench/serve/deployment-review.json wrk -t1 -c4 -d5s -s bench/serve/serve-load.lua "https://127.0.0.1:$port/validate" >/dev/null
echo "RSS after warm-up: $(rss) kB"
REVIEW=bench/serve/deployment-review.json wrk -t1 -c"$connections" -d"${duration}s" --latency -s bench/serve/serve-load.lua "https://127.0.0.1:$port/validate"
echo "RSS after load: $(rss) kB"
if [ "$soak" -gt 0 ]; then
  REVIEW=bench/serve/deployment-review.json wrk -t1 -c"$connections" -d"${soak}s" --latency -s bench/serve/serve-load.lua "https://127.0.0.1:$port/validate" >"$out/soak.txt" &
  load=$!
  for ((t = 0; t < soak; t += 10)); do echo "soak t=${t}s RSS $(rss) kB"; sleep 10; done
  wait $load
  cat "$out/soak.txt"
  echo "soak end RSS $(rss) kB"
fi
