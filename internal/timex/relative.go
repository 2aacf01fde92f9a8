package timex

import (
	"fmt"
	"time"
)

// weekday: "on Tuesday", "last Friday", "next Monday", "Tuesday evening".
// A bare weekday is the last one before the anchor, or the next one after
// it when the sentence speaks of the future.
func (s *state) weekday(i int) (match, bool) {
	t := s.tok(i)
	if t.kind != tWord || !t.is(lWeekday) {
		return match{}, false
	}
	wd := t.lx.weekday
	forward := s.future(i)
	switch s.tok(i - 1).low {
	case "last", "past":
		forward = false
	case "next", "coming", "for", "until", "till":
		forward = true // "a rally for Saturday", "until Monday"
	}
	// "by Sunday" follows the tense: "by Sunday officials had
	// acknowledged" is the last Sunday, "will be lifted by Sunday" the
	// next (s.future above).
	// A story of a Friday that says "on Friday" means that day, as news
	// writes; "last Friday" and "next Friday" mean the other weeks'.
	explicit := s.tok(i-1).low == "last" || s.tok(i-1).low == "next" || s.tok(i-1).low == "past" || s.tok(i-1).low == "coming"
	var d time.Time
	story := false
	today := s.today() // (a live blog's later day counts from itself)
	switch {
	case (s.tok(i-1).low == "the" || s.tok(i-1).low == "that") && s.last.Before(s.anchor):
		// "Last Wednesday, 30 May ... on the Thursday night": the story's
		// Thursday, the first on or after the last day it named.
		d = s.last.AddDate(0, 0, (int(wd)-int(s.last.Weekday())+7)%7)
	case forward:
		diff := (int(wd) - int(today.Weekday()) + 7) % 7
		if diff == 0 && explicit {
			diff = 7
		}
		d = today.AddDate(0, 0, diff)
	default:
		diff := (int(today.Weekday()) - int(wd) + 7) % 7
		if diff == 0 && explicit {
			diff = 7
		}
		d = today.AddDate(0, 0, -diff)
		// "On Monday 29 July ... On Tuesday evening": a chronology
		// that names its days with their weekdays goes on from the
		// last (its own weekday is that day), where that is over a
		// week before the anchor (within a month of it).
		if after := s.last.AddDate(0, 0, (int(wd)-int(s.last.Weekday())+7)%7); !explicit && s.lastDated &&
			after.Before(d) && !s.last.Before(s.anchor.AddDate(0, -1, 0)) {
			d, story = after, true
		}
	}
	m := match{end: i + 1, typ: Date, value: dateValue(d), span: daySpan(d), prec: Day, relDay: true, named: true, weekday: wd,
		story: story}
	if t1 := s.tok(i + 1); t1.is(lPart) && t1.low != "tonight" {
		part := t1.lx.part
		m.end, m.typ, m.value = i+2, Time, m.value+"T"+part
	}
	return m, true
}

// relativeDay: today, yesterday, tomorrow, tonight, last night, this
// morning, yesterday evening, overnight, by dawn today, the day before
// yesterday.
func (s *state) relativeDay(i int) (match, bool) {
	t := s.tok(i)
	one := func(end int, d time.Time, part string) (match, bool) {
		m := match{end: end, typ: Date, value: dateValue(d), span: daySpan(d), prec: Day, relDay: true}
		if part != "" {
			m.typ, m.value = Time, m.value+"T"+part
		}
		return m, true
	}
	a := s.today()
	// "by dawn today", "at dawn today", "late last night".
	if (t.low == "dawn" || t.low == "dusk" || t.low == "midnight") && (s.tok(i+1).low == "today" || s.tok(i+1).low == "yesterday") {
		d := a
		if s.tok(i+1).low == "yesterday" {
			d = a.AddDate(0, 0, -1)
		}
		part, _ := t.part()
		return one(i+2, d, part)
	}
	switch t.low {
	case "today":
		if part, ok := s.partAt(i + 1); ok {
			return one(i+2, a, part)
		}
		return one(i+1, a, "")
	case "tonight":
		return one(i+1, a, "NI")
	case "yesterday", "tomorrow":
		d := a.AddDate(0, 0, -1)
		if t.low == "tomorrow" {
			d = a.AddDate(0, 0, 1)
		}
		if part, ok := s.partAt(i + 1); ok {
			return one(i+2, d, part)
		}
		return one(i+1, d, "")
	case "overnight":
		// The night before the text: it ends on the anchor day.
		m, _ := one(i+1, a.AddDate(0, 0, -1), "NI")
		m.span.End = a
		return m, true
	case "last":
		switch s.tok(i + 1).low {
		case "night", "evening":
			part, _ := s.partAt(i + 1)
			return one(i+2, a.AddDate(0, 0, -1), part)
		}
	case "this", "earlier", "later":
		if part, ok := s.partAt(i + 1); ok && s.tok(i+1).low != "tonight" && s.tok(i+1).low != "overnight" {
			return one(i+2, a, part)
		}
		if t.low != "this" && s.tok(i+1).low == "today" {
			return one(i+2, a, "")
		}
	case "the":
		// "the day before yesterday", "the day after tomorrow"
		if s.tok(i+1).low == "day" && (s.tok(i+2).low == "before" && s.tok(i+3).low == "yesterday") {
			return one(i+4, a.AddDate(0, 0, -2), "")
		}
		if s.tok(i+1).low == "day" && (s.tok(i+2).low == "after" && s.tok(i+3).low == "tomorrow") {
			return one(i+4, a.AddDate(0, 0, 2), "")
		}
	}
	return match{}, false
}

// count reads a count at token i: "3", "three", "a", "a couple of",
// "several" (vague). It returns the count (0 for vague), the token after
// it, and whether there was one.
func (s *state) count(i int) (int, int, bool) {
	t := s.tok(i)
	switch {
	case t.kind == tNum && !t.ordinal && t.digits <= 4:
		return t.n, i + 1, true
	case t.low == "a" && s.tok(i+1).low == "couple" && s.tok(i+2).low == "of":
		return 2, i + 3, true
	case t.low == "several" || t.low == "few" || t.low == "many":
		return 0, i + 1, true
	case t.low == "a" && (s.tok(i+1).low == "few"):
		return 0, i + 2, true
	case t.kind == tWord && t.number() > 0 && t.low != "couple":
		n := t.number()
		// "twenty-five", "twenty five"
		j := i + 1
		if s.tok(j).low == "-" {
			j++
		}
		if u := s.numberAt(j); n >= 20 && u > 0 && u < 10 {
			return n + u, j + 1, true
		}
		return n, i + 1, true
	}
	return 0, i, false
}

// shift moves d by n units back (n < 0) or ahead.
func shift(d time.Time, unit string, n int) time.Time {
	switch unit {
	case "D":
		return d.AddDate(0, 0, n)
	case "W":
		return d.AddDate(0, 0, 7*n)
	case "FN":
		return d.AddDate(0, 0, 14*n)
	case "M":
		return d.AddDate(0, n, 0)
	case "Y":
		return d.AddDate(n, 0, 0)
	case "DE":
		return d.AddDate(10*n, 0, 0)
	}
	return d
}

// periodAt returns the span, value and precision of the unit-long period
// holding d.
func periodAt(d time.Time, unit string) (Span, string, Precision) {
	switch unit {
	case "W", "FN":
		y, w := d.ISOWeek()
		return weekSpan(d), fmt.Sprintf("%04d-W%02d", y, w), Week
	case "M":
		return monthSpan(d.Year(), d.Month()), d.Format("2006-01"), Month
	case "Y":
		return yearSpan(d.Year()), d.Format("2006"), Year
	case "DE":
		dec := d.Year() / 10 * 10
		return Span{day(dec, 1, 1), day(dec+9, 12, 31)}, fmt.Sprintf("%03d", dec/10), Decade
	}
	return daySpan(d), dateValue(d), Day
}

// ago: "ten years ago", "three days ago", "a week ago", "several months
// ago". Days and weeks are exact; a count of years is vague: "ten years
// ago" from January 2022 spans mid-2011 to mid-2012, as people round.
func (s *state) ago(i int) (match, bool) {
	n, j, ok := s.count(i)
	if !ok {
		return match{}, false
	}
	unit, ok := s.unitAt(j)
	if !ok || s.tok(j+1).low != "ago" {
		return match{}, false
	}
	end := j + 2
	if subDay(unit) {
		// "about an hour ago", "minutes ago": the day of the telling.
		return match{end: end, typ: Date, value: dateValue(s.today()), span: daySpan(s.today()), prec: Day, relDay: true}, true
	}
	if n == 0 {
		return match{end: end, typ: Date, value: "PAST_REF", prec: Vague,
			span: Span{shift(s.today(), unit, -9), s.today()}}, true
	}
	d := shift(s.today(), unit, -n)
	if unit == "Y" || unit == "DE" {
		return match{end: end, typ: Date, value: d.Format("2006"), prec: Vague,
			span: Span{d.AddDate(0, -6, 0), d.AddDate(0, 6, 0)}}, true
	}
	if unit == "D" || unit == "FN" {
		return match{end: end, typ: Date, value: dateValue(d), span: daySpan(d), prec: Day}, true
	}
	sp, v, p := periodAt(d, unit)
	return match{end: end, typ: Date, value: v, span: sp, prec: p}, true
}

// today is the day "today" and "last night" count from: the anchor, or
// the day a live blog's stamps have gone on to ("Monday, July 22" then
// "9:05 am: ... in a video last night" is the 21st).
func (s *state) today() time.Time {
	if s.stampDay.After(s.anchor) {
		return s.stampDay
	}
	return s.anchor
}
