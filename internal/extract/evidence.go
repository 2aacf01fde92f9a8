package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/report"
)

// runeCursor counts the Unicode characters of a text up to a byte offset,
// going on from where it last stopped when asked about a later offset
// (posts come in text order), so that placing the evidence of a whole
// report reads its input about once.
type runeCursor struct {
	text  string
	at    int // a byte offset into text
	runes int // the characters before at
}

// count returns the characters of text before byte offset b.
func (c *runeCursor) count(b int) int {
	if b < c.at {
		c.at, c.runes = 0, 0
	}
	c.runes += runeCount(c.text[c.at:b])
	c.at = b
	return c.runes
}

// locate sets each evidence's Start and End: the sentence's place in the
// report's input, in Unicode characters, when the passage its post was
// read from holds it verbatim (plain text); else the passage itself
// (markup, where the post's text was rebuilt from elements). The
// sentence of evs[i] begins at byte starts[i] of the post's text.
func locate(r *report.Report, cur *runeCursor, post report.Post, evs []Event, starts []int) {
	if len(evs) == 0 {
		return
	}
	ps, pe := post.Start, post.End
	if ps < 0 || pe > len(r.Input) || ps > pe {
		ps, pe = 0, 0
	}
	passage := r.Input[ps:pe]
	// Where the passage is the post's text, a sentence stands at its own
	// place: the first place it stands is no later, and the search for it
	// stops there.
	verbatim := passage == post.Text
	base := cur.count(ps)
	whole := [2]int{-1, -1} // the passage's span, counted when first needed
	// Characters are counted on from the last sentence placed, and a
	// sentence that tells several events is placed once.
	pc := runeCursor{text: passage}
	var last *Evidence
	for i := range evs {
		for j := range evs[i].Evidence {
			ev := &evs[i].Evidence[j]
			if last != nil && ev.Text == last.Text {
				ev.Start, ev.End = last.Start, last.End
				continue
			}
			last = ev
			search := passage
			if verbatim && j == 0 {
				search = passage[:min(len(passage), starts[i]+len(ev.Text))]
			}
			if k := strings.Index(search, ev.Text); k >= 0 && ev.Text != "" {
				ev.Start = base + pc.count(k)
				ev.End = ev.Start + runeCount(ev.Text)
				continue
			}
			if whole[0] < 0 {
				whole = [2]int{base, base + runeCount(passage)}
			}
			ev.Start, ev.End = whole[0], whole[1]
		}
	}
}

// load8 reads the first eight bytes of s, little-endian, in one load.
func load8(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// runeCount is utf8.RuneCountInString(s), reading the ASCII text it
// begins with eight bytes at a time.
func runeCount(s string) int {
	n := 0
	for len(s) >= 8 {
		if load8(s)&0x8080808080808080 != 0 {
			break // a character of more than one byte: counted below
		}
		n, s = n+8, s[8:]
	}
	return n + utf8.RuneCountInString(s)
}
