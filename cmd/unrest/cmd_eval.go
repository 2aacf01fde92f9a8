package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/unrest-project/unrest/internal/eventeval"
	"github.com/unrest-project/unrest/internal/extract"
)

func evalCommand() command {
	return command{
		name:    "eval",
		summary: "extract the events of each gold file's document and score them as ../shared/eval/score.py does",
		usage:   "[flags] GOLD.json...|DIR",
		example: "  unrest eval ../shared/eval/dev/\n  unrest eval -v internal/extract/testdata/reports/",
		run:     runEval,
	}
}

func runEval(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("eval")
	fs := newFlagSet(c, e)
	verbose := fs.Bool("v", false, "list each document's misses and false alarms, as score.py does")
	asJSON := fs.Bool("json", false, "print one JSON line per document, as score.py --json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("eval: no gold file or folder given")
	}
	var golds []string
	for _, a := range fs.Args() {
		fi, err := os.Stat(a)
		if err != nil {
			return &inputError{err}
		}
		if !fi.IsDir() {
			golds = append(golds, a)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(a, "*.gold.json"))
		if err != nil {
			return err
		}
		if len(matches) == 0 {
			return &inputError{fmt.Errorf("%s: no *.gold.json files", a)}
		}
		sort.Strings(matches)
		golds = append(golds, matches...)
	}
	rf := defaultReadFlags()
	l, err := rf.loader(e)
	if err != nil {
		return err
	}
	var sumP, sumR, sumF float64
	n := 0
	for _, path := range golds {
		data, err := os.ReadFile(path)
		if err != nil {
			return &inputError{err}
		}
		var gold eventeval.Gold
		if err := json.Unmarshal(data, &gold); err != nil {
			return &inputError{fmt.Errorf("%s: not a gold file: %w", path, err)}
		}
		if gold.Doc == "" {
			return &inputError{fmt.Errorf("%s: no \"doc\"", path)}
		}
		r, err := l.Load(ctx, filepath.Join(filepath.Dir(path), gold.Doc))
		if err != nil {
			return &inputError{err}
		}
		var opts extract.Options
		if gold.Published != "" {
			if t, err := time.Parse(time.DateOnly, gold.Published); err == nil {
				opts.Published = t
			}
		}
		x, err := newExtractor(opts)
		if err != nil {
			return err
		}
		// Read the records back as the referee reads JSON.
		buf, err := json.Marshal(events(x, r))
		if err != nil {
			return err
		}
		var records []eventeval.Record
		if err := json.Unmarshal(buf, &records); err != nil {
			return err
		}
		res := eventeval.Score(gold, records)
		n++
		sumP, sumR, sumF = sumP+res.Precision, sumR+res.Recall, sumF+res.F1
		if *asJSON {
			line, _ := json.Marshal(res)
			fmt.Fprintln(e.stdout, string(line))
			continue
		}
		if *verbose {
			for _, g := range res.Misses {
				fmt.Fprintf(e.stdout, "miss:   %s %s [%s..%s] -- %.90s\n", strings.Trim(string(g.Type), `"`), placeName(g.Place), g.Date.Start, g.Date.End, g.Evidence)
			}
			for _, rec := range res.Alarms {
				name := ""
				if rec.Place != nil {
					name = placeName(*rec.Place)
				}
				why := ""
				if len(rec.Evidence) > 0 {
					why = " -- " + rec.Evidence[0].Text
				}
				fmt.Fprintf(e.stdout, "extra:  %s @ %s [%s..%s]%.110s\n", rec.Type, name, rec.Date.Start, rec.Date.End, why)
			}
		}
		// The referee's own line, numbers written as Python writes them.
		fmt.Fprintf(e.stdout, "%s: precision %s recall %s F1 %s (%d of %d required, %d records); counts %d/%d\n",
			res.Doc, pyFloat(res.Precision), pyFloat(res.Recall), pyFloat(res.F1), res.Hits, res.Required, res.Records, res.CountsOK, res.CountsAll)
	}
	if n > 1 && !*asJSON {
		fmt.Fprintf(e.stdout, "macro over %d documents: precision %.3f recall %.3f F1 %.3f\n", n, sumP/float64(n), sumR/float64(n), sumF/float64(n))
	}
	return nil
}

// pyFloat writes a float as Python's str() does for these values: the
// shortest form, with ".0" on whole numbers.
func pyFloat(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func placeName(p eventeval.Place) string {
	switch {
	case p.Name != "":
		return p.Name
	case p.Admin1Code != "":
		return p.Admin1Code
	}
	return p.Country
}
