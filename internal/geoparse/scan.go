package geoparse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// maxNameWords bounds how many words a place name may have
// ("Santa Cruz de la Sierra" has five).
const maxNameWords = 6

// found is a recognised name: tokens first..last of the text and what the
// gazetteer offers for it.
type found struct {
	first, last int
	cands       []gazetteer.Candidate
	ent         *nameEntry            // the cached entry cands come from (all or some), if any
	regionWord  bool                  // the name ends in a region word ("Mangystau region")
	key         string                // the normalised words
	words       int                   // how many words
	sentStart   bool                  // the name opens a sentence
	the         bool                  // "the" stands right before it
	dateline    bool                  // a dateline in capitals ("GLASGOW, Ky. --")
	continent   bool                  // a continent, resolved from the lexicon
	divs        []*gazetteer.Division // a county or district ("Douglas County")
	// altDivs are counties or districts that bear the name as their own
	// name ("Kent", "Fife") where the places of that name are small:
	// British news names counties bare.
	altDivs []*gazetteer.Division
	// feature is set for a named feature (features.go): a street, a
	// building, a river; macro for a macro-region ("the Middle East").
	feature featKind
	macro   bool
	// sure is set for a feature that the words after it name as one
	// ("State and Hubbard streets", "the Air Balloon roundabout"): it
	// is the feature even where a town bears the very name.
	sure bool
	// hidden is a name inside a feature's ("Manila" in "Manila
	// Cathedral"): resolved to place the feature, not reported.
	hidden bool
	// local is set where the words after the name make it a town's
	// ("a Lebanon woman"): no common word, whatever its size.
	local bool
	// localUse is set where local news's words follow the name ("a
	// Paris man", "Dublin City Council"): the namesake in the country the
	// text is about outranks a world capital.
	localUse bool
	// abbrev is set for a state's abbreviation where news writes one
	// ("Churchill, Man.", "D-Calif"): never a doubtful word.
	abbrev bool
	// homeAbbrev is set for initials a country's press writes bare
	// ("BC", "NSW", "SA"): a mention only where the text is about a
	// country of one of its readings.
	homeAbbrev bool
	// narrowed is set where the capitalised words around a one-word name
	// left only its big readings ("the Paris Police Department"): which
	// of them is meant is the text's to say. Where the name is borne in
	// several countries (narrowedAcross), it says little of its country.
	narrowed, narrowedAcross bool
	// contextOnly is set for the first part of a hyphened name the
	// gazetteer lacks ("Sainte" of Sainte-Soline): resolved, as the
	// text's other names, but not reported.
	contextOnly bool
	// declined is set for a name read from a case form in a language
	// that declines names ("w Warszawie"): the text's own form of it,
	// no odd alternate.
	declined bool
}

// recognise scans the tokens for place names, leftmost-longest, and keeps
// those a reader would take for places; with features, named features
// too (features.go).
func (p *Parser) recognise(text string, toks []token, sc *scratch, features bool) (mentions, demonyms []found) {
	people := sc.people // the words used as persons' names
	clear(people)
	mentions, demonyms = sc.mentions[:0], sc.demonyms[:0]
	// Names start on capitalised words only: the loop visits those, from
	// next on (a name or demonym found takes its tokens).
	sc.caps = capitalised(toks, sc.caps[:0])
	next, macroNext := 0, 0
	var macros []found
	for _, c := range sc.caps {
		i := int(c)
		if i < next {
			continue
		}
		t := toks[i]
		if t.allCaps && currency(text, toks, i) {
			continue // "US$3.7m", "$US4.5 billion", "40 US dollars"
		}
		if t.start > 0 && (text[t.start-1] == '@' || text[t.start-1] == '_') {
			continue // "@Gillette", "@News_Almaty": an account's handle
		}
		if t.end-t.start == 1 && i+2 < len(toks) && partyBefore(text, toks, i+2) {
			continue // the party of "D-N.D.", not a name of its own
		}
		// The word's facts, which special and longest ask.
		w := sc.spans.facts(p.g, text[t.start:t.end])
		// Parts of the world, seas and oceans, noted on the way: they
		// are places whatever the setting ("the Indian Ocean" is not an
		// Indian, nor "the Middle East" a town).
		if !features && i >= macroNext {
			if w.lex == 0 {
				w.lex = wordClasses(text[t.start:t.end])
			}
			if w.lex&lexMacro != 0 {
				if f, ok := macroAt(text, toks, i); ok {
					macros = append(macros, f)
					macroNext = f.last + 1
				}
			}
		}
		if maySpecial(text, toks, i, w) {
			if f, ok := p.special(text, toks, i, w); ok {
				// "Tom Holland": a country's short name after a given
				// name is a surname.
				if f.words == 1 && len(f.cands) > 0 && p.surnameAfterGiven(text, toks, f, &sc.spans) {
					people[f.key] = personStrong
					next = f.last + 1
					continue
				}
				mentions = append(mentions, withCompass(text, toks, f, mentions))
				next = f.last + 1
				continue
			}
		}
		// "County Cork", "Co. Antrim": Irish and British counties.
		if text[t.start] == 'C' {
			if f, ok := p.prefixCounty(text, toks, i); ok {
				mentions = append(mentions, f)
				next = f.last + 1
				continue
			}
		}
		if n := t.end - t.start; n >= minNationAdjective && n <= maxNationAdjective {
			if f, ok := p.nationAdjective(text, toks, i, w); ok {
				if !afterCompass(text, toks, i) && !languageUse(text, toks, f) {
					demonyms = append(demonyms, f)
				}
				continue
			}
		}
		// "в Мангистауской области": a region's adjective, declined.
		if text[t.start] >= 0xD0 {
			if f, ok := p.regionForm(text, toks, i, &sc.spans); ok {
				mentions = append(mentions, f)
				next = f.last + 1
				continue
			}
		}
		f, ok := p.longest(text, toks, i, &sc.spans, w)
		// "à l'Haÿ-les-Roses": a name that begins with its elided
		// article, read whole where the gazetteer has it so.
		if i >= 2 && elidedBefore(text, toks, i) {
			if g, gok := p.longest(text, toks, i-2, &sc.spans, sc.spans.facts(p.g, text[toks[i-2].start:toks[i-2].end])); gok && g.last >= i &&
				(!ok || g.last > f.last) {
				f, ok = g, true
			}
		}
		// "в Нур-Султане": a name ("Нур") that a hyphen joins to a case
		// form is the start of the whole name in that case.
		if ok && f.last+2 < len(toks) && text[toks[f.last+1].start:toks[f.last+1].end] == "-" && toks[f.last+1].start == toks[f.last].end {
			if g, gok := p.inflected(text, toks, i, &sc.spans, w); gok && g.last > f.last {
				f = g
			}
		}
		// "в Уфе": a Cyrillic word that names a village as written (Уфе
		// is the Belgian Ouffet's Russian name) and a city as a case
		// form names the city.
		if ok && f.words == 1 && text[t.start] >= 0xD0 && maxPopulation(f.cands) < caseFormOverVillage {
			if g, gok := p.inflected(text, toks, i, &sc.spans, &spanFacts{}); gok && maxPopulation(g.cands) >= 10*max(maxPopulation(f.cands), 1) {
				f = g
			}
		}
		if ok {
			// "the University of Michigan Center for Computer
			// Security": no town of Michigan Center.
			f, ok = p.withoutInstitutionHead(text, toks, f, &sc.spans)
			if ok {
				f = p.withoutCityOfOffice(text, toks, f, &sc.spans)
			}
			// "Sainte-Soline": the first part of a hyphened name the
			// gazetteer lacks is no name of its own, though it says
			// where the text is.
			if ok && p.partOfUnknownCompound(text, toks, f, &sc.spans) {
				f.contextOnly = true
			}
			// "Wal-Mart": the last part of a hyphened name whose first
			// part the gazetteer lacks names a firm, not a small town.
			if ok && p.tailOfUnknownCompound(text, toks, f, &sc.spans) && smallPlacesOnly(f.cands) {
				ok = false
			}
			// "la Croix-Rouge": the last part of a hyphened name that is
			// no place whole (notPlaces) is none either.
			if ok && f.first >= 2 && hyphenJoined(text, toks, f.first-2) &&
				notPlaces[gazetteer.Normalize(text[toks[f.first-2].start:toks[f.last].end])] {
				ok = false
			}
			// "Pack 122", "Section 2AA", "Loop 286": a village's or a
			// city quarter's name before a number names a unit, a
			// league, a road.
			if ok && f.words == 1 && numberAfter(text, toks, f.last) && minorPlacesOnly(f.cands) {
				ok = false
			}
		}
		if !ok {
			// Other forms of a name, each tried only where the word can
			// be one (the calls return a found each, which costs).
			switch {
			case greekCapitalAt(text, t.start):
				// "της Αθήνας", "στον Βόλο": a Greek case form.
				f, ok = p.greekCase(text, toks, i, &sc.spans)
			case armenianCapitalAt(text, t.start):
				// "Երևանում": an Armenian case form.
				f, ok = p.armenianCase(text, toks, i, &sc.spans)
			case text[t.start] >= 0xD0 && text[t.start] <= 0xD4:
				// "в Хабаровске", "жители Жанаозена": a Russian,
				// Ukrainian or Kazakh case form of a name the
				// gazetteer has in the nominative.
				f, ok = p.inflected(text, toks, i, &sc.spans, w)
			case i > 0 && slavicBefore(text, toks[i-1]):
				// "w Warszawie", "u Zagrebu": a Slavic case form.
				f, ok = p.slavicCase(text, toks, i, &sc.spans, w)
			}
			if !ok {
				// "in Sulaimaniyah": another spelling of a big town.
				f, ok = p.variant(text, toks, i, &sc.spans, w)
			}
			if !ok && lastApostrophe(text[t.start:t.end]) > 0 {
				// "Ankara'da": a Turkish case suffix after the name.
				f, ok = p.suffixed(text, toks, i, &sc.spans)
			}
			if !ok && text[t.start] < 0xD0 && hungarianEnding(text[t.start:t.end]) {
				// "Budapesten", "Debrecenben": a Hungarian case.
				f, ok = p.hungarianCase(text, toks, i, &sc.spans)
			}
			if !ok && text[t.start] < 0xD0 && (strings.HasSuffix(text[t.start:t.end], "lui") || strings.HasSuffix(text[t.start:t.end], "ei")) {
				// "Clujului", "Timișoarei": a Romanian genitive.
				f, ok = p.romanianCase(text, toks, i, &sc.spans)
			}
			if !ok {
				continue
			}
		}
		if f.whole() && f.ent.demonym || !f.whole() && isDemonym(f) {
			// "Central American migrants", "the North American Free
			// Trade Agreement": a region's adjective, not the country's.
			if !afterCompass(text, toks, f.first) && !languageUse(text, toks, f) {
				demonyms = append(demonyms, f)
			}
			next = f.last + 1
			continue
		}
		// (Or the French, Spanish and Portuguese article: "la Alameda
		// de Santiago" is the avenue, no town of California.)
		if k := f.first - 1; k >= 0 && toks[k].kind == tokWord && (definiteArticles[text[toks[k].start:toks[k].end]] ||
			capitalArticles[text[toks[k].start:toks[k].end]]) &&
			!placeHeadAfter(text, toks, f.last) {
			f.the = true
		}
		if f.words == 1 {
			prevCls := prevWordClasses(text, toks, f.first, &sc.spans)
			switch {
			case vehicleUse(text, toks, f):
				// "a 1992 Toyota Corolla ... the Toyota": a car here.
				people[f.key] = personStrong
				next = f.last + 1
				continue
			case firmUse(text, toks, f):
				next = f.last + 1 // "Alcoa said": the firm
				continue
			case prevCls&lexTitle != 0:
				// "Pope Francis ... Francis said": a title makes the
				// text's other bare uses the person too.
				people[f.key] = personStrong
			case p.surnameAfterGiven(text, toks, f, &sc.spans):
				people[f.key] = personStrong
				next = f.last + 1
				continue
			case p.givenBeforeSurname(text, toks, f, &sc.spans):
				next = f.last + 1
				// (After a place's name as a given name the surname is
				// skipped too: no given name vouches for it later.)
				if _, ok := lowerIn(placeFirstNames, text[toks[f.first].start:toks[f.first].end]); ok {
					next++
				}
				continue
			case personContext(text, toks, f, &sc.spans, prevCls) && people[f.key] == 0:
				people[f.key] = personWeak
			}
		}
		// "la avenida Presidente Vargas", "rue de Rivoli", "calle Lima":
		// after the word for a street, a name is the street's; after
		// "de", a small place's name is ("calle de Alcalá"), a city's is
		// where the street is ("una plaza de Bogotá").
		// (A capitalised street word is part of the name: "Plaza de
		// Bolívar" is a square, though a region bears the name; after
		// "de" a town's name is kept, "Plaza de la Constitución".)
		if street, linked, named := streetWordBefore(text, toks, f.first); street && (named && linked && onlyRegionsOrCountries(f.cands) ||
			!(named && linked) && !(linked && bigPlace(f))) {
			next = capitalRunEnd(toks, f.first) + 1
			continue
		}
		if f, ok = p.judge(text, toks, f, &sc.spans); ok {
			mentions = append(mentions, withCompass(text, toks, bareRegion(text, toks, f), mentions))
		}
		next = f.last + 1
	}
	// Arabic, Hebrew, Georgian: names in scripts without capitals.
	mentions = p.caselessNames(text, toks, &sc.spans, mentions)
	p.givenBySurname(text, toks, sc.caps, mentions, people, &sc.spans)
	// A word the text uses as a person's name ("Megyn Kelly ... Kelly
	// said") is that person everywhere in it, unless it names a country,
	// a region or a city big enough to be meant, or a preposition of
	// place puts it somewhere ("in Kelly"; not "at Kelly's house").
	kept := mentions[:0]
	for _, f := range mentions {
		if f.words == 1 && people[f.key] != 0 && (!placeWordBefore(text, toks, f.first) || possessiveAfter(text, toks[f.last].end)) {
			if people[f.key] == personStrong {
				continue
			}
			if !(f.whole() && f.ent.big || !f.whole() && bigPlace(f)) {
				continue
			}
		}
		kept = append(kept, f)
	}
	sc.mentions, sc.demonyms = mentions[:0], demonyms[:0]
	kept = p.countyLists(text, toks, sc.caps, kept)
	if !features {
		kept = slices.DeleteFunc(kept, func(f found) bool { return headOfFeature(text, toks, f) })
		// "at State and Hubbard streets": ways, not towns; but the
		// towns they are named after are likely near, and say where the
		// text is ("Clairmont and North Druid Hills roads").
		// (Not cities: "Cairo and Alexandria streets" are theirs.)
		for k := range kept {
			if beforeWayPlural(text, toks, kept[k]) && smallPlacesOnly(kept[k].cands) {
				kept[k].contextOnly = true
			}
		}
		if len(macros) > 0 {
			return mergeFeatures(kept, demonyms, macros)
		}
		return kept, demonyms
	}
	return mergeFeatures(kept, demonyms, p.features(text, toks))
}

// currency reports whether token i, a word in capitals, names a
// currency: a dollar sign stands against it ("US$", "$US", "NZ$") or
// "dollar" follows it.
func currency(text string, toks []token, i int) bool {
	t := toks[i]
	if t.start > 0 && text[t.start-1] == '$' || t.end < len(text) && text[t.end] == '$' {
		return true
	}
	if n := i + 1; n < len(toks) && toks[n].kind == tokWord && adjacent(text, toks, i, n) {
		switch w := text[toks[n].start:toks[n].end]; w {
		case "dollar", "dollars", "cents":
			return true
		}
	}
	// "$45,000 US": after an amount in dollars.
	if p := i - 1; p >= 0 && toks[p].kind == tokNumber && toks[p].end+1 == t.start {
		for k := p; k >= 0 && k >= p-4 && (toks[k].kind == tokNumber || toks[k].kind == tokPunct); k-- {
			if toks[k].start > 0 && text[toks[k].start-1] == '$' || text[toks[k].start:toks[k].end] == "$" {
				return true
			}
		}
	}
	return false
}

// bareRegion leaves a region word out of a region's name where it is
// no part of it: a generic word in small letters ("Sichuan province",
// "the Mangystau region": the name is Sichuan, Mangystau), or a
// capitalised one that begins a body's name ("the Minnesota State
// Patrol"). The name keeps its reading as a region. "Mangistau Oblast"
// and "Adair County" keep theirs.
func bareRegion(text string, toks []token, f found) found {
	if !f.regionWord || f.last <= f.first || toks[f.last].kind != tokWord {
		return f
	}
	t := toks[f.last]
	if t.upper {
		n := f.last + 1
		if n >= len(toks) || toks[n].kind != tokWord || !toks[n].upper || !adjacent(text, toks, f.last, n) {
			return f
		}
	}
	f.last--
	f.words--
	return f
}

// regionWordsBefore name a region before its name and a preposition:
// "the province of Buenos Aires", "el estado de Jalisco", "la région de
// Kayes", "the State of Mexico". (Not "county": "the County of Kent" is a
// division, read as such; nor "city".)
var regionWordsBefore = set("province", "provincia", "província", "provincie", "state", "estado", "état",
	"region", "región", "région", "regione", "região", "department", "département", "departamento",
	"governorate", "prefecture", "oblast")

// regionPrepositions join a region word to the name after it.
var regionPrepositions = set("of", "de", "del", "di", "du", "do", "da", "von")

// regionWordBefore reports whether a region word and a preposition stand
// right before token i: the name there is the region's.
func regionWordBefore(text string, toks []token, i int) bool {
	if i < 2 || toks[i-1].kind != tokWord || toks[i-2].kind != tokWord || toks[i-1].end-toks[i-1].start > 3 ||
		text[toks[i-2].end:toks[i-1].start] != " " || text[toks[i-1].end:toks[i].start] != " " {
		return false
	}
	if _, ok := lowerIn(regionPrepositions, text[toks[i-1].start:toks[i-1].end]); !ok {
		return false
	}
	_, ok := lowerIn(regionWordsBefore, text[toks[i-2].start:toks[i-2].end])
	return ok
}

// partOfUnknownCompound reports whether f runs into a hyphen and a
// capitalised word that names nothing the gazetteer knows
// ("Sainte-Soline", where "Sainte" is an alternate of Saint-Étienne); a
// compound of two names ("Dallas-Fort Worth", "Russia-Ukraine") is not.
// numberAfter reports whether a number follows token i after one space
// ("Pack 122"), not a year after a comma or a date.
func numberAfter(text string, toks []token, i int) bool {
	n := i + 1
	return n < len(toks) && toks[n].kind == tokNumber && toks[i].end+1 == toks[n].start && text[toks[i].end] == ' '
}

// tailOfUnknownCompound reports whether f follows a capitalised word
// the gazetteer lacks, or knows as villages only, and a hyphen, with no
// space between ("Wal-Mart").
func (p *Parser) tailOfUnknownCompound(text string, toks []token, f found, memo *spanMemo) bool {
	n := f.first - 2
	if n < 0 || !hyphenJoined(text, toks, n) || !toks[n].upper {
		return false
	}
	head := text[toks[n].start:toks[n].end]
	if sf := memo.facts(p.g, head); sf.n == 0 && !sf.prefix {
		return true
	}
	return smallPlacesOnly(p.g.Lookup(gazetteer.Normalize(head)))
}

// hyphenJoined reports whether word token w, a hyphen and word token w+2
// stand with no space between ("Wal-Mart", "Sainte-Soline").
func hyphenJoined(text string, toks []token, w int) bool {
	h, n := w+1, w+2
	if w < 0 || n >= len(toks) || toks[w].kind != tokWord || toks[h].kind != tokPunct || toks[n].kind != tokWord ||
		toks[h].start != toks[w].end || toks[n].start != toks[h].end {
		return false
	}
	c := text[toks[h].start:toks[h].end]
	return c == "-" || c == "‐"
}

func (p *Parser) partOfUnknownCompound(text string, toks []token, f found, memo *spanMemo) bool {
	n := f.last + 2
	if !hyphenJoined(text, toks, f.last) || !toks[n].upper {
		return false
	}
	sf := memo.facts(p.g, text[toks[n].start:toks[n].end])
	return sf.n == 0 && !sf.prefix
}

// capitalised appends to caps the indexes of the capitalised words of
// toks. It does not branch on the words, whose capitals come at random.
// (Inlined in recognise, its loop would keep its count on the stack.)
//
//go:noinline
func capitalised(toks []token, caps []int32) []int32 {
	caps = slices.Grow(caps, len(toks))[:len(toks)]
	n := 0
	for i := range toks {
		caps[n] = int32(i)
		if toks[i].upper { // only words are upper
			n++
		}
	}
	return caps[:n]
}

// afterCompass reports whether a capitalised compass word ("Central",
// "North") or "Latin" stands right before token i, not itself inside a
// longer run of capitalised words.
func afterCompass(text string, toks []token, i int) bool {
	k := i - 1
	if k < 0 || toks[k].kind != tokWord || !toks[k].upper || toks[k].allCaps || !adjacent(text, toks, k, i) {
		return false
	}
	w := text[toks[k].start:toks[k].end]
	if _, ok := lowerIn(compassWords, w); !ok && w != "Latin" {
		return false
	}
	return !(k > 0 && toks[k-1].kind == tokWord && toks[k-1].upper && !toks[k-1].sentStart && adjacent(text, toks, k-1, k))
}

// withCompass widens a name to the compass word before it: "West Wales",
// "Southern Venezuela", "Western US" are parts of the place, named with
// it ("Latin" is no compass).
func withCompass(text string, toks []token, f found, before []found) found {
	if n := len(before); n > 0 && before[n-1].last >= f.first-1 {
		return f
	}
	if afterCompass(text, toks, f.first) && text[toks[f.first-1].start:toks[f.first-1].end] != "Latin" {
		f.first--
		f.sentStart = toks[f.first].sentStart
	}
	return f
}

// personContext reports whether a one-word name stands where a person's
// name does: after a capitalised given name ("Megyn Kelly"), or before a
// verb of saying ("Kelly said", "Allen told").
// prevCls is the classes of the capitalised word right before the name
// (prevWordClasses), 0 when there is none.
func personContext(text string, toks []token, f found, memo *spanMemo, prevCls lexClass) bool {
	if prevCls != 0 && !toks[f.first-1].sentStart {
		// Not a word of the lists: "Greater Noumea", "Old Delhi",
		// "Central Asia" name places.
		const listed = lexCommon | lexMonth | lexPreceder | lexRegion | lexFollower | lexTitle | lexCompass
		return prevCls&listed == 0
	}
	// ("Witnesses in Deraa said": the town's people speak.)
	if next := f.last + 1; next < len(toks) && toks[next].kind == tokWord && adjacent(text, toks, f.last, next) &&
		!placeWordBefore(text, toks, f.first) {
		return memo.classes(text, toks[next])&lexSaying != 0
	}
	return false
}

// prevWordClasses returns the classes of the word right before token i
// when it is a capitalised word (not in capitals) on the same line, else
// 0 (no class has the zero value: lexKnown is always set).
func prevWordClasses(text string, toks []token, i int, memo *spanMemo) lexClass {
	k := i - 1
	if k < 0 || toks[k].kind != tokWord || !toks[k].upper || toks[k].allCaps || !adjacent(text, toks, k, i) {
		return 0
	}
	return memo.classes(text, toks[k])
}

// bigPlace reports whether a name's candidates include a country, a
// region or a city of 100,000 or more known by that very name.
func bigPlace(f found) bool {
	for _, c := range f.cands {
		if c.Kind != gazetteer.KindPlace || c.Place.Population >= 100000 && primaryName(c, f.key) {
			return true
		}
	}
	return false
}

// onlyRegionsOrCountries reports whether cands hold no town.
func onlyRegionsOrCountries(cands []gazetteer.Candidate) bool {
	return !slices.ContainsFunc(cands, func(c gazetteer.Candidate) bool { return c.Kind == gazetteer.KindPlace })
}

// majorPlace reports whether f names a capital or a city of a million
// people or more by its own name. (Not a country: "Stade de France",
// "Banque de France" are bodies, and their town is not the country.)
func majorPlace(f found) bool {
	for _, c := range f.cands {
		if c.Kind == gazetteer.KindPlace && primaryName(c, f.key) && (c.Place.Population >= 1000000 || c.Place.Feature == "PPLC") {
			return true
		}
	}
	return false
}

// longest finds the longest run of tokens from i that the gazetteer
// knows. Runs span words, hyphens, apostrophes and the dot of an
// abbreviation ("St. Petersburg"), single spaces between them, and
// lower-case connectors inside ("Rio de Janeiro"); they end on a
// capitalised word or a region word. Token i is a capitalised word, and
// first its facts.
func (p *Parser) longest(text string, toks []token, i int, memo *spanMemo, first *spanFacts) (found, bool) {
	var best found
	// lazy holds best's facts while its key and candidates are not set:
	// only the span kept needs them.
	var lazy *spanFacts
	ok := false
	words := 0
	for j := i; j < len(toks) && words < maxNameWords; j++ {
		t := toks[j]
		if j > i {
			gap := text[toks[j-1].end:t.start]
			if gap != "" && gap != " " {
				break
			}
		}
		switch t.kind {
		case tokNumber:
			return p.settle(best, lazy), ok
		case tokPunct:
			c := text[t.start:t.end]
			if c == "-" || c == "‐" || c == "'" || c == "’" {
				continue
			}
			if c == "." && j > i && isAbbrev(text[toks[j-1].start:toks[j-1].end]) {
				continue
			}
			return p.settle(best, lazy), ok
		}
		words++
		// The first word is capitalised (recognise starts no name on
		// another), and region words, connectors and division words count
		// only after it.
		var cls lexClass
		if j > i {
			cls = memo.classes(text, t)
		}
		isRegionWord := cls&lexRegion != 0 && !ofBody(text, toks, j)
		if !t.upper && !isRegionWord && !elidedCapital(text[t.start:t.end]) && !(j == i && elidedArticle(text, toks, j)) {
			if cls&lexConnector != 0 {
				continue
			}
			return p.settle(best, lazy), ok
		}
		sf := first
		if j > i {
			sf = memo.facts(p.g, text[toks[i].start:t.end])
		}
		// "Loudon Co.": news's abbreviation of "County".
		if j > i && sf.n == 0 && p.d != nil && text[t.start:t.end] == "Co" && j+1 < len(toks) &&
			toks[j+1].start == t.end && text[toks[j+1].start:toks[j+1].end] == "." {
			name := text[toks[i].start:toks[j-1].end] + " County"
			if divs := p.d.Lookup(name); len(divs) > 0 {
				return found{first: i, last: j + 1, key: gazetteer.Normalize(name), words: words,
					sentStart: toks[i].sentStart, divs: divs}, true
			}
		}
		// A division word ("Douglas County") or a shire's name
		// ("Oxfordshire", no town's) says a division is meant.
		if sf.n == 0 && (cls&lexDivision != 0 || strings.HasSuffix(sf.key, "shire")) && p.d != nil {
			if divs := sf.divisions(p.d); len(divs) > 0 {
				best = found{first: i, last: j, key: sf.key, words: words, sentStart: toks[i].sentStart, divs: divs}
				ok, lazy = true, nil
				continue
			}
		}
		if sf.n > 0 {
			best = found{first: i, last: j, regionWord: isRegionWord && j > i, words: words, sentStart: toks[i].sentStart}
			ok, lazy = true, sf
		} else if isRegionWord && j > i && ok && best.last == j-1 {
			// "the Mangystau region" where the gazetteer lacks that form:
			// the name before it, read as a region.
			best, lazy = p.settle(best, lazy), nil
			if regions := onlyKind(best.cands, gazetteer.KindRegion); len(regions) > 0 {
				best.last, best.cands, best.regionWord, best.words = j, regions, true, words
			}
		}
		// No longer span can be a name when this one is no key nor the
		// first words of one, in the gazetteer or among the divisions,
		// and a separator follows (so a longer key would begin with this
		// one and a space), unless this very word extended the name.
		if !sf.prefix && !(ok && best.last == j) && separatorAt(text, t.end) && (p.d == nil || !sf.hasDivisionPrefix(p.d)) {
			return p.settle(best, lazy), ok
		}
	}
	return p.settle(best, lazy), ok
}

// definiteArticles are the definite articles in lower case, before a
// name: English, French, Spanish, Portuguese.
var definiteArticles = map[string]bool{"the": true, "la": true, "le": true, "les": true, "el": true, "los": true,
	"las": true}

// capitalArticles are the French, Spanish and Portuguese articles that
// open a sentence ("Le Hirak a rassemblé"): not "The", whose capital
// names in English ("The Woodlands") outnumber its landmarks.
var capitalArticles = map[string]bool{"Le": true, "La": true, "Les": true, "El": true, "Los": true, "Las": true}

// whole reports whether f's candidates are still all those of its
// entry, as looked up.
func (f *found) whole() bool {
	return f.ent != nil && sameSlice(f.cands, f.ent.all.cands)
}

// settle sets the key and the candidates of a span longest kept, from
// its facts, when they are not set yet (lazy is not nil).
func (p *Parser) settle(f found, lazy *spanFacts) found {
	if lazy != nil {
		e := lazy.entry(p)
		f.key, f.cands, f.ent = lazy.key, e.all.cands, e
	}
	return f
}

// separatorAt reports whether the byte at i of text (or its end) is one
// that Normalize turns into a space between words: ASCII that is neither
// a letter, a digit nor an apostrophe or backtick (which it drops).
func separatorAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	c := text[i]
	return c < utf8.RuneSelf && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == '`')
}

// special recognises what the gazetteer does not list by name: dotted
// abbreviations of US states and countries ("W.Va.", "N.Y.", "U.S.",
// "Calif." after a comma) and the short names news uses for some
// countries ("America", "Britain").
func (p *Parser) special(text string, toks []token, i int, first *spanFacts) (found, bool) {
	// Dotted abbreviations: letters and dots, ending in a dot.
	var parts []string
	j := i
	for j+1 < len(toks) && toks[j].kind == tokWord && toks[j].end-toks[j].start <= 5 && toks[j+1].kind == tokPunct &&
		text[toks[j+1].start:toks[j+1].end] == "." && toks[j+1].start == toks[j].end {
		parts = append(parts, strings.ToLower(text[toks[j].start:toks[j].end]))
		if j+2 < len(toks) && toks[j+2].start == toks[j+1].end && toks[j+2].kind == tokWord {
			j += 2
			continue
		}
		break
	}
	if len(parts) > 0 {
		key := strings.Join(parts, " ")
		last := i + 2*len(parts) - 1
		afterComma := i > 0 && (text[toks[i-1].start:toks[i-1].end] == "," || text[toks[i-1].start:toks[i-1].end] == "(") ||
			partyBefore(text, toks, i) // "Dover, Del.", "Walker County (Ga.)", "D-Calif."
		afterNumber := i > 0 && toks[i-1].kind == tokNumber
		if code, ok := stateAbbrevs[key]; ok && (len(parts) > 1 && !afterNumber || afterComma) {
			if r, ok := p.g.Region(code); ok {
				return found{first: i, last: last, key: key, words: 1,
					cands: []gazetteer.Candidate{{Kind: gazetteer.KindRegion, Region: r, Exact: true}}, abbrev: true}, true
			}
		}
		if cc, ok := countryShortNames[key]; ok && len(parts) > 1 {
			// "U.S. Virgin Islands": a name the abbreviation opens.
			if f, ok := p.dottedOpening(text, toks, i, last, key); ok {
				return f, true
			}
			if c, ok := p.g.Country(cc); ok {
				return found{first: i, last: last, key: key, words: 1,
					cands: []gazetteer.Candidate{{Kind: gazetteer.KindCountry, Country: c, Exact: true}}}, true
			}
		}
	}
	// A state's abbreviation without its dot, after a town and a comma
	// and before punctuation: "EDMONTON, Ky (WBKO)", "Boston, Mass, and".
	if t := toks[i]; len(parts) == 0 && !t.allCaps && t.end-t.start <= 4 && i > 0 &&
		text[toks[i-1].start:toks[i-1].end] == "," && (i+1 == len(toks) || toks[i+1].kind == tokPunct && text[toks[i+1].start] != '.') {
		var buf [8]byte
		if code, ok := stateAbbrevs[string(lowered(buf[:0], text[t.start:t.end]))]; ok {
			if r, ok := p.g.Region(code); ok {
				return found{first: i, last: i, key: strings.ToLower(text[t.start:t.end]), words: 1,
					cands: []gazetteer.Candidate{{Kind: gazetteer.KindRegion, Region: r, Exact: true}}, abbrev: true}, true
			}
		}
	}
	// A state after a party's letter: "Nancy Pelosi, D-Calif, said".
	if t := toks[i]; len(parts) == 0 && partyBefore(text, toks, i) {
		var buf [8]byte
		if t.end-t.start <= len(buf) {
			if code, ok := stateAbbrevs[string(lowered(buf[:0], text[t.start:t.end]))]; ok {
				if r, ok := p.g.Region(code); ok {
					return found{first: i, last: i, key: strings.ToLower(text[t.start:t.end]), words: 1,
						cands: []gazetteer.Candidate{{Kind: gazetteer.KindRegion, Region: r, Exact: true}}, abbrev: true}, true
				}
			}
		}
	}
	// A postal code in capitals after a capitalised town and a comma,
	// before punctuation or the end: "LOUISVILLE, KY--", "Moncton, NB.".
	if t := toks[i]; len(parts) == 0 && t.allCaps && t.end-t.start == 2 && i > 1 &&
		text[toks[i-1].start:toks[i-1].end] == "," && toks[i-2].kind == tokWord && toks[i-2].upper &&
		(i+1 == len(toks) || toks[i+1].kind == tokPunct) {
		if code, ok := postalCodes[text[t.start:t.end]]; ok {
			if r, ok := p.g.Region(code); ok {
				return found{first: i, last: i, key: strings.ToLower(text[t.start:t.end]), words: 1,
					cands: []gazetteer.Candidate{{Kind: gazetteer.KindRegion, Region: r, Exact: true}}, abbrev: true}, true
			}
		}
	}
	// Acronyms of countries written in capitals: "US", "USA", "UK", "UAE".
	if t := toks[i]; t.allCaps {
		if cc, ok := countryAcronyms[text[t.start:t.end]]; ok {
			if c, ok := p.g.Country(cc); ok {
				return found{first: i, last: i, key: strings.ToLower(text[t.start:t.end]), words: 1,
					cands: []gazetteer.Candidate{{Kind: gazetteer.KindCountry, Country: c, Exact: true}}}, true
			}
		}
	}
	// Initials a country's own press writes bare ("BC", "NSW", "SA"):
	// read only where the text is about that country (homeAbbrev).
	if t := toks[i]; t.allCaps && t.end-t.start <= 4 {
		if codes, ok := homeAbbrevs[text[t.start:t.end]]; ok {
			var cands []gazetteer.Candidate
			for _, code := range codes {
				if r, ok := p.g.Region(code); ok {
					cands = append(cands, gazetteer.Candidate{Kind: gazetteer.KindRegion, Region: r, Exact: true})
				} else if c, ok := p.g.Country(code); ok {
					cands = append(cands, gazetteer.Candidate{Kind: gazetteer.KindCountry, Country: c, Exact: true})
				}
			}
			if len(cands) > 0 {
				return found{first: i, last: i, key: strings.ToLower(text[t.start:t.end]), words: 1, cands: cands,
					homeAbbrev: true}, true
			}
		}
	}
	// Short names of countries, one or two words. The key of two words is
	// the first's, a space and the second's (they are one blank apart), so
	// a first word that begins no such key ends the search.
	if first.key != "" && !first.beginsShortName() {
		return found{}, false
	}
	for n := 2; n >= 1; n-- {
		last := i + n - 1
		if last >= len(toks) || toks[last].kind != tokWord || !toks[last].upper {
			continue
		}
		if n == 2 && (toks[i+1].start-toks[i].end != 1) {
			continue
		}
		var kb [64]byte
		k := gazetteer.AppendNormalize(kb[:0], text[toks[i].start:toks[last].end])
		if _, ok := continents[string(k)]; ok {
			return found{first: i, last: last, key: string(k), words: n, continent: true}, true
		}
		// "the EU", "the European Union": the continent of its members,
		// unless a name goes on ("EU Monitoring Mission").
		if name, ok := continentUnions[string(k)]; ok && (n == 2 || !toks[i].allCaps || i+1 >= len(toks) ||
			!toks[i+1].upper || !adjacent(text, toks, i, i+1)) {
			return found{first: i, last: last, key: name, words: n, continent: true}, true
		}
		// ("IN THE STATES", a heading of a Brazilian e-mail, is its
		// country's states: only "the States" is America.)
		if cc, ok := countryShortNames[string(k)]; ok && !(toks[last].allCaps && string(k) == "the states") {
			if c, ok := p.g.Country(cc); ok {
				return found{first: i, last: last, key: string(k), words: n,
					cands: []gazetteer.Candidate{{Kind: gazetteer.KindCountry, Country: c, Exact: true}}}, true
			}
		}
	}
	return found{}, false
}

// dottedOpening returns the longest gazetteer name that the dotted
// abbreviation of tokens i..last (its key) opens, with up to three
// capitalised words after it ("U.S. Virgin Islands"), if any.
func (p *Parser) dottedOpening(text string, toks []token, i, last int, key string) (found, bool) {
	var best found
	ok := false
	k := key
	for j, words := last+1, 0; j < len(toks) && words < 3; j++ {
		t := toks[j]
		if t.kind != tokWord || !t.upper || text[toks[j-1].end:t.start] != " " {
			break
		}
		words++
		k += " " + gazetteer.Normalize(text[t.start:t.end])
		if cands := p.g.Lookup(k); len(cands) > 0 {
			best, ok = found{first: i, last: j, key: k, words: words + 1, cands: cands}, true
		}
	}
	return best, ok
}

// maySpecial reports whether special may recognise something at token i,
// a capitalised word: a dotted abbreviation, an acronym in capitals, or
// a word that begins a short name of a country or a continent. It saves
// the search for the other words. first is the facts of token i.
func maySpecial(text string, toks []token, i int, first *spanFacts) bool {
	t := toks[i]
	if t.allCaps {
		return true
	}
	if i+1 < len(toks) && toks[i+1].kind == tokPunct && toks[i+1].start == t.end && text[t.end] == '.' {
		return true
	}
	if t.end-t.start <= 4 && i > 0 && toks[i-1].kind == tokPunct && text[toks[i-1].start] == ',' {
		return true // a state's abbreviation without its dot
	}
	if i > 1 && toks[i-1].kind == tokPunct && text[toks[i-1].start] == '-' {
		return true // "D-Calif"
	}
	return first.key == "" || first.beginsShortName()
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// nationFirst holds the first bytes of the nationAdjectives.
var nationFirst = func() (t [256]bool) {
	for k := range nationAdjectives {
		t[k[0]] = true
	}
	return t
}()

// The lengths in bytes of the nationAdjectives.
var minNationAdjective, maxNationAdjective = func() (int, int) {
	lo, hi := 1<<30, 0
	for adj := range nationAdjectives {
		lo, hi = min(lo, len(adj)), max(hi, len(adj))
	}
	return lo, hi
}()

// shortNameStarts holds the keys of continents and countryShortNames
// and their token prefixes ("north" of "north america").
var shortNameStarts = func() map[string]bool {
	m := map[string]bool{}
	add := func(key string) {
		m[key] = true
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				m[key[:i]] = true
			}
		}
	}
	for k := range continents {
		add(k)
	}
	for k := range countryShortNames {
		add(k)
	}
	for k := range continentUnions {
		add(k)
	}
	return m
}()

// nationAdjective reads the adjectives of the nations inside a country
// ("English", "Scottish", "Welsh"), which the country tables do not list
// as its demonyms, as demonyms of that country: "the English city of
// Salisbury" is not English, Indiana. word is the facts of token i.
func (p *Parser) nationAdjective(text string, toks []token, i int, word *spanFacts) (found, bool) {
	if toks[i].allCaps {
		return found{}, false
	}
	if c := text[toks[i].start]; !nationFirst[c|0x20] || !isASCIILetter(c) {
		return found{}, false
	}
	cc := word.nation(text[toks[i].start:toks[i].end])
	if cc == "" {
		return found{}, false
	}
	c, ok := p.g.Country(cc)
	if !ok {
		return found{}, false
	}
	return found{first: i, last: i, words: 1, key: strings.ToLower(text[toks[i].start:toks[i].end]),
		cands: []gazetteer.Candidate{{Kind: gazetteer.KindCountry, Country: c, Demonym: true}}}, true
}

// isAbbrev reports whether a word followed by a dot may stand inside a
// place name: Saint, Fort, Mount and their kin.
func isAbbrev(w string) bool {
	var buf [32]byte
	switch string(lowered(buf[:0], w)) {
	case "st", "ste", "ft", "mt", "pt", "s", "n", "e", "w":
		return true
	}
	return false
}

// actorNouns after a country's short name make it an adjective.
var actorNouns = map[string]bool{"troops": true, "soldiers": true, "forces": true, "police": true, "officials": true,
	"authorities": true, "officers": true, "diplomats": true, "nationals": true, "citizens": true, "ministers": true,
	"warplanes": true, "jets": true, "tanks": true, "state": true, "government": true, "king": true, "crown": true,
	"prince": true, "army": true, "coalition": true, "women": true, "men": true, "activists": true}

// adjectivalCountry reports whether the one-word name f names a country
// only by an alternate (not its own name) and stands right before a
// noun of people in small letters: "Saudi troops".
func adjectivalCountry(text string, toks []token, f found) bool {
	next := f.last + 1
	if next >= len(toks) || toks[next].kind != tokWord || toks[next].upper || !adjacent(text, toks, f.last, next) {
		return false
	}
	var buf [16]byte
	if !actorNouns[string(lowered(buf[:0], text[toks[next].start:toks[next].end]))] {
		return false
	}
	country := false
	for _, c := range f.cands {
		if c.Kind != gazetteer.KindCountry || primaryName(c, f.key) {
			return false
		}
		country = true
	}
	return country
}

// isDemonym reports whether a name is read as a demonym ("Kazakh
// workers"): it is one, and no sizeable place of that very name competes
// (Qazax in Azerbaijan is also spelt "Kazakh").
func isDemonym(f found) bool {
	dem := false
	for _, c := range f.cands {
		if c.Demonym {
			dem = true
		}
	}
	if !dem {
		return false
	}
	for _, c := range f.cands {
		if !c.Demonym && c.Population() >= 100000 && primaryName(c, f.key) {
			return false
		}
	}
	return true
}

// plausibleAlternate reports whether a candidate may be named by key:
// GeoNames lists many names for small places, some of them common words,
// surnames or other places' names ("Florida" for a hamlet in California),
// so for a place under 10,000 people only its own name counts.
func plausibleAlternate(c gazetteer.Candidate, key string) bool {
	// Short alternates ("Sam", "Sham" for Damascus) are given names and
	// abbreviations more often than places.
	if c.Kind != gazetteer.KindPlace || primaryName(c, key) {
		return true
	}
	// An old name of a ward or district ("Third Precinct" for Amherst,
	// "First Ward") names a police station or a constituency in news.
	if sp := strings.IndexByte(key, ' '); sp > 0 && ordinalWords[key[:sp]] {
		return false
	}
	if builtAlternate(c, key) {
		return false
	}
	return c.Place.Population >= 10000 && len(key) > 3
}

// builtAlternate reports whether key is the name of a street, a square
// or a building among a town's alternates ("Washington Square", an old
// name of Franklin Square, New York): in news it names the street or the
// square.
func builtAlternate(c gazetteer.Candidate, key string) bool {
	sp := strings.LastIndexByte(key, ' ')
	if sp < 0 || c.Kind != gazetteer.KindPlace {
		return false
	}
	k, ok := featureHeads[key[sp+1:]]
	return ok && (k == featWay || k == featSite) && !primaryName(c, key)
}

// riverCountries are countries named after a river, whose names take no
// "the" when they mean the country.
var riverCountries = map[string]bool{"niger": true, "jordan": true, "senegal": true}

// ordinalWords open the old names of wards and precincts that GeoNames
// lists among a town's alternates.
var ordinalWords = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true}

// primaryName reports whether key is the candidate's own name, not one
// of its alternates.
func primaryName(c gazetteer.Candidate, key string) bool {
	if gazetteer.NormalizesTo(c.Name(), key) {
		return true
	}
	if c.Kind != gazetteer.KindPlace {
		return false
	}
	// "Enfield" for Enfield Town: the own name without the word "Town"
	// that tells the town from its borough.
	if town, ok := strings.CutSuffix(c.Place.Name, " Town"); ok && gazetteer.NormalizesTo(town, key) {
		return true
	}
	// "Newcastle" for Newcastle upon Tyne, "Frankfurt" for Frankfurt am
	// Main: the own name without the river or sea it stands on.
	for _, on := range riverJoins {
		if i := strings.Index(c.Place.Name, on); i > 0 && gazetteer.NormalizesTo(c.Place.Name[:i], key) {
			return true
		}
	}
	// "Qamishli" for Al Qāmishlī: the own name without its article.
	return gazetteer.WithoutArticle(c.Place.Name, c.Place.Country, key)
}

// riverJoins join a town's name to the river or sea it stands on, which
// everyday use leaves out.
var riverJoins = []string{" upon ", "-upon-", " on ", "-on-", " am ", " an der ", "-sur-", " sur ", "-en-"}

// placeHeadAfter reports whether a noun that a town's name modifies
// follows token i in small letters: "the Huntsville mayor", "the Gainesville
// police", where "the" belongs to the noun and not to a landmark's name.
func placeHeadAfter(text string, toks []token, i int) bool {
	j := nextWord(toks, i)
	if j < 0 || toks[j].upper || !adjacent(text, toks, i, j) {
		return false
	}
	w := text[toks[j].start:toks[j].end]
	if placeHeads[w] {
		return true
	}
	// Two nouns after it ("the Riverdale gas station"): a noun phrase
	// the name modifies, where no verb or small word follows it.
	k := nextWord(toks, j)
	return k >= 0 && !toks[k].upper && adjacent(text, toks, j, k) && placeHeads[text[toks[k].start:toks[k].end]] &&
		!clauseWords[w] && !verbLike(w)
}

// verbLike reports whether a small-letter word after a name reads as its
// verb ("the Maidan filled", "the Plaza is"): the common verbs of news.
func verbLike(w string) bool {
	switch w {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "said", "says":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// languageUse reports whether a demonym names a language ("he speaks in
// Spanish", "signs written in English, and"), which says nothing of
// where the text is.
func languageUse(text string, toks []token, f found) bool {
	k := f.first - 1
	if f.words != 1 || k < 0 || toks[k].kind != tokWord || !languageVerbs[strings.ToLower(text[toks[k].start:toks[k].end])] {
		return false
	}
	n := f.last + 1
	if n >= len(toks) || toks[n].kind == tokPunct {
		return true
	}
	return toks[n].kind == tokWord && !toks[n].upper && clauseWords[text[toks[n].start:toks[n].end]]
}

// localModifier reports whether the words after token i make the name
// before them a town's name used as a modifier: a person in small letters
// ("a Lebanon woman", "Jordan motorcyclist") or a town's institution in
// capitals ("Palestine Civic Center", "Lebanon City Council").
func localModifier(text string, toks []token, i int) bool {
	j := nextWord(toks, i)
	if j < 0 || !adjacent(text, toks, i, j) {
		return false
	}
	w := text[toks[j].start:toks[j].end]
	if !toks[j].upper {
		return localPeople[w]
	}
	_, ok := lowerIn(localInstitutions, w)
	return ok
}

// movementWords before a country's name make a party or a movement:
// "United Russia", "A Just Russia", "Fair Russia", "Our Ukraine",
// "Strong Ukraine"; "Free" before a region's too ("Free Tibet").
var movementWords = set("united", "just", "fair", "our", "strong", "free")

// arabicArticles are the Arabic article as news transliterates it,
// joined by a hyphen to the word after it.
var arabicArticles = set("al", "el", "ad", "ar", "as", "at", "az", "ash", "ez", "ed", "er", "es", "an", "ul", "ud")

// inArticleCompound reports whether the one-word name f stands in a
// longer name joined by the Arabic article ("Maarat al-Numan", "Jisr
// al-Shughur") whose other word no reading of f's names.
func (p *Parser) inArticleCompound(text string, toks []token, f found) bool {
	other := -1
	switch {
	case f.first >= 3 && articleHyphen(text, toks, f.first-2) && toks[f.first-3].kind == tokWord && toks[f.first-3].upper &&
		text[toks[f.first-3].end:toks[f.first-2].start] == " ":
		other = f.first - 3 // "Maarat al-Numan"
	case f.last+3 < len(toks) && text[toks[f.last].end:toks[f.last+1].start] == " " && articleHyphen(text, toks, f.last+1) &&
		toks[f.last+3].kind == tokWord && toks[f.last+3].upper:
		other = f.last + 3 // "Jisr al-Shughur"
	default:
		return false
	}
	w := gazetteer.Normalize(text[toks[other].start:toks[other].end])
	for _, c := range f.cands {
		if strings.Contains(gazetteer.Normalize(c.Name()), w) {
			return false
		}
	}
	return true
}

// articleHyphen reports whether tokens i, i+1 are an Arabic article and a
// hyphen joined to the word at i+2: "al-" of "al-Numan".
func articleHyphen(text string, toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].kind != tokWord || toks[i].upper || toks[i+1].kind != tokPunct ||
		toks[i+1].start != toks[i].end || toks[i+2].start != toks[i+1].end || text[toks[i+1].start:toks[i+1].end] != "-" {
		return false
	}
	_, ok := arabicArticles[text[toks[i].start:toks[i].end]]
	return ok
}

// townSites are the buildings a town's name before them puts in it,
// where something happens at them: "at Nairobi University", "from Dhaka
// University", "to Kampala Hospital".
var townSites = set("university", "hospital", "airport", "stadium", "prison", "courthouse", "station", "college")

// townSitePopulation is the population from which a town's name before a
// site word is its site's town: a city's university, not a village
// namesake's.
const townSitePopulation = 50000

// townSiteAt reports whether the capitalised word at token i is a site
// word that ends the name ("University", not "University of").
func townSiteAt(text string, toks []token, i int) bool {
	if _, ok := lowerIn(townSites, text[toks[i].start:toks[i].end]); !ok {
		return false
	}
	n := nextWord(toks, i)
	return n < 0 || !adjacent(text, toks, i, n) || !toks[n].upper && text[toks[n].start:toks[n].end] != "of"
}

// regionOfficeAt reports whether the capitalised word at token i is a
// region's office ("Premier", "Governor", "Legislature") and cands hold a
// region: "Manitoba Premier", "Oregon Gov. Kate Brown".
func regionOfficeAt(text string, toks []token, i int, cands []gazetteer.Candidate) bool {
	_, ok := lowerIn(regionOffices, text[toks[i].start:toks[i].end])
	return ok && hasKind(cands, gazetteer.KindRegion)
}

// indefiniteBefore reports whether "a", "an" or "another" stands right
// before token i: "a Gainesville restaurant" is one of the town's.
func indefiniteBefore(text string, toks []token, i int) bool {
	k := i - 1
	if k < 0 || toks[k].kind != tokWord || !adjacent(text, toks, k, i) {
		return false
	}
	switch strings.ToLower(text[toks[k].start:toks[k].end]) {
	case "a", "an", "another":
		return true
	}
	return false
}

// municipalWords after a name make a municipality of it.
var municipalWords = set("township", "borough", "village")

// ownInstitution reports whether the capitalised words at token i name
// a town's own institution, not a thing named after the town: "City
// Council", "Police", "High School", "Fire Department" (not "Arcade
// Fire", a band).
func ownInstitution(text string, toks []token, i int) bool {
	w := text[toks[i].start:toks[i].end]
	if _, ok := lowerIn(fireServices, w); !ok {
		_, ok := lowerIn(localInstitutions, w)
		return ok
	}
	j := nextWord(toks, i)
	if j < 0 || !toks[j].upper || !adjacent(text, toks, i, j) {
		return false
	}
	_, ok := lowerIn(serviceHeads, text[toks[j].start:toks[j].end])
	return ok
}

// fireServices are the local institutions known by a word that names
// other things too; serviceHeads, after them, make them the service.
var fireServices = set("fire")
var serviceHeads = set("department", "dept", "station", "chief", "rescue", "brigade", "service", "district", "company", "marshal")

// partyBefore reports whether a party's letter and a hyphen stand right
// before token i, as news writes a legislator's party and state: "D-",
// "R-", "I-".
func partyBefore(text string, toks []token, i int) bool {
	if i < 2 || toks[i-1].kind != tokPunct || text[toks[i-1].start:toks[i-1].end] != "-" ||
		toks[i-1].end != toks[i].start || toks[i-2].end != toks[i-1].start {
		return false
	}
	switch text[toks[i-2].start:toks[i-2].end] {
	case "D", "R", "I":
		return true
	}
	return false
}

// ownsName reports whether a possessive and a capitalised word follow
// byte offset end: "'s Analytics", "’s Box".
func ownsName(text string, end int) bool {
	rest := text[end:]
	switch {
	case strings.HasPrefix(rest, "'s "):
		rest = rest[3:]
	case strings.HasPrefix(rest, "’s "):
		rest = rest[len("’s "):]
	default:
		return false
	}
	return rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
}

// titleCaseAround reports whether the words around f are a headline in
// title case: a small word of grammar capitalised mid-sentence ("In",
// "Of", "For") within three words of it on its line.
func titleCaseAround(text string, toks []token, f found) bool {
	for k := max(f.first-3, 0); k <= min(f.last+3, len(toks)-1); k++ {
		t := toks[k]
		if k >= f.first && k <= f.last || t.kind != tokWord || !t.upper || t.sentStart || t.allCaps {
			continue
		}
		if lo, hi := min(t.start, toks[f.first].start), max(t.end, toks[f.last].end); strings.ContainsRune(text[lo:hi], '\n') {
			continue
		}
		if _, ok := lowerIn(titleSmallWords, text[t.start:t.end]); ok {
			return true
		}
	}
	return false
}

// titleSmallWords are the words of grammar that only a headline in title
// case capitalises mid-sentence.
var titleSmallWords = set("in", "of", "for", "to", "on", "at", "and", "with", "by", "from", "into", "over", "after")

// possessiveAfter reports whether a possessive ending follows byte
// offset end ("Bell's").
func possessiveAfter(text string, end int) bool {
	rest := text[end:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// minorPlacesOnly reports whether every candidate is a town of under
// 20,000 or a quarter of a city.
func minorPlacesOnly(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Kind != gazetteer.KindPlace || c.Place.Population >= 20000 && c.Place.Feature != "PPLX" {
			return false
		}
	}
	return len(cands) > 0
}

// smallPlacesOnly reports whether every candidate is a town of under
// 20,000: no region, no country, no city.
func smallPlacesOnly(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Kind != gazetteer.KindPlace || c.Place.Population >= 20000 {
			return false
		}
	}
	return len(cands) > 0
}

// ofBody reports whether the region word at token j heads a body's name
// ("the Kentucky Department of Education", "Illinois Department of Public
// Health"): a capitalised Department before "of".
func ofBody(text string, toks []token, j int) bool {
	if !toks[j].upper || !strings.EqualFold(text[toks[j].start:toks[j].end], "department") {
		return false
	}
	n := nextWord(toks, j)
	return n >= 0 && text[toks[n].start:toks[n].end] == "of"
}

// startsWithKey reports whether name's first word normalises to key
// ("Imo State" for "imo").
// regionInitials reports whether a short word in capitals may be a
// region's initials: its ISO 3166-2 code ("NSW", "BC"), or letters with
// no vowel, as initials mostly are ("KZN", "NRW"). "CHU" is a word, and
// Chü a Kyrgyz region's name: in capitals it is an acronym (the CHU of
// Montpellier, its university hospital).
func regionInitials(r *gazetteer.Region, key string) bool {
	if _, code, ok := strings.Cut(r.ISO, "-"); ok && strings.EqualFold(code, key) {
		return true
	}
	return !strings.ContainsAny(key, "aeiouy")
}

func startsWithKey(name, key string) bool {
	first, _, _ := strings.Cut(name, " ")
	return gazetteer.NormalizesTo(first, key)
}

func onlyKind(cands []gazetteer.Candidate, k gazetteer.Kind) []gazetteer.Candidate {
	var out []gazetteer.Candidate
	for _, c := range cands {
		if c.Kind == k && !c.Demonym {
			out = append(out, c)
		}
	}
	return out
}

// judge decides whether a recognised name is a place here, and may narrow
// its candidates.
func (p *Parser) judge(text string, toks []token, f found, memo *spanMemo) (found, bool) {
	if f.divs != nil {
		return f, true // "Douglas County": the generic word says what it is
	}
	first := toks[f.first]
	words := f.words
	whole := f.whole()
	if f.ent != nil && f.ent.notPlace || f.ent == nil && notPlaces[f.key] {
		return f, false // "El Niño": a current in the Pacific
	}
	if f.ent != nil && f.ent.metonym || f.ent == nil && metonyms[f.key] {
		// "The Kremlin said" is the government; "talks in the Holy
		// See", "a dinner at the White House" the place it sits in.
		if locativeBefore(text, toks, f.first) {
			f.cands, f.feature = nil, featSite
			return f, true
		}
		return f, false
	}
	// A country's short name used as its adjective before the people who
	// act ("Saudi troops came over the causeway", "Saudi officials
	// said") is a demonym, not the place.
	if words == 1 && adjectivalCountry(text, toks, f) {
		return f, false
	}
	// Drop demonym readings: "Kazakh" in "Kazakh Oil" is not a place.
	if slices.ContainsFunc(f.cands, func(c gazetteer.Candidate) bool { return c.Demonym }) {
		var cands []gazetteer.Candidate
		for _, c := range f.cands {
			if !c.Demonym {
				cands = append(cands, c)
			}
		}
		f.cands = cands
	}
	if words > 1 && slices.ContainsFunc(f.cands, func(c gazetteer.Candidate) bool { return builtAlternate(c, f.key) }) {
		f.cands = slices.DeleteFunc(slices.Clone(f.cands), func(c gazetteer.Candidate) bool { return builtAlternate(c, f.key) })
		if len(f.cands) == 0 {
			return f, false
		}
	}
	if f.regionWord {
		if regions := onlyKind(f.cands, gazetteer.KindRegion); len(regions) > 0 {
			f.cands = regions
		}
	} else if regionWordBefore(text, toks, f.first) {
		// "the region of Kayes": the region, known by its bare name or
		// as "Kayes Region".
		regions := onlyKind(f.cands, gazetteer.KindRegion)
		for _, w := range []string{" region", " province", " state"} {
			if len(regions) > 0 {
				break
			}
			if sf := memo.facts(p.g, f.key+w); sf.n > 0 {
				if regions = onlyKind(sf.entry(p).all.cands, gazetteer.KindRegion); len(regions) > 0 {
					f.ent = sf.entry(p)
				}
			}
		}
		if len(regions) > 0 {
			f.cands, f.regionWord = regions, true
		}
	} else if hasKind(f.cands, gazetteer.KindCountry) && localModifier(text, toks, f.last) {
		// "a Lebanon woman", "the Jordan High School": a country's
		// people are named by its demonym, so its name before a person
		// or a town's institution is a town's (or a state's: "a Georgia
		// man").
		var local []gazetteer.Candidate
		for _, c := range f.cands {
			if c.Kind != gazetteer.KindCountry && !c.Demonym {
				local = append(local, c)
			}
		}
		if len(local) > 0 {
			f.cands, whole, f.local = local, false, true
		}
	} else if localModifier(text, toks, f.last) {
		f.localUse = true // "a Paris man", "Dublin City Council"
		// "Washington Township", "Union Borough": a municipality
		// named after a town, not the state of the name.
		if next := nextWord(toks, f.last); next >= 0 && toks[next].upper {
			if _, ok := lowerIn(municipalWords, text[toks[next].start:toks[next].end]); ok {
				if places := onlyKind(f.cands, gazetteer.KindPlace); len(places) > 0 {
					f.cands = places
				}
			}
		}
	}
	// "Moody's Analytics", "Pandora's Box", "Notre Dame's Arike
	// Ogunbowale": a small town's name owning a capitalised name is a
	// firm's, a title's or a team's.
	if ownsName(text, toks[f.last].end) && smallPlacesOnly(f.cands) {
		return f, false
	}
	// "Maarat al-Numan", "Jisr al-Shughur": a word of a longer Arabic
	// name joined by its article, which the gazetteer lacks, is no
	// place of its own (not "Mahalla al-Kubra", a name of the town read).
	if words == 1 && p.inArticleCompound(text, toks, f) {
		return f, false
	}
	// "St. Paul & the Broken Bones", "Sly & the Family Stone": a name
	// before "& the" and a capitalised word is a band's or a firm's.
	if n := f.last + 1; n+2 < len(toks) && text[toks[f.last].end:toks[n].end] == " &" && toks[n+1].kind == tokWord &&
		strings.EqualFold(text[toks[n+1].start:toks[n+1].end], "the") && toks[n+2].upper && !hasKind(f.cands, gazetteer.KindCountry) &&
		memo.facts(p.g, text[toks[n+2].start:toks[n+2].end]).n == 0 && memo.classes(text, toks[n+2])&(lexMacro|lexCompass) == 0 {
		return f, false // (not "Dallas & the Gulf coast")
	}
	// "St. John's Lutheran School", "Saint Mary's Hospital": a saint
	// owning a capitalised name is the church's or the school's patron
	// (not "St. Petersburg's Pulkovo airport": a saint is named by a
	// given name; nor "St. Paul's Midway neighborhood": a city's).
	if ownsName(text, toks[f.last].end) && (strings.HasPrefix(f.key, "st ") || strings.HasPrefix(f.key, "saint ")) &&
		memo.classes(text, toks[f.last])&lexGiven != 0 && !slices.ContainsFunc(f.cands, func(c gazetteer.Candidate) bool {
		return c.Population() >= 100000
	}) {
		return f, false
	}
	// "The City Council", "the City Manager": the text's own city,
	// whichever it is, not the City of London.
	if n := f.last + 1; f.key == "the city" && n < len(toks) && toks[n].kind == tokWord && toks[n].upper && adjacent(text, toks, f.last, n) {
		return f, false
	}
	if titleBefore(text, toks, f.first, memo) {
		return f, false // "President Tokayev", "Gen. Lee"
	}
	// "the Duma", "the State Duma", "the Rada": a parliament named like a
	// town ("rebels in Duma" is the Syrian town).
	if words == 1 && houseNames[f.key] {
		if k := f.first - 1; k >= 0 && toks[k].kind == tokWord {
			if w := text[toks[k].start:toks[k].end]; strings.EqualFold(w, "the") || w == "State" || w == "Verkhovna" {
				return f, false
			}
		}
	}
	// "Northwest 34th Street", "Northwest Eighth Avenue": a compass word
	// before a street's number opens an address.
	if n := f.last + 1; words == 1 && n < len(toks) && text[toks[f.last].end:toks[n].start] == " " &&
		(toks[n].kind == tokNumber || toks[n].kind == tokWord && ordinalWord(text[toks[n].start:toks[n].end])) {
		if _, ok := lowerIn(compassWords, text[first.start:first.end]); ok {
			return f, false
		}
	}
	// "the bridges over the Niger", "baptised in the Jordan": a river
	// that a country is named after, with "the" that the country lacks.
	if riverCountries[f.key] && theBefore(text, toks, f.first) {
		return f, false
	}
	// "United Russia", "Fair Russia", "Our Ukraine", "Free Tibet": a
	// party's or a movement's name made of a word and a country's or a
	// region's name.
	// (Not "Our Moscow correspondent": a town is no movement's.)
	if k := f.first - 1; words == 1 && k >= 0 && toks[k].kind == tokWord && toks[k].upper && adjacent(text, toks, k, f.first) {
		w := text[toks[k].start:toks[k].end]
		if _, ok := lowerIn(movementWords, w); ok && hasKind(f.cands, gazetteer.KindCountry) ||
			strings.EqualFold(w, "free") && hasKind(f.cands, gazetteer.KindRegion) && !hasKind(f.cands, gazetteer.KindPlace) {
			return f, false
		}
	}
	// "Plaza Italia", "Instituto Nacional", "Jalan Tun Perak": a street
	// or an institution named with a word before, one or two capitalised
	// words back.
	for prev, next := f.first-1, f.first; prev >= 0 && prev >= f.first-3 && toks[prev].kind == tokWord &&
		toks[prev].upper && adjacent(text, toks, prev, next); prev, next = prev-1, prev {
		if memo.classes(text, toks[prev])&lexPreceder != 0 {
			return f, false
		}
	}
	if next := nextWord(toks, f.last); next >= 0 && adjacent(text, toks, f.last, next) {
		cls := memo.classes(text, toks[next])
		// ("Marched from Dhaka University": a town's own university, hospital
		// or airport, that something happens at, is in the town.)
		if toks[next].upper && cls&lexFollower != 0 && !(locativeBefore(text, toks, f.first) && townSiteAt(text, toks, next) &&
			maxPopulation(f.cands) >= townSitePopulation) {
			return f, false // "Energy Minister", "Republic Square", "Moscow Times"
		}
		// "Wulumuqi Middle Road", "Beijing East Road": a street named
		// for a town, with its part of the town between.
		if toks[next].upper && streetParts[strings.ToLower(text[toks[next].start:toks[next].end])] {
			if k := nextWord(toks, next); k >= 0 && toks[k].upper && adjacent(text, toks, next, k) {
				if _, ok := lowerIn(streetHeads, text[toks[k].start:toks[k].end]); ok {
					return f, false
				}
			}
		}
		if toks[next].upper && words == 1 && clubAfter(text, toks, next) {
			return f, false // "Norwich City", "Leeds United": a club
		}
		if !toks[next].upper && cls&lexPremise != 0 && !indefiniteBefore(text, toks, f.first) {
			// "near the Riga supermarket": a shop named for a city,
			// elsewhere ("a Gainesville restaurant" is one in the town).
			return f, false
		}
		if !toks[next].upper && teamWords[text[toks[next].start:toks[next].end]] && !hasKind(f.cands, gazetteer.KindCountry) {
			return f, false // "Notre Dame coach Muffet McGraw", "a Notre Dame player": a team
		}
		if toks[next].upper && words == 1 && cls&lexSurname != 0 {
			return f, false // "Nursultan Nazarbayev": a given name
		}
		// "Mary of Bethany", "Catherine of Aragon": a given name before
		// "of" and a place is a person's epithet.
		if next := nextWord(toks, f.last); words == 1 && next >= 0 && next+1 < len(toks) && text[toks[next].start:toks[next].end] == "of" &&
			toks[next+1].kind == tokWord && toks[next+1].upper && memo.classes(text, first)&lexGiven != 0 &&
			!hasKind(f.cands, gazetteer.KindCountry) {
			return f, false
		}
		// "Burton Albion", "Plymouth Argyle": the suffix of a club's
		// name, after its town's, is no town of its own.
		if k := f.first - 1; words == 1 && clubSuffixes[f.key] && k >= 0 && toks[k].kind == tokWord && toks[k].upper &&
			adjacent(text, toks, k, f.first) {
			return f, false
		}
		// "Jana Van Voorhis", "Van Morrison": a particle of a surname,
		// capitalised, before a word that is no generic word of a place
		// ("Van Province", "Lake Van").
		if toks[next].upper && words == 1 && particles[f.key] && cls&(lexRegion|lexDivision|lexFollower) == 0 {
			if _, head := lowerIn(featureHeads, text[toks[next].start:toks[next].end]); !head {
				return f, false
			}
		}
	}
	if words == 1 {
		// "Philippe de Marigny": a surname after a particle. (Not a
		// capital or a city of millions: "la Plaza de Bolívar de Bogotá",
		// "la Alcaldía de Lima" are theirs.)
		if k := f.first - 1; k >= 1 && toks[k].kind == tokWord && memo.classes(text, toks[k])&lexParticle != 0 &&
			toks[k-1].kind == tokWord && toks[k-1].upper && !majorPlace(f) {
			return f, false
		}
		// Two or three letters are an abbreviation ("St.", "Co.") or a
		// word, unless they name a sizeable town ("Osh", "Ufa").
		short := toks[f.last].end-first.start <= 3 && !first.allCaps
		if short && f.last+1 < len(toks) && text[toks[f.last+1].start:toks[f.last+1].end] == "." &&
			!slices.ContainsFunc(f.cands, func(c gazetteer.Candidate) bool {
				return c.Kind == gazetteer.KindPlace && c.Place.Population >= 50000 && primaryName(c, f.key)
			}) {
			f.cands = nil
			return f, false
		}
		// Inside a longer run of capitalised words the name is part of a
		// person's or body's name ("Chiquita Raquel Henry", "Orchard
		// Supply"), unless it is big enough to be meant as such.
		inRun := false
		if prev := f.first - 1; prev >= 0 && toks[prev].kind == tokWord && toks[prev].upper && !toks[prev].sentStart && adjacent(text, toks, prev, f.first) &&
			!afterCompass(text, toks, f.first) { // "Greater Noumea", "Northern Kordofan": a part of the place
			inRun = true
		}
		// (Not a town's own institution after it: "the Lufkin City
		// Council", "Corsicana Police".)
		// Nor a region's own office: "Manitoba Premier Brian Pallister".
		if next := f.last + 1; next < len(toks) && toks[next].kind == tokWord && toks[next].upper && adjacent(text, toks, f.last, next) &&
			!(f.localUse && ownInstitution(text, toks, next)) && !regionOfficeAt(text, toks, next, f.cands) {
			inRun = true
		}
		// A region's short alternate is its abbreviation, written in
		// capitals: "the Act" is a law, not the ACT.
		if !first.allCaps && len(f.key) <= 4 && slices.ContainsFunc(f.cands, func(c gazetteer.Candidate) bool {
			return c.Kind == gazetteer.KindRegion && !primaryName(c, f.key)
		}) {
			var cands []gazetteer.Candidate
			for _, c := range f.cands {
				if c.Kind != gazetteer.KindRegion || primaryName(c, f.key) {
					cands = append(cands, c)
				}
			}
			f.cands, whole = cands, false
			if len(cands) == 0 {
				return f, false
			}
		}
		var kept []gazetteer.Candidate
		// A town's people ("Hamilton women") or a dateline ("HAMILTON
		// —") make a surname's word a town's.
		// (Not the name of a capital or a region of millions:
		// "WASHINGTON (Reuters)" and "LONDON —" are the capitals.)
		townUse := personalNames[f.key] && !inRun && (f.localUse || first.allCaps && dateline(text, toks, f) &&
			!slices.ContainsFunc(f.cands, func(c gazetteer.Candidate) bool {
				return c.Population() >= 1000000 && (c.Kind != gazetteer.KindPlace || c.Place.Feature == "PPLC")
			}))
		if whole && !f.regionWord && !townUse {
			// What is kept depends on the name, short and inRun alone:
			// worked out once per name.
			v := oneWordVariant(short, inRun)
			if k := f.ent.oneWord[v].Load(); k != nil {
				kept = k.cands
			} else {
				k := oneWordKeep(f.ent, f.key, short, inRun, p.d)
				f.ent.oneWord[v].Store(k)
				kept = k.cands
			}
		} else if f.local {
			kept = f.cands // a town's, by the words after it: not a person's
		} else {
			cands := f.cands
			if short {
				cands = shortKeep(cands)
			}
			kept = keepOneWord(cands, nil, f.key, inRun, personalNames[f.key] && !townUse)
		}
		// "an office in Nelson", "from Dewsbury": a preposition of place
		// makes a person's name a town's, where the person's reading left
		// no town of it.
		// (Not one owning something: "into Bell's back" is a person's.)
		if len(kept) == 0 && !inRun && personalNames[f.key] && placeWordBefore(text, toks, f.first) &&
			!possessiveAfter(text, toks[f.last].end) {
			cands := f.cands
			if short {
				cands = shortKeep(cands)
			}
			kept, whole = keepOneWord(cands, nil, f.key, inRun, false), false
		}
		if inRun && len(kept) < len(f.cands) {
			f.narrowed = true
			if len(onlyKind(kept, gazetteer.KindPlace)) == len(kept) {
				_, n := oneCountry(f.cands)
				f.narrowedAcross = n > 1
			}
		}
		if f.cands = kept; len(kept) == 0 {
			return f, false
		}
		cls := memo.classes(text, first)
		if cls&lexMonth != 0 {
			return f, false
		}
		if first.allCaps && dateline(text, toks, f) {
			f.dateline = true
		} else if first.allCaps {
			// Acronyms are organisations (NATO, CSTO, OPEC) unless they
			// name a country or region (USA, UK, UAE).
			big := append(onlyKind(f.cands, gazetteer.KindCountry), onlyKind(f.cands, gazetteer.KindRegion)...)
			if f.first == f.last && first.end-first.start <= 3 {
				// A short word in capitals that is a region's own name,
				// not its abbreviation, is an acronym of something else
				// ("IMO" is no Imo State, "NSW" is New South Wales).
				big = slices.DeleteFunc(big, func(c gazetteer.Candidate) bool {
					return c.Kind == gazetteer.KindRegion && (startsWithKey(c.Name(), f.key) || !regionInitials(c.Region, f.key))
				})
			}
			if len(big) == 0 {
				return f, false
			}
			f.cands = big
		}
		if cls&lexCommon != 0 {
			if first.sentStart {
				return f, false
			}
			// "4 Bed, 2 Bath": a common word after a number counts a
			// thing.
			if k := f.first - 1; k >= 0 && toks[k].kind == tokNumber && adjacent(text, toks, k, f.first) {
				return f, false
			}
			// Mid-sentence, a capitalised common word names a country or
			// a city of its own name big enough to be meant ("Reading",
			// "Bath"), not a region or village that shares it; in a
			// headline in title case, where every word is capitalised
			// ("Jury Indicts Man In Slaying"), a city of millions.
			minPop := 100000
			if titleCaseAround(text, toks, f) {
				minPop = 1000000
			}
			var big []gazetteer.Candidate
			for _, c := range f.cands {
				if c.Kind == gazetteer.KindCountry || c.Kind == gazetteer.KindPlace && primaryName(c, f.key) && (c.Place.Population >= minPop || c.Place.Feature == "PPLC") {
					big = append(big, c)
				}
			}
			if len(big) == 0 {
				return f, false
			}
			f.cands = big
		}
	}
	return f, len(f.cands) > 0
}

func oneWordVariant(short, inRun bool) int {
	v := 0
	if short {
		v = 2
	}
	if inRun {
		v++
	}
	return v
}

// oneWordKeep is what judge keeps of the candidates of a one-word name
// (e's, without demonyms, as judge drops them first), as a set for
// resolution.
func oneWordKeep(e *nameEntry, key string, short, inRun bool, d *gazetteer.Divisions) *candSet {
	var cands []gazetteer.Candidate
	var prim []bool
	for i, c := range e.all.cands {
		if !c.Demonym && (!short || c.Kind != gazetteer.KindPlace || c.Place.Population >= 50000) {
			cands = append(cands, c)
			prim = append(prim, e.all.prim[i])
		}
	}
	kept := keepOneWord(cands, prim, key, inRun, personalNames[key])
	prim, logPop := make([]bool, len(kept)), make([]float64, len(kept))
	facts(e, key, kept, prim, logPop)
	return newCandSet(key, kept, prim, logPop, d)
}

// shortKeep is what a name of two or three letters keeps: regions,
// countries and towns of 50,000 or more.
func shortKeep(cands []gazetteer.Candidate) []gazetteer.Candidate {
	var kept []gazetteer.Candidate
	for _, c := range cands {
		if c.Kind != gazetteer.KindPlace || c.Place.Population >= 50000 {
			kept = append(kept, c)
		}
	}
	return kept
}

// keepOneWord drops the readings of a one-word name that a person's name
// or a run of capitalised words rules out. prim, when not nil, holds
// primaryName of each candidate.
func keepOneWord(cands []gazetteer.Candidate, prim []bool, key string, inRun, person bool) []gazetteer.Candidate {
	isPrim := func(i int) bool {
		if prim != nil {
			return prim[i]
		}
		return primaryName(cands[i], key)
	}
	var kept []gazetteer.Candidate
	for i, c := range cands {
		switch {
		case c.Kind == gazetteer.KindCountry:
			kept = append(kept, c) // "Kazakhstan President": still the country
		case c.Kind == gazetteer.KindRegion:
			// A region of the same name as a given name or in a run of
			// capitalised words must be big to be meant: "Michael" is
			// a parish of the Isle of Man, "Paul" a county of Cape Verde.
			if !(inRun || person) || c.Population() >= 1000000 {
				kept = append(kept, c)
			}
		case person && !(c.Place.Population >= 100000 && isPrim(i)):
			// "Jones", "Mary", "Moore": a person.
		case inRun && (c.Place.Population < 100000 || !isPrim(i)):
		case !(c.Place.Population >= 10000 && len(key) > 3 || isPrim(i)): // !plausibleAlternate
		default:
			kept = append(kept, c)
		}
	}
	return kept
}

// dateline reports whether an all-capitals name is a news dateline: it
// opens a line or follows a sentence, or a date ("March 24, 2009 NEWARK
// --"), and the punctuation of a dateline follows it ("TORONTO —",
// "ALBUQUERQUE, N.M. (AP)", "LONDON (Reuters)"), or, at a line's start,
// the story's first word ("LONDON The Latest on...") or a stop or colon
// ("HEERENVEEN. Police ..."): a place, not an acronym.
func dateline(text string, toks []token, f found) bool {
	if f.last+1 >= len(toks) {
		return false
	}
	next := toks[f.last+1]
	afterYear := f.first > 0 && toks[f.first-1].kind == tokNumber && toks[f.first-1].end+1 == toks[f.first].start
	lineStart, afterSentence := datelineStart(text, toks[f.first].start)
	if !lineStart && !afterSentence && !afterYear {
		return false
	}
	if next.kind == tokWord {
		// "LONDON The Latest": only at a line's start, before a word
		// in capitals and small letters.
		return lineStart && next.upper && !next.allCaps && next.start == toks[f.last].end+1
	}
	if next.kind != tokPunct {
		return false
	}
	switch text[next.start:next.end] {
	case ",", "(":
		return !afterYear
	case "—", "–", "-":
		return true
	case "&", "/":
		// "TIJUANA & SAN DIEGO, March 29": a dateline of two places.
		return lineStart
	case ".", ":":
		// "HEERENVEEN. Police have fired shots": a channel's post
		// headed with its place. (Five letters at least: "NATO." and
		// "OPEC:" are the organisations.)
		return lineStart && toks[f.last].end-toks[f.first].start >= 5
	}
	return false
}

// datelineStart reports whether byte i of text opens a line (spaces may
// stand before it) or follows the end of a sentence.
func datelineStart(text string, i int) (lineStart, afterSentence bool) {
	k := i
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	if k == 0 || text[k-1] == '\n' || text[k-1] == '\r' {
		return true, false
	}
	if k < i {
		switch text[k-1] {
		case '.', '!', '?', '"':
			return false, true
		}
	}
	return false, false
}

// looksLikeSurname reports whether a capitalised word has a surname's
// ending.
func looksLikeSurname(w string) bool {
	var buf [32]byte
	lw := lowered(buf[:0], w)
	if len(lw) < 5 || !surnameLast[lw[len(lw)-1]] {
		return false
	}
	for _, e := range surnameEndings {
		if len(lw) >= len(e) && string(lw[len(lw)-len(e):]) == e {
			return true
		}
	}
	return false
}

// surnameLast holds the last bytes of the surnameEndings.
var surnameLast = func() (t [256]bool) {
	for _, e := range surnameEndings {
		t[e[len(e)-1]] = true
	}
	return t
}()

// titleBefore reports whether the word before token i is a title
// ("President", "Mr", "Gen." with its dot).
func titleBefore(text string, toks []token, i int, memo *spanMemo) bool {
	k := i - 1
	if k >= 0 && toks[k].kind == tokPunct && text[toks[k].start:toks[k].end] == "." {
		k--
	}
	if k < 0 || toks[k].kind != tokWord {
		return false
	}
	if gap := text[toks[k].end:toks[i].start]; gap != " " && strings.TrimSpace(gap) != "" && gap != ". " && gap != "." {
		return false
	}
	return memo.classes(text, toks[k])&lexTitle != 0
}

func nextWord(toks []token, i int) int {
	if i+1 < len(toks) && toks[i+1].kind == tokWord {
		return i + 1
	}
	return -1
}

// adjacent reports whether tokens a < b stand next to each other on one
// line, separated by spaces only.
func adjacent(text string, toks []token, a, b int) bool {
	if b != a+1 {
		return false
	}
	// strings.Trim(gap, " \t") == "", without building the cutset.
	for _, c := range []byte(text[toks[a].end:toks[b].start]) {
		if c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}

// clubSuffixes after a town's name make a football club's ("Leeds
// United", "Bolton Wanderers"); "City" does too where the words stop
// there ("Norwich City", not "Harare City Council"), as a town named
// with it ("Mexico City") is found whole.
var clubSuffixes = set("city", "united", "rovers", "wanderers", "athletic", "rangers", "hotspur", "albion", "argyle")

// clubAfter reports whether the word at next, after a one-word town
// name, makes it a club's name.
func clubAfter(text string, toks []token, next int) bool {
	w := text[toks[next].start:toks[next].end]
	if _, ok := lowerIn(clubSuffixes, w); !ok {
		return false
	}
	if !strings.EqualFold(w, "city") {
		return true
	}
	nn := nextWord(toks, next)
	return !(nn >= 0 && toks[nn].upper && adjacent(text, toks, next, nn))
}

// ordinalWord reports whether w is an ordinal written out, as streets
// are numbered: "First" to "Twelfth".
func ordinalWord(w string) bool {
	_, ok := lowerIn(ordinals, w)
	return ok
}

var ordinals = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth")

// houseNames are parliaments whose names towns bear too: after "the" or
// their other word they are the house.
var houseNames = map[string]bool{"duma": true, "rada": true}
