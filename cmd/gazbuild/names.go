package main

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// script is the writing system of a name. Names are kept in the scripts
// of the places where our users' reports come from and that write words
// apart with spaces: Latin and Cyrillic, Arabic (Arabic, Persian, Urdu,
// Kurdish), Hebrew, Greek, Georgian and Armenian, Devanagari (Hindi,
// Nepali, Marathi) and Bengali. Scripts without spaces between words
// (CJK, Thai) would need a segmenter to be matched in text and are left
// out, as are the other scripts of South Asia (Gurmukhi, Gujarati, the
// Dravidian scripts) for now: GeoNames holds a few hundred names in each.
type script int

const (
	scriptNone     script = iota // no letter at all
	scriptLatin                  // Latin letters only
	scriptCyrillic               // Cyrillic letters only
	scriptArabic
	scriptHebrew
	scriptGreek
	scriptGeorgian
	scriptArmenian
	scriptDevanagari
	scriptBengali
	scriptMixed // letters of two scripts, or of a script not kept
)

// keptScripts are the Unicode scripts of the kept names.
var keptScripts = []struct {
	table *unicode.RangeTable
	s     script
}{
	{unicode.Latin, scriptLatin}, {unicode.Cyrillic, scriptCyrillic}, {unicode.Arabic, scriptArabic},
	{unicode.Hebrew, scriptHebrew}, {unicode.Greek, scriptGreek}, {unicode.Georgian, scriptGeorgian},
	{unicode.Armenian, scriptArmenian}, {unicode.Devanagari, scriptDevanagari}, {unicode.Bengali, scriptBengali},
}

// classify returns the script of s. Runes of the Common and Inherited
// scripts (digits, punctuation, combining marks, modifier letters such as
// the ʻ in "Oʻral") are neutral; letters of two scripts, or of one not
// kept (CJK, Thai, Tamil …), make the string scriptMixed.
func classify(s string) script {
	found := scriptNone
	for _, r := range s {
		if unicode.In(r, unicode.Common, unicode.Inherited) {
			continue
		}
		rs := scriptMixed
		for _, k := range keptScripts {
			if unicode.Is(k.table, r) {
				rs = k.s
				break
			}
		}
		if rs == scriptMixed || found != scriptNone && found != rs {
			// Strings like "Nұr-Sұltan" are keyboard-layout garbage.
			return scriptMixed
		}
		found = rs
	}
	return found
}

// cleanName normalises the white space of a candidate name and reports
// whether it can go into an output field: a string in one kept script
// with no field separator (tab, newline, '|'), no control or format
// character and no mojibake. The marks that set the direction of
// right-to-left text (U+200E, U+200F, U+061C and the bidi embeddings)
// carry nothing and are removed; the zero-width non-joiner stays inside
// Arabic-script names, where Persian spells words with it ("اسلام‌شهر"),
// and matching drops it.
func cleanName(s string) (string, bool) {
	s = strings.Map(func(r rune) rune {
		if isDirectionMark(r) {
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || strings.ContainsRune(s, '|') {
		return "", false
	}
	if !utf8.ValidString(s) || isMojibake(s) {
		return "", false
	}
	sc := classify(s)
	for _, r := range s {
		// Cc/Cf/Co catch soft hyphens, zero-width (non-)joiners and
		// private-use characters that would make keys invisible-different.
		if r == '\u200c' && sc == scriptArabic || (r == '\u200c' || r == '\u200d') && (sc == scriptDevanagari || sc == scriptBengali) {
			continue
		}
		if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co) {
			return "", false
		}
	}
	if sc == scriptNone || sc == scriptMixed {
		return "", false
	}
	return s, true
}

// isDirectionMark reports the invisible marks of bidirectional text.
func isDirectionMark(r rune) bool {
	return r == '\u200e' || r == '\u200f' || r == '\u061c' || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// isMojibake reports strings that were decoded as Latin-1 somewhere
// upstream ("Mosc£", "MÃ©xico"). A plain Â or Ã is kept: it is a real
// letter in Vietnamese, Portuguese and Romanian names ("Ân Thi",
// "Santo Ângelo"); the give-away is a lead byte of UTF-8 (U+00C2–U+00DF)
// followed by a continuation byte read as U+0080–U+00BF.
func isMojibake(s string) bool {
	if strings.ContainsAny(s, "£\uFFFD") {
		return true
	}
	prev := rune(0)
	for _, r := range s {
		if prev >= 0xC2 && prev <= 0xDF && r >= 0x80 && r <= 0xBF {
			return true
		}
		prev = r
	}
	return false
}

// isCodeLike reports IATA/ICAO/FIPS-like codes ("NQZ", "TSE", "UKK") that
// GeoNames mixes into alternate names; they would match ordinary
// upper-case words and abbreviations in text.
func isCodeLike(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// nameSet collects distinct names in insertion-independent order.
type nameSet map[string]struct{}

// add cleans each name and adds the ones that pass cleanName.
func (ns nameSet) add(names ...string) {
	for _, n := range names {
		if c, ok := cleanName(n); ok {
			ns[c] = struct{}{}
		}
	}
}

// sorted returns the names in byte order without the excluded ones.
func (ns nameSet) sorted(exclude ...string) []string {
	out := make([]string, 0, len(ns))
	for n := range ns {
		if !slices.Contains(exclude, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}
