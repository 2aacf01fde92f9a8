package timexeval_test

import (
	"errors"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/unrest-project/unrest/internal/timexeval"
)

// benchDir is the TempEval-3 platinum folder, kept outside the repository.
const benchDir = "../../../shared/bench/timex"

func loadBench(t *testing.T) *timexeval.Dataset {
	t.Helper()
	if _, err := os.Stat(benchDir); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("TempEval-3 platinum data not found at %s (it is kept outside the repository)", benchDir)
	}
	ds, err := timexeval.Load(benchDir)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func TestBenchData(t *testing.T) {
	ds := loadBench(t)
	if len(ds.Docs) != 20 {
		t.Fatalf("got %d documents, want 20", len(ds.Docs))
	}
	for _, d := range ds.Docs {
		if d.DCT.IsZero() || d.DCT.Year() != 2013 {
			t.Errorf("%s: DCT %v, want a day of 2013", d.ID, d.DCT)
		}
		if d.Len() == 0 || strings.Contains(d.Text, "<") {
			t.Errorf("%s: text empty or holds a tag", d.ID)
		}
		// Decode checks each span against its element; check again that
		// every span lies inside the text and holds text with no space
		// at either end.
		for _, g := range d.Gold {
			s := d.Span(g.Start, g.End)
			if g.Start < 0 || g.End > d.Len() || strings.TrimSpace(s) != s || s == "" {
				t.Errorf("%s: gold %+v holds %q", d.ID, g, s)
			}
		}
	}
	// The platinum set's well-known size: 138 TIMEX3 in the texts.
	want := map[string]int{"": 138, "DATE": 96, "DURATION": 34, "TIME": 4, "SET": 4}
	got := ds.GoldCounts()
	for k, v := range want {
		if got[k] != v {
			t.Errorf("gold %q = %d, want %d", k, got[k], v)
		}
	}
}

// TestBenchBaseline runs a crude four-digit-year tagger, to show the
// harness end to end on the real data; its figures are not asserted
// beyond being sane.
func TestBenchBaseline(t *testing.T) {
	ds := loadBench(t)
	year := regexp.MustCompile(`\b(19|20)\d\d\b`)
	tagger := timexeval.TaggerFunc(yearTagger(year))
	rep := timexeval.Run(ds, tagger)
	all := rep.Scopes[0].Scores
	if all.Relaxed.TP == 0 || all.Relaxed.F1 >= 1 || all.Strict.TP > all.Relaxed.TP || all.Value.TP > all.Relaxed.TP {
		t.Errorf("implausible baseline scores: %+v", all)
	}
	if testing.Verbose() {
		var b strings.Builder
		if err := rep.WriteText(&b, false); err != nil {
			t.Fatal(err)
		}
		t.Log("\n" + b.String())
	}
}
