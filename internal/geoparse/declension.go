package geoparse

import (
	"strings"
	"unicode/utf8"
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
	// (Czech softens the last consonant before -e: Praha, v Praze.)
	{"ze", []string{"ha"}}, {"ce", []string{"ka"}}, {"em", []string{""}}, {"om", []string{""}},
	{"ě", []string{"a", "o"}}, {"ę", []string{"a"}},
	{"y", []string{"a", "e"}}, {"i", []string{"a", "", "e"}}, {"u", []string{"", "o"}}, {"a", []string{"", "o"}},
	{"e", []string{"a"}},
}

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
	// (Most capitalised words follow no short word in small letters nor
	// a comma: a cheap test first.)
	if p := toks[i-1]; !(p.kind == tokWord && !p.upper && p.end-p.start <= 5 || p.kind == tokPunct && text[p.start] == ',') ||
		!afterSlavicPreposition(text, toks, i) {
		return found{}, false
	}
	// Not the first word of a longer name or a word joined to the next.
	if n := i + 1; n < len(toks) && toks[n].start == t.end && toks[n].kind == tokPunct {
		if c := text[toks[n].start:toks[n].end]; c == "-" || c == "'" || c == "’" {
			return found{}, false
		}
	}
	lower := strings.ToLower(text[t.start:t.end])
	var buf [96]byte
	for _, le := range latinEndings {
		stem, ok := strings.CutSuffix(lower, le.ending)
		if !ok || utf8.RuneCountInString(stem) < minLatinStem {
			continue
		}
		// Of the nominatives the ending allows, the biggest town's:
		// "v Brně" is Brno before it is Pirna, which Czech calls Brna.
		var best *spanFacts
		most := 0
		for _, nom := range le.nominatives {
			sf := memo.facts(p.g, string(append(append(buf[:0], stem...), nom...)))
			if sf.n == 0 {
				continue
			}
			if pop := maxPopulation(sf.entry(p).all.cands); pop >= slavicCasePopulation && pop > most {
				best, most = sf, pop
			}
		}
		if best != nil {
			return p.settle(found{first: i, last: i, words: 1, declined: true}, best), true
		}
	}
	return found{}, false
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
