#!/usr/bin/env bash
# Checks the install users are told to do: packs the CLI as a .NET tool, installs it from that package into a
# fresh folder with `dotnet tool install`, and runs it: `rampart --version`, and a scan of the bundled example
# repository, which must fail its gate (exit 1) on purpose. Exits non-zero on any difference.
# Usage: tools/check-install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Packed at the root, as pre-commit's dotnet hooks do: the CLI must be the only package.
dotnet pack Rampart.slnx -c Release -o "$work/packages" --nologo -v quiet
packages=$(find "$work/packages" -name '*.nupkg' ! -name '*.symbols.nupkg')
if [ "$(wc -l <<<"$packages")" -ne 1 ]; then
  echo "dotnet pack at the root made more than the tool's package:" $packages >&2
  exit 1
fi
package=$packages
version=$(basename "$package" .nupkg); version=${version#Rampart.Cli.}

# The package carries what a registry shows: description, licence, readme, repository.
nuspec=$(unzip -p "$package" Rampart.Cli.nuspec)
for field in '<description>' '<license type="expression">Apache-2.0</license>' '<readme>README.md</readme>' '<repository type="git"'; do
  grep -qF "$field" <<<"$nuspec" || { echo "the package's nuspec lacks $field" >&2; exit 1; }
done
# Listed first: `grep -q` stops reading early, and under pipefail unzip's broken pipe would fail the check.
listing=$(unzip -l "$package")
for file in README.md LICENSE; do
  grep -qE " $file\$" <<<"$listing" || { echo "the package lacks $file" >&2; exit 1; }
done

dotnet tool install Rampart.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/packages" >/dev/null
"$work/tools/rampart" --version

status=0
"$work/tools/rampart" scan examples/gitops-repo --no-progress >"$work/scan.txt" || status=$?
if [ "$status" -ne 1 ]; then
  echo "the installed tool's scan of examples/gitops-repo exited $status, expected 1 (the gate fails on purpose)" >&2
  cat "$work/scan.txt" >&2
  exit 1
fi
echo "installed rampart $version from its package: scan of examples/gitops-repo exited 1 as expected"
