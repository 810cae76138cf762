#!/usr/bin/env python3
"""Writes the patch strategies Kubernetes declares for its built-in kinds, for strategic merge patches.

Reads the OpenAPI v3 documents of a Kubernetes release (one file per group-version, as the API server serves
them under /openapi/v3) and keeps, per type, the properties that lead to other types and the
x-kubernetes-patch-strategy / x-kubernetes-patch-merge-key extensions of lists.

usage: patch-strategies.py OPENAPI_V3_FOLDER OUTPUT.json
"""
import json
import os
import sys

PREFIXES = ("io.k8s.api.", "io.k8s.apimachinery.pkg.apis.", "io.k8s.kube-aggregator.pkg.apis.", "io.k8s.apiextensions-apiserver.pkg.apis.")


def short(name):
    for prefix in PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def ref_of(schema):
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        return short(schema["$ref"].split("/")[-1])
    for part in schema.get("allOf", []):
        found = ref_of(part)
        if found:
            return found
    return None


def main(folder, output):
    kinds, types = {}, {}
    for directory, _, files in os.walk(folder):
        for file in sorted(files):
            if not file.endswith(".json"):
                continue
            with open(os.path.join(directory, file), encoding="utf-8") as handle:
                document = json.load(handle)
            for name, schema in document.get("components", {}).get("schemas", {}).items():
                for gvk in schema.get("x-kubernetes-group-version-kind", []):
                    api = (gvk["group"] + "/" if gvk["group"] else "") + gvk["version"]
                    kinds[api + "/" + gvk["kind"]] = short(name)
                fields = {}
                for prop, value in schema.get("properties", {}).items():
                    strategy = value.get("x-kubernetes-patch-strategy")
                    key = value.get("x-kubernetes-patch-merge-key")
                    target = ref_of(value.get("items", {})) if value.get("type") == "array" else ref_of(value)
                    if target is None and value.get("type") == "object":
                        target = ref_of(value.get("additionalProperties", {}))
                        if target:
                            target = "*" + target
                    if target is None and strategy is None:
                        continue
                    entry = [target or ""]
                    if strategy or key:
                        entry += [strategy or "", key or ""]
                    fields[prop] = entry
                if fields:
                    types[short(name)] = fields
    with open(output, "w", encoding="utf-8") as handle:
        json.dump({"kinds": dict(sorted(kinds.items())), "types": dict(sorted(types.items()))}, handle, separators=(",", ":"), sort_keys=False)
        handle.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
