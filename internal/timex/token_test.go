package timex

import (
	"strings"
	"testing"
)

// TestLetters8: letters8 marks the ASCII letters of eight bytes, and no
// other byte, whatever stands beside it.
func TestLetters8(t *testing.T) {
	for b := range 256 {
		for pos := range 8 {
			for _, fill := range []byte{'a', ' ', 'Z', 0x80, 0xff, '@', '['} {
				var w [8]byte
				for k := range w {
					w[k] = fill
				}
				w[pos] = byte(b)
				got := letters8(load8(string(w[:]), 0))
				for k, c := range w {
					letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
					if marked := got>>(8*k+7)&1 == 1; marked != letter {
						t.Fatalf("letters8(% x): byte %d (%#x) marked %v", w, k, c, marked)
					}
				}
			}
		}
	}
}

// TestLookupFold: a word is found in the lexicon however its ASCII
// letters are written, and only a word of the lexicon is; words that
// share their first eight bytes ("thirteen", "thirteenth") are told
// apart.
func TestLookupFold(t *testing.T) {
	for w, e := range lexicon {
		if joinedOnly[w] {
			e = nil // a text's word never reads as these ("sameday delivery")
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got := lookup(v); got != e {
				t.Errorf("lookup(%q) = %v, want the entry of %q", v, got, w)
			}
			if got := lookup(v + "x"); got != lexicon[w+"x"] {
				t.Errorf("lookup(%q) = %v", v+"x", got)
			}
			if len(v) > 1 {
				if got := lookup(v[:len(v)-1]); got != lexicon[w[:len(w)-1]] {
					t.Errorf("lookup(%q) = %v", v[:len(v)-1], got)
				}
			}
		}
	}
	for _, w := range []string{"thirteen", "Thirteenth", "FOURTEENT", "septembers", "governmen", "government", "théy", "o'clock"} {
		if got, want := lookup(w), lexicon[strings.ToLower(w)]; got != want {
			t.Errorf("lookup(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTokenWords: a word's lower-case form is the lexicon's spelling of
// it where the lexicon holds it, else the word as written (ASCII) or
// lower-cased (other letters); tokenize takes the same words wherever
// they stand in the text (the last eight bytes are read apart).
func TestTokenWords(t *testing.T) {
	words := []string{"On", "TUESDAY", "the", "Government", "of", "Kazakhstan", "protesters", "Ago", "café", "Year’s",
		"O'Brien", "x", "September", "SEPTEMBER", "thirteenth", "he'll", "ÉTÉ", "a", "Fourteen"}
	for pad := range 10 {
		text := strings.Repeat(" ", pad) + strings.Join(words, " ")
		for cut := len(text) - 12; cut <= len(text); cut++ {
			in := text[:cut]
			for _, tok := range tokenize(in, &scratch{}) {
				if tok.kind != tWord {
					continue
				}
				w := in[tok.start:tok.end]
				want, lx := w, lexicon[lowerWord(w)]
				if strings.ContainsFunc(w, func(r rune) bool { return r >= 0x80 }) {
					want = lowerWord(w)
				}
				if lx != nil {
					want = lx.word
				}
				if tok.low != want || tok.lx != lx {
					t.Errorf("%q: word %q reads %q (%v), want %q (%v)", in, w, tok.low, tok.lx, want, lx)
				}
			}
		}
	}
}
