package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the matching key of s, the form under which names are
// indexed and looked up:
//
//   - case folded (full folding, so "ß" becomes "ss");
//   - diacritics stripped: compatibility decomposition (NFKD) with the
//     combining marks dropped, so "Île" becomes "ile", and in Cyrillic "ё"
//     becomes "е" and "й" becomes "и" (both sides of a comparison are
//     folded alike, so nothing is lost for matching);
//   - letters that Unicode does not decompose but that are diacritic
//     variants of a base letter fold to it: Latin ł ø đ ħ ı ŧ ə → l o d h i
//     t e, æ œ þ → ae oe th, and the Cyrillic letters that Kazakh, Kyrgyz,
//     Tajik, Bashkir and Ukrainian add to the Russian alphabet fold to the
//     Russian letter they extend (ә ғ қ ң ө ұ ү һ ґ → а г к н о у у х г),
//     because the same place is spelt both ways (Ақтау and Актау,
//     Жаңаөзен and Жанаозен); і, ї and є stay, as they stand for
//     different Russian letters in different words;
//   - apostrophes and their look-alikes (' ’ ‘ ‛ ʼ ʻ ʹ ʽ ʾ ʿ ˈ ′ ` ´)
//     removed, so "N’Djamena" and "Ndjamena" meet, and so do the
//     transliterations "Ural'sk" and "Uralsk";
//   - every other character that is not a letter or a digit (hyphens,
//     dots, commas, brackets, symbols, spaces, control characters and
//     invalid UTF-8) becomes a space, invisible format characters such as
//     the soft hyphen are dropped, and runs of spaces collapse to one,
//     with none at either end.
//
// Characters below U+0530 (Latin, Greek, Cyrillic) and in U+1E00–U+206F
// (Latin Extended Additional, Greek Extended, General Punctuation) are
// folded through a generated table (fold_table.go); others take the slow
// path through golang.org/x/text/unicode/norm and are lowercased with
// [unicode.ToLower]. Hangul syllables are kept whole.
//
// Normalize is idempotent. It does not allocate when s is already a key
// and is a single pass over the bytes for plain ASCII, because a place-name
// scanner calls it for every candidate span.
func Normalize(s string) string {
	if isASCIIKey(s) {
		return s
	}
	var buf [64]byte
	b := AppendNormalize(buf[:0], s)
	if string(b) == s {
		return s
	}
	return string(b)
}

// AppendNormalize appends the key of s (see [Normalize]) to dst and returns
// the extended buffer. It lets a caller build keys without allocating.
func AppendNormalize(dst []byte, s string) []byte {
	// ASCII runs are folded here, inline; the first other byte hands
	// over to the general loop.
	start, space := len(dst), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return keyBuf{dst, start, space}.appendString(s[i:]).b
		}
		switch f := asciiFold[c]; f {
		case 0:
		case ' ':
			space = len(dst) > start
		default:
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, f)
		}
	}
	return dst
}

// appendString folds s into k.
func (k keyBuf) appendString(s string) keyBuf {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			k = k.byte(asciiFold[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		k = k.rune(r, 0)
	}
	return k
}

// isASCIIKey reports whether s is already a key made only of ASCII: lower
// case letters and digits in words separated by single spaces.
func isASCIIKey(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			prevSpace = false
		case c == ' ' && !prevSpace:
			prevSpace = true
		default:
			return false
		}
	}
	return true
}

// asciiFold maps an ASCII byte to its key byte: a lower-case letter or a
// digit, ' ' for a separator, or 0 for a byte that is dropped (the
// apostrophe and the backtick).
var asciiFold = [utf8.RuneSelf]byte{
	'0': '0', '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9',
	'a': 'a', 'b': 'b', 'c': 'c', 'd': 'd', 'e': 'e', 'f': 'f', 'g': 'g', 'h': 'h', 'i': 'i',
	'j': 'j', 'k': 'k', 'l': 'l', 'm': 'm', 'n': 'n', 'o': 'o', 'p': 'p', 'q': 'q', 'r': 'r',
	's': 's', 't': 't', 'u': 'u', 'v': 'v', 'w': 'w', 'x': 'x', 'y': 'y', 'z': 'z',
	'A': 'a', 'B': 'b', 'C': 'c', 'D': 'd', 'E': 'e', 'F': 'f', 'G': 'g', 'H': 'h', 'I': 'i',
	'J': 'j', 'K': 'k', 'L': 'l', 'M': 'm', 'N': 'n', 'O': 'o', 'P': 'p', 'Q': 'q', 'R': 'r',
	'S': 's', 'T': 't', 'U': 'u', 'V': 'v', 'W': 'w', 'X': 'x', 'Y': 'y', 'Z': 'z',
	'\'': 0, '`': 0,
	0x00: ' ', 0x01: ' ', 0x02: ' ', 0x03: ' ', 0x04: ' ', 0x05: ' ', 0x06: ' ', 0x07: ' ',
	0x08: ' ', 0x09: ' ', 0x0a: ' ', 0x0b: ' ', 0x0c: ' ', 0x0d: ' ', 0x0e: ' ', 0x0f: ' ',
	0x10: ' ', 0x11: ' ', 0x12: ' ', 0x13: ' ', 0x14: ' ', 0x15: ' ', 0x16: ' ', 0x17: ' ',
	0x18: ' ', 0x19: ' ', 0x1a: ' ', 0x1b: ' ', 0x1c: ' ', 0x1d: ' ', 0x1e: ' ', 0x1f: ' ',
	' ': ' ', '!': ' ', '"': ' ', '#': ' ', '$': ' ', '%': ' ', '&': ' ', '(': ' ', ')': ' ',
	'*': ' ', '+': ' ', ',': ' ', '-': ' ', '.': ' ', '/': ' ', ':': ' ', ';': ' ', '<': ' ',
	'=': ' ', '>': ' ', '?': ' ', '@': ' ', '[': ' ', '\\': ' ', ']': ' ', '^': ' ', '_': ' ',
	'{': ' ', '|': ' ', '}': ' ', '~': ' ', 0x7f: ' ',
}

// A keyBuf is a key being built in b (from b[start:]), with a separator
// held back until a letter follows so that spaces collapse and never lead
// or trail. Its methods take and return it by value, which lets the
// compiler keep a caller's stack buffer on the stack.
type keyBuf struct {
	b     []byte
	start int
	space bool // a separator is pending
}

// sep notes a separator.
func (k keyBuf) sep() keyBuf {
	k.space = len(k.b) > k.start
	return k
}

// byte emits the folded ASCII byte c (0: nothing, ' ': a separator).
func (k keyBuf) byte(c byte) keyBuf {
	switch c {
	case 0:
		return k
	case ' ':
		return k.sep()
	}
	if k.space {
		k.b = append(k.b, ' ')
		k.space = false
	}
	k.b = append(k.b, c)
	return k
}

// str emits a fold-table entry: key characters and spaces, each space
// standing for a separator ("" drops the rune).
func (k keyBuf) str(t string) keyBuf {
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' {
			k = k.sep()
			continue
		}
		if k.space {
			k.b = append(k.b, ' ')
			k.space = false
		}
		k.b = append(k.b, t[i])
	}
	return k
}

// maxFoldDepth bounds the recursion of the slow path. Decompositions in the
// norm tables are already complete and a lowercased letter decomposes at
// most once more, so real input never gets near it.
const maxFoldDepth = 4

// rune emits the key characters of r.
func (k keyBuf) rune(r rune, depth int) keyBuf {
	switch {
	case r < utf8.RuneSelf:
		return k.byte(asciiFold[r])
	case r < fold1Limit:
		return k.str(fold1[r-utf8.RuneSelf])
	case fold2Base <= r && r < fold2Limit:
		return k.str(fold2[r-fold2Base])
	}
	if depth < maxFoldDepth && !isHangulSyllable(r) {
		var b [utf8.UTFMax]byte
		if d := norm.NFKD.Properties(b[:utf8.EncodeRune(b[:], r)]).Decomposition(); len(d) > 0 {
			for _, dr := range string(d) {
				k = k.rune(dr, depth+1)
			}
			return k
		}
	}
	switch {
	case unicode.IsLetter(r) || unicode.IsNumber(r):
		if l := unicode.ToLower(r); l != r && depth < maxFoldDepth {
			return k.rune(l, depth+1)
		}
		if k.space {
			k.b = append(k.b, ' ')
			k.space = false
		}
		k.b = utf8.AppendRune(k.b, r)
		return k
	case unicode.In(r, unicode.M, unicode.Cf):
		// Combining marks are the diacritics being stripped; format
		// characters (zero-width space, joiners, BOM) are invisible.
		return k
	}
	return k.sep()
}

// isHangulSyllable reports whether r is a precomposed Hangul syllable,
// which norm decomposes algorithmically rather than through its tables;
// such syllables are kept whole.
func isHangulSyllable(r rune) bool {
	return 0xAC00 <= r && r <= 0xD7A3
}
