package geoparse

import (
	"slices"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Short forms of big cities that writers use in capitals: "updates from
// KL", "rallies across NYC". Words in capitals are otherwise read as
// acronyms of organisations (NATO, CSTO); these few are read as the city
// everyone means, by GeoNames id. The list is general knowledge, kept
// short: only forms that name nothing else in news.
var shortForms = map[string]int{
	"KL":   1735161, // Kuala Lumpur
	"NYC":  5128581, // New York City
	"CDMX": 3530597, // Mexico City
}

// withShortForms adds the mentions of shortForms to ms, in text order.
func (p *Parser) withShortForms(text string, toks []token, caps []int32, ms []Mention) []Mention {
	var added []Mention
	for _, c := range caps { // the capitalised words: capitals are among them
		t := toks[c]
		if !t.allCaps || t.end-t.start > 4 {
			continue
		}
		id, ok := shortForms[text[t.start:t.end]]
		if !ok || overlapsAny(ms, t.start, t.end) {
			continue
		}
		pl, ok := p.g.Place(id)
		if !ok {
			continue
		}
		start := utf8.RuneCountInString(text[:t.start])
		added = append(added, Mention{Start: start, End: start + t.end - t.start, ByteStart: t.start, ByteEnd: t.end,
			Text: text[t.start:t.end], Place: toPlace(gazetteer.Candidate{Kind: gazetteer.KindPlace, Place: pl}), Score: 1})
	}
	if len(added) == 0 {
		return ms
	}
	out := make([]Mention, 0, len(ms)+len(added))
	out = append(append(out, ms...), added...)
	slices.SortStableFunc(out, func(a, b Mention) int { return a.ByteStart - b.ByteStart })
	return out
}

// withCapitalDistrict joins "Washington, D.C." into one mention of the
// city: the district after the comma is part of the city's name, not a
// region told beside it.
func withCapitalDistrict(text string, ms []Mention) []Mention {
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.Place.Precision != City || a.Place.Admin1 != "US.DC" || b.Place.Precision != Admin1 || b.Place.Admin1 != "US.DC" {
			continue
		}
		if gap := text[a.ByteEnd:b.ByteStart]; gap != ", " && gap != " " {
			continue
		}
		a.ByteEnd, a.End, a.Text = b.ByteEnd, b.End, text[a.ByteStart:b.ByteEnd]
		out := make([]Mention, 0, len(ms)-1)
		out = append(append(append(out, ms[:i]...), a), ms[i+2:]...)
		ms = out
	}
	return ms
}
