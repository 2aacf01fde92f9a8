package report

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// pageTime is a published time read from a page and how much of it is known.
type pageTime struct {
	t    time.Time
	prec Precision
}

func (p pageTime) known() bool { return p.prec == PrecisionDay || p.prec == PrecisionMinute }

// pageDay returns a date-only time. It is midnight UTC of that date, not of
// the reader's location: Parse stores every time in UTC and a day-precision
// time is read only for its date, which a midnight elsewhere would shift.
func pageDay(y int, m time.Month, d int) pageTime {
	return pageTime{time.Date(y, m, d, 0, 0, 0, 0, time.UTC), PrecisionDay}
}

// Layouts of machine-readable times (meta tags, JSON-LD, <time datetime>).
// When parsing, Go accepts fractional seconds after the seconds field even
// where a layout has none.
var (
	pageZonedLayouts = []string{
		"2006-01-02T15:04:05Z07:00", "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05Z07",
		"2006-01-02T15:04Z07:00", "2006-01-02T15:04Z0700",
		"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 Z07:00", "2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05-0700", "2006-01-02 15:04Z07:00", "2006-01-02 15:04 -0700",
		time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850,
		"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700",
	}
	pageLocalLayouts = []string{
		"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04",
	}
)

// pageParseMachineTime reads a machine-readable date or time: ISO 8601 and RFC
// 1123 forms first, then anything pageParseVisibleTime understands. A time of
// day gives minute precision, a date alone day precision; a time without a
// zone is read in loc. Named zones other than UTC and GMT are refused, as
// Go would silently read them as UTC.
func pageParseMachineTime(s string, loc *time.Location, order DateOrder) pageTime {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 200 {
		return pageTime{}
	}
	for _, l := range pageZonedLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if strings.Contains(l, "MST") {
			if name, _ := t.Zone(); name != "UTC" && name != "GMT" {
				return pageTime{}
			}
		}
		return pageTime{t, PrecisionMinute}
	}
	for _, l := range pageLocalLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return pageTime{t, PrecisionMinute}
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return pageDay(t.Year(), t.Month(), t.Day())
	}
	return pageParseVisibleTime(s, loc, order)
}

var (
	pageISODate = regexp.MustCompile(`(?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:[^\d]|$)`)
	// 5 January 2022, 5th of January 2022, 5 de enero de 2022, 5 января 2022 г.
	pageDayMonth = regexp.MustCompile(`(?i)(?:^|[^\d])(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+|del\s+)?(\d{4})(?:[^\d]|$)`)
	// January 5, 2022; Jan. 5th 2022
	pageMonthDay = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[^\d]|$)`)
	// 05.01.2022, 05/01/22: the two separators must agree.
	pageNumDate = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})([./-])(\d{1,2})([./-])(\d{4}|\d{2})(?:[^\d]|$)`)
	// 23:59, 11:59 pm, 11:59:30 p.m., optionally followed by UTC, GMT or an offset.
	pageClock = regexp.MustCompile(`(?i)(?:^|[^\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?(?:\s*(?:(utc|gmt|z\b)\s*)?([+-]\d{1,2}(?::?\d{2})?)?)?`)
)

// pageMonths names the months in the languages of the reports we see:
// English, French, Spanish, German and Russian, full and abbreviated, with
// the Russian genitive forms dates use ("5 января").
var pageMonths = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	"janvier": 1, "janv": 1, "février": 2, "févr": 2, "fevrier": 2, "mars": 3, "avril": 4, "avr": 4,
	"mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
	"octobre": 10, "novembre": 11, "décembre": 12, "déc": 12, "decembre": 12,
	"enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6,
	"julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
	"noviembre": 11, "diciembre": 12, "dic": 12,
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "okt": 10,
	"dezember": 12, "dez": 12,
	"январь": 1, "января": 1, "янв": 1, "февраль": 2, "февраля": 2, "фев": 2, "март": 3,
	"марта": 3, "мар": 3, "апрель": 4, "апреля": 4, "апр": 4, "май": 5, "мая": 5, "июнь": 6,
	"июня": 6, "июн": 6, "июль": 7, "июля": 7, "июл": 7, "август": 8, "августа": 8, "авг": 8,
	"сентябрь": 9, "сентября": 9, "сен": 9, "сент": 9, "октябрь": 10, "октября": 10, "окт": 10,
	"ноябрь": 11, "ноября": 11, "ноя": 11, "декабрь": 12, "декабря": 12, "дек": 12,
}

// pageParseVisibleTime finds a date, and a clock time if there is one, in a
// time stamp as pages show it: "5 January 2022 at 23:59", "January 5, 2022
// 11:59 PM", "Wednesday, 5 Jan 2022", "05.01.2022 23:59", "2022-01-05". An
// all-numeric date is read in order (DateOrderAuto reads it day first
// unless the first number cannot be a month). Without a zone the time is
// read in loc. Relative stamps ("2 hours ago") have no date and give
// nothing.
func pageParseVisibleTime(s string, loc *time.Location, order DateOrder) pageTime {
	if len(s) > 200 {
		return pageTime{}
	}
	y, mo, d, span, ok := pageFindDate(s, order)
	if !ok {
		return pageTime{}
	}
	// Look for the clock outside the date, so that "2022" is never an hour.
	rest := s[:span[0]] + strings.Repeat(" ", span[1]-span[0]) + s[span[1]:]
	m := pageClock.FindStringSubmatch(rest)
	if m == nil {
		return pageDay(y, mo, d)
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	sec := 0
	if m[3] != "" {
		sec, _ = strconv.Atoi(m[3])
	}
	switch strings.ToLower(m[4]) {
	case "a":
		if h == 12 {
			h = 0
		} else if h > 12 {
			return pageDay(y, mo, d)
		}
	case "p":
		if h < 12 {
			h += 12
		} else if h > 12 {
			return pageDay(y, mo, d)
		}
	}
	if h > 23 || mi > 59 || sec > 59 {
		return pageDay(y, mo, d)
	}
	where := loc
	if m[5] != "" {
		where = time.UTC
	}
	if m[6] != "" {
		off, ok := pageOffset(m[6])
		if !ok {
			return pageDay(y, mo, d)
		}
		where = time.FixedZone("", off)
	}
	return pageTime{time.Date(y, mo, d, h, mi, sec, 0, where), PrecisionMinute}
}

// pageOffset reads a zone offset such as +3, +03, +0300 or -03:30 in seconds.
func pageOffset(s string) (int, bool) {
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	s = strings.ReplaceAll(s[1:], ":", "")
	var h, m int
	switch len(s) {
	case 1, 2:
		h, _ = strconv.Atoi(s)
	case 3, 4:
		h, _ = strconv.Atoi(s[:len(s)-2])
		m, _ = strconv.Atoi(s[len(s)-2:])
	default:
		return 0, false
	}
	if h > 14 || m > 59 {
		return 0, false
	}
	return sign * (h*3600 + m*60), true
}

// pageFindDate finds the first well-formed date in s and returns it with the
// byte span it occupies.
func pageFindDate(s string, order DateOrder) (y int, m time.Month, d int, span [2]int, ok bool) {
	valid := func(y int, m time.Month, d int) bool {
		return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 &&
			d <= time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	if ms := pageISODate.FindStringSubmatchIndex(s); ms != nil {
		y, _ = strconv.Atoi(s[ms[2]:ms[3]])
		mo, _ := strconv.Atoi(s[ms[4]:ms[5]])
		d, _ = strconv.Atoi(s[ms[6]:ms[7]])
		if valid(y, time.Month(mo), d) {
			return y, time.Month(mo), d, [2]int{ms[2], ms[7]}, true
		}
	}
	for _, ms := range pageDayMonth.FindAllStringSubmatchIndex(s, -1) {
		mo, found := pageMonths[strings.ToLower(s[ms[4]:ms[5]])]
		d, _ = strconv.Atoi(s[ms[2]:ms[3]])
		y, _ = strconv.Atoi(s[ms[6]:ms[7]])
		if found && valid(y, mo, d) {
			return y, mo, d, [2]int{ms[2], ms[7]}, true
		}
	}
	for _, ms := range pageMonthDay.FindAllStringSubmatchIndex(s, -1) {
		mo, found := pageMonths[strings.ToLower(s[ms[2]:ms[3]])]
		d, _ = strconv.Atoi(s[ms[4]:ms[5]])
		y, _ = strconv.Atoi(s[ms[6]:ms[7]])
		if found && valid(y, mo, d) {
			return y, mo, d, [2]int{ms[2], ms[7]}, true
		}
	}
	for _, ms := range pageNumDate.FindAllStringSubmatchIndex(s, -1) {
		if s[ms[4]:ms[5]] != s[ms[8]:ms[9]] {
			continue
		}
		a, _ := strconv.Atoi(s[ms[2]:ms[3]])
		b, _ := strconv.Atoi(s[ms[6]:ms[7]])
		y, _ = strconv.Atoi(s[ms[10]:ms[11]])
		if ms[11]-ms[10] == 2 {
			// Two-digit years: this century up to 69, the last one after.
			if y < 70 {
				y += 2000
			} else {
				y += 1900
			}
		}
		d, mo := a, b
		if order == DateOrderMDY || order == DateOrderAuto && a <= 12 && b > 12 {
			d, mo = b, a
		}
		if valid(y, time.Month(mo), d) {
			return y, time.Month(mo), d, [2]int{ms[2], ms[11]}, true
		}
	}
	return 0, 0, 0, span, false
}

// pageNumericOrder decides DateOrderAuto for a page's all-numeric visible
// stamps: a first number above 12 can only be a day and a second above 12
// only a day too; when no stamp settles it, the order that keeps the stamps
// in document order running forward in time wins, and day-first when that
// does not decide either.
func pageNumericOrder(stamps []string, loc *time.Location) DateOrder {
	dayFirst, monthFirst := false, false
	numeric := 0
	for _, s := range stamps {
		if pageISODate.MatchString(s) || pageDayMonth.MatchString(s) || pageMonthDay.MatchString(s) {
			continue
		}
		for _, ms := range pageNumDate.FindAllStringSubmatch(s, -1) {
			a, _ := strconv.Atoi(ms[1])
			b, _ := strconv.Atoi(ms[3])
			numeric++
			if a > 12 && b <= 12 {
				dayFirst = true
			}
			if b > 12 && a <= 12 {
				monthFirst = true
			}
		}
	}
	switch {
	case dayFirst:
		return DateOrderDMY
	case monthFirst:
		return DateOrderMDY
	case numeric < 2:
		return DateOrderDMY
	}
	forward := func(order DateOrder) int {
		n := 0
		var prev time.Time
		for _, s := range stamps {
			t := pageParseVisibleTime(s, loc, order)
			if !t.known() {
				continue
			}
			if !prev.IsZero() && !t.t.Before(prev) {
				n++
			}
			prev = t.t
		}
		return n
	}
	if forward(DateOrderMDY) > forward(DateOrderDMY) {
		return DateOrderMDY
	}
	return DateOrderDMY
}
