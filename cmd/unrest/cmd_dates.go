package main

import (
	"context"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/timex"
)

func datesCommand() command {
	return command{
		name:    "dates",
		summary: "find date expressions and resolve them to days, each post anchored on its own date",
		usage:   "[flags] FILE|URL|-...",
		example: "  unrest dates thread.txt\n  echo 'Police moved in yesterday evening.' | unrest dates --json --anchor 2022-01-05 -",
		run:     runDates,
	}
}

// jsonDate is one expression in dates --json.
type jsonDate struct {
	Post      *int      `json:"post,omitempty"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Text      string    `json:"text"`
	Type      string    `json:"type"`
	Value     string    `json:"value"`
	Span      *jsonSpan `json:"span"`
	Precision string    `json:"precision,omitempty"`
	Conflict  string    `json:"conflict,omitempty"`
	Anchor    string    `json:"anchor"`
}

type jsonSpan struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

func runDates(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("dates")
	fs := newFlagSet(c, e)
	var rf readFlags
	rf.register(fs)
	anchorFlag := fs.String("anchor", "", "day (YYYY-MM-DD) that anchors texts and posts with no date of their own (default: today)")
	monthFirst := fs.Bool("month-first", false, "read all-numeric dates such as 5/1/2022 month first (US style); values that fit one order only decide anyway")
	asJSON := fs.Bool("json", false, `print {"dates": [{"start", "end", "text", "type", "value", "span": {"start", "end"}, "precision"}]}; offsets in code points`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	anchor := time.Now().UTC()
	if *anchorFlag != "" {
		t, err := time.Parse(time.DateOnly, *anchorFlag)
		if err != nil {
			return usagef("dates: -anchor %q: want a day as YYYY-MM-DD", *anchorFlag)
		}
		anchor = t
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("dates: no input given")
	}
	l, err := rf.loader(e)
	if err != nil {
		return err
	}
	tg := &timex.Tagger{MonthFirst: *monthFirst}
	return eachReport(ctx, e, l, expandTargets(fs.Args()), nil, func(_ target, r *report.Report) error {
		out := []jsonDate{}
		add := func(post *int, a time.Time, exprs []timex.Expression) {
			for _, x := range exprs {
				d := jsonDate{Post: post, Start: x.Start, End: x.End, Text: x.Text, Type: string(x.Type), Value: x.Value,
					Precision: string(x.Precision), Conflict: x.Conflict, Anchor: a.Format(time.DateOnly)}
				if x.HasSpan() {
					d.Span = &jsonSpan{x.Span.Start.Format(time.DateOnly), x.Span.End.Format(time.DateOnly)}
				}
				out = append(out, d)
			}
		}
		if r.Format == report.FormatText && len(r.Posts) <= 1 {
			a := anchor
			if len(r.Posts) == 1 && r.Posts[0].HasTime() {
				a = r.Posts[0].Published
			}
			add(nil, a, tg.Tag(r.Input, a))
		} else {
			// Each post on its own date: a comment of 8 January saying
			// "yesterday" means 7 January.
			for i, p := range r.Posts {
				a := anchor
				if p.HasTime() {
					a = p.Published
				}
				add(&i, a, tg.Tag(p.Text, a))
			}
		}
		if *asJSON {
			return writeJSON(e.stdout, struct {
				Dates []jsonDate `json:"dates"`
			}{out})
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "AT\tTEXT\tTYPE\tVALUE\tSPAN\tANCHOR")
		for _, d := range out {
			at := atLabel(d.Post, d.Start, d.End)
			span := ""
			if d.Span != nil {
				span = d.Span.Start
				if d.Span.End != d.Span.Start {
					span += ".." + d.Span.End
				}
			}
			if d.Conflict != "" {
				span += " (!)"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", at, d.Text, d.Type, d.Value, span, d.Anchor)
		}
		return tw.Flush()
	})
}
