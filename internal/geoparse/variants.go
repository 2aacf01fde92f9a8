package geoparse

import (
	"bytes"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// variant reads a capitalised word the gazetteer does not know, right
// after a preposition of place, as another spelling of a big town's name
// (gazetteer.Variants): "demonstrations in Sulaimaniyah" are in
// Sulaymaniyah, "clashes near Qandahar" near Kandahar. Transliterations of
// Arabic, Persian and Kurdish names vary more than any gazetteer lists.
// Only there: a word after "in" is a place more often than anywhere else,
// and a person's name ("in Mandela's time") is kept out by its
// possessive, the lists of names and the words that follow.
func (p *Parser) variant(text string, toks []token, i int, memo *spanMemo, first *spanFacts) (found, bool) {
	t := toks[i]
	if first.n > 0 || first.prefix || !t.upper || t.allCaps || t.sentStart || i == 0 || t.end-t.start < gazetteer.MinVariantLetters {
		return found{}, false
	}
	prev := toks[i-1]
	if prev.kind != tokWord || prev.upper || !adjacent(text, toks, i-1, i) {
		return found{}, false
	}
	if _, ok := lowerIn(locatives, text[prev.start:prev.end]); !ok {
		return found{}, false
	}
	// Not the first word of a longer name, a possessive ("Mandela's")
	// or a word joined to the next.
	if n := i + 1; n < len(toks) && toks[n].start == t.end && toks[n].kind == tokPunct {
		if c := text[toks[n].start:toks[n].end]; c == "'" || c == "’" || c == "-" {
			return found{}, false
		}
	}
	if n := i + 1; n < len(toks) && toks[n].kind == tokWord && toks[n].upper && adjacent(text, toks, i, n) {
		return found{}, false
	}
	if memo.classes(text, t)&(listedWords|lexGiven|lexPerson|lexSurname) != 0 {
		return found{}, false
	}
	w := text[t.start:t.end]
	if englishEnding(w) {
		return found{}, false
	}
	if !first.variantsDone {
		first.variants, first.variantsDone = p.g.Variants(w), true
	}
	cands := first.variants
	if len(cands) == 0 || usedOtherwise(text, toks, w) {
		return found{}, false
	}
	return found{first: i, last: i, words: 1, key: gazetteer.Normalize(w), cands: cands}, true
}

// englishEndings end English words more often than transliterated names:
// "in Teaching" is no Taching (Daqing).
var englishEndings = []string{"ing", "ed", "ers", "tion", "sion", "ment", "ness", "ship", "ity", "ies", "ful", "less", "ous", "ism", "ist", "ists"}

// englishEnding reports whether w ends like an English word (see
// englishEndings).
func englishEnding(w string) bool {
	var buf [64]byte
	lw := lowered(buf[:0], w)
	for _, e := range englishEndings {
		if bytes.HasSuffix(lw, []byte(e)) {
			return true
		}
	}
	return false
}

// usedOtherwise reports whether word w stands anywhere in the text other
// than right after a preposition of place: a club or a people the text
// names as such ("Petrojet beat Ismaili", "Ismaili drop to fourth") is
// no town where it is found "from Ismaili".
func usedOtherwise(text string, toks []token, w string) bool {
	for i, t := range toks {
		if t.kind != tokWord || text[t.start:t.end] != w {
			continue
		}
		if i == 0 || toks[i-1].kind != tokWord || !adjacent(text, toks, i-1, i) {
			return true
		}
		if _, ok := lowerIn(locatives, text[toks[i-1].start:toks[i-1].end]); !ok {
			return true
		}
	}
	return false
}
