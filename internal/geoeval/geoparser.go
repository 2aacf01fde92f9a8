package geoeval

// Span is a character span [Start, End) in code points of the article text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of code points in s, or 0 for an empty or reversed span.
func (s Span) Len() int { return max(s.End-s.Start, 0) }

// Overlaps reports whether s and t share at least one code point. Empty and
// reversed spans overlap nothing.
func (s Span) Overlaps(t Span) bool {
	return s.Len() > 0 && t.Len() > 0 && s.Start < t.End && t.Start < s.End
}

// overlap returns the number of code points s and t share.
func (s Span) overlap(t Span) int {
	if !s.Overlaps(t) {
		return 0
	}
	return min(s.End, t.End) - max(s.Start, t.Start)
}

// Prediction is one place mention found or resolved by a geoparser.
type Prediction struct {
	Span
	GeonamesID int // 0 if unknown
	Lat, Lon   float64
	Found      bool // false: the span could not be resolved to any place
}

// Geoparser is what the benchmark runs.
type Geoparser interface {
	// Parse finds and resolves every place mention in text (end to end).
	Parse(text string) []Prediction
	// Resolve resolves the given spans of text (gold spans given), one Prediction per span, same order.
	Resolve(text string, spans []Span) []Prediction
}
