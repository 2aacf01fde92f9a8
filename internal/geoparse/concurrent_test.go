package geoparse_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/unrest-project/unrest/internal/report"
)

// TestConcurrentParse parses the posts of our test reports on four
// goroutines sharing one parser (and its cache of names, pools and the
// judgements it keeps per name) and checks every result against a
// parse on a fresh parser of its own. Run it with -race.
func TestConcurrentParse(t *testing.T) {
	names, _ := filepath.Glob("../extract/testdata/reports/*")
	var posts []string
	for _, name := range names {
		if strings.HasSuffix(name, ".gold.json") || strings.HasSuffix(name, ".md") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		r, err := report.Parse(name, data, report.Options{})
		if err != nil {
			continue
		}
		for _, p := range r.Posts {
			posts = append(posts, p.Text)
		}
	}
	posts = append(posts, "Protests spread from Zhanaozen to Aktau, Mangystau, and to Almaty. Kelly said Paris, Texas was calm.")
	want := make([]string, len(posts))
	for i, text := range posts {
		want[i] = fmt.Sprintf("%+v", parser(t).Parse(text))
	}
	shared := parser(t)
	shared.Features, shared.Demonyms = false, false
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 3 * len(posts) {
				i := (k + g*7) % len(posts)
				if got := fmt.Sprintf("%+v", shared.Parse(posts[i])); got != want[i] {
					t.Errorf("goroutine %d, post %d: got %s, want %s", g, i, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}
