package geoparse

import (
	"math"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// candSet is a list of a name's candidates — all of them, or those judge
// keeps of a one-word name — with what resolution asks of them that
// depends on the name and the list alone. It is worked out once per name
// (nameEntry) instead of once per mention: asking it again touches every
// candidate's place, scattered over the gazetteer's tables, for the same
// answers. Nothing may write into it once made.
type candSet struct {
	cands  []gazetteer.Candidate
	prim   []bool    // primaryName(cands[i], key)
	logPop []float64 // math.Log10(float64(cands[i].Population()) + 1)
	// country is the one country all the candidates lie in, when
	// countries is 1 (0: no candidate, 2: several countries).
	country   string
	countries int8
	// namesake is regionNamesake(key, cands) and cityRegion
	// cityOfRegion(key, cands), each asked only of a list that begins
	// with a country, a region.
	namesake, cityRegion bool
	// bare is bareDivisions' answer for the list (divisions of the name
	// where the gazetteer has only small places of it).
	bare []*gazetteer.Division
}

// newCandSet works out the facts of cands, candidates of key. prim and
// logPop, when not nil, hold them already.
func newCandSet(key string, cands []gazetteer.Candidate, prim []bool, logPop []float64, d *gazetteer.Divisions) *candSet {
	s := &candSet{cands: cands, prim: prim, logPop: logPop}
	if s.prim == nil {
		s.prim, s.logPop = make([]bool, len(cands)), make([]float64, len(cands))
		for i, c := range cands {
			s.prim[i] = primaryName(c, key)
			s.logPop[i] = math.Log10(float64(c.Population()) + 1)
		}
	}
	s.country, s.countries = oneCountry(cands)
	if len(cands) > 0 {
		switch cands[0].Kind {
		case gazetteer.KindCountry:
			s.namesake = regionNamesake(key, cands)
		case gazetteer.KindRegion:
			s.cityRegion = cityOfRegion(key, cands)
		}
	}
	s.bare = bareDivs(d, key, cands)
	return s
}

// setOf returns the set of e that holds exactly cands (the very slice),
// or nil: cands is all of e's candidates or what judge kept of them, most
// of the time, or a list narrowed some other way. e may be nil.
func (e *nameEntry) setOf(cands []gazetteer.Candidate) *candSet {
	if e == nil {
		return nil
	}
	if sameSlice(cands, e.all.cands) {
		return e.all
	}
	for v := range e.oneWord {
		if k := e.oneWord[v].Load(); k != nil && sameSlice(cands, k.cands) {
			return k
		}
	}
	return nil
}

// sameSlice reports whether a and b are the same slice: one array, one
// length.
func sameSlice[T any](a, b []T) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
