package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestBuildRegionPoints: two square polygons, each given to the code most
// of its places carry; a code with two polygons is placed at their
// area-weighted centre; a polygon with no place inside gives nothing.
func TestBuildRegionPoints(t *testing.T) {
	geo := `{"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[2,0],[2,2],[0,2],[0,0]]]}},
 {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[2,0],[6,0],[6,2],[2,2],[2,0]]]]}},
 {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[10,10],[11,10],[11,11],[10,11],[10,10]]]}},
 {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[20,20],[20,22],[22,22],[22,20],[20,20]],[[21,20],[22,20],[22,21],[21,21],[21,20]]]}},
 {"type":"Feature","properties":{},"geometry":null}
]}`
	path := filepath.Join(t.TempDir(), "admin1.json")
	if err := os.WriteFile(path, []byte(geo), 0o644); err != nil {
		t.Fatal(err)
	}
	place := func(lat, lon, cc, a1 string) []string { return []string{"1", "x", lat, lon, cc, a1, "PPL", "0", ""} }
	places := [][]string{
		place("1", "1", "AA", "01"),
		place("1.5", "0.5", "AA", "01"),
		place("1", "3", "AA", "01"), // the second polygon is AA.01 too
		place("1", "5", "AA", "01"),
		place("1", "4", "AA", "02"),       // outvoted
		place("20.5", "21.5", "BB", "01"), // in the hole: no vote
		place("20.2", "20.2", "BB", "02"),
		place("50", "50", "CC", "01"), // in no polygon
		place("0.5", "0.5", "AA", ""), // no admin1
	}
	got, err := buildRegionPoints(path, places)
	if err != nil {
		t.Fatal(err)
	}
	// AA.01: squares of area 4 (centre 1,1) and 8 (centre 4,1): (1*4+4*8)/12 = 3.
	// BB.02: a 2x2 square wound clockwise (centre 21,21, area 4) less a
	// unit hole at (21.5, 20.5): ((21*4-21.5*1)/3, (21*4-20.5)/3) = (20.83333, 21.16667).
	want := [][]string{{"AA.01", "1", "3"}, {"BB.02", "21.16667", "20.83333"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := buildRegionPoints(filepath.Join(t.TempDir(), "missing.json"), places); err == nil {
		t.Error("a missing file gave no error")
	}
}
