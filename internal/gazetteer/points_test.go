package gazetteer

import (
	"errors"
	"testing"
)

func TestParseRegionPoints(t *testing.T) {
	got, err := parseRegionPoints("admin1-points.tsv", "KZ.09\t44.10204\t53.94338\nUS.VA\t37.51859\t-78.8407\n")
	if err != nil || len(got) != 2 || got["KZ.09"] != (regionPoint{44.10204, 53.94338}) {
		t.Fatalf("got %v, %v", got, err)
	}
	for _, bad := range []string{
		"KZ.09\t44.1\n",                  // two fields
		"KZ.09\tnorth\t53.9\n",           // not a number
		"KZ.09\t95\t53.9\n",              // off the globe
		"KZ.09\t44\t53\nKZ.09\t44\t53\n", // twice
		"KZ.09\t44\t53\n\n",              // empty line
	} {
		_, err := parseRegionPoints("admin1-points.tsv", bad)
		var de *DataError
		if !errors.As(err, &de) || de.File != "admin1-points.tsv" || de.Line == 0 {
			t.Errorf("%q: got %v, want a DataError naming the file and line", bad, err)
		}
	}
}

// TestRegionPoints: regions of the embedded data stand at the centre of
// their area: Mangystau's point is the centroid of its polygon, not the
// middle of the box of its places.
func TestRegionPoints(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r, ok := g.Region("KZ.09")
	if !ok || r.Lat != 44.10204 || r.Lon != 53.94338 {
		t.Errorf("KZ.09 at %v, %v (found %v), want 44.10204, 53.94338", r.Lat, r.Lon, ok)
	}
}
