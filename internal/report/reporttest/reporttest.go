// Package reporttest reads folders of test reports, each with its own
// reader, for the tests and benchmarks of the packages that work on the
// text of reports (places, dates, events).
package reporttest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unrest-project/unrest/internal/report"
)

// Dir reads every report in dir, leaving out gold files and READMEs; it
// skips the test when dir holds none.
func Dir(tb testing.TB, dir string) []*report.Report {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []*report.Report
	for _, name := range names {
		if strings.HasSuffix(name, ".gold.json") || strings.HasSuffix(name, ".md") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		r, err := report.Parse(name, data, report.Options{})
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		tb.Skipf("no reports in %s", dir)
	}
	return out
}

// Posts returns the texts of the reports' posts and their size in bytes.
func Posts(rs []*report.Report) ([]string, int) {
	var texts []string
	size := 0
	for _, r := range rs {
		for _, p := range r.Posts {
			texts = append(texts, p.Text)
			size += len(p.Text)
		}
	}
	return texts, size
}
