package geoparse

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Polish, Czech, Slovak and the South Slavic languages decline town
// names after their prepositions, in Latin letters: Polish "w Warszawie",
// "z Krakowa", "w Gdańsku", "do Łodzi"; Czech "v Brně", "v Ostravě";
// Slovak "v Bratislave"; Croatian, Serbian and Bosnian "u Zagrebu", "u
// Sarajevu", "u Podgorici"; Slovene "v Ljubljani". A capitalised word
// the gazetteer does not know, right after such a preposition, is tried
// under the nominatives its ending may come from.

// slavicPrepositions put a town name in a case: in, from, to, at, near.
var slavicPrepositions = set("w", "we", "z", "ze", "do", "od", "ode", "na", "po", "przy", "pod", "spod", "koło",
	"v", "ve", "u", "iz", "k", "ke", "ku", "pri", "kod", "blizu", "okolo", "iz", "za")

// latinEndings map a case ending to the nominative endings it may
// replace, longest first.
var latinEndings = []struct {
	ending      string
	nominatives []string
}{
	{"iach", []string{"e"}}, {"ach", []string{"e", "y", "i"}},
	{"iu", []string{""}}, {"ia", []string{""}}, {"ie", []string{"a", ""}},
	// (South Slavic feminine adjectives: Hrvatska, u Hrvatskoj.)
	{"oj", []string{"a"}},
	// (Czech and Polish soften the last consonant before -e: Praha, v
	// Praze; Góra, w Górze; Polska, w Polsce.)
	{"rze", []string{"ra"}}, {"ze", []string{"ha"}}, {"ce", []string{"ka"}}, {"em", []string{""}}, {"om", []string{""}},
	{"ě", []string{"a", "o"}}, {"ę", []string{"a"}},
	{"y", []string{"a", "e", ""}}, {"i", []string{"a", "", "e", "ia"}}, {"u", []string{"", "o", "e"}}, {"a", []string{"", "o"}},
	{"e", []string{"a"}},
}

// countryWeight stands for a country's size among the readings of a
// case form: more than any town's.
const countryWeight = 1 << 30

// slavicCasePopulation is the population a town read from a case form
// must have: a reader declines the names of towns known to all.
const slavicCasePopulation = 20000

// minLatinStem is the shortest stem tried, in letters.
const minLatinStem = 3

// slavicCase reads the capitalised word at token i, which is no name as
// written, as a case form after a Slavic preposition.
func (p *Parser) slavicCase(text string, toks []token, i int, memo *spanMemo, first *spanFacts) (found, bool) {
	t := toks[i]
	if first.n > 0 || !t.upper || t.allCaps || i == 0 || t.sentStart || text[t.start] >= 0xD0 && text[t.start] < 0xE0 {
		return found{}, false // (Cyrillic is read by inflected)
	}
	if !slavicBefore(text, toks[i-1]) || !afterSlavicPreposition(text, toks, i) {
		return found{}, false
	}
	// Not the first word of a longer name or a word joined to the next.
	if n := i + 1; n < len(toks) && toks[n].start == t.end && toks[n].kind == tokPunct {
		if c := text[toks[n].start:toks[n].end]; c == "-" || c == "'" || c == "’" {
			return found{}, false
		}
	}
	// "u Novom Sadu", "w Nowym Sączu": an adjective and a noun, both
	// declined.
	if n := i + 1; n < len(toks) && toks[n].kind == tokWord && toks[n].upper && text[t.end:toks[n].start] == " " {
		adj := strings.ToLower(text[t.start:t.end])
		for _, ae := range latinAdjectives {
			stem, ok := strings.CutSuffix(adj, ae[0])
			if !ok || utf8.RuneCountInString(stem) < minLatinStem-1 {
				continue
			}
			if f, ok := p.latinForm(stem+ae[1]+" ", strings.ToLower(text[toks[n].start:toks[n].end]), memo); ok {
				f.first, f.last, f.words = i, n, 2
				return f, true
			}
		}
	}
	f, ok := p.latinForm("", strings.ToLower(text[t.start:t.end]), memo)
	f.first, f.last = i, i
	return f, ok
}

// latinAdjectives map the case endings of a Slavic adjective in Latin
// letters to its nominative's: Novom (Novi), Nowym (Nowy), Zielonej
// (Zielona), Novém (Nové).
var latinAdjectives = [][2]string{{"om", "i"}, {"ym", "y"}, {"im", "i"}, {"ém", "é"}, {"ej", "a"}, {"oj", "a"}, {"og", "i"}, {"ego", "y"}}

// latinForm reads lower, the declined last word of a name after prefix,
// under the nominatives its ending may come from, the biggest town of
// slavicCasePopulation or more (a country before any town).
func (p *Parser) latinForm(prefix, lower string, memo *spanMemo) (found, bool) {
	var buf [96]byte
	for _, le := range latinEndings {
		// (After an adjective, the noun's stem may be short: "Zielonej
		// Górze".)
		stem, ok := strings.CutSuffix(lower, le.ending)
		if !ok || utf8.RuneCountInString(stem) < minLatinStem && (prefix == "" || stem == "") {
			continue
		}
		// Of the nominatives the ending allows, the biggest town's:
		// "v Brně" is Brno before it is Pirna, which Czech calls Brna.
		var best *spanFacts
		most := 0
		for _, nom := range le.nominatives {
			sf := memo.facts(p.g, string(append(append(append(buf[:0], prefix...), stem...), nom...)))
			if sf.n == 0 {
				continue
			}
			cands := sf.entry(p).all.cands
			pop := maxPopulation(cands)
			if hasKind(cands, gazetteer.KindCountry) {
				pop = countryWeight // a country is known to all: "w Polsce", "u Srbiji"
			}
			if pop >= slavicCasePopulation && pop > most {
				best, most = sf, pop
			}
		}
		if best != nil {
			return p.settle(found{words: 1, declined: true}, best), true
		}
	}
	return found{}, false
}

// slavicBefore reports whether token p, right before a capitalised
// word, can be a Slavic preposition or the comma or conjunction of a
// list after one: a short word in small letters, or a comma (a cheap
// test first: most capitalised words follow neither).
func slavicBefore(text string, p token) bool {
	return p.kind == tokWord && !p.upper && p.end-p.start <= 5 || p.kind == tokPunct && text[p.start] == ','
}

// slavicConjunctions join names in a list after one preposition: "w
// Krakowie i Gdańsku", "u Zagrebu i Splitu", "v Ljubljani in Mariboru".
var slavicConjunctions = set("i", "a", "in", "oraz", "lub", "albo", "ili", "ani")

// afterSlavicPreposition reports whether the word at token i follows a
// Slavic preposition, itself or as a later name of a list it governs.
func afterSlavicPreposition(text string, toks []token, i int) bool {
	k := i - 1
	for steps := 0; k >= 0 && steps < maxNameWords*2; steps++ {
		t := toks[k]
		if t.kind == tokWord && !t.upper {
			w := text[t.start:t.end]
			if _, ok := slavicPrepositions[w]; ok {
				return true
			}
			if _, ok := slavicConjunctions[w]; !ok {
				return false
			}
		} else if t.kind != tokPunct || text[t.start:t.end] != "," {
			return false
		}
		// A list: the name before the comma or the conjunction.
		if k < 1 || toks[k-1].kind != tokWord || !toks[k-1].upper {
			return false
		}
		k -= 2
	}
	return false
}

// Hungarian adds its cases to a name whole, as Kazakh does: Budapesten
// (in Budapest), Debrecenben, Szegedről, Győrbe. A capitalised word the
// gazetteer does not know, whose stem before such a suffix is a
// Hungarian town, names the town, wherever it stands in the sentence.

// hungarianSuffixes are the case suffixes read, longest first, as
// gazetteer.Normalize writes them (ö, ő as o: ból and ből are both
// "bol"), with nothing to put back.
var hungarianSuffixes = [][2]string{{"bol", ""}, {"rol", ""}, {"tol", ""}, {"nal", ""}, {"nel", ""}, {"hoz", ""},
	{"hez", ""}, {"nak", ""}, {"nek", ""}, {"ban", ""}, {"ben", ""}, {"ba", ""}, {"be", ""}, {"ra", ""}, {"re", ""},
	{"on", ""}, {"en", ""}, {"ig", ""}}

// hungarianPopulation is the population a Hungarian town read from a
// case form must have.
const hungarianPopulation = 5000

// hungarianCase reads the capitalised Latin word at token i as a
// Hungarian case form of a Hungarian town's name.
func (p *Parser) hungarianCase(text string, toks []token, i int, memo *spanMemo) (found, bool) {
	return p.endingForm(text, toks, i, memo, hungarianSuffixes, func(c gazetteer.Candidate) bool {
		return placeIn(c, hungarianPopulation, "HU")
	})
}

// endingForm reads the capitalised word at token i as a name the
// gazetteer holds with one of endings replaced ({ending, nominative's}),
// a reading that keep accepts. It probes the gazetteer with the stem's key,
// built on the stack, before anything is kept: most words it is asked
// about are English ones that merely end alike ("-en", "-ei").
func (p *Parser) endingForm(text string, toks []token, i int, memo *spanMemo, endings [][2]string, keep func(gazetteer.Candidate) bool) (found, bool) {
	t := toks[i]
	if !t.upper || t.allCaps || t.end-t.start < 5 {
		return found{}, false
	}
	var buf [64]byte
	key := gazetteer.AppendNormalize(buf[:0], text[t.start:t.end])
	for _, e := range endings {
		if len(key) < len(e[0])+minLatinStem || string(key[len(key)-len(e[0]):]) != e[0] {
			continue
		}
		stem := append(key[:len(key)-len(e[0]):len(key)-len(e[0])], e[1]...)
		if n, _ := p.g.Probe(stem); n == 0 {
			continue
		}
		sf := memo.facts(p.g, string(stem))
		for _, c := range sf.entry(p).all.cands {
			if keep(c) {
				f := p.settle(found{first: i, last: i, words: 1, declined: true}, sf)
				f.cands = []gazetteer.Candidate{c}
				return f, true
			}
		}
	}
	return found{}, false
}

// placeIn reports whether c is a town of at least pop people in one of
// the countries ccs.
func placeIn(c gazetteer.Candidate, pop int, ccs ...string) bool {
	return c.Kind == gazetteer.KindPlace && c.Place != nil && c.Place.Population >= pop && slices.Contains(ccs, c.Place.Country)
}

// hungarianEnding reports whether w, a word's bytes, ends like a
// Hungarian case suffix: a cheap test before hungarianCase.
func hungarianEnding(w string) bool {
	if len(w) < 5 {
		return false
	}
	switch w[len(w)-1] {
	case 'n', 'a', 'e', 'l', 'z', 'k', 'g', 0xB6, 0x91: // (ö, ő as their last bytes)
		return true
	}
	return false
}

// Romanian joins its definite article to a name in the genitive and
// dative: Clujului (of Cluj), Bucureștiului, Timișoarei, Constanței. A
// capitalised word the gazetteer does not know, whose stem before such
// an ending is a Romanian or Moldovan town, names the town.

// romanianEndings map the article's endings to the nominative's, as
// gazetteer.Normalize writes them.
var romanianEndings = [][2]string{{"ului", ""}, {"lui", ""}, {"ei", "a"}} // (Chișinău, Chișinăului)

// romanianPopulation is the population a town read from a Romanian
// article form must have.
const romanianPopulation = 10000

// romanianCase reads the capitalised Latin word at token i as a Romanian
// genitive or dative of a Romanian or Moldovan town's name.
func (p *Parser) romanianCase(text string, toks []token, i int, memo *spanMemo) (found, bool) {
	return p.endingForm(text, toks, i, memo, romanianEndings, func(c gazetteer.Candidate) bool {
		return placeIn(c, romanianPopulation, "RO", "MD")
	})
}
