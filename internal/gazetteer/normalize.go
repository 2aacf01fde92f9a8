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
//
//   - diacritics stripped: compatibility decomposition (NFKD) with the
//     combining marks dropped, so "Île" becomes "ile", and in Cyrillic "ё"
//     becomes "е" and "й" becomes "и" (both sides of a comparison are
//     folded alike, so nothing is lost for matching);
//
//   - letters that Unicode does not decompose but that are diacritic
//     variants of a base letter fold to it: Latin ł ø đ ħ ı ŧ ə → l o d h i
//     t e, æ œ þ → ae oe th, and the Cyrillic letters that Kazakh, Kyrgyz,
//     Tajik, Bashkir and Ukrainian add to the Russian alphabet fold to the
//     Russian letter they extend (ә ғ қ ң ө ұ ү һ ґ → а г к н о у у х г),
//     because the same place is spelt both ways (Ақтау and Актау,
//     Жаңаөзен and Жанаозен); і, ї and є stay, as they stand for
//     different Russian letters in different words;
//
//   - apostrophes and their look-alikes (' ’ ‘ ‛ ʼ ʻ ʹ ʽ ʾ ʿ ˈ ′ ` ´)
//     removed, so "N’Djamena" and "Ndjamena" meet, and so do the
//     transliterations "Ural'sk" and "Uralsk";
//
//   - every other character that is not a letter or a digit (hyphens,
//     dots, commas, brackets, symbols, spaces, control characters and
//     invalid UTF-8) becomes a space, invisible format characters such as
//     the soft hyphen are dropped, and runs of spaces collapse to one,
//     with none at either end.
//
//   - Arabic-script spelling variants and the Armenian ւ/վ fold to one
//     letter (see arabicFold), and the zero-width non-joiner inside Persian words is
//     dropped like every format character;
//
//   - in Devanagari and Bengali the vowel signs and the virama stay, the
//     nukta goes and the candrabindu is the anusvara (see indicFold);
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

// NormalizesTo reports whether Normalize(s) == key, without allocating.
// For ASCII it compares as it folds and stops at the first difference,
// which is most of the time at the first letter: a scanner asks it of
// every candidate's name.
func NormalizesTo(s, key string) bool {
	k, space := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// What is folded so far matches: the rest takes the full path.
			var buf [64]byte
			return string(AppendNormalize(buf[:0], s)) == key
		}
		switch f := asciiFold[c]; f {
		case 0:
		case ' ':
			space = k > 0
		default:
			if space {
				if k >= len(key) || key[k] != ' ' {
					return false
				}
				k++
				space = false
			}
			if k >= len(key) || key[k] != f {
				return false
			}
			k++
		}
	}
	return k == len(key)
}

// AppendNormalize appends the key of s (see [Normalize]) to dst and returns
// the extended buffer. It lets a caller build keys without allocating.
func AppendNormalize(dst []byte, s string) []byte {
	// A separator is held back until a key character follows, so that
	// spaces collapse and never lead or trail. ASCII and the fold tables
	// are handled inline; other runes take foldRune.
	start, space := len(dst), false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
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
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var t string
		switch {
		case r < fold1Limit:
			t = fold1[r-utf8.RuneSelf]
		case fold2Base <= r && r < fold2Limit:
			t = fold2[r-fold2Base]
		default:
			dst, space = foldRune(dst, start, space, r, 0)
			continue
		}
		dst, space = appendEntry(dst, start, space, t)
	}
	return dst
}

// appendEntry appends a fold-table entry t (key characters and spaces,
// each space a separator; "" drops the rune) to the key in dst[start:].
func appendEntry(dst []byte, start int, space bool, t string) ([]byte, bool) {
	switch {
	case t == "":
	case t[0] != ' ' && t[len(t)-1] != ' ':
		// The common case: one letter, or letters with single inner
		// spaces ("¼" is "1 4"), which are separators in place.
		if space {
			dst = append(dst, ' ')
		}
		dst, space = append(dst, t...), false
	default:
		for j := 0; j < len(t); j++ {
			if t[j] == ' ' {
				space = len(dst) > start
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, t[j])
		}
	}
	return dst, space
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

// maxFoldDepth bounds the recursion of the slow path. Decompositions in the
// norm tables are already complete and a lowercased letter decomposes at
// most once more, so real input never gets near it.
const maxFoldDepth = 4

// foldRune appends the key characters of r, a rune outside the fold
// tables or a part of one's decomposition, to the key in dst[start:], with
// a separator pending if space; it returns the new dst and pending state.
func foldRune(dst []byte, start int, space bool, r rune, depth int) ([]byte, bool) {
	switch {
	case r < utf8.RuneSelf:
		switch f := asciiFold[r]; f {
		case 0:
			return dst, space
		case ' ':
			return dst, len(dst) > start
		default:
			if space {
				dst = append(dst, ' ')
			}
			return append(dst, f), false
		}
	case r < fold1Limit:
		return appendEntry(dst, start, space, fold1[r-utf8.RuneSelf])
	case fold2Base <= r && r < fold2Limit:
		return appendEntry(dst, start, space, fold2[r-fold2Base])
	}
	if 0x0582 <= r && r <= 0x06FF {
		switch f := arabicFold(r); f {
		case 0:
			return dst, space
		case r:
		default:
			return foldRune(dst, start, space, f, depth+1)
		}
	}
	if 0x0900 <= r && r <= 0x09FF {
		return indicFold(dst, start, space, r, depth)
	}
	if plainLetter(r) {
		// Most letters of the scripts past the fold tables are keys as
		// they are: no table look-up.
		if space {
			dst = append(dst, ' ')
		}
		return utf8.AppendRune(dst, r), false
	}
	if depth < maxFoldDepth && !isHangulSyllable(r) {
		var b [utf8.UTFMax]byte
		if d := norm.NFKD.Properties(b[:utf8.EncodeRune(b[:], r)]).Decomposition(); len(d) > 0 {
			for _, dr := range string(d) {
				dst, space = foldRune(dst, start, space, dr, depth+1)
			}
			return dst, space
		}
	}
	switch {
	case unicode.IsLetter(r) || unicode.IsNumber(r):
		if l := unicode.ToLower(r); l != r && depth < maxFoldDepth {
			return foldRune(dst, start, space, l, depth+1)
		}
		if space {
			dst = append(dst, ' ')
		}
		return utf8.AppendRune(dst, r), false
	case unicode.In(r, unicode.M, unicode.Cf):
		// Combining marks are the diacritics being stripped; format
		// characters (zero-width space, joiners, BOM) are invisible.
		return dst, space
	}
	return dst, len(dst) > start
}

// arabicFold returns the letter that r, a rune of the Armenian or the
// Arabic block, is matched as, 0 for one dropped, or r itself. Armenian
// writes the "v" of Երևան with the ligature և (ե + ւ) in the reformed
// spelling, as եւ in the classical one and as ԵՎ in capitals, so ւ is
// matched as վ on both sides. Arabic-script spelling
// varies where the sound does not: ta marbuta and its Persian form are
// written as ha (حماة and حماه are both Hama), alif maqsura and the
// Persian ye as ya, the Persian kaf as kaf (تهران, کرمانشاه and كرمانشاه),
// the wasla alif as alif; the tatweel only stretches a word. (Hamza on
// its seat and the vowel marks are combining marks, which every key
// drops.)
func arabicFold(r rune) rune {
	switch r {
	case 0x0582: // ւ
		return 0x057E // վ
	case 0x0640: // tatweel
		return 0
	case 0x0629, 0x06C0, 0x06C1, 0x06C3, 0x06D5: // ة ۀ ہ ۃ ە
		return 0x0647 // ه
	case 0x0649, 0x06CC, 0x06D0, 0x06D2: // ى ی ې ے
		return 0x064A // ي
	case 0x06A9, 0x06AA: // ک ڪ
		return 0x0643 // ك
	case 0x0671: // ٱ
		return 0x0627 // ا
	}
	return r
}

// indicFold appends the key of r, a rune of the Devanagari or the
// Bengali block. Their vowel signs and the virama are combining marks but
// half of the spelling ("दिल्ली" without them is "दलल", as "दल", a
// party, nearly is), so they stay, unlike the diacritics of Latin. What
// varies where the sound does not is folded: the nukta goes, whether
// precomposed (ड़, য়) or written after its letter, as writers add it to
// loanwords or leave it out (फ़ैज़ाबाद, फैजाबाद); the candrabindu is
// written as the anusvara (चटगाँव, चटगांव); the Bengali vowel signs o
// and au, which decompose, are kept decomposed on both sides. Digits stay
// as they are; the danda and the other signs are separators.
func indicFold(dst []byte, start int, space bool, r rune, depth int) ([]byte, bool) {
	switch r {
	case 0x093C, 0x09BC: // nukta
		return dst, space
	case 0x0901: // candrabindu
		r = 0x0902
	case 0x0981:
		r = 0x0982
	}
	if depth < maxFoldDepth {
		var b [utf8.UTFMax]byte
		if d := norm.NFKD.Properties(b[:utf8.EncodeRune(b[:], r)]).Decomposition(); len(d) > 0 {
			for _, dr := range string(d) {
				dst, space = indicFold(dst, start, space, dr, depth+1)
			}
			return dst, space
		}
	}
	if !unicode.In(r, unicode.L, unicode.M, unicode.N) {
		return dst, len(dst) > start
	}
	if space {
		dst = append(dst, ' ')
	}
	return utf8.AppendRune(dst, r), false
}

// plainLetter reports whether r is a letter that is its own key: the
// base letters of Armenian (lower case), Hebrew, Arabic and Georgian
// Mkhedruli, which neither decompose nor change case. (ւ and the Arabic
// letters arabicFold changes are folded before it is asked.)
func plainLetter(r rune) bool {
	switch {
	case 0x0561 <= r && r <= 0x0586, 0x05D0 <= r && r <= 0x05EA, 0x0627 <= r && r <= 0x063A,
		0x0641 <= r && r <= 0x064A, 0x10D0 <= r && r <= 0x10FA:
		return true
	}
	return false
}

// isHangulSyllable reports whether r is a precomposed Hangul syllable,
// which norm decomposes algorithmically rather than through its tables;
// such syllables are kept whole.
func isHangulSyllable(r rune) bool {
	return 0xAC00 <= r && r <= 0xD7A3
}
