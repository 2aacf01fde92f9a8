package geoparse

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// token is a word or a number of the text, or one punctuation rune.
type token struct {
	start, end int // byte offsets
	kind       tokenKind
	upper      bool // a word that starts with an upper-case letter
	allCaps    bool // two or more letters, all upper case
	sentStart  bool // first word of a sentence
	// caseless is set for a word in a script without capitals that
	// names are kept in (Arabic, Hebrew, Georgian): upper and sentStart
	// tell nothing of it, and caseless.go reads it.
	caseless bool
}

type tokenKind uint8

const (
	tokWord tokenKind = iota
	tokNumber
	tokPunct
)

// tokenize splits text into tokens. Words are runs of letters and marks,
// with inner apostrophes ("N’Djamena", "Côte d’Ivoire" keeps d’Ivoire as
// one word); hyphens and dots are tokens of their own so that a name may
// span them ("Nur-Sultan", "St. Petersburg"). Plain ASCII is handled
// without decoding runes.
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	if want := len(text) / 5; cap(toks) < want {
		// About one token in five bytes of English; growing by appends
		// would copy the slice a dozen times on a long text.
		toks = make([]token, 0, want)
	}
	sentStart := true
	for i := 0; i < len(text); {
		c := text[i]
		switch asciiClass[c] {
		case classBlank:
			i++
			continue
		case classNewline:
			// A blank line ends a sentence (headings have no full stop).
			if i+1 < len(text) && text[i+1] == '\n' {
				sentStart = true
			}
			i++
			continue
		case classDigit:
			j := i + 1
			for j < len(text) && (text[j] >= '0' && text[j] <= '9') {
				j++
			}
			toks = addToken(toks, i, j, tokNumber, false, false, false)
			sentStart = false
			i = j
			continue
		case classLetter:
			// Most words: a letter and lower-case letters up to a
			// space or ASCII punctuation, not all capitals. Anything
			// else after them (a capital, an apostrophe, a letter past
			// ASCII) takes scanWord.
			j := lowerRun(text, i+1)
			if j < len(text) && wordGoesOn[text[j]] {
				var up, caps bool
				j, up, caps = scanWord(text, i)
				toks = addToken(toks, i, j, tokWord, up, caps, sentStart)
			} else {
				toks = addToken(toks, i, j, tokWord, c <= 'Z', false, sentStart)
			}
			sentStart = false
			// Most words are followed by one space: skipped here, it
			// costs no turn of the loop.
			if j < len(text) && text[j] == ' ' {
				j++
			}
			i = j
			continue
		case classPunct:
			toks = addToken(toks, i, i+1, tokPunct, false, false, false)
			if c == '.' || c == '!' || c == '?' || c == ':' || c == ';' {
				sentStart = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r):
			j, up, caps := scanWord(text, i)
			if !up && caselessLetter(r) {
				toks = addToken(toks, i, j, tokWord, false, false, false)
				toks[len(toks)-1].caseless = true
			} else {
				toks = addToken(toks, i, j, tokWord, up, caps, sentStart)
			}
			sentStart = false
			i = j
		case unicode.IsSpace(r):
			i += size
		case unicode.IsDigit(r):
			toks = addToken(toks, i, i+size, tokNumber, false, false, false)
			sentStart = false
			i += size
		default:
			toks = addToken(toks, i, i+size, tokPunct, false, false, false)
			if r == '…' || r == '。' || r == '։' || r == '؟' || r == '۔' || r == '।' {
				sentStart = true
			}
			i += size
		}
	}
	return toks
}

// The classes of bytes that tokenize tells apart before decoding a rune.
const (
	classHigh    = iota // past ASCII: a rune to decode
	classBlank          // ' ', '\t', '\r'
	classNewline        // '\n'
	classDigit          // '0' to '9'
	classLetter         // 'a' to 'z', 'A' to 'Z'
	classPunct          // any other ASCII byte: a token of its own
)

// asciiClass gives the class of each byte.
var asciiClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = classHigh
		case c == ' ' || c == '\t' || c == '\r':
			t[c] = classBlank
		case c == '\n':
			t[c] = classNewline
		case c >= '0' && c <= '9':
			t[c] = classDigit
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = classLetter
		default:
			t[c] = classPunct
		}
	}
	return t
}()

// wordGoesOn holds the bytes after a run of ASCII letters that may
// continue the word, for scanWord to read: a capital, an apostrophe, a
// byte past ASCII.
var wordGoesOn = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' || c == '\''
	}
	return t
}()

// addToken appends a token, field by field: a token literal is built on
// the stack a byte at a time and then copied whole, and that copy stalls
// on every token.
func addToken(toks []token, start, end int, kind tokenKind, upper, allCaps, sentStart bool) []token {
	n := len(toks)
	if n < cap(toks) {
		toks = toks[:n+1]
	} else {
		toks = append(toks, token{})
	}
	t := &toks[n]
	t.start, t.end, t.kind, t.upper, t.allCaps, t.sentStart, t.caseless = start, end, kind, upper, allCaps, sentStart, false
	return toks
}

// scanWord reads a word starting at i: letters, combining marks and
// apostrophes between letters. It reports whether the word starts with an
// upper-case letter and whether it is all capitals.
func scanWord(text string, i int) (end int, upper, allCaps bool) {
	letters, caps := 0, 0
	j := i
	for j < len(text) {
		// A run of lower-case ASCII letters, most of any word.
		k := lowerRun(text, j)
		letters += k - j
		if j = k; j == len(text) {
			break
		}
		c := text[j]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				if letters == 0 {
					upper = true
				}
				letters++
				caps++
			case c == '\'' && elision(text, i, j, j+1, letters):
				// "d'Occitanie", "l'Hérault": the elided article is a
				// word of its own, and the name after it another.
				return j, upper, letters >= 2 && caps == letters
			case c == '\'' && j+1 < len(text) && isLetterAt(text, j+1) && letters > 0 && !possessive(text, j+1):
				// "N'Djamena": the apostrophe stays inside the word; the
				// possessive "'s" does not ("Kazakhstan's").
			default:
				return j, upper, letters >= 2 && caps == letters
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case unicode.IsLetter(r):
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				if letters == 0 {
					upper = true
				}
				caps++
			}
			letters++
		case unicode.In(r, unicode.Mn, unicode.Mc): // Devanagari and Bengali vowel signs are Mc
		case r == '’' && elision(text, i, j, j+size, letters):
			return j, upper, letters >= 2 && caps == letters
		case (r == '’' || r == 'ʼ') && j+size < len(text) && isLetterAt(text, j+size) && letters > 0 && !possessive(text, j+size):
		case (r == '\u200c' || r == '\u200d') && letters > 0 && j+size < len(text) && isLetterAt(text, j+size):
			// The zero-width (non-)joiner inside a Persian word
			// ("اسلام‌شهر") belongs to it.
		default:
			return j, upper, letters >= 2 && caps == letters
		}
		j += size
	}
	return j, upper, letters >= 2 && caps == letters
}

// elision reports whether the word from i to the apostrophe at j is a
// French or Italian elided article or preposition (one small d or l)
// and a capital follows the apostrophe at next: "d'Occitanie",
// "l'Hérault". (Not "N'Djamena", whose capital makes it one name.)
func elision(text string, i, j, next, letters int) bool {
	if letters != 1 || j != i+1 || text[i] != 'd' && text[i] != 'l' || next >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	return unicode.IsUpper(r)
}

// possessive reports whether text at i, right after an apostrophe, is
// the ending of a possessive or a contraction ("Almaty's", "we're",
// "he'll", "don't"), which is not part of the word before it.
func possessive(text string, i int) bool {
	n := 0
	for n < 2 && i+n < len(text) && (text[i+n] >= 'a' && text[i+n] <= 'z' || text[i+n] >= 'A' && text[i+n] <= 'Z') {
		n++
	}
	if i+n < len(text) && isLetterAt(text, i+n) {
		return false
	}
	var buf [2]byte
	switch string(lowered(buf[:0], text[i:i+n])) {
	case "s", "re", "ll", "ve", "d", "m", "t":
		return true
	}
	return false
}

func isLetterAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// lowerRun returns the end of the run of lower-case ASCII letters that
// starts at byte i of text, reading eight bytes at a time.
func lowerRun(text string, i int) int {
	const (
		lo   = 0x1f1f1f1f1f1f1f1f // b+0x1f has its top bit set when b >= 'a'
		hi   = 0x0505050505050505 // b+0x05 has its top bit set when b > 'z'
		tops = 0x8080808080808080
	)
	for i+8 <= len(text) {
		x := binary.LittleEndian.Uint64([]byte(text[i : i+8]))
		if x&tops != 0 {
			break // a byte past ASCII: byte by byte
		}
		// No byte has its top bit set, so no sum carries into the next.
		in := (x + lo) &^ (x + hi) & tops
		if in != tops {
			return i + bits.TrailingZeros64(^in&tops)/8
		}
		i += 8
	}
	for i < len(text) && text[i]-'a' < 26 {
		i++
	}
	return i
}
