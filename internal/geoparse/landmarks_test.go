package geoparse

import (
	"testing"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// TestLandmarkTowns: every town of landmarkSites is in the gazetteer, in
// its country, and every key is its own normalised form.
func TestLandmarkTowns(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	p := New(g)
	for key, l := range landmarkSites {
		if gazetteer.Normalize(key) != key {
			t.Errorf("%q is not normalised (%q)", key, gazetteer.Normalize(key))
		}
		for _, town := range l.towns {
			pl, ok := p.landmarkTown(landmark{towns: [][2]string{town}}, "")
			if !ok || pl.Country != town[1] || pl.Population < 10000 && town[0] != "Vatican City" {
				t.Errorf("%s: town %v = %+v, %v", key, town, pl, ok)
			}
		}
	}
}

func TestPossessiveBefore(t *testing.T) {
	for gap, want := range map[string]bool{
		"'s ": true, "’s ": true, "' iconic ": true, "'s famous old ": true,
		"'s very famous old ": false, " ": false, "'s Grand ": false, ", ": false,
	} {
		if got := possessiveBefore(gap); got != want {
			t.Errorf("possessiveBefore(%q) = %v, want %v", gap, got, want)
		}
	}
}
