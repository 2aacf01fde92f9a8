#!/usr/bin/env bash
# Compares chrono-node 2.10.3 with unrest's temporal tagger on a sentence file.
# Usage: bench/chrono/run.sh [--json] [--misses] [FILE.tsv]
set -euo pipefail
cd "$(dirname "$0")/../.."

flags=()
tsv=internal/timex/testdata/sentences.tsv
for a in "$@"; do
  case "$a" in
    --*) flags+=("$a") ;;
    *) tsv=$a ;;
  esac
done

# chrono-node (MIT) goes into a fresh temporary folder, never into the repo.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --prefix "$tmp" --no-audit --no-fund --no-package-lock --silent chrono-node@2.10.3 >&2

TZ=UTC NODE_PATH="$tmp/node_modules" node bench/chrono/chrono.mjs ${flags[@]+"${flags[@]}"} "$tsv"

# Our side: only when the command exists.
help=$(go run ./cmd/unrest help 2>&1 || true)
if grep -q "timex-sentences" <<<"$help"; then
  go run ./cmd/unrest bench timex-sentences "$tsv"
else
  echo "unrest: not available yet"
fi
