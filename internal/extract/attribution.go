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
// strings.ToLower(sentence)) and split into words (as wordsOf splits it),
// which rule out at once the many sentences that report nobody's claim.
func claimantOf(sentence, low string, words []string) string {
	if words != nil && !reportsClaim(words) {
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
	for _, verb := range reportVerbs {
		k := indexWord(low, verb)
		if k <= 0 {
			continue
		}
		before := strings.TrimRight(sentence[:k], " ")
		if j := strings.LastIndexAny(before, ",;:—(\"“"); j >= 0 {
			before = before[j+1:]
		}
		words := strings.Fields(before)
		if len(words) == 0 || len(words) > 6 {
			continue
		}
		who := strings.Join(words, " ")
		// A pronoun or a time word tells nobody.
		if w := strings.ToLower(words[0]); pronouns[w] || len(words) == 1 && !startsUpper(words[0]) && !tellers[w] {
			continue
		}
		return strings.Trim(who, "\"'“”‘’")
	}
	return ""
}

// reportsClaim reports whether words hold a verb of reporting or
// "according".
func reportsClaim(words []string) bool {
	for _, w := range words {
		switch w {
		case "according", "said", "says", "say", "claimed", "claims", "claim", "reported", "reports", "announced",
			"stated", "told", "alleged", "confirmed", "acknowledged":
			return true
		}
	}
	return false
}

// reportVerbs are the verbs that attribute a claim.
var reportVerbs = []string{"said", "says", "say", "claimed", "claims", "claim", "reported", "reports", "announced",
	"stated", "told", "alleged", "confirmed", "acknowledged"}

// pronouns and other words that name no one in particular.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"who": true, "which": true, "that": true, "this": true, "there": true, "also": true, "later": true, "then": true}

// tellers are common nouns that name a source on their own.
var tellers = map[string]bool{"police": true, "officials": true, "witnesses": true, "residents": true, "activists": true,
	"doctors": true, "organisers": true, "organizers": true, "authorities": true, "sources": true, "medics": true,
	"monitors": true, "lawyers": true, "unions": true, "reports": true}

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
