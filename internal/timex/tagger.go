package timex

import (
	"math/bits"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Tagger finds and resolves temporal expressions. The zero value reads
// all-numeric dates day-first; set MonthFirst for US texts.
type Tagger struct {
	MonthFirst bool
}

// match is a rule's reading of tokens [from, end).
type match struct {
	end      int // token index after the match
	typ      Type
	value    string
	span     Span
	prec     Precision
	absolute bool // names its date outright, so later "the next day" anchors on it
	relDay   bool // a relative day ("yesterday evening"), which an absolute date beside it overrides
	// named is set for a weekday ("Friday 18 October"): beside an absolute
	// date it only has to be that date's weekday.
	named   bool
	weekday time.Weekday
	skip    int  // leading tokens that triggered the rule but are not part of the expression ("for")
	later   bool // a duration counted from the last date named ("three days later")
	// stamp is set for a clock time alone on its line, a live blog's
	// stamp ("21:05"): it stands on the day of the stamps and headings
	// before it, not on a day some entry named.
	stamp bool
	// minute is a stamp's time of day, in minutes.
	minute int
	// story is set for a bare weekday read as the next day of its name
	// in a chronology (state.lastDated): the chronology goes on.
	story bool
}

// state is one tagging pass over a text.
type state struct {
	tg     *Tagger
	text   string
	toks   []token
	anchor time.Time // the text's own day
	last   time.Time // the last date the text named, for "the next day"
	// lastEnd is the last day of the month the text named last, when
	// that was a month ("In April 2006 ... eight days later"); zero when
	// it was a day.
	lastEnd time.Time
	// lastDated is set when the last day named came with its weekday
	// and its date ("Monday 29 July") or opened a line ("25 November
	// 2022. On Friday ..."), as a chronology tells its days: a bare
	// weekday after it goes on from it.
	lastDated bool
	// lastYear is a day of the year the text last named ("1989"), for
	// "3 June of that year".
	lastYear time.Time
	// stampDay is the day of a live blog's entries: the anchor, then each
	// date heading alone on its line, and the next day once the stamps
	// pass midnight; stampMin is the last stamp's minute of the day, -1
	// before the first.
	stampDay time.Time
	stampMin int
	// lower caches whether the text has no capital letter at all (0: not
	// yet known, 1: all lower case, 2: has capitals).
	lower uint8
	wide  int   // text before this offset is ASCII: a byte is a code point
	blank token // what tok returns beyond the tokens: zero, punctuation with no text
}

// runes is the number of code points in text[from:to].
func (s *state) runes(from, to int) int {
	if to <= s.wide {
		return to - from
	}
	if from < s.wide {
		return s.wide - from + utf8.RuneCountInString(s.text[s.wide:to])
	}
	return utf8.RuneCountInString(s.text[from:to])
}

// allLower reports whether the text is written without capitals (a chat
// message): then "march" and "may" may be months.
func (s *state) allLower() bool {
	if s.lower == 0 {
		s.lower = 1
		for i := 0; i < len(s.text); i++ {
			if c := s.text[i]; c >= 'A' && c <= 'Z' {
				s.lower = 2
				break
			}
		}
	}
	return s.lower == 1
}

// Tag returns the temporal expressions of text in order, resolved against
// anchor (the day the text was published; only its date counts).
func (tg *Tagger) Tag(text string, anchor time.Time) []Expression {
	sc := scratchPool.Get().(*scratch)
	s := &sc.st
	toks := tokenize(text, sc)
	toks, romance := romanceWords(text, toks)
	if sc.wide < len(text) && turkishWords(text, toks) {
		romance = true // (a Turkish date is as good a sign)
	}
	if sc.wide < len(text) && hasRTL(text[sc.wide:]) {
		toks = joinRTL(text, toks, dayOf(anchor))
	}
	if sc.wide < len(text) && hasDevanagari(text[sc.wide:]) {
		toks = rewriteBikram(text, toks, dayOf(anchor))
	}
	// Other languages' "the next day": in a text that writes their
	// dates or their scripts (English pays nothing for it).
	if romance || sc.wide < len(text) && hasNonLatinLetters(text[sc.wide:]) {
		toks = joinRelativeDays(text, toks)
	}
	*s = state{tg: tg, text: text, toks: toks, wide: sc.wide, anchor: dayOf(anchor)}
	out := sc.out[:0]
	defer func() {
		sc.toks = s.toks[:0]
		*s = state{}
		clear(out)
		sc.out = out[:0]
		scratchPool.Put(sc)
	}()
	s.last = s.anchor
	s.stampDay, s.stampMin = s.anchor, -1
	runeAt, byteAt := 0, 0
	for i := 0; i < len(toks); {
		if i = nextStart(toks, i); i == len(toks) {
			break
		}
		m, ok := s.longest(i)
		if !ok {
			i++
			continue
		}
		// "13 May Square", "the 6 October Bridge", "the 26 July
		// Movement": a date that names a place or a body.
		if m.absolute && m.end < len(s.toks) && s.toks[m.end].is(lNamesake) && text[s.toks[m.end].start] >= 'A' && text[s.toks[m.end].start] <= 'Z' {
			i = m.end
			continue
		}
		first := i + m.skip
		conflict := ""
		// "Thursday 14th", "Friday the 13th": the day of that number
		// that falls on that weekday, the latest up to a week after the
		// anchor.
		if m.named && m.prec == Day && m.end < len(s.toks) {
			j := m.end
			if s.toks[j].low == "the" {
				j++
			}
			if t := s.tok(j); t.kind == tNum && t.digits <= 2 && t.n >= 1 && t.n <= 31 && !s.tok(j+1).is(lMonth) &&
				!(s.tok(j+1).low == "of" && s.tok(j+2).is(lMonth)) {
				if d, ok := weekdayOfMonth(s.anchor, m.weekday, t.n); ok {
					m.span, m.value, m.absolute, m.end = daySpan(d), dateValue(d), true, j+1
				}
			}
		}
		// "yesterday evening 4 January", "by dawn today 5 January": the
		// absolute date beside a relative day wins.
		if m.relDay && m.end < len(s.toks) {
			j := m.end
			if j < len(s.toks) && s.toks[j].low == "," {
				j++
			}
			if abs, ok := s.longest(j); ok && abs.absolute && abs.prec == Day {
				// "Friday 6 July" with no year: the year in which 6 July is
				// a Friday, of the one guessed and those beside it.
				if m.named && abs.span.Start.Weekday() != m.weekday && !s.hasYear(j, abs.end) {
					for _, dy := range []int{-1, 1} {
						d := abs.span.Start.AddDate(dy, 0, 0)
						if d.Weekday() == m.weekday {
							abs.span = daySpan(d)
							abs.value = dateValue(d)
							break
						}
					}
				}
				if m.named && abs.span.Start.Weekday() != m.weekday {
					conflict = dateValue(abs.span.Start) + " is a " + abs.span.Start.Weekday().String() + ", not a " + m.weekday.String()
				} else if !m.named && !abs.span.Start.Equal(m.span.Start) {
					conflict = strconv.Quote(s.text[s.toks[first].start:s.toks[m.end-1].end]) + " is " + dateValue(m.span.Start) +
						" by the text's date, but the text says " + dateValue(abs.span.Start)
				}
				part := ""
				if k := strings.Index(m.value, "T"); k >= 0 {
					part = m.value[k:]
				}
				m.span, m.value, m.absolute, m.end = abs.span, abs.value+part, true, abs.end
			}
		}
		// "early December", "late last July", "mid-2011", "last June": the
		// words before a month, season or year belong to it; early, mid
		// and late narrow its span to a third.
		if m.typ == Date && (m.prec == Month || m.prec == Year || m.prec == Season || m.prec == Decade) && !strings.HasSuffix(m.value, "REF") {
			for first > 0 {
				w := s.toks[first-1].low
				if w == "-" && first > 1 && s.toks[first-2].low == "mid" {
					first--
					continue
				}
				if w != "early" && w != "late" && w != "mid" && w != "last" && w != "this" && w != "next" {
					break
				}
				if w == "early" || w == "late" || w == "mid" {
					m.span = third(m.span, w)
				}
				first--
			}
		}
		// Hedges before a duration: "almost seven years", "a mere 24
		// hours", "more than two weeks", "at least a month".
		if m.typ == Duration {
			for first > 0 && s.toks[first-1].is(lHedge) {
				first--
				if w := s.toks[first].low; (w == "mere" && first > 0 && s.toks[first-1].low == "a") ||
					(w == "than" && first > 0 && (s.toks[first-1].low == "more" || s.toks[first-1].low == "less")) ||
					(w == "least" && first > 0 && s.toks[first-1].low == "at") {
					first--
				}
			}
		}
		// "on 3 June of that year", "24 November that year", "in March
		// the same year": a day or month of the year the text last named.
		if m.typ == Date && (m.prec == Day || m.prec == Month) && !s.lastYear.IsZero() {
			if k := thatYearAfter(s.toks, m.end); k > m.end {
				if dy := s.lastYear.Year() - m.span.Start.Year(); dy != 0 {
					m.span = Span{m.span.Start.AddDate(dy, 0, 0), m.span.End.AddDate(dy, 0, 0)}
					if m.prec == Day {
						m.value = dateValue(m.span.Start)
					} else {
						m.value = m.span.Start.Format("2006-01")
					}
				}
				m.end, m.absolute = k, true
			}
		}
		if m.typ == Date && !m.span.Start.IsZero() && writesYear(s.toks[first:m.end]) {
			s.lastYear = m.span.Start
		}
		// "since last summer", "since 2011": from then until the anchor.
		if first > 0 && s.toks[first-1].low == "since" && m.span.Start.Before(s.anchor) && m.typ == Date {
			m.span.End = s.anchor
		}
		// ("lasted until 2 January" ends a span: "that day" after it is
		// still the day before.)
		// ("the pattern of 31 December" names another event's day: nor
		// is that one the day "that day" means.)
		until := spanBound(s.toks, first) ||
			first > 1 && s.toks[first-1].low == "of" && s.toks[first-2].kind == tWord && eventNouns[s.toks[first-2].low]
		if until {
			// the last day named stays
		} else if (m.absolute || m.relDay) && m.prec == Day && !m.span.Start.IsZero() {
			// (A day with its weekday, "Monday 29 July", or a day
			// opening a line, a chronology's heading: "25 November
			// 2022. On Friday evening ..."; "the same day", "that
			// night", "the next day" go on with it.)
			st := s.toks[first].start
			goesOn := s.lastDated && !m.absolute && !m.span.Start.Before(s.last) && !m.span.Start.After(s.last.AddDate(0, 0, 1))
			s.lastDated = goesOn || m.story || m.absolute && (s.toks[first].is(lWeekday) || first > 0 && s.toks[first-1].is(lWeekday) ||
				first > 1 && s.toks[first-1].low == "," && s.toks[first-2].is(lWeekday) ||
				st == 0 || s.text[st-1] == '\n')
			s.last, s.lastEnd = m.span.Start, time.Time{}
		} else if m.absolute && m.prec == Month && !m.span.Start.IsZero() {
			s.last, s.lastEnd, s.lastDated = m.span.Start, m.span.End, false
		}
		bs, be := s.toks[first].start, s.toks[m.end-1].end
		switch {
		case m.stamp:
			s.stampDay, s.stampMin, s.last = m.span.Start, m.minute, m.span.Start
		case m.absolute && m.prec == Day && aloneOnLine(text, bs, be):
			// "Friday, May 29, 2020": a heading the stamps after it
			// stand on.
			s.stampDay, s.stampMin = m.span.Start, -1
		}
		runeAt += s.runes(byteAt, bs)
		byteAt = bs
		e := Expression{Start: runeAt, End: runeAt + s.runes(bs, be), ByteStart: bs, ByteEnd: be,
			Text: text[bs:be], Type: m.typ, Value: m.value, Span: m.span, Precision: m.prec, Conflict: conflict,
			Later: m.later, Aside: until}
		out = append(out, e)
		i = m.end
	}
	if len(out) == 0 {
		return nil
	}
	return append([]Expression(nil), out...)
}

// weekdayOfMonth returns the latest day numbered n that falls on weekday
// wd, up to a week after the anchor, in the anchor's month or the two
// before it (a day named so is a recent one).
func weekdayOfMonth(anchor time.Time, wd time.Weekday, n int) (time.Time, bool) {
	limit := anchor.AddDate(0, 0, 7)
	y, m := anchor.Year(), anchor.Month()
	for k := 0; k < 3; k++ {
		d := time.Date(y, m, n, 0, 0, 0, 0, time.UTC)
		if d.Day() == n && !d.After(limit) && d.Weekday() == wd {
			return d, true
		}
		m--
		if m < time.January {
			m, y = time.December, y-1
		}
	}
	return time.Time{}, false
}

// nextStart returns the index of the first token from i on at which some
// rule can begin, or len(toks): most tokens start none.
func nextStart(toks []token, i int) int {
	for i < len(toks) && toks[i].begins == 0 {
		i++
	}
	return i
}

// hasYear reports whether tokens [from, to) write a year out (four
// digits, or an apostrophe year).
func (s *state) hasYear(from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		t := s.toks[k]
		if n := len(t.low); n == 4 && t.low[0] >= '0' && t.low[0] <= '9' || strings.HasPrefix(t.low, "'") {
			return true
		}
	}
	return false
}

// scratch is what a call of Tag works in: its tokens, the expressions
// found.
type scratch struct {
	st   state
	toks []token
	wide int // what tokenize found: text before it is ASCII
	out  []Expression
}

// scratchPool keeps scratch between calls: tagging a sentence should not
// allocate for its tokens.
var scratchPool = sync.Pool{New: func() any { return &scratch{toks: make([]token, 0, 64)} }}

// rule is one production of the grammar: read reads an expression at
// token i; starts says whether a word can be the first of what read
// reads, and num which numbers can (cheap tests on that token alone, true
// for every token read accepts first; they may be true for more).
type rule struct {
	read   func(*state, int) (match, bool)
	starts func(t *token) bool
	num    numClass
	// unit is set for a rule that reads a unit word among the tokens it
	// begins with, the one at i to i+nearUnit: "three days ago", "a
	// couple of weeks", "for months". Where there is none, longest does
	// not try it.
	unit bool
	// afterNumber, where set, tests the token after a number the rule
	// begins with (true for every one read accepts there): a number
	// followed by another token begins no numeric date ("5/1/2022") nor
	// clock time ("8 pm"), and longest does not try them.
	afterNumber func(t *token) bool
}

// nearUnit is how far after the first token a rule's unit word may be:
// a count takes up to three tokens ("a couple of", "twenty - five"), a
// hyphen may follow ("two-week").
const nearUnit = 4

// numClass is a kind of number a rule can begin with.
type numClass uint8

const (
	nNone    numClass = iota
	nAny              // any number: 05.01.2022
	nDay              // a day of the month, as dayNumberEnd reads it: 5, 5th, 31
	nYear             // a year, as yearAlone reads it: 2011
	nCount            // a count, as count reads it: 3, 180, 2000
	nCentury          // "the 20th century"
	nClock            // an hour: 8, 20
	numClasses
)

// classes are the numClasses number t belongs to, as bits.
func (t *token) classes() uint32 {
	c := uint32(1) << nAny
	if t.digits <= 2 && t.n >= 1 && t.n <= 31 {
		c |= 1 << nDay
	}
	if t.digits == 4 && t.n >= 1900 && t.n <= 2100 && !t.ordinal {
		c |= 1 << nYear
	}
	if !t.ordinal && t.digits <= 4 {
		c |= 1 << nCount
	}
	if t.ordinal && t.n >= 1 && t.n <= 21 {
		c |= 1 << nCentury
	}
	if t.digits <= 2 && !t.ordinal && t.n <= 24 {
		c |= 1 << nClock
	}
	return c
}

// numberRules has bit r set when rules[r] can begin with number t.
func numberRules(t *token) uint32 {
	var m uint32
	for c := t.classes(); c != 0; c &= c - 1 {
		m |= classRules[bits.TrailingZeros32(c)]
	}
	return m
}

// rules are the grammar, tried in this order at each token; on equal
// length the earlier rule wins.
// (Filled in init: the clock rule itself calls longest, which reads the
// table.)
var rules []rule

// unitRules and afterNumberRules have bit r set when rules[r].unit is
// set, and rules[r].afterNumber. Set in init; read-only after.
var unitRules, afterNumberRules uint32

// classRules[c] has bit r set when rules[r] can begin with a number of
// numClass c; a starter word's lexicon entry holds the same mask for that
// word. Set in init; read-only after.
var classRules [numClasses]uint32

func init() {
	words := func(ws ...string) func(t *token) bool {
		return func(t *token) bool {
			for _, w := range ws {
				if t.low == w {
					return true
				}
			}
			return false
		}
	}
	none := func(t *token) bool { return false }
	month := func(t *token) bool { return t.is(lMonth) }
	// dayNumberEnd's first word: "twenty-third", "fifth".
	dayStart := func(t *token) bool { return t.low == "twenty" || t.low == "thirty" || t.is(lOrdinal) }
	// count's first word: "three", "a", "several".
	countStart := func(t *token) bool { return t.is(lNumber) || words("several", "few", "many")(t) }
	or := func(fs ...func(t *token) bool) func(t *token) bool {
		return func(t *token) bool {
			for _, f := range fs {
				if f(t) {
					return true
				}
			}
			return false
		}
	}
	monthOr := func(ws ...string) func(t *token) bool {
		return or(month, words(ws...))
	}
	unitOr := func(ws ...string) func(t *token) bool {
		return or(func(t *token) bool { return t.is(lUnit) }, words(ws...))
	}
	rules = []rule{
		{read: (*state).dayMonthYear, starts: or(words("the"), dayStart), num: nDay, afterNumber: monthOr("of")},
		{read: (*state).monthDayYear, starts: month},
		{read: (*state).monthYear, starts: month},
		{read: (*state).monthAlone, starts: month},
		{read: (*state).yearAlone, starts: none, num: nYear},
		{read: (*state).numericDate, starts: none, num: nAny, afterNumber: func(t *token) bool {
			return t.kind == tPunct && (t.low == "." || t.low == "/" || t.low == "-")
		}},
		{read: (*state).weekday, starts: func(t *token) bool { return t.is(lWeekday) }},
		{read: (*state).relativeDay, starts: words("dawn", "dusk", "midnight", "today", "tonight", "yesterday", "tomorrow",
			"overnight", "last", "this", "earlier", "later", "the")},
		{read: (*state).ago, starts: countStart, num: nCount, unit: true, afterNumber: unitOr()},
		{read: (*state).relativePeriod, starts: words("last", "previous", "past", "this", "next", "coming", "current",
			"earlier", "later", "recent", "the")},
		{read: (*state).holiday, starts: words("new", "christmas", "boxing", "may", "international", "women")},
		{read: (*state).dayOfPeriod, starts: words("the")},
		{read: (*state).rangeDays, starts: or(words("from", "between"), month, dayStart), num: nDay,
			afterNumber: monthOr("-", "–", "—", "to", "and", "until", "till", "through")}, // isRangeWord
		{read: (*state).duration, starts: or(words("for", "within", "lasting"), countStart), num: nCount, unit: true,
			afterNumber: unitOr("-")},
		{read: (*state).relativeToLast, starts: words("the", "that", "nextday", "prevday", "sameday")},
		{read: (*state).decade, starts: words("the")},
		{read: (*state).later, starts: or(func(t *token) bool { return t.is(lUnit) }, countStart), num: nCount, unit: true,
			afterNumber: unitOr()},
		{read: (*state).reference, starts: or(func(t *token) bool { return t.is(lOrdinal) }, words("now", "currently",
			"presently", "nowadays", "recently", "lately", "daily", "weekly", "monthly", "annually", "yearly", "at",
			"several", "few", "many", "every", "each", "the")), num: nCentury, afterNumber: words("century")},
		{read: (*state).clock, starts: none, num: nClock, afterNumber: or(words(":", "am", "pm", "a", "p"),
			func(t *token) bool { return indicClockWord(t.low) })},
	}
	mask := func(t *token) uint32 {
		var m uint32
		for r, rl := range rules {
			if rl.starts(t) {
				m |= 1 << r
			}
		}
		return m
	}
	for r, rl := range rules {
		if rl.num != nNone {
			classRules[rl.num] |= 1 << r
		}
		if rl.unit {
			unitRules |= 1 << r
		}
		if rl.afterNumber != nil {
			afterNumberRules |= 1 << r
		}
	}
	for w, e := range lexicon {
		// Only a starter begins a rule (longest skips other words).
		if e.flags&lStarter != 0 {
			e.rules = mask(&token{kind: tWord, low: w, lx: e})
		}
	}
}

// longest tries every rule that can begin at token i and keeps the
// longest reading.
func (s *state) longest(i int) (match, bool) {
	if i < 0 || i >= len(s.toks) {
		return match{}, false
	}
	t := &s.toks[i]
	todo := t.begins
	if todo == 0 {
		return match{}, false // most tokens start no rule: skip them cheaply
	}
	if t.is(lThe) && !afterThe(s.tok(i+1)) {
		return match{}, false // "the government": the commonest starter, and seldom one
	}
	if todo&unitRules != 0 && !s.unitNear(i) {
		todo &^= unitRules // "a protest", "40 people"
	}
	if t.kind == tNum {
		todo = s.afterNumber(todo, i)
	}
	var best match
	ok := false
	for ; todo != 0; todo &= todo - 1 { // in the order of rules
		r := bits.TrailingZeros32(todo)
		if m, found := rules[r].read(s, i); found && (!ok || m.end > best.end) {
			best, ok = m, true
		}
	}
	return best, ok
}

// afterNumber returns todo without the rules whose afterNumber test the
// token after number i fails.
func (s *state) afterNumber(todo uint32, i int) uint32 {
	next := s.tok(i + 1)
	for m := todo & afterNumberRules; m != 0; m &= m - 1 {
		if r := bits.TrailingZeros32(m); !rules[r].afterNumber(next) {
			todo &^= 1 << r
		}
	}
	return todo
}

// unitNear reports whether a unit word is among tokens i to i+nearUnit.
func (s *state) unitNear(i int) bool {
	for k := i; k <= i+nearUnit && k < len(s.toks); k++ {
		if s.toks[k].is(lUnit) {
			return true
		}
	}
	return false
}

// afterThe reports whether t can follow "the" in an expression that
// begins with it: "the 1990s", "the fifth of January", "the twenty-third
// of", "the day before yesterday", "the past two days", "the last day
// of", "the next day", "the same day", "the future", "the end of".
func afterThe(t *token) bool {
	if t.kind == tNum || t.is(lOrdinal) {
		return true
	}
	switch t.low {
	case "twenty", "thirty", "day", "past", "last", "next", "coming", "recent", "final", "following", "previous",
		"preceding", "same", "future", "end", "weekend":
		return true
	}
	return false
}

// tok returns token i, or a blank one (punctuation with no text) beyond
// either end. Rules read the token in place, not a copy of it, and never
// write it.
func (s *state) tok(i int) *token {
	if uint(i) >= uint(len(s.toks)) {
		return &s.blank
	}
	return &s.toks[i]
}

// unitAt is the TimeML letter of the unit word at token i.
func (s *state) unitAt(i int) (string, bool) {
	if i < 0 || i >= len(s.toks) {
		return "", false
	}
	return s.toks[i].unit()
}

// partAt is the part-of-day code of the word at token i.
func (s *state) partAt(i int) (string, bool) {
	if i < 0 || i >= len(s.toks) {
		return "", false
	}
	return s.toks[i].part()
}

// numberAt is the value of the number word at token i, or 0.
func (s *state) numberAt(i int) int {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.toks[i].number()
}

// ordinalAt is the value of the ordinal word at token i, or 0.
func (s *state) ordinalAt(i int) int {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.toks[i].ordinalWord()
}

// future reports whether the sentence holding token i speaks of the
// future: a weekday or month there lies ahead, not behind.
func (s *state) future(i int) bool {
	from, to := s.sentence(i)
	for k := from; k <= to; k++ {
		t := &s.toks[k]
		if t.is(lFuture | lIntent) { // one test for most tokens
			if t.is(lFuture) {
				return true
			}
			if k+1 < len(s.toks) && (s.toks[k+1].low == "to" || s.toks[k+1].low == "for") && !nounAfter(s.toks, k) {
				return true
			}
		}
		// "will", "'ll" glued: "he'll", "they'll".
		if hasSuffixFold(t.low, "'ll") {
			return true
		}
		if t.kind == tWord && t.lx == nil && indicFuture(t.low) {
			return true // "मार्च करेंगे", will march
		}
	}
	return false
}

// tenseWindow bounds how far the tense cues of a sentence are looked for
// on each side of an expression, so that text with no full stops (a list,
// a garbled scrape) is still tagged in linear time.
const tenseWindow = 30

// sentence returns the token range of the sentence holding token i, at
// most tenseWindow tokens on each side, for its tense.
// A colon parts tenses too: "Decree just published: a state of
// emergency until 2 August" speaks of August to come.
func (s *state) sentence(i int) (from, to int) {
	from, to = i, i
	for from > 0 && i-from < tenseWindow && !s.toks[from-1].endsSentence() && s.toks[from-1].low != ":" {
		from--
	}
	for to < len(s.toks)-1 && to-i < tenseWindow && !s.toks[to].endsSentence() && s.toks[to].low != ":" {
		to++
	}
	return from, to
}

// endsSentence reports whether the token is a full stop, "!", "?" or ";",
// or the full stop of another script: the danda of Devanagari and
// Bengali, the Armenian ։, the Urdu ۔, the Arabic question mark.
func (t *token) endsSentence() bool {
	if t.kind != tPunct {
		return false
	}
	switch t.low {
	case ".", "!", "?", ";", "।", "॥", "։", "۔", "؟":
		return true
	}
	return false
}

// past reports whether the sentence holding token i is told in the past
// tense: an auxiliary (was, were, had, did) or a verb in -ed.
// nounAfter reports whether token k follows a determiner or a possessive
// ("his government's plan to overhaul", "the plan for Monday"): a noun,
// which names an intention without telling the sentence's time.
func nounAfter(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	switch p := toks[k-1].low; {
	case p == "the" || p == "a" || p == "an" || p == "his" || p == "her" || p == "its" || p == "their" ||
		p == "our" || p == "this" || p == "that" || p == "'s" || p == "’s":
		return true
	case hasSuffixFold(p, "'s") || hasSuffixFold(p, "’s"):
		return true
	case p == "s" && k >= 2 && (toks[k-2].low == "'" || toks[k-2].low == "’"):
		return true // "government's", tokenized apart
	}
	return false
}

func (s *state) past(i int) bool {
	from, to := s.sentence(i)
	for k := from; k <= to; k++ {
		t := &s.toks[k]
		// ("used", "fled", "died" count; "need", "feed" do not.)
		if w := t.low; t.is(lPast) || (len(w) > 4 || len(w) == 4 && w[1] != 'e') && hasSuffixFold(w, "ed") && t.kind == tWord && !t.is(lNotPastEd) {
			return true
		}
		if t.kind == tWord && t.lx == nil && indicPast(t.low) {
			return true // "आया", came; "হয়েছে", happened
		}
	}
	return false
}

// resolveYear places a month and day without a year: the occurrence
// nearest the anchor ("28 December" in early January is last December,
// "June" in March is this June), unless the sentence speaks of the future,
// when it is the next one from a week before the anchor on.
func (s *state) resolveYear(m time.Month, d int, i int) int {
	y := s.anchor.Year()
	if s.future(i) {
		if day(y, m, max(d, 1)).Before(s.anchor.AddDate(0, 0, -7)) {
			return y + 1
		}
		return y
	}
	best := y
	for _, c := range []int{y - 1, y + 1} {
		if distance(day(c, m, max(d, 1)), s.anchor) < distance(day(best, m, max(d, 1)), s.anchor) {
			best = c
		}
	}
	// A sentence in the past tense does not speak of a month to come:
	// "the fire was in August" in March is last August.
	if day(best, m, max(d, 1)).After(s.anchor.AddDate(0, 0, 7)) && s.past(i) {
		best--
	}
	return best
}

func distance(a, b time.Time) time.Duration {
	if a.Before(b) {
		return b.Sub(a)
	}
	return a.Sub(b)
}

// dayNumber reads a day of the month at token i: "5", "5th", "fifth",
// "twenty-third".
func (s *state) dayNumber(i int) (int, bool) {
	n, _, ok := s.dayNumberEnd(i)
	return n, ok
}

// dayNumberEnd is dayNumber with the token after the day.
func (s *state) dayNumberEnd(i int) (int, int, bool) {
	t := s.tok(i)
	switch {
	case t.kind == tNum && t.digits <= 2 && t.n >= 1 && t.n <= 31:
		return t.n, i + 1, true
	case t.kind == tWord && (t.low == "twenty" || t.low == "thirty"):
		j := i + 1
		if s.tok(j).low == "-" {
			j++
		}
		if tj := s.tok(j); tj.ordinalWord() > 0 && tj.ordinalWord() < 10 {
			if n := t.number() + tj.ordinalWord(); n <= 31 {
				return n, j + 1, true
			}
		}
	case t.kind == tWord && t.ordinalWord() > 0 && t.ordinalWord() <= 31:
		return t.ordinalWord(), i + 1, true
	}
	return 0, i, false
}

// monthName reads a month at token i, with an abbreviation's dot; it
// returns the month and the token after it.
func (s *state) monthName(i int, needNumber bool) (time.Month, int, bool) {
	t := s.tok(i)
	if t.kind != tWord || !t.is(lMonth) {
		return 0, i, false
	}
	m, short := t.lx.month, t.is(lShortMonth)
	if short && !needNumber {
		return 0, i, false
	}
	// "the fourth march", "it may rain": a month is written with a
	// capital; these two are also words. (Not the French "mars", "mai",
	// which stand for them in lower case.)
	if (t.low == "march" || t.low == "may") && t.end <= len(s.text) && s.text[t.start:t.end] == t.low && !s.allLower() {
		return 0, i, false
	}
	j := i + 1
	if short && s.tok(j).low == "." {
		j++
	}
	return m, j, true
}

// year4 reads a four-digit year at token i (1900–2100), after an
// optional comma.
func (s *state) year4(i int) (int, int, bool) {
	j := i
	if s.tok(j).low == "," {
		j++
	}
	t := s.tok(j)
	if t.kind == tNum && t.digits == 4 && t.n >= 1900 && t.n <= 2100 && !t.ordinal {
		return t.n, j + 1, true
	}
	return 0, i, false
}

func (s *state) dayMatch(end int, y int, m time.Month, d int) (match, bool) {
	if d < 1 || d > day(y, m+1, 0).Day() {
		return match{}, false
	}
	t := day(y, m, d)
	return match{end: end, typ: Date, value: dateValue(t), span: daySpan(t), prec: Day, absolute: true}, true
}

// dayMonthYear: "5 January 2022", "5th of January", "the fifth of January, 2022".
func (s *state) dayMonthYear(i int) (match, bool) {
	start := i
	if s.tok(i).low == "the" {
		i++
	}
	d, j, ok := s.dayNumberEnd(i)
	if !ok {
		return match{}, false
	}
	if s.tok(j).low == "of" {
		j++
	}
	m, j, ok := s.monthName(j, true)
	if !ok {
		return match{}, false
	}
	if t := s.tok(i); start != i && t.kind == tNum && !t.ordinal {
		return match{}, false // "the 5 January" is not a phrase; "the 5th of January" is
	}
	if y, k, ok := s.year4(j); ok {
		return s.dayMatch(k, y, m, d)
	}
	return s.dayMatch(j, s.resolveYear(m, d, start), m, d)
}

// monthDayYear: "January 5, 2022", "Jan. 5", "January Fifth 2022".
func (s *state) monthDayYear(i int) (match, bool) {
	m, j, ok := s.monthName(i, true)
	if !ok {
		return match{}, false
	}
	if s.tok(j).low == "the" && s.tok(j+1).kind == tWord {
		j++ // "March the fifteenth"
	}
	d, k, ok := s.dayNumberEnd(j)
	if !ok || s.tok(k).low == ":" {
		return match{}, false
	}
	j = k
	if y, k, ok := s.year4(j); ok {
		return s.dayMatch(k, y, m, d)
	}
	return s.dayMatch(j, s.resolveYear(m, d, i), m, d)
}

// monthYear: "December 2021", "in Jan. 2022".
func (s *state) monthYear(i int) (match, bool) {
	m, j, ok := s.monthName(i, true)
	if !ok {
		return match{}, false
	}
	y, k, ok := s.year4(j)
	if !ok {
		return match{}, false
	}
	return match{end: k, typ: Date, value: monthValue(y, m), span: monthSpan(y, m), prec: Month, absolute: true}, true
}

// monthAlone: "in December", "since January", "early March". "May" and
// "March" are also words: they count after a preposition only.
func (s *state) monthAlone(i int) (match, bool) {
	m, j, ok := s.monthName(i, false)
	if !ok {
		return match{}, false
	}
	if t := s.tok(i); t.low == "may" || t.low == "march" {
		switch s.tok(i - 1).low {
		case "in", "since", "until", "till", "of", "early", "late", "mid", "by", "last", "next", "this", "from", "through":
		default:
			return match{}, false
		}
	}
	y := s.resolveYear(m, 15, i)
	switch s.tok(i - 1).low {
	case "last":
		y = s.anchor.Year()
		if m >= s.anchor.Month() {
			y--
		}
	case "next":
		y = s.anchor.Year()
		if m <= s.anchor.Month() {
			y++
		}
	}
	return match{end: j, typ: Date, value: monthValue(y, m), span: monthSpan(y, m), prec: Month, absolute: true}, true
}

// yearAlone: "in 2011", "since 2011", "2011's strike"; a bare number is a
// year only where a year can stand.
func (s *state) yearAlone(i int) (match, bool) {
	t := s.tok(i)
	if t.kind != tNum || t.digits != 4 || t.n < 1900 || t.n > 2100 || t.ordinal {
		return match{}, false
	}
	// A number in the range of recent years is a year unless it counts
	// something ("2000 people") or is money ("$2021").
	if prev := s.tok(i - 1); prev.kind == tNum || prev.low == "$" || prev.low == "€" || prev.low == "£" || prev.low == "," || prev.low == "." {
		return match{}, false
	}
	if next := s.tok(i + 1); next.is(lCounted) || next.low == "%" || next.low == "," && s.tok(i+2).kind == tNum {
		return match{}, false
	}
	return match{end: i + 1, typ: Date, value: strconv.Itoa(t.n), span: yearSpan(t.n), prec: Year, absolute: true}, true
}

// numericDate: 05.01.2022, 5/1/2022, 2022-01-05, 05-01-2022.
func (s *state) numericDate(i int) (match, bool) {
	a, p1, b, p2, c := s.tok(i), s.tok(i+1), s.tok(i+2), s.tok(i+3), s.tok(i+4)
	if a.kind != tNum || b.kind != tNum || c.kind != tNum || p1.kind != tPunct || p1.low != p2.low {
		return match{}, false
	}
	if p1.low != "." && p1.low != "/" && p1.low != "-" {
		return match{}, false
	}
	// The parts must touch: "5 / 1 / 2022" is arithmetic.
	if a.end != p1.start || p1.end != b.start || b.end != p2.start || p2.end != c.start {
		return match{}, false
	}
	var y, mo, d int
	switch {
	case a.digits == 4 && p1.low == "-":
		y, mo, d = a.n, b.n, c.n
	case c.digits == 4 || c.digits == 2 && p1.low == "/":
		y, d, mo = c.n, a.n, b.n
		if c.digits == 2 {
			if prev := s.tok(i - 1); prev.is(lLabel) {
				return match{}, false // "Section 5/1/22" is a number
			}
			y += 2000 // "4/15/13": this century, as news writes it
			if y > s.anchor.Year()+1 {
				y -= 100
			}
		}
		// Day-first unless the tagger reads month-first, and the values
		// overrule the policy when only one order is a date.
		if s.tg.MonthFirst && a.n <= 12 || b.n > 12 {
			d, mo = b.n, a.n
		}
	default:
		return match{}, false
	}
	if mo < 1 || mo > 12 {
		return match{}, false
	}
	return s.dayMatch(i+5, y, time.Month(mo), d)
}

// third narrows a span to its early, mid or late third.
func third(sp Span, which string) Span {
	days := int(sp.End.Sub(sp.Start).Hours()/24) + 1
	n := days / 3
	switch which {
	case "early":
		return Span{sp.Start, sp.Start.AddDate(0, 0, n-1)}
	case "late":
		return Span{sp.End.AddDate(0, 0, -(n - 1)), sp.End}
	}
	return Span{sp.Start.AddDate(0, 0, n), sp.End.AddDate(0, 0, -n)}
}

// aloneOnLine reports whether text[bs:be] fills its line, but for spaces
// and a stop after it.
// spanBound reports whether the date at token first follows "until",
// "till" or "since", directly or over the part of a day ("until the
// afternoon of the 23rd").
func spanBound(toks []token, first int) bool {
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		switch w := toks[k].low; {
		case w == "until" || w == "till" || w == "since":
			return true
		case w == "the" || w == "of" || w == "early" || w == "late" || toks[k].is(lPart):
			continue
		}
		return false
	}
	return false
}

func aloneOnLine(text string, bs, be int) bool {
	if bs > 0 && text[bs-1] != '\n' {
		return false
	}
	rest := strings.TrimLeft(text[be:], " .:\t\r")
	return rest == "" || rest[0] == '\n'
}

// thatYearAfter returns the index after "of that year", "that year", "the
// same year" or "of the same year" at token i, or i when none is there.
func thatYearAfter(toks []token, i int) int {
	at := func(k int) string {
		if k < len(toks) {
			return toks[k].low
		}
		return ""
	}
	k := i
	if at(k) == "of" {
		k++
	}
	switch {
	case at(k) == "that" && at(k+1) == "year":
		return k + 2
	case at(k) == "the" && at(k+1) == "same" && at(k+2) == "year":
		return k + 3
	}
	return i
}

// writesYear reports whether toks hold a year written out in four digits.
func writesYear(toks []token) bool {
	for _, t := range toks {
		if t.kind == tNum && t.digits == 4 {
			return true
		}
	}
	return false
}
