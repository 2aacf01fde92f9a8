package geoparse

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// context is what a document says about where it is: the countries it is
// about and the regions it names.
type context struct {
	focus   *countryWeights // country code → weight
	top     string          // the country with the most weight
	regions map[string]bool // region codes named
	admin1  map[string]int  // regions of the places first chosen, with counts
	// support holds, for every distinct name of the text, the points of
	// its likeliest readings (places, and counties it names); a
	// namesake near a reading of another name the text uses is the one
	// meant ("Edmonton" beside "Enfield", "Paris" beside "Dallas").
	support []nameReadings
	self    string // the name being resolved, which does not support itself
	// placed is, where no country has weight (top is ""), the country
	// of most of the places first chosen, two at least: a local story
	// names no country ("Perth and Fremantle"), and its bare initials
	// ("WA") are read as that country's press has them.
	placed string
	local  bool // the name being resolved is in local news's words (found.localUse)
}

// nameReadings are the points a name of the text may stand for.
type nameReadings struct {
	key  string
	pts  []point
	divs int // pts[divs:] are the middles of counties the name names
}

// supportReadings is how many readings of each name count as support:
// the likeliest few, so that a name with hundreds of namesakes
// ("Springfield") does not lend support everywhere.
const supportReadings = 4

// supportKm is how close a reading of another name must lie to support a
// candidate: a town and its neighbour, a city and its county.
const supportKm = 100

// resolve chooses a place for every recognised name.
func (p *Parser) resolve(text string, toks []token, fs []found, dems []found, sc *scratch) []Mention {
	if len(fs) == 0 {
		return make([]Mention, 0)
	}
	for i := range fs {
		fs[i].altDivs = p.bareDivisions(fs[i])
	}
	ctx := p.documentContext(text, toks, fs, dems, sc)
	// Bare initials read as the text's country has them ("SA" in a
	// South African story, South Australia in an Australian one).
	for i, f := range fs {
		if f.homeAbbrev && len(f.cands) > 1 {
			for _, c := range f.cands {
				if c.CountryCode() == ctx.top {
					fs[i].cands = []gazetteer.Candidate{c}
					break
				}
			}
		}
	}
	ctx.support = p.withLandmarkTowns(readings(fs, sc), fs)
	chosen := grow(sc.chosen, len(fs))
	scores := grow(sc.scores, len(fs))
	quals := qualifiers(text, toks, fs, grow(sc.quals, len(fs)))
	sc.chosen, sc.scores, sc.quals = chosen, scores, quals
	// A name read twice with the same candidates and no qualifier gets
	// the same first reading: worked out once.
	first := sc.first
	clear(first)
	for i, f := range fs {
		if f.feature != featNone {
			continue
		}
		ctx.local = f.localUse
		if len(f.cands) < 2 || quals[i].cands != nil {
			chosen[i], scores[i] = p.best(f.key, f.cands, f.ent, ctx, quals[i], nil)
			continue
		}
		k := firstKey{key: f.key, cands: &f.cands[0], n: len(f.cands), ent: f.ent, local: f.localUse}
		if r, ok := first[k]; ok {
			chosen[i], scores[i] = r.c, r.score
			continue
		}
		chosen[i], scores[i] = p.best(f.key, f.cands, f.ent, ctx, quals[i], nil)
		first[k] = firstReading{chosen[i], scores[i]}
	}
	ctx.local = false
	if ctx.top == "" {
		if cc := placesCountry(fs, chosen); cc != "" {
			ctx.placed = cc
			for i, f := range fs {
				if !f.homeAbbrev {
					continue
				}
				for _, c := range f.cands {
					if c.CountryCode() == cc {
						fs[i].cands = []gazetteer.Candidate{c}
						chosen[i] = c
						break
					}
				}
			}
		}
	}
	// Second pass: places near the others the text names win ties
	// between namesakes ("Alexandria" near "Rapides Parish").
	// Each distinct place counts once, so the pass costs the number of
	// names times the number of distinct places, not names squared.
	// The distinct places chosen, each with its point and how many
	// names chose it.
	ids := sc.ids // place id → its index in placed
	clear(ids)
	ctx.admin1 = sc.admin1
	clear(ctx.admin1)
	placed := sc.placed[:0]
	for i := range fs {
		if chosen[i].Kind == gazetteer.KindPlace && chosen[i].Place != nil {
			pl := chosen[i].Place
			if k, ok := ids[pl.ID]; ok {
				placed[k].n++
				if placed[k].key != fs[i].key {
					placed[k].key = ""
				}
			} else {
				ids[pl.ID] = len(placed)
				placed = append(placed, chosenPlace{pl.ID, 1, point{pl.Lat, pl.Lon}, fs[i].key})
				// Each place counts once for its region: a name said
				// four times is not four neighbours.
				ctx.admin1[pl.Admin1]++
			}
		}
	}
	sc.placed = placed
	memo := sc.memo // a name gets one reading per text
	clear(memo)
	for i, f := range fs {
		if len(f.cands) < 2 {
			continue
		}
		if c, ok := memo[f.key]; ok && quals[i].cands == nil {
			chosen[i] = c
			continue
		}
		others := sc.others[:0]
		own := 0
		if chosen[i].Kind == gazetteer.KindPlace && chosen[i].Place != nil {
			own = chosen[i].Place.ID
		}
		// (Their order does not matter: score counts those near.)
		for _, o := range placed {
			if o.id == own || o.key == f.key {
				continue
			}
			others = append(others, o.pt)
		}
		ownAdmin1 := ""
		if chosen[i].Kind == gazetteer.KindPlace && chosen[i].Place != nil {
			ownAdmin1 = chosen[i].Place.Admin1
			ctx.admin1[ownAdmin1]--
		}
		ctx.self, ctx.local = f.key, f.localUse
		chosen[i], scores[i] = p.best(f.key, f.cands, f.ent, ctx, quals[i], others)
		sc.others = others[:0]
		ctx.self, ctx.local = "", false
		if ownAdmin1 != "" {
			ctx.admin1[ownAdmin1]++
		}
		if quals[i].cands == nil {
			memo[f.key] = chosen[i]
		}
	}
	// "The Athens Police Department ... the Henderson County Jail": the
	// capitals left the name its big readings, but a county the text
	// names holds a town of the name.
	for i, f := range fs {
		if !f.narrowed || f.ent == nil || quals[i].cands != nil || len(ctx.support) == 0 {
			continue
		}
		if c, ok := inNamedCounty(f, withSelf(ctx, f.key)); ok {
			chosen[i] = c
			memo[f.key] = c
		} else if c, ok := inNamedRegion(f, chosen[i], withSelf(ctx, f.key)); ok {
			chosen[i] = c
			memo[f.key] = c
			fs[i].local = true // placed by its neighbours: no doubtful word
		}
	}
	// The text says once which of the namesakes it means ("all of Paris,
	// Texas"): that is the reading of the name everywhere else in it,
	// before or after, even where the words around it narrowed it to
	// another ("Paris Regional Medical Center").
	p.sameAsQualified(fs, chosen, quals)
	// A name narrowed to its big readings by capitalised words around it
	// ("the Edmonton Community Partnership") is the place the text reads
	// it as elsewhere.
	for i, f := range fs {
		if len(f.cands) != 1 || f.ent == nil || quals[i].cands != nil || f.regionWord || f.divs != nil {
			continue
		}
		if c, ok := memo[f.key]; ok && !sameCandidate(c, chosen[i]) && hasCandidate(f.ent.all.cands, c) {
			chosen[i] = c
		}
	}
	// "Quebec government", "New York Gov.": the office is the region's
	// where a region and its city share the name.
	regionByOffice(text, toks, fs, chosen)
	// "California or Washington": a name joined to a region by "and" or
	// "or" is a region too, where it names one.
	regionInList(text, toks, fs, chosen, quals)
	// "CAMP MURRAY, Wash. ... at home in Washington": the text names the
	// state otherwise, and the capital of the name lies outside it.
	namedRegion := func(code, key string) bool {
		for j, g := range fs {
			if g.key != key && chosen[j].Kind == gazetteer.KindRegion && chosen[j].Region != nil && chosen[j].Region.Code == code {
				return true
			}
		}
		return false
	}
	for i, f := range fs {
		if chosen[i].Kind != gazetteer.KindPlace || chosen[i].Place == nil || quals[i].cands != nil {
			continue
		}
		for _, c := range f.cands {
			if c.Kind == gazetteer.KindRegion && !c.Demonym && chosen[i].Place.Admin1 != c.Region.Code &&
				primaryName(c, f.key) && namedRegion(c.Region.Code, f.key) {
				chosen[i] = c
				break
			}
		}
	}
	// "Cairo's Abbasiya", "London's Heathrow": the place is in the one
	// before the possessive.
	possessiveHolders(text, toks, fs, chosen)
	landmarkOwners(text, toks, fs, chosen)
	// A county of the name, bigger than the places and as well placed,
	// is meant: "Kent", "Fife" in a British story.
	for i, f := range fs {
		if len(f.altDivs) == 0 || chosen[i].Kind != gazetteer.KindPlace || chosen[i].Place == nil {
			continue
		}
		if _, s := bestDivision(f.altDivs, ctx, pointsOfChosen(chosen)); s+2 > scores[i] {
			fs[i].divs = f.altDivs
		}
	}
	// A qualifier is the region or country that holds the place before it:
	// "Tacoma, Washington" is the state, not the capital.
	for i := 0; i+1 < len(fs); i++ {
		if quals[i].cands == nil || quals[i].list || chosen[i].Kind != gazetteer.KindPlace || chosen[i].Place == nil || contains(chosen[i+1], chosen[i]) {
			continue
		}
		held := false
		for _, c := range fs[i+1].cands {
			if c.Kind != gazetteer.KindPlace && !c.Demonym && contains(c, chosen[i]) {
				chosen[i+1] = c
				held = true
				break
			}
		}
		// "HOLLIDAY, Mo.": a town the gazetteer does not know in a state
		// it does is somewhere in that state, not a small namesake
		// elsewhere.
		// In a list ("in Chiriqui, Veraguas and Cocle provinces") the
		// comma parts names, and a name of a region is that.
		if r := fs[i+1].cands; !held && len(r) == 1 && r[0].Kind == gazetteer.KindRegion && !r[0].Demonym &&
			chosen[i].Place.Population < unknownInRegionPopulation && !inList(text, toks, fs, i+1) &&
			!slices.ContainsFunc(fs[i].cands, func(c gazetteer.Candidate) bool { return c.Kind == gazetteer.KindRegion }) {
			chosen[i] = r[0]
		}
	}
	// "Snetterton, Norfolk", "Thruxton, Hampshire": a qualifier whose
	// name a county around the town bears is that county, whatever
	// towns abroad bear it too.
	p.countyQualifiers(fs, chosen, quals)
	heldByCounty(text, toks, fs, chosen)
	out := make([]Mention, 0, len(fs))
	lastByte, lastRune := 0, 0
	var feats []int                            // indexes in out of features
	var featFound []found                      // and their founds
	var inner []Place                          // the place inside each feature's name, if any
	var lonely []int                           // indexes in out of small places abroad, alone in their country
	outFound := grow(sc.outFound, len(fs))[:0] // for each mention in out, its index in fs
	defer func() { sc.outFound = outFound[:0] }()
	var readings []reading     // the text's names and their readings, when one is small and abroad
	home, homeSet := "", false // the region the text is about, when one clearly is
	for i, f := range fs {
		if f.contextOnly {
			continue
		}
		if f.feature == featNone && !f.continent && f.divs == nil && doubtful(f, chosen[i], ctx) {
			continue
		}
		if !f.hidden && f.feature == featNone && !f.continent && f.divs == nil && !f.dateline && !f.local && quals[i].cands == nil &&
			chosen[i].Kind == gazetteer.KindPlace && chosen[i].Place != nil && chosen[i].Place.Population < lonelyPopulation &&
			chosen[i].Place.Country == ctx.top {
			// "Stonewall" in a story about Gainesville, Virginia: a
			// village far off in another state of the text's own
			// country, near nothing the text names, is a local name the
			// gazetteer lacks, as a small place abroad is.
			if !homeSet {
				home, homeSet = p.homeRegion(ctx), true
			}
			if readings == nil {
				readings = textReadings(fs, chosen, dems)
			}
			if home != "" && p.farFromRegion(chosen[i].Place, home) && aloneNear(f.key, chosen[i].Place, readings) {
				lonely = append(lonely, len(out))
			}
		}
		if !f.hidden && f.feature == featNone && !f.continent && f.divs == nil && !f.dateline && (smallAbroad(chosen[i], ctx) ||
			commonAbroad(chosen[i], f.cands, ctx, func() int { return homeNames(fs, chosen, ctx.top) })) {
			if readings == nil {
				readings = textReadings(fs, chosen, dems)
			}
			if airfield := airfieldAfter(text, toks, f.last); airfield || lonelyAbroad(f.key, chosen[i], readings) {
				// "a double Axel": after a word in small letters that
				// puts nothing anywhere, a small place abroad that
				// nothing of the text is near is a word.
				if !airfield && !f.local && !f.localUse && afterPlainWord(text, toks, f.first) {
					continue
				}
				lonely = append(lonely, len(out))
			}
		}
		if f.hidden {
			// The feature's own generic word is no place inside it: the
			// "Delta" of the Nile Delta, the "Island" of Fire Island.
			if _, head := lowerIn(featureHeads, text[toks[f.last].start:toks[f.last].end]); head {
				continue
			}
			if n := len(inner); n > 0 && inner[n-1].ID == 0 && inner[n-1].Precision == "" {
				// A continent in a feature's name ("SM Mall of Asia")
				// says nothing of where it stands; a seat of power
				// ("Vatican Gardens") is where that power sits.
				if f.divs != nil {
					inner[n-1], _ = bestDivision(f.divs, ctx, pointsOfChosen(chosen))
				} else if pl, ok := p.seatOf(f.key); ok {
					inner[n-1] = pl
				} else if f.feature == featNone && !f.continent && len(f.cands) > 0 {
					inner[n-1] = toPlace(chosen[i])
				}
			}
			continue
		}
		bs, be := toks[f.first].start, toks[f.last].end
		// Code points are counted from the mention before: the text is
		// read once, and not past the last mention.
		rs := lastRune + runeCount(text[lastByte:bs])
		re := rs + runeCount(text[bs:be])
		lastByte, lastRune = bs, rs
		m := Mention{Start: rs, End: re, ByteStart: bs, ByteEnd: be, Text: text[bs:be], Score: scores[i]}
		switch {
		case f.feature != featNone:
			feats, featFound, inner = append(feats, len(out)), append(featFound, f), append(inner, Place{})
			_, m.Landmark = landmarkSites[f.key]
			m.Landmark = m.Landmark && f.macro
		case f.continent:
			m.Place, m.Score = continents[f.key], 1
		case f.divs != nil:
			m.Place, m.Score = p.divisionHere(f.key, f.divs, ctx, pointsOfChosen(chosen))
		default:
			m.Place = toPlace(chosen[i])
		}
		out = append(out, m)
		outFound = append(outFound, i)
	}
	besideCounty(fs, chosen, out, outFound)
	// "Ramor Theatre, Virginia" in a story from County Cavan: a region
	// abroad that no other name of the text lies in, where the name has
	// a town in the country the text is about, is that town.
	for k, m := range out {
		i := outFound[k]
		c := chosen[i]
		if m.Place.Precision != Admin1 || c.Kind != gazetteer.KindRegion || c.Region == nil || fs[i].divs != nil ||
			ctx.top == "" || c.Region.Country == ctx.top || ctx.focus.get(ctx.top) < 3 {
			continue
		}
		if borderAfter(text, toks, fs[i]) {
			continue // "the Texas border with Mexico": a town has none
		}
		if readings == nil {
			readings = textReadings(fs, chosen, dems)
		}
		if !alone(fs[i].key, c.Region.Country, c.Region.Lat, c.Region.Lon, readings) {
			continue
		}
		cands := fs[i].cands
		if fs[i].ent != nil {
			cands = fs[i].ent.all.cands // (a given name's towns may have been set aside)
		}
		// A region named like a great city of its own ("Buenos Aires")
		// stands for that city abroad, not for a village at home.
		if slices.ContainsFunc(cands, func(t gazetteer.Candidate) bool {
			return t.Kind == gazetteer.KindPlace && t.Place != nil && t.Place.Country == c.Region.Country && t.Place.Population >= 1000000
		}) {
			continue
		}
		for _, t := range cands {
			if t.Kind == gazetteer.KindPlace && t.Place != nil && t.Place.Country == ctx.top && !t.Demonym {
				out[k].Place = toPlace(t)
				break
			}
		}
	}
	// A small place abroad that nothing else of the text is in is a
	// local name the gazetteer lacks ("Heathrow" in a London story is
	// the airport, not the Florida town): it is where the text is.
	if len(lonely) > 0 {
		// The central place is worked out without them: "West Wing" said
		// four times is no reason to place the text in the English Wing.
		// (Their places are taken away for the count and given back.)
		saved := make([]Place, len(lonely))
		for k, i := range lonely {
			saved[k], out[i].Place = out[i].Place, Place{}
		}
		pl, ok := centralPlace(out, ctx)
		// An airport stands where the story is filed, if it says.
		dl, dok := datelinePlace(text, out)
		for k, i := range lonely {
			out[i].Place = saved[k]
			if dok && airfieldAfter(text, toks, fs[outFound[i]].last) {
				out[i].Place, out[i].Score = dl, 0
			} else if ok {
				out[i].Place, out[i].Score = pl, 0
			}
		}
	}
	// Features last: they stand where the places of the text are. From
	// the last back, so that one placed by the next ("Kingsley Road in
	// Estey's Bridge, N.B.") finds it placed.
	var fc featureContext
	for k := len(feats) - 1; k >= 0; k-- {
		i := feats[k]
		out[i].Place, out[i].Score = p.placeFeature(text, featFound[k], out[i], inner[k], out, dems, &fc)
	}
	return out
}

// doubtful reports whether a one-word name, now that the document's
// country is known, is more likely a word than the place chosen for it: a
// place known by that name only as an alternate, in another country than
// the one the text is about ("Shal" is an old name of Quetta); or a small
// place abroad named by the first word of a sentence ("Anger is high").
func doubtful(f found, c gazetteer.Candidate, ctx context) bool {
	if f.homeAbbrev {
		// "BC" outside a Canadian story is no province.
		return c.CountryCode() != ctx.top && (ctx.top != "" || c.CountryCode() != ctx.placed)
	}
	// A region named by compass words alone ("Western" of Sri Lanka,
	// Cameroon's "West" and "Far North") is meant only where the text is
	// about its country: "Western countries", "its image in the West"
	// name the West, "Far North Queensland" a part of Queensland.
	// (Its own weight aside, where it names one country only.)
	if c.Kind == gazetteer.KindRegion && !f.dateline && compassOnly(f.key) {
		need := 1.0
		if cc, n := oneCountry(f.cands); n == 1 && cc == c.CountryCode() {
			need = 2
		}
		if ctx.focus.get(c.CountryCode()) < need {
			return true
		}
	}
	if f.words != 1 || c.Kind == gazetteer.KindCountry || f.dateline || f.local || f.abbrev {
		return false // a dateline names the place the story is filed from
	}
	if c.Kind == gazetteer.KindRegion {
		// A small region abroad named by one word ("Northeast" in
		// Iceland, "Force" for a Chadian region) when the text is about
		// another country.
		abroad := ctx.top != "" && c.CountryCode() != ctx.top && ctx.focus.get(ctx.top) >= 2
		return abroad && c.Population() < 1000000
	}
	abroad := ctx.top != "" && c.CountryCode() != ctx.top && ctx.focus.get(ctx.top) >= 2
	// A common word capitalised ("the Metro station", "Reading") names a
	// city of its own name abroad only where it is a city of millions:
	// an American story's "Metro" is no Indonesian city.
	if abroad && c.Place.Population < 1000000 && wordClasses(f.key)&lexCommon != 0 {
		return true
	}
	// (Not a big city's other spelling that news keeps using: "Kharkov",
	// "Odessa" in a story about Russia. Other alternates are old,
	// foreign or odd names: "Julia" for Plovdiv.
	// Nor a name in Cyrillic letters, which GeoNames keeps among the
	// alternates: "Минск" in a Russian story about Moscow is Minsk's own
	// name in the text's script, where Cyrillic is written or a city's
	// name is known to all; "в Мире" is no French town. Nor a name
	// declined after a Slavic preposition: "u Beogradu" is Belgrade.)
	if abroad && !primaryName(c, f.key) && !(c.Place.Population >= 200000 && spellingOf(f.key, c.Place.Name)) &&
		!regionOfName(f, c) && !f.declined && !ownScriptName(f.key, c.Place) {
		return true
	}
	// A village abroad that nothing else of the text is near: a local
	// name the gazetteer lacks, taken for a namesake ("Boroko", a suburb
	// of Port Moresby, is a village in Indonesia).
	if abroad && c.Place.Population < 5000 && ctx.focus.get(c.CountryCode()) <= 1 {
		return true
	}
	// A quarter of a city abroad ("Chinatown" in a story from Honiara
	// is Honiara's, not San Francisco's), where nothing else of the text
	// lies in its country.
	if abroad && c.Place.Feature == "PPLX" && ctx.focus.get(c.CountryCode()) <= 1 {
		return true
	}
	if f.the && c.Place.Population < 100000 {
		return true // "the Maidan", "the Plaza": a landmark, not a town
	}
	// The first word of a sentence naming a small place that nothing
	// else in the text points to ("Farmers blocked", "Due to").
	// A neighbour or its region named in the text vouches for it
	// ("Paris and Henry County", "across the B.C. border, Valemount").
	// (Not one whose own institution follows: "Carthage Police Chief
	// Chris McKenzie said".)
	small := c.Place.Population < 100000
	return f.sentStart && small && !f.localUse && !f.declined && (ctx.focus.get(c.CountryCode()) <= 1 || !primaryName(c, f.key)) &&
		!(primaryName(c, f.key) && (ctx.regions[c.Place.Admin1] || supportedBy(c, withSelf(ctx, f.key))))
}

// compassOnly reports whether key is made of compass words alone:
// "western", "centre", "far north", "north west".
func compassOnly(key string) bool {
	for w := range strings.FieldsSeq(key) {
		if _, ok := compassWords[w]; !ok && w != "centre" && w != "center" && w != "far" && w != "deep" && w != "extreme" {
			return false
		}
	}
	return key != ""
}

// regionOfName reports whether the region c lies in bears f's name as
// its own: the name is the one its country's neighbours use ("Geneva",
// the canton and its city Genève), no odd alternate.
func regionOfName(f found, c gazetteer.Candidate) bool {
	return slices.ContainsFunc(f.cands, func(r gazetteer.Candidate) bool {
		return r.Kind == gazetteer.KindRegion && r.Region != nil && r.Region.Code == c.Place.Admin1 && primaryName(r, f.key)
	})
}

// longFormParticles join a town's short name to the rest of its long
// form in the languages that write them so: Santiago de Compostela, São
// José dos Campos, San Miguel de Tucumán.
var longFormParticles = []string{"de", "del", "de la", "de las", "de los", "do", "da", "dos", "das", "di"}

// longFormOf reports whether name is key followed by a particle and more
// words: "Santiago de Compostela" for "santiago".
func longFormOf(key, name string) bool {
	rest, ok := strings.CutPrefix(gazetteer.Normalize(name), key+" ")
	if !ok {
		return false
	}
	for _, p := range longFormParticles {
		if strings.HasPrefix(rest, p+" ") {
			return true
		}
	}
	return false
}

// spellingOf reports whether key reads as another spelling of name:
// the same first three letters and a length within two ("kharkov",
// Kharkiv; "odessa", Odesa; "roma", Rome).
func spellingOf(key, name string) bool {
	n := gazetteer.Normalize(name)
	if rest, ok := strings.CutPrefix(key, "st "); ok {
		key = "saint " + rest // "St. Petersburg"
	}
	return len(key) >= 3 && len(n) >= 3 && key[:3] == n[:3] && len(key)-len(n) <= 2 && len(n)-len(key) <= 2
}

// seatNamed reports whether a region's seat, known by key only as an
// alternate, stands for the name that the region (of regionPop people)
// bears as its own: another spelling, a short form, or any name of a
// seat that holds half the region's people.
func seatNamed(key string, seat *gazetteer.Place, regionPop int) bool {
	return shortOrSpelling(key, seat.Name) || 2*seat.Population >= regionPop
}

// shortOrSpelling reports whether key is another spelling of name or
// its short form ("new york" for New York City).
func shortOrSpelling(key, name string) bool {
	return spellingOf(key, name) || strings.HasPrefix(gazetteer.Normalize(name), key+" ")
}

// placesCountry returns the country of most of the distinct names
// first read as places (initials aside), where two or more are, or "".
func placesCountry(fs []found, chosen []gazetteer.Candidate) string {
	var counts countryWeights
	for i, f := range fs {
		c := chosen[i]
		if f.homeAbbrev || c.Kind != gazetteer.KindPlace || c.Place == nil ||
			slices.ContainsFunc(fs[:i], func(g found) bool { return g.key == f.key }) {
			continue
		}
		counts.add(c.Place.Country, 1)
	}
	top := counts.top()
	if top == "" || counts.get(top) < 2 {
		return ""
	}
	total := 0.0
	for _, cc := range counts.codes {
		total += counts.get(cc)
	}
	if 2*counts.get(top) <= total {
		return ""
	}
	return top
}

// documentContext weighs the countries a document is about: countries
// named (3), demonyms (2; a border's, 0.5), and the country of every name
// whose candidates all lie in one country (1).
func (p *Parser) documentContext(text string, toks []token, fs, dems []found, sc *scratch) context {
	sc.focus.reset()
	clear(sc.regions)
	ctx := context{focus: &sc.focus, regions: sc.regions}
	for _, d := range dems {
		if len(d.cands) == 0 {
			continue
		}
		// "Uralsk, near the Russian border": a border is said of a
		// place beside the country as often as of one in it.
		w := 2.0
		if borderAfter(text, toks, d) {
			w = 0.5
		}
		ctx.focus.add(d.cands[0].CountryCode(), w)
	}
	for _, f := range fs {
		if f.homeAbbrev {
			continue // read by the country the rest of the text is about
		}
		// A landmark says its country as a town does ("Paris'
		// Champs-Elysees" in a Kentucky paper).
		if l, ok := landmarkSites[f.key]; ok && f.macro {
			if cc := l.country(); cc != "" {
				ctx.focus.add(cc, 1)
			}
			continue
		}
		// The one country of all its candidates and divisions, if so.
		// What depends on the name and its candidates alone comes from
		// its set, when it has one.
		set := f.ent.setOf(f.cands)
		var one string
		var n int8 // 0 none, 1 one country, 2 several
		if set != nil {
			one, n = set.country, set.countries
		} else {
			one, n = oneCountry(f.cands)
		}
		if len(f.cands) > 0 && f.cands[0].Kind == gazetteer.KindCountry {
			// A country that shares its name with a region elsewhere
			// ("Georgia") says less about where the text is.
			w := 3.0
			if set != nil && set.namesake || set == nil && regionNamesake(f.key, f.cands) {
				w = 0.5
			}
			ctx.focus.add(f.cands[0].CountryCode(), w)
			continue
		}
		// A county or district the text names ("Henry County") says its
		// country as a town does.
		for _, ds := range [2][]*gazetteer.Division{f.altDivs, f.divs} {
			for _, d := range ds {
				if n == 0 {
					one, n = d.Country, 1
				} else if d.Country != one {
					n = 2
				}
			}
		}
		// (A quarter of a city, "Chinatown", says little of the country:
		// many cities have one.)
		if n == 1 && !allSections(f.cands) {
			w := 1.0
			if f.narrowedAcross {
				w = 0.5
			}
			ctx.focus.add(one, w)
		}
		if len(f.cands) > 0 && f.cands[0].Kind == gazetteer.KindRegion && !(set != nil && set.cityRegion || set == nil && cityOfRegion(f.key, f.cands)) {
			ctx.regions[f.cands[0].Region.Code] = true
			// A big region named by its own name says which country
			// the text is in, more than a town found in one country
			// does ("Texas" beside "Paris"), even where small places
			// abroad share the name.
			// (Not where a big region of another country bears it too:
			// "Punjab" says India or Pakistan.)
			if r := f.cands[0].Region; n == 2 && r.Population >= 1000000 && ownRegionName(r.Name, f.key) &&
				!slices.ContainsFunc(f.cands[1:], func(c gazetteer.Candidate) bool {
					return c.Kind == gazetteer.KindRegion && c.Region.Country != r.Country && c.Region.Population >= 1000000
				}) {
				ctx.focus.add(r.Country, 1.5)
			}
		}
	}
	ctx.top = ctx.focus.top()
	if ctx.top == "" {
		// No name says its country: the one country that holds a
		// likely reading of every name is where the text is.
		if cc := coverCountry(fs); cc != "" {
			ctx.focus.add(cc, 1)
			ctx.top = cc
		}
	}
	return ctx
}

// allSections reports whether every candidate is a quarter of a city.
func allSections(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Kind != gazetteer.KindPlace || c.Place.Feature != "PPLX" {
			return false
		}
	}
	return len(cands) > 0
}

// ownRegionName reports whether key is a region's own name, or it after
// a compass word ("northeast texas").
func ownRegionName(name, key string) bool {
	if gazetteer.NormalizesTo(name, key) {
		return true
	}
	i := strings.IndexByte(key, ' ')
	return i > 0 && compassWords[key[:i]] && gazetteer.NormalizesTo(name, key[i+1:])
}

// oneCountry returns the one country all of cands lie in, with n 1; n
// is 0 when there is no candidate and 2 when they lie in several.
func oneCountry(cands []gazetteer.Candidate) (one string, n int8) {
	for _, c := range cands {
		if cc := c.CountryCode(); n == 0 {
			one, n = cc, 1
		} else if cc != one {
			return "", 2
		}
	}
	return one, n
}

// regionNamesake reports whether a country's name is also the own name of
// a region of another country: Georgia the country and the US state.
func regionNamesake(key string, cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Kind == gazetteer.KindRegion && c.CountryCode() != cands[0].CountryCode() && primaryName(c, key) {
			return true
		}
	}
	return false
}

// bareDivisions returns the divisions that bear a name as their own
// ("Kent", "Fife"), when only places smaller than 150,000 and no region or
// country bear it, and no place of the division's region has that name
// (a district named after its seat town means the town).
func (p *Parser) bareDivisions(f found) []*gazetteer.Division {
	if p.d == nil || f.divs != nil || f.continent || len(f.cands) == 0 || f.regionWord {
		return nil
	}
	if set := f.ent.setOf(f.cands); set != nil {
		return set.bare
	}
	return bareDivs(p.d, f.key, f.cands)
}

// seatKm is how near a place of a division's name must stand to its point
// to be its seat.
const seatKm = 10

// bareDivs is bareDivisions for a name's key and candidates. d may be
// nil.
func bareDivs(d *gazetteer.Divisions, key string, cands []gazetteer.Candidate) []*gazetteer.Division {
	if d == nil || len(cands) == 0 {
		return nil
	}
	for _, c := range cands {
		if c.Kind != gazetteer.KindPlace || c.Place.Population >= 150000 {
			return nil
		}
	}
	var out []*gazetteer.Division
	for _, dv := range d.Lookup(key) {
		if gazetteer.Normalize(dv.Name) != key {
			continue
		}
		seat := false
		for _, c := range cands {
			// The seat bears the name as its own, or stands where the
			// division does under another spelling ("La Marsa", the
			// delegation, and Al Marsá, its town).
			if c.Place.Admin1 == dv.Admin1 && (primaryName(c, key) ||
				gazetteer.Distance(c.Place.Lat, c.Place.Lon, dv.Lat, dv.Lon) <= seatKm) {
				seat = true
			}
		}
		if !seat {
			out = append(out, dv)
		}
	}
	return out
}

// cityOfRegion reports whether a name that names a region also names a
// sizeable city of that region by its own name ("New York", "Mexico",
// "Almaty"): the text may mean the city, so the name does not say that
// the text is about the region ("Boston" after "New York" is not in New
// York State).
func cityOfRegion(key string, cands []gazetteer.Candidate) bool {
	r := cands[0].Region
	for _, c := range cands {
		if c.Kind == gazetteer.KindPlace && c.Place.Admin1 == r.Code && (c.Place.Population >= 1000000 || primaryName(c, key) &&
			(c.Place.Population >= 100000 || c.Place.Feature == "PPLA" || c.Place.Feature == "PPLC")) {
			return true
		}
	}
	return false
}

// qualifier is a place named right after another to say which one is
// meant: "Aktau, Mangystau", "Paris, Texas", "Alexandria (Virginia)".
type qualifier struct {
	cands []gazetteer.Candidate
	// list is set where the qualifier is the next name's, lent across
	// "and": "Nashville and Cordova, Tennessee".
	list bool
}

func qualifiers(text string, toks []token, fs []found, out []qualifier) []qualifier {
	for i := 0; i+1 < len(fs); i++ {
		if fs[i+1].first <= fs[i].last {
			continue // a feature and a name inside it
		}
		gap := text[toks[fs[i].last].end:toks[fs[i+1].first].start]
		gap = strings.TrimSpace(gap)
		if (gap == "," || gap == "(") && !countryBeforeCountry(fs[i], fs[i+1]) {
			out[i] = qualifier{cands: fs[i+1].cands}
		}
	}
	// "Nashville and Cordova, Tennessee": the state qualifies both, where
	// the first has a place in it.
	for i := len(fs) - 3; i >= 0; i-- {
		if out[i].cands != nil || out[i+1].cands == nil || out[i+1].list || fs[i+1].first <= fs[i].last {
			continue
		}
		switch strings.TrimSpace(text[toks[fs[i].last].end:toks[fs[i+1].first].start]) {
		case "and", "or", "&":
		default:
			continue
		}
		if slices.ContainsFunc(fs[i].cands, func(c gazetteer.Candidate) bool {
			return slices.ContainsFunc(out[i+1].cands, func(q gazetteer.Candidate) bool {
				return q.Kind == gazetteer.KindRegion && contains(q, c)
			})
		}) {
			out[i] = qualifier{cands: out[i+1].cands, list: true}
		}
	}
	return out
}

// countryBeforeCountry reports whether a is a country's name and b only
// names countries: "entanglements in Russia, U.S. officials said" lists
// two, and does not put a Russia in Ohio. A region of b with a's name
// ("Georgia, U.S.") would still be qualified.
func countryBeforeCountry(a, b found) bool {
	country := false
	for _, c := range a.cands {
		if c.Kind == gazetteer.KindCountry && !c.Demonym {
			country = true
		}
	}
	if !country || len(b.cands) == 0 {
		return false
	}
	for _, q := range b.cands {
		if q.Kind != gazetteer.KindCountry {
			return false
		}
		for _, c := range a.cands {
			if c.Kind == gazetteer.KindRegion && contains(q, c) {
				return false
			}
		}
	}
	return true
}

// best scores each candidate and returns the highest.
func (p *Parser) best(key string, cands []gazetteer.Candidate, ent *nameEntry, ctx context, q qualifier, others []point) (gazetteer.Candidate, float64) {
	bestScore := math.Inf(-1)
	var best gazetteer.Candidate
	// Whether each candidate bears the name as its own, asked once, and
	// the log of its population: from the parser's entry for the name.
	var prim []bool
	var logPop []float64
	var pbuf [32]bool
	var lbuf [32]float64
	if set := ent.setOf(cands); set != nil {
		prim, logPop = set.prim, set.logPop
	} else {
		if len(cands) > len(pbuf) {
			prim, logPop = make([]bool, len(cands)), make([]float64, len(cands))
		} else {
			prim, logPop = pbuf[:len(cands)], lbuf[:len(cands)]
		}
		facts(ent, key, cands, prim, logPop)
	}
	// When a region or country bears the name as its own, a place that
	// bears it only as an alternate is not meant ("Arizona" is the state,
	// not Yuma, which GeoNames also lists under it).
	ownedByArea, areaPop, areaAtHome := false, 0, false
	for ci, c := range cands {
		if c.Kind != gazetteer.KindPlace && !c.Demonym && prim[ci] {
			ownedByArea, areaPop = true, max(areaPop, c.Population())
			areaAtHome = areaAtHome || c.CountryCode() == ctx.top
		}
	}
	// A place that bears the name as its own outranks one that bears it as
	// an old or foreign name: "Salisbury" is the English city before it is
	// Harare, "Berea" the Kentucky town before it is Aleppo.
	ownedByPlace := false
	for ci, c := range cands {
		if c.Kind == gazetteer.KindPlace && c.Place.Population >= 10000 && prim[ci] {
			ownedByPlace = true
		}
	}
	for ci, c := range cands {
		// (A city of a million keeps another spelling or a short form
		// of its name, "Kiev", "New York", and an old name of a region
		// it holds half of, "Chittagong". Another old name that a
		// region bears is the region's: "Bahia" is the state, not
		// Salvador, and "Dnipropetrovsk" the oblast, the coarser
		// answer where the city is meant rather than a wrong one.)
		// (Nor a town of the country the text is about against a
		// region abroad: "Saida and Tyre" is Sidon, though an Algerian
		// province is Saida.)
		if ownedByArea && c.Kind == gazetteer.KindPlace && !prim[ci] &&
			(c.Place.Population < 1000000 || !seatNamed(key, c.Place, areaPop)) &&
			(areaAtHome || ctx.top == "" || c.Place.Country != ctx.top) {
			continue
		}
		s, ok := p.score(c, prim[ci], logPop[ci], ctx, q, others, bestScore)
		if !ok {
			continue // it cannot beat the best so far
		}
		// (Save a town of a region the text names whose name is the
		// name's long form: "Galicia ... Santiago" is Santiago de
		// Compostela.)
		if ownedByPlace && c.Kind == gazetteer.KindPlace && !prim[ci] &&
			!(ctx.regions[c.Place.Admin1] && longFormOf(key, c.Place.Name)) {
			s -= 3
			if c.Place.Feature == "PPLC" {
				s -= 3 // nor does a capital's old name carry its rank
			} else if s > bestScore && !shortOrSpelling(key, c.Place.Name) {
				// Nor the region the text names an old name of a
				// town there: "Maryville" beside "Texas" is one of
				// the Maryvilles, not Beeville, once so called.
				// (Asked only of a candidate that would still win.)
				s -= 4
			}
		}
		if s > bestScore {
			best, bestScore = c, s
		}
	}
	// A world capital that no other name of the text lies near has no
	// claim of rank over a namesake that one does: "London" beside "St.
	// Thomas" and "Middlesex" is Ontario's.
	// (The capital of the country the text is about keeps it.)
	if best.Kind == gazetteer.KindPlace && best.Place != nil && best.Place.Feature == "PPLC" && best.Place.Population >= 1000000 &&
		others != nil && len(ctx.support) > 0 && q.cands == nil && best.Place.Country != ctx.top {
		if n, _ := supported(best, withSelf(ctx, key)); n == 0 {
			alt, altScore := gazetteer.Candidate{}, math.Inf(-1)
			for ci, c := range cands {
				if c.Kind != gazetteer.KindPlace || c.Place == nil || c.Demonym || !prim[ci] || c.Place.ID == best.Place.ID {
					continue
				}
				if n, _ := supported(c, withSelf(ctx, key)); n == 0 {
					continue
				}
				if s, ok := p.score(c, prim[ci], logPop[ci], ctx, q, others, altScore); ok && s > altScore {
					alt, altScore = c, s
				}
			}
			if alt.Place != nil && altScore > bestScore-capitalBonus {
				return alt, altScore
			}
			// Nor over a city of its name in the country the text is
			// clearly about, where nothing of the text speaks of the
			// capital's country: "a London rally ... Canada's stand"
			// is London, Ontario.
			if ctx.top != "" && ctx.focus.get(ctx.top) >= 3 && ctx.focus.get(best.Place.Country) == 0 {
				for ci, c := range cands {
					if c.Kind == gazetteer.KindPlace && c.Place != nil && !c.Demonym && prim[ci] && c.Place.Country == ctx.top &&
						c.Place.Population >= 100000 {
						s, _ := p.score(c, prim[ci], logPop[ci], ctx, q, others, math.Inf(-1))
						return c, s
					}
				}
			}
		}
	}
	// A town in a county the text names outranks a country or region of
	// its name, however often the text names the name: "Lebanon" beside
	// "Boone County" is the county's seat in Indiana.
	if best.Kind != gazetteer.KindPlace && len(ctx.support) > 0 && q.cands == nil {
		for ci, c := range cands {
			if c.Kind != gazetteer.KindPlace || c.Place == nil || c.Demonym || !prim[ci] {
				continue
			}
			if _, in := supported(c, withSelf(ctx, key)); in {
				return c, bestScore
			}
		}
	}
	// A country named in a text about another country where a region has
	// that name is the region: "Georgia" in a story set in Atlanta.
	if best.Kind == gazetteer.KindCountry && ctx.top != "" && best.CountryCode() != ctx.top &&
		ctx.focus.get(ctx.top) > ctx.focus.get(best.CountryCode()) && q.cands == nil {
		for ci, c := range cands {
			if c.Kind == gazetteer.KindRegion && c.CountryCode() == ctx.top && prim[ci] {
				return c, bestScore
			}
		}
	}
	// A region or country named by its own name is meant rather than a
	// small place that shares it ("England and Wales": Wales, not the
	// village of Wales in Yorkshire), unless a qualifier says otherwise.
	// A country is not, where other names of the text lie about the
	// place: "Lebanon" beside "Zionsville" and "Boone County" is the
	// Indiana town. (A state is: "California" beside "Washington"; but
	// not a state abroad against a town of 10,000: "Vienna" beside
	// "Herndon" is the Virginia town, not the Austrian Land; "Buenos
	// Aires" in a Mexican story is not a village of 1,500 near Toluca.)
	if best.Kind == gazetteer.KindPlace && best.Place != nil && best.Place.Population < 100000 && best.Place.Feature != "PPLA" &&
		best.Place.Feature != "PPLC" && q.cands == nil {
		local := supportedBy(best, withSelf(ctx, key))
		for ci, c := range cands {
			if c.Kind != gazetteer.KindPlace && !c.Demonym && prim[ci] && c.Population() >= 10*best.Place.Population &&
				!(local && (c.Kind == gazetteer.KindCountry || c.CountryCode() != best.Place.Country && best.Place.Population >= 10000)) {
				// (And a capital of its name may be meant by the
				// region's name, below: "Buenos Aires".)
				best = c
				break
			}
		}
	}
	// A region ten times its seat's size, named by its own name, is the
	// region: "Quebec" is the province (Quebec City is named so).
	if best.Kind == gazetteer.KindPlace && best.Place != nil && q.cands == nil {
		for ci, c := range cands {
			if c.Kind == gazetteer.KindRegion && !c.Demonym && prim[ci] && c.CountryCode() == best.CountryCode() &&
				c.Region.Code == best.Place.Admin1 && c.Population() >= 10*best.Place.Population {
				return c, bestScore
			}
		}
	}
	// A town known by its name's first part ("Saint-Étienne" for
	// Saint-Étienne-sur-Chalaronne, a village of 1,300) yields to a town
	// ten times its size in the same country that bears the name whole
	// (Saint-Étienne).
	if best.Kind == gazetteer.KindPlace && best.Place != nil && !gazetteer.NormalizesTo(best.Place.Name, key) && q.cands == nil {
		for _, c := range cands {
			if c.Kind == gazetteer.KindPlace && c.Place != nil && !c.Demonym && gazetteer.NormalizesTo(c.Place.Name, key) &&
				c.Place.Country == best.Place.Country && c.Place.Population >= 10*best.Place.Population {
				return c, bestScore
			}
		}
	}
	// A country or region that shares its name with a capital or regional
	// seat of the same country is, by that name alone, the city: "Hong
	// Kong", "Singapore", "Kiev" (also Kyiv Oblast), "Almaty"; the city is
	// the finer answer; so is a city of millions in a region of its name
	// ("New York"). "Almaty Region" came with a region word and has only
	// regions to choose from.
	if best.Kind == gazetteer.KindCountry || best.Kind == gazetteer.KindRegion {
		for ci, c := range cands {
			seat := c.Kind == gazetteer.KindPlace && (c.Place.Feature == "PPLC" || c.Place.Feature == "PPLA" ||
				best.Kind == gazetteer.KindRegion && c.Place.Population >= 1000000 && c.Place.Admin1 == best.Region.Code)
			// (Not a seat that holds a tenth of its region's people:
			// "Quebec" is the province, Quebec City its own name.)
			// A seat that bears the name only as an old or long form
			// ("Bahia" for Salvador, "Pará" for Belém) is not meant;
			// another spelling ("Kiev") or a short form ("New York")
			// is.
			if seat && c.CountryCode() == best.CountryCode() && (best.Kind == gazetteer.KindRegion || prim[ci]) &&
				!(best.Kind == gazetteer.KindRegion && best.Region.Population >= 10*c.Place.Population) &&
				(prim[ci] || best.Kind != gazetteer.KindRegion || seatNamed(key, c.Place, best.Region.Population)) {
				return c, bestScore
			}
		}
	}
	return best, bestScore
}

// score ranks one candidate. The weights are in "orders of magnitude of
// population": a capital is worth three, being in the country the text is
// about four, a qualifier that contains it eight.
//
// The last terms, nearness to the other places and support by the other
// names, cost a distance per place or name; they add at most
// maxNearBonus and maxSupportBonus. When the score without them plus
// those most is no more than floor, the candidate cannot beat a score of
// floor, and score returns false without working them out. (Rounding is
// monotonic: the sum computed with the bonuses at their most bounds the
// sum computed with them.)
func (p *Parser) score(c gazetteer.Candidate, primary bool, logPop float64, ctx context, q qualifier, others []point, floor float64) (float64, bool) {
	s := logPop // math.Log10(float64(c.Population()) + 1)
	switch c.Kind {
	case gazetteer.KindCountry:
		s += 6
	case gazetteer.KindRegion:
		s += 1
	case gazetteer.KindPlace:
		if c.Place.Population >= 1000000 && c.Place.Feature == "PPLC" && !(ctx.local && ctx.top != "" && ctx.top != c.Place.Country) {
			// A capital of millions keeps its name against small
			// namesakes in the country a text is about: "London" in an
			// American story is London. (Only capitals: Edmonton in
			// Alberta must not eclipse Edmonton in London.)
			s += capitalBonus
		}
		switch c.Place.Feature {
		case "PPLC":
			s += 3
		case "PPLA":
			s += 2
		case "PPLA2":
			s += 0.5
		case "PPLA3", "PPLA4", "PPLA5":
			s += 0.5
		}
		if ctx.regions[c.Place.Admin1] {
			s += 5 // a state or region the text names holds it
		}
		// Other places of the text lie in its region ("Mansfield" beside
		// "Shreveport"): its own first choice does not count.
		if len(others) > 0 && c.Place.Admin1 != "" {
			if n := ctx.admin1[c.Place.Admin1]; n > 0 {
				s += 1.5 * math.Min(float64(n), 2)
			}
		}
	}
	cc := c.CountryCode()
	if cc == ctx.top {
		s += 4
	} else if ctx.focus.get(cc) > 0 {
		s += 1.5
	}
	for _, qc := range q.cands {
		if contains(qc, c) {
			s += 8
			break
		}
	}
	if c.Exact {
		s += 0.5
	}
	if c.Kind == gazetteer.KindPlace && c.Place.Feature != "PPLC" && !c.Demonym {
		// Its own name, not an old or foreign one: "Salisbury" is the
		// English town before it is the old name of Harare.
		if primary {
			s += 1.5
		}
	}
	byOthers, bySupport := len(others) > 0, c.Kind == gazetteer.KindPlace && ctx.self != ""
	if most := s; byOthers || bySupport {
		if byOthers {
			most += maxNearBonus
		}
		if bySupport {
			most += maxSupportBonus
		}
		if most <= floor {
			return 0, false
		}
	}
	if byOthers {
		lat, lon := c.LatLon()
		near := 0
		for _, o := range others {
			// Four degrees of latitude apart is over 440 km, whatever
			// the longitudes: no need for the haversine.
			if math.Abs(o.lat-lat) > 4 || farInLongitude(lat, o.lat, lon-o.lon, 10) {
				continue
			}
			if gazetteer.Distance(lat, lon, o.lat, o.lon) < 400 {
				near++
			}
		}
		s += maxNearBonus * float64(near) / float64(len(others))
	}
	if bySupport {
		n, inCounty := supported(c, ctx)
		s += supportBonus * float64(min(n, maxSupporters))
		if inCounty {
			s += countyBonus
		}
	}
	return s, true
}

// The most that nearness to the other places of a text adds to a score
// (all of them within 400 km), and the most that support adds
// (maxSupporters names with a reading close by).
const (
	maxNearBonus    = 3.0
	maxSupporters   = 2
	maxSupportBonus = supportBonus*maxSupporters + countyBonus
)

// farInLongitude reports, without trigonometry, that two points at
// latitudes lat1 and lat2 and dlon degrees of longitude apart are far
// apart: both lie within 60° of the equator, where a degree of longitude
// is at least half a degree of latitude, and they are at least minDeg
// degrees of longitude apart either way round. The haversine term of
// the longitudes alone then puts them at least about minDeg/4 degrees of
// arc apart: with minDeg 10, over 550 km (the callers ask for 400); with
// 2.5, over 135 km (for 100). A false answer says nothing.
func farInLongitude(lat1, lat2, dlon float64, minDeg float64) bool {
	if math.Abs(lat1) > 60 || math.Abs(lat2) > 60 {
		return false
	}
	d := math.Abs(dlon)
	if d > 180 {
		d = 360 - d
	}
	return d >= minDeg
}

// supportBonus is what each other name with a reading near a candidate
// adds, for up to two names.
const supportBonus = 3.0

// supported counts the other names of the text with a likely reading
// within supportKm of c, and says whether c lies within countyKm of the
// middle of a county another name names: "Richmond" beside "Madison
// County" is the seat of the Kentucky county of that name, not a
// Richmond two counties from Indiana's.
func supported(c gazetteer.Candidate, ctx context) (n int, inCounty bool) {
	lat, lon := c.LatLon()
	for _, r := range ctx.support {
		if r.key == ctx.self {
			continue
		}
		near := false
		// (A county named for the town says nothing of which town:
		// there is a Madison in most Madison Counties.)
		counties := r.divs < len(r.pts) && !inCounty && !namedFor(r.key, ctx.self)
		for k, o := range r.pts {
			if near && (!counties || k < r.divs) {
				if !counties {
					break
				}
				continue // only a county can say more
			}
			if math.Abs(o.lat-lat) > 1 || o.lat == lat && o.lon == lon || farInLongitude(lat, o.lat, lon-o.lon, 2.5) {
				continue
			}
			if km := gazetteer.Distance(lat, lon, o.lat, o.lon); km < supportKm {
				near = true
				if k >= r.divs && km < countyKm && counties {
					inCounty = true
					break
				}
			}
		}
		if near {
			n++
		}
	}
	return n, inCounty
}

// countyKm is how near the middle of a county a town must lie to be
// taken for one of its own, and countyBonus what that adds.
const (
	countyKm    = 40
	countyBonus = 3.0
)

// readings lists each distinct name's likeliest readings: its first
// supportReadings places, and the counties it names. Only a text with a
// name of several readings needs them.
func readings(fs []found, sc *scratch) []nameReadings {
	ambiguous := false
	for _, f := range fs {
		if len(f.cands) > 1 {
			ambiguous = true
			break
		}
	}
	if !ambiguous || len(fs) < 2 {
		return nil
	}
	out := sc.support[:0]
	all := sc.points[:0] // one backing array for every name's points
	defer func() { sc.support, sc.points = out[:0], all[:0] }()
next:
	for _, f := range fs {
		if f.feature != featNone || f.continent {
			continue
		}
		for _, r := range out {
			if r.key == f.key {
				continue next
			}
		}
		start := len(all)
		n := 0
		// A country's name is the country, not the villages that bear it
		// ("Russia" is no neighbour of London, Ohio, for Russia, Ohio).
		country := len(f.cands) > 0 && f.cands[0].Kind == gazetteer.KindCountry && !f.cands[0].Demonym
		var big *gazetteer.Place // the most populous town that bears the name as its own
		for _, c := range f.cands {
			if c.Kind != gazetteer.KindPlace || c.Demonym || country {
				continue // a region's point is no town's neighbour
			}
			if (big == nil || c.Place.Population > big.Population) && primaryName(c, f.key) {
				big = c.Place
			}
			if n < supportReadings {
				all = append(all, point{c.Place.Lat, c.Place.Lon})
				n++
			}
		}
		// (The ranking puts county seats of 3,000 before a town of
		// 70,000: "Centreville" is the Virginia one too.)
		if big != nil && n == supportReadings && !slices.Contains(all[start:], point{big.Lat, big.Lon}) {
			all = append(all, point{big.Lat, big.Lon})
		}
		divs := len(all) - start
		for _, d := range f.divs {
			all = append(all, point{d.Lat, d.Lon})
		}
		if len(all) > start {
			out = append(out, nameReadings{f.key, all[start:len(all):len(all)], divs})
		}
	}
	return out
}

// grow returns buf resized to n zero values, reusing its array when it
// is big enough.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// contains reports whether outer (a region or country) holds inner.
func contains(outer, inner gazetteer.Candidate) bool {
	switch outer.Kind {
	case gazetteer.KindCountry:
		return inner.CountryCode() == outer.Country.Code && inner.Kind != gazetteer.KindCountry
	case gazetteer.KindRegion:
		return inner.Kind == gazetteer.KindPlace && inner.Place.Admin1 == outer.Region.Code
	}
	return false
}

func toPlace(c gazetteer.Candidate) Place {
	lat, lon := c.LatLon()
	pl := Place{ID: c.ID(), Name: c.Name(), Country: c.CountryCode(), Admin1: c.Admin1(), Lat: lat, Lon: lon, Population: c.Population()}
	switch c.Kind {
	case gazetteer.KindPlace:
		pl.Precision = City
		pl.Section = c.Place.Feature == "PPLX"
	case gazetteer.KindRegion:
		pl.Precision = Admin1
	case gazetteer.KindCountry:
		pl.Precision = Country
		if pt, ok := countryPoints[pl.Country]; ok {
			pl.Lat, pl.Lon = pt[0], pt[1]
		}
	}
	return pl
}

// resolveAlone resolves a span that recognition did not take (a street, a
// building, a name it judged not to be a place): by the gazetteer when it
// knows the words, else by the place the text is about — the nearest
// sensible guess for "Frenchmen Street" in a text about New Orleans.
func (p *Parser) resolveAlone(text string, bs, be int, auto []Mention, dems []found) (Place, float64, bool) {
	ctx := contextOfMentions(auto, dems)
	key := gazetteer.Normalize(text[bs:be])
	if pl, ok := continents[key]; ok {
		return pl, 1, true
	}
	if name, ok := continentAdjectives[key]; ok {
		return continents[name], 1, true
	}
	// "the Gulf Information Security Conference": a part of the world
	// given alone is it, though its name goes on in the text, where no
	// town bears the name ("Atlantic, Iowa" does).
	if r, ok := macroRegions[strings.TrimPrefix(key, "the ")]; ok && !slices.ContainsFunc(p.g.Lookup(key), func(c gazetteer.Candidate) bool {
		return c.Kind == gazetteer.KindPlace && primaryName(c, key)
	}) {
		return Place{Name: r.name, Lat: r.lat, Lon: r.lon, Precision: Feature}, 1, true
	}
	// "at the Russian Foreign Ministry", "the Kenyan Parliament": a
	// nation's ministry, government or parliament sits in its capital.
	if first, rest, ok := strings.Cut(strings.TrimPrefix(key, "the "), " "); ok && seatBodies[rest[strings.LastIndexByte(rest, ' ')+1:]] {
		for _, c := range p.g.Lookup(first) {
			if c.Kind == gazetteer.KindCountry && c.Demonym {
				if pl, ok := p.Capital(c.CountryCode()); ok {
					return pl, 1, true
				}
			}
		}
	}
	// "testify before Congress", "in Parliament": the legislature of the
	// country the text is about sits in its capital.
	if legislatures[strings.TrimPrefix(key, "the ")] && ctx.top != "" {
		if pl, ok := p.Capital(ctx.top); ok {
			return pl, 0.5, true
		}
	}
	// "Texans", "New Yorker": the people of a state.
	if code, ok := stateDemonym(text[bs:be]); ok {
		if r, ok := p.g.Region(code); ok {
			return toPlace(gazetteer.Candidate{Kind: gazetteer.KindRegion, Region: r}), 1, true
		}
	}
	// "English", "Catalan", "Basque": the nation's own region.
	if code, ok := nationRegions[key]; ok {
		if r, ok := p.g.Region(code); ok {
			return toPlace(gazetteer.Candidate{Kind: gazetteer.KindRegion, Region: r}), 1, true
		}
	}
	if seat, ok := metonymSeats[strings.TrimPrefix(key, "the ")]; ok {
		for _, c := range p.g.Lookup(seat[0]) {
			if c.CountryCode() == seat[1] {
				return toPlace(c), 1, true
			}
		}
	}
	caps := isAllCaps(text[bs:be])
	// A state's abbreviation with its dot: "Ill.", "N.D.".
	if strings.HasSuffix(text[bs:be], ".") || be < len(text) && text[be] == '.' {
		if code, ok := stateAbbrevs[key]; ok {
			if r, ok := p.g.Region(code); ok {
				return toPlace(gazetteer.Candidate{Kind: gazetteer.KindRegion, Region: r}), 1, true
			}
		}
	}
	if cc, ok := countryAcronyms[strings.TrimSpace(text[bs:be])]; ok {
		if co, ok := p.g.Country(cc); ok {
			return toPlace(gazetteer.Candidate{Kind: gazetteer.KindCountry, Country: co}), 1, true
		}
	}
	// "Norwich City", "Leeds United": a club given as a place is its
	// town's.
	if i := strings.LastIndexByte(key, ' '); i > 0 && !strings.Contains(key[:i], " ") && clubSuffixes[key[i+1:]] &&
		len(p.g.Lookup(key)) == 0 {
		key = key[:i]
	}
	var cands []gazetteer.Candidate
	for _, c := range p.g.Lookup(key) {
		// An acronym names a country or region ("US", "UK"), never a
		// village ("Us" in France).
		if plausibleAlternate(c, key) && (!caps || c.Kind != gazetteer.KindPlace || len(key) > 4) {
			cands = append(cands, c)
		}
	}
	if p.d != nil {
		// "Douglas County" is the county; a bare "Rapides" the division
		// when no place has that name.
		words := strings.Fields(key)
		if len(cands) == 0 || len(words) > 1 && gazetteer.DivisionWord(words[len(words)-1]) {
			if divs := p.d.Lookup(key); len(divs) > 0 {
				pl, s := p.divisionHere(key, divs, ctx, pointsOf(auto))
				return pl, s, true
			}
		}
	}
	if len(cands) > 0 {
		// The places the text names are its neighbours, as in the
		// second pass of resolve: their regions and their points.
		ctx.admin1 = map[string]int{}
		seen := map[int]bool{}
		for _, m := range auto {
			if m.Place.Precision == City && m.Place.Admin1 != "" && !seen[m.Place.ID] && gazetteer.Normalize(m.Text) != key {
				seen[m.Place.ID] = true // each place once
				ctx.admin1[m.Place.Admin1]++
				ctx.support = append(ctx.support, nameReadings{gazetteer.Normalize(m.Text), []point{{m.Place.Lat, m.Place.Lon}}, 1})
			}
			if m.Place.Precision == Admin2 && gazetteer.Normalize(m.Text) != key {
				// A county the text names holds its towns.
				ctx.support = append(ctx.support, nameReadings{gazetteer.Normalize(m.Text), []point{{m.Place.Lat, m.Place.Lon}}, 0})
			}
		}
		ctx.self = key
		c, s := p.best(key, cands, nil, ctx, qualifier{}, pointsOf(auto))
		if (smallAbroad(c, ctx) || commonAbroad(c, cands, ctx, func() int { return homeMentions(auto, ctx.top) })) && lonelyAbroad(key, c, mentionReadings(auto)) {
			if pl, ok := centralPlace(auto, ctx); ok {
				return pl, 0, true
			}
		}
		return toPlace(c), s, true
	}
	ctx = placesContext(auto, dems)
	if pl, ok := centralPlace(auto, ctx); ok {
		return pl, 0, true
	}
	if co, ok := p.g.Country(ctx.top); ok {
		return toPlace(gazetteer.Candidate{Kind: gazetteer.KindCountry, Country: co}), 0, true
	}
	return Place{}, 0, false
}

// seatBodies end the names of a nation's bodies that sit in its capital.
var seatBodies = set("ministry", "government", "parliament", "cabinet", "presidency", "senate", "congress",
	"assembly", "duma", "knesset", "kremlin", "chancellery")

// contextOfMentions is documentContext for resolved mentions.
func contextOfMentions(ms []Mention, dems []found) context {
	ctx := context{focus: &countryWeights{}, regions: map[string]bool{}}
	for _, d := range dems {
		if len(d.cands) > 0 {
			ctx.focus.add(d.cands[0].CountryCode(), 2)
		}
	}
	for _, m := range ms {
		ctx.focus.add(m.Place.Country, 1)
		if m.Place.Precision == Admin1 {
			ctx.regions[m.Place.Admin1] = true
		}
	}
	ctx.top = ctx.focus.top()
	return ctx
}

// centralPlace is the city a text is most about: in the country it is
// about, the one named most often, each of its own names counting twice
// and every other name of its region (towns, the region itself) once, ties
// to the bigger. A street or a building the gazetteer does not know is
// most likely there: in a story about Gainesville, Virginia, that also
// names Fairfax and "Va." twice, not in a bigger Orange that a metro line
// is named after.
func centralPlace(ms []Mention, ctx context) (Place, bool) {
	own := map[int]int{}
	region := map[string]int{}
	for _, m := range ms {
		if ctx.top != "" && m.Place.Country != ctx.top {
			continue
		}
		switch m.Place.Precision {
		case City:
			own[m.Place.ID]++
			if m.Place.Admin1 != "" {
				region[m.Place.Admin1]++
			}
		case Admin1, Admin2:
			if m.Place.Admin1 != "" {
				region[m.Place.Admin1]++
			}
		}
	}
	var best Place
	n := 0
	for _, m := range ms {
		if m.Place.Precision != City || ctx.top != "" && m.Place.Country != ctx.top {
			continue
		}
		c := own[m.Place.ID] + region[m.Place.Admin1]
		if c > n || c == n && m.Place.Population > best.Population {
			n, best = c, m.Place
		}
	}
	if n > 0 {
		return best, true
	}
	// No town: the region named most often ("Louisiana" for a street
	// of a text that names no town of the state).
	for _, m := range ms {
		if m.Place.Precision == Admin1 && (ctx.top == "" || m.Place.Country == ctx.top) && region[m.Place.Admin1] > n {
			n, best = region[m.Place.Admin1], m.Place
		}
	}
	return best, n > 0
}

// placesContext is the context of the places a text names, without its
// demonyms where it names any: a street or a building stands in a place
// the text names ("Louisiana"), not in the land of the people it
// mentions ("a French engineer", "Irish immigrants").
func placesContext(ms []Mention, dems []found) context {
	if ctx := contextOfMentions(ms, nil); ctx.top != "" {
		return ctx
	}
	return contextOfMentions(ms, dems)
}

type point struct{ lat, lon float64 }

// chosenPlace is a place resolve chose for n names of a text.
type chosenPlace struct {
	id, n int
	pt    point
	// key is the name that chose it, "" when several names did: a
	// name's readings elsewhere in the text are no neighbours of it.
	key string
}

func pointsOf(ms []Mention) []point {
	out := make([]point, 0, len(ms))
	for _, m := range ms {
		if m.Place.ID != 0 || m.Place.Precision == Country {
			out = append(out, point{m.Place.Lat, m.Place.Lon})
		}
	}
	return out
}

// isAllCaps reports whether s has two or more letters, all upper case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// bestDivision picks among divisions of one name as best picks among
// places: size, the country the text is about, regions it names, and
// nearness to the other places it names.
func bestDivision(divs []*gazetteer.Division, ctx context, others []point) (Place, float64) {
	bestScore := math.Inf(-1)
	var best *gazetteer.Division
	for _, d := range divs {
		s := math.Log10(float64(d.Population) + 1)
		if d.Country == ctx.top {
			s += 4
		}
		if ctx.regions[d.Admin1] {
			s += 5
		}
		// Places the text names in the same state ("DANIELSVILLE -
		// Madison County"), and those close by.
		if n := ctx.admin1[d.Admin1]; n > 0 {
			s += 1.5 * math.Min(float64(n), 2)
		}
		if len(others) > 0 {
			near, close := 0, 0
			for _, o := range others {
				if km := gazetteer.Distance(d.Lat, d.Lon, o.lat, o.lon); km < 400 {
					near++
					if km < supportKm {
						close++
					}
				}
			}
			s += 3*float64(near)/float64(len(others)) + supportBonus*math.Min(float64(close), maxSupporters)
		}
		if s > bestScore {
			best, bestScore = d, s
		}
	}
	return Place{Name: best.Name, Country: best.Country, Admin1: best.Admin1, Lat: best.Lat, Lon: best.Lon,
		Precision: Admin2, Population: best.Population}, bestScore
}

// pointsOfChosen are the points of the places first chosen for a text.
func pointsOfChosen(chosen []gazetteer.Candidate) []point {
	var out []point
	for _, c := range chosen {
		if c.Kind == gazetteer.KindPlace && c.Place != nil {
			out = append(out, point{c.Place.Lat, c.Place.Lon})
		}
	}
	return out
}

// supportedBy reports whether another name of the text has a likely
// reading near c.
func supportedBy(c gazetteer.Candidate, ctx context) bool {
	n, _ := supported(c, ctx)
	return n > 0
}

// inNamedCounty returns the biggest place that bears f's name as its own
// and lies in a county the text names, among all the name's readings.
func inNamedCounty(f found, ctx context) (gazetteer.Candidate, bool) {
	var best gazetteer.Candidate
	found := false
	for _, c := range f.ent.all.cands {
		if c.Kind != gazetteer.KindPlace || c.Place == nil || c.Demonym || found && c.Place.Population <= best.Place.Population ||
			!primaryName(c, f.key) {
			continue
		}
		if _, in := supported(c, ctx); in {
			best, found = c, true
		}
	}
	return best, found
}

// inNamedRegion returns the biggest town that bears f's name as its own
// in a region the text names, with two other names of the text read
// near it, where the reading chosen lies abroad with none: "the Vienna
// Metro station" beside "Centreville", "Manassas" and "Va." is the
// Virginia town, though the capitals left the name only the Austrian
// capital.
func inNamedRegion(f found, chosen gazetteer.Candidate, ctx context) (gazetteer.Candidate, bool) {
	if ctx.top == "" || chosen.CountryCode() == ctx.top || supportedBy(chosen, ctx) {
		return gazetteer.Candidate{}, false
	}
	var best gazetteer.Candidate
	found := false
	for _, c := range f.ent.all.cands {
		if c.Kind != gazetteer.KindPlace || c.Place == nil || c.Demonym || c.Place.Country != ctx.top ||
			!ctx.regions[c.Place.Admin1] || found && c.Place.Population <= best.Place.Population || !primaryName(c, f.key) {
			continue
		}
		n, _ := supported(c, ctx)
		if n >= 2 {
			best, found = c, true
		}
	}
	return best, found
}

// namedFor reports whether the name county begins with the name town:
// "madison county" and "madison".
func namedFor(county, town string) bool {
	return town != "" && len(county) > len(town) && county[len(town)] == ' ' && county[:len(town)] == town
}

// qualifierCountyKm is how near the middle of a county a town must lie
// for a county of the qualifier's name to be the one meant: a county's
// middle is that of the box of its places, and counties are wide.
const qualifierCountyKm = 80

// countyQualifiers reads a name after a town and a comma as a county of
// that name around the town, where there is one and the name is not
// already the town's region.
func (p *Parser) countyQualifiers(fs []found, chosen []gazetteer.Candidate, quals []qualifier) {
	if p.d == nil {
		return
	}
	for i := 0; i+1 < len(fs); i++ {
		q := &fs[i+1]
		if quals[i].cands == nil || quals[i].list || chosen[i].Kind != gazetteer.KindPlace || chosen[i].Place == nil ||
			q.divs != nil || q.feature != featNone || contains(chosen[i+1], chosen[i]) {
			continue
		}
		pl := chosen[i].Place
		for _, d := range p.d.Lookup(q.key) {
			if d.Country == pl.Country && gazetteer.Distance(d.Lat, d.Lon, pl.Lat, pl.Lon) < qualifierCountyKm {
				q.divs = []*gazetteer.Division{d}
				break
			}
		}
	}
}

// heldByCounty reads a town named before a county and a comma
// ("Alexandria, Dunbartonshire") as the namesake that lies in the county,
// where the one chosen does not and another does; where none does, as
// the county.
func heldByCounty(text string, toks []token, fs []found, chosen []gazetteer.Candidate) {
	near := func(c gazetteer.Candidate, divs []*gazetteer.Division) bool {
		return c.Kind == gazetteer.KindPlace && c.Place != nil && slices.ContainsFunc(divs, func(d *gazetteer.Division) bool {
			return d.Country == c.Place.Country && gazetteer.Distance(d.Lat, d.Lon, c.Place.Lat, c.Place.Lon) < qualifierCountyKm
		})
	}
	for i := 0; i+1 < len(fs); i++ {
		q := fs[i+1]
		if q.divs == nil || q.first <= fs[i].last || fs[i].feature != featNone || fs[i].divs != nil || near(chosen[i], q.divs) {
			continue
		}
		if gap := strings.TrimSpace(text[toks[fs[i].last].end:toks[q.first].start]); gap != "," && gap != "(" {
			continue
		}
		held := false
		for _, c := range fs[i].cands {
			if near(c, q.divs) {
				chosen[i] = c
				fs[i].local = true // placed by its county: no doubtful word
				held = true
				break
			}
		}
		// "Rockingham, Northamptonshire", "Croft, Yorkshire": a town the
		// gazetteer does not know in a county it does is somewhere in
		// that county, not a namesake in Vermont or another county.
		// (Not in a list: "in Khorog, Ishkashim or Rushan" names three
		// towns, though Ishkashim is also an Afghan district.)
		if !held && chosen[i].Kind == gazetteer.KindPlace && !listGoesOn(text, toks[q.last].end) {
			fs[i].divs = q.divs
		}
	}
}

// listGoesOn reports whether a list of names goes on after byte offset
// end: "and" or "or" follows, or a comma and a capitalised word.
func listGoesOn(text string, end int) bool {
	rest := strings.TrimLeft(text[end:], " ")
	if r, ok := strings.CutPrefix(rest, ","); ok {
		rest = strings.TrimLeft(r, " ")
		if c, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(c) {
			return true
		}
	}
	return strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") || strings.HasPrefix(rest, "& ")
}

// capitalBonus is what a capital of millions adds for its rank alone.
const capitalBonus = 3.0

// airfieldAfter reports whether an airfield word in small letters follows
// token last: "Heathrow airport" abroad is the airport, where the text is,
// not the Florida town.
func airfieldAfter(text string, toks []token, last int) bool {
	n := last + 1
	return n < len(toks) && toks[n].kind == tokWord && airfields[text[toks[n].start:toks[n].end]] &&
		text[toks[last].end:toks[n].start] == " "
}

// afterPlainWord reports whether the word before token i is in small
// letters (or an article opening a sentence) and no preposition of place
// ("a double Axel", not "at Heathrow").
func afterPlainWord(text string, toks []token, i int) bool {
	k := i - 1
	if k < 0 || toks[k].kind != tokWord || !adjacent(text, toks, k, i) {
		return false
	}
	w := text[toks[k].start:toks[k].end]
	if toks[k].upper {
		// An article opening a sentence is as plain ("An Axel is").
		return w == "A" || w == "An"
	}
	if _, ok := lowerIn(locatives, w); ok {
		return false
	}
	// Prepositions that put a thing on a place or take it through one
	// ("a shop on Middletown's New Road", "a road through Sandy").
	return w != "the" && w != "of" && w != "and" && w != "or" && !placingPrepositions[w]
}

// placingPrepositions put something on, by or through a place, besides
// the locatives.
var placingPrepositions = set("on", "by", "through", "via", "over", "throughout", "beyond", "along")
