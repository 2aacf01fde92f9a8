package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
)

// ogrEvents are records meant to stress a GeoJSON reader: every place
// precision, null and zero and large counts, both hemispheres, and
// evidence with quotes, backslashes, newlines, tabs, HTML characters,
// Cyrillic, Kazakh, Arabic and emoji. No event has |lat| = |lon|, so a
// swapped coordinate pair cannot pass.
func ogrEvents() []extract.Event {
	n := func(v int) *int { return &v }
	return []extract.Event{
		{
			Type: extract.Protest,
			Date: extract.DateSpan{Start: "2022-01-04", End: "2022-01-05"},
			Place: extract.Place{Name: "Алматы", Precision: extract.PlaceCity, GeonamesID: 1526384, Country: "KZ",
				Admin1Code: "KZ.02", Lat: 43.25, Lon: 76.91667},
			Participants: n(1000),
			Evidence: []extract.Evidence{
				{Report: 7, Post: 0, Text: `Thousands rallied, chanting "Шал, кет!" 🔥✊ — police said 'calm'`, Start: 3, End: 61},
				{Post: 2, Text: "line one\nline two\r\n\ttabbed \\ backslash <b>&amp;</b> \u2028sep", Start: 100, End: 140},
			},
			Actors:  []string{"protesters", "police"},
			Demands: []string{"price-related", "removal of politician"},
			Sources: 2,
		},
		{
			Type:       extract.Repression,
			Date:       extract.DateSpan{Start: "2022-01-05", End: "2022-01-05"},
			Place:      extract.Place{Name: "Mangystau", Precision: extract.PlaceAdmin1, GeonamesID: 608879, Country: "KZ", Admin1Code: "KZ.09", Lat: 44, Lon: 53},
			Fatalities: n(0),
			Injured:    n(12),
			Arrested:   n(2147483647),
			Evidence:   []extract.Evidence{{Post: 1, Text: "Полиция задержала «десятки» человек в Жанаозене 😡"}},
			Sources:    1,
		},
		{
			Type:     extract.InternetShutdown,
			Date:     extract.DateSpan{Start: "2022-01-05", End: "2022-01-10"},
			Place:    extract.Place{Name: "Kazakhstan", Precision: extract.PlaceCountry, GeonamesID: 1522867, Country: "KZ", Lat: 48, Lon: 68},
			Evidence: []extract.Evidence{{Post: 3, Text: "انقطاع الإنترنت — internet cut off nationwide 📵"}},
		},
		{
			Type:         extract.Strike,
			Date:         extract.DateSpan{Start: "2019-10-18", End: "2019-10-25"},
			Place:        extract.Place{Name: "Santiago", Precision: extract.PlaceCity, GeonamesID: 3871336, Country: "CL", Admin1Code: "CL.12", Lat: -33.45694, Lon: -70.64827},
			Participants: n(1000000),
			Evidence:     []extract.Evidence{{Post: 0, Text: ""}},
		},
		{
			// No GeonamesID, no Admin1Code, no evidence: the omitempty fields.
			Type:  extract.Riot,
			Date:  extract.DateSpan{Start: "2011-08-06", End: "2011-08-11"},
			Place: extract.Place{Name: "Tottenham", Precision: extract.PlaceCity, Country: "GB", Lat: 51.5975, Lon: -0.0681},
		},
	}
}

// gdalProblem matches the lines GDAL writes for its errors and warnings
// ("ERROR 1: ...", "Warning 1: ...").
var gdalProblem = regexp.MustCompile(`(?m)^.*\b(ERROR|Warning)\b.*$`)

// ogr runs a GDAL program and returns its standard output. It fails the
// test on a non-zero exit or on any ERROR or Warning line: in standard
// error anywhere, in standard output at a line's start (standard output
// also carries feature values, which may contain those words).
func ogr(t *testing.T, name string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil {
		t.Fatalf("%s %s: %v\nstdout:\n%s\nstderr:\n%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	if m := gdalProblem.FindAllString(stderr.String(), -1); m != nil {
		t.Fatalf("%s %s reports problems:\n%s", name, strings.Join(args, " "), strings.Join(m, "\n"))
	}
	for _, line := range strings.Split(stdout.String(), "\n") {
		if strings.HasPrefix(line, "ERROR") || strings.HasPrefix(line, "Warning") {
			t.Fatalf("%s %s reports a problem: %s", name, strings.Join(args, " "), line)
		}
	}
	return stdout.String()
}

var (
	featureCount = regexp.MustCompile(`(?m)^Feature Count: (\d+)$`)
	geometryType = regexp.MustCompile(`(?m)^Geometry: (.+)$`)
	wktPoint     = regexp.MustCompile(`(?m)^\s*POINT \((\S+) (\S+)\)$`)
)

// ogrSummary checks what `ogrinfo -ro -al -so` says of a file: one layer
// with a feature per event, all of them points.
func ogrSummary(t *testing.T, path string, want int) {
	t.Helper()
	out := ogr(t, "ogrinfo", "-ro", "-al", "-so", path)
	counts := featureCount.FindAllStringSubmatch(out, -1)
	if len(counts) != 1 {
		t.Fatalf("ogrinfo -so %s: want one layer with a feature count, got:\n%s", filepath.Base(path), out)
	}
	if got, _ := strconv.Atoi(counts[0][1]); got != want {
		t.Errorf("ogrinfo -so %s: Feature Count: %d, want %d", filepath.Base(path), got, want)
	}
	if want == 0 {
		return // an empty layer has no geometry type to report ("Unknown (any)")
	}
	if g := geometryType.FindStringSubmatch(out); g == nil || g[1] != "Point" {
		t.Errorf("ogrinfo -so %s: geometry %q, want Point\n%s", filepath.Base(path), g, out)
	}
}

// ogrPoints reads every feature's geometry as `ogrinfo -ro -al` prints it
// (WKT: POINT (x y), x the longitude).
func ogrPoints(t *testing.T, path string) [][2]float64 {
	t.Helper()
	var pts [][2]float64
	for _, m := range wktPoint.FindAllStringSubmatch(ogr(t, "ogrinfo", "-ro", "-al", path), -1) {
		x, err1 := strconv.ParseFloat(m[1], 64)
		y, err2 := strconv.ParseFloat(m[2], 64)
		if err1 != nil || err2 != nil {
			t.Fatalf("ogrinfo -al %s: bad point %q", filepath.Base(path), m[0])
		}
		pts = append(pts, [2]float64{x, y})
	}
	return pts
}

func checkLonLat(t *testing.T, what string, got [][2]float64, events []extract.Event, tol float64) {
	t.Helper()
	if len(got) != len(events) {
		t.Fatalf("%s: %d points, want %d", what, len(got), len(events))
	}
	for i, e := range events {
		if math.Abs(got[i][0]-e.Place.Lon) > tol || math.Abs(got[i][1]-e.Place.Lat) > tol {
			t.Errorf("%s: feature %d (%s) at %v, want lon,lat [%v %v]", what, i, e.Place.Name, got[i], e.Place.Lon, e.Place.Lat)
		}
	}
}

// TestGeoJSONOgr writes events with the writer `unrest extract --format
// geojson` uses and has GDAL read them: ogrinfo must see one Point feature
// per event at lon,lat, and ogr2ogr must convert them to RFC 7946 GeoJSON
// without an error or a warning, keeping places, counts and evidence text.
func TestGeoJSONOgr(t *testing.T) {
	if _, err := exec.LookPath("ogr2ogr"); err != nil {
		t.Skip("ogr2ogr not installed (Debian gdal-bin); GeoJSON validation skipped")
	}
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("ogrinfo not installed (Debian gdal-bin); GeoJSON validation skipped")
	}
	all := ogrEvents()
	for _, tc := range []struct {
		name   string
		events []extract.Event
	}{
		{"nil", nil},
		{"empty", []extract.Event{}},
		{"city", all[:1]},
		{"admin1", all[1:2]},
		{"country", all[2:3]},
		{"southwest", all[3:4]},
		{"all", all},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "events.geojson")
			var b bytes.Buffer
			if err := extract.Write(&b, extract.FormatGeoJSON, tc.events); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(in, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}

			ogrSummary(t, in, len(tc.events))
			checkLonLat(t, "ogrinfo -al "+tc.name, ogrPoints(t, in), tc.events, 1e-9)

			out := filepath.Join(dir, "rfc7946.geojson")
			ogr(t, "ogr2ogr", "-f", "GeoJSON", "-lco", "RFC7946=YES", out, in)
			ogrSummary(t, out, len(tc.events))

			// The converted file, read as JSON: RFC 7946 coordinates
			// (7 decimals by default) and the properties kept.
			raw, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			var fc struct {
				Type     string `json:"type"`
				Features []struct {
					Type     string `json:"type"`
					Geometry struct {
						Type        string    `json:"type"`
						Coordinates []float64 `json:"coordinates"`
					} `json:"geometry"`
					Properties extract.Event `json:"properties"`
				} `json:"features"`
			}
			if err := json.Unmarshal(raw, &fc); err != nil {
				t.Fatalf("ogr2ogr output: %v\n%s", err, raw)
			}
			if fc.Type != "FeatureCollection" || len(fc.Features) != len(tc.events) {
				t.Fatalf("ogr2ogr output: %s with %d features, want a FeatureCollection of %d", fc.Type, len(fc.Features), len(tc.events))
			}
			var pts [][2]float64
			for i, f := range fc.Features {
				if f.Type != "Feature" || f.Geometry.Type != "Point" || len(f.Geometry.Coordinates) != 2 {
					t.Fatalf("ogr2ogr output: feature %d is %s with %s %v, want a Feature with a 2D Point", i, f.Type, f.Geometry.Type, f.Geometry.Coordinates)
				}
				pts = append(pts, [2]float64{f.Geometry.Coordinates[0], f.Geometry.Coordinates[1]})
				checkRoundTrip(t, i, f.Properties, tc.events[i])
			}
			checkLonLat(t, "ogr2ogr -lco RFC7946=YES "+tc.name, pts, tc.events, 1e-7)
		})
	}
}

// checkRoundTrip compares the properties GDAL wrote back with the event.
func checkRoundTrip(t *testing.T, i int, got, want extract.Event) {
	t.Helper()
	// GDAL writes floats in nested JSON with its own precision.
	if math.Abs(got.Place.Lat-want.Place.Lat) > 1e-9 || math.Abs(got.Place.Lon-want.Place.Lon) > 1e-9 {
		t.Errorf("feature %d: place at %v,%v, want %v,%v", i, got.Place.Lat, got.Place.Lon, want.Place.Lat, want.Place.Lon)
	}
	got.Place.Lat, got.Place.Lon = want.Place.Lat, want.Place.Lon
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		t.Errorf("feature %d: properties after ogr2ogr\n%s\nwant\n%s", i, g, w)
	}
}
