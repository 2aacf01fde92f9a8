package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/report"
)

// locate sets each evidence's Start and End: the sentence's place in the
// report's input, in Unicode characters, when the passage its post was
// read from holds it verbatim (plain text); else the passage itself
// (markup, where the post's text was rebuilt from elements).
func locate(r *report.Report, post report.Post, evs []Event) {
	if len(evs) == 0 {
		return
	}
	ps, pe := post.Start, post.End
	if ps < 0 || pe > len(r.Input) || ps > pe {
		ps, pe = 0, 0
	}
	passage := r.Input[ps:pe]
	base := utf8.RuneCountInString(r.Input[:ps])
	whole := [2]int{base, base + utf8.RuneCountInString(passage)}
	for i := range evs {
		for j := range evs[i].Evidence {
			ev := &evs[i].Evidence[j]
			if k := strings.Index(passage, ev.Text); k >= 0 && ev.Text != "" {
				ev.Start = base + utf8.RuneCountInString(passage[:k])
				ev.End = ev.Start + utf8.RuneCountInString(ev.Text)
				continue
			}
			ev.Start, ev.End = whole[0], whole[1]
		}
	}
}
