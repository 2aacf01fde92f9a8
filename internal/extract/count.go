package extract

import (
	"strconv"
	"strings"
)

// vagueAmount is the smallest number a vague amount implies (FORMAT.md):
// "dozens" 24, "dozen" 12, "hundreds" 100, "thousands" 1000, "tens" 10,
// "millions" 1000000, "scores" 40, "several" 3, "many" 0.
func vagueAmount(w string) (int, bool) {
	switch w {
	case "dozens":
		return 24, true
	case "dozen":
		return 12, true
	case "hundreds":
		return 100, true
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
	return 0, false
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
	return 0, false
}

// amountWords are the words amount1 reads as amounts: "a" ("a dozen"),
// the vague amounts and the numbers spelt out.
var amountWords = []string{"a", "dozens", "dozen", "hundreds", "thousands", "tens", "millions", "scores",
	"several", "many", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand"}

// amountFirst tells the bytes a word amount may begin with, and
// amountMaxLen is the longest: what amount1 rules out before looking a
// word up.
var amountFirst, amountMaxLen = func() (first [256]bool, maxLen int) {
	for _, w := range amountWords {
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
		n, err := strconv.Atoi(strings.ReplaceAll(w, ",", ""))
		if err != nil || n <= 0 {
			return 0, i, false
		}
		j := i + 1
		if j < len(words) && (words[j] == "thousand" || words[j] == "million") {
			mult := 1000
			if words[j] == "million" {
				mult = 1000000
			}
			return n * mult, j + 1, true
		}
		return n, j, true
	}
	if !amountFirst[w[0]] || len(w) > amountMaxLen {
		return 0, i, false // no word amount begins so, or is so long
	}
	if w == "a" && i+1 < len(words) && words[i+1] == "dozen" {
		return 12, i + 2, true
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
		return n, i + 1, true
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
	injuredWords  = []string{"injured", "wounded", "hurt", "injuries"}
	arrestedWords = []string{"arrested", "detained", "arrests", "detentions", "jailed", "rounded"}
	peopleWords   = []string{"people", "protesters", "protestors", "demonstrators", "workers", "marchers", "strikers",
		"residents", "students", "participants", "miners", "teachers", "nurses", "farmers", "drivers", "women", "men"}
)

func readCounts(words []string) counts {
	var c counts
	set := func(dst **int, n int) {
		if *dst == nil {
			v := n
			*dst = &v
		}
	}
	for i := 0; i < len(words); i++ {
		n, j, ok := amount(words, i)
		if !ok {
			// "killing 16", "detaining 200"
			if i+1 < len(words) {
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
			case has(killedWords, w):
				set(&c.fatalities, n)
			case has(injuredWords, w):
				set(&c.injured, n)
			case has(arrestedWords, w):
				set(&c.arrested, n)
			case has(peopleWords, w) && k == j:
				// "thousands of people marched": a crowd, unless what
				// follows says they were killed, hurt or detained.
				if after := fateAfter(words, k); after != nil {
					set(after(&c), n)
					break
				}
				// "detained 1,200 people": the verb before the number says.
				if i > 0 && has(arrestedWords, words[i-1]) {
					set(&c.arrested, n)
					break
				}
				if i > 0 && has(killedWords, words[i-1]) {
					set(&c.fatalities, n)
					break
				}
				set(&c.participants, n)
			default:
				counted = false
				continue
			}
			break
		}
		if !counted && i > 0 && (j == len(words) || !unitWords[words[j]]) {
			if dst := fateOf(&c, words[i-1]); dst != nil {
				set(dst, n)
			}
		}
		i = j - 1
	}
	return c
}

// fateVerbs are the verbs that count what they name when a figure
// follows them alone ("police killed 3", "officers detained 40").
var fateVerbs = map[string]int{"killed": 1, "massacred": 1, "injured": 2, "wounded": 2, "hurt": 2,
	"arrested": 3, "detained": 3, "jailed": 3}

// unitWords after a figure say it is no count of people ("arrested 2
// days ago", "injured 3 km away").
var unitWords = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "hour": true, "hours": true,
	"month": true, "months": true, "year": true, "years": true, "minute": true, "minutes": true, "km": true,
	"kilometres": true, "kilometers": true, "miles": true, "metres": true, "meters": true, "percent": true,
	"per": true, "%": true, "times": true}

// fateOf is the count a fate verb before a figure sets, or nil.
func fateOf(c *counts, verb string) **int {
	switch fateVerbs[verb] {
	case 1:
		return &c.fatalities
	case 2:
		return &c.injured
	case 3:
		return &c.arrested
	}
	return nil
}

func has(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// fateAfter reads what befell the people named at word k from the two
// words after it ("people killed", "protesters were detained"): the
// count it sets, or nil.
func fateAfter(words []string, k int) func(*counts) **int {
	for d := 1; d <= 2 && k+d < len(words); d++ {
		w := words[k+d]
		switch {
		case has(killedWords, w):
			return func(c *counts) **int { return &c.fatalities }
		case has(injuredWords, w):
			return func(c *counts) **int { return &c.injured }
		case has(arrestedWords, w):
			return func(c *counts) **int { return &c.arrested }
		}
	}
	return nil
}
