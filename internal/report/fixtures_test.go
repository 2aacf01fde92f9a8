package report_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/unrest-project/unrest/internal/report"
)

var update = flag.Bool("update", false, "rewrite golden files from the readers' current output")

// goldenReport is what a golden file holds: the parsed report without the
// decoded input, which the fixture itself is.
type goldenReport struct {
	Format   report.Format `json:"format"`
	Encoding string        `json:"encoding"`
	Title    string        `json:"title"`
	Posts    []report.Post `json:"posts"`
}

// runFixtures parses every input in testdata/DIR with default options (so
// format sniffing is tested too) and compares the result with the golden
// file beside it: NAME.golden.json for a report, NAME.err for an input that
// must fail, holding the error text. Run with -update to rewrite them, then
// read the diff.
func runFixtures(t *testing.T, dir string) {
	t.Helper()
	inputs := fixtureInputs(t, dir)
	if len(inputs) == 0 {
		t.Fatalf("no fixtures in testdata/%s", dir)
	}
	for _, path := range inputs {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r, perr := report.Parse(path, data, report.Options{})
			base := strings.TrimSuffix(path, filepath.Ext(path))
			errFile, goldFile := base+".err", base+".golden.json"
			if perr != nil {
				got := perr.Error() + "\n"
				var ie *report.InputError
				if !errors.As(perr, &ie) {
					t.Errorf("error %v is not an *InputError", perr)
				}
				compareGolden(t, errFile, []byte(got))
				return
			}
			got, err := json.MarshalIndent(goldenReport{r.Format, r.Encoding, r.Title, r.Posts}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			compareGolden(t, goldFile, got)
			for i, p := range r.Posts {
				if p.Start < 0 || p.End < p.Start || p.End > len(r.Input) {
					t.Errorf("post %d: offsets [%d,%d) outside the input of %d bytes", i, p.Start, p.End, len(r.Input))
				}
			}
		})
	}
}

func fixtureInputs(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join("testdata", dir))
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasSuffix(n, ".golden.json") || strings.HasSuffix(n, ".err") || strings.HasSuffix(n, ".md") {
			continue
		}
		paths = append(paths, filepath.Join("testdata", dir, n))
	}
	return paths
}

func compareGolden(t *testing.T, file string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", file, got, want)
	}
}

// addFuzzSeeds adds every fixture of testdata/DIR to the fuzz corpus.
func addFuzzSeeds(f *testing.F, dir string) {
	entries, err := os.ReadDir(filepath.Join("testdata", dir))
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasSuffix(n, ".golden.json") || strings.HasSuffix(n, ".err") || strings.HasSuffix(n, ".md") {
			continue
		}
		data, err := os.ReadFile(filepath.Join("testdata", dir, n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// checkFuzzResult holds for any input: either an *InputError, or a report
// whose posts have valid offsets and cleaned text.
func checkFuzzResult(t *testing.T, r *report.Report, err error) {
	t.Helper()
	if err != nil {
		var ie *report.InputError
		if !errors.As(err, &ie) {
			t.Fatalf("error is not an *InputError: %v", err)
		}
		return
	}
	for i, p := range r.Posts {
		if p.Start < 0 || p.End < p.Start || p.End > len(r.Input) {
			t.Fatalf("post %d: offsets [%d,%d) outside input of %d bytes", i, p.Start, p.End, len(r.Input))
		}
		if strings.Contains(p.Text, "\n\n\n") || strings.TrimSpace(p.Text) != p.Text {
			t.Fatalf("post %d: text not cleaned: %q", i, p.Text)
		}
		if p.Precision == report.PrecisionNone && !p.Published.IsZero() {
			t.Fatalf("post %d: precision none with a time", i)
		}
	}
}
