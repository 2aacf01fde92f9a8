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
	c.runes += utf8.RuneCountInString(c.text[c.at:b])
	c.at = b
	return c.runes
}

// locate sets each evidence's Start and End: the sentence's place in the
// report's input, in Unicode characters, when the passage its post was
// read from holds it verbatim (plain text); else the passage itself
// (markup, where the post's text was rebuilt from elements).
func locate(r *report.Report, cur *runeCursor, post report.Post, evs []Event) {
	if len(evs) == 0 {
		return
	}
	ps, pe := post.Start, post.End
	if ps < 0 || pe > len(r.Input) || ps > pe {
		ps, pe = 0, 0
	}
	passage := r.Input[ps:pe]
	base := cur.count(ps)
	whole := [2]int{base, base + utf8.RuneCountInString(passage)}
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
			if k := strings.Index(passage, ev.Text); k >= 0 && ev.Text != "" {
				ev.Start = base + pc.count(k)
				ev.End = ev.Start + utf8.RuneCountInString(ev.Text)
				continue
			}
			ev.Start, ev.End = whole[0], whole[1]
		}
	}
}
