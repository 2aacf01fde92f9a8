package main

import (
	"context"
	"fmt"

	"github.com/unrest-project/unrest/internal/report"
)

func ingestCommand() command {
	return command{
		name:    "ingest",
		summary: "read reports and store them, once each; say which were new and which already known",
		usage:   "[flags] FILE|URL|DIR|-...",
		example: "  unrest ingest --db kz.db reports/ https://example.org/feed.xml\n  unrest ingest thread.txt   # a second run says \"known\"",
		run:     runIngest,
	}
}

func runIngest(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("ingest")
	fs := newFlagSet(c, e)
	var rf readFlags
	rf.register(fs)
	dbPath := dbFlag(fs, e)
	quiet := fs.Bool("quiet", false, "print only the summary line and errors")
	if err := parseFlags(fs, args); err != nil {
		return err
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

	targets := expandTargets(fs.Args())
	bar := newProgress(e.stderr, len(targets))
	var created, known int
	err = eachReport(ctx, e, l, targets, bar, func(t target, r *report.Report) error {
		saved, err := db.SaveReport(ctx, r)
		if err != nil {
			return err
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
			fmt.Fprintf(e.stdout, "%-6s report %-5d %s (%s, %d posts)\n", status, saved.ID, t.name, r.Format, len(r.Posts))
		}
		return nil
	})
	bar.clear()
	failed := len(targets) - created - known
	fmt.Fprintf(e.stdout, "%d new, %d already known, %d failed; database %s\n", created, known, failed, *dbPath)
	return err
}
