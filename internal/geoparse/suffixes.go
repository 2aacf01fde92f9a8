package geoparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Turkish and Azerbaijani write a name's case and possessive suffixes
// after an apostrophe: "Ankara'da" (in Ankara), "İstanbul'dan" (from
// Istanbul), "Diyarbakır'a" (to Diyarbakır), "Bakı'nın" (of Baku). A
// capitalised word the gazetteer does not know whole, whose part before
// the apostrophe is a name and whose part after it is such a suffix,
// names the place.

// apostropheSuffixes are the suffixes read, in their vowel-harmony forms:
// dative, accusative, locative, ablative, genitive, instrumental and
// "-ki" ("the one in").
var apostropheSuffixes = set(
	"a", "e", "ə", "ya", "ye", "yə", "na", "ne", "nə",
	"ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü",
	"da", "de", "də", "ta", "te", "tə", "nda", "nde", "ndə",
	"dan", "den", "dən", "tan", "ten", "tən", "ndan", "nden", "ndən",
	"ın", "in", "un", "ün", "nın", "nin", "nun", "nün",
	"la", "le", "lə", "yla", "yle", "ylə",
	"daki", "deki", "dəki", "taki", "teki", "təki", "ndaki", "ndeki",
	"lı", "li", "lu", "lü", "lılar", "liler", "lular", "lüler",
)

// maxSuffixBytes bounds the suffix read: the longest above in UTF-8.
const maxSuffixBytes = 8

// suffixed reads the word at token i as a name followed by an apostrophe
// and a case suffix; the mention spans the whole word.
func (p *Parser) suffixed(text string, toks []token, i int, memo *spanMemo) (found, bool) {
	t := toks[i]
	if !t.upper || t.allCaps {
		return found{}, false
	}
	w := text[t.start:t.end]
	k := lastApostrophe(w)
	if k <= 0 {
		return found{}, false
	}
	base, suf := w[:k], w[k+1:]
	if w[k] != '\'' {
		suf = w[k+len("’"):]
	}
	if suf == "" || len(suf) > maxSuffixBytes || !isLowerWord(suf) {
		return found{}, false
	}
	if !apostropheSuffixes[suf] {
		return found{}, false
	}
	sf := memo.facts(p.g, base)
	if sf.n == 0 {
		return found{}, false
	}
	return p.settle(found{first: i, last: i, words: 1, sentStart: t.sentStart}, sf), true
}

// elidedCapital reports whether w is an elided article or preposition
// and a capitalised word, which carry on a name: the "d'Ivoire" of Côte
// d'Ivoire, "Val d'Isère", "Cortina d'Ampezzo".
func elidedCapital(w string) bool {
	k := firstApostrophe(w[:min(len(w), 5)])
	if k <= 0 || k > 4 {
		return false
	}
	rest := w[k+1:]
	if w[k] != '\'' {
		rest = w[k+len("’"):]
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// firstApostrophe returns the index of the first ' or ’ of w, or -1: a
// byte scan, as most words have none.
func firstApostrophe(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] == '\'' || w[i] == 0xE2 && strings.HasPrefix(w[i:], "’") {
			return i
		}
	}
	return -1
}

// lastApostrophe returns the index of the last ' or ’ of w, or -1.
func lastApostrophe(w string) int {
	for i := len(w) - 1; i >= 0; i-- {
		if w[i] == '\'' || w[i] == 0xE2 && strings.HasPrefix(w[i:], "’") {
			return i
		}
	}
	return -1
}

// elidedArticle reports whether token i is an elided "d" or "l" that an
// apostrophe joins to a capitalised word: the "l" of "l'Haÿ-les-Roses".
func elidedArticle(text string, toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].kind != tokWord || toks[i].end-toks[i].start != 1 {
		return false
	}
	if c := text[toks[i].start]; c != 'd' && c != 'l' {
		return false
	}
	a := toks[i+1]
	return a.kind == tokPunct && a.start == toks[i].end && toks[i+2].start == a.end && toks[i+2].upper &&
		(text[a.start:a.end] == "'" || text[a.start:a.end] == "’")
}

// elidedBefore reports whether an elided article stands right before the
// capitalised word at token i ("l'" of "l'Haÿ-les-Roses").
func elidedBefore(text string, toks []token, i int) bool {
	return i >= 2 && elidedArticle(text, toks, i-2)
}
