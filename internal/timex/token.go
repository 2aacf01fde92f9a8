package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is a word, a number (with an ordinal suffix folded in: "5th") or
// one punctuation rune.
type token struct {
	start, end int       // bytes
	low        string    // lower-case word; digits of a number; the punctuation
	lx         *lexEntry // what the lexicon says of a word; nil for other words and tokens
	n          int       // value of a number
	kind       tokKind
	digits     uint8 // how many digits
	ordinal    bool  // "5th"
}

// rules has bit r set when rules[r] can begin at the token.
func (t *token) rules() uint32 {
	switch {
	case t.kind == tNum:
		return numberRules(t)
	case t.kind == tWord && t.lx != nil:
		return t.lx.rules
	}
	return 0
}

// mayStart reports whether some rule can begin at the token.
func (t *token) mayStart() bool {
	return t.kind == tNum || t.kind == tWord && t.lx != nil && t.lx.rules != 0
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
// sc's buffers are reused: tokens, and the lower-case forms of words
// with ASCII capitals, made into one string at the end.
func tokenize(text string, sc *scratch) []token {
	toks := sc.toks[:0]
	lower, fix := sc.lower[:0], sc.fix[:0] // fix: the tokens whose lower-case form is in lower
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= '0' && c <= '9':
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
			toks = push(toks, i, end, tNum, text[i:j], nil, n, uint8(j-i), ordinal)
			i = end
		case c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf && isLetterAt(text, i):
			j := i
			ascii, upper := true, false
			for j < len(text) {
				c := text[j]
				if c < utf8.RuneSelf {
					if c >= 'a' && c <= 'z' {
						j++
						continue
					}
					if c >= 'A' && c <= 'Z' {
						upper = true
						j++
						continue
					}
				} else if isLetterAt(text, j) {
					_, size := utf8.DecodeRuneInString(text[j:])
					j += size
					ascii = false
					continue
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
			switch {
			case ascii && upper:
				// Lowered at the end, with the other such words; n holds
				// its place in lower till then.
				fix = append(fix, len(toks))
				toks = push(toks, i, j, tWord, "", nil, len(lower), 0, false)
				for _, c := range []byte(text[i:j]) {
					lower = append(lower, asciiLower(c))
				}
			case ascii:
				low := text[i:j]
				toks = push(toks, i, j, tWord, low, lookup(low), 0, 0, false)
			default:
				low := lowerWord(text[i:j])
				toks = push(toks, i, j, tWord, low, lookup(low), 0, 0, false)
			}
			i = j
		default:
			_, size := utf8.DecodeRuneInString(text[i:])
			if size == 0 {
				size = 1
			}
			r, _ := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				continue
			}
			toks = push(toks, i, i+size, tPunct, text[i:i+size], nil, 0, 0, false)
			i += size
		}
	}
	if len(fix) > 0 {
		all := string(lower) // one allocation for all the words with capitals
		for _, k := range fix {
			t := &toks[k]
			t.low = all[t.n : t.n+t.end-t.start]
			t.n = 0
			t.lx = lookup(t.low)
		}
	}
	sc.lower, sc.fix = lower[:0], fix[:0]
	return toks
}

// push appends a token, writing its fields in place (cheaper than
// copying a whole token in while the collector runs).
func push(toks []token, start, end int, kind tokKind, low string, lx *lexEntry, n int, digits uint8, ordinal bool) []token {
	if len(toks) == cap(toks) {
		toks = append(toks, token{})
	} else {
		toks = toks[:len(toks)+1]
	}
	t := &toks[len(toks)-1]
	t.start, t.end, t.low, t.lx, t.n, t.kind, t.digits, t.ordinal = start, end, low, lx, n, kind, digits, ordinal
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
