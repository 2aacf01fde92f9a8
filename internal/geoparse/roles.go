package geoparse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Places named by their role: "the capital", "the country's largest
// city", "the Kazakh capital", "Nigeria's biggest city". Whose capital is
// said by the country word or demonym right before the role, else it is
// the country the text is about.

// roleKind is what a role phrase names.
type roleKind uint8

const (
	roleCapital roleKind = iota + 1
	roleLargest
)

// roleHeads are the phrases after the owner ("the", "the country's",
// "the Kazakh", "Nigeria's"), lower case.
var roleHeads = []struct {
	words string
	kind  roleKind
}{
	{"capital", roleCapital},
	{"largest city", roleLargest},
	{"biggest city", roleLargest},
	{"main city", roleLargest},
}

// genericOwners stand between "the" and the role without naming a country:
// "the country's capital", "the nation's largest city".
var genericOwners = []string{"country's", "country’s", "nation's", "nation’s", "national"}

// withRoles adds the places the text names by their role to ms, in text
// order.
func (p *Parser) withRoles(text string, ms []Mention, dems []found) []Mention {
	lower := ""
	for _, h := range roleHeads {
		if containsFold(text, h.words) {
			lower = strings.ToLower(text)
			break
		}
	}
	if lower == "" || len(lower) != len(text) {
		return ms // no role, or a text whose case changes its length
	}
	top := contextOfMentions(ms, dems).top
	var added []Mention
	for _, h := range roleHeads {
		for from := 0; ; {
			k := strings.Index(lower[from:], h.words)
			if k < 0 {
				break
			}
			at := from + k
			end := at + len(h.words)
			from = end
			if end < len(lower) && isWordByte(lower[end]) || at > 0 && isWordByte(lower[at-1]) {
				continue // "capitalism", "decapitalise"
			}
			// "the capital of Ohio" names its own region; "the capital
			// markets regulator" is no place.
			if after := strings.TrimLeft(lower[end:], " "); strings.HasPrefix(after, "of ") ||
				h.kind == roleCapital && len(after) > 0 && after[0] >= 'a' && after[0] <= 'z' && !strings.HasPrefix(after, "and ") &&
					!strings.HasPrefix(after, "on ") && !strings.HasPrefix(after, "in ") && !strings.HasPrefix(after, "at ") &&
					!strings.HasPrefix(after, "for ") && !strings.HasPrefix(after, "to ") && !strings.HasPrefix(after, "was ") &&
					!strings.HasPrefix(after, "is ") && !strings.HasPrefix(after, "where ") && !strings.HasPrefix(after, "city") {
				continue
			}
			start, cc, ok := p.roleOwner(text, lower, at, top)
			if !ok || overlapsAny(ms, start, end) {
				continue
			}
			var pl Place
			switch h.kind {
			case roleCapital:
				pl, ok = p.Capital(cc)
			case roleLargest:
				var c *gazetteer.Place
				if c, ok = p.g.LargestCity(cc); ok {
					pl = toPlace(gazetteer.Candidate{Kind: gazetteer.KindPlace, Place: c})
				}
			}
			if !ok {
				continue
			}
			added = append(added, Mention{ByteStart: start, ByteEnd: end, Text: text[start:end], Place: pl, Score: 1})
		}
	}
	if len(added) == 0 {
		return ms
	}
	slices.SortFunc(added, func(a, b Mention) int { return a.ByteStart - b.ByteStart })
	out := make([]Mention, 0, len(ms)+len(added))
	i, j := 0, 0
	for i < len(ms) || j < len(added) {
		if j == len(added) || i < len(ms) && ms[i].ByteStart < added[j].ByteStart {
			out = append(out, ms[i])
			i++
			continue
		}
		m := added[j]
		m.Start = utf8.RuneCountInString(text[:m.ByteStart])
		m.End = m.Start + utf8.RuneCountInString(m.Text)
		out = append(out, m)
		j++
	}
	return out
}

// roleOwner reads who owns the role phrase at byte at: "the" (the text's
// country), "the country's", "the Kazakh" (a demonym), "Nigeria's" (a
// country). It returns where the mention starts and the country.
func (p *Parser) roleOwner(text, lower string, at int, top string) (int, string, bool) {
	before := strings.TrimRight(lower[:at], " ")
	word := before[strings.LastIndexByte(before, ' ')+1:]
	wordAt := len(before) - len(word)
	switch {
	case word == "the":
		return wordAt, top, top != ""
	case slices.Contains(genericOwners, word):
		b2 := strings.TrimRight(before[:wordAt], " ")
		if strings.HasSuffix(b2, "the") && (len(b2) == 3 || !isWordByte(b2[len(b2)-4])) {
			return len(b2) - 3, top, top != ""
		}
		return 0, "", false
	}
	// "the Kazakh capital", "Nigeria's biggest city": the word names a
	// country (as written, capitalised).
	name := strings.TrimSuffix(strings.TrimSuffix(text[wordAt:len(before)], "'s"), "’s")
	if name == "" {
		return 0, "", false
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) {
		return 0, "", false
	}
	cands := p.g.Lookup(name)
	for _, c := range cands {
		// "Atlanta is Georgia's largest city": in a text about another
		// country, a name that is also one of its regions is the region.
		if c.Kind == gazetteer.KindRegion && top != "" && c.CountryCode() == top {
			return 0, "", false
		}
	}
	for _, c := range cands {
		if c.Kind == gazetteer.KindCountry {
			if !c.Demonym {
				// "Nigeria's biggest city": the country is a mention of
				// its own; the role is the words after it.
				return at, c.Country.Code, true
			}
			start := wordAt
			if b2 := strings.TrimRight(before[:wordAt], " "); strings.HasSuffix(b2, "the") && (len(b2) == 3 || !isWordByte(b2[len(b2)-4])) {
				start = len(b2) - 3
			}
			return start, c.Country.Code, true
		}
	}
	return 0, "", false
}

func isWordByte(c byte) bool { return isLetterByte(c) || c >= '0' && c <= '9' }

// containsFold reports whether s holds the ASCII lower-case word w in any
// case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if (s[i]|0x20) == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// overlapsAny reports whether a mention of ms overlaps [bs, be).
func overlapsAny(ms []Mention, bs, be int) bool {
	_, ok := overlapping(ms, bs, be)
	return ok
}
