package main

import (
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/unrest-project/unrest/internal/timex"
)

// runBenchSentences measures the date tagger on a sentence set
// (internal/timex/testdata/sentences.tsv): accuracy (the span of the
// sentence's date equals the gold span) and sentences per second on one
// goroutine, over at least three seconds.
func runBenchSentences(e *env, path string, monthFirst, verbose bool) error {
	f, err := os.Open(path)
	if err != nil {
		return &inputError{err}
	}
	defer f.Close()
	set, err := timex.ReadSentences(f, path)
	if err != nil {
		return &inputError{err}
	}
	if len(set) == 0 {
		return &inputError{fmt.Errorf("%s: no sentences", path)}
	}
	tg := &timex.Tagger{MonthFirst: monthFirst}
	correct := 0
	byNote := map[string][2]int{}
	var misses []string
	for _, s := range set {
		got, ok := tg.MainSpan(s.Text, s.Reference)
		c := byNote[s.Note]
		c[1]++
		if ok && got.Start.Equal(s.Gold.Start) && got.End.Equal(s.Gold.End) {
			correct++
			c[0]++
		} else {
			g := "nothing"
			if ok {
				g = got.Start.Format(time.DateOnly) + ".." + got.End.Format(time.DateOnly)
			}
			misses = append(misses, fmt.Sprintf("  %s [%s] %q: got %s, want %s..%s", s.ID, s.Note, s.Text, g,
				s.Gold.Start.Format(time.DateOnly), s.Gold.End.Format(time.DateOnly)))
		}
		byNote[s.Note] = c
	}
	start := time.Now()
	n := 0
	for time.Since(start) < 3*time.Second {
		for _, s := range set {
			tg.MainSpan(s.Text, s.Reference)
		}
		n += len(set)
	}
	rate := float64(n) / time.Since(start).Seconds()
	fmt.Fprintf(e.stdout, "unrest timex: %d sentences, %d correct, accuracy %.3f, %.0f sentences/s (one goroutine)\n",
		len(set), correct, float64(correct)/float64(len(set)), rate)
	if verbose {
		notes := make([]string, 0, len(byNote))
		for k := range byNote {
			notes = append(notes, k)
		}
		sort.Strings(notes)
		for _, k := range notes {
			fmt.Fprintf(e.stdout, "  %-18s %d/%d\n", k, byNote[k][0], byNote[k][1])
		}
		for _, m := range misses {
			fmt.Fprintln(e.stdout, m)
		}
	}
	return nil
}
