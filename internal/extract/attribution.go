package extract

import (
	"strings"
	"unicode"
)

// claimant returns who a sentence says told it, when it reports a claim
// ("the interior ministry said", "according to Amnesty International",
// "police say", "rights groups claimed"): the words of the teller as the
// sentence writes them, or "". The event stays an event; its record
// notes whose word it rests on.
func claimant(sentence string) string {
	return claimantOf(sentence, strings.ToLower(sentence), nil)
}

// claimantOf is claimant for a sentence already lower-cased (low is
// strings.ToLower(sentence)) and split into tokens (of words as wordsOf
// splits them), which rule out at once the many sentences that report
// nobody's claim: those with no word of reportingWords.
func claimantOf(sentence, low string, t *tokens) string {
	if t != nil && !t.any(classReportVerb) {
		return ""
	}
	// "according to X," — X up to the next comma, full stop or clause.
	if k := strings.Index(low, "according to "); k >= 0 {
		rest := sentence[k+len("according to "):]
		end := len(rest)
		for i, r := range rest {
			if r == ',' || r == '.' || r == ';' || r == ':' || r == '(' {
				end = i
				break
			}
		}
		if who := strings.TrimSpace(rest[:end]); who != "" && len(who) <= 80 {
			return who
		}
	}
	// "X said/says/claimed/reported/announced": the words before the verb,
	// back to the start of the clause, at most six.
	at := reportVerbsIn(low)
	for v := range reportVerbs {
		k := at[v]
		if k <= 0 {
			continue
		}
		before := strings.TrimRight(sentence[:k], " ")
		if j := lastClauseMark(before); j >= 0 {
			before = before[j+1:]
		}
		who, n, first := joinFields(dropLead(before))
		if n == 0 || n > 6 {
			continue
		}
		// A pronoun or a time word tells nobody.
		if inLower(pronouns, first) || n == 1 && !startsUpper(first) && !inLower(tellers, first) {
			continue
		}
		// "Demonstrations were also reported": the verb is passive, and
		// the words before it are what was told, not who told it.
		if passiveBefore(before) {
			continue
		}
		return strings.Trim(who, "\"'“”‘’")
	}
	return ""
}

// reportingWords are the verbs of reporting and "according".
var reportingWords = []string{"according", "said", "says", "say", "claimed", "claims", "claim", "reported",
	"reports", "announced", "stated", "told", "alleged", "confirmed", "acknowledged"}

// reportVerbs are the verbs that attribute a claim.
var reportVerbs = [...]string{"said", "says", "say", "claimed", "claims", "claim", "reported", "reports", "announced",
	"stated", "told", "alleged", "confirmed", "acknowledged"}

// reportVerbsIn is, for each of reportVerbs, indexWord(low, verb): where
// it first stands as a whole word, or -1. The verbs are all letters, so
// each stands where a run of letters is it: low is read once, run by run.
func reportVerbsIn(low string) [len(reportVerbs)]int {
	var at [len(reportVerbs)]int
	for v := range at {
		at[v] = -1
	}
	for i := 0; i < len(low); {
		if !isLetterByte(low[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(low) && isLetterByte(low[j]) {
			j++
		}
		if v := reportVerbIndex(low[i:j]); v >= 0 && at[v] < 0 {
			at[v] = i
		}
		i = j
	}
	return at
}

// reportVerbIndex is the index of w in reportVerbs, or -1: a switch, not
// a search of the list, as every run of letters of a sentence asks it.
func reportVerbIndex(w string) int {
	switch w {
	case "said":
		return 0
	case "says":
		return 1
	case "say":
		return 2
	case "claimed":
		return 3
	case "claims":
		return 4
	case "claim":
		return 5
	case "reported":
		return 6
	case "reports":
		return 7
	case "announced":
		return 8
	case "stated":
		return 9
	case "told":
		return 10
	case "alleged":
		return 11
	case "confirmed":
		return 12
	case "acknowledged":
		return 13
	}
	return -1
}

// The switch of reportVerbIndex follows reportVerbs.
func init() {
	for v, verb := range reportVerbs {
		if reportVerbIndex(verb) != v {
			panic("extract: reportVerbIndex does not follow reportVerbs at " + verb)
		}
	}
}

// lastClauseMark is strings.LastIndexAny(s, ",;:—(\"“"): where the
// clause the words before a verb of reporting stand in begins.
func lastClauseMark(s string) int {
	if !isASCII(s) {
		return strings.LastIndexAny(s, ",;:—(\"“")
	}
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ',', ';', ':', '(', '"':
			return i
		}
	}
	return -1
}

// joinFields is strings.Join(strings.Fields(s), " ") with the number of
// fields and the first; an ASCII text already so spaced is not copied.
func joinFields(s string) (joined string, n int, first string) {
	t := strings.Trim(s, " ")
	plain := isASCII(t)
	for i := 0; plain && i < len(t); i++ {
		switch c := t[i]; {
		case c == ' ':
			if t[i-1] == ' ' {
				plain = false // two spaces: Fields drops one
			}
			n++
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			plain = false
		}
	}
	if !plain {
		fields := strings.Fields(s)
		if len(fields) == 0 {
			return "", 0, ""
		}
		return strings.Join(fields, " "), len(fields), fields[0]
	}
	if t == "" {
		return "", 0, ""
	}
	first = t
	if k := strings.IndexByte(t, ' '); k >= 0 {
		first = t[:k]
	}
	return t, n + 1, first
}

// dropLead drops from the words before a reporting verb a conjunction
// that opens the clause and a time or place phrase before the teller
// ("and just before midnight his spokesman" → "his spokesman", "early on
// Monday police" → "police"): the teller begins at the first determiner,
// teller noun or capitalised word that is no date and follows no
// preposition. Words that open with none of these are kept as they are.
func dropLead(before string) string {
	f := strings.Fields(before)
	i := 0
	for i < len(f) && clauseOpeners[strings.ToLower(f[i])] {
		i++
	}
	if i < len(f) && leadWords[strings.ToLower(f[i])] {
		for k := i + 1; k < len(f); k++ {
			w := strings.ToLower(f[k])
			prev := strings.ToLower(f[k-1])
			if determiners[w] || tellers[w] ||
				startsUpper(f[k]) && !monthName(w) && !weekdays[w] && !placePrepositions[prev] {
				i = k
				break
			}
		}
	}
	if i == 0 {
		return before
	}
	if i >= len(f) {
		return ""
	}
	return strings.Join(f[i:], " ")
}

// clauseOpeners are conjunctions that open a clause before its subject.
var clauseOpeners = map[string]bool{"and": true, "but": true, "while": true, "whereas": true, "yet": true, "so": true, "or": true}

// leadWords open a phrase of time or place before a clause's subject.
var leadWords = map[string]bool{"just": true, "shortly": true, "soon": true, "early": true, "late": true, "later": true,
	"earlier": true, "before": true, "after": true, "on": true, "at": true, "in": true, "by": true, "overnight": true,
	"last": true, "that": true, "this": true, "yesterday": true, "today": true, "meanwhile": true, "then": true, "within": true, "hours": true}

// determiners open a noun phrase: where a teller written as one begins.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true}

// placePrepositions put the capitalised word after them in a phrase of
// place or time ("in Almaty", "on Monday"), not at the head of a teller.
var placePrepositions = map[string]bool{"in": true, "at": true, "on": true, "near": true, "from": true, "outside": true, "by": true}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// pronouns and other words that name no one in particular.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"who": true, "which": true, "that": true, "this": true, "there": true, "also": true, "later": true, "then": true}

// tellers are common nouns that name a source on their own.
var tellers = map[string]bool{"police": true, "officials": true, "witnesses": true, "residents": true, "activists": true,
	"doctors": true, "organisers": true, "organizers": true, "authorities": true, "sources": true, "medics": true,
	"monitors": true, "lawyers": true, "unions": true, "reports": true, "neighbours": true, "neighbors": true,
	"relatives": true, "families": true, "classmates": true, "colleagues": true, "journalists": true,
	"reporters": true, "eyewitnesses": true, "villagers": true, "locals": true, "protesters": true,
	"demonstrators": true, "students": true, "nurses": true, "paramedics": true, "hospitals": true}

// indexWord returns where word stands in low as a whole word, or -1.
func indexWord(low, word string) int {
	for from := 0; ; {
		k := strings.Index(low[from:], word)
		if k < 0 {
			return -1
		}
		k += from
		end := k + len(word)
		if (k == 0 || !isLetterByte(low[k-1])) && (end == len(low) || !isLetterByte(low[end])) {
			return k
		}
		from = end
	}
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// passiveBefore reports whether the words before a reporting verb end in
// an auxiliary of the passive ("were", "was also", "have been").
func passiveBefore(before string) bool {
	end := len(before)
	for range 2 {
		end = len(strings.TrimRight(before[:end], " "))
		start := strings.LastIndexByte(before[:end], ' ') + 1
		w := before[start:end]
		for _, aux := range passiveAuxiliaries {
			if strings.EqualFold(w, aux) {
				return true
			}
		}
		skip := false
		for _, adv := range passiveAdverbs {
			if strings.EqualFold(w, adv) {
				skip = true
			}
		}
		if !skip || start == 0 {
			return false
		}
		end = start
	}
	return false
}

var (
	passiveAuxiliaries = []string{"was", "were", "is", "are", "been", "be", "being"}
	passiveAdverbs     = []string{"also", "widely", "reportedly", "first", "later"}
)
