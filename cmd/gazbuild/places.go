package main

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Columns of the GeoNames cities500.txt dump (19, tab-separated).
const (
	colID = iota
	colName
	colASCII
	colAlternates
	colLat
	colLon
	colFeatureClass
	colFeatureCode
	colCountry
	colCC2
	colAdmin1
	colAdmin2
	colAdmin3
	colAdmin4
	colPopulation
	colElevation
	colDEM
	colTimezone
	colModified
	numCols
)

// buildPlaces turns every cities500 row into a places.tsv row
//
//	geonameid name lat lon cc admin1 fcode population alternates
//
// sorted by geonameid, and returns the set of admin1 keys ("KZ.09") the
// places use. gn holds the libgeonames-common catalogues by language.
func buildPlaces(path string, gn map[string]map[string]string, ov *overrides) ([][]string, map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()

	type idRow struct {
		id  int
		row []string
	}
	var rows []idRow
	used := map[string]bool{}
	seen := map[int]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		id, row, err := placeRow(sc.Text(), gn, ov)
		if err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if seen[id] {
			return nil, nil, fmt.Errorf("%s:%d: geonameid %d repeated", path, line, id)
		}
		seen[id] = true
		rows = append(rows, idRow{id, row})
		if a1 := row[5]; a1 != "" && a1 != "00" {
			used[row[4]+"."+a1] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s:%d: %w", path, line, err)
	}
	for id := range ov.placeName {
		if !seen[id] {
			return nil, nil, fmt.Errorf("%s: place-name %d is not in %s", outOverrides, id, path)
		}
	}
	for id := range ov.placeAlias {
		if !seen[id] {
			return nil, nil, fmt.Errorf("%s: place-alias %d is not in %s", outOverrides, id, path)
		}
	}
	slices.SortFunc(rows, func(a, b idRow) int { return a.id - b.id })
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = r.row
	}
	return out, used, nil
}

// placeRow converts one cities500 line.
func placeRow(text string, gn map[string]map[string]string, ov *overrides) (int, []string, error) {
	c := strings.Split(text, "\t")
	if len(c) != numCols {
		return 0, nil, fmt.Errorf("%d columns, want %d", len(c), numCols)
	}
	id, err := strconv.Atoi(c[colID])
	if err != nil {
		return 0, nil, fmt.Errorf("geonameid: %w", err)
	}
	lat, err := coord(c[colLat])
	if err != nil {
		return 0, nil, fmt.Errorf("latitude: %w", err)
	}
	lon, err := coord(c[colLon])
	if err != nil {
		return 0, nil, fmt.Errorf("longitude: %w", err)
	}
	if _, err := strconv.ParseInt(c[colPopulation], 10, 64); err != nil {
		return 0, nil, fmt.Errorf("population: %w", err)
	}
	origName, ascii := c[colName], c[colASCII]
	name := origName
	if n, ok := ov.placeName[id]; ok {
		name = n
	}
	// A display name must be usable as a field; GeoNames names always
	// are, but fall back to the ASCII form rather than emit a broken row.
	if strings.ContainsAny(name, "\t\n\r|") {
		name = ascii
	}
	if name == "" || strings.ContainsAny(name, "\t\n\r|") {
		return 0, nil, fmt.Errorf("geonameid %d has no usable name", id)
	}

	key := strconv.Itoa(id)
	cands := []string{ascii, origName, gn["en"][key], gn["ru"][key]}
	cands = append(cands, strings.Split(c[colAlternates], ",")...)
	names := nameSet{}
	for _, n := range cands {
		n, ok := cleanName(n)
		if !ok {
			continue
		}
		// IATA/ICAO-like codes are dropped unless they are the name itself.
		if isCodeLike(n) && n != origName && n != ascii && n != name {
			continue
		}
		names[n] = struct{}{}
	}
	names.add(ov.placeAlias[id]...)
	addTransliterations(names)

	return id, []string{
		key, name, lat, lon, c[colCountry], c[colAdmin1], c[colFeatureCode], c[colPopulation],
		strings.Join(names.sorted(name), "|"),
	}, nil
}

// addTransliterations adds the Latin spellings of every Cyrillic name.
func addTransliterations(names nameSet) {
	for _, n := range names.sorted() {
		names.add(transliterate(n)...)
	}
}

// coord formats a decimal degree with 5 decimals (about 1 m).
func coord(s string) (string, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return "", err
	}
	out := strconv.FormatFloat(v, 'f', 5, 64)
	if out == "-0.00000" {
		out = "0.00000"
	}
	return out, nil
}
