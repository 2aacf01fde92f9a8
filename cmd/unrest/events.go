package main

import (
	"fmt"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/gazetteer"
	"github.com/unrest-project/unrest/internal/geoparse"
	"github.com/unrest-project/unrest/internal/incident"
	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/timex"
)

// newExtractor builds the event extractor on the embedded gazetteer.
func newExtractor(opts extract.Options) (*extract.Extractor, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	return &extract.Extractor{Options: opts, Places: geoparse.New(g), Dates: &timex.Tagger{}}, nil
}

// events extracts a report's events and merges those told twice.
func events(x *extract.Extractor, r *report.Report) []extract.Event {
	ev := incident.Merge(x.Extract(r))
	if ev == nil {
		ev = []extract.Event{}
	}
	return ev
}

// warnUndated tells the user, on stderr, that a report carries no date
// of its own and none was given: its events are dated from the latest
// day it writes out in full, or, where it writes none, not at all (and
// so not reported).
func warnUndated(e *env, cmd string, x *extract.Extractor, opts extract.Options, name string, r *report.Report) {
	if !opts.Published.IsZero() || !extract.Undated(r) {
		return
	}
	if day, ok := x.TextAnchor(r); ok {
		fmt.Fprintf(e.stderr, "%s: %s: no post carries a date; read against %s, the latest day it writes (set --published to change it)\n",
			cmd, name, day.Format(time.DateOnly))
		return
	}
	fmt.Fprintf(e.stderr, "%s: %s: no post carries a date and the text writes none in full, so no event can be dated; set --published YYYY-MM-DD\n", cmd, name)
}
