package main

import (
	"fmt"

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
