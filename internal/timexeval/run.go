package timexeval

import (
	"time"
	"unicode/utf8"
)

// Report is the outcome of one [Run].
type Report struct {
	Dir       string         `json:"dir"`
	Documents int            `json:"documents"`
	Gold      map[string]int `json:"gold"` // gold expressions by type; "" holds the total
	Scopes    []ScopeReport  `json:"scopes"`
	PerDoc    []DocReport    `json:"per_document"`
	// Invalid counts predictions whose span is empty, reversed or outside
	// the text; they match nothing and count as false positives.
	Invalid int    `json:"invalid"`
	Timing  Timing `json:"timing"`
	// Misses lists every error of the tagger, in document order.
	Misses []Miss `json:"misses"`
}

// ScopeReport holds the counts and scores of one [Scope].
type ScopeReport struct {
	Scope  Scope  `json:"scope"`
	Counts Counts `json:"counts"`
	Scores Scores `json:"scores"`
}

// DocReport holds one document's counts over every expression.
type DocReport struct {
	ID string `json:"id"`
	Counts
}

// Timing is the time spent in [Tagger.Tag], summed over documents.
type Timing struct {
	Seconds       float64 `json:"seconds"`
	DocsPerSecond float64 `json:"docs_per_second"`
	// CodePoints is the length of all texts; KCodePointsPerSecond the
	// thousands of code points tagged per second.
	CodePoints           int     `json:"code_points"`
	KCodePointsPerSecond float64 `json:"kcode_points_per_second"`
}

// MissKind names what went wrong in a [Miss].
type MissKind string

// Kinds of [Miss].
const (
	Missed   MissKind = "missed"   // gold expression with no overlapping prediction
	Spurious MissKind = "spurious" // prediction overlapping no gold expression
	Span     MissKind = "span"     // relaxed match whose spans differ
	Value    MissKind = "value"    // relaxed match whose values differ
	Type     MissKind = "type"     // relaxed match whose types differ
)

// Miss is one error of the tagger. A relaxed match may give up to three
// misses (span, value, type). Gold is nil for a spurious prediction, Sys
// for a missed gold expression.
type Miss struct {
	Doc      string   `json:"doc"`
	Kind     MissKind `json:"kind"`
	Gold     *Timex   `json:"gold,omitempty"`
	GoldText string   `json:"gold_text,omitempty"`
	Sys      *Timex   `json:"sys,omitempty"`
	SysText  string   `json:"sys_text,omitempty"`
}

// Run tags every document of ds with t, in order, and scores the output
// against the gold expressions. Only the calls to Tag are timed.
func Run(ds *Dataset, t Tagger) Report {
	rep := Report{Dir: ds.Dir, Documents: len(ds.Docs), Gold: ds.GoldCounts()}
	totals := make([]Counts, len(Scopes))
	var elapsed time.Duration
	for _, d := range ds.Docs {
		start := time.Now()
		sys := t.Tag(d.Text, d.DCT)
		elapsed += time.Since(start)
		n := utf8.RuneCountInString(d.Text)
		rep.Timing.CodePoints += n
		for _, y := range sys {
			if y.Start < 0 || y.Start >= y.End || y.End > n {
				rep.Invalid++
			}
		}
		pairs := Match(d.Gold, sys)
		for i, s := range Scopes {
			c := count(s, d.Gold, sys, pairs)
			totals[i].add(c)
			if s == All {
				rep.PerDoc = append(rep.PerDoc, DocReport{ID: d.ID, Counts: c})
			}
		}
		rep.Misses = append(rep.Misses, misses(d, sys, pairs)...)
	}
	for i, s := range Scopes {
		rep.Scopes = append(rep.Scopes, ScopeReport{Scope: s, Counts: totals[i], Scores: totals[i].Scores()})
	}
	rep.Timing.Seconds = elapsed.Seconds()
	if rep.Timing.Seconds > 0 {
		rep.Timing.DocsPerSecond = float64(len(ds.Docs)) / rep.Timing.Seconds
		rep.Timing.KCodePointsPerSecond = float64(rep.Timing.CodePoints) / 1000 / rep.Timing.Seconds
	}
	return rep
}

// misses lists one document's errors: missed gold, then spurious
// predictions, then differences within pairs, each in text order.
func misses(d *Document, sys []Timex, pairs []Pair) []Miss {
	var out []Miss
	goldMiss := func(i int) Miss { g := d.Gold[i]; return Miss{Doc: d.ID, Gold: &g, GoldText: d.Span(g.Start, g.End)} }
	paired := make([]bool, len(sys))
	pairedGold := make([]bool, len(d.Gold))
	for _, p := range pairs {
		paired[p.Sys], pairedGold[p.Gold] = true, true
	}
	for i := range d.Gold {
		if !pairedGold[i] {
			m := goldMiss(i)
			m.Kind = Missed
			out = append(out, m)
		}
	}
	for j, y := range sys {
		if !paired[j] {
			out = append(out, Miss{Doc: d.ID, Kind: Spurious, Sys: &y, SysText: d.Span(y.Start, y.End)})
		}
	}
	for _, p := range pairs {
		g, y := d.Gold[p.Gold], sys[p.Sys]
		for _, k := range []MissKind{Span, Value, Type} {
			bad := k == Span && !p.Exact || k == Value && !SameValue(g.Value, y.Value) || k == Type && g.Type != y.Type
			if bad {
				m := goldMiss(p.Gold)
				m.Kind, m.Sys, m.SysText = k, &y, d.Span(y.Start, y.End)
				out = append(out, m)
			}
		}
	}
	return out
}
