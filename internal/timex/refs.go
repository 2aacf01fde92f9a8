package timex

import (
	"fmt"
	"time"
)

// reference: now, currently, recently, the past, the future, and sets
// (daily, weekly, every month), and quarters ("the first quarter of 2013").
func (s *state) reference(i int) (match, bool) {
	t, a := s.tok(i), s.anchor
	switch t.low {
	case "now", "currently", "presently", "nowadays":
		return match{end: i + 1, typ: Date, value: "PRESENT_REF", span: daySpan(a), prec: Vague}, true
	case "recently", "lately":
		return match{end: i + 1, typ: Date, value: "PAST_REF", span: Span{a.AddDate(0, -3, 0), a}, prec: Vague}, true
	case "daily":
		return match{end: i + 1, typ: Set, value: "P1D"}, true
	case "weekly":
		return match{end: i + 1, typ: Set, value: "P1W"}, true
	case "monthly":
		return match{end: i + 1, typ: Set, value: "P1M"}, true
	case "annually", "yearly":
		return match{end: i + 1, typ: Set, value: "P1Y"}, true
	case "at":
		if s.tok(i+1).low == "the" && s.tok(i+2).low == "time" {
			return match{end: i + 3, typ: Date, value: "PAST_REF", prec: Vague}, true
		}
	case "several", "few", "many":
		// "several days", "a few weeks": a duration of unknown length.
		if u, ok := units[s.tok(i+1).low]; ok && u != "DE" && s.tok(i+2).low != "ago" && s.tok(i+2).low != "later" {
			if u == "H" {
				return match{end: i + 2, typ: Duration, value: "PTXH"}, true
			}
			return match{end: i + 2, typ: Duration, value: "PX" + u}, true
		}
	case "every", "each":
		if u, ok := units[s.tok(i+1).low]; ok && u != "DE" {
			if u == "H" {
				return match{end: i + 2, typ: Set, value: "PT1H"}, true
			}
			return match{end: i + 2, typ: Set, value: "P1" + u}, true
		}
	case "the":
		switch s.tok(i + 1).low {
		case "past":
			if _, ok := units[s.tok(i+2).low]; !ok && s.tok(i+2).kind != tNum && numberWords[s.tok(i+2).low] == 0 {
				return match{end: i + 2, typ: Date, value: "PAST_REF", prec: Vague}, true
			}
		case "future":
			return match{end: i + 2, typ: Date, value: "FUTURE_REF", prec: Vague}, true
		}
		// "the 20th century", "the nineteenth century"
		if c := s.tok(i + 1); (c.kind == tNum && c.ordinal && c.n >= 1 && c.n <= 21 || ordinalWords[c.low] > 0) && s.tok(i+2).low == "century" {
			n := c.n
			if c.kind == tWord {
				n = ordinalWords[c.low]
			}
			return match{end: i + 3, typ: Date, value: fmt.Sprintf("%02d", n-1),
				span: Span{day((n-1)*100+1, 1, 1), day(n*100, 12, 31)}, prec: Vague}, true
		}
		// "the first quarter of 2013", "the fourth quarter"
		if q := ordinalWords[s.tok(i+1).low]; q >= 1 && q <= 4 && s.tok(i+2).low == "quarter" {
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
