package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordSpans splits a sentence as wordsOf does and also returns the byte
// offset in s where each word starts, so that a trigger found among the
// words can be placed among the sentence's clauses, places and dates.
func wordSpans(s string) ([]string, []int) {
	return wordSpansLow(s, strings.ToLower(s))
}

// wordSpansLow is wordSpans with the sentence already lower-cased.
func wordSpansLow(s, low string) ([]string, []int) {
	return wordSpansInto(s, low, make([]string, 0, len(s)/5+1), make([]int, 0, len(s)/5+1))
}

// wordSpansInto is wordSpansLow appending to words and at (reused
// buffers, emptied first).
func wordSpansInto(s, low string, words []string, at []int) ([]string, []int) {
	words, at = words[:0], at[:0]
	// Words are cut from the lower-cased sentence where lower-casing kept
	// every byte in place (all but a few scripts' special letters).
	same := len(low) == len(s)
	i := 0
	for i < len(s) {
		// Skip to the start of a word.
		start := -1
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if wordByte[c] {
					start = i
					i++
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' {
				start = i
				i += size
				break
			}
			i += size
		}
		if start < 0 {
			break
		}
		// Read to its end.
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if !wordByte[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’') {
				break
			}
			i += size
		}
		raw := s[start:i]
		// Trim ",'’-" at both ends, as strings.Trim would.
		lead := 0
		for lead < len(raw) {
			if c := raw[lead]; c == ',' || c == '\'' || c == '-' {
				lead++
			} else if c == 0xe2 && strings.HasPrefix(raw[lead:], "’") {
				lead += len("’")
			} else {
				break
			}
		}
		e := len(raw)
		for e > lead {
			if c := raw[e-1]; c == ',' || c == '\'' || c == '-' {
				e--
			} else if c == 0x99 && strings.HasSuffix(raw[lead:e], "’") {
				e -= len("’")
			} else {
				break
			}
		}
		if e > lead {
			var w string
			if same {
				w = low[start+lead : start+e]
			} else {
				w = strings.ToLower(raw[lead:e])
			}
			words = append(words, w)
			at = append(at, start+lead)
		}
	}
	return words, at
}

// wordByte tells the ASCII bytes that belong to words: letters, digits,
// and the marks kept inside numbers and names (30,000; 70+; o'clock).
var wordByte = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ',' || c == '+' || c == '-' || c == '\''
	}
	return t
}()

// clauseBreaks are the marks and words that end one clause and begin the
// next: "stormed the city hall; police fired", "clashes in Almaty, while
// in Aktau police joined them", "a day after crowds stormed".
var clauseBreaks = []string{"; ", ": ", " — ", " – ", " - ", ", but ", " but ", ", while ", " while ", " whereas ",
	", and ", ", where ", " where ", ", when ", ", after ", " after ", ", before ", " before ", ", as ", " a day after ",
	" the day after ", " two days after ", " three days after ", " hours after ", ", whilst ", " whilst ", " although ", ", which "}

// breaksAt indexes clauseBreaks by their first two bytes, so that a
// sentence is read once, not once a break: breakFirst[b] tells whether
// some break begins with byte b, breakPair[b0][b1] which breaks begin
// with the pair (an index into breakLists, 0 for none).
var breakFirst, breakPair, breakLists = func() (first [256]bool, pair *[256][256]uint8, lists [][]string) {
	pair = new([256][256]uint8)
	lists = [][]string{nil}
	for _, b := range clauseBreaks {
		first[b[0]] = true
		k := &pair[b[0]][b[1]]
		if *k == 0 {
			*k = uint8(len(lists))
			lists = append(lists, nil)
		}
		lists[*k] = append(lists[*k], b)
	}
	return first, pair, lists
}()

// clauses returns the byte spans [start, end) of a sentence's clauses.
// A break inside a longer one ("after" in "a day after") is not a second
// break.
func clauses(s string) [][2]int {
	return clausesLow(s, strings.ToLower(s), nil)
}

// clausesLow is clauses with the sentence already lower-cased
// (strings.ToLower(s)), appended to out[:0].
func clausesLow(s, low string, out [][2]int) [][2]int {
	// Offsets found in low must hold in s: where lower-casing changed a
	// letter's length ("İstanbul"), lower ASCII letters only — every break
	// is ASCII or a dash, which has no case.
	if len(low) != len(s) {
		low = asciiLower(s)
	}
	type cut struct{ at, end int }
	var buf [8]cut
	cuts := buf[:0]
	for i := 0; i+1 < len(low); i++ {
		if !breakFirst[low[i]] {
			continue
		}
		k := breakPair[low[i]][low[i+1]]
		if k == 0 {
			continue
		}
		for _, b := range breakLists[k] {
			if strings.HasPrefix(low[i:], b) {
				cuts = append(cuts, cut{i, i + len(b)})
			}
		}
	}
	slices.SortFunc(cuts, func(a, b cut) int {
		if a.at != b.at {
			return a.at - b.at
		}
		return b.end - a.end // the longer break first
	})
	out = out[:0]
	prev, covered := 0, 0
	for _, c := range cuts {
		if c.at < covered {
			continue // inside a break already taken
		}
		covered = c.end
		if c.at > prev {
			out = append(out, [2]int{prev, c.at})
			prev = c.at
		}
	}
	return append(out, [2]int{prev, len(s)})
}

// clauseOf is the clause holding byte offset at.
func clauseOf(cs [][2]int, at int) [2]int {
	for _, c := range cs {
		if at >= c[0] && at < c[1] {
			return c
		}
	}
	return [2]int{0, 0}
}

// daysBefore reads how many days before the sentence's date a clause's
// event happened, from the words that open it: "a day after crowds
// stormed" (1), "two days after" (2), "the day after" (1). It returns 0
// when the clause says nothing of the kind.
func daysBefore(s string, c [2]int) int {
	// Every phrase begins with a, t or o: past the leading marks the
	// clause's first letter rules most clauses out (lower-casing keeps
	// the marks and makes no a, t or o of another character).
	i := c[0]
	for i < len(s) {
		if ch := s[i]; ch == ',' || ch == ';' || ch == ':' || ch == '-' || ch == ' ' {
			i++
		} else if strings.HasPrefix(s[i:], "—") || strings.HasPrefix(s[i:], "–") {
			i += len("—")
		} else {
			break
		}
	}
	if i >= min(len(s), c[0]+20) {
		return 0
	}
	switch s[i] {
	case 'a', 'A', 't', 'T', 'o', 'O':
	default:
		return 0
	}
	head := strings.ToLower(s[c[0]:min(len(s), c[0]+20)])
	head = strings.TrimLeft(head, ",;:—–- ")
	switch {
	case strings.HasPrefix(head, "a day after"), strings.HasPrefix(head, "the day after"),
		strings.HasPrefix(head, "one day after"), strings.HasPrefix(head, "a day earlier"):
		return 1
	case strings.HasPrefix(head, "two days after"):
		return 2
	case strings.HasPrefix(head, "three days after"):
		return 3
	}
	return 0
}

// asciiLower lower-cases the ASCII letters of s and leaves every other
// byte as it is, so that offsets into the result hold in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
