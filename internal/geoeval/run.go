package geoeval

import (
	"fmt"
	"slices"
	"time"
)

// Mode selects what [Run] measures.
type Mode int

// Modes. Both runs the geoparser twice over the dataset, once each way.
const (
	// EndToEnd calls Parse on each article: recognition, then resolution
	// of the gold toponyms it recognised.
	EndToEnd Mode = 1 << iota
	// GoldSpans calls Resolve with the gold spans: resolution alone.
	GoldSpans
	Both = EndToEnd | GoldSpans
)

// String returns "end-to-end", "gold-spans" or "both".
func (m Mode) String() string {
	switch m {
	case EndToEnd:
		return "end-to-end"
	case GoldSpans:
		return "gold-spans"
	case Both:
		return "both"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// MarshalText writes the mode's name, for JSON.
func (m Mode) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// ParseMode reads a mode name as [Mode.String] writes it; "e2e" and "gold"
// are accepted too.
func ParseMode(s string) (Mode, error) {
	switch s {
	case "end-to-end", "e2e":
		return EndToEnd, nil
	case "gold-spans", "gold":
		return GoldSpans, nil
	case "both":
		return Both, nil
	}
	return 0, fmt.Errorf("geoeval: unknown mode %q (want end-to-end, gold-spans or both)", s)
}

// Report is the outcome of one [Run].
type Report struct {
	Dataset   string        `json:"dataset"`
	Format    Format        `json:"format"`
	Mode      Mode          `json:"mode"`
	Articles  int           `json:"articles"`
	TextBytes int           `json:"text_bytes"` // UTF-8 bytes of all article texts
	Offsets   OffsetCheck   `json:"offsets"`
	Scopes    []ScopeReport `json:"scopes"`
	Parse     *Timing       `json:"parse,omitempty"`   // time in Parse; nil unless EndToEnd ran
	Resolve   *Timing       `json:"resolve,omitempty"` // time in Resolve; nil unless GoldSpans ran
	Contract  Contract      `json:"contract"`
}

// ScopeReport holds the figures of one [Scope]. The recognition and
// end-to-end fields are nil unless EndToEnd ran, GoldSpans nil unless
// GoldSpans ran.
type ScopeReport struct {
	Scope      Scope        `json:"scope"`
	Types      []string     `json:"types,omitempty"` // GWN types counted; empty: every toponym
	Gold       int          `json:"gold"`            // gold toponyms counted (aligned, in scope)
	GoldCoords int          `json:"gold_coords"`     // of which with coordinates
	Exact      *Recognition `json:"exact,omitempty"`
	Relaxed    *Recognition `json:"relaxed,omitempty"`
	// EndToEnd is resolution over the gold toponyms with coordinates that
	// Parse recognised (relaxed match), each scored against the prediction
	// with the same span or else the largest overlap.
	EndToEnd *Resolution `json:"end_to_end,omitempty"`
	// GoldSpans is resolution over all gold toponyms with coordinates, given
	// their spans.
	GoldSpans *Resolution `json:"gold_spans,omitempty"`
}

// Timing is the time spent inside the geoparser's calls, not in scoring.
type Timing struct {
	Seconds        float64 `json:"seconds"`
	ArticlesPerSec float64 `json:"articles_per_sec"`
	MBPerSec       float64 `json:"mb_per_sec"` // 10⁶ bytes of UTF-8 text per second
}

// Contract counts answers that break the [Geoparser] contract. They are
// scored as given where possible: an invalid span is a prediction that
// matches nothing, a missing Resolve answer an unresolved toponym.
type Contract struct {
	InvalidSpans   int `json:"invalid_spans"`   // Parse spans empty, reversed or outside the text
	DuplicateSpans int `json:"duplicate_spans"` // Parse spans given twice; all but the first dropped
	ResolveLength  int `json:"resolve_length"`  // articles where Resolve did not answer once per span
}

// Runner runs benchmarks with an injectable clock.
type Runner struct {
	Now func() time.Time // clock for Timing; time.Now when nil
}

// Run runs g over ds in the given mode with the real clock.
func Run(ds *Dataset, g Geoparser, mode Mode) Report {
	return Runner{}.Run(ds, g, mode)
}

// Run runs g over ds in the given mode and scores it in every scope of
// [Dataset.Scopes].
func (r Runner) Run(ds *Dataset, g Geoparser, mode Mode) Report {
	now := r.Now
	if now == nil {
		now = time.Now
	}
	rep := Report{Dataset: ds.Name, Format: ds.Format, Mode: mode, Articles: len(ds.Articles), Offsets: ds.Offsets}
	for _, a := range ds.Articles {
		rep.TextBytes += len(a.Text)
	}
	scopes := ds.Scopes()
	accs := make([]scopeAcc, len(scopes))
	for i, s := range scopes {
		accs[i].scope = s
	}
	if mode&EndToEnd != 0 {
		var spent time.Duration
		for i := range ds.Articles {
			a := &ds.Articles[i]
			t0 := now()
			preds := g.Parse(a.Text)
			spent += now().Sub(t0)
			preds = rep.Contract.clean(preds, runeLen(a.Text))
			for j := range accs {
				accs[j].addParse(a, preds)
			}
		}
		rep.Parse = newTiming(spent, rep.Articles, rep.TextBytes)
	}
	if mode&GoldSpans != 0 {
		var spent time.Duration
		for i := range ds.Articles {
			a := &ds.Articles[i]
			spans := goldSpans(a)
			t0 := now()
			preds := g.Resolve(a.Text, spans)
			spent += now().Sub(t0)
			if len(preds) != len(spans) {
				rep.Contract.ResolveLength++
			}
			for j := range accs {
				accs[j].addResolve(a, spans, preds)
			}
		}
		rep.Resolve = newTiming(spent, rep.Articles, rep.TextBytes)
	}
	for i := range accs {
		rep.Scopes = append(rep.Scopes, accs[i].report(ds, mode))
	}
	return rep
}

func newTiming(d time.Duration, articles, bytes int) *Timing {
	t := &Timing{Seconds: d.Seconds()}
	if t.Seconds > 0 {
		t.ArticlesPerSec = float64(articles) / t.Seconds
		t.MBPerSec = float64(bytes) / 1e6 / t.Seconds
	}
	return t
}

// clean drops repeated spans (keeping the first) and counts invalid ones.
func (c *Contract) clean(preds []Prediction, textLen int) []Prediction {
	seen := make(map[Span]bool, len(preds))
	out := make([]Prediction, 0, len(preds))
	for _, p := range preds {
		if seen[p.Span] {
			c.DuplicateSpans++
			continue
		}
		seen[p.Span] = true
		if p.Start < 0 || p.End > textLen || p.Start >= p.End {
			c.InvalidSpans++
		}
		out = append(out, p)
	}
	return out
}

// goldSpans returns the distinct spans of a's aligned toponyms of any
// type, in text order: what Resolve is given. Toponyms outside the
// standard scope are included so one call serves every scope; it gives a
// resolver no more than what gold-span evaluation always gives, the gold
// toponyms of the article.
func goldSpans(a *Article) []Span {
	var spans []Span
	for _, t := range a.Gold {
		if ScopeAllTypes.Includes(t) {
			spans = append(spans, t.Span)
		}
	}
	slices.SortFunc(spans, func(x, y Span) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return x.End - y.End
	})
	return slices.Compact(spans)
}
