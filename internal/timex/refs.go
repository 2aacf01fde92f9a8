package timex

import (
	"fmt"
	"time"
)

// reference: now, currently, recently, the past, the future, and sets
// (daily, weekly, every month), and quarters ("the first quarter of 2013").
func (s *state) reference(i int) (match, bool) {
	t, a := s.tok(i), s.today()
	// "the 20th century": TimeML leaves the article out.
	if (t.kind == tNum && t.ordinal && t.n >= 1 && t.n <= 21 || t.kind == tWord && t.ordinalWord() > 0) && s.tok(i+1).low == "century" {
		n := t.n
		if t.kind == tWord {
			n = t.ordinalWord()
		}
		return match{end: i + 2, typ: Date, value: fmt.Sprintf("%02d", n-1),
			span: Span{day((n-1)*100+1, 1, 1), day(n*100, 12, 31)}, prec: Vague}, true
	}
	switch t.low {
	case "now", "currently", "presently", "nowadays":
		return match{end: i + 1, typ: Date, value: "PRESENT_REF", span: daySpan(a), prec: Vague}, true
	case "recently", "lately":
		return match{end: i + 1, typ: Date, value: "PAST_REF", span: Span{a.AddDate(0, -3, 0), a}, prec: Vague}, true
	// Adverbs of frequency take TimeML's calendar-set values.
	case "daily":
		return match{end: i + 1, typ: Set, value: "XXXX-XX-XX"}, true
	case "weekly":
		return match{end: i + 1, typ: Set, value: "XXXX-WXX"}, true
	case "monthly":
		return match{end: i + 1, typ: Set, value: "XXXX-XX"}, true
	case "annually", "yearly":
		return match{end: i + 1, typ: Set, value: "XXXX"}, true
	case "at":
		if s.tok(i+1).low == "the" && s.tok(i+2).low == "time" {
			return match{end: i + 3, typ: Date, value: "PAST_REF", prec: Vague}, true
		}
	case "several", "few", "many":
		// "several days", "a few weeks": a duration of unknown length.
		if u, ok := s.unitAt(i + 1); ok && u != "DE" && s.tok(i+2).low != "ago" && s.tok(i+2).low != "later" {
			if subDay(u) {
				return match{end: i + 2, typ: Duration, value: "PTXH"}, true
			}
			return match{end: i + 2, typ: Duration, value: "PX" + u}, true
		}
	case "every", "each":
		if u, ok := s.unitAt(i + 1); ok && u != "DE" {
			if subDay(u) {
				return match{end: i + 2, typ: Set, value: "PT1H"}, true
			}
			return match{end: i + 2, typ: Set, value: "P1" + u}, true
		}
	case "the":
		switch s.tok(i + 1).low {
		case "past":
			if t2 := s.tok(i + 2); !t2.is(lUnit) && t2.kind != tNum && t2.number() == 0 {
				return match{end: i + 2, typ: Date, value: "PAST_REF", prec: Vague}, true
			}
		case "future":
			return match{end: i + 2, typ: Date, value: "FUTURE_REF", prec: Vague}, true
		}
		// "the end of the year", "the end of March", "the end of 2012"
		if s.tok(i+1).low == "end" && s.tok(i+2).low == "of" {
			j := i + 3
			if w := s.tok(j).low; w == "the" || w == "this" || w == "last" || w == "next" {
				j++
			}
			var sp Span
			var v string
			end := j + 1
			switch {
			case s.tok(j).low == "year":
				n := relativeShift(s.tok(j - 1).low)
				if n == 0 && s.tok(j-1).low != "this" && s.past(i) {
					n = -1 // "flu peaked by the end of the year", told in March
				}
				sp, v, _ = periodAt(shift(a, "Y", n), "Y")
			case s.tok(j).low == "month":
				sp, v, _ = periodAt(shift(a, "M", relativeShift(s.tok(j-1).low)), "M")
			default:
				if y, k, ok := s.year4(j); ok {
					sp, v, end = yearSpan(y), fmt.Sprintf("%04d", y), k
				} else if m, k, ok := s.monthName(j, true); ok {
					y := s.resolveYear(m, 28, j)
					sp, v, end = monthSpan(y, m), monthValue(y, m), k
				} else {
					return match{}, false
				}
			}
			return match{end: end, typ: Date, value: v, span: third(sp, "late"), prec: Vague}, true
		}
		// "the first quarter of 2013", "the fourth quarter"
		if q := s.ordinalAt(i + 1); q >= 1 && q <= 4 && s.tok(i+2).low == "quarter" {
			y, end := a.Year(), i+3
			if s.tok(end).low == "of" {
				if yy, k, ok := s.year4(end + 1); ok {
					y, end = yy, k
				}
			}
			start := day(y, time.Month(3*q-2), 1)
			return match{end: end, typ: Date, value: fmt.Sprintf("%04d-Q%d", y, q),
				span: Span{start, start.AddDate(0, 3, -1)}, prec: Vague}, true
		}
	}
	return match{}, false
}

// relativeShift is the number of periods "last", "next" and "this" move.
func relativeShift(w string) int {
	switch w {
	case "last":
		return -1
	case "next":
		return 1
	}
	return 0
}
