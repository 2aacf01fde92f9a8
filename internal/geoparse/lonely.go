package geoparse

import (
	"slices"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// A small place abroad that nothing else of a text lies in or near is
// more likely a local name the gazetteer lacks than the namesake it
// knows ("Heathrow" in a London story): these tell such a place.

// smallAbroad reports whether c is a small place in another country than
// the one the text is clearly about.
func smallAbroad(c gazetteer.Candidate, ctx context) bool {
	return abroad(c, ctx) && c.Place.Population < lonelyPopulation
}

// commonAbroad reports whether c, a reading of a name with the readings
// cands, is one of many towns of the name in another country than the
// one whose places (homeTowns of them, counted only if need be; demonyms
// aside: "Irish songs" in a pub of Rock Hill, South Carolina, tell no
// country) the text names.
func commonAbroad(c gazetteer.Candidate, cands []gazetteer.Candidate, ctx context, homeTowns func() int) bool {
	return abroad(c, ctx) && commonName(c.Place.Country, cands) && homeTowns() >= 2
}

// abroad reports whether c is a place in another country than the one
// the text is clearly about.
func abroad(c gazetteer.Candidate, ctx context) bool {
	return c.Kind == gazetteer.KindPlace && c.Place != nil && !c.Demonym && ctx.top != "" && c.Place.Country != ctx.top &&
		ctx.focus.get(ctx.top) >= 3
}

// commonName reports whether three or more towns of country cc bear a
// name, none of them a city of 100,000 ("Middletown", fourteen times in
// the United States): its own country's readers learn which one is
// meant from the state named with it, and a text about another country
// that names no such state means a place of its own.
func commonName(cc string, cands []gazetteer.Candidate) bool {
	n := 0
	for _, c := range cands {
		if c.Kind != gazetteer.KindPlace || c.Place == nil || c.Place.Country != cc {
			continue
		}
		if c.Place.Population >= 100000 {
			return false
		}
		n++
	}
	return n >= 3
}

// lonelyAbroad reports whether c, a small place abroad chosen for the
// name key, is alone in its country among the text's other names.
func lonelyAbroad(key string, c gazetteer.Candidate, others []reading) bool {
	return alone(key, c.Place.Country, c.Place.Lat, c.Place.Lon, others)
}

// alone reports whether no name of others but key lies in country, save
// small places far from lat, lon.
func alone(key, country string, lat, lon float64, others []reading) bool {
	for _, o := range others {
		if o.key == key || o.country != country {
			continue
		}
		// Another small place abroad keeps it company only as a
		// neighbour: "Heathrow" and "Atlantic" in a London story are
		// not a Florida town and an Iowa one.
		if o.town && o.population < lonelyPopulation && gazetteer.Distance(lat, lon, o.lat, o.lon) > supportKm {
			continue
		}
		return false
	}
	return true
}

// textReadings lists the names of a text with their readings.
func textReadings(fs []found, chosen []gazetteer.Candidate, dems []found) []reading {
	out := make([]reading, 0, len(fs)+len(dems))
	for j, g := range fs {
		if g.feature != featNone || g.continent || g.divs != nil || len(g.cands) == 0 {
			continue
		}
		if r, ok := candidateReading(g.key, chosen[j]); ok {
			out = append(out, r)
		}
	}
	for _, d := range dems {
		if len(d.cands) == 0 {
			continue
		}
		if r, ok := candidateReading(d.key, d.cands[0]); ok {
			out = append(out, r)
		}
	}
	return out
}

// reading is a name of a text and where it was read, as lonelyAbroad
// needs it.
type reading struct {
	key, country string
	town         bool // a populated place, at lat, lon
	population   int
	lat, lon     float64
}

// candidateReading is the reading of key as c.
func candidateReading(key string, c gazetteer.Candidate) (reading, bool) {
	if c.Kind == gazetteer.KindPlace {
		if c.Place == nil {
			return reading{}, false
		}
		return reading{key, c.Place.Country, true, c.Place.Population, c.Place.Lat, c.Place.Lon}, true
	}
	return reading{key: key, country: c.CountryCode()}, true
}

// mentionReadings lists the readings of resolved mentions.
func mentionReadings(ms []Mention) []reading {
	out := make([]reading, 0, len(ms))
	for _, m := range ms {
		if m.Place.Country == "" {
			continue
		}
		r := reading{key: gazetteer.Normalize(m.Text), country: m.Place.Country}
		if m.Place.Precision == City {
			r.town, r.population, r.lat, r.lon = true, m.Place.Population, m.Place.Lat, m.Place.Lon
		}
		out = append(out, r)
	}
	return out
}

// lonelyPopulation is the size under which a place abroad, alone in its
// country among a text's names, is taken for a local name the gazetteer
// lacks.
const lonelyPopulation = 10000

// homeNames counts the distinct names of fs first read as places in
// country cc.
func homeNames(fs []found, chosen []gazetteer.Candidate, cc string) int {
	n := 0
	for i, f := range fs {
		c := chosen[i]
		if c.Kind == gazetteer.KindPlace && c.Place != nil && c.Place.Country == cc && !c.Demonym &&
			!slices.ContainsFunc(fs[:i], func(g found) bool { return g.key == f.key }) {
			n++
		}
	}
	return n
}

// homeMentions counts the distinct names of ms placed in country cc,
// demonyms aside.
func homeMentions(ms []Mention, cc string) int {
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Place.Country == cc && !m.Demonym && m.Place.Precision != Feature {
			seen[gazetteer.Normalize(m.Text)] = true
		}
	}
	return len(seen)
}

// homeRegion returns the region a text is about: the one it names that
// most of its places lie in, three names at least counting the region's
// own; "" when there is none.
func (p *Parser) homeRegion(ctx context) string {
	best, most := "", 0
	for code := range ctx.regions {
		if n := ctx.admin1[code] + 1; n > most {
			best, most = code, n
		}
	}
	if most < homeRegionNames {
		return ""
	}
	return best
}

// homeRegionNames is how many of a text's names a region must hold (its
// own and its places') to be the region the text is about.
const homeRegionNames = 3

// farFromHomeKm is how far from the middle of the text's region a
// village of another region of its country must lie to be taken for a
// local name: farther than a neighbouring state's towns.
const farFromHomeKm = 600

// farFromRegion reports whether pl lies in another region than code, far
// from its middle.
func (p *Parser) farFromRegion(pl *gazetteer.Place, code string) bool {
	if pl.Admin1 == code {
		return false
	}
	r, ok := p.g.Region(code)
	if !ok || r.Country != pl.Country {
		return false
	}
	return gazetteer.Distance(r.Lat, r.Lon, pl.Lat, pl.Lon) > farFromHomeKm
}

// aloneNear reports whether no other name of the text (key aside) has a
// town reading within supportKm of pl.
func aloneNear(key string, pl *gazetteer.Place, others []reading) bool {
	for _, o := range others {
		if o.key != key && o.town && gazetteer.Distance(pl.Lat, pl.Lon, o.lat, o.lon) <= supportKm {
			return false
		}
	}
	return true
}
