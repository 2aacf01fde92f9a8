package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/store"
)

func eventsCommand() command {
	return command{
		name:    "events",
		summary: "list stored events, merged across reports, as JSON, CSV or GeoJSON",
		usage:   "[flags]",
		example: "  unrest events --db kz.db --country KZ --since 2022-01-01\n  unrest events --format geojson --type protest > protests.geojson",
		run:     runEvents,
	}
}

func runEvents(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("events")
	fs := newFlagSet(c, e)
	dbPath := dbFlag(fs, e)
	format := fs.String("format", extract.FormatJSON, "output: json ({\"events\": [...]}), csv or geojson")
	typ := fs.String("type", "", "only events of this type (protest, strike, riot, … as FORMAT.md lists them)")
	country := fs.String("country", "", "only events in this country (ISO 3166-1 alpha-2 code, e.g. KZ)")
	since := fs.String("since", "", "only events that end on or after this day (YYYY-MM-DD)")
	until := fs.String("until", "", "only events that start on or before this day (YYYY-MM-DD)")
	reportID := fs.Int64("report", 0, "only events told by this report (its ID; see unrest reports)")
	limit := fs.Int("limit", 0, "list at most this many (0: all)")
	offset := fs.Int("offset", 0, "skip this many of the earliest first")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("events: unexpected argument %q", fs.Arg(0))
	}
	f, err := eventFilter(*typ, *country, *since, *until, *reportID, *limit, *offset)
	if err != nil {
		return err
	}
	switch *format {
	case extract.FormatJSON, extract.FormatCSV, extract.FormatGeoJSON:
	default:
		return usagef("events: -format %q: want json, csv or geojson", *format)
	}
	db, err := openExistingDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	list, err := db.Events(ctx, f)
	if errors.Is(err, store.ErrInvalid) {
		return usagef("events: %v", err)
	}
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	out := make([]extract.Event, len(list))
	for i, se := range list {
		out[i] = se.Event
	}
	if err := extract.Write(e.stdout, *format, out); err != nil {
		return fmt.Errorf("events: write %s: %w", *format, err)
	}
	return nil
}

// eventFilter checks the events command's flags and turns them into a
// store filter; a bad value is a usage error.
func eventFilter(typ, country, since, until string, reportID int64, limit, offset int) (store.EventFilter, error) {
	f := store.EventFilter{Type: extract.Type(typ), Report: reportID, Limit: limit, Offset: offset}
	if typ != "" && !f.Type.Valid() {
		names := make([]string, len(extract.Types))
		for i, t := range extract.Types {
			names[i] = string(t)
		}
		return f, usagef("events: -type %q: want one of %s", typ, strings.Join(names, ", "))
	}
	if country != "" {
		if len(country) != 2 || strings.Trim(strings.ToUpper(country), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return f, usagef("events: -country %q: want a two-letter ISO code such as KZ", country)
		}
		f.Country = strings.ToUpper(country)
	}
	for _, d := range []struct{ name, day string }{{"since", since}, {"until", until}} {
		if d.day == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.day); err != nil {
			return f, usagef("events: -%s %q: want a day as YYYY-MM-DD", d.name, d.day)
		}
	}
	if since != "" && until != "" && until < since {
		return f, usagef("events: -until %s is before -since %s", until, since)
	}
	f.Since, f.Until = since, until
	switch {
	case reportID < 0:
		return f, usagef("events: -report %d: want a report ID (a positive number)", reportID)
	case limit < 0:
		return f, usagef("events: -limit %d: want 0 (all) or more", limit)
	case offset < 0:
		return f, usagef("events: -offset %d: want 0 or more", offset)
	}
	return f, nil
}
