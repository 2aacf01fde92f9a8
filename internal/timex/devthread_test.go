package timex_test

import (
	"os"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/timex"
)

const devThread = "../../../shared/eval/dev/kz-2022-forum-thread.txt"

// TestDevThread: with each post anchored on its own stamp, the dev
// thread's dates resolve as a reader resolves them.
func TestDevThread(t *testing.T) {
	data, err := os.ReadFile(devThread)
	if os.IsNotExist(err) {
		t.Skipf("skipping: %s not found (the shared evaluation folder sits beside the repository)", devThread)
	}
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Parse(devThread, data, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]timex.Expression{}
	tg := &timex.Tagger{}
	for _, p := range r.Posts {
		for _, e := range tg.Tag(p.Text, p.Published) {
			got[e.Text] = e
		}
	}
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	for text, want := range map[string][2]string{
		"January Fifth 2022":          {"2022-01-05", "2022-01-05"},
		"the first day of 2022":       {"2022-01-01", "2022-01-01"},
		"2011":                        {"2011-01-01", "2011-12-31"},
		"yesterday evening 4 January": {"2022-01-04", "2022-01-04"},
		"dawn today 5 January":        {"2022-01-05", "2022-01-05"},
		"January 3":                   {"2022-01-03", "2022-01-03"},
		"December 2021":               {"2021-12-01", "2021-12-31"},
	} {
		e, ok := got[text]
		if !ok || !e.Span.Start.Equal(day(want[0])) || !e.Span.End.Equal(day(want[1])) {
			t.Errorf("%q: got %v (found %v), want %s..%s", text, e.Span, ok, want[0], want[1])
		}
	}
	if e := got["ten years ago"]; !e.HasSpan() || e.Precision != timex.Vague || e.Span.Start.After(day("2011-12-01")) || e.Span.End.Before(day("2011-12-31")) {
		t.Errorf("ten years ago: %+v, want a vague span including 2011-12", e)
	}
	if e := got["last summer"]; !e.Span.Start.Equal(day("2021-06-01")) {
		t.Errorf("since last summer: %+v, want a span from summer 2021", e)
	}
	for _, text := range []string{"six months", "two-week", "seven-month", "180 days"} {
		if e, ok := got[text]; !ok || e.Type != timex.Duration {
			t.Errorf("%q: %+v, want a duration", text, e)
		}
	}
}
