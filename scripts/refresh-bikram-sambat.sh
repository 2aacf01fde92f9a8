#!/usr/bin/env bash
# refresh-bikram-sambat.sh regenerates internal/timex/bikramsambat_table.go,
# the month lengths of the Bikram Sambat calendar of Nepal, from the pinned
# npm package bikram-sambat (Apache-2.0), checked against its integrity:
#
#   bash scripts/refresh-bikram-sambat.sh
#
# Needs the npm registry, openssl and Go. Running it twice gives the same
# file.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pin="bikram-sambat@1.8.1"
want="sha512-2leyyRBTUktjY07ZItl0UKPj5AhQ+Qay8+DMU52N/FV6ouPEunsmNgNZhH1KlcGZc5oBrOMgzAkG9/Drdmiidg=="

work="$(mktemp -d "${TMPDIR:-/tmp}/bikram.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tgz="$(cd "$work" && npm pack --silent "$pin" | tail -n1)"
got="sha512-$(openssl dgst -sha512 -binary "$work/$tgz" | base64 -w0)"
if [ "$got" != "$want" ]; then
  echo "refresh-bikram-sambat: INTEGRITY MISMATCH for $pin: got $got" >&2
  exit 1
fi
tar -xzf "$work/$tgz" -C "$work" package/src/index.js
cd "$root/internal/timex"
go run gen_bikramsambat.go "$work/package/src/index.js"
