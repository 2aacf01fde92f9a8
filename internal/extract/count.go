package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/unrest-project/unrest/internal/timex"
)

// vagueAmount is the smallest number a vague amount implies (FORMAT.md):
// "dozens" 24, "dozen" 12, "hundreds" 200 (two hundred, as dozens are two
// dozen: the least the plural says, and inside a gold range that starts
// at 100 or at 200), "thousands" 1000 (FORMAT.md's own example), "tens"
// 10, "millions" 1000000, "scores" 40, "several" 3, "many" 0.
func vagueAmount(w string) (int, bool) {
	switch w {
	case "dozens":
		return 24, true
	case "dozen":
		return 12, true
	case "hundreds":
		return 200, true
	case "thousands":
		return 1000, true
	case "tens":
		return 10, true
	case "millions":
		return 1000000, true
	case "scores":
		return 40, true
	case "several":
		return 3, true
	case "many":
		return 0, true
	}
	return otherAmount(w)
}

// wordNumber is the number a word spells.
func wordNumber(w string) (int, bool) {
	switch w {
	case "one":
		return 1, true
	case "two":
		return 2, true
	case "three":
		return 3, true
	case "four":
		return 4, true
	case "five":
		return 5, true
	case "six":
		return 6, true
	case "seven":
		return 7, true
	case "eight":
		return 8, true
	case "nine":
		return 9, true
	case "ten":
		return 10, true
	case "eleven":
		return 11, true
	case "twelve":
		return 12, true
	case "fifteen":
		return 15, true
	case "twenty":
		return 20, true
	case "thirty":
		return 30, true
	case "forty":
		return 40, true
	case "fifty":
		return 50, true
	case "hundred":
		return 100, true
	case "thousand":
		return 1000, true
	}
	if n, ok := otherNumbers[w]; ok {
		return n, true
	}
	if n, ok := frenchNumbers[w]; ok {
		return n, true
	}
	if n, ok := spanishNumbers[w]; ok {
		return n, true
	}
	n, ok := turkishNumbers[w]
	return n, ok
}

// amountWords are the words amount1 reads as amounts: "a" ("a dozen"),
// the vague amounts and the numbers spelt out.
var amountWords = []string{"a", "dozens", "dozen", "hundreds", "thousands", "tens", "millions", "scores",
	"several", "many", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million"}

// amountFirst tells the bytes a word amount may begin with, and
// amountMaxLen is the longest: what amount1 rules out before looking a
// word up.
// figureWords are the amountWords that are a figure alone: "a" begins
// one only before "dozen", and "many" is none.
var figureWords = []string{"dozens", "dozen", "hundreds", "thousands", "tens", "millions", "scores", "several",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
	"twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million"}

var amountFirst, amountMaxLen = func() (first [256]bool, maxLen int) {
	for _, w := range append(slices.Clip(amountWords), otherFigures...) {
		first[w[0]], maxLen = true, max(maxLen, len(w))
	}
	return first, maxLen
}()

// amount reads a number at word i: "70", "30,000", "70+", "seven",
// "thousands", "tens of thousands", "a dozen". It returns the number
// and the word after it.
func amount(words []string, i int) (int, int, bool) {
	n, j, ok := amount1(words, i)
	if !ok {
		return n, j, ok
	}
	// "tens or even hundreds", "60 to 120", "between 5 and 10": the
	// smallest figure stands, the range is read past.
	// "and" joins a range only after "between": "killed 3 and 12 were
	// arrested" is two figures.
	k := j
	between := i > 0 && words[i-1] == "between"
	if k < len(words) && (words[k] == "or" || words[k] == "to" || words[k] == "and" && between) {
		k++
		if k < len(words) && (words[k] == "even" || words[k] == "perhaps" || words[k] == "possibly" || words[k] == "maybe") {
			k++
		}
		if _, after, ok := amount1(words, k); ok {
			return n, after, true
		}
	}
	return n, j, true
}

// figure reads a word of digits: commas between groups of three are
// thousands ("30,000"), a comma before one or two digits is a decimal
// comma ("3,5", "1,28"), and a point likewise ("3.5", joined by
// joinNumberGroups); frac is the part after the decimal sign.
func figure(w string) (n int, frac float64, ok bool) {
	// (A point is a decimal point wherever it stands: the sentence's
	// points between groups of thousands were joined away.)
	if k := strings.LastIndexAny(w, ",."); k > 0 && (len(w)-k-1 == 1 || len(w)-k-1 == 2 || w[k] == '.') {
		whole, err := strconv.Atoi(strings.ReplaceAll(w[:k], ",", ""))
		if err != nil {
			return 0, 0, false
		}
		f, err := strconv.ParseFloat("0."+w[k+1:], 64)
		if err != nil {
			return 0, 0, false
		}
		return whole, f, true
	}
	n, err := strconv.Atoi(strings.ReplaceAll(strings.ReplaceAll(w, ",", ""), ".", ""))
	return n, 0, err == nil
}

// joinNumberGroups joins the groups of a figure that the sentence writes
// apart: thousands after a space, a no-break space or a point ("12 000",
// "1.200": French, Spanish, German and Portuguese), and a decimal point
// before a word for a million ("3.5 million", written "3,5"). It returns
// the words and offsets unchanged where there is none (most sentences).
func joinNumberGroups(sentence string, words []string, at []int) ([]string, []int, bool) {
	if !adjacentFigures(words) {
		return words, at, false
	}
	var outW []string
	var outA []int
	for i := 0; i < len(words); i++ {
		w, j := words[i], i+1
		// (Not a day after its month: "on March 5 200 marched".)
		if isDigits(w) && len(w) <= 3 && !(i > 0 && monthName(words[i-1])) {
			for j < len(words) && isDigits(words[j]) {
				sep := sentence[at[j-1]+len(words[j-1]) : at[j]]
				switch {
				case sep == "." && j == i+1 && j+1 < len(words) && multipliers[words[j+1]] >= 1000000:
					w += "." + words[j] // "3.5 million", "1.125 million"
				case len(words[j]) == 3 && (sep == " " || sep == "." || sep == "\u00a0" || sep == "\u202f"):
					w += "," + words[j] // a group of thousands, written as English does ("2,000": not a year)
				default:
					sep = ""
				}
				if sep == "" {
					break
				}
				j++
			}
		}
		if j == i+1 {
			if outW != nil {
				outW, outA = append(outW, w), append(outA, at[i])
			}
			continue
		}
		if outW == nil {
			outW, outA = append([]string(nil), words[:i]...), append([]int(nil), at[:i]...)
		}
		outW, outA = append(outW, w), append(outA, at[i])
		i = j - 1
	}
	if outW == nil {
		return words, at, false
	}
	return outW, outA, true
}

// adjacentFigures reports whether two words of digits follow one
// another: what joinNumberGroups may join (most sentences have none).
func adjacentFigures(words []string) bool {
	for i := 1; i < len(words); i++ {
		if w := words[i]; w != "" && w[0] >= '0' && w[0] <= '9' {
			if p := words[i-1]; p != "" && p[len(p)-1] >= '0' && p[len(p)-1] <= '9' {
				return true
			}
		}
	}
	return false
}

// multipliers are the words for a thousand and a million after a figure,
// in the languages read: "20 mil" is twenty thousand in Spanish and
// Portuguese, "20 bin" in Turkish, "20 тысяч" in Russian.
var multipliers = map[string]int{
	"thousand": 1000, "million": 1000000, "millions": 1000000,
	"mil": 1000, "millón": 1000000, "millones": 1000000, "milhão": 1000000, "milhões": 1000000,
	"bin": 1000, "milyon": 1000000, "тысяч": 1000, "тысячи": 1000, "тысяча": 1000, "тыс": 1000,
	"тисяч": 1000, "тисячі": 1000, "млн": 1000000, "миллион": 1000000, "миллиона": 1000000,
	"миллионов": 1000000, "ألف": 1000, "آلاف": 1000, "الف": 1000, "مليون": 1000000, "هزار": 1000,
	"میلیون": 1000000, "אלף": 1000, "מיליון": 1000000, "χιλιάδες": 1000, "εκατομμύρια": 1000000,
}

// amount1 reads one figure at word i, without a range after it.
func amount1(words []string, i int) (int, int, bool) {
	if i >= len(words) {
		return 0, i, false
	}
	w := strings.TrimSuffix(words[i], "+")
	if w == "" {
		return 0, i, false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		n, frac, ok := figure(w)
		if !ok || n <= 0 && frac == 0 {
			return 0, i, false
		}
		j := i + 1
		if j < len(words) {
			// "3.5 million", "3,5 millions", "20 mil personas", "40
			// тысяч": a figure times a word for a thousand or a million.
			if mult, ok := multipliers[words[j]]; ok {
				return n*mult + int(frac*float64(mult)+0.5), j + 1, true
			}
		}
		if frac != 0 || n <= 0 {
			return 0, i, false // "3,5" alone is no count of people
		}
		return n, j, true
	}
	if !amountFirst[w[0]] || len(w) > amountMaxLen {
		return 0, i, false // no word amount begins so, or is so long
	}
	// "several hundred", "a few thousand": two of them at the least.
	if (w == "several" || w == "few" || w == "a" && i+1 < len(words) && words[i+1] == "few") && i+1 < len(words) {
		k := i + 1
		if words[k] == "few" {
			k++
		}
		if k < len(words) {
			switch words[k] {
			case "hundred":
				return 200, k + 1, true
			case "thousand":
				return 2000, k + 1, true
			}
		}
	}
	if w == "a" && i+1 < len(words) {
		switch words[i+1] {
		case "dozen":
			return 12, i + 2, true
		case "hundred":
			return 100, i + 2, true
		case "thousand":
			return 1000, i + 2, true
		case "million":
			return 1000000, i + 2, true
		}
	}
	// Bengali and Hindi double a hundred or a thousand for "hundreds",
	// "thousands": "শত শত", "হাজার হাজার", "हजार हजार".
	if i+1 < len(words) && words[i+1] == w && w[0] >= 0x80 {
		switch otherNumbers[w] {
		case 100:
			return 200, i + 2, true // as "hundreds" counts
		case 1000:
			return 1000, i + 2, true
		}
	}
	if w == "tens" || w == "hundreds" {
		if i+2 < len(words) && words[i+1] == "of" && words[i+2] == "thousands" {
			j := i + 3
			if j < len(words) && words[j] == "of" {
				j++
			}
			if w == "tens" {
				return 10000, j, true
			}
			return 100000, j, true
		}
	}
	if n, ok := vagueAmount(w); ok && n > 0 {
		j := i + 1
		if j < len(words) && words[j] == "of" {
			j++
		}
		return n, j, true
	}
	if n, ok := wordNumber(w); ok {
		// "two thousand", "one million", "two hundred thousand".
		j := i + 1
		for j < len(words) && n < 1000000 {
			switch words[j] {
			case "hundred":
				n *= 100
			case "thousand":
				n *= 1000
			case "million":
				n *= 1000000
			default:
				return n, j, true
			}
			j++
		}
		return n, j, true
	}
	return 0, i, false
}

// counts reads the counts a sentence states: killed, injured, arrested
// and participants, each the first one found.
type counts struct {
	fatalities, injured, arrested, participants *int
}

var (
	killedWords   = []string{"killed", "dead", "died", "deaths", "massacred", "shot dead", "lost their lives"}
	injuredWords  = []string{"injured", "wounded", "hurt", "injuries", "wounds"}
	arrestedWords = []string{"arrested", "detained", "arrests", "detentions", "jailed", "rounded", "custody",
		"apprehended", "hauled"}
	peopleWords = []string{"people", "protesters", "protestors", "demonstrators", "workers", "marchers", "strikers",
		"residents", "students", "participants", "miners", "teachers", "nurses", "farmers", "drivers", "women", "men",
		"activists", "supporters", "civilians", "youths", "villagers", "citizens", "members", "mourners", "opponents",
		"employees", "staff", "doctors", "lawyers", "journalists", "pensioners", "truckers", "traders", "vendors",
		"shopkeepers", "unionists", "mothers", "veterans", "fans", "monks", "servants", "dockers", "labourers",
		"laborers", "taxi", "fishermen", "herders", "parents", "graduates"}
)

func readCounts(words []string) counts {
	tk := tokensOf(words)
	return tk.counts(nil)
}

// counts is readCounts for the sentence's tokens, the figures kept in
// sc's block of counts (where sc is not nil).
func (tk *tokens) counts(sc *scratch) counts {
	var c counts
	if !tk.any(classAmount | classNumber | classKilled | classInjured | classArrested) {
		return c // no figure, no fate: nothing to count
	}
	words := tk.words
	// Only a sentence that tells a fate counts one person ("a man was
	// shot dead"); one with no figure counts nothing else.
	fates := tk.any(classKilled | classInjured | classArrested)
	figures := tk.any(classAmount | classNumber)
	var one [4]bool // which counts "a man was shot dead" set (one person)
	slot := func(dst **int) int {
		switch dst {
		case &c.fatalities:
			return 0
		case &c.injured:
			return 1
		case &c.arrested:
			return 2
		}
		return 3
	}
	set := func(dst **int, n int) {
		if *dst != nil && one[slot(dst)] {
			*dst, one[slot(dst)] = nil, false // an explicit figure beats one person
		}
		if *dst == nil {
			if sc != nil {
				*dst = sc.keepCount(n)
			} else {
				v := n
				*dst = &v
			}
		}
	}
	for i := 0; i < len(words); i++ {
		if !figures && words[i] != "a" && words[i] != "an" {
			continue
		}
		n, j, ok := 0, 0, false
		if tk.mayBeAmount(i) {
			n, j, ok = amount(words, i)
		}
		if !ok && fates && (words[i] == "a" || words[i] == "an") {
			// "a young man was shot dead", "a protester was detained":
			// one, when what befell the one person is told.
			if k, found := tk.onePerson(i); found {
				if dst := tk.fateAfter(&c, k); dst != nil && *dst == nil {
					set(dst, 1)
					one[slot(dst)] = true
				}
			}
			continue
		}
		if !ok {
			// "killing 16", "detaining 200"
			if i+1 < len(words) && tk.mayBeAmount(i+1) {
				var dst **int
				switch w := words[i]; {
				case strings.HasPrefix(w, "killing"):
					dst = &c.fatalities
				case strings.HasPrefix(w, "injuring") || strings.HasPrefix(w, "wounding"):
					dst = &c.injured
				case strings.HasPrefix(w, "arresting") || strings.HasPrefix(w, "detaining"):
					dst = &c.arrested
				}
				if dst != nil {
					if m, _, ok := amount(words, i+1); ok {
						set(dst, m)
					}
				}
			}
			continue
		}
		// "3 March", "on 13 October", "March 4": a day, not a count
		// ("20 may have been killed": a figure).
		if tk.is(i, classNumber) && n <= 31 && (j < len(words) && monthName(words[j]) && !modalMay(words, j) ||
			i > 0 && monthName(words[i-1]) && !modalMay(words, i-1) ||
			j+1 < len(words) && (words[j] == "de" || words[j] == "del") && monthName(words[j+1])) {
			i = j - 1
			continue
		}
		// "the 2019 protest leader", "the anniversary of 1989": a year.
		if tk.is(i, classNumber) && n >= 1900 && n <= 2099 && len(words[i]) == 4 {
			i = j - 1
			continue
		}
		// "at 3 pm", "at 10 am": a time.
		if j < len(words) && (words[j] == "pm" || words[j] == "am" || words[j] == "p.m" || words[j] == "a.m") {
			i = j - 1
			continue
		}
		// "police put the crowd at 8,000", "the death toll at 18", "the
		// toll rose to 37": the noun a few words before the figure says.
		if i > 0 && (words[i-1] == "at" || words[i-1] == "of" || words[i-1] == "to") {
			if dst := estimateBefore(&c, words, i); dst != nil {
				set(dst, n)
				i = j - 1
				continue
			}
		}
		// "a demonstration of thousands", "a crowd of 5,000".
		if i >= 2 && words[i-1] == "of" && (strings.HasPrefix(words[i-2], "demonstration") || strings.HasPrefix(words[i-2], "rall") ||
			strings.HasPrefix(words[i-2], "march") || strings.HasPrefix(words[i-2], "crowd") || strings.HasPrefix(words[i-2], "protest")) {
			set(&c.participants, n)
		}
		// Look at the few words after the number for what it counts, up
		// to a conjunction that begins the next figure's phrase ("wounded
		// 12 and killed 3"); else the verb before it ("police killed 3").
		counted := false
		for k := j; k < len(words) && k < j+5; k++ {
			w := words[k]
			if w == "and" || w == "but" || w == "while" {
				break
			}
			counted = true
			switch {
			case tk.is(k, classKilled):
				set(&c.fatalities, n)
			case tk.is(k, classInjured):
				set(&c.injured, n)
			case tk.is(k, classArrested):
				set(&c.arrested, n)
			case (tk.is(k, classPeople) || k == j && nisbaPlural(w)) && tk.plainBetween(j, k):
				// "thousands of people marched", "thousands of young
				// protesters": a crowd, unless what follows says they
				// were killed, hurt or detained.
				if after := tk.fateAfter(&c, k); after != nil {
					set(after, n)
					break
				}
				// "detained 1,200 people", "killed at least 106
				// protesters": the verb before the number says.
				if before := tk.fateBefore(&c, i); before != nil {
					set(before, n)
					break
				}
				set(&c.participants, n)
			case k == j && crowdVerb(w):
				// "tens of thousands marched", "some 65,000 filled
				// the avenue".
				set(&c.participants, n)
			default:
				counted = false
				continue
			}
			break
		}
		if !counted && i > 0 && (j == len(words) || !tk.is(j, classUnit)) {
			if dst := tk.fateBefore(&c, i); dst != nil {
				set(dst, n)
			}
		}
		i = j - 1
	}
	return c
}

// mayBeAmount reports whether amount may read a figure at word i: a
// number, a figure word or "a" ("a dozen"), maybe with a "+" after.
func (tk *tokens) mayBeAmount(i int) bool {
	return tk.is(i, classAmount|classNumber) || strings.TrimSuffix(tk.words[i], "+") == "a"
}

// fateVerbs are the verbs that count what they name when a figure
// follows them alone ("police killed 3", "officers detained 40"): those
// of the dead, of the injured and of arrests.
var fateVerbs = [3][]string{{"killed", "massacred"}, {"injured", "wounded", "hurt"}, {"arrested", "detained", "jailed"}}

// unitWords after a figure say it is no count of people ("arrested 2
// days ago", "injured 3 km away").
var unitWords = []string{"day", "days", "week", "weeks", "hour", "hours", "month", "months", "year", "years",
	"minute", "minutes", "km", "kilometres", "kilometers", "miles", "metres", "meters", "percent", "per", "%",
	"times"}

// fateOf is the count a fate verb (of class) before a figure sets, or
// nil.
func fateOf(c *counts, class wordClass) **int {
	switch {
	case class&classFateKilled != 0:
		return &c.fatalities
	case class&classFateInjured != 0:
		return &c.injured
	case class&classFateArrest != 0:
		return &c.arrested
	}
	return nil
}

// estimateBefore reads a noun of a tally in the few words before the
// figure at word i ("put the crowd at", "the death toll at", "a turnout
// of"): the count of c it sets, or nil.
func estimateBefore(c *counts, words []string, i int) **int {
	// The noun right before the preposition, or before a verb of the
	// tally's growth ("the toll rose to 37", "the crowd swelled to").
	k := i - 2
	if k >= 1 {
		switch words[k] {
		case "rose", "risen", "climbed", "stood", "reached", "jumped", "swelled", "grew", "increased":
			k--
		}
	}
	if k < 0 {
		return nil
	}
	switch words[k] {
	case "toll", "tolls":
		return &c.fatalities
	case "crowd", "crowds", "turnout", "attendance":
		return &c.participants
	}
	// "police put the crowd at Democracy Monument at 8,000": an
	// estimate's verb before the noun, the place between.
	for k := i - 3; k >= 2 && k >= i-7; k-- {
		if words[k-1] != "the" {
			continue
		}
		switch words[k-2] {
		case "put", "puts", "estimated", "estimates", "estimate":
		default:
			continue
		}
		switch words[k] {
		case "toll":
			return &c.fatalities
		case "crowd", "crowds", "turnout":
			return &c.participants
		}
	}
	return nil
}

// modalMay reports whether "may" at word k is the verb ("20 may have been
// killed"), not the month.
func modalMay(words []string, k int) bool {
	if words[k] != "may" || k+1 >= len(words) {
		return false
	}
	switch words[k+1] {
	case "have", "be", "not", "also", "well", "still", "yet", "never":
		return true
	}
	return false
}

// fateAfter reads what befell the people named at word k from the words
// after it, past auxiliaries and adverbs ("people killed", "protesters
// were detained", "people had been arrested", "were reportedly shot
// dead"): the count of c it sets, or nil.
func (tk *tokens) fateAfter(c *counts, k int) **int {
	shot := false // "seven people have been shot": hurt, unless "dead" follows
	for w := k + 1; w < len(tk.words) && w <= k+5; w++ {
		switch word := tk.words[w]; {
		case tk.is(w, classKilled):
			return &c.fatalities
		case tk.is(w, classInjured):
			return &c.injured
		case tk.is(w, classArrested):
			return &c.arrested
		case word == "treated" || word == "hospital" || strings.HasPrefix(word, "hospitali"):
			// "taken to hospital", "treated for gunshot wounds".
			return &c.injured
		case word == "shot":
			shot = true
		}
		// "beaten to death", "shot to death".
		if tk.words[w] == "to" && w+1 < len(tk.words) && tk.words[w+1] == "death" {
			return &c.fatalities
		}
		if !slices.Contains(fateFillers, tk.words[w]) && tk.words[w] != "taken" && tk.words[w] != "to" && tk.words[w] != "into" {
			break
		}
	}
	if shot {
		return &c.injured
	}
	return nil
}

// fateFillers may stand between the people a figure counts and what
// befell them: auxiliaries and the adverbs of reporting.
var fateFillers = []string{"were", "was", "are", "is", "had", "have", "has", "been", "being", "be", "got",
	"reportedly", "allegedly", "later", "also", "all", "now", "so", "far", "since", "then", "already",
	"subsequently", "eventually", "either", "who", "that", "each", "among", "them",
	// The ways of dying or hurting that lead to the word that counts:
	// "shot dead", "gunned down and killed", "beaten to death".
	"shot", "gunned", "beaten", "stabbed", "hacked", "burned", "burnt", "crushed", "trampled", "badly",
	"seriously", "critically", "fatally", "severely", "slightly",
	// French and Spanish auxiliaries ("trois manifestants ont été
	// tués", "tres manifestantes fueron asesinados"),
	"ont", "a", "été", "sont", "est", "avaient", "avait", "également", "fueron", "han", "sido", "resultaron",
	"habían", "quedaron", "también", "foram",
	// Persian's object marker and "also" ("۴۰۰ نفر را بازداشت کرد"),
	// Arabic's "of them" and Hebrew's "of them".
	"را", "نیز", "هم", "منهم", "מהם",
	// Urdu's object marker and auxiliaries ("50 کارکنوں کو گرفتار کر لیا").
	"کو", "بھی", "کر", "کیا", "گیا", "گئے",
	// Hindi's and Nepali's object markers, the genitive before a noun of
	// fate ("12 लोगों की मौत", the deaths of twelve) and "also";
	// Bengali's object marker.
	"को", "की", "के", "भी", "लाई", "पनि", "কে"}

// fateBefore reads what a verb before the figure at word i says of it,
// past a hedge ("police killed 3", "killing at least three", "detained
// more than 350", "injuring some 40"): the count of c it sets, or nil.
func (tk *tokens) fateBefore(c *counts, i int) **int {
	b := i - 1 - hedgeBefore(tk.words, i)
	if b < 0 {
		return nil
	}
	if dst := fateOf(c, tk.refs[b].class); dst != nil {
		return dst
	}
	// "detuvieron a 120 personas": Spanish puts "a" before the people
	// a verb acts on.
	if b > 0 && tk.words[b] == "a" {
		if dst := fateOf(c, tk.refs[b-1].class); dst != nil {
			return dst
		}
	}
	// "اعتقلت الشرطة 45 شخصا", "עצרה המשטרה 30 מפגינים": Arabic and
	// Hebrew put the subject between the verb and its figure.
	if b > 0 && rightToLeft(tk.words[b-1]) {
		if dst := fateOf(c, tk.refs[b-1].class); dst != nil {
			return dst
		}
	}
	// "shot dead at least 22", "the arrest of dozens", "the deaths of
	// three", "hauled away 21".
	if b > 0 {
		switch prev, w := tk.words[b-1], tk.words[b]; {
		case (w == "away" || w == "off") && (prev == "hauled" || prev == "dragged" || prev == "led" || prev == "carted" ||
			prev == "taken" || prev == "took" || prev == "bundled"):
			return &c.arrested
		case prev == "shot" && w == "dead", prev == "gunned" && w == "down":
			return &c.fatalities
		case w == "of" && (prev == "arrest" || prev == "arrests" || prev == "detention" || prev == "detentions"):
			return &c.arrested
		case w == "of" && (prev == "deaths" || prev == "death" || prev == "killing" || prev == "killings"):
			return &c.fatalities
		}
	}
	switch w := tk.words[b]; {
	case strings.HasPrefix(w, "killing"):
		return &c.fatalities
	case strings.HasPrefix(w, "injuring") || strings.HasPrefix(w, "wounding"):
		return &c.injured
	case strings.HasPrefix(w, "arresting") || strings.HasPrefix(w, "detaining"):
		return &c.arrested
	}
	return nil
}

// monthName reports whether w (lower case) names a month, in full or cut
// short ("oct", "oct.").
func monthName(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	// The other languages' months: "5 января", "21 mart'ta", "5 de
	// abril", "۸ مهر".
	return len(w) > 2 && timex.IsMonth(w)
}

// onePerson finds a singular noun of a person at most two words after
// the article at word i ("a young man", "an 18-year-old student").
func (tk *tokens) onePerson(i int) (int, bool) {
	for k := i + 1; k < len(tk.words) && k <= i+3; k++ {
		if slices.Contains(onePersonWords, tk.words[k]) {
			return k, true
		}
		if tk.is(k, classUnit|classAmount|classNumber|classKilled|classInjured|classArrested) ||
			slices.Contains(placeWords, tk.words[k]) {
			return 0, false
		}
	}
	return 0, false
}

// onePersonWords name one person: what befalls them counts one.
var onePersonWords = []string{"man", "woman", "boy", "girl", "protester", "protestor", "demonstrator", "student",
	"teenager", "worker", "journalist", "child", "youth", "person", "driver", "teacher", "farmer", "miner",
	"activist", "bystander", "marcher", "striker", "civilian", "resident", "reporter", "photographer", "nurse",
	"doctor", "policeman", "soldier", "officer", "girl", "pensioner"}

// hedges are the words that may stand between a verb and its figure,
// longest first: "at least", "more than", "an estimated", "some".
var hedges = [][]string{
	{"no", "fewer", "than"}, {"no", "less", "than"}, {"as", "many", "as"}, {"in", "excess", "of"},
	{"at", "least"}, {"more", "than"}, {"fewer", "than"}, {"less", "than"}, {"up", "to"}, {"close", "to"},
	{"well", "over"}, {"just", "over"}, {"upwards", "of"}, {"an", "estimated"}, {"a", "further"},
	{"over"}, {"about"}, {"some"}, {"nearly"}, {"almost"}, {"around"}, {"roughly"}, {"approximately"},
	{"another"}, {"all"}, {"the"},
}

// hedgeBefore is how many words before word i make a hedge, 0 if none.
func hedgeBefore(words []string, i int) int {
	for _, h := range hedges {
		if len(h) <= i && slices.Equal(words[i-len(h):i], h) {
			return len(h)
		}
	}
	return 0
}

// plainBetween reports whether the words after a figure up to word k,
// the people it counts, only describe them ("thousands of young
// protesters", "three of the students"): no figure, no unit, no
// preposition that puts the figure elsewhere ("2 days after
// protesters").
func (tk *tokens) plainBetween(j, k int) bool {
	if k > j+2 {
		return false
	}
	for m := j; m < k; m++ {
		if tk.is(m, classUnit|classAmount|classNumber|classKilled|classInjured|classArrested) ||
			slices.Contains(placeWords, tk.words[m]) {
			return false
		}
		// "of" only right after the figure ("three of the students"):
		// "dozens of beatings of protesters" counts beatings.
		if tk.words[m] == "of" && m > j {
			return false
		}
	}
	return true
}

// placeWords are prepositions that tie a figure to something other than
// the people after them.
var placeWords = []string{"after", "before", "from", "by", "against", "with", "at", "in", "on", "to", "for",
	"near", "than", "per", "since", "ago", "into", "outside"}

// crowdVerb reports whether w, right after a figure, says the figure is
// a crowd: "thousands marched", "some 65,000 filled the avenue".
func crowdVerb(w string) bool {
	return slices.Contains(crowdVerbs, w) || rightToLeft(w) && slices.Contains(wideCrowdVerbs, w)
}

var crowdVerbs = []string{"marched", "march", "rallied", "rally", "gathered", "gather", "protested", "protest",
	"demonstrated", "demonstrate", "filled", "fill", "joined", "join", "poured", "pour", "thronged", "massed",
	"assembled", "packed", "flooded", "converged", "attended", "took", "turned", "staged", "chanted", "streamed",
	"walked", "blocked", "occupied", "surrounded"}
