package timexeval_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/unrest-project/unrest/internal/timexeval"
)

// FuzzDecode checks that Decode never panics and that every document it
// accepts has gold spans inside its text, in order of start.
func FuzzDecode(f *testing.F) {
	names, _ := filepath.Glob(filepath.Join("testdata", "*.tml"))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<TimeML><DCT><TIMEX3 value="2020-01-01">x</TIMEX3></DCT><TEXT>a<TIMEX3 type="DATE" value="X">b</TIMEX3></TEXT></TimeML>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := timexeval.Decode(bytes.NewReader(in), "fuzz.tml")
		if err != nil {
			return
		}
		n, prev := d.Len(), 0
		for _, g := range d.Gold {
			if g.Start < prev || g.Start >= g.End || g.End > n {
				t.Fatalf("gold %+v out of order or outside text of %d code points", g, n)
			}
			prev = g.Start
		}
	})
}
