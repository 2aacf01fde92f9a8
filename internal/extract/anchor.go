package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/timex"
)

// Undated reports whether no post of r carries a date of its own: its
// dates are read against Options.Published or, without it, against the
// latest day the report writes out in full (TextAnchor).
func Undated(r *report.Report) bool {
	for _, p := range r.Posts {
		if p.Text != "" && p.HasTime() {
			return false
		}
	}
	return true
}

// TextAnchor returns the latest day that the posts of r write out in
// full, year included ("on 5 August 2024"), and whether there is one: the
// day a text that carries no date of its own is read against, as a
// reader of a pasted article takes its newest date for "now". Days with
// no year written are not counted: they need an anchor themselves.
func (x *Extractor) TextAnchor(r *report.Report) (time.Time, bool) {
	var latest time.Time
	// (Any reference day: the days counted name their year.)
	ref := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range r.Posts {
		for _, e := range x.Dates.Tag(p.Text, ref) {
			if e.Precision != timex.Day || e.Span.Start.IsZero() ||
				!strings.Contains(e.Text, strconv.Itoa(e.Span.Start.Year())) {
				continue
			}
			if e.Span.End.After(latest) {
				latest = e.Span.End // (spans are inclusive)
			}
		}
	}
	return latest, !latest.IsZero()
}
