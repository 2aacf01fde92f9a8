package timex_test

import (
	"os"
	"testing"

	"github.com/unrest-project/unrest/internal/timex"
)

func BenchmarkSentences(b *testing.B) {
	f, err := os.Open("testdata/sentences.tsv")
	if err != nil {
		b.Skip(err)
	}
	set, err := timex.ReadSentences(f, "s")
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	tg := &timex.Tagger{}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range set {
			tg.MainSpan(s.Text, s.Reference)
		}
	}
	b.ReportMetric(float64(len(set)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
