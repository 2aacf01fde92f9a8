package timex

import "strings"

// French names months, weekdays and the nearest days with words of its
// own, read as the Russian and Arabic ones are: each stands for its
// English lexicon word ("le 21 octobre 2020" as "21 October 2020",
// "mercredi" as "Wednesday"). French words are plain ASCII more often
// than not ("janvier", "mardi"), which the fast path reads against the
// English lexicon alone; they are looked up after tokenising, in texts
// with a letter past ASCII (French writes its accents everywhere: "été",
// "à"), where they cost English text nothing.

// frenchWordList pairs each French word with the English lexicon word it
// stands for. (A constant: its words are no rule's, which
// TestRuleWordsInLexicon checks string literals for.)
const frenchWordList = `janvier january  février february  fevrier february  mars march  avril april
	mai may  juin june  juillet july  août august  aout august  septembre september  octobre october
	novembre november  décembre december  decembre december
	lundi monday  mardi tuesday  mercredi wednesday  jeudi thursday  vendredi friday  samedi saturday
	dimanche sunday  hier yesterday  aujourd'hui today  demain tomorrow`

// frenchLongest is the length of the longest French word, aujourd'hui.
const frenchLongest = 11

// frenchOrdinal is the suffix of the French first, "1er" (premier).
const frenchOrdinal = "er"

// frenchLexicon maps the French words to the English words' entries.
var frenchLexicon = func() map[string]*lexEntry {
	f := strings.Fields(frenchWordList)
	m := make(map[string]*lexEntry, len(f)/2)
	for i := 0; i+1 < len(f); i += 2 {
		e, ok := lexicon[f[i+1]]
		if !ok {
			panic("timex: French word " + f[i] + " stands for " + f[i+1] + ", which the lexicon lacks")
		}
		m[f[i]] = e
	}
	return m
}()

// frenchInitial holds the first letters of the French words.
var frenchInitial = func() (t [256]bool) {
	for w := range frenchLexicon {
		t[w[0]] = true
	}
	return t
}()

// frenchWords gives the French words among toks their English entries,
// and joins "1er" into one ordinal token.
func frenchWords(text string, toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.kind == tWord && t.lx == nil && len(t.low) >= 3 && len(t.low) <= frenchLongest && frenchInitial[t.low[0]|0x20]:
			if e, ok := frenchLexicon[strings.ToLower(t.low)]; ok {
				t.lx, t.low, t.begins = e, e.word, e.rules
			}
		case t.kind == tNum && t.n == 1 && !t.ordinal && i+1 < len(toks) && toks[i+1].start == t.end &&
			strings.EqualFold(text[toks[i+1].start:toks[i+1].end], frenchOrdinal):
			t.end, t.ordinal = toks[i+1].end, true
			t.begins = numberRules(&t)
			i++
		}
		out = append(out, t)
	}
	return out
}
