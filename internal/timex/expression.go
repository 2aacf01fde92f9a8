package timex

import (
	"fmt"
	"time"
)

// Type is a TimeML TIMEX3 type.
type Type string

// TimeML types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Precision says how much of a date is known.
type Precision string

// Precisions of a span, finest first.
const (
	Day    Precision = "day"
	Week   Precision = "week"
	Month  Precision = "month"
	Season Precision = "season"
	Year   Precision = "year"
	Decade Precision = "decade"
	Vague  Precision = "vague"
)

// Span is an inclusive span of days, as UTC midnights.
type Span struct {
	Start, End time.Time
}

// Expression is one temporal expression of a text.
type Expression struct {
	Start, End         int // code points of the text, [Start, End)
	ByteStart, ByteEnd int
	Text               string
	Type               Type
	Value              string // TimeML value
	// Span is the days the expression covers; zero for durations and
	// sets, and for vague references with no span (PAST_REF).
	Span      Span
	Precision Precision
	// Conflict explains a disagreement between a relative form and the
	// absolute date beside it ("yesterday 4 January" in a post of 7
	// January); the absolute date wins.
	Conflict string
	// Later is set for a duration that points at a day from the last one
	// the text named ("three days later", "a week earlier"): its Span is
	// that day, an event's date, though TimeML types it a duration.
	Later bool
	// Aside is set for a day that is no day the text goes on telling of:
	// one that bounds a span ("lasted until 2 January", "blocked since
	// Thursday night", "until the afternoon of the 23rd") or names
	// another event ("the pattern of 31 December"). "That day" and "the
	// day before" do not count from it.
	Aside bool
}

// HasSpan reports whether the expression covers known days.
func (e Expression) HasSpan() bool { return !e.Span.Start.IsZero() }

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// dayOf is the UTC midnight of t's date, as day makes it. A time that
// is one already (most are: days made by day and AddDate) is that very
// value and is returned as it is, without working out its date: UTC
// (nil location) with no monotonic reading (t.UTC() drops both another
// location and the reading), at a whole day.
func dayOf(t time.Time) time.Time {
	if t == t.UTC() && t.Nanosecond() == 0 && t.Unix()%(24*60*60) == 0 {
		return t
	}
	y, m, d := t.Date()
	return day(y, m, d)
}

func daySpan(t time.Time) Span { t = dayOf(t); return Span{t, t} }

func monthSpan(y int, m time.Month) Span {
	return Span{day(y, m, 1), day(y, m+1, 0)}
}

func yearSpan(y int) Span { return Span{day(y, 1, 1), day(y, 12, 31)} }

// weekSpan is the Monday-to-Sunday week holding t.
func weekSpan(t time.Time) Span {
	t = dayOf(t)
	off := (int(t.Weekday()) + 6) % 7 // days since Monday
	start := t.AddDate(0, 0, -off)
	return Span{start, start.AddDate(0, 0, 6)}
}

// seasonSpan is a northern-hemisphere meteorological season of year y:
// spring March–May, summer June–August, autumn September–November,
// winter December of y to February of y+1.
func seasonSpan(y int, season string) Span {
	switch season {
	case "SP":
		return Span{day(y, 3, 1), day(y, 5, 31)}
	case "SU":
		return Span{day(y, 6, 1), day(y, 8, 31)}
	case "FA":
		return Span{day(y, 9, 1), day(y, 11, 30)}
	default: // WI
		return Span{day(y, 12, 1), day(y+1, 3, 0)}
	}
}

// dateValue is t.Format(time.DateOnly), made without parsing the layout.
func dateValue(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(time.DateOnly)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// monthValue is fmt.Sprintf("%04d-%02d", y, m), made without fmt.
func monthValue(y int, m time.Month) string {
	if y < 0 || y > 9999 || m < 0 || m > 99 {
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	b := [7]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10)}
	return string(b[:])
}

// clockValue is the date of d, "T" and h:m: "2022-01-06T20:00".
func clockValue(d time.Time, h, m int) string {
	y, mo, dd := d.Date()
	if y < 0 || y > 9999 || h < 0 || h > 99 || m < 0 || m > 99 {
		return fmt.Sprintf("%sT%02d:%02d", d.Format(time.DateOnly), h, m)
	}
	b := [16]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + mo/10), byte('0' + mo%10), '-', byte('0' + dd/10), byte('0' + dd%10), 'T',
		byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10)}
	return string(b[:])
}
