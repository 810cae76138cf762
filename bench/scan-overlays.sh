#!/usr/bin/env bash
# Times `rampart scan` on a repository of 200 Kustomize overlays over 10 shared bases, start-up included: every
# overlay is rendered in-process (namespace, namePrefix, labels, images, a strategic merge patch and a JSON 6902
# patch) and every rendered object is checked (schema, every built-in policy). Prints wall time, rendered objects
# per second, CPU time (user + system: the fairer figure on a shared machine) and peak memory; compare with the spine's scan targets in docs/performance.md.
# Usage: [RAMPART_CLI=path] bench/scan-overlays.sh [RUNS] [OVERLAYS] [BASES] [APPS_PER_BASE]   (needs GNU time at /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; overlays=${2:-200}; bases=${3:-10}; apps=${4:-4}
work=${BENCH_DIR:-/tmp/rampart-bench}
repo="$work/overlays-$overlays-$bases-$apps"
mkdir -p "$work"

# Published the way a release is, unless RAMPART_CLI names a build to time instead.
rampart=${RAMPART_CLI:-}
if [ -z "$rampart" ]; then
  dotnet publish src/Rampart.Cli -c Release -r linux-x64 --self-contained false -o "$work/cli" --nologo -v quiet >/dev/null
  rampart="$work/cli/Rampart.Cli"
fi

if [ ! -f "$repo/.complete" ]; then
  rm -rf "$repo"
  for b in $(seq 1 "$bases"); do
    dir="$repo/bases/base-$b"; mkdir -p "$dir"
    resources=""
    for a in $(seq 1 "$apps"); do
      resources+="  - app-$a.yaml"$'\n'
      cat >"$dir/app-$a.yaml" <<YAML
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-$a
  labels: {app: app-$a}
spec:
  replicas: 2
  selector:
    matchLabels: {app: app-$a}
  template:
    metadata:
      labels: {app: app-$a}
    spec:
      automountServiceAccountToken: false
      containers:
        - name: app
          image: registry.example.com/team-$b/app-$a:1.0.0
          envFrom:
            - configMapRef: {name: app-$a-settings}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}
          securityContext:
            runAsNonRoot: true
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
---
apiVersion: v1
kind: Service
metadata:
  name: app-$a
spec:
  selector: {app: app-$a}
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-$a-settings
data:
  LOG_LEVEL: info
YAML
    done
    printf 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n%s' "$resources" >"$dir/kustomization.yaml"
  done
  for o in $(seq 1 "$overlays"); do
    b=$(( (o - 1) % bases + 1 ))
    dir="$repo/overlays/env-$o"; mkdir -p "$dir"
    cat >"$dir/kustomization.yaml" <<YAML
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: env-$o
namePrefix: env-$o-
labels:
  - pairs: {environment: env-$o}
resources:
  - ../../bases/base-$b
images:
  - name: registry.example.com/team-$b/app-1
    newTag: "1.0.$o"
patches:
  - path: replicas.yaml
  - path: ops.yaml
    target: {kind: Deployment, name: app-2}
YAML
    printf 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-1\nspec:\n  replicas: 3\n' >"$dir/replicas.yaml"
    printf -- '- op: replace\n  path: /spec/replicas\n  value: 4\n' >"$dir/ops.yaml"
  done
  touch "$repo/.complete"
fi

echo "cores: $(nproc); $overlays overlays over $bases bases of $apps apps (3 objects each)"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$rampart" scan "$repo" --format json --fail-on none --no-progress \
    >"$work/overlays.json" 2>"$work/stderr.txt" || true
  read -r seconds kb user sys < <(tail -n 1 "$work/time.txt")
  objects=$(jq '.coverage.renderedObjects' "$work/overlays.json")
  entries=$(jq '.coverage.entryPoints' "$work/overlays.json")
  echo "run $i: ${seconds} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}') s CPU, $entries entry points, $objects rendered objects, $(awk -v n="$objects" -v s="$seconds" 'BEGIN{printf "%.0f", n/s}') objects/s ($(awk -v n="$objects" -v u="$user" -v s="$sys" 'BEGIN{printf "%.0f", n/(u+s)}') per CPU second), peak RSS $((kb / 1024)) MB, $(jq '.findings | length' "$work/overlays.json") findings"
done
