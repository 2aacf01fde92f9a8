package timex

import "strings"

// "The next day", "the day before" and "that same day" are told relative
// to the last date a text named, and every language reads here has its
// own words for them: "le lendemain", "la veille", "al día siguiente", "на
// следующий день", "في اليوم التالي", "למחרת", "ertesi gün", "την επόμενη
// μέρα", "მეორე დღეს", "հաջորդ օրը". joinRelativeDays joins such a phrase
// into one token with the entry of a word the lexicon keeps for the
// purpose (nextday, prevday, sameday), which relativeToLast reads.

// relativeDayPhrases maps a phrase's words (lower case, Arabic-script
// words under their plain key, single spaces) to the lexicon word it
// stands for.
var relativeDayPhrases = func() map[string]string {
	m := map[string]string{}
	for word, phrases := range map[string][]string{
		"nextday": {
			"le lendemain", "au lendemain", "dès le lendemain", "le jour suivant",
			"al día siguiente", "el día siguiente", "al otro día", "un día después",
			"no dia seguinte", "um dia depois",
			"на следующий день", "на другой день", "наступного дня", "на наступний день",
			"في اليوم التالي", "اليوم التالي", "روز بعد", "فردای آن روز",
			"למחרת", "ertesi gün", "ertesi günü", "bir gün sonra",
			"την επόμενη μέρα", "την επόμενη ημέρα", "მეორე დღეს", "հաջորդ օրը",
			"अगले दिन", "दूसरे दिन", "अगले रोज़", "भोलिपल्ट", "दुसऱ्या दिवशी", "পরদিন", "পরের দিন",
		},
		"prevday": {
			"la veille", "le jour précédent", "la víspera", "el día anterior", "un día antes", "na véspera",
			"no dia anterior", "накануне", "напередодні", "في اليوم السابق", "اليوم السابق", "روز قبل",
			"יום קודם", "bir gün önce", "την προηγούμενη μέρα", "წინა დღეს", "նախորդ օրը",
			"एक दिन पहले", "अघिल्लो दिन", "आदल्या दिवशी", "আগের দিন",
		},
		"sameday": {
			"le jour même", "le même jour", "ce jour-là", "ese mismo día", "el mismo día", "ese día",
			"no mesmo dia", "naquele dia", "в тот же день", "того ж дня", "في اليوم نفسه", "في اليوم ذاته",
			"في نفس اليوم", "همان روز", "באותו יום", "aynı gün", "την ίδια μέρα", "იმავე დღეს", "նույն օրը",
			"उसी दिन", "उसी रोज़", "त्यही दिन", "सोही दिन", "त्याच दिवशी", "সেদিন", "একই দিনে", "সেই দিনই",
		},
	} {
		for _, p := range phrases {
			m[phraseKey(strings.Fields(strings.ReplaceAll(p, "-", " - ")))] = word
		}
	}
	return m
}()

// maxPhraseWords is the most tokens a phrase takes ("на следующий день";
// "ce jour - là").
const maxPhraseWords = 4

// phraseKey joins words into a key of relativeDayPhrases.
func phraseKey(words []string) string {
	var buf [128]byte
	return string(appendPhraseKey(buf[:0], words))
}

// appendPhraseKey appends the key of words to b: each word in lower case,
// Greek without its accents, Arabic-script, Devanagari and Bengali under
// their plain keys, single spaces between. Words that need none of that
// are copied as they are, so that a lookup of string(appendPhraseKey(buf[:0], ...)) in a map
// costs no garbage for most words.
func appendPhraseKey(b []byte, words []string) []byte {
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		if hasUpperOrWide(w) {
			w = strings.ToLower(w)
			if w != "" && (w[0] == 0xCE || w[0] == 0xCF) {
				w = greekPlain.Replace(w)
			}
			if w != "" && w[0] == 0xE0 {
				w = PlainIndic(w)
			}
			w = rtlKey(w)
		}
		b = append(b, w...)
	}
	return b
}

// hasUpperOrWide reports whether w has an ASCII capital or a byte past
// ASCII.
func hasUpperOrWide(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// joinRelativeDays joins each phrase of relativeDayPhrases among toks
// into its first token, which takes the entry of the word it stands for.
// Tokens are changed in place, and the slice rewritten only where a
// phrase was joined: most texts have none.
func joinRelativeDays(text string, toks []token) []token {
	compact := false
	var buf [maxPhraseWords]string
	var key [128]byte
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tWord || !mayOpenPhrase(text[t.start:t.end]) {
			continue
		}
		for n := min(maxPhraseWords, len(toks)-i); n >= 1; n-- {
			words := buf[:0]
			for k := i; k < i+n; k++ {
				words = append(words, text[toks[k].start:toks[k].end])
			}
			word, ok := relativeDayPhrases[string(appendPhraseKey(key[:0], words))]
			if !ok || !oneRun(text, toks[i:i+n]) {
				continue
			}
			e := lexicon[word]
			t.end, t.lx, t.low, t.begins = toks[i+n-1].end, e, e.word, e.rules
			for k := i + 1; k < i+n; k++ {
				toks[k].kind, toks[k].low = tPunct, "" // dropped below
			}
			compact = compact || n > 1
			i += n - 1
			break
		}
	}
	if !compact {
		return toks
	}
	kept := toks[:0]
	for _, t := range toks {
		if !(t.kind == tPunct && t.low == "") {
			kept = append(kept, t)
		}
	}
	return kept
}

// phraseFirst holds the first words of the phrases, as phraseKey writes
// them.
var phraseFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range relativeDayPhrases {
		first, _, _ := strings.Cut(p, " ")
		m[first] = true
	}
	return m
}()

// mayOpenPhrase reports whether word w may open one of the phrases. An
// ASCII word is compared with the few that do ("le", "al", "ertesi")
// that begin with its letter, with no allocation; another is looked up
// under its key.
func mayOpenPhrase(w string) bool {
	if w == "" {
		return false
	}
	if w[0] < 0x80 {
		if len(w) > phraseOpenerLen {
			return false
		}
		for _, o := range phraseOpenersBy[w[0]|0x20] {
			if strings.EqualFold(w, o) {
				return true
			}
		}
		return false
	}
	var key [64]byte
	return phraseFirst[string(appendPhraseKey(key[:0], []string{w}))]
}

// phraseOpenersBy holds phraseOpeners by their first letter.
var phraseOpenersBy = func() (t [256][]string) {
	for _, o := range strings.Fields(phraseOpeners) {
		t[o[0]] = append(t[o[0]], o)
	}
	return t
}()

// phraseOpeners are the ASCII words that open a phrase, and
// phraseOpenerLen the length of the longest (a constant: see
// romanceWordList).
const (
	phraseOpeners   = "le la au des dès ce al el un ese no na um naquele ertesi bir aynı"
	phraseOpenerLen = 7
)

// oneRun reports whether toks stand one after another with single spaces
// (or nothing, around a hyphen) between.
func oneRun(text string, toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if gap := text[toks[k-1].end:toks[k].start]; gap != " " && gap != "" {
			return false
		}
	}
	return true
}

// hasNonLatinLetters reports whether text has a letter of the Greek,
// Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Bengali or Georgian script (by the lead
// bytes of their blocks; English text has none).
func hasNonLatinLetters(text string) bool {
	for c := byte(0xCE); c <= 0xDB; c++ {
		if strings.IndexByte(text, c) >= 0 {
			return true
		}
	}
	if hasE0Block(text, 0xA4, 0xA7) { // Devanagari and Bengali
		return true
	}
	for i := strings.IndexByte(text, 0xE1); i >= 0 && i+1 < len(text); {
		if b := text[i+1]; b == 0x82 || b == 0x83 {
			return true
		}
		j := strings.IndexByte(text[i+1:], 0xE1)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
