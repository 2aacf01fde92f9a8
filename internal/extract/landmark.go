package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/geoparse"
	"github.com/unrest-project/unrest/internal/report"
)

// Reports name where in a town things happen by its landmarks: "crowds
// gathered at the Fourth Circle in Amman", then "troops were deployed
// around the Fourth Circle". The gazetteer knows towns, not their squares
// and streets; a report that once says which town a landmark is in says
// it for the rest of the report.

// landmarkHeads are the words that make a run of capitalised words a
// landmark inside a town: last in English ("Tahrir Square", "Chui
// Avenue"), first in Romance languages ("Avenida Rio Branco", "Place de
// la Bastille").
var landmarkHeads = map[string]bool{"square": true, "avenue": true, "street": true, "boulevard": true,
	"bridge": true, "circle": true, "roundabout": true, "road": true, "park": true, "plaza": true, "maidan": true,
	"stadium": true, "gate": true, "gates": true, "market": true, "campus": true, "embankment": true, "prospekt": true,
	"avenida": true, "rua": true, "praça": true, "praca": true, "calle": true, "place": true, "rue": true,
	"piazza": true, "plein": true, "ulitsa": true, "meydanı": true, "meydani": true}

// maxLandmarkWords is the most words a landmark's name runs to.
const maxLandmarkWords = 5

// landmarks maps a landmark's lower-case name to the town a report put
// it in.
type landmarks map[string]geoparse.Place

// learn records each "<Landmark> in <Town>" of a text: the landmark is
// the run of capitalised words right before " in ", headed by one of
// landmarkHeads, and the town a mention of a city right after it.
func (lm *landmarks) learn(text string, ms []geoparse.Mention) {
	for _, m := range ms {
		if m.Place.Precision != geoparse.City || m.ByteStart > len(text) {
			continue
		}
		before, ok := strings.CutSuffix(text[:m.ByteStart], " in ")
		if !ok {
			continue
		}
		name := landmarkBefore(before)
		if name == "" {
			continue
		}
		if *lm == nil {
			*lm = landmarks{}
		}
		if _, seen := (*lm)[name]; !seen {
			(*lm)[name] = m.Place
		}
	}
}

// landmarkBefore returns the lower-cased landmark text ends with, or "".
func landmarkBefore(text string) string {
	end := len(text)
	start := end
	words := 0
	for words < maxLandmarkWords {
		i := strings.LastIndexByte(text[:start], ' ') + 1
		w := text[i:start]
		if w == "" || !capitalised(w) {
			break
		}
		start, words = i, words+1
		if i == 0 {
			break
		}
		start = i - 1 // before the space
	}
	if words < 2 {
		return "" // a head alone ("Square") names no landmark
	}
	run := strings.TrimLeft(text[start:end], " ")
	fields := strings.Fields(run)
	first, last := strings.ToLower(fields[0]), strings.ToLower(fields[len(fields)-1])
	if !landmarkHeads[last] && !landmarkHeads[first] {
		return ""
	}
	return strings.ToLower(run)
}

// capitalised reports whether a word begins with a capital letter and
// holds only letters, digits, hyphens and apostrophes.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// find returns the town of a landmark a lower-cased sentence names.
func (lm landmarks) find(lower string) (geoparse.Place, bool) {
	for name, p := range lm {
		if k := indexWord(lower, name); k >= 0 {
			return p, true
		}
	}
	return geoparse.Place{}, false
}

// landmarkNamed reports whether a mention's words are a landmark's name
// ("Victoria Park", "Harcourt Road"): two or more words, headed by one of
// landmarkHeads.
func landmarkNamed(text string) bool {
	if isASCII(text) {
		// As below, without splitting and lower-casing copies: the
		// first word ends at the first space, the last begins after the
		// last one.
		first, last := -1, -1
		for i := 0; i < len(text); i++ {
			if asciiSpace(text[i]) {
				continue
			}
			if first < 0 {
				first = i
			}
			last = i
		}
		if first < 0 {
			return false // no word
		}
		t := text[first : last+1]
		i, j := 0, len(t)
		for i < len(t) && !asciiSpace(t[i]) {
			i++
		}
		if i == len(t) {
			return false // one word
		}
		for !asciiSpace(t[j-1]) {
			j--
		}
		return inLower(landmarkHeads, t[j:]) || inLower(landmarkHeads, t[:i])
	}
	fields := strings.Fields(text)
	if len(fields) < 2 {
		return false
	}
	return landmarkHeads[strings.ToLower(fields[len(fields)-1])] || landmarkHeads[strings.ToLower(fields[0])]
}

// asciiSpace reports whether c is an ASCII space (unicode.IsSpace).
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// dropForeignLandmarks removes, from the mentions of each post, the
// towns named like a landmark ("Victoria Park" in a Hong Kong live blog,
// a suburb of Perth to the gazetteer) that lie outside the country the
// report's other places are in: there the words name the park, not the
// town. The slices are changed in place.
func dropForeignLandmarks(posts []report.Post, mentions [][]geoparse.Mention) {
	any := false
	for _, ms := range mentions {
		for _, m := range ms {
			if m.Place.Precision == geoparse.City && landmarkNamed(m.Text) {
				any = true
			}
		}
	}
	if !any {
		return
	}
	// The report's country by its other places.
	others := make([][]geoparse.Mention, len(mentions))
	for pi, ms := range mentions {
		for _, m := range ms {
			if !landmarkNamed(m.Text) {
				others[pi] = append(others[pi], m)
			}
		}
	}
	home := reportHomeCountry(posts, others)
	if home == "" {
		return
	}
	for pi, ms := range mentions {
		kept := ms[:0]
		for _, m := range ms {
			if m.Place.Precision == geoparse.City && m.Place.Country != home && landmarkNamed(m.Text) {
				continue
			}
			kept = append(kept, m)
		}
		mentions[pi] = kept
	}
}

// foreignTownMax is the most people of a town abroad that
// dropForeignVillages drops: places abroad that reports name without
// their country are cities the reader knows.
const foreignTownMax = 50000

// dropForeignVillages drops, from a report about one country, the
// mentions of villages and small towns abroad (under foreignTownMax
// people) whose country nothing else in the report names, however often
// the place is named: a nickname or a local name the gazetteer lacks,
// taken for a namesake ("Baba", Raila Odinga's, is a Romanian village;
// Mombasa's Buxton estate is no town in Maine). Each post is read alone
// by the geoparser, which cannot see the report's country.
func dropForeignVillages(posts []report.Post, mentions [][]geoparse.Mention) {
	home := reportHomeCountry(posts, mentions)
	if home == "" {
		return
	}
	// What names a country abroad for the rule: the country, a region of
	// it, a city of it that is no small town (two Mexican hamlets taken
	// for "La Fortaleza" and "Las Américas" in San Juan do not place a
	// Puerto Rican report in Mexico).
	n := map[string]int{}
	for pi, ms := range mentions {
		if posts[pi].Quote {
			continue
		}
		for _, m := range ms {
			if p := m.Place; p.Country != "" && (p.Precision != geoparse.City || p.Population >= foreignTownMax) {
				n[p.Country]++
			}
		}
	}
	for pi, ms := range mentions {
		kept := ms[:0]
		for _, m := range ms {
			if p := m.Place; p.Precision == geoparse.City && p.Country != home && p.Population < foreignTownMax && n[p.Country] == 0 {
				continue
			}
			kept = append(kept, m)
		}
		mentions[pi] = kept
	}
}

// landmarkTowns reads each square or street the geoparser knows by name
// ("Mong Kok", "Tahrir Square") as its town, where it placed it in one,
// and drops the others. The slice is changed in place.
func landmarkTowns(ms []geoparse.Mention) []geoparse.Mention {
	kept := ms[:0]
	for _, m := range ms {
		if m.Landmark {
			if m.Place.ID == 0 {
				continue
			}
			m.Place.Precision = geoparse.City
		}
		kept = append(kept, m)
	}
	return kept
}
