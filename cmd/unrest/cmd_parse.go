package main

import (
	"context"
	"fmt"

	"github.com/unrest-project/unrest/internal/report"
)

func parseCommand() command {
	return command{
		name:    "parse",
		summary: "read reports and print their posts: author, time, quote mark, text",
		usage:   "[flags] FILE|URL|DIR|-...",
		example: "  unrest parse thread.txt\n  unrest parse --json https://example.org/feed.xml\n  cat export/result.json | unrest parse --json -",
		run:     runParse,
	}
}

func runParse(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("parse")
	fs := newFlagSet(c, e)
	var rf readFlags
	rf.register(fs)
	asJSON := fs.Bool("json", false, "print JSON: one object per input, {\"title\", \"posts\": [{\"author\", \"published\", \"precision\", \"quote\", \"text\"}]}")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("parse: no input given")
	}
	l, err := rf.loader(e)
	if err != nil {
		return err
	}
	first := true
	return eachReport(ctx, e, l, expandTargets(fs.Args()), nil, func(_ target, r *report.Report) error {
		if *asJSON {
			return writeJSON(e.stdout, toJSON(r, 0, nil))
		}
		if !first {
			fmt.Fprintln(e.stdout)
		}
		first = false
		writeReport(e.stdout, r, []string{fmt.Sprintf("%s %s", r.Source.Kind, r.Source.Location)})
		return nil
	})
}
