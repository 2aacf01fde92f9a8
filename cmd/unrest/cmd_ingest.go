package main

import (
	"context"
	"fmt"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/store"
)

func ingestCommand() command {
	return command{
		name:    "ingest",
		summary: "store reports once each, and their events merged with the stored ones; say what was new",
		usage:   "[flags] FILE|URL|DIR|-...",
		example: "  unrest ingest --db kz.db reports/ https://example.org/feed.xml\n  unrest ingest thread.txt   # a second run says \"known\" and adds nothing\n  unrest ingest --no-events archive/",
		run:     runIngest,
	}
}

// eventTally counts what saving events did, for one report or a run.
type eventTally struct{ created, merged int }

func (t *eventTally) add(s store.EventsSaved) {
	t.created += s.Created
	t.merged += s.Merged
}

func (t eventTally) String() string {
	return fmt.Sprintf("%d events: %d new, %d merged into known ones", t.created+t.merged, t.created, t.merged)
}

func runIngest(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("ingest")
	fs := newFlagSet(c, e)
	var rf readFlags
	rf.register(fs)
	dbPath := dbFlag(fs, e)
	quiet := fs.Bool("quiet", false, "print only the summary line and errors")
	noEvents := fs.Bool("no-events", false, "only store the reports; read no events from them (a later ingest without it reads them)")
	published := fs.String("published", "", "anchor date (YYYY-MM-DD) for texts that carry no date of their own")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	var opts extract.Options
	if *published != "" {
		t, err := time.Parse(time.DateOnly, *published)
		if err != nil {
			return usagef("ingest: -published %q: want a day as YYYY-MM-DD", *published)
		}
		opts.Published = t
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("ingest: no input given")
	}
	l, err := rf.loader(e)
	if err != nil {
		return err
	}
	db, err := openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()

	// The extractor loads the gazetteer: built once, and only when a
	// report needs reading for events.
	var x *extract.Extractor
	extractor := func() (*extract.Extractor, error) {
		if x != nil {
			return x, nil
		}
		nx, err := newExtractor(opts)
		if err != nil {
			return nil, err
		}
		x = nx
		return x, nil
	}

	targets := expandTargets(fs.Args())
	bar := newProgress(e.stderr, len(targets))
	var created, known int
	var total eventTally
	err = eachReport(ctx, e, l, targets, bar, func(t target, r *report.Report) error {
		saved, err := db.SaveReport(ctx, r)
		if err != nil {
			return err
		}
		// A report is read for events once: when it is new, or known but
		// stored without them (--no-events, or a run that stopped between
		// the report and its events).
		var tally *eventTally
		if !*noEvents && !saved.EventsSaved {
			x, err := extractor()
			if err != nil {
				return fmt.Errorf("%s: %w", t.name, err)
			}
			bar.clear()
			warnUndated(e, "ingest", x, opts, t.name, r)
			es, err := db.SaveEvents(ctx, saved.ID, events(x, r))
			if err != nil {
				return fmt.Errorf("%s: report %d stored, its events not: %w", t.name, saved.ID, err)
			}
			tally = &eventTally{}
			tally.add(es)
			total.add(es)
		}
		status := "known"
		if saved.Created {
			status = "new"
			created++
		} else {
			known++
		}
		if !*quiet {
			bar.clear()
			fmt.Fprintf(e.stdout, "%-6s report %-5d %s (%s, %d posts", status, saved.ID, t.name, r.Format, len(r.Posts))
			if tally != nil {
				fmt.Fprintf(e.stdout, "; %d events: %d new, %d merged", tally.created+tally.merged, tally.created, tally.merged)
			}
			fmt.Fprintln(e.stdout, ")")
		}
		return nil
	})
	bar.clear()
	failed := len(targets) - created - known
	fmt.Fprintf(e.stdout, "%d new, %d already known, %d failed; ", created, known, failed)
	if !*noEvents {
		fmt.Fprintf(e.stdout, "%v; ", total)
	}
	fmt.Fprintf(e.stdout, "database %s\n", *dbPath)
	return err
}
