package geoparse

import (
	"slices"
	"strings"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// pluralDivisions end a list of counties or parishes written with the
// generic word once, in small letters: "Geauga and Medina counties",
// "Douglas, Lancaster and Sarpy counties". The singular is the word the
// second-level table names them with.
var pluralDivisions = map[string]string{"counties": "county", "parishes": "parish", "boroughs": "borough"}

// countyLists finds the lists of counties that end in a plural division
// word and returns mentions with every member read as its division,
// those members replacing what the scan made of them ("Medina" is no
// Saudi city there).
func (p *Parser) countyLists(text string, toks []token, caps []int32, mentions []found) []found {
	if p.d == nil {
		return mentions
	}
	// The plural follows a capitalised word: only the words after those
	// are looked at.
	for _, c := range caps {
		k := int(c) + 1
		if k >= len(toks) {
			break
		}
		t := toks[k]
		// "counties", "parishes", "boroughs": eight letters, c, p or b.
		if t.kind != tokWord || t.upper || t.end-t.start != 8 || text[t.start] != 'c' && text[t.start] != 'p' && text[t.start] != 'b' {
			continue
		}
		singular, ok := pluralDivisions[text[t.start:t.end]]
		if !ok {
			continue
		}
		var members []found
		// Walk back over "Name, Name and Name".
		end := k - 1
		for end >= 0 && toks[end].kind == tokWord && toks[end].upper {
			start := end
			if start > 0 && toks[start-1].kind == tokWord && toks[start-1].upper && adjacent(text, toks, start-1, start) {
				start-- // two-word names: "St. Clair", "Van Buren"
			}
			name := text[toks[start].start:toks[end].end]
			divs := p.d.Lookup(name + " " + singular)
			if len(divs) == 0 && start < end {
				start = end
				name = text[toks[start].start:toks[end].end]
				divs = p.d.Lookup(name + " " + singular)
			}
			if len(divs) == 0 {
				break
			}
			members = append(members, found{first: start, last: end, key: strings.ToLower(name) + " " + singular,
				words: end - start + 1, divs: divs})
			// The separator before: ",", "and", "or", ", and".
			j := start - 1
			if j >= 0 && toks[j].kind == tokWord && (text[toks[j].start:toks[j].end] == "and" || text[toks[j].start:toks[j].end] == "or") {
				j--
			}
			if j >= 0 && toks[j].kind == tokPunct && text[toks[j].start:toks[j].end] == "," {
				j--
			}
			if j == start-1 {
				break // no separator: the list is over
			}
			end = j
		}
		if len(members) < 2 {
			continue // one county: the scan reads "Medina county" itself
		}
		// The counties of a list lie in one state: the one that holds
		// most of them ("Dakota, Otoe and Washington counties" are
		// Nebraska's).
		states := map[string]int{}
		for _, m := range members {
			seen := map[string]bool{}
			for _, d := range m.divs {
				if !seen[d.Admin1] {
					seen[d.Admin1] = true
					states[d.Admin1]++
				}
			}
		}
		top, n := "", 0
		for st, c := range states {
			if c > n || c == n && st < top {
				top, n = st, c
			}
		}
		if n >= 2 {
			for i := range members {
				var in []*gazetteer.Division
				for _, d := range members[i].divs {
					if d.Admin1 == top {
						in = append(in, d)
					}
				}
				if len(in) > 0 {
					members[i].divs = in
				}
			}
		}
		first, last := members[len(members)-1].first, members[0].last
		kept := mentions[:0:0]
		for _, m := range mentions {
			if m.last < first || m.first > last {
				kept = append(kept, m)
			}
		}
		for _, m := range members {
			kept = append(kept, m)
		}
		slices.SortFunc(kept, func(a, b found) int { return a.first - b.first })
		mentions = kept
	}
	return mentions
}
