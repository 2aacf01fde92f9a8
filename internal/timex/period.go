package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// relativePeriod: last week, this month, next year, last summer, earlier
// this month, in recent months, over the past two days, the past week.
func (s *state) relativePeriod(i int) (match, bool) {
	t := s.tok(i)
	a := s.today()
	switch t.low {
	case "last", "previous", "past", "this", "next", "coming", "current":
		j := i + 1
		if t.low == "past" || t.low == "last" {
			// "the past two days", "the last three weeks": a stretch up to now.
			if n, k, ok := s.count(j); ok && n > 0 {
				if tk := s.tok(k); tk.is(lUnit) && !subDay(tk.lx.unit) {
					unit := tk.lx.unit
					// "the past two days" written on the 5th: the 4th and 5th.
					return match{end: k + 1, typ: Duration, value: fmt.Sprintf("P%d%s", n, unit),
						span: Span{shift(a, unit, -n).AddDate(0, 0, 1), a}, prec: Vague}, true
				}
			}
		}
		if s.tok(j).low == "fiscal" || s.tok(j).low == "financial" || s.tok(j).low == "calendar" {
			j++ // "this fiscal year"
		}
		tj := s.tok(j)
		w := tj.low
		if tj.is(lSeason) {
			return s.seasonMatch(j+1, t.low, tj.lx.season), true
		}
		unit, ok := tj.unit()
		if !ok && w != "weekend" {
			return match{}, false
		}
		if unit == "D" || subDay(unit) {
			return match{}, false
		}
		// "over the past year", "in the past month": the stretch up to
		// now, as "the past two years" is, not the calendar year before.
		if t.low == "past" && w != "weekend" && s.tok(i-1).low == "the" {
			return match{end: j + 1, typ: Duration, value: durationValue(1, unit),
				span: Span{shift(a, unit, -1).AddDate(0, 0, 1), a}, prec: Vague}, true
		}
		n := 0
		switch t.low {
		case "last", "previous", "past":
			n = -1
		case "next", "coming":
			n = 1
		}
		if w == "weekend" {
			// Saturday and Sunday of the week n weeks away.
			wk := weekSpan(shift(a, "W", n))
			y, w := wk.Start.ISOWeek()
			return match{end: j + 1, typ: Date, value: fmt.Sprintf("%04d-W%02d-WE", y, w),
				span: Span{wk.End.AddDate(0, 0, -1), wk.End}, prec: Week}, true
		}
		sp, v, p := periodAt(shift(a, unit, n), unit)
		return match{end: j + 1, typ: Date, value: v, span: sp, prec: p}, true
	case "earlier", "later":
		// "earlier this month": from the start of the period to now.
		if s.tok(i+1).low == "this" {
			if t2 := s.tok(i + 2); t2.is(lUnit) && t2.lx.unit != "D" && !subDay(t2.lx.unit) {
				unit := t2.lx.unit
				sp, v, _ := periodAt(a, unit)
				// Earlier this month: before today; later: after it.
				if t.low == "earlier" {
					sp.End = a.AddDate(0, 0, -1)
				} else {
					sp.Start = a.AddDate(0, 0, 1)
				}
				return match{end: i + 3, typ: Date, value: v, span: sp, prec: Vague}, true
			}
		}
	case "recent":
		// "recent weeks": an unknown number of them, as TimeML writes it
		// (PXW), before the anchor.
		if t1 := s.tok(i + 1); t1.is(lUnit) && !subDay(t1.lx.unit) && t1.lx.unit != "DE" {
			unit := t1.lx.unit
			if t.low == "recent" {
				return match{end: i + 2, typ: Duration, value: "PX" + unit, span: Span{shift(a, unit, -6), a}, prec: Vague}, true
			}
			return match{end: i + 2, typ: Duration, value: "PX" + unit, span: Span{a, shift(a, unit, 6)}, prec: Vague}, true
		}
	case "the":
		// "the past two days" (the article starts the expression), "the
		// past several months", "the next few weeks".
		switch w := s.tok(i + 1).low; w {
		case "past", "last", "next", "coming", "recent":
			if m, ok := s.relativePeriod(i + 1); ok {
				return m, true
			}
			if n, k, ok := s.count(i + 2); ok {
				if tk := s.tok(k); tk.is(lUnit) && !subDay(tk.lx.unit) {
					unit := tk.lx.unit
					if w == "past" || w == "last" || w == "recent" {
						return match{end: k + 1, typ: Duration, value: "PX" + unit, span: Span{shift(a, unit, -6), a}, prec: Vague}, true
					}
					// "the next three days" told in the past after a
					// day named ("On 19 October crowds gathered. Over
					// the next three days police fired"): the days after
					// that one; else the days to come.
					if n > 0 && unit == "D" && n <= 31 {
						from := a
						if s.past(i) && !s.last.Equal(a) {
							from = s.last
						}
						return match{end: k + 1, typ: Duration, value: fmt.Sprintf("P%dD", n),
							span: Span{from.AddDate(0, 0, 1), from.AddDate(0, 0, n)}, prec: Vague}, true
					}
					return match{end: k + 1, typ: Duration, value: "PX" + unit, span: Span{a, shift(a, unit, 6)}, prec: Vague}, true
				}
			}
		}
	}
	return match{}, false
}

// seasonMatch resolves "last/this/next summer": the last complete one
// before the anchor, the one of the anchor's year, the next one to come.
func (s *state) seasonMatch(end int, which, season string) match {
	a := s.anchor
	y := a.Year()
	if season == "WI" && a.Month() <= 2 {
		y-- // January's winter began the December before
	}
	switch which {
	case "last", "previous", "past":
		if !seasonSpan(y, season).End.Before(a) {
			y--
		}
	case "next", "coming":
		if !seasonSpan(y, season).Start.After(a) {
			y++
		}
	}
	return match{end: end, typ: Date, value: fmt.Sprintf("%04d-%s", y, season), span: seasonSpan(y, season), prec: Season}
}

// holiday: New Year, New Year's Eve, Christmas, Christmas Eve, May Day,
// International Women's Day.
func (s *state) holiday(i int) (match, bool) {
	t := s.tok(i)
	// after skips a possessive "'s" at j: "New Year's", "Women's".
	after := func(j int) int {
		if (s.tok(j).low == "'" || s.tok(j).low == "’") && s.tok(j+1).low == "s" {
			return j + 2
		}
		return j
	}
	var m time.Month
	var d, end int
	switch {
	case t.low == "new" && s.tok(i+1).low == "year":
		j := after(i + 2)
		switch s.tok(j).low {
		case "eve":
			m, d, end = 12, 31, j+1
		case "day":
			m, d, end = 1, 1, j+1
		default:
			m, d, end = 1, 1, i+2
		}
	case t.low == "christmas" && s.tok(i+1).low == "eve":
		m, d, end = 12, 24, i+2
	case t.low == "christmas" && s.tok(i+1).low == "day":
		m, d, end = 12, 25, i+2
	case t.low == "christmas":
		m, d, end = 12, 25, i+1
	case t.low == "boxing" && s.tok(i+1).low == "day":
		m, d, end = 12, 26, i+2
	case t.low == "may" && s.tok(i+1).low == "day":
		m, d, end = 5, 1, i+2
	case t.low == "international" && s.tok(i+1).low == "women" && s.tok(after(i+2)).low == "day":
		m, d, end = 3, 8, after(i+2)+1
	case t.low == "women" && s.tok(after(i+1)).low == "day":
		m, d, end = 3, 8, after(i+1)+1
	default:
		return match{}, false
	}
	// The last one (a week's grace) before the anchor, or the next one
	// when the sentence speaks of the future.
	best := day(s.anchor.Year(), m, d)
	if s.future(i) {
		if best.Before(s.anchor) {
			best = day(s.anchor.Year()+1, m, d)
		}
	} else if best.After(s.anchor.AddDate(0, 0, 7)) {
		best = day(s.anchor.Year()-1, m, d)
	}
	if y, k, ok := s.year4(end); ok {
		best, end = day(y, m, d), k
	}
	return match{end: end, typ: Date, value: dateValue(best), span: daySpan(best), prec: Day, absolute: true}, true
}

// dayOfPeriod: "the first day of 2022", "the last day of January", "the
// first week of March".
func (s *state) dayOfPeriod(i int) (match, bool) {
	if s.tok(i).low != "the" {
		return match{}, false
	}
	t1 := s.tok(i + 1)
	ord, last := t1.ordinalWord(), t1.low == "last" || t1.low == "final"
	if ord == 0 && !last {
		return match{}, false
	}
	if t2 := s.tok(i + 2); t2.is(lWeekday) && s.tok(i+3).low == "of" && ord > 0 {
		return s.nthWeekday(i+4, ord, t2.lx.weekday)
	}
	if s.tok(i+2).low != "day" || s.tok(i+3).low != "of" {
		return match{}, false
	}
	j := i + 4
	if y, k, ok := s.year4(j); ok {
		d := day(y, 1, ord)
		if last {
			d = day(y, 12, 31)
		}
		return match{end: k, typ: Date, value: dateValue(d), span: daySpan(d), prec: Day, absolute: true}, true
	}
	if m, k, ok := s.monthName(j, true); ok {
		y := s.resolveYear(m, 1, i)
		if yy, kk, ok := s.year4(k); ok {
			y, k = yy, kk
		}
		d := day(y, m, ord)
		if last {
			d = day(y, m+1, 0)
		}
		return match{end: k, typ: Date, value: dateValue(d), span: daySpan(d), prec: Day, absolute: true}, true
	}
	return match{}, false
}

// rangeDays: "from 5 to 19 January", "between 2 and 4 January 2022",
// "5–19 Jan", "January 5-19", "from 5 January to 19 January".
func (s *state) rangeDays(i int) (match, bool) {
	j := i
	if w := s.tok(j).low; w == "from" || w == "between" {
		j++
	}
	// Month first: "January 5-19".
	if m, k, ok := s.monthName(j, true); ok {
		d1, ok1 := s.dayNumber(k)
		if ok1 && isRangeWord(s.tok(k+1).low) {
			if d2, ok2 := s.dayNumber(k + 2); ok2 && d2 > d1 {
				end := k + 3
				y := s.resolveYear(m, d1, i)
				if yy, kk, ok := s.year4(end); ok {
					y, end = yy, kk
				}
				return s.rangeMatch(end, y, m, d1, m, d2)
			}
		}
		return match{}, false
	}
	d1, ok := s.dayNumber(j)
	if !ok || !isRangeWord(s.tok(j+1).low) {
		// "from 5 January to 19 January"
		if ok {
			if m1, k, ok := s.monthName(j+1, true); ok && isRangeWord(s.tok(k).low) {
				if d2, ok := s.dayNumber(k + 1); ok {
					if m2, end, ok := s.monthName(k+2, true); ok {
						y := s.resolveYear(m1, d1, i)
						if yy, kk, ok := s.year4(end); ok {
							y, end = yy, kk
						}
						return s.rangeMatch(end, y, m1, d1, m2, d2)
					}
				}
			}
		}
		return match{}, false
	}
	d2, ok := s.dayNumber(j + 2)
	if !ok || d2 <= d1 {
		return match{}, false
	}
	m, end, ok := s.monthName(j+3, true)
	if !ok {
		return match{}, false
	}
	y := s.resolveYear(m, d1, i)
	if yy, kk, ok := s.year4(end); ok {
		y, end = yy, kk
	}
	return s.rangeMatch(end, y, m, d1, m, d2)
}

func isRangeWord(w string) bool {
	return w == "-" || w == "–" || w == "—" || w == "to" || w == "and" || w == "until" || w == "till" || w == "through"
}

func (s *state) rangeMatch(end, y int, m1 time.Month, d1 int, m2 time.Month, d2 int) (match, bool) {
	start, stop := day(y, m1, d1), day(y, m2, d2)
	if stop.Before(start) {
		stop = day(y+1, m2, d2) // "from 28 December to 3 January"
	}
	if d1 > day(y, m1+1, 0).Day() || d2 > day(stop.Year(), m2+1, 0).Day() {
		return match{}, false
	}
	return match{end: end, typ: Date, value: dateValue(start), span: Span{start, stop}, prec: Day, absolute: true}, true
}

// duration: "for six months", "a two-week state of emergency", "the
// seven-month strike", "180 days".
func (s *state) duration(i int) (match, bool) {
	j := i
	// "for weeks", "within days": an unknown number of them. The
	// preposition itself stays outside the expression, as TimeML has it.
	if w := s.tok(i).low; w == "for" || w == "within" || w == "lasting" {
		if t1 := s.tok(i + 1); t1.is(lUnit) && strings.HasSuffix(t1.low, "s") {
			u := t1.lx.unit
			return match{end: i + 2, typ: Duration, value: vagueDuration(u), skip: 1}, true
		}
		return match{}, false
	}
	n, k, ok := s.count(j)
	if !ok || n == 0 {
		return match{}, false
	}
	if s.tok(k).low == "-" {
		k++ // "two-week"
	}
	tk := s.tok(k)
	unit, ok := tk.unit()
	if !ok {
		return match{}, false
	}
	if next := s.tok(k + 1).low; next == "ago" || next == "later" || next == "earlier" || next == "after" || next == "before" {
		return match{}, false
	}
	return match{end: k + 1, typ: Duration, value: durationValue(n, unit)}, true
}

// relativeToLast: "the next day", "the following day", "the day before",
// "the previous day", "that day", "the same day": relative to the last
// date the text named.
func (s *state) relativeToLast(i int) (match, bool) {
	base := s.last
	one := func(end int, d time.Time) (match, bool) {
		return match{end: end, typ: Date, value: dateValue(d), span: daySpan(d), prec: Day, relDay: true}, true
	}
	switch s.tok(i).low {
	case "nextday": // "le lendemain", "al día siguiente" (relphrases.go)
		return one(i+1, base.AddDate(0, 0, 1))
	case "prevday":
		return one(i+1, base.AddDate(0, 0, -1))
	case "sameday":
		return one(i+1, base)
	case "the", "that":
	default:
		return match{}, false
	}
	if s.tok(i).low == "that" && s.tok(i+1).low == "day" {
		return one(i+2, base)
	}
	w, x := s.tok(i+1).low, s.tok(i+2).low
	week := func(end, n int) (match, bool) {
		sp, v, p := periodAt(shift(base, "W", n), "W")
		return match{end: end, typ: Date, value: v, span: sp, prec: p}, true
	}
	switch {
	case (w == "next" || w == "following") && x == "week" && s.tok(i).low == "the":
		// "the following week": the week after the last day named.
		return week(i+3, 1)
	case (w == "previous" || w == "preceding") && x == "week" && s.tok(i).low == "the":
		return week(i+3, -1)
	case w == "weekend" && s.tok(i).low == "the":
		// "over the weekend": the last one before the day of writing, or
		// the next one when the sentence speaks of the future.
		return s.theWeekend(i + 2)
	case (w == "next" || w == "following") && x == "day":
		return one(i+3, base.AddDate(0, 0, 1))
	case (w == "next" || w == "following") && s.tok(i).low == "the" && s.tok(i+2).is(lPart) && x != "tonight" && x != "overnight":
		// "by the next evening", "the following morning".
		part, _ := s.partAt(i + 2)
		m, ok := one(i+3, base.AddDate(0, 0, 1))
		m.typ, m.value = Time, m.value+"T"+part
		return m, ok
	case (w == "previous" || w == "preceding") && x == "day":
		return one(i+3, base.AddDate(0, 0, -1))
	case w == "day" && x == "before" && s.tok(i+3).kind != tWord:
		return one(i+3, base.AddDate(0, 0, -1))
	case w == "same" && x == "day":
		return one(i+3, base)
	case s.tok(i).low == "that" && w == "same" && x == "day":
		return one(i+3, base)
	case (w == "following" || w == "next") && s.tok(i).low == "the" && s.tok(i+2).is(lWeekday) && base.Before(s.anchor):
		// "Baldetti resigned on Friday 8 May, and the following
		// Saturday": the first such weekday after the last day named.
		// (The day right after is "the next day": "Friday 8 May ... the
		// following Saturday" is the Saturday of the week after.)
		wd := s.tok(i + 2).lx.weekday
		n := (int(wd)-int(base.Weekday())+6)%7 + 1
		if n == 1 {
			n = 8
		}
		return one(i+3, base.AddDate(0, 0, n))
	case (w == "previous" || w == "preceding") && s.tok(i).low == "the" && s.tok(i+2).is(lWeekday):
		wd := s.tok(i + 2).lx.weekday
		return one(i+3, base.AddDate(0, 0, -((int(base.Weekday())-int(wd)+6)%7+1)))
	}
	// "at dawn on the 31st", "a march on the 20th": the day of the month
	// of the last date the text named (or of the next month, when that
	// day is more than a fortnight before it).
	if t := s.tok(i + 1); s.tok(i).low == "the" && t.kind == tNum && t.ordinal && t.n >= 1 && t.n <= 31 &&
		dayOfMonthBefore[s.tok(i-1).low] && !(s.tok(i+2).kind == tWord && notDayOfMonth[s.tok(i+2).low]) {
		y, m, _ := base.Date()
		if t.n > daysInMonth(y, m) {
			return match{}, false
		}
		d := time.Date(y, m, t.n, 0, 0, 0, 0, time.UTC)
		if d.Before(base.AddDate(0, 0, -15)) {
			if d = d.AddDate(0, 1, 0); d.Day() != t.n {
				return match{}, false
			}
		}
		// "the secretary quit on the 13th", after a date to come: a
		// past day is on or before the day of writing.
		for k := 0; k < 2 && d.After(s.today()) && !s.future(i); k++ {
			y, m, _ := d.Date()
			m--
			if t.n > daysInMonth(y, m) {
				m--
			}
			d = time.Date(y, m, t.n, 0, 0, 0, 0, time.UTC)
		}
		return one(i+2, d)
	}
	return match{}, false
}

// dayOfMonthBefore are the words before "the 31st" that make it a day
// of the month.
var dayOfMonthBefore = map[string]bool{"on": true, "by": true, "until": true, "till": true, "since": true,
	"from": true, "before": true, "after": true, "for": true, "of": true}

// notDayOfMonth are the words after "the 5th" that make it something
// else: "the 5th century", "the 20th anniversary", "the 3rd floor".
var notDayOfMonth = map[string]bool{"century": true, "centuries": true, "anniversary": true, "floor": true,
	"time": true, "times": true, "day": true, "days": true, "week": true, "weeks": true, "month": true,
	"months": true, "year": true, "years": true, "minute": true, "round": true, "place": true, "birthday": true,
	"amendment": true, "district": true, "street": true, "avenue": true, "division": true, "brigade": true,
	"regiment": true, "battalion": true, "congress": true, "session": true, "edition": true, "annual": true,
	"straight": true, "consecutive": true, "of": true, "largest": true, "biggest": true, "most": true,
	"grade": true, "army": true, "fleet": true, "corps": true, "precinct": true, "ward": true, "term": true}

// daysInMonth is the number of days of month m of year y.
func daysInMonth(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// theWeekend reads "the weekend" ending at token end: Saturday and Sunday
// of the weekend after the last day the text named, where it named one
// before the anchor ("On Friday 6 July ... Over the weekend"); else of
// the last weekend on or before the anchor, or of the next one in a
// sentence about the future.
func (s *state) theWeekend(end int) (match, bool) {
	a := s.anchor
	var sat time.Time
	switch {
	case s.last.Before(a) && !s.future(end-1):
		sat = s.last.AddDate(0, 0, (int(time.Saturday)-int(s.last.Weekday())+7)%7)
		if s.last.Weekday() == time.Sunday {
			sat = s.last.AddDate(0, 0, -1)
		}
	case s.future(end - 1):
		sat = a.AddDate(0, 0, (int(time.Saturday)-int(a.Weekday())+7)%7)
		if a.Weekday() == time.Sunday {
			sat = a.AddDate(0, 0, -1)
		}
	default:
		back := (int(a.Weekday()) - int(time.Saturday) + 7) % 7
		if a.Weekday() == time.Sunday {
			back = 1
		}
		sat = a.AddDate(0, 0, -back)
	}
	_, v, _ := periodAt(sat, "W")
	return match{end: end, typ: Date, value: v + "-WE", span: Span{sat, sat.AddDate(0, 0, 1)}, prec: Week}, true
}

// later: "two days later", "a week before", "a month earlier". TimeML
// tags the quantity ("two days") as a duration and leaves the adverb out;
// the span is the day (or week, month) it points at from the last date the
// text named, which is what an event needs.
func (s *state) later(i int) (match, bool) {
	// "minutes before", "days after": an unknown number of them.
	if t := s.tok(i); t.is(lUnit) && strings.HasSuffix(t.low, "s") {
		u := t.lx.unit
		switch s.tok(i + 1).low {
		case "before", "after", "later", "earlier":
			return match{end: i + 1, typ: Duration, value: vagueDuration(u)}, true
		}
	}
	n, k, ok := s.count(i)
	if !ok || n == 0 {
		return match{}, false
	}
	tk := s.tok(k)
	unit, ok := tk.unit()
	if !ok {
		return match{}, false
	}
	sign := 0
	adverb := s.tok(k + 1).low
	switch adverb {
	case "later", "after":
		sign = 1
	case "earlier", "before":
		sign = -1
	default:
		return match{}, false
	}
	// "later" and "earlier" end the phrase; "after" and "before" begin a
	// clause of their own ("a day after crowds stormed"), whose day the
	// reader works out from that clause.
	m := match{end: k + 1, typ: Duration, value: durationValue(n, unit), later: adverb == "later" || adverb == "earlier"}
	if subDay(unit) {
		return m, true
	}
	d := shift(s.last, unit, sign*n)
	if (unit == "D" || unit == "FN") && !s.lastEnd.IsZero() {
		// Days from a month named: that month, shifted ("In April 2006
		// ... eight days later").
		m.span, m.prec = Span{Start: d, End: shift(s.lastEnd, unit, sign*n)}, Month
	} else if unit == "D" || unit == "FN" {
		m.span, m.prec = daySpan(d), Day
	} else {
		m.span, _, m.prec = periodAt(d, unit)
	}
	return m, true
}

// decade: "the 1990s", "the 90s", "the 1990's".
func (s *state) decade(i int) (match, bool) {
	if s.tok(i).low != "the" {
		return match{}, false
	}
	t := s.tok(i + 1)
	if t.kind != tNum || t.n%10 != 0 {
		return match{}, false
	}
	next := s.tok(i + 2)
	end := i + 3
	if next.low == "'" || next.low == "’" {
		next, end = s.tok(i+3), i+4
	}
	if next.kind != tWord || next.low != "s" || next.start != s.tok(end-2).end {
		return match{}, false
	}
	y := t.n
	switch t.digits {
	case 2:
		y += 1900
		if y < 1930 {
			y += 100
		}
	case 4:
	default:
		return match{}, false
	}
	return match{end: end, typ: Date, value: fmt.Sprintf("%03d", y/10), span: Span{day(y, 1, 1), day(y+9, 12, 31)}, prec: Decade}, true
}

// durationValue writes n units as TimeML does: decades and fortnights in
// years and weeks, hours with a T.
func durationValue(n int, unit string) string {
	switch unit {
	case "H":
		return "PT" + strconv.Itoa(n) + "H"
	case "MIN":
		return "PT" + strconv.Itoa(n) + "M"
	case "DE":
		return "P" + strconv.Itoa(10*n) + "Y"
	case "FN":
		return "P" + strconv.Itoa(2*n) + "W"
	}
	return "P" + strconv.Itoa(n) + unit
}

// nthWeekday: "the first Monday of 2024", "the second Sunday of May".
func (s *state) nthWeekday(j, n int, wd time.Weekday) (match, bool) {
	var start time.Time
	end := j
	if y, k, ok := s.year4(j); ok {
		start, end = day(y, 1, 1), k
	} else if m, k, ok := s.monthName(j, true); ok {
		y := s.resolveYear(m, 1, j)
		if yy, kk, ok := s.year4(k); ok {
			y, k = yy, kk
		}
		start, end = day(y, m, 1), k
	} else {
		return match{}, false
	}
	d := start.AddDate(0, 0, (int(wd)-int(start.Weekday())+7)%7+7*(n-1))
	return match{end: end, typ: Date, value: dateValue(d), span: daySpan(d), prec: Day, absolute: true}, true
}

// vagueDuration is an unknown number of units: PXD, PXW, PTXH, PTXM.
func vagueDuration(unit string) string {
	switch unit {
	case "H":
		return "PTXH"
	case "MIN":
		return "PTXM"
	case "DE":
		return "PXDE"
	}
	return "PX" + unit
}
