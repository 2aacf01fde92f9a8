package geoparse

import (
	"strings"

	"github.com/unrest-project/unrest/internal/gazetteer"
	"unicode"
	"unicode/utf8"
)

// Russian declines place names: Хабаровск is "в Хабаровске" (prepositional),
// "из Хабаровска" (genitive), "под Хабаровском" (instrumental); Москва is
// "в Москве", "из Москвы"; Тверь "в Твери"; Грузия "в Грузии". The
// gazetteer lists the nominative (and the cases of countries), so a
// capitalised Cyrillic word that it does not know is tried under the
// nominatives its ending may come from.

// caseEndings maps a case ending to the nominative endings it may
// replace, longest endings first. Masculine nouns ending in a consonant
// take the ending on the bare stem ("" in the list).
var caseEndings = []struct {
	ending      string
	nominatives []string
}{
	{"ией", []string{"ия"}}, {"ии", []string{"ия", "ий"}}, {"ию", []string{"ия"}},
	{"ом", []string{"", "о"}}, {"ем", []string{"ь", "е", ""}}, {"ой", []string{"а"}}, {"ей", []string{"я", "ь"}},
	{"ью", []string{"ь"}},
	{"а", []string{"", "о"}}, {"у", []string{"", "а", "о"}}, {"е", []string{"", "а", "о", "ь", "я"}},
	{"ы", []string{"а"}}, {"и", []string{"ь", "а", "я"}}, {"ю", []string{"ь", "я"}}, {"я", []string{"ь", "е"}},
}

// minStemRunes is the shortest stem tried: shorter ones match too much.
const minStemRunes = 3

// inflected reads the capitalised Cyrillic word at token i, which is no
// name as written, as a case form of a one-word name: the first
// nominative its ending allows that the gazetteer knows.
func (p *Parser) inflected(text string, toks []token, i int, memo *spanMemo, first *spanFacts) (found, bool) {
	t := toks[i]
	w := text[t.start:t.end]
	if !t.upper || t.allCaps || !cyrillicWord(w) {
		return found{}, false
	}
	// (A name of its own is no case form, unless a hyphen joins it to
	// the word that bears the ending: "Нур" of "в Нур-Султане".)
	hyphened := i+2 < len(toks) && toks[i+1].start == t.end && text[toks[i+1].start:toks[i+1].end] == "-"
	if first.n > 0 && !hyphened {
		return found{}, false
	}
	// (A word joined to the next by a hyphen or an apostrophe is part of
	// a longer name: "в Санкт-Петербурге", "Усть-Каменогорске" are read
	// whole, the case ending on the last part.)
	prefix := ""
	last := i
	if i+1 < len(toks) && toks[i+1].start == t.end && toks[i+1].kind == tokPunct {
		c := text[toks[i+1].start:toks[i+1].end]
		if c == "'" || c == "’" {
			return found{}, false
		}
		if c == "-" {
			if i+2 >= len(toks) || toks[i+2].start != toks[i+1].end || toks[i+2].kind != tokWord ||
				!cyrillicWord(text[toks[i+2].start:toks[i+2].end]) {
				return found{}, false
			}
			prefix, last = strings.ToLower(text[t.start:toks[i+1].end]), i+2
			w = text[toks[last].start:toks[last].end]
		}
	}
	lower := strings.ToLower(w)
	var buf [96]byte
	for _, ce := range caseEndings {
		stem, ok := strings.CutSuffix(lower, ce.ending)
		if !ok || utf8.RuneCountInString(stem) < minStemRunes {
			continue
		}
		for _, nom := range ce.nominatives {
			form := append(append(append(buf[:0], prefix...), stem...), nom...)
			sf := memo.facts(p.g, string(form))
			if sf.n == 0 {
				continue
			}
			// A case form opens a sentence seldom (the prepositional
			// never: it follows "в", "на"); a capitalised noun there is
			// a word ("Центре" is no Centre-Val de Loire), a country
			// aside ("Россией").
			if t.sentStart && !hasKind(sf.entry(p).all.cands, gazetteer.KindCountry) {
				return found{}, false
			}
			words := 1
			if last > i {
				words = 2
			}
			return p.settle(found{first: i, last: last, words: words, sentStart: t.sentStart}, sf), true
		}
	}
	return found{}, false
}

// cyrillicWord reports whether w is written in Cyrillic letters.
func cyrillicWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Cyrillic, r) {
			return false
		}
	}
	return w != ""
}

// Regions are named by an adjective before "область" or "край", both
// declined: "в Мангистауской области", "жители Алматинской области",
// "в Красноярском крае". The gazetteer holds the nominative
// ("Мангистауская область"), which regionForms rebuilds.

// regionNouns maps the case forms of the generic words to their
// nominative and the adjective endings that go with them, nominative
// first.
var regionNouns = map[string]struct {
	nominative string
	endings    []string // the adjective's case endings with this noun
	nomEnding  string
}{
	"области":  {"область", []string{"ой"}, "ая"},
	"областью": {"область", []string{"ой", "ою"}, "ая"},
	"область":  {"область", []string{"ую", "ая"}, "ая"},
	"краю":     {"край", []string{"ому"}, "ий"},
	"края":     {"край", []string{"ого"}, "ий"},
	"крае":     {"край", []string{"ом"}, "ий"},
	"краем":    {"край", []string{"им"}, "ий"},
}

// regionForm reads "<adjective> области" (or край) at token i as the
// region whose nominative the gazetteer holds.
func (p *Parser) regionForm(text string, toks []token, i int, memo *spanMemo) (found, bool) {
	n := i + 1
	t := toks[i]
	if n >= len(toks) || !t.upper || text[t.start] < 0xD0 {
		return found{}, false // (most words are no Cyrillic adjective)
	}
	a := i // the adjective's last part: "Западно-Казахстанской"
	if toks[n].kind == tokPunct && text[toks[n].start:toks[n].end] == "-" && n+2 < len(toks) && toks[n].start == t.end &&
		toks[n+1].start == toks[n].end && toks[n+1].kind == tokWord {
		a, n = n+1, n+2
	}
	if toks[n].kind != tokWord || text[toks[n].start] < 0xD0 || text[toks[a].end:toks[n].start] != " " {
		return found{}, false
	}
	adj := strings.ToLower(text[t.start:toks[a].end])
	noun, ok := regionNouns[strings.ToLower(text[toks[n].start:toks[n].end])]
	if !ok || !cyrillicWord(strings.ReplaceAll(adj, "-", "")) {
		return found{}, false
	}
	for _, e := range noun.endings {
		stem, ok := strings.CutSuffix(adj, e)
		if !ok || utf8.RuneCountInString(stem) < minStemRunes {
			continue
		}
		for _, nom := range []string{noun.nomEnding, "ый", "ой"} {
			sf := memo.facts(p.g, stem+nom+" "+noun.nominative)
			if sf.n > 0 {
				f := p.settle(found{first: i, last: n, words: 2, sentStart: t.sentStart, regionWord: true}, sf)
				return f, true
			}
			if noun.nominative != "область" {
				break
			}
		}
	}
	return found{}, false
}
