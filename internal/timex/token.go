package timex

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tPunct tokKind = iota // the zero token, which tok returns beyond the ends, is punctuation
	tWord
	tNum
)

// token is a word, a number (with an ordinal suffix folded in: "5th") or
// one punctuation rune.
type token struct {
	start, end int       // bytes
	low        string    // lower-case word; digits of a number; the punctuation
	lx         *lexEntry // what the lexicon says of a word; nil for other words and tokens
	n          int       // value of a number
	kind       tokKind
	digits     uint8  // how many digits
	ordinal    bool   // "5th"
	begins     uint32 // bit r: rules[r] can begin at the token (0 for most)
}

// is reports whether the token is a word of the tables f names.
func (t *token) is(f lexFlag) bool { return t.lx != nil && t.lx.flags&f != 0 }

// number is the value of a number word ("two"), or 0.
func (t *token) number() int {
	if t.lx == nil {
		return 0
	}
	return t.lx.number
}

// ordinalWord is the value of an ordinal word ("fifth"), or 0.
func (t *token) ordinalWord() int {
	if t.lx == nil {
		return 0
	}
	return t.lx.ordinal
}

// unit is the TimeML letter of a unit word ("weeks": "W").
func (t *token) unit() (string, bool) {
	if !t.is(lUnit) {
		return "", false
	}
	return t.lx.unit, true
}

// part is the TimeML code of a part of the day ("evening": "EV").
func (t *token) part() (string, bool) {
	if !t.is(lPart) {
		return "", false
	}
	return t.lx.part, true
}

// tokenize splits text into tokens. A number's ordinal suffix stays with
// it; apostrophes inside words stay ("New Year's").
// sc.toks is reused. sc.wide is set to an offset before which text is
// all ASCII (len(text) when it all is), so that offsets in code points
// need no counting there.
// Most bytes are the letters of plain words and the spaces between
// them: pushWords reads a run of them in one call.
func tokenize(text string, sc *scratch) []token {
	toks := sc.toks[:0]
	wide := len(text)
	for i := 0; i < len(text); {
		switch c := text[i]; byteKinds[c] {
		case bSpace:
			i++
		case bLetter:
			var j int
			if toks, j = pushWords(toks, text, i); j > i {
				i = j
				continue
			}
			// A word that is not plain: it goes on past an apostrophe, or
			// with a letter beyond ASCII.
			end, ascii := wordEnd(text, i)
			if ascii {
				toks = pushASCIIWord(toks, text, i, end)
			} else {
				wide = min(wide, i)
				toks = pushWideWord(toks, text, i, end)
			}
			i = end
		case bDigit:
			toks, i = pushNumber(toks, text, i)
		case bPunct:
			toks = push(toks, i, i+1, tPunct, text[i:i+1], nil, 0, 0, false)
			i++
		default: // beyond ASCII
			wide = min(wide, i)
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case easternDigit(r) >= 0:
				toks, i = pushEasternNumber(toks, text, i)
			case unicode.IsLetter(r):
				j, _ := wordEnd(text, i)
				toks = pushWideWord(toks, text, i, j)
				i = j
			case unicode.IsSpace(r):
				i += size
			default:
				toks = push(toks, i, i+size, tPunct, text[i:i+size], nil, 0, 0, false)
				i += size
			}
		}
	}
	sc.wide = wide
	return toks
}

// byteKind sorts the bytes of text for tokenize.
type byteKind uint8

const (
	bWide   byteKind = iota // beyond ASCII: a rune to decode
	bSpace                  // ASCII white space (unicode.IsSpace)
	bDigit                  // 0-9
	bLetter                 // A-Z, a-z
	bPunct                  // any other ASCII byte: a token of its own
)

// byteKinds is the byteKind of every byte. Built once; read-only after.
var byteKinds = func() (k [256]byteKind) {
	for c := range utf8.RuneSelf {
		switch {
		case c >= '0' && c <= '9':
			k[c] = bDigit
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			k[c] = bLetter
		case unicode.IsSpace(rune(c)):
			k[c] = bSpace
		default:
			k[c] = bPunct
		}
	}
	return k
}()

// pushNumber pushes the number at text[i] (a digit), with its ordinal
// suffix ("5th"), and returns the offset after it.
func pushNumber(toks []token, text string, i int) ([]token, int) {
	j, n := i, 0
	for j < len(text) && text[j] >= '0' && text[j] <= '9' && j-i < 9 {
		n = n*10 + int(text[j]-'0')
		j++
	}
	end, ordinal := j, false
	if k := j + 2; k <= len(text) {
		a, b := asciiLower(text[j]), asciiLower(text[j+1])
		if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') && (k == len(text) || !isLetterAt(text, k)) {
			end, ordinal = k, true
		}
	}
	return push(toks, i, end, tNum, text[i:j], nil, n, uint8(j-i), ordinal), end
}

// wordEnd returns the end of the word that begins at text[i] (a letter)
// and whether the word is all ASCII.
func wordEnd(text string, i int) (int, bool) {
	j, ascii := i, true
	for {
		j = skipLetters(text, j)
		if j == len(text) {
			break
		}
		c := text[j]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[j:])
			// (Devanagari and Bengali vowel signs are marks, Mc and Mn.)
			if unicode.IsLetter(r) || j > i && unicode.In(r, unicode.Mn, unicode.Mc) {
				j += size
				ascii = false
				continue
			}
			// The zero-width non-joiner inside a Persian word
			// ("سه‌شنبه", Tuesday) belongs to it.
			if (r == '\u200c' || r == '\u200d') && j > i && j+size < len(text) && isLetterAt(text, j+size) {
				j += size
				ascii = false
				continue
			}
		}
		if c != '\'' && c != "’"[0] {
			break // a space, a comma: the usual end of a word
		}
		if (c == '\'' || strings.HasPrefix(text[j:], "’")) && j > i {
			size := 1
			if text[j] != '\'' {
				size = len("’")
			}
			// "Friday's": the possessive is not part of the word.
			possessive := j+size < len(text) && (text[j+size] == 's' || text[j+size] == 'S') &&
				(j+size+1 == len(text) || !isLetterAt(text, j+size+1))
			if j+size < len(text) && isLetterAt(text, j+size) && !possessive {
				if size > 1 {
					ascii = false
				}
				j += size
				continue
			}
		}
		break
	}
	return j, ascii
}

// Words are read eight bytes at a time, as a little-endian uint64.
const (
	lo7s   = 0x7f7f7f7f7f7f7f7f // the low seven bits of each byte
	tops   = 0x8080808080808080 // the top bit of each byte
	folds  = 0x2020202020202020 // b|0x20 is an ASCII letter b in lower case
	ones   = 0x0101010101010101
	belowA = (0x80 - 'a') * ones // added to a seven-bit byte, sets its top bit from 'a' on
	aboveZ = (0x80 - 'z' - 1) * ones
)

// load8 is text[i:i+8] as a little-endian uint64: one load.
func load8(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// letters8 has the top bit set in each byte of v that is an ASCII
// letter: folded to lower case, with its top bit cleared (no sum below
// carries into the next byte), a byte from 'a' to 'z' reaches the top
// bit when belowA is added, not when aboveZ is; a byte with its top bit
// set is no ASCII letter.
func letters8(v uint64) uint64 {
	x := (v | folds) & lo7s
	return (x + belowA) &^ (x + aboveZ) &^ v & tops
}

// skipLetters returns the offset of the first byte from j on that is not
// an ASCII letter, or len(text).
func skipLetters(text string, j int) int {
	for j+8 <= len(text) {
		k := bits.TrailingZeros64(^letters8(load8(text, j))&tops) >> 3 // 8 if all are
		j += k
		if k < 8 {
			return j
		}
	}
	return skipLettersTail(text, j)
}

// skipLettersTail is skipLetters at the last seven bytes of text.
func skipLettersTail(text string, j int) int {
	for j < len(text) && byteKinds[text[j]] == bLetter {
		j++
	}
	return j
}

// pushWords pushes the plain words from text[i] on, with their
// lower-case forms and lexicon entries, and returns the offset after
// them: ASCII letters up to a space, punctuation or the end, one after
// another with spaces between. It stops at anything else, before a word
// that is not plain (one with an apostrophe or a letter beyond ASCII)
// and at punctuation, for tokenize.
// Most words are plain: for them it makes no call but where a word is
// looked up past its first slot (Go keeps no register across a call).
// A word is looked up as written, ASCII case folded, and takes the
// lexicon's spelling of it; one not in the lexicon keeps its own,
// capitals and all: no rule compares such a word with any
// (TestRuleWordsInLexicon), so it need not be lower-cased and copied.
func pushWords(toks []token, text string, i int) ([]token, int) {
	for i < len(text) && byteKinds[text[i]] == bLetter {
		// The letters, eight bytes at a time (skipLetters).
		j := i
		for {
			if j+8 > len(text) {
				j = skipLettersTail(text, j)
				break
			}
			k := bits.TrailingZeros64(^letters8(load8(text, j))&tops) >> 3 // 8 if all are
			j += k
			if k < 8 {
				break
			}
		}
		if j < len(text) && (text[j] == '\'' || text[j] >= utf8.RuneSelf) {
			break // not plain
		}
		w := text[i:j]
		var lx *lexEntry
		if n := j - i; i+8 > len(text) {
			lx = lookup(w)
		} else {
			// lookupHead, with the word's head in one load (wordHead)
			// and the first slot read here.
			h := (load8(text, i) | folds) & (uint64(1)<<(8*min(n, 8)) - 1)
			if n > 8 {
				h |= longWord
			}
			switch s := lexHome(h, n); lexTable.heads[s] {
			case 0:
				// not in the lexicon: most words
			case h:
				if n <= 8 {
					lx = lexTable.entries[s] // the head is the word
					break
				}
				fallthrough
			default:
				lx = lookupHead(w, h)
			}
		}
		low := w
		if lx != nil {
			low = lx.word
		}
		// push, in place.
		if len(toks) == cap(toks) {
			toks = append(toks, token{})
		} else {
			toks = toks[:len(toks)+1]
		}
		t := &toks[len(toks)-1]
		t.start, t.end, t.low, t.lx, t.n, t.kind, t.digits, t.ordinal, t.begins = i, j, low, lx, 0, tWord, 0, false, 0
		if lx != nil {
			t.begins = lx.rules
		}
		for i = j; i < len(text) && text[i] == ' '; {
			i++ // to the next word
		}
	}
	return toks, i
}

// pushASCIIWord pushes the ASCII word text[i:j], as pushWords does.
func pushASCIIWord(toks []token, text string, i, j int) []token {
	low, lx := text[i:j], lookup(text[i:j])
	if lx != nil {
		low = lx.word
	}
	return push(toks, i, j, tWord, low, lx, 0, 0, false)
}

// pushWideWord pushes a word with letters beyond ASCII, lower-cased as
// Unicode has it.
func pushWideWord(toks []token, text string, i, j int) []token {
	low := lowerWord(text[i:j])
	lx := lookup(low)
	if lx == nil {
		// "января": a Russian or Ukrainian word for an English one;
		// "يناير", "ינואר" an Arabic or Hebrew one (rtl.go).
		if e, ok := wideLexicon[low]; ok {
			lx, low = e, e.word
		} else if e := rtlWord(low); e != nil {
			lx, low = e, e.word
		} else if e := caucasusWord(low); e != nil && !greekOrdinal(toks, text, i, j, low) {
			lx, low = e, e.word
		} else if e := indicWord(toks, text, i, j, low); e != nil {
			lx, low = e, e.word
		}
	}
	return push(toks, i, j, tWord, low, lx, 0, 0, false)
}

// push appends a token, writing its fields in place (cheaper than
// copying a whole token in while the collector runs), with the rules
// that can begin at it.
func push(toks []token, start, end int, kind tokKind, low string, lx *lexEntry, n int, digits uint8, ordinal bool) []token {
	if len(toks) == cap(toks) {
		toks = append(toks, token{})
	} else {
		toks = toks[:len(toks)+1]
	}
	t := &toks[len(toks)-1]
	t.start, t.end, t.low, t.lx, t.n, t.kind, t.digits, t.ordinal = start, end, low, lx, n, kind, digits, ordinal
	t.begins = 0
	if lx != nil {
		t.begins = lx.rules
	} else if kind == tNum {
		t.begins = numberRules(t)
	}
	return toks
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isLetterAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// lowerWord lower-cases a word, with ’ as ', without allocating when it
// is lower-case ASCII already (most words are).
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w
}

// hasSuffixFold is strings.HasSuffix with ASCII case folded, for a
// suffix in lower case: a word not in the lexicon keeps its capitals
// ("PROTESTED", "HE'LL").
func hasSuffixFold(w, suffix string) bool {
	return len(w) >= len(suffix) && equalFold(suffix, w[len(w)-len(suffix):])
}
