package timex

import "time"

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

// subDay reports whether a unit is shorter than a day (hours, minutes):
// such a count moves no date.
func subDay(unit string) bool { return unit == "H" || unit == "MIN" }

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
)

// lexEntry is all the tables say of one word, so that a rule reads a
// token's field instead of looking its word up in a map.
type lexEntry struct {
	flags   lexFlag
	month   time.Month
	weekday time.Weekday
	number  int    // numberWords
	ordinal int    // ordinalWords
	unit    string // units
	season  string // seasons
	part    string // partsOfDay
	rules   uint32 // bit r: rules[r] can begin with this word (a starter); set in init
}

// lexicon holds every word of the tables above, with what they say of
// it; lexLens[a-'a'][z-'a'] has bit n set when some word of n bytes
// begins with a and ends with z, to skip the lookup for most words. Built
// once; read-only after.
var lexicon, lexLens = func() (map[string]*lexEntry, *[26][26]uint64) {
	m := map[string]*lexEntry{}
	get := func(w string) *lexEntry {
		e := m[w]
		if e == nil {
			e = &lexEntry{}
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
	set(shortMonths, lShortMonth)
	set(futureCues, lFuture)
	set(intentCues, lIntent)
	set(counted, lCounted)
	set(labels, lLabel)
	set(pastCues, lPast)
	set(notPastEd, lNotPastEd)
	set(hedges, lHedge)
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
	var lens [26][26]uint64
	for w := range m {
		if a, z := w[0], w[len(w)-1]; a >= 'a' && a <= 'z' && z >= 'a' && z <= 'z' && len(w) < 64 {
			lens[a-'a'][z-'a'] |= 1 << len(w)
		}
	}
	return m, &lens
}()

// lexTable is lexicon as an open-addressing hash table with a hash of a
// few bytes, cheaper than the map for a lookup per word. Built once;
// read-only after.
var lexTable = func() *[lexSlots]lexSlot {
	var t [lexSlots]lexSlot
	for w, e := range lexicon {
		h := lexHash(w)
		for t[h].e != nil {
			h = (h + 1) % lexSlots
		}
		t[h] = lexSlot{w, e}
	}
	return &t
}()

const (
	lexBits  = 10
	lexSlots = 1 << lexBits // well above len(lexicon)
)

type lexSlot struct {
	key string
	e   *lexEntry
}

func lexHash(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])<<8 ^ uint32(w[n-1])<<16 ^ uint32(w[n/2])<<24 ^ uint32(w[(n-1)/3])
	h *= 0x85ebca6b
	return h >> (32 - lexBits)
}

// lookup returns the lexicon's entry for a lower-case word (not empty),
// or nil.
func lookup(w string) *lexEntry {
	n := len(w)
	if a, z := w[0]-'a', w[n-1]-'a'; a < 26 && z < 26 && (n >= 64 || lexLens[a][z]>>n&1 == 0) {
		return nil // a-z and z-a wrap round below 'a'
	}
	for h := lexHash(w); lexTable[h].e != nil; h = (h + 1) % lexSlots {
		if lexTable[h].key == w {
			return lexTable[h].e
		}
	}
	return nil
}
