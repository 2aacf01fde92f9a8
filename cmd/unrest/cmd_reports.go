package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/unrest-project/unrest/internal/store"
)

func reportsCommand() command {
	return command{
		name:    "reports",
		summary: "list stored reports, newest first",
		usage:   "[flags]",
		example: "  unrest reports --db kz.db --limit 20",
		run:     runReports,
	}
}

func runReports(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("reports")
	fs := newFlagSet(c, e)
	dbPath := dbFlag(fs, e)
	limit := fs.Int("limit", 0, "list at most this many (0: all)")
	offset := fs.Int("offset", 0, "skip this many of the newest first")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("reports: unexpected argument %q", fs.Arg(0))
	}
	db, err := openExistingDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	list, err := db.Reports(ctx, store.ReportFilter{Limit: *limit, Offset: *offset})
	if err != nil {
		return err
	}
	if *asJSON {
		type item struct {
			ID         int64  `json:"id"`
			Title      string `json:"title"`
			Format     string `json:"format"`
			Encoding   string `json:"encoding"`
			Posts      int    `json:"posts"`
			Size       int    `json:"size"`
			Hash       string `json:"sha256"`
			IngestedAt string `json:"ingested_at"`
			Sources    any    `json:"sources"`
		}
		out := []item{}
		for _, r := range list {
			out = append(out, item{r.ID, r.Title, string(r.Format), r.Encoding, r.PostCount, r.Size, r.Hash,
				r.IngestedAt.UTC().Format("2006-01-02T15:04:05Z"), r.Sources})
		}
		return writeJSON(e.stdout, out)
	}
	if len(list) == 0 {
		fmt.Fprintf(e.stdout, "no reports in %s (add some with unrest ingest)\n", *dbPath)
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tFORMAT\tPOSTS\tINGESTED\tTITLE\tSOURCE")
	for _, r := range list {
		src := ""
		if len(r.Sources) > 0 {
			src = r.Sources[0].Location
			if len(r.Sources) > 1 {
				src += fmt.Sprintf(" (+%d)", len(r.Sources)-1)
			}
		}
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\n", r.ID, r.Format, r.PostCount,
			r.IngestedAt.UTC().Format("2006-01-02 15:04"), shorten(r.Title, 48), src)
	}
	return tw.Flush()
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func showCommand() command {
	return command{
		name:    "show",
		summary: "print one stored report with its posts",
		usage:   "[flags] ID",
		example: "  unrest show --db kz.db 3\n  unrest show --json 3",
		run:     runShow,
	}
}

func runShow(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("show")
	fs := newFlagSet(c, e)
	dbPath := dbFlag(fs, e)
	asJSON := fs.Bool("json", false, "print JSON, in the shape of parse --json with the id and every source")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("show: want one report ID, got %d arguments", fs.NArg())
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil || id <= 0 {
		return usagef("show: %q is not a report ID (a positive number; see unrest reports)", fs.Arg(0))
	}
	db, err := openExistingDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	sr, err := db.Report(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return &inputError{fmt.Errorf("no report %d in %s", id, *dbPath)}
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, toJSON(sr.Report, sr.ID, sr.Sources))
	}
	header := []string{fmt.Sprintf("report %d, ingested %s, sha256 %s", sr.ID, sr.IngestedAt.UTC().Format("2006-01-02 15:04 UTC"), sr.Hash[:16])}
	for _, s := range sr.Sources {
		header = append(header, fmt.Sprintf("%s %s", s.Kind, s.Location))
	}
	writeReport(e.stdout, sr.Report, header)
	return nil
}
