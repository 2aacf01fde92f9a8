package gazetteer

import (
	"slices"
	"strings"
)

// Regions are named with and without a generic word ("Mangystau",
// "Mangystau Region", "Mangistau oblast", "Мангистауская область"), and
// the data lists only some of the combinations. The index therefore holds,
// besides each region's own names (its display name and names column),
// generated forms:
//
//   - the name with a generic suffix or prefix removed ("Pavlodar Region"
//     → "pavlodar", "Republic of Tatarstan" → "tatarstan");
//   - each Latin name (and each such stripped base) with "region" and
//     "province" added, "state" in countries whose regions are states,
//     and "oblast"/"oblys"/"oblysy"/"voblasts"/"oblusu"/"krai" in the
//     former USSR ("Mangistau" → "mangistau oblast");
//   - the oblique cases of Russian, Ukrainian and Kazakh region names
//     ("Мангистауская область" → "мангистауской области", "Київська
//     область" → "київської області", "Маңғыстау облысы" →
//     "маңғыстау облысында").
//
// A generated form never overrides a name: it is dropped when a region of
// the same country has it as a name of its own, so "Almaty Region" stays
// KZ.01 (the region) rather than also KZ.02 (the city of Almaty, an admin1
// unit of its own). When two regions of one country generate the same
// form, a form built on a base stripped from a "<base> <generic>" name
// beats one built on a plain name: "almaty province" goes to KZ.01, whose
// names include "Almaty Region", not to KZ.02, named plain "Almaty".

// regionGeneric are generic words that follow a region's proper name,
// in key form, each with the space that separates it.
var regionGeneric = [...]string{
	" region", " province", " state", " oblast", " oblys", " oblysy", " oblisi",
	" voblasts", " voblast", " oblusu", " krai", " kray", " governorate", " county",
	" department", " prefecture", " district", " municipality", " territory",
	" voivodeship", " city", " autonomous okrug", " autonomous region",
	" autonomous republic", " republic",
	" область", " облысы", " облусу", " вобласць", " край", " республика",
	" регион", " автономныи округ",
}

// regionPrefixes are generic words that precede a region's proper name,
// each with the space that separates it.
var regionPrefixes = [...]string{
	"republic of ", "province of ", "state of ", "region of ",
	"республика ", "область ",
}

// stopBases are stripped bases that are ordinary words rather than names
// ("North Region" → "north"): indexing them would turn every compass
// direction in a text into a region.
var stopBases = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northern": true, "southern": true, "eastern": true, "western": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north east": true, "north west": true, "south east": true, "south west": true,
	"north central": true, "south central": true, "far north": true, "far west": true,
	"far east": true, "capital": true, "national": true, "federal": true,
	"autonomous": true, "special": true, "upper": true, "lower": true,
	"greater": true, "new": true, "city": true, "island": true, "islands": true,
	"coast": true, "coastal": true, "middle": true, "inner": true, "outer": true,
	"mountain": true, "lake": true, "lakes": true, "river": true, "border": true,
	"metropolitan": true, "the": true, "de": true, "del": true, "of": true,
}

// stateCountries are the countries whose first-level divisions are called
// states in English ("Lagos State", "New York State").
var stateCountries = map[string]bool{
	"AU": true, "AT": true, "BR": true, "DE": true, "IN": true, "MM": true,
	"MX": true, "MY": true, "NG": true, "SD": true, "SS": true, "US": true,
	"VE": true, "FM": true, "PW": true,
}

// sovietSuffixes are the English renderings of the generic words of the
// former USSR's regions, by country.
var sovietSuffixes = map[string][]string{
	"KZ": {" oblast", " oblys", " oblysy"},
	"RU": {" oblast", " krai", " kray"},
	"UA": {" oblast"},
	"BY": {" oblast", " voblasts"},
	"KG": {" oblast", " oblusu"},
	"UZ": {" viloyati", " viloyat"},
	"TJ": {" oblast"},
}

// regionForm is a generated key of a region and how good its base is.
type regionForm struct {
	key  string
	prio int8 // 2: built on a base stripped from "<base> <generic>"; 1: otherwise
}

// regionKeys returns the keys of every region, names and generated forms,
// in region order.
func (g *Gazetteer) regionKeys() *keyWriter {
	// Names and forms compete only within a country, so the work goes
	// country by country with small maps that are reused.
	byCountry := make([][]int, len(g.countries))
	for i := range g.regions {
		ci := g.countryIndex[g.regions[i].Country]
		byCountry[ci] = append(byCountry[ci], i)
	}
	strong := make([][]string, len(g.regions))
	forms := make([][]regionForm, len(g.regions))
	names := make(map[string]bool)
	best := make(map[string]int8)
	var buf []byte
	for ci, regions := range byCountry {
		cc := g.countries[ci].Code
		clear(names)
		clear(best)
		for _, i := range regions {
			add := func(name string) {
				buf = AppendNormalize(buf[:0], name)
				if len(buf) == 0 || names[string(buf)] && slices.Contains(strong[i], string(buf)) {
					return
				}
				k := string(buf)
				strong[i] = append(strong[i], k)
				names[k] = true
			}
			add(g.regions[i].Name)
			for _, n := range g.regionNames[i] {
				add(n)
			}
		}
		for _, i := range regions {
			emit := func(key string, prio int8) {
				if names[key] {
					return // a name of a region of this country
				}
				if b, ok := best[key]; !ok || prio > b {
					best[key] = prio
				}
				for j, f := range forms[i] {
					if f.key == key {
						forms[i][j].prio = max(f.prio, prio)
						return
					}
				}
				forms[i] = append(forms[i], regionForm{key, prio})
			}
			for _, k := range strong[i] {
				regionVariants(cc, k, emit)
			}
		}
		for _, i := range regions {
			j := 0
			for _, f := range forms[i] {
				if f.prio == best[f.key] {
					forms[i][j] = f
					j++
				}
			}
			forms[i] = forms[i][:j]
		}
	}

	w := newKeyWriter(g.ix.seed, 18*len(g.regions), 300*len(g.regions))
	for i := range g.regions {
		e := regionEntry(i)
		for _, k := range strong[i] {
			w.addKey(k, e)
		}
		for _, f := range forms[i] {
			w.addKey(f.key, e)
		}
	}
	return w
}

// regionVariants emits the generated forms of the region name key in
// country cc.
func regionVariants(cc, key string, emit func(string, int8)) {
	stripped := false
	for _, s := range regionGeneric {
		if base, ok := strings.CutSuffix(key, s); ok && okBase(base) {
			emit(base, 2)
			addGeneric(cc, base, 2, emit)
			stripped = true
		}
	}
	for _, p := range regionPrefixes {
		if base, ok := strings.CutPrefix(key, p); ok && okBase(base) {
			emit(base, 2)
			addGeneric(cc, base, 2, emit)
			stripped = true
		}
	}
	if !stripped && okBase(key) {
		addGeneric(cc, key, 1, emit)
	}
	inflectRegion(key, emit)
}

// okBase reports whether base may stand for a region on its own: not a
// stop word, not shorter than three bytes, and not a bare Russian or
// Ukrainian adjective ("мангистауская" without "область" is not used
// alone).
func okBase(base string) bool {
	if len(base) < 3 || stopBases[base] {
		return false
	}
	last := base[strings.LastIndexByte(base, ' ')+1:]
	for _, end := range [...]string{"ая", "яя", "ии", "ыи", "ои", "ька", "ськии"} {
		if strings.HasSuffix(last, end) {
			return false
		}
	}
	return true
}

// addGeneric emits base followed by the generic words used in English for
// regions of country cc. Cyrillic bases get none: Russian puts the generic
// word after an adjective, and those forms are in the data.
func addGeneric(cc, base string, prio int8, emit func(string, int8)) {
	if base[0] >= 0x80 {
		return
	}
	emit(base+" region", prio)
	emit(base+" province", prio)
	if stateCountries[cc] {
		emit(base+" state", prio)
	}
	for _, s := range sovietSuffixes[cc] {
		emit(base+s, prio)
	}
}

// inflectRegion emits the oblique cases of Russian, Ukrainian and Kazakh
// region names, which news text uses more often than the nominative
// ("в Мангистауской области"). Keys are folded, so й is и and ї is і.
func inflectRegion(key string, emit func(string, int8)) {
	// Russian "<adjective> область", feminine: -ая → -ой (genitive,
	// dative, prepositional, instrumental), -ую (accusative); "обл." is
	// the usual abbreviation.
	if stem, ok := strings.CutSuffix(key, "ая область"); ok && stem != "" {
		for _, f := range [...]string{"ои области", "ую область", "ои областью", "ая обл", "ои обл"} {
			emit(stem+f, 1)
		}
	}
	// Ukrainian "<adjective>ська область": -ської, -ській, -ську, -ською.
	if stem, ok := strings.CutSuffix(key, "а область"); ok && (strings.HasSuffix(stem, "ськ") || strings.HasSuffix(stem, "цьк")) {
		for _, f := range [...]string{"оі області", "іи області", "у область", "ою областю"} {
			emit(stem+f, 1)
		}
	}
	// Russian "<adjective> край", masculine: -ого края, -ому краю, -ом
	// крае, -им/-ым краем.
	for _, adj := range [...]string{"ии", "ыи"} {
		if stem, ok := strings.CutSuffix(key, adj+" край"); ok && stem != "" {
			instr := "им краем"
			if adj == "ыи" {
				instr = "ым краем"
			}
			for _, f := range [...]string{"ого края", "ому краю", "ом крае", instr} {
				emit(stem+f, 1)
			}
		}
	}
	// Russian "республика <name>" and "<adjective>ая республика".
	if name, ok := strings.CutPrefix(key, "республика "); ok && name != "" {
		for _, f := range [...]string{"республики ", "республике ", "республику ", "республикои "} {
			emit(f+name, 1)
		}
	}
	if stem, ok := strings.CutSuffix(key, "ая республика"); ok && stem != "" {
		for _, f := range [...]string{"ои республики", "ои республике", "ую республику", "ои республикои"} {
			emit(stem+f, 1)
		}
	}
	// Russian "область <name>" (the word order of Kazakhstan's new regions).
	if name, ok := strings.CutPrefix(key, "область "); ok && name != "" {
		emit("области "+name, 1)
		emit("областью "+name, 1)
	}
	// Kazakh "<name> облысы": locative -нда, genitive -нын (-ның folded),
	// dative -на.
	if stem, ok := strings.CutSuffix(key, " облысы"); ok && stem != "" {
		for _, f := range [...]string{" облысында", " облысынын", " облысына"} {
			emit(stem+f, 1)
		}
	}
}
