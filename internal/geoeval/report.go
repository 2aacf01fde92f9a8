package geoeval

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteJSON writes r as indented JSON, worst errors included.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("geoeval: write JSON report: %w", err)
	}
	return nil
}

// WriteText writes r as small tables; verbose adds the worst errors of the
// first (standard) scope.
func (r *Report) WriteText(w io.Writer, verbose bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	p := func(format string, args ...any) { fmt.Fprintf(tw, format, args...) }
	p("%s: %d articles, %.2f MB of text, mode %s\n", r.Dataset, r.Articles, float64(r.TextBytes)/1e6, r.Mode)
	o := r.Offsets
	p("gold offsets count %s: %d toponyms, %d at their offsets, %d realigned, %d left out\n",
		o.Unit, o.Toponyms, o.Matched, o.Realigned, o.Unaligned)
	for _, s := range r.Scopes {
		p("scope %s: %d gold toponyms, %d with coordinates\n", s.Scope, s.Gold, s.GoldCoords)
	}
	if r.Mode&EndToEnd != 0 {
		p("\nrecognition\tmatch\tgold\tpredicted\tignored\tprecision\trecall\tF1\n")
		for _, s := range r.Scopes {
			for _, m := range []struct {
				name string
				rec  *Recognition
			}{{"exact", s.Exact}, {"relaxed", s.Relaxed}} {
				c := m.rec
				p("%s\t%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\n", s.Scope, m.name, c.Gold, c.Predicted, c.Ignored, c.Precision, c.Recall, c.F1)
			}
		}
	}
	p("\nresolution\tspans\tn\tacc@161\texact id\tmean km\tmedian km\tAUC\tunresolved\n")
	for _, s := range r.Scopes {
		for _, m := range resolutions(s) {
			c := m.res
			p("%s\t%s\t%d\t%.3f\t%.3f\t%.0f\t%.1f\t%.3f\t%d\n", s.Scope, m.name, c.N, c.AccAt161, c.ExactID, c.MeanKm, c.MedianKm, c.AUC, c.Unresolved)
		}
	}
	p("\n")
	for _, t := range []struct {
		name string
		t    *Timing
	}{{"parse", r.Parse}, {"resolve", r.Resolve}} {
		if t.t != nil {
			p("timing %s: %.3f s, %.1f articles/s, %.3f MB/s\n", t.name, t.t.Seconds, t.t.ArticlesPerSec, t.t.MBPerSec)
		}
	}
	if c := r.Contract; c != (Contract{}) {
		p("contract: %d invalid spans, %d duplicate spans, %d articles with a wrong number of Resolve answers\n",
			c.InvalidSpans, c.DuplicateSpans, c.ResolveLength)
	}
	if verbose && len(r.Scopes) > 0 {
		s := r.Scopes[0]
		for _, m := range resolutions(s) {
			p("\nworst errors, %s scope, %s\n", s.Scope, m.name)
			p("text\tarticle\tspan\tgold id\tpred id\tkm\n")
			for _, c := range m.res.Worst {
				pred := fmt.Sprint(c.PredID)
				if !c.Found {
					pred = "unresolved"
				}
				p("%q\t%s\t%d-%d\t%d\t%s\t%.0f\n", c.Text, c.Article, c.Span.Start, c.Span.End, c.GoldID, pred, c.Km)
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("geoeval: write report: %w", err)
	}
	return nil
}

type namedResolution struct {
	name string
	res  *Resolution
}

func resolutions(s ScopeReport) []namedResolution {
	var out []namedResolution
	if s.EndToEnd != nil {
		out = append(out, namedResolution{"end-to-end", s.EndToEnd})
	}
	if s.GoldSpans != nil {
		out = append(out, namedResolution{"gold-spans", s.GoldSpans})
	}
	return out
}
