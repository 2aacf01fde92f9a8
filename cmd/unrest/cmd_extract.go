package main

import (
	"context"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/report"
)

func extractCommand() command {
	return command{
		name:    "extract",
		summary: "read reports and print their events (FORMAT.md records) as JSON, CSV or GeoJSON",
		usage:   "[flags] FILE|URL|DIR|-...",
		example: "  unrest extract --published 2022-01-05 article.txt\n  unrest extract --format geojson thread.txt > events.geojson",
		run:     runExtract,
	}
}

func runExtract(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("extract")
	fs := newFlagSet(c, e)
	var rf readFlags
	rf.register(fs)
	published := fs.String("published", "", "anchor date (YYYY-MM-DD) for texts that carry no date of their own")
	format := fs.String("format", extract.FormatJSON, "output: json ({\"events\": [...]}), csv or geojson")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch *format {
	case extract.FormatJSON, extract.FormatCSV, extract.FormatGeoJSON:
	default:
		return usagef("extract: -format %q: want json, csv or geojson", *format)
	}
	var opts extract.Options
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			return usagef("extract: -published %q: want a day as YYYY-MM-DD", *published)
		}
		opts.Published = t
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("extract: no input given")
	}
	l, err := rf.loader(e)
	if err != nil {
		return err
	}
	x, err := newExtractor(opts)
	if err != nil {
		return err
	}
	all := []extract.Event{}
	err = eachReport(ctx, e, l, expandTargets(fs.Args()), nil, func(t target, r *report.Report) error {
		warnUndated(e, "extract", x, opts, t.name, r)
		all = append(all, events(x, r)...)
		return nil
	})
	// The events of the inputs that could be read are printed even when
	// others failed: a batch never dies on one bad file.
	if werr := extract.Write(e.stdout, *format, all); werr != nil {
		return werr
	}
	return err
}
