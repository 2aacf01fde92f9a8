package geoeval

import (
	"unicode/utf16"
	"unicode/utf8"
)

// Unit is what a file's offsets count.
type Unit int

// Offset units. The project's convention, and that of all three benchmark
// files, is code points.
const (
	UnitCodePoints Unit = iota
	UnitUTF16
	UnitBytes
)

// String names the unit.
func (u Unit) String() string {
	switch u {
	case UnitUTF16:
		return "UTF-16 units"
	case UnitBytes:
		return "UTF-8 bytes"
	}
	return "code points"
}

// MarshalText writes the unit's name, for JSON.
func (u Unit) MarshalText() ([]byte, error) { return []byte(u.String()), nil }

// RealignWindow is how far, in code points either side, a gold span whose
// phrase is not at its offsets is looked for. TR-News has 117 such spans in
// 18 articles, each shifted left by 1 to 10 code points from where the text
// holds the phrase (the text seems to have changed after annotation; the
// shift grows along the article and does not follow non-ASCII characters,
// so it is not an encoding effect). 32 covers them with room to spare and
// stays well under the distance between unrelated mentions of one name.
const RealignWindow = 32

// OffsetCheck reports how the gold offsets were read and how well they fit
// the text: every toponym is Matched (its phrase is at its offsets),
// Realigned (moved to the nearest occurrence of its phrase within
// [RealignWindow]) or Unaligned (flagged [Toponym.Misaligned] and left out).
type OffsetCheck struct {
	Unit      Unit `json:"unit"` // what the file's offsets count; spans are converted to code points
	Toponyms  int  `json:"toponyms"`
	Matched   int  `json:"matched"`
	Realigned int  `json:"realigned"`
	Unaligned int  `json:"unaligned"`
}

// align detects the unit, converts every span to code points and checks it.
func align(arts []Article) OffsetCheck {
	var c OffsetCheck
	c.Unit = detectUnit(arts)
	for i := range arts {
		a := &arts[i]
		runes := []rune(a.Text)
		conv := newConverter(c.Unit, a.Text)
		for j := range a.Gold {
			t := &a.Gold[j]
			c.Toponyms++
			t.Span = conv.span(t.Span)
			phrase := []rune(t.Text)
			switch {
			case at(runes, t.Span, phrase):
				c.Matched++
			case realign(runes, t, phrase):
				c.Realigned++
			default:
				t.Misaligned = true
				c.Unaligned++
			}
		}
	}
	return c
}

// detectUnit counts, for each unit, the gold phrases found at their raw
// offsets and picks the unit that fits most; ties go to code points.
func detectUnit(arts []Article) Unit {
	var hits [3]int
	for _, a := range arts {
		runes := []rune(a.Text)
		var units []uint16 // UTF-16 form, built only when a span could differ
		for _, t := range a.Gold {
			if at(runes, t.Span, []rune(t.Text)) {
				hits[UnitCodePoints]++
			}
			if t.Start >= 0 && t.Start <= t.End && t.End <= len(a.Text) && a.Text[t.Start:t.End] == t.Text {
				hits[UnitBytes]++
			}
			if units == nil {
				units = utf16.Encode(runes)
			}
			if t.Start >= 0 && t.Start <= t.End && t.End <= len(units) && string(utf16.Decode(units[t.Start:t.End])) == t.Text {
				hits[UnitUTF16]++
			}
		}
	}
	best := UnitCodePoints
	for _, u := range []Unit{UnitUTF16, UnitBytes} {
		if hits[u] > hits[best] {
			best = u
		}
	}
	return best
}

// converter maps offsets in some unit to code points; an offset that falls
// inside a character maps to -1, which no text matches.
type converter struct {
	toRune []int // nil for code points
}

func newConverter(u Unit, text string) converter {
	switch u {
	case UnitBytes:
		m := make([]int, len(text)+1)
		for i := range m {
			m[i] = -1
		}
		n := 0
		for i := range text { // i steps over the first byte of each rune
			m[i] = n
			n++
		}
		m[len(text)] = n
		return converter{m}
	case UnitUTF16:
		m := make([]int, 0, len(text)+1)
		n := 0
		for _, r := range text {
			m = append(m, n)
			if utf16.RuneLen(r) == 2 {
				m = append(m, -1) // the second half of a surrogate pair
			}
			n++
		}
		return converter{append(m, n)}
	}
	return converter{}
}

func (c converter) span(s Span) Span {
	if c.toRune == nil {
		return s
	}
	conv := func(o int) int {
		if o < 0 || o >= len(c.toRune) {
			return o // out of range either way; left as is so the check fails
		}
		return c.toRune[o]
	}
	return Span{conv(s.Start), conv(s.End)}
}

// at reports whether phrase is exactly at s in runes.
func at(runes []rune, s Span, phrase []rune) bool {
	if s.Start < 0 || s.End > len(runes) || s.Start > s.End || s.End-s.Start != len(phrase) {
		return false
	}
	for i, r := range phrase {
		if runes[s.Start+i] != r {
			return false
		}
	}
	return true
}

// realign moves t to the occurrence of phrase nearest its start within
// RealignWindow, reporting whether it found one. Spans far outside the text
// (GWN has a few negative offsets that point into the article title, which
// the file does not include) are not searched.
func realign(runes []rune, t *Toponym, phrase []rune) bool {
	if t.Start < -RealignWindow || t.Start > len(runes)+RealignWindow || len(phrase) == 0 {
		return false
	}
	best, bestDist := -1, RealignWindow+1
	lo := max(t.Start-RealignWindow, 0)
	hi := min(t.Start+RealignWindow, len(runes)-len(phrase))
	for s := lo; s <= hi; s++ {
		d := abs(s - t.Start)
		if d < bestDist && at(runes, Span{s, s + len(phrase)}, phrase) {
			best, bestDist = s, d
		}
	}
	if best < 0 {
		return false
	}
	t.Span = Span{best, best + len(phrase)}
	return true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// runeLen is the text's length in code points, the range spans must fall in.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
