package gazetteer_test

import (
	"strings"
	"testing"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// TestSplitCounties: a county split into parts that keep its name is a
// division of its own, at the middle of its parts, where no division
// bears the name already; one part alone makes a whole only of a
// "-shire".
func TestSplitCounties(t *testing.T) {
	rows := strings.Join([]string{
		"XG.ENG.A1\tEast Wessex\t51.0\t0.0\t500",
		"XG.ENG.A2\tWest Wessex\t51.0\t-1.0\t300",
		"XG.ENG.B1\tMercia West and Tamworth\t52.0\t-2.0\t100",
		"XG.ENG.B2\tMercia East\t52.0\t-1.0\t100",
		"XG.ENG.C1\tWest Barsetshire\t51.5\t-1.2\t100",
		"XG.ENG.D1\tCentral Darling\t50.0\t2.0\t100",
		"XG.ENG.E1\tNorth Kent\t50.0\t2.0\t100",
		"XG.ENG.E2\tSouth Kent\t50.0\t3.0\t100",
		"XG.ENG.E3\tKent\t50.0\t2.5\t100",
		"XG.ENG.F1\tEast Anglia County\t50.0\t2.0\t100",
		"XG.ENG.F2\tWest Anglia County\t50.0\t3.0\t100",
		"XH.01.G1\tNorth Wessex\t10.0\t10.0\t100",
	}, "\n")
	d, err := gazetteer.ParseDivisions("test.tsv", rows)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name     string
		want     string // code of the whole, "" for none
		lat, lon float64
		pop      int
	}{
		{"Wessex", "XG.ENG.A1+XG.ENG.A2", 51, -0.5, 800},
		{"Mercia", "XG.ENG.B1+XG.ENG.B2", 52, -1.5, 200},
		{"Barsetshire", "XG.ENG.C1", 51.5, -1.2, 100},
		{"Darling", "", 0, 0, 0},
		{"Anglia", "XG.ENG.F1+XG.ENG.F2", 50, 2.5, 200},
	} {
		var got *gazetteer.Division
		for _, x := range d.Lookup(c.name) {
			if strings.Contains(x.Code, "+") || x.Code == c.want {
				got = x
			}
		}
		switch {
		case c.want == "" && got != nil:
			t.Errorf("%s: got whole %+v, want none", c.name, got)
		case c.want == "":
		case got == nil:
			t.Errorf("%s: no whole, want %s", c.name, c.want)
		case got.Code != c.want || got.Name != c.name || got.Lat != c.lat || got.Lon != c.lon || got.Population != c.pop || got.Admin1 != "XG.ENG":
			t.Errorf("%s: got %+v, want %s at %.1f,%.1f pop %d", c.name, got, c.want, c.lat, c.lon, c.pop)
		}
	}
	// Kent is a division already: North and South Kent make no other.
	if got := d.Lookup("Kent"); len(got) != 1 || got[0].Code != "XG.ENG.E3" {
		t.Errorf("Kent: %+v", got)
	}
	// A part in another country is no part of the whole: one North
	// Wessex alone makes none there.
	for _, x := range d.Lookup("Wessex") {
		if x.Country == "XH" {
			t.Errorf("Wessex in XH: %+v", x)
		}
	}
}
