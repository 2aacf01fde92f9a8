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

func TestOpinionLead(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Our view: scrapping the subsidy in one step was always going to end this way.", true},
		{"In my opinion the police went too far.", true},
		{"IMO both sides are playing games.", true},
		{"Our correspondent saw police beating people.", false},
		{"Imo State saw protests on Monday.", false},
		{"In Mombasa a few hundred marched.", false},
	} {
		if got := opinionLead(c.text); got != c.want {
			t.Errorf("opinionLead(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestShortTitle(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Strike and blockades", true},
		{"How it began", true},
		{"Protest in the pews", true},
		{"Police fired tear gas at the crowd.", false},
		{"Thousands marched through the centre of the capital on Friday", false},
		{"Day 3", false},
		{"what next", false},
	} {
		if got := shortTitle(c.text); got != c.want {
			t.Errorf("shortTitle(%q) = %v, want %v", c.text, got, c.want)
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

func TestCapitalsHeadline(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{`"THEY FIRED TEAR GAS INTO THE CHURCHES": THE REPRESSION OF THE LAY MARCHES OF 31 DECEMBER AND 21 JANUARY`, true},
		{"POLICE FIRE TEAR GAS AT MARCHERS IN THE CAPITAL", true},
		{"THURSDAY 14TH", false},
		{"ALMATY, Jan 5 (Reuters) - Police fired tear gas at the crowd.", false},
		{"TEAR GAS.", false},
	} {
		if got := capitalsHeadline(c.text); got != c.want {
			t.Errorf("capitalsHeadline(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestEarlierSameDay(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"earlier in the afternoon soldiers had fired tear gas", true},
		{"police had detained 20 people earlier that day", true},
		{"banks had been set on fire", false},
		{"a week earlier, police had fired", false},
	} {
		if got := earlierSameDay(c.text); got != c.want {
			t.Errorf("earlierSameDay(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestAppeal(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Mozambique: stop the killing of protesters and switch the internet back on", true},
		{"Free all political prisoners now!", true},
		{"Release of the detainees was ordered on Friday.", false},
		{"End to the strike as unions accept the offer.", false},
		{"Police stopped the march at the bridge.", false},
		{"Stop-and-search powers were extended.", false},
	} {
		if got := appeal(c.text); got != c.want {
			t.Errorf("appeal(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestTitleLike(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Tens of thousands rally in 35 towns; Varna turns out in force", true},
		{"Police fired tear gas at the crowd.", false},
		{"Update:", false},
	} {
		if got := titleLike(c.text); got != c.want {
			t.Errorf("titleLike(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
