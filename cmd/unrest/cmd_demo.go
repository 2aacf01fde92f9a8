package main

import (
	"context"
	"embed"
	"fmt"
	"github.com/unrest-project/unrest/internal/extract"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/store"
)

// samples are reports we wrote for the demo, one per input format.
//
//go:embed samples
var samples embed.FS

func demoCommand() command {
	return command{
		name:    "demo",
		summary: "ingest the bundled sample reports into a temporary SQLite database and print them",
		usage:   "[flags]",
		example: "  unrest demo\n  unrest demo --db demo.db   # keep the database",
		run:     runDemo,
	}
}

func runDemo(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("demo")
	fset := newFlagSet(c, e)
	dbPath := fset.String("db", "", "keep the database in this file (default: a temporary one, removed at the end)")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	if fset.NArg() > 0 {
		return usagef("demo: unexpected argument %q", fset.Arg(0))
	}
	file := *dbPath
	if file == "" {
		dir, err := os.MkdirTemp("", "unrest-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		file = filepath.Join(dir, "demo.db")
	}
	db, err := openDB(ctx, file)
	if err != nil {
		return err
	}
	defer db.Close()

	names, err := fs.Glob(samples, "samples/*")
	if err != nil {
		return err
	}
	x, err := newExtractor(extract.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Ingesting %d sample reports into %s: posts, then events merged across reports\n\n", len(names), file)
	for _, name := range names {
		data, err := samples.ReadFile(name)
		if err != nil {
			return err
		}
		r, err := report.Parse(name, data, report.Options{})
		if err != nil {
			return fmt.Errorf("demo: bundled sample: %w", err)
		}
		r.Source = report.Source{Kind: report.SourceFile, Location: name}
		saved, err := db.SaveReport(ctx, r)
		if err != nil {
			return err
		}
		es, err := db.SaveEvents(ctx, saved.ID, events(x, r))
		if err != nil {
			return fmt.Errorf("demo: %s: %w", name, err)
		}
		fmt.Fprintf(e.stdout, "  report %d  %-40s %-8s %d posts  %2d events (%d new, %d merged into known ones)\n",
			saved.ID, path.Base(name), r.Format, len(r.Posts), es.Created+es.Merged, es.Created, es.Merged)
	}
	list, err := db.Reports(ctx, store.ReportFilter{})
	if err != nil {
		return err
	}
	for i := len(list) - 1; i >= 0; i-- {
		sr, err := db.Report(ctx, list[i].ID)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "\n══ report %d ══════════════════════════════════════════\n", sr.ID)
		writeReport(e.stdout, sr.Report, []string{fmt.Sprintf("%s %s", sr.Report.Source.Kind, sr.Report.Source.Location)})
	}
	stored, err := db.Events(ctx, store.EventFilter{})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\n══ %d events ══════════════════════════════════════════\n", len(stored))
	writeEventTable(e.stdout, stored)
	fmt.Fprintf(e.stdout, "\nTry: unrest parse FILE, unrest ingest FILE|DIR|URL, unrest events --format csv|geojson, unrest reports, unrest show ID (unrest help).\n")
	return nil
}
