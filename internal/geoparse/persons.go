package geoparse

import "github.com/unrest-project/unrest/internal/gazetteer"

// People's names that are also places' names. A town's name after a
// given name is a surname ("John Bolton", "Andrew Jordan", "Larry
// Grayson" at a sentence's start), and a given name before a surname is
// the person's, however big the city that shares it ("Charlotte Smith",
// "Victoria Rowell", "Eugene Tian"). A text that writes a person's full
// name goes on with the surname alone ("Bolton said"): recognise drops
// those too (personStrong).

// personWeak and personStrong say how sure a text is that a word is a
// person's name: weak from the context of one use ("Kelly said"), strong
// from a given name before it.
const (
	personWeak   = 1
	personStrong = 2
)

// surnameAfterGiven reports whether the one-word name f follows a given
// name on its line, so that it is a surname. A city named before its
// state ("Austin Texas", "Tyler Texas") is no given name: where f can
// name a region or a country, a given name that is also a town of some
// size does not count.
func (p *Parser) surnameAfterGiven(text string, toks []token, f found, memo *spanMemo) bool {
	k := f.first - 1
	if f.words != 1 || k < 0 {
		return false
	}
	// "Gino D. Bassett": past a middle initial.
	if k >= 2 && toks[k].kind == tokPunct && text[toks[k].start:toks[k].end] == "." && toks[k-1].kind == tokWord &&
		toks[k-1].end-toks[k-1].start == 1 && toks[k-1].upper && toks[k-1].end == toks[k].start && k-2 >= 0 &&
		adjacent(text, toks, k-2, k-1) {
		k -= 2
	} else if toks[k].kind != tokWord || !toks[k].upper || toks[k].allCaps || !adjacent(text, toks, k, f.first) {
		return false
	}
	if toks[k].kind != tokWord || !toks[k].upper || toks[k].allCaps {
		return false
	}
	if memo.classes(text, toks[k])&lexGiven == 0 {
		return false
	}
	// "Melton Lewis Paris, 51, was found": an age after the name.
	if !hasBigKind(f.cands) || ageAfter(text, toks, f.last) {
		return true
	}
	return p.onlyTownsUnder(text, toks[k], memo, 20000)
}

// ageAfter reports whether a person's age follows token last as news
// writes it: ", 51," or ", 51)".
func ageAfter(text string, toks []token, last int) bool {
	if last+3 >= len(toks) || text[toks[last].end:toks[last+1].end] != "," || toks[last+2].kind != tokNumber {
		return false
	}
	n := toks[last+2]
	if text[toks[last+1].end:n.start] != " " || n.end-n.start > 3 || n.end != toks[last+3].start {
		return false
	}
	switch text[toks[last+3].start:toks[last+3].end] {
	case ",", ")":
		return true
	}
	return false
}

// onlyTownsUnder reports whether the word t names no place, or only
// towns of fewer than pop people.
func (p *Parser) onlyTownsUnder(text string, t token, memo *spanMemo, pop int) bool {
	f := memo.facts(p.g, text[t.start:t.end])
	if f.n == 0 {
		return true
	}
	for _, c := range f.entry(p).all.cands {
		if c.Kind != gazetteer.KindPlace || c.Place.Population >= pop {
			return false
		}
	}
	return true
}

// listedWords are the classes of words that are no surname: "Police",
// "Street", "Minister", "March", "Said" (see lexicon.go).
const listedWords = lexFollower | lexPremise | lexMonth | lexCommon | lexRegion | lexDivision | lexSaying | lexTitle |
	lexPreceder | lexConnector | lexParticle

// givenBeforeSurname reports whether the one-word name f is a given name
// followed on its line by a surname: a known name, or, where f names only
// towns, a capitalised word that names no place and is no word of the
// lists (not "Police", "Street", "Minister"). A third capitalised word
// after them makes a headline's capitals, not a name ("Victoria
// Protesters Clash"), unless the second is a known name.
func (p *Parser) givenBeforeSurname(text string, toks []token, f found, memo *spanMemo) bool {
	n := f.last + 1
	if f.words != 1 || n >= len(toks) || toks[n].kind != tokWord || !toks[n].upper || toks[n].allCaps || !adjacent(text, toks, f.last, n) {
		return false
	}
	given := memo.classes(text, toks[f.first])&lexGiven != 0
	if !given {
		if _, ok := lowerIn(placeFirstNames, text[toks[f.first].start:toks[f.first].end]); !ok {
			return false
		}
	}
	cls := memo.classes(text, toks[n])
	if given && (cls&lexPerson != 0 || cls&lexSurname != 0 || ageAfter(text, toks, n)) {
		return true // (an age after the two: "Mary Houston, 44,")
	}
	// A country's or a big city's name is a given name only where the
	// words around say a person: "said Georgia Martins", "Israel
	// Vázquez, a spokesman".
	if !given || hasKind(f.cands, gazetteer.KindCountry) {
		return cls&listedWords == 0 && p.onlyTownsUnder(text, toks[n], memo, 10000) &&
			(personAround(text, toks, f.first, n, memo) || !hasKind(f.cands, gazetteer.KindCountry) &&
				!hasKind(f.cands, gazetteer.KindRegion) && p.twoSurnames(text, toks, f.first, n, memo))
	}
	if cls&listedWords != 0 {
		return false
	}
	if nn := n + 1; nn < len(toks) && toks[nn].kind == tokWord && toks[nn].upper && adjacent(text, toks, n, nn) {
		return false
	}
	// A surname that some village bears ("Mary Pitman") still is one: the
	// word may name nothing bigger.
	return p.onlyTownsUnder(text, toks[n], memo, 10000)
}

// twoSurnames reports whether the given name at token g and the word at
// s are followed by a second surname in running prose: "the death of
// Orlando Zapata Tamayo after". The word before them and the one after
// are in small letters (a headline's capitals are no name), and the
// second surname, like the first (checked by the caller), names no place
// of size and is no word of the lists. The caller asks it for a city's
// name only: a country's or a region's opens firms' names as often
// ("Georgia Modular Systems").
func (p *Parser) twoSurnames(text string, toks []token, g, s int, memo *spanMemo) bool {
	s2 := s + 1
	if g == 0 || s2 >= len(toks) || !adjacent(text, toks, s, s2) || toks[s2].kind != tokWord || !toks[s2].upper || toks[s2].allCaps {
		return false
	}
	if b := toks[g-1]; b.kind != tokWord || b.upper {
		return false
	}
	if a := s2 + 1; a < len(toks) && toks[a].kind == tokWord && toks[a].upper {
		return false
	}
	for _, j := range [2]int{s, s2} {
		if _, head := lowerIn(featureHeads, text[toks[j].start:toks[j].end]); head {
			return false
		}
	}
	return memo.classes(text, toks[s2])&listedWords == 0 && p.onlyTownsUnder(text, toks[s2], memo, 10000)
}

// givenBySurname marks as a person's given name a place's name that is
// also a given name (placeFirstNames) where the capitalised word after it
// is a surname the text gives a person elsewhere, after a given name of
// the lists or in a name of two words after a verb of saying:
// "Nine-year-old Georgia Stevens ... said Cory Stevens, Georgia's
// father" is a girl, everywhere in the text. It looks only when such a
// name was found.
func (p *Parser) givenBySurname(text string, toks []token, caps []int32, mentions []found, people map[string]int8, memo *spanMemo) {
	// The place's names with the capitalised word after each: the
	// surnames to look for.
	type pair struct {
		key, next string
	}
	var pbuf [4]pair
	pairs := pbuf[:0]
	for _, f := range mentions {
		if f.words != 1 || f.last+1 >= len(toks) || people[f.key] == personStrong {
			continue
		}
		n := toks[f.last+1]
		if n.kind != tokWord || !n.upper || n.allCaps || !adjacent(text, toks, f.last, f.last+1) {
			continue
		}
		if _, ok := lowerIn(placeFirstNames, text[toks[f.first].start:toks[f.first].end]); ok {
			pairs = append(pairs, pair{f.key, text[n.start:n.end]})
		}
	}
	if len(pairs) == 0 {
		return
	}
	// Each such word elsewhere, after a given name of the lists, or in a
	// name of two words after a verb of saying ("said Cory Stevens").
	for _, c := range caps {
		i := int(c)
		if i < 1 {
			continue
		}
		t := toks[i]
		w := text[t.start:t.end]
		for _, pr := range pairs {
			if pr.next != w || people[pr.key] == personStrong {
				continue
			}
			g := toks[i-1]
			if t.allCaps || g.kind != tokWord || !g.upper || g.allCaps || !adjacent(text, toks, i-1, i) {
				continue
			}
			said := i > 1 && toks[i-2].kind == tokWord && adjacent(text, toks, i-2, i-1) && memo.classes(text, toks[i-2])&lexSaying != 0
			if (said || memo.classes(text, g)&lexGiven != 0) && memo.classes(text, t)&lexGiven == 0 {
				people[pr.key] = personStrong
			}
		}
	}
}

// placeFirstNames are given names that are first of all the names of
// countries or big cities (Georgia, Israel, Orlando, Sydney): before an
// unknown capitalised word they stay the place ("Dallas Cowboys", "Israel
// Katz" aside) unless the words around make a person (personAround).
var placeFirstNames = set("georgia", "florence", "israel", "orlando", "aurora", "savannah", "regina",
	"adelaide", "sydney", "chelsea", "paris", "india", "dallas", "lorraine", "kenya", "sierra", "asia")

// personAround reports whether the words around a given name at token g
// and a surname at token s say a person: a verb of saying before them
// ("said Georgia Martins") or right after ("Aurora Mejía said"), or an
// apposition after them ("Israel Vázquez, a spokesman", ", who").
func personAround(text string, toks []token, g, s int, memo *spanMemo) bool {
	if k := g - 1; k >= 0 && toks[k].kind == tokWord && adjacent(text, toks, k, g) && memo.classes(text, toks[k])&lexSaying != 0 {
		return true
	}
	j := s + 1
	if j >= len(toks) {
		return false
	}
	if toks[j].kind == tokWord && adjacent(text, toks, s, j) {
		return memo.classes(text, toks[j])&lexSaying != 0
	}
	if toks[j].kind != tokPunct || text[toks[j].start:toks[j].end] != "," || j+1 >= len(toks) || toks[j+1].kind != tokWord {
		return false
	}
	switch text[toks[j+1].start:toks[j+1].end] {
	case "a", "an", "the", "who", "whose":
		return true
	}
	return false
}

// hasKind reports whether cands include one of kind k.
func hasKind(cands []gazetteer.Candidate, k gazetteer.Kind) bool {
	for _, c := range cands {
		if c.Kind == k {
			return true
		}
	}
	return false
}

// hasBigKind reports whether cands include a region or a country.
func hasBigKind(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Kind != gazetteer.KindPlace {
			return true
		}
	}
	return false
}

// placeWords are the prepositions before a name that make it a place even
// where the text uses the word as a person's name elsewhere ("John Bolton
// ... the rally in Bolton").
var placeWords = set("in", "at", "near", "outside", "inside", "across", "around", "throughout", "into", "toward", "towards", "within")

// placeWordBefore reports whether one of placeWords (or it and "the")
// stands before token i.
func placeWordBefore(text string, toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].kind == tokWord && text[toks[k].start:toks[k].end] == "the" {
		k--
	}
	if k < 0 || toks[k].kind != tokWord {
		return false
	}
	_, ok := lowerIn(placeWords, text[toks[k].start:toks[k].end])
	return ok
}
