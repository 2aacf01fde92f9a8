package geoparse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Named features: streets, squares, buildings, rivers, seas, mountains
// and the macro-regions news names ("the Middle East"), which the
// gazetteer does not list. They are recognised by the shape of their
// names — a capitalised name and a word that says what it is ("Royal
// Street", "Lake Manassas", "the Gulf of Aden") — and placed where the
// text puts them: the place named right after ("on Kingsley Road in
// Fredericton"), the place inside their name ("Manila Cathedral"), or
// else the place the text is about. They keep the precision Feature, so
// event records, which take cities, regions and countries, pass them by.

// featKind says what sort of feature a head word names.
type featKind uint8

const (
	featNone featKind = iota
	// featWay: streets, roads and squares, often named after somewhere
	// else ("London Road" in Brighton): the name inside does not place
	// them.
	featWay
	// featSite: landmarks, parks, airports, stations, bridges: a place
	// wherever they are named.
	featSite
	// featNatural: rivers, lakes, seas, mountains, islands.
	featNatural
	// featInstitution: universities, hospitals, courts, theatres. Their
	// names name a body as often as a building ("Cornell University
	// said"), so they count as places only where the text puts something
	// in or at them ("at the Rogers Centre", "to Alder Hey Children's
	// Hospital").
	featInstitution
)

// featureHeads end a feature's name: "Royal Street", "Jamsil Stadium",
// "Pacific Ocean". Keys are lower case.
var featureHeads = map[string]featKind{
	// Ways.
	"street": featWay, "st": featWay, "road": featWay, "rd": featWay, "avenue": featWay, "ave": featWay,
	"boulevard": featWay, "blvd": featWay, "lane": featWay, "drive": featWay, "parade": featWay,
	"highway": featWay, "motorway": featWay, "expressway": featWay, "freeway": featWay, "square": featWay,
	"prospekt": featWay, "terrace": featWay, "embankment": featWay, "circus": featWay,
	// Sites.
	"bridge": featSite, "park": featSite, "airport": featSite, "airbase": featSite, "station": featSite,
	"stadium": featSite, "arena": featSite, "racecourse": featSite, "palace": featSite, "tower": featSite,
	"cathedral": featSite, "chapel": featSite, "mosque": featSite, "temple": featSite, "basilica": featSite, "castle": featSite,
	"prison": featSite, "estate": featSite, "harbour": featSite, "harbor": featSite,
	"gardens": featSite, "cemetery": featSite, "graveyard": featSite, "dam": featSite, "canal": featSite,
	"mall": featSite, "plantation": featSite, "memorial": featSite, "monument": featSite,
	// Natural features.
	"river": featNatural, "lake": featNatural, "sea": featNatural, "ocean": featNatural, "gulf": featNatural,
	"bay": featNatural, "mountain": featNatural, "mountains": featNatural, "hills": featNatural,
	"peninsula": featNatural, "island": featNatural, "islands": featNatural, "valley": featNatural,
	"lagoon": featNatural, "coast": featNatural, "desert": featNatural, "forest": featNatural,
	"strait": featNatural, "straits": featNatural, "delta": featNatural, "plateau": featNatural,
	"glacier": featNatural, "reservoir": featNatural, "falls": featNatural,
	// Institutions, places only where the text puts something there.
	"university": featInstitution, "college": featInstitution, "school": featInstitution,
	"hospital": featInstitution, "clinic": featInstitution, "court": featInstitution,
	"courthouse": featInstitution, "museum": featInstitution, "theatre": featInstitution,
	"theater": featInstitution, "library": featInstitution, "church": featInstitution,
	"centre": featInstitution, "center": featInstitution, "hall": featInstitution, "hotel": featInstitution,
	"academy": featInstitution, "institute": featInstitution,
}

// featurePrefixes open a feature's name: "Lake Manassas", "Mount
// Kenya", "Rue de Rivoli"; and, before "of", "the Gulf of Aden", "the
// University of Nairobi".
var featurePrefixes = map[string]featKind{
	"lake": featNatural, "mount": featNatural, "mt": featNatural, "cape": featNatural, "lago": featNatural,
	"rue": featWay, "calle": featWay, "avenida": featWay, "plaza": featWay, "piazza": featWay, "praça": featWay,
	"ulitsa": featWay,
}

// locatives put something in or at a place: an institution's name after
// one of them is a building ("at Cornell University").
var locatives = set("at", "in", "inside", "outside", "near", "into", "to", "from", "toward", "towards",
	"behind", "opposite", "beside", "across", "outside", "within", "around", "past")

// compassWords before a place name a part of it: "West Wales", "Southern
// Venezuela", "Western US".
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
	"southeastern", "southwestern", "north-east", "north-west", "south-east", "south-west", "upper", "lower",
	"greater") // "Greater Noumea", "Greater Manchester"

// macroRegion is a region of the world that is no country's: its point is
// roughly its middle, from general geography.
type macroRegion struct {
	name     string
	lat, lon float64
	the      bool // named bare only after "the" ("the Gulf", "the Pacific")
}

// macroRegions are the parts of the world, seas and oceans news names,
// keyed by their normalised names.
var macroRegions = map[string]macroRegion{
	"middle east": {"Middle East", 29, 42, false}, "near east": {"Near East", 33, 38, false},
	"far east": {"Far East", 35, 120, false}, "central asia": {"Central Asia", 45, 68, false},
	"south asia": {"South Asia", 22, 79, false}, "southeast asia": {"Southeast Asia", 8, 110, false},
	"south east asia": {"Southeast Asia", 8, 110, false}, "east asia": {"East Asia", 35, 115, false},
	"west africa": {"West Africa", 12, -3, false}, "east africa": {"East Africa", 0, 37, false},
	"north africa": {"North Africa", 27, 14, false}, "southern africa": {"Southern Africa", -25, 25, false},
	"central africa": {"Central Africa", 2, 20, false}, "sub saharan africa": {"Sub-Saharan Africa", 0, 20, false},
	"horn of africa": {"Horn of Africa", 8, 45, false}, "central america": {"Central America", 13, -86, false},
	"latin america": {"Latin America", -10, -65, false}, "eastern europe": {"Eastern Europe", 50, 30, false},
	"western europe": {"Western Europe", 48, 5, false}, "central europe": {"Central Europe", 50, 15, false},
	"northern europe": {"Northern Europe", 60, 15, false}, "southern europe": {"Southern Europe", 42, 13, false},
	"balkans": {"Balkans", 43, 20, true}, "scandinavia": {"Scandinavia", 63, 15, false},
	"caribbean": {"Caribbean", 15, -73, true}, "levant": {"Levant", 33.5, 36, true},
	"sahel": {"Sahel", 14, 0, true}, "caucasus": {"Caucasus", 42.5, 44.5, true},
	"north caucasus": {"North Caucasus", 43.5, 44, false}, "south caucasus": {"South Caucasus", 41.5, 45, false},
	"gulf": {"Persian Gulf", 27, 51, true}, "persian gulf": {"Persian Gulf", 27, 51, false},
	"arabian gulf": {"Persian Gulf", 27, 51, false}, "arabian peninsula": {"Arabian Peninsula", 23, 47, false},
	"korean peninsula": {"Korean Peninsula", 38, 127.5, false},
	// Historic and natural regions news names as places, split among
	// or lying across provinces.
	"darfur": {"Darfur", 13.5, 24.5, false}, "donbas": {"Donbas", 48, 38.5, false},
	"donbass": {"Donbas", 48, 38.5, false}, "siberia": {"Siberia", 60, 100, false},
	"patagonia": {"Patagonia", -45, -69, false}, "maghreb": {"Maghreb", 31, 3, true},
	"ogaden": {"Ogaden", 7, 44, false},
	// Regions of wars the gazetteer does not hold as one division.
	"ghouta": {"Ghouta", 33.55, 36.45, false}, "eastern ghouta": {"Eastern Ghouta", 33.55, 36.45, false},
	"rojava": {"Rojava", 36.6, 40.8, false}, "iraqi kurdistan": {"Iraqi Kurdistan", 36.2, 44.2, false},
	"golan heights": {"Golan Heights", 33.0, 35.75, false}, "golan": {"Golan Heights", 33.0, 35.75, true},
	"nagorno karabakh": {"Nagorno-Karabakh", 39.85, 46.75, false}, "karabakh": {"Nagorno-Karabakh", 39.85, 46.75, false},
	"south ossetia": {"South Ossetia", 42.35, 43.95, false}, "mindanao": {"Mindanao", 7.5, 125.0, false}, "anatolia": {"Anatolia", 39, 35, false},
	"central anatolia": {"Central Anatolia", 39, 33.5, false}, "eastern anatolia": {"Eastern Anatolia", 39.5, 41, false}, "mediterranean": {"Mediterranean Sea", 35, 18, true},
	"mediterranean sea": {"Mediterranean Sea", 35, 18, false}, "atlantic": {"Atlantic Ocean", 10, -30, true},
	"atlantic ocean": {"Atlantic Ocean", 10, -30, false}, "pacific": {"Pacific Ocean", 0, -160, true},
	"pacific ocean": {"Pacific Ocean", 0, -160, false}, "indian ocean": {"Indian Ocean", -20, 80, false},
	"north atlantic": {"North Atlantic Ocean", 40, -40, false}, "south atlantic": {"South Atlantic Ocean", -25, -15, false},
	"north pacific": {"North Pacific Ocean", 30, -170, false}, "south pacific": {"South Pacific Ocean", -25, -140, false},
	"western pacific": {"Western Pacific", 10, 145, false},
	"arctic":          {"Arctic Ocean", 85, 0, true}, "arctic ocean": {"Arctic Ocean", 85, 0, false},
	"southern ocean": {"Southern Ocean", -60, 90, false}, "baltic": {"Baltic Sea", 58, 20, true},
	"baltic sea": {"Baltic Sea", 58, 20, false}, "black sea": {"Black Sea", 43, 35, false},
	"caspian sea": {"Caspian Sea", 42, 51, false}, "caspian": {"Caspian Sea", 42, 51, true},
	"red sea": {"Red Sea", 20, 38.5, false}, "north sea": {"North Sea", 56, 3, false},
	"south china sea": {"South China Sea", 12, 113, false}, "east china sea": {"East China Sea", 29, 125, false},
	"aegean": {"Aegean Sea", 39, 25, true}, "aegean sea": {"Aegean Sea", 39, 25, false},
	"adriatic": {"Adriatic Sea", 43, 15, true}, "gulf of mexico": {"Gulf of Mexico", 25, -90, false},
	"gulf of aden": {"Gulf of Aden", 12.5, 48, false}, "strait of hormuz": {"Strait of Hormuz", 26.6, 56.3, false},
	"midwest": {"Midwest", 41, -93, true}, "pacific northwest": {"Pacific Northwest", 46, -121, false},
	"west bank": {"West Bank", 32, 35.25, false}, "gaza strip": {"Gaza Strip", 31.4, 34.4, false},
	"sinai": {"Sinai Peninsula", 29.5, 33.8, true}, "sinai peninsula": {"Sinai Peninsula", 29.5, 33.8, false},
	"himalayas": {"Himalayas", 28, 84, true}, "alps": {"Alps", 46.5, 10, true}, "andes": {"Andes", -20, -67, true},
	"amazon": {"Amazon", -3, -60, true}, "sahara": {"Sahara", 23, 13, true},
}

// macroStarts are the first words of macroRegions' keys, to try a key only
// where one may start.
var macroStarts = func() map[string]bool {
	m := map[string]bool{}
	for k := range macroRegions {
		m[strings.Fields(k)[0]] = true
	}
	for k, l := range landmarkSites {
		m[strings.Fields(k)[0]] = true
		// "Zócalo", "Plaça": the word as written may not be the key's.
		m[strings.ToLower(strings.FieldsFunc(l.name, func(r rune) bool { return r == ' ' || r == '-' })[0])] = true
	}
	return m
}()

// macroPrefixes are the keys of macroRegions and landmarkSites and their
// leading words ("new", "new york", "new york university"): macroAt stops
// reading words once its key is none of them.
var macroPrefixes = func() map[string]bool {
	m := map[string]bool{}
	add := func(k string) {
		for i := 0; i < len(k); i++ {
			if k[i] == ' ' {
				m[k[:i]] = true
			}
		}
		m[k] = true
	}
	for k := range macroRegions {
		add(k)
	}
	for k := range landmarkSites {
		add(k)
	}
	return m
}()

// plainKey reports whether key holds only ASCII letters and spaces, as
// the keys of macroPrefixes do.
func plainKey(key []byte) bool {
	for _, c := range key {
		if c >= utf8.RuneSelf || c == '\'' {
			return false
		}
	}
	return true
}

// lowerWord looks a short word up in m by its lower-case form without
// allocating.
func lowerIn[V any](m map[string]V, w string) (V, bool) {
	var buf [24]byte
	if len(w) > len(buf) {
		var zero V
		return zero, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// features finds named features in the tokens. It returns them in text
// order; each is a found with feature set and no candidates.
func (p *Parser) features(text string, toks []token) []found {
	var out []found
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokWord && !t.upper && i > 0 && toks[i-1].upper && wayPlurals[text[t.start:t.end]] {
			// "at the corner of State and Hubbard streets": two ways.
			if y, ok := junctionBefore(text, toks, i, out); ok && y.first >= 3 && text[toks[y.first-1].start:toks[y.first-1].end] == "and" {
				if x, ok := junctionBefore(text, toks, y.first-1, out); ok {
					x.sure, y.sure = true, true
					out = append(out, x, y)
				}
			}
			continue
		}
		if t.kind == tokWord && !t.upper && i > 0 && toks[i-1].upper && junctions[text[t.start:t.end]] {
			// "the Air Balloon roundabout": the capitalised words name
			// the junction.
			if f, ok := junctionBefore(text, toks, i, out); ok {
				f.sure = true
				out = append(out, f)
			}
			continue
		}
		if t.kind == tokWord && !t.upper && i > 0 && toks[i-1].upper && airfields[text[t.start:t.end]] {
			// "at Heathrow airport": the airport's name, unless a city
			// or a region of that name is meant ("Kabul airport" is
			// Kabul's, "a New Jersey airport" New Jersey's).
			if f, ok := junctionBefore(text, toks, i, out); ok && !p.bigPlace(text[toks[f.first].start:toks[f.last].end], 100000) {
				f.feature, f.sure = featSite, true
				out = append(out, f)
			}
			continue
		}
		if t.kind != tokWord || !t.upper {
			continue
		}
		w := text[t.start:t.end]
		if f, ok := roadAt(text, toks, i); ok {
			out = append(out, f)
			i = f.last
			continue
		}
		if f, ok := chamberAt(text, toks, i); ok {
			out = append(out, f)
			continue
		}
		if f, ok := macroAt(text, toks, i); ok {
			out = append(out, f)
			i = f.last
			continue
		}
		if k, ok := lowerIn(featurePrefixes, w); ok && !t.allCaps {
			if f, ok := prefixFeature(text, toks, i, k); ok {
				out = append(out, f)
				i = f.last
				continue
			}
		}
		k, ok := lowerIn(featureHeads, w)
		if !ok || k == featNone || t.allCaps {
			continue
		}
		if f, after, ok := suffixFeatureOwned(text, toks, i, k); ok {
			// "Harare's Third Street", "Brooklyn's Barclays Center": a
			// place's possessive is the place's, the feature the words
			// after it.
			// (The owner: a town of 50,000 or more, a region, a country.)
			if after > 0 && p.bigPlace(text[toks[f.first].start:toks[after-3].end], 50000) {
				f.first, f.words = after, f.last-after+1
				f.key = strings.ToLower(text[toks[after].start:toks[f.last].end])
			}
			// Out of order with an earlier feature it swallows: keep the
			// longer.
			for len(out) > 0 && out[len(out)-1].last >= f.first {
				out = out[:len(out)-1]
			}
			out = append(out, f)
			continue
		}
		if f, ok := ofFeature(text, toks, i, k); ok {
			out = append(out, f)
			i = f.last
		}
	}
	return out
}

// ellipsisMacro reads a compass word whose head is shared with the next
// ("Eastern and Southern Europe"): it returns the key of the compass
// word with that head when that is a macro-region.
func ellipsisMacro(word, rest string) (string, bool) {
	if _, ok := lowerIn(compassWords, word); !ok {
		return "", false
	}
	joined := false
	for _, join := range []string{" and ", " or ", " & "} {
		if after, ok := strings.CutPrefix(rest, join); ok {
			rest, joined = after, true
			break
		}
	}
	compass, head, ok := strings.Cut(rest, " ")
	if !joined || !ok || compass == "" || compass[0] < 'A' || compass[0] > 'Z' {
		return "", false
	}
	if _, ok := lowerIn(compassWords, compass); !ok {
		return "", false
	}
	if n := strings.IndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) }); n >= 0 {
		head = head[:n]
	}
	key := strings.ToLower(word) + " " + strings.ToLower(head)
	if _, ok := macroRegions[key]; !ok {
		return "", false
	}
	if _, ok := macroRegions[strings.ToLower(compass)+" "+strings.ToLower(head)]; !ok {
		return "", false
	}
	return key, true
}

// macroAt reads a macro-region at token i: "Middle East", "the Gulf".
func macroAt(text string, toks []token, i int) (found, bool) {
	if _, ok := lowerIn(macroStarts, text[toks[i].start:toks[i].end]); !ok {
		return found{}, false
	}
	if key, ok := ellipsisMacro(text[toks[i].start:toks[i].end], text[toks[i].end:]); ok {
		return found{first: i, last: i, key: key, words: 1, feature: featNatural, macro: true}, true
	}
	var best found
	ok := false
	var kbuf [64]byte // the key grows here without allocating
	key := kbuf[:0]
	var wbuf [32]byte
	for j, n := i, 0; j < len(toks) && n < 4; j++ {
		t := toks[j]
		if j > i && text[toks[j-1].end:t.start] != " " && text[toks[j-1].end:t.start] != "" {
			break
		}
		if t.kind == tokPunct && (text[t.start:t.end] == "-" || text[t.start:t.end] == "‐") {
			continue
		}
		if t.kind == tokPunct && text[t.start:t.end] == "." && string(key) == "st" {
			continue // "St. Peter's Square"
		}
		if p := text[t.start:t.end]; t.kind == tokPunct && (p == "'" || p == "’") && n > 0 && j+1 < len(toks) &&
			text[toks[j+1].start:toks[j+1].end] == "s" && toks[j+1].start == t.end {
			key = append(key, "'s"...) // "Peter's": the tokenizer splits at a straight apostrophe
			j++
			continue
		}
		if t.kind != tokWord {
			break
		}
		w := lowered(wbuf[:0:len(wbuf)], text[t.start:t.end])
		if !t.upper && string(w) != "of" && (n == 0 || !connectors[string(w)]) {
			break // ("Palais des Nations", "Dome of the Rock": a landmark's small words)
		}
		if n > 0 {
			key = append(key, ' ')
		}
		key = append(key, w...)
		n++
		if plainKey(key) && !macroPrefixes[string(key)] && !(j+1 < len(toks) && toks[j+1].kind == tokPunct &&
			(text[toks[j+1].start:toks[j+1].end] == "'" || text[toks[j+1].start:toks[j+1].end] == "’")) {
			break // no part of the world nor landmark goes on so
		}
		if m, found2 := macroRegions[string(key)]; found2 && t.upper {
			if m.the && j == i && !theNear(text, toks, i) && !hyphenedAfterWord(text, toks, i) {
				continue
			}
			best = found{first: i, last: j, key: string(key), words: n, feature: featNatural, macro: true}
			ok = true
		} else if lk, l, found2 := landmarkKey(key); found2 && t.upper {
			if l.the && j == i && !theNear(text, toks, i) && !hyphenedAfterWord(text, toks, i) {
				continue
			}
			best = found{first: i, last: j, key: lk, words: n, feature: featSite, macro: true}
			ok = true
		}
	}
	if ok && best.last+1 < len(toks) && toks[best.last+1].kind == tokWord && toks[best.last+1].upper &&
		text[toks[best.last].end:toks[best.last+1].start] == " " {
		return found{}, false // "Atlantic Avenue", "the Gulf War", "the Pacific Fleet": another name
	}
	if n := best.last + 1; ok && n+1 < len(toks) && text[toks[n].start:toks[n].end] == "of" && toks[n+1].upper &&
		text[toks[best.last].end:toks[n].start] == " " {
		return found{}, false // "the Gulf of Alaska": another gulf than the Gulf
	}
	return best, ok
}

// hyphenedAfterWord reports whether token i follows a word and a hyphen
// with no space ("Asia-Pacific", "trans-Atlantic"): the sea or the part
// of the world, as after "the".
func hyphenedAfterWord(text string, toks []token, i int) bool {
	return hyphenJoined(text, toks, i-2)
}

// beforeWayPlural reports whether the name f is one of two joined by
// "and" before "streets", "roads"...: "State and Hubbard streets" are two
// ways, whatever towns bear the names. (One name alone before them is
// the town whose streets they are: "Khartoum streets are empty".)
func beforeWayPlural(text string, toks []token, f found) bool {
	n := f.last + 1
	// The second name: "and Hubbard streets" after a capitalised word.
	if p := f.first - 1; p >= 1 && n < len(toks) && toks[n].kind == tokWord && wayPlurals[text[toks[n].start:toks[n].end]] &&
		adjacent(text, toks, f.last, n) && text[toks[p].start:toks[p].end] == "and" && toks[p-1].kind == tokWord && toks[p-1].upper {
		return true
	}
	// The first: "State and Hubbard streets".
	return n+2 < len(toks) && text[toks[n].start:toks[n].end] == "and" && toks[n+1].kind == tokWord && toks[n+1].upper &&
		toks[n+2].kind == tokWord && wayPlurals[text[toks[n+2].start:toks[n+2].end]] && adjacent(text, toks, n+1, n+2)
}

// theNear reports whether "the" stands before token i, alone or before
// up to two lower-case words ("the tropical Atlantic").
func theNear(text string, toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := toks[k]
		if t.kind != tokWord {
			return false
		}
		if strings.EqualFold(text[t.start:t.end], "the") {
			return true
		}
		if t.upper {
			return false
		}
	}
	return false
}

func theBefore(text string, toks []token, i int) bool {
	k := i - 1
	return k >= 0 && toks[k].kind == tokWord && strings.EqualFold(text[toks[k].start:toks[k].end], "the")
}

// nameWordAt reports whether token j may stand inside a feature's name:
// a capitalised word that is not a function word opening a sentence, an
// ordinal ("14th", "Third"), a number of a street ("2700 North Fourth").
func nameWordAt(text string, toks []token, j int) bool {
	t := toks[j]
	if t.kind != tokWord || !t.upper {
		return false
	}
	w := text[t.start:t.end]
	if _, stop := lowerIn(stopWords, w); stop {
		return false
	}
	return true
}

// withoutInstitutionHead returns f without its last word where that word
// heads an institution's name that goes on with "for" or "of" and a
// capitalised word ("the Michigan Center for Labor Studies", "the Kent
// Institute of Art"): the name before it, when the gazetteer knows it;
// else nothing. Towns named so ("Michigan Center") are not meant there.
func (p *Parser) withoutInstitutionHead(text string, toks []token, f found, memo *spanMemo) (found, bool) {
	if f.words < 2 || f.last+2 >= len(toks) {
		return f, true
	}
	if k, ok := lowerIn(featureHeads, text[toks[f.last].start:toks[f.last].end]); !ok || k != featInstitution {
		return f, true
	}
	of, next := toks[f.last+1], toks[f.last+2]
	if w := text[of.start:of.end]; w != "for" && w != "of" || !adjacent(text, toks, f.last, f.last+1) || next.kind != tokWord || !next.upper {
		return f, true
	}
	last := f.last - 1
	for last > f.first && toks[last].kind != tokWord {
		last--
	}
	sf := memo.facts(p.g, text[toks[f.first].start:toks[last].end])
	if sf.n == 0 {
		return found{}, false
	}
	return p.settle(found{first: f.first, last: last, words: f.words - 1, sentStart: toks[f.first].sentStart}, sf), true
}

// cityOffices after "X City" make "City" the office's: "the San Fernando
// City Council", "Carson City Hall" (keys are lower case).
var cityOffices = set("council", "councilman", "councilwoman", "councilmember", "councillor", "councilor",
	"hall", "manager", "attorney", "clerk", "commission", "commissioner", "administrator", "auditor",
	"treasurer", "controller")

// withoutCityOfOffice returns f without its last word "City" where a
// city's office follows ("San Fernando City Councilwoman") and no
// candidate bears the whole name as its own: "San Fernando City" is an
// old name of a Philippine San Fernando, and the councilwoman sits in
// California's. "Quezon City Hall" keeps its city.
func (p *Parser) withoutCityOfOffice(text string, toks []token, f found, memo *spanMemo) found {
	if f.words < 2 || text[toks[f.last].start:toks[f.last].end] != "City" {
		return f
	}
	j := nextWord(toks, f.last)
	if j < 0 || !toks[j].upper || !adjacent(text, toks, f.last, j) {
		return f
	}
	if _, ok := lowerIn(cityOffices, text[toks[j].start:toks[j].end]); !ok {
		return f
	}
	if f.cands == nil {
		f = p.settle(f, memo.facts(p.g, text[toks[f.first].start:toks[f.last].end]))
	}
	for _, c := range f.cands {
		if primaryName(c, f.key) {
			return f
		}
	}
	last := f.last - 1
	sf := memo.facts(p.g, text[toks[f.first].start:toks[last].end])
	if sf.n == 0 {
		return f
	}
	g := p.settle(found{first: f.first, last: last, words: f.words - 1, sentStart: toks[f.first].sentStart}, sf)
	g.localUse = true
	return g
}

// headOfFeature reports whether f is the generic word of a natural
// feature's name, right after the name's own words: the "Delta" of the
// Nile Delta, the "Valley" of the Swat Valley, no Nigerian state nor
// Alabama town. (Parse reports such features only with Parser.Features;
// without, it must not report their last word instead.)
func headOfFeature(text string, toks []token, f found) bool {
	if f.words != 1 || f.first == 0 || !adjacent(text, toks, f.first-1, f.first) || !nameWordAt(text, toks, f.first-1) {
		return false
	}
	k, ok := lowerIn(featureHeads, text[toks[f.first].start:toks[f.first].end])
	return ok && k == featNatural
}

// suffixFeature reads a feature whose name ends in the head word at i:
// the capitalised words right before it ("Frenchmen Street", "Alder Hey
// Children's Hospital", "14th St.").
func suffixFeature(text string, toks []token, i int, k featKind) (found, bool) {
	f, _, ok := suffixFeatureOwned(text, toks, i, k)
	return f, ok
}

// suffixFeatureOwned is suffixFeature that also gives, for a name with a
// possessive before further name words ("Harare's Third Street"), the
// index of the first token after the possessive, else -1: where the
// owner is a place, the feature is the words after it.
func suffixFeatureOwned(text string, toks []token, i int, k featKind) (found, int, bool) {
	first := i
	words := 0
	after := -1
	for j := i - 1; j >= 0 && words < 5; j-- {
		if gap := text[toks[j].end:toks[j+1].start]; gap != " " {
			break
		}
		t := toks[j]
		attached := func(a int) bool { return a >= 0 && toks[a].end == toks[a+1].start }
		tw := text[t.start:t.end]
		switch {
		case nameWordAt(text, toks, j):
			words++
			first = j
			continue
		case t.kind == tokWord && (tw == "th" || tw == "st" || tw == "nd" || tw == "rd") && attached(j-1) && toks[j-1].kind == tokNumber:
			// "14th": the number goes with it.
			words++
			first = j - 1
			j--
			continue
		case t.kind == tokWord && tw == "s" && j > 1 && attached(j-1) && attached(j-2) && toks[j-1].kind == tokPunct &&
			(text[toks[j-1].start:toks[j-1].end] == "'" || text[toks[j-1].start:toks[j-1].end] == "’") && nameWordAt(text, toks, j-2):
			// "Children's Hospital": the possessive and its owner.
			if words > 0 && after < 0 {
				after = first
			}
			words++
			first = j - 2
			j -= 2
			continue
		case t.kind == tokPunct && tw == "." && j > 0 && attached(j-1) && toks[j-1].kind == tokWord && toks[j-1].upper &&
			isAbbrev(text[toks[j-1].start:toks[j-1].end]):
			// "N. Bedford Drive", "St. Peter's Basilica".
			first = j - 1
			j--
			continue
		}
		break
	}
	if words == 0 {
		return found{}, -1, false
	}
	last := i
	head := strings.ToLower(text[toks[i].start:toks[i].end])
	if head == "st" || head == "ave" || head == "rd" || head == "blvd" {
		// An abbreviation ends in its dot; "St." before a name is Saint.
		if i+1 >= len(toks) || text[toks[i+1].start:toks[i+1].end] != "." || toks[i+1].start != toks[i].end {
			return found{}, -1, false
		}
		if n := i + 2; n < len(toks) && toks[n].kind == tokWord && toks[n].upper && text[toks[i+1].end:toks[n].start] == " " {
			return found{}, -1, false
		}
		last = i + 1 // the dot is the abbreviation's
	}
	// A longer name goes on: "Eglinton Avenue West", "Donington Park".
	if n := i + 1; last == i && n < len(toks) && toks[n].kind == tokWord && toks[n].upper && text[toks[i].end:toks[n].start] == " " {
		nw := text[toks[n].start:toks[n].end]
		if _, ok := lowerIn(compassWords, nw); ok && !strings.Contains(nw, "-") {
			last = n
		} else if _, ok := lowerIn(featureHeads, nw); ok {
			return found{}, -1, false // "Bridge Street", "Park Avenue": the later head decides
		} else if !toks[n].sentStart {
			return found{}, -1, false // "Cavan Town Hall Committee": part of another name
		}
	}
	// "2700 North Fourth Street": the house number is part of the address.
	if k == featWay && first > 0 && toks[first-1].kind == tokNumber && text[toks[first-1].end:toks[first].start] == " " &&
		(first < 2 || toks[first-2].kind != tokPunct || text[toks[first-2].start:toks[first-2].end] != "-") {
		first--
	}
	// "the Guildhall School of Music", "the SM Mall of Asia".
	if last == i && i+2 < len(toks) && text[toks[i].end:toks[i+1].start] == " " && text[toks[i+1].start:toks[i+1].end] == "of" {
		for j := i + 2; j < len(toks) && j < i+5; j++ {
			if text[toks[j-1].end:toks[j].start] != " " || toks[j].kind != tokWord || !toks[j].upper {
				break
			}
			last = j
		}
	}
	if k == featInstitution && !locativeBefore(text, toks, first) {
		return found{}, -1, false
	}
	if toks[first].sentStart && words == 1 && k == featInstitution {
		return found{}, -1, false
	}
	return found{first: first, last: last, words: words + 1, feature: k,
		key: strings.ToLower(text[toks[first].start:toks[last].end])}, after, true
}

// locativeBefore reports whether a locative preposition stands before
// token i, with or without "the".
func locativeBefore(text string, toks []token, i int) bool {
	k := i - 1
	// "at Derry's Altnagelvin Hospital": past the place that owns it.
	if k >= 2 && toks[k].kind == tokWord && text[toks[k].start:toks[k].end] == "s" && toks[k-1].kind == tokPunct &&
		toks[k-2].kind == tokWord && toks[k-2].upper && toks[k-1].end == toks[k].start {
		k -= 3
	}
	if k >= 0 && toks[k].kind == tokWord && strings.EqualFold(text[toks[k].start:toks[k].end], "the") {
		k--
	}
	if k < 0 || toks[k].kind != tokWord {
		return false
	}
	_, ok := lowerIn(locatives, text[toks[k].start:toks[k].end])
	return ok
}

// prefixFeature reads a feature whose name begins with a prefix word:
// "Lake Manassas", "Mount Chaambi", "Mt. Kenya", "Rue Casa Calvo".
func prefixFeature(text string, toks []token, i int, k featKind) (found, bool) {
	j := i + 1
	if j < len(toks) && text[toks[j].start:toks[j].end] == "." && toks[j].start == toks[i].end {
		if !isAbbrev(text[toks[i].start:toks[i].end]) {
			return found{}, false
		}
		j++
	}
	last, words := -1, 0
	for ; j < len(toks) && words < 4; j++ {
		gap := text[toks[j-1].end:toks[j].start]
		if gap != " " && (gap != "" || last < 0) {
			break
		}
		t := toks[j]
		if t.kind == tokWord && (t.upper || connectors[text[t.start:t.end]] && words > 0) {
			if t.upper {
				last = j
			}
			words++
			continue
		}
		if t.kind == tokPunct && (text[t.start:t.end] == "-" || text[t.start:t.end] == "’" || text[t.start:t.end] == "'") && words > 0 {
			continue
		}
		break
	}
	if last < 0 {
		return found{}, false
	}
	return found{first: i, last: last, words: words + 1, feature: k,
		key: strings.ToLower(text[toks[i].start:toks[last].end])}, true
}

// ofFeature reads "the Gulf of Aden", "the University of Nairobi": a
// head word, "of" and a capitalised name.
func ofFeature(text string, toks []token, i int, k featKind) (found, bool) {
	if i+2 >= len(toks) || text[toks[i+1].start:toks[i+1].end] != "of" || !theBefore(text, toks, i) && !locativeBefore(text, toks, i) {
		return found{}, false
	}
	if k == featInstitution && !locativeBefore(text, toks, i) {
		return found{}, false
	}
	last := -1
	for j := i + 2; j < len(toks) && j < i+6; j++ {
		if text[toks[j-1].end:toks[j].start] != " " || toks[j].kind != tokWord || !toks[j].upper {
			break
		}
		last = j
	}
	if last < 0 {
		return found{}, false
	}
	return found{first: i, last: last, words: last - i + 1, feature: k,
		key: strings.ToLower(text[toks[i].start:toks[last].end])}, true
}

// stopWords are function words: capitalised only to open a sentence,
// never inside a feature's name.
var stopWords = set(
	"a", "an", "the", "in", "at", "on", "of", "to", "from", "by", "for", "with", "and", "or", "but", "as",
	"after", "before", "during", "since", "until", "while", "when", "where", "if", "this", "that", "these",
	"those", "his", "her", "its", "their", "our", "my", "your", "he", "she", "it", "they", "we", "i", "you",
	"there", "here", "into", "onto", "near", "outside", "inside", "across", "along", "around", "behind",
	"between", "through", "toward", "towards", "under", "over", "about", "against", "among", "beyond",
	"both", "each", "every", "all", "some", "many", "most", "no", "not", "yet", "so", "then", "than",
	"also", "yesterday", "today", "tomorrow", "meanwhile", "however", "although", "though", "because",
	"via", "per", "is", "was", "are", "were", "be", "has", "have", "had", "will", "would", "can", "could",
	"mr", "mrs", "ms", "dr",
)

// mergeFeatures puts the features among the mentions: a name inside a
// feature is no mention of its own ("Mississippi" in "Mississippi River",
// "Indian" in "Indian Ocean"); inside a landmark's or a natural
// feature's name it is kept, hidden, to place the feature ("Manila
// Cathedral"). A feature the gazetteer names whole is the gazetteer's
// ("Lake Forest" is a town).
func mergeFeatures(mentions, demonyms, feats []found) (ms, dems []found) {
	if len(feats) == 0 {
		return mentions, demonyms
	}
	inside := func(f found) int {
		for i, ft := range feats {
			if f.first <= ft.last && ft.first <= f.last {
				return i
			}
		}
		return -1
	}
	// A name reaching out of a feature is read as the gazetteer has it
	// ("Eastern Cape" is no "Cape ...").
	kept := feats[:0]
	for _, ft := range feats {
		cross := false
		for _, m := range mentions {
			if m.first <= ft.last && ft.first <= m.last && (m.first < ft.first || m.last > ft.last) {
				cross = true
			}
		}
		if !cross || ft.macro {
			kept = append(kept, ft)
		}
	}
	feats = kept
	var out []found
	taken := make([]bool, len(feats))
	for _, m := range mentions {
		i := inside(m)
		switch {
		case i < 0:
			out = append(out, m)
		case m.first == feats[i].first && m.last == feats[i].last && feats[i].sure:
			// "State and Hubbard streets": the words after say a way.
		case m.first == feats[i].first && m.last == feats[i].last && !feats[i].macro:
			out = append(out, m) // the gazetteer knows it whole
			taken[i] = true
		case m.first >= feats[i].first && m.last <= feats[i].last && feats[i].feature != featWay && !feats[i].macro && m.feature == featNone:
			m.hidden = true
			out = append(out, m)
		}
	}
	for i, f := range feats {
		if !taken[i] {
			out = append(out, f)
		}
	}
	// Text order; a feature before the names inside it.
	sortFound(out)
	dems = demonyms[:0:0]
	for _, d := range demonyms {
		if inside(d) < 0 {
			dems = append(dems, d)
		}
	}
	return out, dems
}

func sortFound(fs []found) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && less(fs[j], fs[j-1]); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func less(a, b found) bool {
	if a.first != b.first {
		return a.first < b.first
	}
	return !a.hidden && b.hidden
}

// localMacros name another part of the world where a text is about one
// of these countries: "the Gulf" is the Persian Gulf in world news, the
// Gulf of Mexico in American and Mexican.
var localMacros = map[string]map[string]string{
	"gulf": {"US": "gulf of mexico", "MX": "gulf of mexico", "CU": "gulf of mexico"},
}

// gulfStates border the Persian Gulf: a text that names one of them means
// that Gulf, wherever else it is ("a US ally in the Gulf, Qatar").
var gulfStates = map[string]bool{"SA": true, "QA": true, "AE": true, "KW": true, "BH": true, "OM": true, "IR": true, "IQ": true}

// localMacro returns the key of the part of the world that the
// macro-region key names in a text of the places ms.
func localMacro(key string, ms []Mention) string {
	local, ok := localMacros[key]
	if !ok {
		return key
	}
	var w countryWeights
	for _, m := range ms {
		if m.Place.Precision == Feature || m.Place.Country == "" {
			continue
		}
		if gulfStates[m.Place.Country] {
			return key
		}
		w.add(m.Place.Country, 1)
	}
	if k, ok := local[w.top()]; ok {
		return k
	}
	return key
}

// placeFeature places a named feature: a macro-region at its own point;
// another feature at the place named right after it ("on Kingsley Road
// in Fredericton", "Donington Park, Leicestershire"), else at the place
// inside its name unless it is a street ("Manila Cathedral"), else where
// the text is. The place keeps the precision Feature.
func (p *Parser) placeFeature(text string, f found, m Mention, inner Place, ms []Mention, dems []found, fc *featureContext) (Place, float64) {
	lm, isLandmark := landmarkSites[f.key]
	if f.macro && !isLandmark {
		// ("the Gulf" of a Texas story is the Gulf of Mexico.)
		r := macroRegions[localMacro(f.key, ms)]
		return Place{Name: r.name, Lat: r.lat, Lon: r.lon, Precision: Feature}, 1
	}
	var pl Place
	score := 0.0
	// "Vatican Gardens", "Kremlin Palace": in the seat's town.
	if first, _, ok := strings.Cut(f.key, " "); ok && first != "the" {
		if pl, ok := p.seatOf(first); ok {
			pl.Precision = Feature
			return pl, 1
		}
	}
	if seat, ok := metonymSeats[f.key]; ok {
		for _, c := range p.g.Lookup(seat[0]) {
			if c.CountryCode() == seat[1] {
				pl := toPlace(c)
				pl.Precision = Feature
				return pl, 1
			}
		}
	}
	// Where the text is, by the places it names (not by features).
	var named []Mention
	for _, o := range ms {
		if o.Place.Precision != Feature && o.Place.Country != "" {
			named = append(named, o)
		}
	}
	// (The same for every feature of a text until one is placed as a
	// town: worked out once per set of names.)
	if !fc.ok || fc.n != len(named) {
		*fc = featureContext{ctx: placesContext(named, dems), n: len(named), ok: true}
	}
	ctx := fc.ctx
	// Placed by the place after it, or by a feature placed in a town
	// (not by a sea, nor a part of the world).
	if a, ok := p.placedByIn(text, m.ByteEnd, ms); ok && a.Place.Precision != Continent && !a.Demonym &&
		(a.Place.Precision != Feature || a.Place.Country != "") {
		pl = a.Place
		// "the Tijuana River in Baja California": a river or a lake
		// runs by the town it is named after, nearer than the region
		// it runs in.
		if f.feature == featNatural && inner.Precision == City && holds(a.Place, inner) {
			pl = inner
		}
	} else if a, ok := qualifiedBy(text, m.ByteEnd, ms); ok {
		pl = a.Place
		// "Heathrow, Florida": a town of the landmark's name in the
		// region after the comma is that town.
		if isLandmark {
			if t, ok := p.townIn(f.key, a.Place); ok {
				return t, 1
			}
		}
	} else if a, ok := ownedBy(text, m.ByteStart, ms); ok {
		pl = a.Place // "Harare's Third Street"
	} else if isLandmark {
		// "Tahrir Square": in its town, or in the one of the text's
		// country where squares of the name stand in several.
		if t, ok := p.landmarkTown(lm, ctx.top); ok {
			pl, score = t, 1
		}
	} else if inner.Precision != "" && f.feature != featWay && !lonelyInner(inner, ctx, named) {
		pl = inner
	} else if cp, ok := p.Capital(ctx.top); ok && chambers[f.key] && f.key != "capitol" {
		// "before Congress", "outside Parliament": the house sits in
		// the capital of the country the text is about (a state's
		// Capitol in the state's, where the text is).
		pl = cp
	} else {
		if c, ok := datelinePlace(text, named); ok {
			pl = c // "LONDON - ... at Heathrow airport": where the story is filed
		} else if c, ok := centralPlace(named, ctx); ok {
			pl = c
		} else if co, ok := p.g.Country(ctx.top); ok {
			pl = toPlace(gazetteer.Candidate{Kind: gazetteer.KindCountry, Country: co})
		}
	}
	if pl.Precision == "" {
		return Place{Name: m.Text, Precision: Feature}, 0
	}
	pl.Precision = Feature
	return pl, score
}

// holds reports whether the region or country outer holds the town
// inner.
func holds(outer, inner Place) bool {
	switch outer.Precision {
	case Country:
		return inner.Country == outer.Country
	case Admin1:
		return inner.Country == outer.Country && inner.Admin1 == outer.Admin1
	}
	return false
}

// featureContext keeps placeFeature's context of a text's places: the
// places only grow in number as features are placed as towns, so their
// number says whether it still holds.
type featureContext struct {
	ctx context
	n   int
	ok  bool
}

// lonelyInner reports whether the town a feature is named after is a
// small one abroad that no other name of the text lies in or near: the
// "Glenrock Lagoon" of a story from New South Wales is no lagoon in
// Wyoming, whatever town the gazetteer knows by that name.
func lonelyInner(inner Place, ctx context, named []Mention) bool {
	if inner.Precision != City || inner.Population >= lonelyPopulation || ctx.top == "" ||
		inner.Country == ctx.top || ctx.focus.get(ctx.top) < 3 {
		return false
	}
	return alone(gazetteer.Normalize(inner.Name), inner.Country, inner.Lat, inner.Lon, mentionReadings(named))
}

// qualifiedBy returns the city, region or country named right after a
// comma at byte offset end: "Donington Park, Leicestershire".
func qualifiedBy(text string, end int, ms []Mention) (Mention, bool) {
	if !strings.HasPrefix(text[end:], ", ") {
		return Mention{}, false
	}
	at := end + 2
	for _, m := range ms {
		if m.ByteStart == at && !m.Demonym && m.Place.Precision != Feature && m.Place.Precision != Continent && m.Place.Precision != "" {
			return m, true
		}
	}
	return Mention{}, false
}

// chambers are the buildings a legislature sits in, or the legislature
// named for its house: a place where something is put in or at them
// ("marched on the Capitol", "testify before Congress", "a protest
// outside Parliament"), the body where it acts ("Congress voted").
var chambers = set("capitol", "congress", "parliament", "knesset", "bundestag", "reichstag", "storting", "riksdag")

// chamberAt reads a legislature's house at token i where a locative
// (or "before", "on") puts something there.
func chamberAt(text string, toks []token, i int) (found, bool) {
	t := toks[i]
	if t.allCaps {
		return found{}, false
	}
	if _, ok := lowerIn(chambers, text[t.start:t.end]); !ok {
		return found{}, false
	}
	// Not the first word of a longer name ("Congress Party", "Capitol
	// Records").
	if n := i + 1; n < len(toks) && toks[n].kind == tokWord && toks[n].upper && adjacent(text, toks, i, n) {
		return found{}, false
	}
	k := i - 1
	for k >= 0 && toks[k].kind == tokWord && (strings.EqualFold(text[toks[k].start:toks[k].end], "the") ||
		strings.EqualFold(text[toks[k].start:toks[k].end], "state")) {
		k--
	}
	if k < 0 || toks[k].kind != tokWord {
		return found{}, false
	}
	w := text[toks[k].start:toks[k].end]
	if _, ok := lowerIn(locatives, w); !ok && w != "before" && w != "on" {
		return found{}, false
	}
	return found{first: i, last: i, words: 1, feature: featSite, key: strings.ToLower(text[t.start:t.end])}, true
}

// junctions in small letters after capitalised words make them a
// junction's name: "the Air Balloon roundabout", "the Elysian Fields
// intersection".
var junctions = set("roundabout", "intersection", "interchange", "junction", "crossroads")

// airfields in small letters after capitalised words make them an
// airfield's name: "Heathrow airport", "Bagram airbase".
var airfields = set("airport", "airfield", "airbase")

// bigPlace reports whether a region, a country or a town of minPop or
// more people bears name as its own, or a city of a million or more
// bears it as another spelling ("Kiev", "Bombay").
func (p *Parser) bigPlace(name string, minPop int) bool {
	key := gazetteer.Normalize(name)
	for _, c := range p.g.Lookup(key) {
		if c.Demonym {
			continue
		}
		if primaryName(c, key) && (c.Kind != gazetteer.KindPlace || c.Place.Population >= minPop) ||
			c.Kind == gazetteer.KindPlace && c.Place.Population >= max(minPop, 1000000) {
			return true
		}
	}
	return false
}

// wayPlurals after two names joined by "and" make both ways: "Bourbon
// and Dauphine streets".
var wayPlurals = set("streets", "roads", "avenues", "boulevards", "lanes")

// junctionBefore reads the capitalised words right before token i (one
// of junctions) as a junction's name, unless a feature found already
// holds them.
func junctionBefore(text string, toks []token, i int, out []found) (found, bool) {
	first := i
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].kind == tokWord && toks[k].upper && !toks[k].allCaps &&
		adjacent(text, toks, k, k+1) && !stopWords[strings.ToLower(text[toks[k].start:toks[k].end])]; k-- {
		first = k
		if toks[k].sentStart {
			break
		}
	}
	if first == i || len(out) > 0 && out[len(out)-1].last >= first {
		return found{}, false
	}
	return found{first: first, last: i - 1, words: i - first, feature: featWay,
		key: strings.ToLower(text[toks[first].start:toks[i-1].end])}, true
}

// datelinePlace returns the town of the text's dateline, a name in
// capitals that opens it ("LONDON (Reuters) -"), if any.
func datelinePlace(text string, ms []Mention) (Place, bool) {
	for _, m := range ms {
		if strings.TrimSpace(text[:m.ByteStart]) != "" {
			break
		}
		if m.Place.Precision == City && isAllCaps(m.Text) {
			return m.Place, true
		}
	}
	return Place{}, false
}
