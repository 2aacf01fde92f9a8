package timexeval

import (
	"cmp"
	"slices"
	"strings"
)

// PRF holds the counts behind a precision/recall/F1 triple: TP true
// positives, Sys expressions the tagger returned, Gold expressions in the
// gold standard.
type PRF struct {
	TP        int     `json:"tp"`
	Sys       int     `json:"sys"`
	Gold      int     `json:"gold"`
	Precision float64 `json:"precision"` // TP/Sys; 0 when Sys is 0
	Recall    float64 `json:"recall"`    // TP/Gold; 0 when Gold is 0
	F1        float64 `json:"f1"`        // harmonic mean; 0 when both are 0
}

// NewPRF computes precision, recall and F1 from the counts.
func NewPRF(tp, sys, gold int) PRF {
	p := PRF{TP: tp, Sys: sys, Gold: gold, Precision: ratio(tp, sys), Recall: ratio(tp, gold)}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Pair is one gold expression matched to one predicted expression.
type Pair struct {
	Gold, Sys int  // indices into the gold and predicted slices
	Exact     bool // same span (strict match); else the spans overlap
}

// Match pairs gold and predicted expressions one to one. Exact spans are
// paired first; the rest are paired by overlap, largest overlap first (ties:
// earliest gold, then earliest prediction). Each expression is in at most
// one pair, so one long prediction covering two gold expressions matches
// only one of them and cannot lift recall twice. Predictions with an empty
// or negative span match nothing. Pairs come back sorted by gold index.
//
// TempEval-3's scorer counts relaxed precision and recall separately (a
// prediction is right if it overlaps any gold expression, and vice versa);
// the one-to-one pairing gives the same figures unless spans overlap several
// on the other side, and keeps every attribute compared on a single pair.
func Match(gold, sys []Timex) []Pair {
	usedG := make([]bool, len(gold))
	usedS := make([]bool, len(sys))
	var pairs []Pair
	for i, g := range gold {
		for j, s := range sys {
			if !usedS[j] && s.Start < s.End && s.Start == g.Start && s.End == g.End {
				pairs = append(pairs, Pair{Gold: i, Sys: j, Exact: true})
				usedG[i], usedS[j] = true, true
				break
			}
		}
	}
	type cand struct{ g, s, overlap int }
	var cands []cand
	for i, g := range gold {
		if usedG[i] {
			continue
		}
		for j, s := range sys {
			if usedS[j] || s.Start >= s.End {
				continue
			}
			if o := min(g.End, s.End) - max(g.Start, s.Start); o > 0 {
				cands = append(cands, cand{i, j, o})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.overlap, a.overlap), cmp.Compare(a.g, b.g), cmp.Compare(a.s, b.s))
	})
	for _, c := range cands {
		if !usedG[c.g] && !usedS[c.s] {
			pairs = append(pairs, Pair{Gold: c.g, Sys: c.s})
			usedG[c.g], usedS[c.s] = true, true
		}
	}
	slices.SortFunc(pairs, func(a, b Pair) int { return cmp.Compare(a.Gold, b.Gold) })
	return pairs
}

// SameValue reports whether two TimeML values are equal once surrounding
// space is trimmed and letters upper-cased (TimeML writes them upper-case:
// PAST_REF, 2013-W12, XXXX-WI).
func SameValue(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// Counts are the raw tallies of one scope, summed over documents.
type Counts struct {
	Gold    int `json:"gold"`    // gold expressions
	Sys     int `json:"sys"`     // predicted expressions
	Strict  int `json:"strict"`  // pairs with the same span
	Relaxed int `json:"relaxed"` // pairs with overlapping spans (strict included)
	Value   int `json:"value"`   // relaxed pairs with the same value
	Type    int `json:"type"`    // relaxed pairs with the same type
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.Sys += o.Sys
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.Value += o.Value
	c.Type += o.Type
}

// Scores are the TempEval-3 Task A figures of one scope.
type Scores struct {
	Strict  PRF `json:"strict"`  // extraction, exact span
	Relaxed PRF `json:"relaxed"` // extraction, overlapping span
	// Value is TempEval-3's value F1: a true positive is a relaxed match
	// whose values are equal.
	Value PRF `json:"value"`
	// Type is the type F1, built the same way as Value.
	Type PRF `json:"type"`
	// ValueAccuracy and TypeAccuracy are the shares of relaxed matches
	// with the same value, and the same type.
	ValueAccuracy float64 `json:"value_accuracy"`
	TypeAccuracy  float64 `json:"type_accuracy"`
}

// Scores computes the figures from the counts.
func (c Counts) Scores() Scores {
	return Scores{
		Strict:        NewPRF(c.Strict, c.Sys, c.Gold),
		Relaxed:       NewPRF(c.Relaxed, c.Sys, c.Gold),
		Value:         NewPRF(c.Value, c.Sys, c.Gold),
		Type:          NewPRF(c.Type, c.Sys, c.Gold),
		ValueAccuracy: ratio(c.Value, c.Relaxed),
		TypeAccuracy:  ratio(c.Type, c.Relaxed),
	}
}

// Scope selects the expressions a figure counts.
type Scope string

// Scopes reported by [Run].
const (
	// All counts every expression.
	All Scope = "all"
	// Date counts gold expressions of type DATE, the pairs they are in,
	// and unmatched predictions of type DATE. A prediction paired with a
	// gold expression of another type is outside the scope: its error is
	// not a DATE error. A gold DATE predicted as TIME is inside and counts
	// against type accuracy.
	Date Scope = "DATE"
)

// Scopes lists the scopes in report order.
var Scopes = [...]Scope{All, Date}

// count tallies one document's pairs for scope s.
func count(s Scope, gold, sys []Timex, pairs []Pair) Counts {
	inGold := func(t Timex) bool { return s == All || t.Type == string(s) }
	var c Counts
	pairedSys := make([]bool, len(sys))
	for _, p := range pairs {
		pairedSys[p.Sys] = true
		g, y := gold[p.Gold], sys[p.Sys]
		if !inGold(g) {
			continue
		}
		c.Sys++
		c.Relaxed++
		if p.Exact {
			c.Strict++
		}
		if SameValue(g.Value, y.Value) {
			c.Value++
		}
		if g.Type == y.Type {
			c.Type++
		}
	}
	for _, g := range gold {
		if inGold(g) {
			c.Gold++
		}
	}
	for j, y := range sys {
		if !pairedSys[j] && inGold(y) {
			c.Sys++
		}
	}
	return c
}
