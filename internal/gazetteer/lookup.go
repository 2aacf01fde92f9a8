package gazetteer

import (
	"slices"
	"strings"
)

// Lookup returns the places, regions and countries that have a name whose
// key (see Normalize) is that of name, ranked for a name seen without
// context: countries first (by a name, then by a demonym), then places and
// regions by feature class and population, a region right after a
// same-named capital of its own country (so "Karaganda" gives the city,
// then the region). It returns nil when nothing matches. Each call is one
// map look-up; only the returned slice is allocated.
func (g *Gazetteer) Lookup(name string) []Candidate {
	var buf [64]byte
	k, ok := g.ix.lookup(AppendNormalize(buf[:0], name))
	if !ok {
		return nil
	}
	ents := g.ix.entries(k)
	if len(ents) == 0 {
		return nil
	}
	out := make([]Candidate, len(ents))
	for i, e := range ents {
		out[i] = g.candidate(e, name)
	}
	return out
}

// HasPrefix reports whether key (a Normalize result) is an indexed key or
// the first tokens of one: HasPrefix("santa") and HasPrefix("santa maria")
// are true because "santa maria" is a key, HasPrefix("santa m") is false.
// A scanner that grows a span token by token can stop as soon as
// HasPrefix of the span is false. It is one map look-up.
func (g *Gazetteer) HasPrefix(key string) bool {
	var buf [64]byte
	_, ok := g.ix.lookup(append(buf[:0], key...))
	return ok
}

// Probe looks up a key that is already normalised (a Normalize or
// AppendNormalize result) without allocating: n is how many candidates
// Lookup gives for it, prefix whether it is a key or the first tokens of
// one (HasPrefix). A scanner can probe each span it grows and build the
// candidates of the one it keeps.
func (g *Gazetteer) Probe(key []byte) (n int, prefix bool) {
	k, ok := g.ix.lookup(key)
	if !ok {
		return 0, false
	}
	return len(g.ix.entries(k)), true
}

// candidate returns the Candidate of entry e for the query name.
func (g *Gazetteer) candidate(e entry, name string) Candidate {
	i := e.index()
	switch e.kind() {
	case KindPlace:
		p := &g.places[i]
		a := g.alts[i]
		return Candidate{Kind: KindPlace, Place: p, Exact: name == p.Name || inList(g.text[a.start:a.end], name)}
	case KindRegion:
		r := &g.regions[i]
		return Candidate{Kind: KindRegion, Region: r, Exact: name == r.Name || slices.Contains(g.regionNames[i], name)}
	}
	c := &g.countries[i]
	if e.demonym() {
		return Candidate{Kind: KindCountry, Country: c, Demonym: true, Exact: slices.Contains(c.Demonyms, name)}
	}
	return Candidate{Kind: KindCountry, Country: c, Exact: name == c.Name || slices.Contains(g.countryNames[i], name)}
}

// inList reports whether name is one of the '|'-separated names of list.
func inList(list, name string) bool {
	if name == "" || strings.IndexByte(name, '|') >= 0 {
		return false
	}
	for off := 0; ; {
		j := strings.Index(list[off:], name)
		if j < 0 {
			return false
		}
		start, end := off+j, off+j+len(name)
		if (start == 0 || list[start-1] == '|') && (end == len(list) || list[end] == '|') {
			return true
		}
		off = start + 1
	}
}

// Place returns the place with GeoNames id id.
func (g *Gazetteer) Place(id int) (*Place, bool) {
	i, ok := g.placeIndex(id)
	if !ok {
		return nil, false
	}
	return &g.places[i], true
}

// Region returns the region with GeoNames admin1 key code ("KZ.09") or ISO
// 3166-2 code ("KZ-MAN").
func (g *Gazetteer) Region(code string) (*Region, bool) {
	i, ok := g.regionIndex[code]
	if !ok {
		return nil, false
	}
	return &g.regions[i], true
}

// Country returns the country with ISO 3166-1 alpha-2 ("KZ") or alpha-3
// ("KAZ") code, in upper case.
func (g *Gazetteer) Country(code string) (*Country, bool) {
	i, ok := g.countryIndex[code]
	if !ok {
		return nil, false
	}
	return &g.countries[i], true
}

// Regions returns the regions of a country (alpha-2 or alpha-3 code),
// sorted by code, in a new slice; nil for an unknown country.
func (g *Gazetteer) Regions(country string) []*Region {
	i, ok := g.countryIndex[country]
	if !ok {
		return nil
	}
	return slices.Clone(g.countryRegions[i])
}

// PlacesIn returns the places of a country with at least minPop
// people, in the order of their ids. It walks every place: callers keep
// what they build from it.
func (g *Gazetteer) PlacesIn(country string, minPop int) []*Place {
	var out []*Place
	for i := range g.places {
		if p := &g.places[i]; p.Country == country && p.Population >= minPop {
			out = append(out, p)
		}
	}
	return out
}

// Capital returns a country's capital, its PPLC place (the most populous
// one if the data has several).
func (g *Gazetteer) Capital(country string) (*Place, bool) {
	return g.countryPlace(country, g.capital)
}

// LargestCity returns a country's most populous place.
func (g *Gazetteer) LargestCity(country string) (*Place, bool) {
	return g.countryPlace(country, g.largest)
}

func (g *Gazetteer) countryPlace(country string, byCountry []int32) (*Place, bool) {
	i, ok := g.countryIndex[country]
	if !ok || byCountry[i] < 0 {
		return nil, false
	}
	return &g.places[byCountry[i]], true
}

// InRegion reports whether p lies in the region with admin1 key ("KZ.09")
// or ISO 3166-2 code ("KZ-MAN") code.
func (g *Gazetteer) InRegion(p *Place, code string) bool {
	if p == nil || p.Admin1 == "" {
		return false
	}
	if p.Admin1 == code {
		return true
	}
	r, ok := g.Region(code)
	return ok && r.Code == p.Admin1
}

// InCountry reports whether p lies in the country with alpha-2 ("KZ") or
// alpha-3 ("KAZ") code cc.
func (g *Gazetteer) InCountry(p *Place, cc string) bool {
	if p == nil {
		return false
	}
	if p.Country == cc {
		return true
	}
	c, ok := g.Country(cc)
	return ok && c.Code == p.Country
}

// Stats counts what a Gazetteer holds.
type Stats struct {
	Places    int // populated places
	Regions   int // first-level regions
	Countries int // countries and territories
	Keys      int // distinct lookup keys (names after Normalize)
	Prefixes  int // token prefixes of keys that are not keys themselves
	Entries   int // (key, entity) pairs
	MaxTokens int // tokens in the longest key
}

// Stats returns the counts of g, for a verbose log line.
func (g *Gazetteer) Stats() Stats {
	return Stats{
		Places:    len(g.places),
		Regions:   len(g.regions),
		Countries: len(g.countries),
		Keys:      g.ix.names,
		Prefixes:  g.ix.nkeys() - g.ix.names,
		Entries:   len(g.ix.ents),
		MaxTokens: g.ix.maxTokens,
	}
}
