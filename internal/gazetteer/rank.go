package gazetteer

import (
	"math"
	"slices"
	"sync"
)

// The entries of each key are ranked once at load, so that Lookup returns
// them in order without sorting. The order is a default for a name seen
// without context (the geoparser re-ranks with the country and region
// mentioned nearby):
//
//  1. Countries, matched by a name before matched by a demonym, then by
//     population: a country name almost always means the country
//     ("Georgia", "Luxembourg", "Kazakh").
//  2. Then places and regions by a score of log10(population+1) plus a
//     bonus for the feature class: PPLC 4, PPLA and PPLG 3, PPLA2 2, PPLA3
//     1, PPLA4 0.5, PPLA5 0.25, PPL and other populated places 0, PPLX
//     (a section of a city) -0.5, historical, abandoned or destroyed
//     places -2; a region counts as 3 (like an admin1 seat). So the class
//     decides unless populations differ by about a factor of ten per class
//     step: Aktau the regional capital (PPLA, 147,000) comes before the
//     two villages of Karaganda Region named Aktau (PPL, 10,000), and the
//     PPLC Santiago de Chile before the PPLA Santiago de Compostela.
//  3. A region and a place of its own country that share the key: when
//     the place is a namesake of the region (the region is also indexed
//     under the place's own name, " city" aside) and is a capital (PPLC,
//     PPLA) or holds at least half the region's population, the region
//     comes right after it, because regions are named after their capitals
//     (Karaganda, Almaty Region, Moscow Oblast); otherwise, when the key is
//     the region's own display name and not the place's, the region comes
//     right before it, because the place merely lists the region's name
//     among its alternates (GeoNames gives Paris the alternate
//     "Île-de-France").
//
// Ties go to the lower entry (places before regions, then the order of
// the data).

// classBonus returns the ranking bonus of a feature code (see above).
func classBonus(feature string) float64 {
	switch feature {
	case "PPLC":
		return 4
	case "PPLA", "PPLG":
		return 3
	case "PPLA2":
		return 2
	case "PPLA3":
		return 1
	case "PPLA4":
		return 0.5
	case "PPLA5":
		return 0.25
	case "PPLX":
		return -0.5
	case "PPLH", "PPLQ", "PPLW":
		return -2
	}
	return 0
}

// regionBonus is a region's bonus, that of an admin1 seat.
const regionBonus = 3

// countryTier lifts countries above every place and region; demonym
// matches sit below name matches.
const (
	countryTier = 100
	demonymTier = 90
)

// score returns the ranking score of an entry.
func (g *Gazetteer) score(e entry) float64 {
	switch e.kind() {
	case KindCountry:
		c := &g.countries[e.index()]
		if e.demonym() {
			return demonymTier + math.Log10(float64(c.Population)+1)
		}
		return countryTier + math.Log10(float64(c.Population)+1)
	case KindRegion:
		return regionBonus + math.Log10(float64(g.regions[e.index()].Population)+1)
	}
	p := &g.places[e.index()]
	return classBonus(p.Feature) + math.Log10(float64(p.Population)+1)
}

// scored is an entry with its ranking score.
type scored struct {
	e entry
	s float64
}

// rank sorts the entries of every key with more than one, in two
// goroutines that take half the keys each.
func (g *Gazetteer) rank() {
	displayKey := make([]uint32, len(g.regions)) // key number of each region's display name + 1
	var buf []byte
	for i := range g.regions {
		buf = AppendNormalize(buf[:0], g.regions[i].Name)
		if k, ok := g.ix.lookup(buf); ok {
			displayKey[i] = k + 1
		}
	}
	// The ranked lists go to a new slice: regionScore reads other keys'
	// lists, which must not change under it.
	n := len(g.ix.off) - 1
	ranked := make([]entry, len(g.ix.ents))
	var wg sync.WaitGroup
	wg.Go(func() { g.rankKeys(0, n/2, displayKey, ranked) })
	wg.Go(func() { g.rankKeys(n/2, n, displayKey, ranked) })
	wg.Wait()
	g.ix.ents = ranked
}

// rankKeys writes the sorted entries of keys [lo, hi) to ranked.
func (g *Gazetteer) rankKeys(lo, hi int, displayKey []uint32, ranked []entry) {
	var buf []scored
	for k := lo; k < hi; k++ {
		list := g.ix.ents[g.ix.off[k]:g.ix.off[k+1]]
		out := ranked[g.ix.off[k]:g.ix.off[k+1]]
		if len(list) < 2 {
			copy(out, list)
			continue
		}
		buf = buf[:0]
		hasRegion := false
		for _, e := range list {
			buf = append(buf, scored{e, g.score(e)})
			hasRegion = hasRegion || e.kind() == KindRegion
		}
		if hasRegion {
			for i := range buf {
				if buf[i].e.kind() == KindRegion {
					buf[i].s = g.regionScore(uint32(k), buf[i], buf, displayKey)
				}
			}
		}
		slices.SortFunc(buf, func(a, b scored) int {
			switch {
			case a.s > b.s:
				return -1
			case a.s < b.s:
				return 1
			case a.e < b.e:
				return -1
			case a.e > b.e:
				return 1
			}
			return 0
		})
		for i := range buf {
			out[i] = buf[i].e
		}
	}
}

// regionScore returns the score of region entry r among the entries of
// key k, placed next to a place of its country by rule 3 above.
func (g *Gazetteer) regionScore(k uint32, r scored, list []scored, displayKey []uint32) float64 {
	ri := r.e.index()
	reg := &g.regions[ri]
	below, above := math.Inf(-1), math.Inf(-1)
	var buf [64]byte
	for _, x := range list {
		if x.e.kind() != KindPlace {
			continue
		}
		p := &g.places[x.e.index()]
		if p.Country != reg.Country {
			continue
		}
		key := AppendNormalize(buf[:0], p.Name)
		pk, ok := g.ix.lookup(key)
		if base, cut := bytesCutSuffix(key, " city"); cut && (!ok || !g.indexes(pk, r.e)) {
			pk, ok = g.ix.lookup(base)
		}
		namesake := ok && g.indexes(pk, r.e)
		switch {
		case namesake && (p.Feature == "PPLC" || p.Feature == "PPLA" || 2*p.Population >= reg.Population):
			below = max(below, x.s)
		case displayKey[ri] == k+1 && !(ok && pk == k):
			above = max(above, x.s)
		}
	}
	switch {
	case !math.IsInf(below, -1):
		return min(r.s, math.Nextafter(below, math.Inf(-1)))
	case !math.IsInf(above, -1):
		return max(r.s, math.Nextafter(above, math.Inf(1)))
	}
	return r.s
}

// indexes reports whether key number k lists entry e.
func (g *Gazetteer) indexes(k uint32, e entry) bool {
	return slices.Contains(g.ix.entries(k), e)
}

// bytesCutSuffix is strings.CutSuffix for a byte slice.
func bytesCutSuffix(b []byte, suffix string) ([]byte, bool) {
	if len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix {
		return b[:len(b)-len(suffix)], true
	}
	return b, false
}
