package gazetteer_test

import (
	"errors"
	"testing"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

func TestDivisions(t *testing.T) {
	d, err := gazetteer.DefaultDivisions()
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() < 20000 {
		t.Errorf("%d divisions, want over 20,000", d.Len())
	}
	for _, c := range []struct {
		name, code string
	}{
		{"Douglas County", "US.MN.041"},
		{"Rapides Parish", "US.LA.079"},
		{"Lancashire", "GB.ENG.H2"},
	} {
		found := false
		for _, x := range d.Lookup(c.name) {
			if x.Code == c.code {
				found = true
				if x.Lat == 0 && x.Lon == 0 {
					t.Errorf("%s has no point", c.code)
				}
			}
		}
		if !found {
			t.Errorf("Lookup(%q) lacks %s", c.name, c.code)
		}
	}
	if got := d.Lookup("Rapides"); len(got) == 0 || got[0].Code != "US.LA.079" {
		t.Errorf("bare name Rapides: %v", got)
	}
	if _, err := gazetteer.ParseDivisions("x.tsv", "US.MN.041\tDouglas County\t45\n"); !errors.Is(err, gazetteer.ErrMalformed) {
		t.Errorf("short row: error %v, want ErrMalformed", err)
	}
}
