package timex

import "strings"

// French, Spanish, Portuguese and Swahili name months, weekdays and the nearest
// days with words of their own, read as the Russian and Arabic ones are:
// each stands for its English lexicon word ("le 21 octobre 2020" as "21
// October 2020", "mercredi" as "Wednesday"). Spanish and Portuguese put
// "de" between day, month and year ("5 de abril de 2017"), which is
// dropped between them. These words are plain ASCII more often than not
// ("janvier", "martes"), which the fast path reads against the English
// lexicon alone; they are looked up after tokenising, by their shape
// first (mayBeRomanceWord), so that English text pays little for them.

// (Not the Swahili "jana", yesterday: a given name that opens sentences
// in English.)
//
// romanceWordList pairs each word with the English lexicon word it
// stands for. (A constant: its words are no rule's, which
// TestRuleWordsInLexicon checks string literals for.)
const romanceWordList = `janvier january  février february  fevrier february  mars march  avril april
	mai may  juin june  juillet july  août august  aout august  septembre september  octobre october
	novembre november  décembre december  decembre december
	lundi monday  mardi tuesday  mercredi wednesday  jeudi thursday  vendredi friday  samedi saturday
	dimanche sunday  hier yesterday  aujourd'hui today  demain tomorrow
	enero january  febrero february  marzo march  mayo may  junio june  julio july
	septiembre september  setiembre september  octubre october  noviembre november  diciembre december
	lunes monday  martes tuesday  miércoles wednesday  miercoles wednesday  jueves thursday  viernes friday
	sábado saturday  sabado saturday  domingo sunday  ayer yesterday  hoy today
	janeiro january  fevereiro february  março march  abril april  maio may  junho june  julho july
	agosto august  setembro september  outubro october  novembro november  dezembro december
	ontem yesterday  hoje today  amanhã tomorrow
	januari january  februari february  machi march  aprili april  mei may  juni june  julai july
	agosti august  septemba september  oktoba october  novemba november  desemba december
	jumatatu monday  jumanne tuesday  jumatano wednesday  alhamisi thursday  ijumaa friday  jumamosi saturday
	jumapili sunday  kesho tomorrow`

// romanceOf is the word Spanish and Portuguese put between a day, its
// month and its year.
const romanceOf, romanceOfThe = "de", "del"

// romanceLongest is the length of the longest of these words, aujourd'hui
// (septiembre, setiembre and miércoles alike).
const romanceLongest = 11

// frenchOrdinal is the suffix of the French first, "1er" (premier).
const frenchOrdinal = "er"

// romanceLexicon maps these words to the English words' entries.
var romanceLexicon = pairedLexicon(romanceWordList)

// pairedLexicon maps each word of a list of pairs (a word, the English
// lexicon word it stands for) to the English word's entry.
func pairedLexicon(list string) map[string]*lexEntry {
	f := strings.Fields(list)
	m := make(map[string]*lexEntry, len(f)/2)
	for i := 0; i+1 < len(f); i += 2 {
		e, ok := lexicon[f[i+1]]
		if !ok {
			panic("timex: word " + f[i] + " stands for " + f[i+1] + ", which the lexicon lacks")
		}
		m[f[i]] = e
	}
	return m
}

// romanceShapes has a bit for each length, first letter and last byte
// of these words (the last byte's low five bits): most other words are
// told from them without a look-up, which English news, read through
// this pass, would pay for every word.
var romanceShapes = func() (t [romanceLongest + 1][32]uint32) {
	for w := range romanceLexicon {
		t[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	return t
}()

// mayBeRomanceWord reports whether w has the shape of one of these words
// (in either case).
func mayBeRomanceWord(w string) bool {
	return len(w) >= 3 && len(w) <= romanceLongest && romanceShapes[len(w)][(w[0]|0x20)&31]&(1<<((w[len(w)-1]|0x20)&31)) != 0
}

// romanceWords gives the French, Spanish and Portuguese words among toks
// their English entries, in place, joins "1er" into one ordinal token and
// drops the "de" between a day and its month and between a month and its
// year; it reports whether it found any of their words. Most texts are
// English: each word costs a few operations (mayBeRomanceWord), and the
// slice is rewritten only where a token goes.
func romanceWords(text string, toks []token) ([]token, bool) {
	compact, found := false, false
	marks := 0 // romanceMarks(text), read once when needed: 1 yes, -1 no
	for i := range toks {
		t := &toks[i]
		switch {
		case t.kind == tWord && t.lx == nil && mayBeRomanceWord(t.low):
			// These languages write months and weekdays in small
			// letters; a capital one inside a sentence is part of a name
			// ("Rio de Janeiro", "Plaza de Mayo").
			// (Swahili capitalises its months: "tarehe 25 Juni 2024"; a
			// capital word beside a day or a year is the month.)
			// A capital one opening a sentence or beside a number is
			// read in a text with these languages' small words: in an
			// English one it is a name or a word ("Domingo said", "Mardi
			// Gras", "the Mars 2020 rover"), unless a day's number or a
			// comma follows it ("Mercredi 21 octobre", "Hier, ...").
			w := t.low
			if w[0] < 'a' {
				opens := sentenceOpens(text, toks[:i], *t)
				if !capitalisedWord(w) {
					if !opens && !besideNumber(toks, i) {
						break
					}
					if marks == 0 {
						marks = -1
						if romanceMarks(text) {
							marks = 1
						}
					}
					if marks < 0 && !(opens && dayOrCommaAfter(toks, i)) && !betweenDayAndYear(toks, i) {
						break
					}
				}
				w = strings.ToLower(w)
			}
			if e, ok := romanceLexicon[w]; ok {
				t.lx, t.low, t.begins, found = e, e.word, e.rules, true
				compact = compact || e.flags&lMonth != 0 && (isRomanceOfAt(toks, i-1) || isRomanceOfAt(toks, i+1))
			}
		case t.kind == tNum && t.n == 1 && !t.ordinal && i+1 < len(toks) && toks[i+1].start == t.end &&
			strings.EqualFold(text[toks[i+1].start:toks[i+1].end], frenchOrdinal):
			t.end, t.ordinal = toks[i+1].end, true
			t.begins = numberRules(t)
			toks[i+1].kind, toks[i+1].low = tPunct, "" // dropped below
			compact = true
		}
	}
	if !compact {
		return toks, found
	}
	// "5 de abril de 2017": the "de"s go, once the months are known;
	// so does the "er" joined to its "1".
	kept := toks[:0]
	for i, t := range toks {
		if t.kind == tPunct && t.low == "" {
			continue
		}
		if isRomanceOfAt(toks, i) && i > 0 && i+1 < len(toks) &&
			(dayBeforeMonth(toks[i-1], toks[i+1]) || monthBeforeYear(toks[i-1], toks[i+1])) {
			continue
		}
		kept = append(kept, t)
	}
	return kept, found
}

// romanceMarks reports whether text has the small words French,
// Spanish, Portuguese or Swahili write in most sentences and English
// seldom does.
func romanceMarks(text string) bool {
	for _, w := range [...]string{" de ", " la ", " le ", " el ", " les ", " los ", " las ", " des ", " que ",
		" et ", " y ", " em ", " da ", " dos ", " na ", " ya ", " wa ", " kwa ", " tarehe "} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// betweenDayAndYear reports whether token i stands between a day's
// number and a year's ("25 Juni 2024").
func betweenDayAndYear(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].kind == tNum && toks[i-1].n >= 1 && toks[i-1].n <= 31 &&
		toks[i+1].kind == tNum && toks[i+1].digits == 4
}

// dayOrCommaAfter reports whether token i is followed by a day's number
// or a comma.
func dayOrCommaAfter(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.kind == tNum && n.n >= 1 && n.n <= 31 || n.low == ","
}

// isRomanceOfAt reports whether token i is a "de" or "del".
func isRomanceOfAt(toks []token, i int) bool {
	if i < 0 || i >= len(toks) || toks[i].kind != tWord {
		return false
	}
	return strings.EqualFold(toks[i].low, romanceOf) || strings.EqualFold(toks[i].low, romanceOfThe)
}

// sentenceOpens reports whether t, after the tokens before, opens a
// sentence or a line.
func sentenceOpens(text string, before []token, t token) bool {
	if len(before) == 0 {
		return true
	}
	p := before[len(before)-1]
	if strings.IndexByte(text[p.end:t.start], '\n') >= 0 {
		return true
	}
	switch p.low {
	case ".", "!", "?", ":", ";", "\"", "«", "(", "—", "-", "¡", "¿":
		return true
	}
	return false
}

// capitalised are the words of romanceWordList that their language
// writes with a capital anywhere: the Swahili weekdays (a constant list:
// see romanceWordList).
const capitalisedList = "jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili"

var capitalised = strings.Fields(capitalisedList)

// capitalisedWord reports whether w is one of capitalised, in any case.
func capitalisedWord(w string) bool {
	for _, c := range capitalised {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// besideNumber reports whether token i stands after a day's number or
// before a year's.
func besideNumber(toks []token, i int) bool {
	return i > 0 && toks[i-1].kind == tNum && toks[i-1].n >= 1 && toks[i-1].n <= 31 ||
		i+1 < len(toks) && toks[i+1].kind == tNum && toks[i+1].digits == 4
}

// dayBeforeMonth reports whether a is a day's number and b a month.
func dayBeforeMonth(a, b token) bool {
	return a.kind == tNum && a.n >= 1 && a.n <= 31 && a.digits <= 2 && b.is(lMonth)
}

// monthBeforeYear reports whether a is a month and b a year.
func monthBeforeYear(a, b token) bool {
	return a.is(lMonth) && b.kind == tNum && b.digits == 4
}
