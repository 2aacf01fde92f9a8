package geoeval_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/unrest-project/unrest/internal/geoeval"
)

// benchDir is where the project keeps the public benchmark files; they are
// GPL-3.0 and never copied into this repository.
const benchDir = "../../../shared/bench/geoparse"

// loadBench loads one real benchmark file or skips the test when it is absent.
func loadBench(t *testing.T, file string) *geoeval.Dataset {
	t.Helper()
	path := filepath.Join(benchDir, file)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("benchmark file %s not present (the public benchmarks live outside the repository); skipping", path)
	}
	ds, err := geoeval.Load(path)
	if err != nil {
		t.Fatalf("Load(%s): %v", path, err)
	}
	return ds
}

// TestRealBenchmarks checks the three public files load as documented in
// doc.go: counts, offset unit, and how many gold spans hold their phrase.
func TestRealBenchmarks(t *testing.T) {
	type scope struct{ gold, coords int }
	tests := []struct {
		file, name         string
		format             geoeval.Format
		articles, toponyms int
		withCoords         int
		offsets            geoeval.OffsetCheck
		scopes             []scope // standard, then all-types for GWN
	}{
		{"GWN.xml", "GeoWebNews", geoeval.FormatGWN, 200, 6612, 2601,
			geoeval.OffsetCheck{Toponyms: 6612, Matched: 6607, Unaligned: 5}, []scope{{1456, 1447}, {2718, 2599}}},
		{"TR-News.xml", "TR-News", geoeval.FormatTRNews, 118, 1319, 1275,
			geoeval.OffsetCheck{Toponyms: 1319, Matched: 1202, Realigned: 117}, []scope{{1319, 1275}}},
		{"lgl.xml", "LGL", geoeval.FormatTRNews, 588, 5088, 4462,
			geoeval.OffsetCheck{Toponyms: 5088, Matched: 5088}, []scope{{5088, 4462}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := loadBench(t, tt.file)
			if ds.Name != tt.name || ds.Format != tt.format {
				t.Errorf("name, format = %q, %q; want %q, %q", ds.Name, ds.Format, tt.name, tt.format)
			}
			toponyms, withCoords := 0, 0
			for _, a := range ds.Articles {
				toponyms += len(a.Gold)
				for _, g := range a.Gold {
					if g.HasCoords {
						withCoords++
					}
				}
			}
			if len(ds.Articles) != tt.articles || toponyms != tt.toponyms || withCoords != tt.withCoords {
				t.Errorf("articles, toponyms, with coordinates = %d, %d, %d; want %d, %d, %d",
					len(ds.Articles), toponyms, withCoords, tt.articles, tt.toponyms, tt.withCoords)
			}
			// Almost every gold span holds its phrase (GWN: 5 spans point
			// into the title, which the file leaves out; TR-News: 117 are a
			// few code points early and are realigned).
			if ds.Offsets != tt.offsets {
				t.Errorf("offsets = %+v; want %+v", ds.Offsets, tt.offsets)
			}
			if o := ds.Offsets; o.Unaligned*1000 > o.Toponyms {
				t.Errorf("%d of %d gold spans do not hold their phrase; want under 0.1%%", o.Unaligned, o.Toponyms)
			}
			for i, s := range ds.Scopes() {
				gold, coords := 0, 0
				for _, a := range ds.Articles {
					for _, g := range a.Gold {
						if s.Includes(g) {
							gold++
							if g.HasCoords {
								coords++
							}
						}
					}
				}
				if i >= len(tt.scopes) || gold != tt.scopes[i].gold || coords != tt.scopes[i].coords {
					t.Errorf("scope %s: %d gold, %d with coordinates; want %v", s, gold, coords, tt.scopes)
				}
			}
		})
	}
}
