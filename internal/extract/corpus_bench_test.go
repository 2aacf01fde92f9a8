package extract_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/incident"
	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/report/reporttest"
)

// corpus reads our test reports (every input format) with their
// readers, and the size of their posts' text.
func corpus(tb testing.TB) ([]*report.Report, int) {
	rs := reporttest.Dir(tb, "testdata/reports")
	_, size := reporttest.Posts(rs)
	return rs, size
}

// BenchmarkExtractCorpus streams a corpus of news-like text built from
// our test reports, report by report (extract, then merge), as ingest
// does: throughput in MB/s of post text, and the peak of the live heap,
// sampled every 64 reports, to show memory stays flat as the corpus
// grows from 10 to 100 MB. Run it once per size:
//
//	go test ./internal/extract -run '^$' -bench ExtractCorpus -benchtime 1x
func BenchmarkExtractCorpus(b *testing.B) {
	reports, size := corpus(b)
	x := extractor(b)
	x.Options.Published = time.Date(2022, 1, 6, 0, 0, 0, 0, time.UTC)
	for _, mb := range []int{10, 100} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			target := mb << 20
			rounds := (target + size - 1) / size
			b.SetBytes(int64(rounds * size))
			var peak uint64
			var ms runtime.MemStats
			for b.Loop() {
				runtime.GC()
				n := 0
				for range rounds {
					for _, r := range reports {
						_ = incident.Merge(x.Extract(r))
						n++
						if n%64 == 0 {
							runtime.ReadMemStats(&ms)
							peak = max(peak, ms.HeapAlloc)
						}
					}
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// BenchmarkExtractScaling extracts and merges one post that grows from
// 100 to 4,000 paragraphs, each telling three events on a day of its own:
// time per byte must stay about flat (no step is quadratic in the size of
// a post; merging compares a record only with those of its type).
func BenchmarkExtractScaling(b *testing.B) {
	const para = "Police detained 40 people in Almaty on DAY. Thousands protested in Aktau. Troops opened fire in Taraz, killing 3.\n\n"
	x := extractor(b)
	for _, n := range []int{100, 1000, 4000} {
		var sb strings.Builder
		for i := range n {
			d := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 2*i)
			sb.WriteString(strings.ReplaceAll(para, "DAY", d.Format("2 January 2006")))
		}
		text := sb.String()
		r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2022, 1, 6, 0, 0, 0, 0, time.UTC), Precision: report.PrecisionDay}}}
		b.Run(fmt.Sprintf("%dparagraphs", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				incident.Merge(x.Extract(r))
			}
		})
	}
}
