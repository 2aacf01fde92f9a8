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
	start, end int // bytes
	kind       tokKind
	low        string // lower-case word; digits of a number; the punctuation
	n          int    // value of a number
	digits     int    // how many digits
	ordinal    bool   // "5th"
}

// tokenize splits text into tokens. A number's ordinal suffix stays with
// it; apostrophes inside words stay ("New Year's").
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
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
			t := token{start: i, end: j, kind: tNum, low: text[i:j], n: n, digits: j - i}
			if k := j + 2; k <= len(text) {
				suf := strings.ToLower(text[j:k])
				if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && (k == len(text) || !isLetterAt(text, k)) {
					t.end, t.ordinal = k, true
				}
			}
			toks = append(toks, t)
			i = t.end
		case c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf && isLetterAt(text, i):
			j := i
			for j < len(text) {
				if isLetterAt(text, j) {
					_, size := utf8.DecodeRuneInString(text[j:])
					j += size
					continue
				}
				if (text[j] == '\'' || strings.HasPrefix(text[j:], "’")) && j > i {
					size := 1
					if text[j] != '\'' {
						size = len("’")
					}
					// "Friday's": the possessive is not part of the word.
					possessive := j+size < len(text) && (text[j+size] == 's' || text[j+size] == 'S') &&
						(j+size+1 == len(text) || !isLetterAt(text, j+size+1))
					if j+size < len(text) && isLetterAt(text, j+size) && !possessive {
						j += size
						continue
					}
				}
				break
			}
			toks = append(toks, token{start: i, end: j, kind: tWord, low: lowerWord(text[i:j])})
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
			toks = append(toks, token{start: i, end: i + size, kind: tPunct, low: text[i : i+size]})
			i += size
		}
	}
	return toks
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
