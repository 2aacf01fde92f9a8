package timex_test

import (
	"testing"

	"github.com/unrest-project/unrest/internal/report/reporttest"
	"github.com/unrest-project/unrest/internal/timex"
)

// BenchmarkTagNews measures the tagger as the event pipeline runs it: on
// the posts of the test reports of internal/extract (every input format,
// a few dates in a paragraph), one call per post.
func BenchmarkTagNews(b *testing.B) {
	posts, size := reporttest.Posts(reporttest.Dir(b, "../extract/testdata/reports"))
	tg := &timex.Tagger{}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range posts {
			tg.Tag(text, jan6)
		}
	}
}
