package timex

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// shortMonths are abbreviations that are also words ("mar", "may" is a
// full name): they count only beside a number.
var shortMonths = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

var weekdays = map[string]time.Weekday{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// numberWords are cardinals in words, for "ten years ago", "two-week".
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "hundred": 100, "couple": 2,
}

// ordinalWords are ordinals in words, for "January Fifth" and "the first
// day of 2022".
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30,
}

// units of durations and relative periods, with their TimeML letter.
var units = map[string]string{
	"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M", "year": "Y", "years": "Y",
	"decade": "DE", "decades": "DE", "fortnight": "FN", "fortnights": "FN", "hour": "H", "hours": "H",
	"minute": "MIN", "minutes": "MIN",
}

var seasons = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

// partsOfDay map to TimeML's part-of-day codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "dawn": "MO", "dusk": "EV",
	"midday": "MI", "noon": "MI", "tonight": "NI", "overnight": "NI",
}

// futureCues in a sentence turn a weekday or a bare month forward.
var futureCues = map[string]bool{
	"will": true, "shall": true, "'ll": true, "next": true, "coming": true, "upcoming": true, "tomorrow": true,
}

// intentCues point forward only before "to" or "for": "plans to strike",
// "due to vote", "scheduled for Monday" — not "the plan" or "was due".
var intentCues = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true, "scheduled": true, "expected": true,
	"due": true, "going": true, "set": true, "intends": true, "aims": true,
}

// eventNouns before "of" and a date make the date another event's: "the
// pattern of 31 December", "the marches of 21 January".
var eventNouns = map[string]bool{"pattern": true, "marches": true, "march": true, "protests": true,
	"protest": true, "events": true, "killings": true, "massacre": true, "shootings": true, "repression": true,
	"crackdown": true, "uprising": true, "revolution": true, "violence": true, "clashes": true, "riots": true,
	"strike": true, "strikes": true, "rallies": true, "rally": true, "demonstrations": true, "elections": true,
	"election": true, "vote": true, "coup": true}

// openers are the words other than months, weekdays, numbers and
// ordinals with which some rule begins.
var openers = map[string]bool{
	"the": true, "that": true, "from": true, "between": true, "for": true, "in": true, "over": true,
	"during": true, "last": true, "next": true, "this": true, "past": true, "previous": true, "coming": true,
	"current": true, "earlier": true, "later": true, "several": true, "few": true, "many": true, "new": true,
	"christmas": true, "boxing": true, "international": true, "women": true, "dawn": true, "dusk": true,
	"midnight": true, "today": true, "tonight": true, "yesterday": true, "tomorrow": true, "overnight": true,
	"recent": true, "at": true, "now": true, "currently": true, "presently": true, "nowadays": true, "recently": true, "lately": true,
	"daily": true, "weekly": true, "monthly": true, "annually": true, "yearly": true, "every": true, "each": true,
	// the words other languages' "the next day", "the day before" and
	// "that same day" stand for (relphrases.go)
	"nextday": true, "prevday": true, "sameday": true,
}

// starters is every word some rule begins with: the openers, months,
// weekdays, numbers and ordinals in words. Built once from the tables
// above; read-only after.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for w := range openers {
		m[w] = true
	}
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range numberWords {
		m[w] = true
	}
	for w := range ordinalWords {
		m[w] = true
	}
	for w := range units {
		m[w] = true // "minutes before", "days after"
	}
	return m
}()

// counted are nouns a number before them counts, so that the number is
// not a year: "2000 people", "1500 tenge".
var counted = map[string]bool{
	"people": true, "persons": true, "protesters": true, "protestors": true, "demonstrators": true, "workers": true,
	"police": true, "officers": true, "soldiers": true, "troops": true, "residents": true, "students": true,
	"participants": true, "men": true, "women": true, "children": true, "households": true, "families": true,
	"jobs": true, "members": true, "votes": true, "euros": true, "dollars": true, "tenge": true, "rubles": true,
	"roubles": true, "pounds": true, "km": true, "kilometres": true, "kilometers": true, "miles": true,
	"metres": true, "meters": true, "tonnes": true, "tons": true, "barrels": true, "cars": true, "vehicles": true,
	"homes": true, "houses": true, "units": true, "employees": true, "staff": true, "strikers": true,
	"arrests": true, "deaths": true, "dead": true, "injured": true, "signatures": true, "cases": true,
}

// labels before a slashed number make it a reference, not a date.
var labels = map[string]bool{"section": true, "article": true, "chapter": true, "rule": true, "case": true,
	"no": true, "number": true, "paragraph": true, "clause": true, "resolution": true, "page": true}

// pastCues mark a sentence told in the past tense.
var pastCues = map[string]bool{"was": true, "were": true, "had": true, "did": true, "began": true, "took": true,
	"came": true, "went": true, "fell": true, "rose": true, "broke": true, "saw": true, "left": true, "ago": true}

// notPastEd are words in -ed that are no past verbs.
var notPastEd = map[string]bool{"need": true, "speed": true, "indeed": true, "hundred": true, "united": true,
	"red": true, "bed": true, "feed": true, "seed": true, "breed": true, "proceed": true, "exceed": true,
	"succeed": true, "embed": true, "shed": true, "wed": true, "expected": true, "scheduled": true, "planned": true}

// hedges before a duration belong to it: "almost seven years", "a mere 24
// hours", "more than two weeks".
var hedges = map[string]bool{"almost": true, "nearly": true, "about": true, "around": true, "roughly": true,
	"approximately": true, "some": true, "just": true, "only": true, "mere": true, "than": true, "least": true}

// ruleWords are the words some rule reads by their spelling ("of",
// "before") that no table above holds. A word of the lexicon is given
// its lower-case spelling however it is written ("Of"); other words keep
// theirs (see pushWords), so every word a rule compares a token with
// must be here or in a table above (TestRuleWordsInLexicon).
var ruleWords = map[string]bool{
	"after": true, "am": true, "and": true, "before": true, "by": true, "calendar": true, "century": true,
	"early": true, "end": true, "eve": true, "final": true, "financial": true, "fiscal": true, "following": true,
	"future": true, "lasting": true, "late": true, "less": true, "local": true, "m": true, "mid": true,
	"more": true, "of": true, "on": true, "p": true, "pm": true, "preceding": true, "quarter": true, "s": true,
	"same": true, "since": true, "through": true, "till": true, "time": true, "to": true, "until": true,
	"weekend": true, "within": true,
	// determiners before an intention's noun ("his plan to")
	"his": true, "her": true, "its": true, "their": true, "our": true,
	// time zones, after a clock time
	"bst": true, "cet": true, "edt": true, "est": true, "gmt": true, "pdt": true, "pst": true, "utc": true,
}

// subDay reports whether a unit is shorter than a day (hours, minutes):
// such a count moves no date.
func subDay(unit string) bool { return unit == "H" || unit == "MIN" }

// namesakes after a date name a place or a body after it: "13 May Square",
// "the 6 October Bridge", "the 26 July Movement", "the 25 January
// Revolution".
var namesakes = map[string]bool{
	"square": true, "street": true, "avenue": true, "road": true, "bridge": true, "boulevard": true,
	"stadium": true, "park": true, "plaza": true, "movement": true, "revolution": true, "uprising": true,
	"district": true, "city": true, "university": true, "airport": true, "hospital": true, "station": true,
}

// lexFlag says which of the tables above a word is in.
type lexFlag uint32

const (
	lStarter lexFlag = 1 << iota
	lMonth
	lShortMonth
	lWeekday
	lNumber
	lOrdinal
	lUnit
	lSeason
	lPart
	lFuture
	lIntent
	lCounted
	lLabel
	lPast
	lNotPastEd
	lHedge
	lNamesake // capitalised after a date, it makes the date a name: "13 May Square"
	lThe      // "the": it begins a rule only before what afterThe admits
)

// lexEntry is all the tables say of one word, so that a rule reads a
// token's field instead of looking its word up in a map.
type lexEntry struct {
	// What tokenize reads of every word it finds, first, in one cache
	// line.
	word  string // the word, in lower case
	flags lexFlag
	rules uint32 // bit r: rules[r] can begin with this word (a starter); set in init

	month   time.Month
	weekday time.Weekday
	number  int    // numberWords
	ordinal int    // ordinalWords
	unit    string // units
	season  string // seasons
	part    string // partsOfDay
}

// lexicon holds every word of the tables above, with what they say of
// it. Built once; read-only after.
var lexicon = func() map[string]*lexEntry {
	m := map[string]*lexEntry{}
	get := func(w string) *lexEntry {
		e := m[w]
		if e == nil {
			e = &lexEntry{word: w}
			m[w] = e
		}
		return e
	}
	set := func(words map[string]bool, f lexFlag) {
		for w, ok := range words {
			if ok {
				get(w).flags |= f
			}
		}
	}
	set(starters, lStarter)
	set(ruleWords, 0)
	set(dayOfMonthBefore, 0)
	set(eventNouns, 0)
	set(notDayOfMonth, 0)
	set(shortMonths, lShortMonth)
	set(futureCues, lFuture)
	set(intentCues, lIntent)
	set(counted, lCounted)
	set(labels, lLabel)
	set(pastCues, lPast)
	set(notPastEd, lNotPastEd)
	set(hedges, lHedge)
	set(namesakes, lNamesake)
	set(map[string]bool{"the": true}, lThe)
	for w, v := range months {
		e := get(w)
		e.flags |= lMonth
		e.month = v
	}
	for w, v := range weekdays {
		e := get(w)
		e.flags |= lWeekday
		e.weekday = v
	}
	for w, v := range numberWords {
		e := get(w)
		e.flags |= lNumber
		e.number = v
	}
	for w, v := range ordinalWords {
		e := get(w)
		e.flags |= lOrdinal
		e.ordinal = v
	}
	for w, v := range units {
		e := get(w)
		e.flags |= lUnit
		e.unit = v
	}
	for w, v := range seasons {
		e := get(w)
		e.flags |= lSeason
		e.season = v
	}
	for w, v := range partsOfDay {
		e := get(w)
		e.flags |= lPart
		e.part = v
	}
	return m
}()

// joinedOnly are the lexicon's words that only joinRelativeDays gives a
// token, for another language's phrase: a text's own word never reads as
// them.
var joinedOnly = map[string]bool{"nextday": true, "prevday": true, "sameday": true}

// lexTable is lexicon as an open-addressing hash table keyed by a
// word's head (see wordHead) and length, cheaper than the map for a
// lookup per word: most words are told apart by comparing one number,
// and a word is looked up as written ("January"), ASCII case folded,
// without lower-casing it first. Built once; read-only after.
var lexTable = func() *lexTab {
	// Shorter words, the commoner ("the", "of", "a"), go in first: they
	// take the first slot they probe, where a lookup finds them soonest.
	words := slices.SortedFunc(maps.Keys(lexicon), func(a, b string) int {
		return cmp.Or(len(a)-len(b), strings.Compare(a, b))
	})
	t := &lexTab{}
	for _, w := range words {
		if joinedOnly[w] {
			continue // no text's word may take it ("sameday delivery")
		}
		for i := range len(w) {
			if c := w[i]; (c < 'a' || c > 'z') && c != '\'' {
				panic("timex: lexicon word " + w + " is not lower-case ASCII") // equalFold relies on it
			}
		}
		h := wordHead(w)
		s := lexHome(h, len(w))
		for t.heads[s] != 0 {
			s = (s + 1) % lexSlots
		}
		t.heads[s], t.entries[s] = h, lexicon[w]
	}
	return t
}()

const (
	lexBits  = 11
	lexSlots = 1 << lexBits // over six times len(lexicon): a word seldom probes twice
)

// lexTab holds the lexicon's words by slot: their heads (0: an empty
// slot), which most lookups read alone, and their entries.
type lexTab struct {
	heads   [lexSlots]uint64
	entries [lexSlots]*lexEntry
}

// lexHome is the first slot to probe for a word of n bytes with head h.
func lexHome(h uint64, n int) int {
	return int((h + uint64(n)) * 0x9e3779b97f4a7c15 >> (64 - lexBits))
}

// wordHead is the first eight bytes of w (up to its length), ASCII
// letters folded to lower case (b|0x20), as a little-endian number with
// zero bytes after a shorter word, and the top bit (longWord) set for a
// word of more than eight bytes: the key by which the lexicon holds w.
// A word holds no zero byte, so the head of an ASCII word of up to eight
// bytes is the whole word (a longer word's head has the top bit set, an
// ASCII byte's is clear); longer words of the same head are told apart
// by their length and other bytes.
func wordHead(w string) uint64 {
	var h uint64
	for i := min(len(w), 8) - 1; i >= 0; i-- {
		h = h<<8 | uint64(w[i]|0x20)
	}
	if len(w) > 8 {
		h |= longWord
	}
	return h
}

// longWord marks the head of a word of more than eight bytes.
const longWord = 1 << 63

// lookup returns the lexicon's entry for a word (not empty), or nil.
// The word is lower-case, or ASCII in any case: "May" is "may".
func lookup(w string) *lexEntry { return lookupHead(w, wordHead(w)) }

// lookupHead is lookup for a word whose head (wordHead) is known.
func lookupHead(w string, h uint64) *lexEntry {
	for s := lexHome(h, len(w)); lexTable.heads[s] != 0; s = (s + 1) % lexSlots {
		if lexTable.heads[s] != h {
			continue
		}
		if e := lexTable.entries[s]; len(e.word) == len(w) && (len(w) <= 8 || equalFold(e.word, w)) {
			return e
		}
	}
	return nil
}

// equalFold reports whether w, of key's length, is key (lower case, ASCII)
// but for the case of ASCII letters. A byte that ORed with 0x20 is a
// lower-case letter is that letter in either case; no other byte of a
// word (letters and apostrophes; a multi-byte rune's bytes stay at or
// above 0x80) can pass for a byte of key.
func equalFold(key, w string) bool {
	for i := 0; i < len(key); i++ {
		if w[i]|0x20 != key[i] {
			return false
		}
	}
	return true
}
