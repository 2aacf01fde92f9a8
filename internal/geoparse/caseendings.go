package geoparse

import "github.com/unrest-project/unrest/internal/gazetteer"

// Greek and Armenian write capitals and decline names: "στην Αθήνα" but
// "της Αθήνας" (of Athens), "στον Βόλο" for Βόλος, "του Ηρακλείου" for
// Ηράκλειο; "Երևանում" (in Yerevan), "Գյումրիից" (from Gyumri),
// "Հայաստանի" (of Armenia). A capitalised word of these scripts that
// the gazetteer does not know is read under the nominative its ending
// may come from, as the Hungarian and Romanian forms are (declension.go).

// greekEndings map Greek case endings to the nominative's, as
// gazetteer.Normalize writes them (accents dropped, ς as σ), the
// feminine genitive's -ς first.
var greekEndings = [][2]string{
	{"ασ", "α"}, {"ησ", "η"}, {"ου", "ο"}, {"ου", "οσ"}, {"ου", ""}, {"ο", "οσ"}, {"α", "ασ"},
	{"ων", "α"}, {"η", "ησ"},
}

// armenianEndings map Armenian case endings (locative -ում, ablative
// -ից, genitive and dative -ի, the article -ը/-ն, instrumental -ով, and
// their forms with -յ- after a vowel) to the nominative's; a name in -ի
// takes -ու, -ուց (Գյումրի, Գյումրու). They are keys of
// gazetteer.Normalize, which writes ւ as վ.
var armenianEndings = func() [][2]string {
	raw := [][2]string{
		{"յում", ""}, {"ում", ""}, {"յից", ""}, {"ից", ""}, {"ուց", "ի"}, {"ու", "ի"}, {"յի", ""},
		{"ի", ""}, {"ը", ""}, {"ն", ""}, {"ով", ""},
	}
	out := make([][2]string, len(raw))
	for i, e := range raw {
		out[i] = [2]string{gazetteer.Normalize(e[0]), gazetteer.Normalize(e[1])}
	}
	return out
}()

// Populations a town read from a Greek or Armenian case form must have:
// at home, or abroad (a city the press names in its own script).
const (
	declinedHomePopulation   = 5000
	declinedAbroadPopulation = 100000
)

// greekCase reads the capitalised Greek word at token i as a case form
// of a country's, a region's or a town's name.
func (p *Parser) greekCase(text string, toks []token, i int, memo *spanMemo) (found, bool) {
	return p.endingForm(text, toks, i, memo, greekEndings, declinedKeep("GR", "CY"))
}

// armenianCase reads the capitalised Armenian word at token i as a case
// form of a country's, a region's or a town's name.
func (p *Parser) armenianCase(text string, toks []token, i int, memo *spanMemo) (found, bool) {
	return p.endingForm(text, toks, i, memo, armenianEndings, declinedKeep("AM"))
}

// declinedKeep accepts a country, a region, a town of the home
// countries or a city abroad.
func declinedKeep(home ...string) func(gazetteer.Candidate) bool {
	return func(c gazetteer.Candidate) bool {
		switch c.Kind {
		case gazetteer.KindCountry, gazetteer.KindRegion:
			return !c.Demonym
		}
		return placeIn(c, declinedHomePopulation, home...) ||
			c.Kind == gazetteer.KindPlace && c.Place != nil && c.Place.Population >= declinedAbroadPopulation
	}
}

// greekCapitalAt and armenianCapitalAt report whether the word at byte
// i of text opens with a Greek (U+0386–U+03AB) or an Armenian
// (U+0531–U+0556) capital, by its UTF-8 bytes.
func greekCapitalAt(text string, i int) bool {
	return i+1 < len(text) && text[i] == 0xCE && text[i+1] >= 0x86 && text[i+1] <= 0xAB
}

func armenianCapitalAt(text string, i int) bool {
	return i+1 < len(text) && (text[i] == 0xD4 && text[i+1] >= 0xB1 || text[i] == 0xD5 && text[i+1] <= 0x96)
}
