package geoparse

import (
	"slices"
	"strings"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Irish and British news put the word before the county's name: "County
// Cork", "Co. Antrim", "Co Kerry", "County Durham". GeoNames lists some
// of those counties with the word ("County Cork"), some bare ("Kerry"),
// and Northern Ireland's by its districts since 2015 ("Mid and East
// Antrim"), so the name is looked up both ways, and where no division
// bears it, as a town of Ireland or Britain (Antrim, the county town).

// prefixCounties are the countries that write the word first.
var prefixCounties = []string{"IE", "GB"}

// prefixCounty reads "County X", "Co. X" or "Co X" at token i.
func (p *Parser) prefixCounty(text string, toks []token, i int) (found, bool) {
	t := toks[i]
	w := text[t.start:t.end]
	if !t.upper || w != "County" && w != "Co" || p.d == nil {
		return found{}, false
	}
	n := i + 1
	if w == "Co" && n < len(toks) && toks[n].kind == tokPunct && text[toks[n].start:toks[n].end] == "." && toks[n].start == t.end {
		n++
	}
	if n >= len(toks) || toks[n].kind != tokWord || !toks[n].upper || toks[n].allCaps || text[toks[n-1].end:toks[n].start] != " " {
		return found{}, false
	}
	name := text[toks[n].start:toks[n].end]
	key := gazetteer.Normalize(name)
	var divs []*gazetteer.Division
	for _, d := range append(p.d.Lookup("County "+name), p.d.Lookup(name)...) {
		if slices.Contains(prefixCounties, d.Country) && !slices.Contains(divs, d) {
			divs = append(divs, d)
		}
	}
	if len(divs) > 0 {
		return found{first: i, last: n, key: key, words: n - i + 1, sentStart: t.sentStart, divs: divs}, true
	}
	var towns []gazetteer.Candidate
	for _, c := range p.g.Lookup(key) {
		if c.Kind == gazetteer.KindPlace && slices.Contains(prefixCounties, c.CountryCode()) && primaryName(c, key) {
			towns = append(towns, c)
		}
	}
	if len(towns) == 0 {
		return found{}, false
	}
	return found{first: i, last: n, key: "county " + strings.ToLower(key), words: n - i + 1, sentStart: t.sentStart,
		cands: towns, local: true}, true
}
