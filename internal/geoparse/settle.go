package geoparse

import (
	"slices"
	"strings"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Second thoughts: readings the first choice of each name made, settled
// against the rest of the text (a region qualifier seen elsewhere, a list,
// a possessive, an office, a county of the same name).

// inList reports whether another name follows fs[i] after a comma, "and"
// or "or": fs[i] is then one of a list.
func inList(text string, toks []token, fs []found, i int) bool {
	if i+1 >= len(fs) || fs[i+1].first <= fs[i].last {
		return false
	}
	gap := strings.TrimSpace(text[toks[fs[i].last].end:toks[fs[i+1].first].start])
	return gap == "," || gap == "and" || gap == "or" || gap == ", and" || gap == ", or"
}

// unknownInRegionPopulation is the size under which a namesake outside
// the region a text puts a town in gives way to the region.
const unknownInRegionPopulation = 50000

// sameAsQualified gives every unqualified mention of a name the reading
// a region qualifier gave it elsewhere in the text. Only a region counts:
// "in Russia, U.S. officials said" is no qualifier of Russia.
func (p *Parser) sameAsQualified(fs []found, chosen []gazetteer.Candidate, quals []qualifier) {
	var read map[string]gazetteer.Candidate
	for i, f := range fs {
		if quals[i].cands == nil || chosen[i].Kind != gazetteer.KindPlace || chosen[i].Place == nil {
			continue
		}
		if _, ok := read[f.key]; ok {
			continue
		}
		for _, qc := range quals[i].cands {
			if qc.Kind == gazetteer.KindRegion && contains(qc, chosen[i]) {
				if read == nil {
					read = map[string]gazetteer.Candidate{}
				}
				read[f.key] = chosen[i]
				break
			}
		}
	}
	if read == nil {
		return
	}
	for i, f := range fs {
		c, ok := read[f.key]
		if !ok || quals[i].cands != nil || sameCandidate(chosen[i], c) || f.ent == nil || !hasCandidate(f.ent.all.cands, c) {
			continue
		}
		chosen[i] = c
	}
}

// regionInList reads a name as its region where "and" or "or" joins it to
// another region of the same country and the city chosen lies outside
// that region: "California or Washington" is no capital. A comma alone
// does not: "Tacoma, Washington" qualifies.
func regionInList(text string, toks []token, fs []found, chosen []gazetteer.Candidate, quals []qualifier) {
	joined := func(a, b int) bool {
		if fs[b].first <= fs[a].last {
			return false
		}
		switch strings.TrimSpace(text[toks[fs[a].last].end:toks[fs[b].first].start]) {
		case "and", "or", ", and", ", or", "&":
			return true
		}
		return false
	}
	regionNext := func(i, j int) bool {
		return j >= 0 && j < len(fs) && chosen[j].Kind == gazetteer.KindRegion && chosen[j].Region != nil &&
			(j < i && joined(j, i) || j > i && joined(i, j))
	}
	for i, f := range fs {
		// "Florida and Washington, D.C.": qualified, the city. (A
		// qualifier that holds none of the name's places is the next
		// item of a list: "Missouri, New York, North Carolina".)
		if chosen[i].Kind != gazetteer.KindPlace || chosen[i].Place == nil ||
			quals[i].cands != nil && slices.ContainsFunc(quals[i].cands, func(q gazetteer.Candidate) bool { return contains(q, chosen[i]) }) {
			continue
		}
		regionBeside := func(j int) bool {
			return j >= 0 && j < len(fs) && chosen[j].Kind == gazetteer.KindRegion && chosen[j].Region != nil
		}
		if !regionNext(i, i-1) && !regionNext(i, i+1) && !(regionBeside(i-1) && regionBeside(i+1)) {
			continue // (the cheap test first)
		}
		var region gazetteer.Candidate
		for _, c := range f.cands {
			if c.Kind == gazetteer.KindRegion && !c.Demonym && primaryName(c, f.key) {
				region = c
				break
			}
		}
		// A city in the region of its name ("Imo State and Lagos") is
		// as good as the region; only one elsewhere is wrong. Not in
		// the middle of a list of regions ("Missouri, New York, North
		// Carolina and Virginia"): a list names like things.
		if region.Region == nil {
			continue
		}
		middle := regionListMiddle(text, toks, fs, chosen, i, region.Region.Country)
		if middle {
			chosen[i] = region
			continue
		}
		if chosen[i].Place.Admin1 == region.Region.Code {
			continue
		}
		// (A region across a border does too, against a town of a third
		// country: "the crossing between Alberta and Montana" is the
		// state, not Montana in Bulgaria.)
		thirdCountry := func(j int) bool {
			pc := chosen[i].Place.Country
			return pc != chosen[j].Region.Country && pc != region.Region.Country
		}
		for _, j := range [2]int{i - 1, i + 1} {
			if j < 0 || j >= len(fs) || chosen[j].Kind != gazetteer.KindRegion || chosen[j].Region == nil ||
				chosen[j].Region.Country != region.Region.Country && !thirdCountry(j) {
				continue
			}
			if j < i && joined(j, i) || j > i && joined(i, j) {
				chosen[i] = region
				fs[i].local = true // vouched for by the region beside it: no doubtful word
				break
			}
		}
	}
}

// regionListMiddle reports whether fs[i] stands between two regions of
// country cc, each joined to it by a comma or "and" or "or": the middle
// of a list of regions.
func regionListMiddle(text string, toks []token, fs []found, chosen []gazetteer.Candidate, i int, cc string) bool {
	if i == 0 || i+1 >= len(fs) {
		return false
	}
	for _, j := range [2]int{i - 1, i + 1} {
		if chosen[j].Kind != gazetteer.KindRegion || chosen[j].Region == nil || chosen[j].Region.Country != cc {
			return false
		}
	}
	return inList(text, toks, fs, i-1) && inList(text, toks, fs, i)
}

// possessiveHolders reads a place named right after another's possessive
// ("Cairo's Abbasiya neighbourhood") inside or beside the holder: one of
// its candidates there, or, where it has none, the holder itself (a
// quarter or an airport the gazetteer lacks).
func possessiveHolders(text string, toks []token, fs []found, chosen []gazetteer.Candidate) {
	for i := 0; i+1 < len(fs); i++ {
		h, f := chosen[i], fs[i+1]
		// (A region far from a town is no part of it either: "Kinshasa's
		// Gombe district" is no Nigerian state.)
		farRegion := chosen[i+1].Kind == gazetteer.KindRegion && chosen[i+1].Region != nil && h.Kind == gazetteer.KindPlace &&
			h.Place != nil && f.divs == nil && !contains(chosen[i+1], h)
		if fs[i].hidden || f.hidden || fs[i].feature != featNone || f.feature != featNone || len(f.cands) == 0 ||
			h.Kind == gazetteer.KindPlace && h.Place == nil || !farRegion && (chosen[i+1].Kind != gazetteer.KindPlace || chosen[i+1].Place == nil) {
			continue
		}
		gap := text[toks[fs[i].last].end:toks[f.first].start]
		if gap != "'s " && gap != "’s " && gap != "' " && gap != "’ " {
			continue
		}
		inside := func(c gazetteer.Candidate) bool {
			if c.Kind != gazetteer.KindPlace || c.Place == nil {
				return false
			}
			if h.Kind == gazetteer.KindPlace {
				return gazetteer.Distance(h.Place.Lat, h.Place.Lon, c.Place.Lat, c.Place.Lon) <= possessiveKm
			}
			return contains(h, c)
		}
		if inside(chosen[i+1]) {
			continue
		}
		chosen[i+1] = h
		fs[i+1].local = true // held by the name before it: no doubtful word
		for _, c := range f.cands {
			if inside(c) {
				chosen[i+1] = c
				break
			}
		}
	}
}

// possessiveKm is how far from a city a place "the city's" may lie.
const possessiveKm = 50

// regionOffices after a name make it a region's, not its city's: "the
// Quebec government", "New York Gov. Cuomo", "the Alberta legislature",
// "New York's attorney general". A mayor or a council is the city's.
var regionOffices = set("government", "gov", "governor", "premier", "legislature", "legislative",
	"provincial", "statewide", "province's", "state's", "attorney")

// subnationalOffices are a region's, not a country's: "the Georgia
// governor", "Manitoba Premier", "the Ohio Legislature".
var subnationalOffices = set("governor", "gov", "premier", "legislature", "statehouse", "lieutenant")

// borderWords after a name make it a region's or a country's: a town has
// no border in the news ("near the New York border", "the Texas border
// with Mexico").
var borderWords = set("border", "borders", "frontier", "boundary")

// wordAfter returns the index of the word right after fs's name, with
// only spaces or a possessive ("New York's governor") between, or -1.
func wordAfter(text string, toks []token, f found) int {
	i := f.last
	// The apostrophe is a token of its own and "s" a word.
	if i+3 < len(toks) && toks[i+1].kind == tokPunct && toks[i+1].start == toks[i].end && toks[i+2].start == toks[i+1].end {
		if ap := text[toks[i+1].start:toks[i+1].end]; (ap == "'" || ap == "’") && text[toks[i+2].start:toks[i+2].end] == "s" {
			i += 2
		}
	}
	if j := nextWord(toks, i); j >= 0 && adjacent(text, toks, i, j) {
		return j
	}
	return -1
}

// borderAfter reports whether a border word follows f's name.
func borderAfter(text string, toks []token, f found) bool {
	j := wordAfter(text, toks, f)
	if j < 0 {
		return false
	}
	_, ok := lowerIn(borderWords, text[toks[j].start:toks[j].end])
	return ok
}

// regionByOffice reads a name as its region where a regional office
// follows it and the name is the region's own, not only a city's; and
// as the largest region or country of its own name where a border word
// follows it.
func regionByOffice(text string, toks []token, fs []found, chosen []gazetteer.Candidate) {
	for i, f := range fs {
		// "Georgia Governor Brian Kemp": a country has no governor nor
		// premier; a region of the name has.
		if chosen[i].Kind == gazetteer.KindCountry && f.last+1 < len(toks) {
			if j := wordAfter(text, toks, f); j >= 0 {
				if _, ok := lowerIn(subnationalOffices, text[toks[j].start:toks[j].end]); ok {
					for _, c := range f.cands {
						if c.Kind == gazetteer.KindRegion && !c.Demonym && primaryName(c, f.key) {
							chosen[i] = c
							break
						}
					}
				}
			}
			continue
		}
		if chosen[i].Kind != gazetteer.KindPlace || f.last+1 >= len(toks) {
			continue
		}
		j := wordAfter(text, toks, f)
		if j < 0 {
			continue
		}
		w := text[toks[j].start:toks[j].end]
		if _, border := lowerIn(borderWords, w); border {
			var area gazetteer.Candidate
			for _, c := range f.cands {
				if c.Kind != gazetteer.KindPlace && primaryName(c, f.key) && (area.Kind == gazetteer.KindPlace || c.Population() > area.Population()) {
					area = c
				}
			}
			if area.Kind != gazetteer.KindPlace {
				chosen[i] = area
			}
			continue
		}
		if _, office := lowerIn(regionOffices, w); !office {
			// "Quebec Health Minister": a minister of the region.
			if !toks[j].upper {
				continue
			}
			k := nextWord(toks, j)
			if k < 0 || !adjacent(text, toks, j, k) || !strings.EqualFold(text[toks[k].start:toks[k].end], "minister") {
				continue
			}
		}
		for _, c := range f.cands {
			if c.Kind == gazetteer.KindRegion && primaryName(c, f.key) && c.Region.Code == chosen[i].Admin1() {
				chosen[i] = c
				break
			}
		}
	}
}

// besideCounty reads a bare name that the text also names as a county
// ("DeKalb County ... north DeKalb", "Madison County ... Madison") in
// that county: a town of the name near its middle, or the county itself.
func besideCounty(fs []found, chosen []gazetteer.Candidate, out []Mention, outFound []int) {
	var counties map[string]Place
	for k, m := range out {
		f := fs[outFound[k]]
		if m.Place.Precision != Admin2 || f.divs == nil {
			continue
		}
		for _, w := range [...]string{" county", " parish"} {
			if base, ok := strings.CutSuffix(f.key, w); ok {
				if counties == nil {
					counties = map[string]Place{}
				}
				if _, seen := counties[base]; !seen {
					counties[base] = m.Place
				}
			}
		}
	}
	if counties == nil {
		return
	}
	for k, m := range out {
		f := fs[outFound[k]]
		county, ok := counties[f.key]
		in := func(lat, lon float64) bool { return gazetteer.Distance(lat, lon, county.Lat, county.Lon) < countyKm }
		if !ok || m.Place.Precision != City || m.Place.Admin1 == county.Admin1 && in(m.Place.Lat, m.Place.Lon) {
			continue
		}
		out[k].Place = county
		for _, c := range f.cands {
			if c.Kind == gazetteer.KindPlace && c.Place != nil && c.Place.Admin1 == county.Admin1 && in(c.Place.Lat, c.Place.Lon) {
				out[k].Place = toPlace(c)
				break
			}
		}
	}
}

// divisionHere is bestDivision, save where every division of the name
// lies abroad and the country the text is about has a region of the bare
// name: "the Karak district" in a story from Jordan is its governorate,
// not the district of Pakistan the second-level table knows.
func (p *Parser) divisionHere(key string, divs []*gazetteer.Division, ctx context, others []point) (Place, float64) {
	pl, s := bestDivision(divs, ctx, others)
	if ctx.top == "" || pl.Country == ctx.top || ctx.focus.get(ctx.top) < 3 {
		return pl, s
	}
	words := strings.Fields(key)
	if len(words) < 2 || !gazetteer.DivisionWord(words[len(words)-1]) {
		return pl, s
	}
	for _, c := range p.g.Lookup(strings.Join(words[:len(words)-1], " ")) {
		if c.Kind == gazetteer.KindRegion && c.CountryCode() == ctx.top {
			return toPlace(c), s
		}
	}
	return pl, s
}

// seatOf returns the town a seat of power ("Kremlin", "Vatican") stands
// in, if key names one.
func (p *Parser) seatOf(key string) (Place, bool) {
	seat, ok := metonymSeats[strings.TrimPrefix(key, "the ")]
	if !ok {
		return Place{}, false
	}
	for _, c := range p.g.Lookup(seat[0]) {
		if c.CountryCode() == seat[1] {
			return toPlace(c), true
		}
	}
	return Place{}, false
}

// withSelf returns ctx resolving the name key, whose own readings do not
// support it.
func withSelf(ctx context, key string) context {
	ctx.self = key
	return ctx
}

// hasCandidate reports whether cands holds c.
func hasCandidate(cands []gazetteer.Candidate, c gazetteer.Candidate) bool {
	for _, x := range cands {
		if sameCandidate(x, c) {
			return true
		}
	}
	return false
}
