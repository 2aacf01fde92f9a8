package timex_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/timex"
)

// BenchmarkTagNews measures the tagger as the event pipeline runs it: on
// the posts of the test reports of internal/extract (every input format,
// a few dates in a paragraph), one call per post.
func BenchmarkTagNews(b *testing.B) {
	names, _ := filepath.Glob("../extract/testdata/reports/*")
	var posts []string
	size := 0
	for _, name := range names {
		if strings.HasSuffix(name, ".gold.json") || strings.HasSuffix(name, ".md") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		r, err := report.Parse(name, data, report.Options{})
		if err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		for _, p := range r.Posts {
			posts = append(posts, p.Text)
			size += len(p.Text)
		}
	}
	if len(posts) == 0 {
		b.Skip("no reports in ../extract/testdata/reports")
	}
	tg := &timex.Tagger{}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range posts {
			tg.Tag(text, jan6)
		}
	}
}
