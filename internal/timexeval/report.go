package timexeval

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteJSON writes the report as indented JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("timexeval: write JSON: %w", err)
	}
	return nil
}

// WriteText writes the report as small tables: gold counts, then per scope
// strict and relaxed extraction, value and type F1. Verbose adds the
// per-document counts and every miss.
func (r *Report) WriteText(w io.Writer, verbose bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "TempEval-3 Task A (TIMEX3): %d documents, %d gold: ", r.Documents, r.Gold[""])
	for i, t := range Types {
		if i > 0 {
			fmt.Fprint(tw, ", ")
		}
		fmt.Fprintf(tw, "%s %d", t, r.Gold[t])
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "scope\tmeasure\tP\tR\tF1\tTP\tsys\tgold\t")
	for _, s := range r.Scopes {
		sc := s.Scores
		for _, row := range []struct {
			name string
			prf  PRF
		}{{"strict", sc.Strict}, {"relaxed", sc.Relaxed}, {"value", sc.Value}, {"type", sc.Type}} {
			p := row.prf
			fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\t\n",
				s.Scope, row.name, 100*p.Precision, 100*p.Recall, 100*p.F1, p.TP, p.Sys, p.Gold)
		}
		fmt.Fprintf(tw, "%s\tvalue accuracy\t\t\t%.2f\t%d\t%d\t\t\n", s.Scope, 100*sc.ValueAccuracy, s.Counts.Value, s.Counts.Relaxed)
		fmt.Fprintf(tw, "%s\ttype accuracy\t\t\t%.2f\t%d\t%d\t\t\n", s.Scope, 100*sc.TypeAccuracy, s.Counts.Type, s.Counts.Relaxed)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("timexeval: write text: %w", err)
	}
	t := r.Timing
	fmt.Fprintf(w, "tagging: %.3fs, %.1f documents/s, %.1fk code points/s", t.Seconds, t.DocsPerSecond, t.KCodePointsPerSecond)
	if r.Invalid > 0 {
		fmt.Fprintf(w, "; %d invalid spans", r.Invalid)
	}
	fmt.Fprintln(w)
	if !verbose {
		return nil
	}
	fmt.Fprintln(w, "\nper document (all types):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "document\tgold\tsys\tstrict\trelaxed\tvalue\ttype")
	for _, d := range r.PerDoc {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\n", d.ID, d.Gold, d.Sys, d.Strict, d.Relaxed, d.Value, d.Type)
	}
	fmt.Fprintf(tw, "\nmisses (%d):\n", len(r.Misses))
	fmt.Fprintln(tw, "document\tkind\tgold text\tgold type/value\tpredicted text\tpredicted type/value")
	for _, m := range r.Misses {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", m.Doc, m.Kind, quote(m.GoldText, m.Gold), typeValue(m.Gold), quote(m.SysText, m.Sys), typeValue(m.Sys))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("timexeval: write text: %w", err)
	}
	return nil
}

func quote(s string, t *Timex) string {
	if t == nil {
		return "-"
	}
	return fmt.Sprintf("%q", s)
}

func typeValue(t *Timex) string {
	if t == nil {
		return "-"
	}
	return t.Type + " " + t.Value
}
