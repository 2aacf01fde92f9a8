package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestWordSpans(t *testing.T) {
	for _, s := range []string{
		"Police detained 1,200 people in Almaty — 70+ were hurt.",
		"“Shal, ket!” they shouted; the ‘old man’ didn't leave.",
		"Алматы: 5 000 человек вышли на улицы.",
		"",
	} {
		words, at := wordSpans(s)
		if !slices.Equal(words, wordsOf(s)) {
			t.Errorf("%q: wordSpans %q, wordsOf %q", s, words, wordsOf(s))
		}
		for i, w := range words {
			if at[i] < 0 || at[i]+len(w) > len(s) {
				t.Errorf("%q: word %q at %d out of range", s, w, at[i])
			}
		}
	}
}

// TestAcronymAsides: an acronym in brackets after a common noun is
// left out of a sentence's words; after a proper name it stays.
func TestAcronymAsides(t *testing.T) {
	for s, want := range map[string]string{
		"Riot police (ME) have arrived.":                  "riot police have arrived",
		"The Treaty Organization (CSTO) arrived.":         "the treaty organization csto arrived",
		"Turnout was high (about 70%) in Minsk.":          "turnout was high about 70 in minsk",
		"Officers of the national police (PNC) withdrew.": "officers of the national police withdrew",
	} {
		words, _ := wordSpansInto(s, strings.ToLower(s), nil, nil)
		if got := strings.Join(words, " "); got != want {
			t.Errorf("%q: words %q, want %q", s, got, want)
		}
	}
}

func TestClauses(t *testing.T) {
	cases := []struct {
		text string
		want []string
		back int // days before, for the last clause
	}{
		{"Thousands rallied in Almaty, while in Aktau police joined them.",
			[]string{"Thousands rallied in Almaty", ", while in Aktau police joined them."}, 0},
		{"Troops arrived on Thursday, a day after crowds stormed the city hall.",
			[]string{"Troops arrived on Thursday,", " a day after crowds stormed the city hall."}, 1},
		{"Police fired tear gas; dozens were hurt.", []string{"Police fired tear gas", "; dozens were hurt."}, 0},
		{"Miners struck two days after the deaths.", []string{"Miners struck", " two days after the deaths."}, 2},
		{"A quiet day.", []string{"A quiet day."}, 0},
		// "as well as" goes on with a list; ", as" alone opens a clause.
		{"Workers struck in Phnom Penh, as well as in Kandal, as police watched.",
			[]string{"Workers struck in Phnom Penh, as well as in Kandal", ", as police watched."}, 0},
		// Lower-casing "İ" shortens it: the cut must still fall at the ";".
		{"Students rallied in İstanbul, İzmir and İskenderun; Ankara police detained 50.",
			[]string{"Students rallied in İstanbul, İzmir and İskenderun", "; Ankara police detained 50."}, 0},
		// "But" and "while" in the other languages; their "and" joins a
		// list of places as often, and cuts nothing.
		{"Miles marcharon en Santiago, mientras en Valparaíso la policía detuvo a 30.",
			[]string{"Miles marcharon en Santiago", ", mientras en Valparaíso la policía detuvo a 30."}, 0},
		{"Тысячи вышли в Минске, а в Бресте милиция задержала 40 человек.",
			[]string{"Тысячи вышли в Минске", ", а в Бресте милиция задержала 40 человек."}, 0},
		{"تظاهر الآلاف في بغداد، بينما أغلق المحتجون الطرق في البصرة.",
			[]string{"تظاهر الآلاف في بغداد", "، بينما أغلق المحتجون الطرق في البصرة."}, 0},
		{"خرج الآلاف في الخرطوم، وأم درمان، وعطبرة.", []string{"خرج الآلاف في الخرطوم، وأم درمان، وعطبرة."}, 0},
	}
	for _, c := range cases {
		cs := clauses(c.text)
		var got []string
		for _, cl := range cs {
			got = append(got, c.text[cl[0]:cl[1]])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: clauses %q, want %q", c.text, got, c.want)
			continue
		}
		if b := daysBefore(c.text, cs[len(cs)-1]); b != c.back {
			t.Errorf("%q: %d days before, want %d", c.text, b, c.back)
		}
	}
}

// TestLinePredicates: the checks that tell a sentence or a line that
// tells no event, or its day: opinions, section titles, headlines in
// capitals, "earlier in the afternoon", appeals, title lines.
func TestLinePredicates(t *testing.T) {
	for _, c := range []struct {
		name string
		fn   func(string) bool
		text string
		want bool
	}{
		// opinionLead
		{"opinionLead", opinionLead, "Our view: scrapping the subsidy in one step was always going to end this way.", true},
		{"opinionLead", opinionLead, "In my opinion the police went too far.", true},
		{"opinionLead", opinionLead, "IMO both sides are playing games.", true},
		{"opinionLead", opinionLead, "Our correspondent saw police beating people.", false},
		{"opinionLead", opinionLead, "Imo State saw protests on Monday.", false},
		{"opinionLead", opinionLead, "In Mombasa a few hundred marched.", false},
		// shortTitle
		{"shortTitle", shortTitle, "Strike and blockades", true},
		{"shortTitle", shortTitle, "How it began", true},
		{"shortTitle", shortTitle, "Protest in the pews", true},
		{"shortTitle", shortTitle, "Police fired tear gas at the crowd.", false},
		{"shortTitle", shortTitle, "Thousands marched through the centre of the capital on Friday", false},
		{"shortTitle", shortTitle, "Day 3", false},
		{"shortTitle", shortTitle, "what next", false},
		// capitalsHeadline
		{"capitalsHeadline", capitalsHeadline, `"THEY FIRED TEAR GAS INTO THE CHURCHES": THE REPRESSION OF THE LAY MARCHES OF 31 DECEMBER AND 21 JANUARY`, true},
		{"capitalsHeadline", capitalsHeadline, "POLICE FIRE TEAR GAS AT MARCHERS IN THE CAPITAL", true},
		{"capitalsHeadline", capitalsHeadline, "THURSDAY 14TH", false},
		{"capitalsHeadline", capitalsHeadline, "ALMATY, Jan 5 (Reuters) - Police fired tear gas at the crowd.", false},
		{"capitalsHeadline", capitalsHeadline, "TEAR GAS.", false},
		// earlierSameDay
		{"earlierSameDay", earlierSameDay, "earlier in the afternoon soldiers had fired tear gas", true},
		{"earlierSameDay", earlierSameDay, "police had detained 20 people earlier that day", true},
		{"earlierSameDay", earlierSameDay, "banks had been set on fire", false},
		{"earlierSameDay", earlierSameDay, "a week earlier, police had fired", false},
		// appeal
		{"appeal", appeal, "Mozambique: stop the killing of protesters and switch the internet back on", true},
		{"appeal", appeal, "Free all political prisoners now!", true},
		{"appeal", appeal, "Release of the detainees was ordered on Friday.", false},
		{"appeal", appeal, "End to the strike as unions accept the offer.", false},
		{"appeal", appeal, "Police stopped the march at the bridge.", false},
		{"appeal", appeal, "Stop-and-search powers were extended.", false},
		// titleLike
		{"titleLike", titleLike, "Tens of thousands rally in 35 towns; Varna turns out in force", true},
		{"titleLike", titleLike, "Police fired tear gas at the crowd.", false},
		{"titleLike", titleLike, "Update:", false},
	} {
		if got := c.fn(c.text); got != c.want {
			t.Errorf("%s(%q) = %v, want %v", c.name, c.text, got, c.want)
		}
	}
}

func TestInChant(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{`They marched on, chanting "Mafia!" and "Resign!".`, "Resign", true},
		{`Placards reading “Ricky, resign” filled the square.`, "resign", true},
		{`"The minister will resign," his spokesman said.`, "resign", false},
		{`The minister resigned on Monday.`, "resigned", false},
	} {
		if got := inChant(c.text, strings.Index(c.text, c.word)); got != c.want {
			t.Errorf("inChant(%q, %s) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
