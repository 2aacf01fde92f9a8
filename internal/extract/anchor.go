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
// reader of a pasted article takes its newest date for "now". A day
// written without its year counts only in the month after that one:
// alone it needs an anchor itself.
func (x *Extractor) TextAnchor(r *report.Report) (time.Time, bool) {
	var latest time.Time
	// (Any reference day: the days counted name their year.)
	ref := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	var noYear []time.Time // days written without their year, as month and day
	for _, p := range r.Posts {
		for _, e := range x.Dates.Tag(p.Text, ref) {
			if e.Precision != timex.Day || e.Span.Start.IsZero() {
				continue
			}
			if !strings.Contains(e.Text, strconv.Itoa(e.Span.Start.Year())) {
				noYear = append(noYear, e.Span.Start)
				continue
			}
			if e.Span.End.After(latest) {
				latest = e.Span.End // (spans are inclusive)
			}
		}
	}
	if latest.IsZero() {
		return latest, false
	}
	// "2 January 2022 ... on 5 January": a day written without its year,
	// within a month after the latest full date, is in that year and
	// later (a text does not tell of a day after it was written).
	for _, d := range noYear {
		day := time.Date(latest.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		if day.After(latest) && day.Sub(latest) <= anchorReach {
			latest = day
		}
	}
	return latest, true
}

// anchorReach is how far after a text's latest full date a day it writes
// without its year may lie and still move the text's own date.
const anchorReach = 31 * 24 * time.Hour
