package geoparse

import (
	"slices"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// countryWeights weighs the countries a text is about, by ISO code. It is
// written a few times per text and read for every candidate of every
// name, so a code of two capital letters (every code in the data) reads
// its weight from an array rather than hashing it for a map; any other
// code is kept in a map. The zero value is an empty set of weights.
type countryWeights struct {
	dense *[26 * 26]float64 // by denseIndex; allocated on first use
	other map[string]float64
	codes []string // the codes given a weight, each once
}

// denseIndex returns the index in countryWeights.dense of a code of two
// capital letters, and false for any other code.
func denseIndex(cc string) (int, bool) {
	if len(cc) != 2 || cc[0]-'A' >= 26 || cc[1]-'A' >= 26 {
		return 0, false
	}
	return int(cc[0]-'A')*26 + int(cc[1]-'A'), true
}

// get returns the weight of country cc, 0 when it has none.
func (w *countryWeights) get(cc string) float64 {
	if i, ok := denseIndex(cc); ok {
		if w.dense == nil {
			return 0
		}
		return w.dense[i]
	}
	return w.other[cc]
}

// add adds x to the weight of country cc.
func (w *countryWeights) add(cc string, x float64) {
	if i, ok := denseIndex(cc); ok {
		if w.dense == nil {
			w.dense = new([26 * 26]float64)
		}
		if w.dense[i] == 0 && !slices.Contains(w.codes, cc) {
			w.codes = append(w.codes, cc)
		}
		w.dense[i] += x
		return
	}
	if w.other == nil {
		w.other = map[string]float64{}
	}
	if _, ok := w.other[cc]; !ok {
		w.codes = append(w.codes, cc)
	}
	w.other[cc] += x
}

// reset removes every weight, keeping the room.
func (w *countryWeights) reset() {
	for _, cc := range w.codes {
		if i, ok := denseIndex(cc); ok {
			w.dense[i] = 0
		}
	}
	clear(w.other)
	w.codes = w.codes[:0]
}

// top returns the country with the most weight, the first of them in
// the order of their codes on a tie (so ties go the same way every run),
// or "" when none has a positive weight.
func (w *countryWeights) top() string {
	best, top := 0.0, ""
	for _, cc := range w.codes {
		if x := w.get(cc); x > best || x == best && top != "" && cc < top {
			best, top = x, cc
		}
	}
	return top
}

// firstKey identifies a name's first reading in a text: its key and its
// candidates (the very slice, as recognition left it) and their entry.
type firstKey struct {
	key   string
	cands *gazetteer.Candidate
	n     int
	ent   *nameEntry
	local bool // found.localUse
}

// firstReading is the candidate best chose for a name, with its score.
type firstReading struct {
	c     gazetteer.Candidate
	score float64
}
