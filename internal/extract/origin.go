package extract

import (
	"strings"

	"github.com/unrest-project/unrest/internal/geoparse"
)

// People's origins. "A crowd, many of them people from the neighbouring
// island of Malaita, gathered outside parliament" tells where the crowd
// came from, not where it gathered: the place after "from" that follows
// a word for people is no place of the sentence's events, when the text
// has another to give (in the sentence, or in focus before it). So is a
// place a report came through ("via colleagues in Tashkent").

// originPeople are the words for people whose origin "from" gives.
var originPeople = map[string]bool{
	"people": true, "residents": true, "workers": true, "migrants": true, "protesters": true,
	"demonstrators": true, "youths": true, "men": true, "women": true, "supporters": true, "students": true,
	"farmers": true, "villagers": true, "miners": true, "families": true, "refugees": true, "settlers": true,
	"labourers": true, "laborers": true, "delegates": true, "delegations": true, "activists": true,
	"teachers": true, "fans": true, "pilgrims": true, "tribesmen": true, "fighters": true, "volunteers": true,
}

// withoutOrigins drops from a sentence's mentions the places that are
// people's origins, when other places remain or focus is true (the text
// has a place in focus already). text is the sentence; mentions count
// their offsets from start.
func withoutOrigins(text string, start int, ms []geoparse.Mention, focus bool) []geoparse.Mention {
	n := 0
	for _, m := range ms {
		if origin(text, m.ByteStart-start, m.ByteEnd-start) {
			n++
		}
	}
	if n == 0 || n == len(ms) && !focus {
		return ms
	}
	out := make([]geoparse.Mention, 0, len(ms)-n)
	for _, m := range ms {
		if !origin(text, m.ByteStart-start, m.ByteEnd-start) {
			out = append(out, m)
		}
	}
	return out
}

// origin reports whether the name at byte at of text follows "people
// from" ("workers from Mangystau", "people from the neighbouring island
// of Malaita"): only small-letter words may stand between "from" and
// the name, five at most. A name that begins a longer one ("workers
// from the Minsk Tractor Works") names a workplace in the town, not
// where the people came from. So is a name after "born in" or "raised
// in": a person's birthplace; and one opening the sentence as its
// speaker ("Morton County says"): the authority the news comes from.
func origin(text string, at, end int) bool {
	if at < 0 || at > len(text) || end > len(text) || at >= end {
		return false
	}
	if indicWord(text[at:end]) {
		return indicOrigin(text, end)
	}
	if at == 0 {
		// "Morton County says 28 people have been arrested": a place
		// that speaks is an authority, the source of the news.
		return speaks(text[end:])
	}
	// So is one opening a clause: "..., and Madrid has sent extra riot
	// units".
	if b := strings.TrimRight(text[:at], " "); strings.HasSuffix(b, " and") || strings.HasSuffix(b, " but") ||
		strings.HasSuffix(b, ";") {
		if speaks(text[end:]) {
			return true
		}
	}
	if rest := text[end:]; len(rest) > 1 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z' {
		return false
	}
	before := strings.TrimRight(text[:at], " ")
	for range 6 {
		sp := strings.LastIndexByte(before, ' ')
		w := before[sp+1:]
		if w == "from" {
			prev := strings.TrimRight(before[:max(sp, 0)], " ")
			return originPeople[prev[strings.LastIndexByte(prev, ' ')+1:]]
		}
		if w == "via" {
			return true // "this comes to you by landline via colleagues in Tashkent": a relay
		}
		if w == "in" {
			// "the suspect had been born in Cardiff", "raised in
			// Leeds": where a person comes from.
			prev := strings.TrimRight(before[:max(sp, 0)], " ")
			p := prev[strings.LastIndexByte(prev, ' ')+1:]
			if p == "born" || p == "raised" {
				return true
			}
		}
		if w == "" || !isLowerWord(w) || sp < 0 {
			return false
		}
		before = strings.TrimRight(before[:sp], " ")
	}
	return false
}

// speaks reports whether the words after a place opening a sentence
// make it the sentence's speaker ("says", "said", "reported") or a
// government acting from afar ("Madrid has sent", "ordered").
func speaks(rest string) bool {
	w, after, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if w == "has" || w == "have" || w == "had" {
		w, _, _ = strings.Cut(after, " ")
	}
	switch w {
	case "says", "said", "reports", "reported", "announced", "announces", "claims", "claimed", "confirmed", "confirms",
		// "Madrid has sent extra riot units": a capital for its
		// government, acting from afar.
		"sent", "sends", "ordered", "orders", "dispatched", "dispatches":
		return true
	}
	return false
}

// isLowerWord reports whether w is letters in small ASCII letters.
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLowerLetter(w[i]) {
			return false
		}
	}
	return true
}

// indicOrigin reports whether the Devanagari or Bengali name ending at
// byte end of text says where people or forces came from: an ablative
// joined to it ("काठमाडौंबाट", from Kathmandu; Marathi "मुंबईहून") or
// written after it ("दिल्ली से", "ঢাকা থেকে") with a verb of coming or
// sending after that, within three words ("दिल्ली से आए", came from
// Delhi; "ঢাকা থেকে পাঠানো", sent from Dhaka).
func indicOrigin(text string, end int) bool {
	name := text[:end]
	if strings.HasSuffix(name, "बाट") || strings.HasSuffix(name, "हून") {
		return true
	}
	words := strings.Fields(text[end:min(len(text), end+120)])
	if len(words) < 2 || words[0] != "से" && words[0] != "থেকে" {
		return false
	}
	for _, w := range words[1:min(len(words), 4)] {
		for _, v := range indicComingVerbs {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

// indicComingVerbs open the verbs of coming and sending: Hindi आ-
// (came), पहुंच-/पहुँच- (reached), भेज- (sent), बुला- (called in);
// Bengali আস-/এস- (came), পাঠা- (sent).
var indicComingVerbs = []string{"आए", "आई", "आये", "आया", "पहुंच", "पहुँच", "भेज", "बुला", "আস", "এসে", "এসেছ", "পাঠা"}
