package gazetteer_test

import (
	"testing"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

func TestVariants(t *testing.T) {
	g := load(t)
	for _, c := range []struct {
		word string
		want int // GeoNames id of the first candidate; 0 for none
	}{
		{"Sulaimaniyah", 98463},
		{"Qandahar", 1138336},
		{"Kerbala", 94824},
		{"Peshawur", 1168197},
		{"Latakiya", 173576},
		// Too short, or too far from any big town's name.
		{"Putin", 0},
		{"Hamas", 0},
		{"Salmon", 0},
		{"Protesters", 0},
		// Words of several names or other scripts are not read.
		{"Deir Ezzor", 0},
		{"Сулеймания", 0},
	} {
		cs := g.Variants(c.word)
		got := 0
		if len(cs) > 0 {
			got = cs[0].ID()
		}
		if got != c.want {
			t.Errorf("Variants(%q) = %d (%d candidates), want %d", c.word, got, len(cs), c.want)
		}
		for _, x := range cs {
			if x.Kind != gazetteer.KindPlace || x.Population() < gazetteer.VariantMinPopulation {
				t.Errorf("Variants(%q) gave %s (%d people)", c.word, x.Name(), x.Population())
			}
		}
	}
}
