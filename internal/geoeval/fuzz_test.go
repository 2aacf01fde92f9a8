package geoeval_test

import (
	"os"
	"strings"
	"testing"

	"github.com/unrest-project/unrest/internal/geoeval"
)

// FuzzDecode checks that Decode never panics and that whatever it accepts
// is consistent: every toponym it does not flag holds its phrase at its span.
func FuzzDecode(f *testing.F) {
	for _, p := range []string{"testdata/small-gwn.xml", "testdata/small-trnews.xml", "testdata/bad/start.xml"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add(trFile("Marchers 🚜 left Malmö for Lund.", []string{"Malmö", "Lund"}, geoeval.UnitUTF16))
	f.Add(trFile("Rain in Växjö and Umeå.", []string{"Växjö", "Umeå"}, geoeval.UnitBytes))
	f.Fuzz(func(t *testing.T, in string) {
		ds, err := geoeval.Decode(strings.NewReader(in), "fuzz.xml")
		if err != nil {
			return
		}
		o := ds.Offsets
		if o.Matched+o.Realigned+o.Unaligned != o.Toponyms {
			t.Fatalf("offset check %+v does not add up", o)
		}
		n := 0
		for _, a := range ds.Articles {
			runes := []rune(a.Text)
			for _, g := range a.Gold {
				n++
				if g.Misaligned {
					continue
				}
				if g.Start < 0 || g.End > len(runes) || g.Start >= g.End || string(runes[g.Start:g.End]) != g.Text {
					t.Fatalf("article %s: aligned toponym %q at %v does not hold its phrase", a.ID, g.Text, g.Span)
				}
			}
		}
		if n != o.Toponyms {
			t.Fatalf("%d toponyms, offset check counted %d", n, o.Toponyms)
		}
	})
}
