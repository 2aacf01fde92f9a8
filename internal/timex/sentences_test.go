package timex_test

import (
	"os"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/timex"
)

// TestSentenceSet runs the 398 sentences we wrote (testdata/sentences.tsv)
// as a table: each sentence's date must resolve to its gold span. A few
// are out of reach by policy (US month-first dates read day-first), so the
// test holds the tagger to its measured accuracy rather than to every row,
// and names each miss.
func TestSentenceSet(t *testing.T) {
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	set, err := timex.ReadSentences(f, "testdata/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(set) < 300 {
		t.Fatalf("%d sentences, want at least 300", len(set))
	}
	tg := &timex.Tagger{}
	correct := 0
	for _, s := range set {
		got, ok := tg.MainSpan(s.Text, s.Reference)
		if ok && got.Start.Equal(s.Gold.Start) && got.End.Equal(s.Gold.End) {
			correct++
			continue
		}
		t.Logf("%s [%s] %q: got %s..%s, want %s..%s", s.ID, s.Note, s.Text,
			got.Start.Format(time.DateOnly), got.End.Format(time.DateOnly),
			s.Gold.Start.Format(time.DateOnly), s.Gold.End.Format(time.DateOnly))
	}
	acc := float64(correct) / float64(len(set))
	if acc < 0.90 {
		t.Errorf("accuracy %.3f (%d of %d), want at least 0.90", acc, correct, len(set))
	}
}
