package report_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/unrest-project/unrest/internal/report"
)

// BenchmarkParseThread measures the plain-text reader on a synthetic
// thread of 200 comments (about 60 KB), so the figure needs no shared data.
func BenchmarkParseThread(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("A long thread\n\nThe opening article says that dockers in three ports stopped work.\n\n")
	for i := range 200 {
		fmt.Fprintf(&sb, "user_%d\nJan %d 2022 %02d:%02d\n\nComment %d: about %d people marched to the square and %d were detained by police.\nA second line of the same paragraph.\n\n", i, 1+i%28, i%24, i%60, i, 100*i, i%9)
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := report.Parse("bench.txt", data, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseDevThread measures the reader on the dev thread (16 KB),
// when ../shared is there.
func BenchmarkParseDevThread(b *testing.B) {
	data, err := os.ReadFile(devThread)
	if err != nil {
		b.Skipf("skipping: %v", err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := report.Parse(devThread, data, report.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
