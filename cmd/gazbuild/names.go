package main

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scriptOf reports which of the two kept scripts the letters of s use.
type script int

const (
	scriptNone     script = iota // no Latin or Cyrillic letter
	scriptLatin                  // Latin letters only
	scriptCyrillic               // Cyrillic letters only
	scriptMixed                  // both, or any letter of another script
)

// classify returns the script of s. Runes of the Common and Inherited
// scripts (digits, punctuation, combining marks, modifier letters such as
// the ʻ in "Oʻral") are neutral; any rune of a third script (Greek,
// Arabic, CJK, Arabic-Indic digits …) makes the string scriptMixed.
func classify(s string) script {
	var latin, cyr bool
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.Is(unicode.Cyrillic, r):
			cyr = true
		case unicode.In(r, unicode.Common, unicode.Inherited):
		default:
			return scriptMixed
		}
	}
	switch {
	case latin && cyr:
		// Strings like "Nұr-Sұltan" are keyboard-layout garbage.
		return scriptMixed
	case latin:
		return scriptLatin
	case cyr:
		return scriptCyrillic
	}
	return scriptNone
}

// cleanName normalises the white space of a candidate name and reports
// whether it can go into an output field: a Latin-only or Cyrillic-only
// string with no field separator (tab, newline, '|'), no control or
// format character and no mojibake.
func cleanName(s string) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || strings.ContainsRune(s, '|') {
		return "", false
	}
	if !utf8.ValidString(s) || isMojibake(s) {
		return "", false
	}
	for _, r := range s {
		// Cc/Cf/Co catch soft hyphens, zero-width (non-)joiners and
		// private-use characters that would make keys invisible-different.
		if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co) {
			return "", false
		}
	}
	switch classify(s) {
	case scriptLatin, scriptCyrillic:
		return s, true
	}
	return "", false
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
