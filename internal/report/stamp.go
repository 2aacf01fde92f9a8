package report

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A stamp is a date (and usually a time) found on a line of its own in a
// pasted thread, with the author when the same line names one.
type stamp struct {
	date     civilTime
	author   string
	wrote    bool // "NAME wrote:": an author with no date
	postedBy bool // "Posted By" on its own: the author follows on the next line
}

// civilTime is a date and time as written, before the zone and the order of
// all-numeric dates are settled.
type civilTime struct {
	year, month, day int
	hour, min, sec   int
	hasTime          bool
	zone             *time.Location // nil when the stamp names none
	// numeric is set for all-numeric dates such as 05/01/2022, whose first
	// two numbers are day and month in some order; month and day then hold
	// the day-first reading.
	numeric bool
}

// resolve returns the time in the given order of numeric dates and default
// zone, and false when the written values are no valid date.
func (c civilTime) resolve(order DateOrder, loc *time.Location) (time.Time, Precision, bool) {
	day, month := c.day, c.month
	if c.numeric && order == DateOrderMDY {
		day, month = c.month, c.day
	}
	if month < 1 || month > 12 || day < 1 || day > daysIn(c.year, month) || c.hour > 23 || c.min > 59 || c.sec > 60 {
		return time.Time{}, PrecisionNone, false
	}
	if c.zone != nil {
		loc = c.zone
	}
	t := time.Date(c.year, time.Month(month), day, c.hour, c.min, c.sec, 0, loc)
	if !c.hasTime {
		return time.Date(c.year, time.Month(month), day, 0, 0, 0, 0, time.UTC), PrecisionDay, true
	}
	return t, PrecisionMinute, true
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

var stampMonths = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
	// Russian, in the genitive that dates use ("5 января 2022").
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
	"сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}

// The building blocks of stamp patterns. Month names are English and
// Russian, as the forum software our users paste from prints them; the
// numeric and ISO forms cover everything else.
const (
	reWeekday = `(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+)?`
	reMonth   = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.?`
	reDay     = `(\d{1,2})(?:st|nd|rd|th)?`
	reYear    = `(\d{4})(?:\s*(?:г\.?|года))?`
	reClock   = `(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?`
	reZone    = `(?:\s*\(?(utc|gmt|z|[+-]\d{2}:?\d{2}|(?:utc|gmt)[+-]\d{1,2}(?::?\d{2})?)\)?)?`
	// reTimeSep joins a date and a time: "5 January 2022 at 23:59",
	// "Jan 5, 2022, 11:59 pm", "2022-01-05T23:59", "05/01/2022 - 23:59".
	reTimeSep = `(?:\s*(?:,|\bat\b|в|@|-|–|—|\||t|\s)\s*)`
)

var (
	// Each date pattern captures: the date parts, then clock hour, minute,
	// second, am/pm, zone.
	reMDY     = regexp.MustCompile(`(?i)^` + reWeekday + reMonth + `\s+` + reDay + `,?\s+` + reYear + `(?:` + reTimeSep + reClock + reZone + `)?$`)
	reDMY     = regexp.MustCompile(`(?i)^` + reWeekday + reDay + `\s+(?:of\s+)?` + reMonth + `,?\s+` + reYear + `(?:` + reTimeSep + reClock + reZone + `)?$`)
	reISO     = regexp.MustCompile(`(?i)^` + reWeekday + reYear + `-(\d{1,2})-(\d{1,2})(?:` + reTimeSep + reClock + reZone + `)?$`)
	reNumeric = regexp.MustCompile(`(?i)^` + reWeekday + `(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})(?:` + reTimeSep + reClock + reZone + `)?$`)
	// A clock before the date: "23:59, 5 January 2022" (wiki signatures).
	reClockFirst = regexp.MustCompile(`(?i)^` + reClock + `,?\s+(.+?)` + reZone + `$`)
)

// parseDate reads s, the whole of it, as a date with an optional time.
func parseDate(s string) (civilTime, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if m := reMDY.FindStringSubmatch(s); m != nil {
		c := civilTime{month: stampMonths[strings.ToLower(m[1])], day: atoi(m[2]), year: atoi(m[3])}
		return withClock(c, m[4:])
	}
	if m := reDMY.FindStringSubmatch(s); m != nil {
		c := civilTime{day: atoi(m[1]), month: stampMonths[strings.ToLower(m[2])], year: atoi(m[3])}
		return withClock(c, m[4:])
	}
	if m := reISO.FindStringSubmatch(s); m != nil {
		c := civilTime{year: atoi(m[1]), month: atoi(m[2]), day: atoi(m[3])}
		return withClock(c, m[4:])
	}
	if m := reNumeric.FindStringSubmatch(s); m != nil {
		if m[2] != m[4] { // 05/01-2022 is no date
			return civilTime{}, false
		}
		year := atoi(m[5])
		if len(m[5]) == 2 {
			year += 2000
		}
		c := civilTime{day: atoi(m[1]), month: atoi(m[3]), year: year, numeric: true}
		return withClock(c, m[6:])
	}
	if m := reClockFirst.FindStringSubmatch(s); m != nil {
		c, ok := parseDate(m[5])
		if !ok || c.hasTime {
			return civilTime{}, false
		}
		return withClock(c, []string{m[1], m[2], m[3], m[4], m[6]})
	}
	return civilTime{}, false
}

// valid reports whether c is a real day and time in at least one reading.
func (c civilTime) valid() bool {
	_, _, dmy := c.resolve(DateOrderDMY, time.UTC)
	if dmy || !c.numeric {
		return dmy
	}
	_, _, mdy := c.resolve(DateOrderMDY, time.UTC)
	return mdy
}

// withClock adds the clock groups (hour, minute, second, am/pm, zone) to c.
func withClock(c civilTime, g []string) (civilTime, bool) {
	if c.year < 1900 || c.year > 2200 {
		return civilTime{}, false
	}
	if g[0] == "" {
		return c, c.valid()
	}
	c.hasTime = true
	c.hour, c.min, c.sec = atoi(g[0]), atoi(g[1]), atoi(g[2])
	if ampm := strings.ToLower(strings.ReplaceAll(g[3], ".", "")); ampm != "" {
		if c.hour < 1 || c.hour > 12 {
			return civilTime{}, false
		}
		c.hour %= 12
		if ampm == "pm" {
			c.hour += 12
		}
	}
	if z := g[4]; z != "" {
		loc, ok := parseZone(z)
		if !ok {
			return civilTime{}, false
		}
		c.zone = loc
	}
	return c, c.valid()
}

// parseZone reads UTC, GMT, Z, +06:00, +0600 and UTC+6.
func parseZone(z string) (*time.Location, bool) {
	z = strings.ToLower(z)
	z = strings.TrimPrefix(strings.TrimPrefix(z, "utc"), "gmt")
	if z == "" || z == "z" {
		return time.UTC, true
	}
	sign := 1
	switch z[0] {
	case '+':
	case '-':
		sign = -1
	default:
		return nil, false
	}
	z = strings.ReplaceAll(z[1:], ":", "")
	var h, m int
	switch len(z) {
	case 1, 2:
		h = atoi(z)
	case 3:
		h, m = atoi(z[:1]), atoi(z[1:])
	case 4:
		h, m = atoi(z[:2]), atoi(z[2:])
	default:
		return nil, false
	}
	if h > 14 || m > 59 {
		return nil, false
	}
	off := sign * (h*3600 + m*60)
	if off == 0 {
		return time.UTC, true
	}
	return time.FixedZone(formatOffset(off), off), true
}

func formatOffset(off int) string {
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return string(sign) + twoDigits(off/3600) + ":" + twoDigits(off%3600/60)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

var (
	// "Posted on 17 November 2018 at 21:04 by NAME", "Posted on DATE".
	rePostedOn = regexp.MustCompile(`(?i)^(?:posted|published|written|submitted|added)\s+on\s+(.+?)(?:\s+by\s+(.+))?$`)
	// "Posted by NAME on DATE", "Post by NAME » DATE", "Submitted by NAME on DATE".
	rePostedBy = regexp.MustCompile(`(?i)^(?:posted|post|submitted|written|published|added)\s+by\s+(.+?)(?:\s*(?:\bon\b|»|\||,|·|•|—|–| - )\s*(.+))?$`)
	// "Posted By" alone: the author and the stamp follow on lines of their own.
	rePostedByAlone = regexp.MustCompile(`(?i)^(?:posted|submitted|written|published)\s+by:?$`)
	// "NAME wrote:", "NAME said:".
	reWrote = regexp.MustCompile(`(?i)^(.+?)\s+(?:wrote|said|writes|says):$`)
	// "NAME, DATE", "NAME | DATE", "NAME — DATE", "NAME on DATE", "NAME » DATE".
	reNameThenDate = regexp.MustCompile(`^(.+?)\s*(?:,|\||·|•|—|–|»| - |\s+on\s+|\s+at\s+)\s*(.+)$`)
	// "DATE by NAME", "DATE | NAME", "DATE — NAME".
	reDateThenName = regexp.MustCompile(`(?i)^(.+?)\s*(?:\s+by\s+|\||·|•|—|–|»| - )\s*(.+)$`)
)

// parseStamp reads a whole line as a thread stamp. A bare date with no
// time is only a stamp when allowBareDate is set: running text has dated
// headings ("3 January 2022") that do not start a new post.
func parseStamp(line string, allowBareDate bool) (stamp, bool) {
	s := strings.TrimSpace(line)
	if s == "" || len(s) > 160 || !mayBeStamp(s) {
		return stamp{}, false
	}
	// Forums decorate headers: ">> Posted by NAME on DATE", "» Post by
	// NAME » DATE". Decorated, only a full "posted by/on" header with a
	// date counts, so a quoted line ("> Jan 5 2022") stays a quote.
	if core := strings.TrimLeft(s, ">»#*|•–- "); core != s {
		st, ok := parseStamp(core, false)
		if !ok || st.date.year == 0 || !(rePostedOn.MatchString(core) || rePostedBy.MatchString(core)) {
			return stamp{}, false
		}
		return st, true
	}
	// "[05.01.2022 14:32]", "[05.01.22 14:32] Orda.kz": a date and time
	// in brackets, as Telegram copies messages and chat logs print them,
	// alone or before the author.
	if st, ok := bracketStamp(s); ok {
		return st, true
	}
	if rePostedByAlone.MatchString(s) {
		return stamp{postedBy: true}, true
	}
	if m := rePostedOn.FindStringSubmatch(s); m != nil {
		if c, ok := parseDate(m[1]); ok {
			name := strings.TrimSpace(m[2])
			if name != "" && !isName(name) {
				return stamp{}, false
			}
			return stamp{date: c, author: name}, true
		}
	}
	if m := rePostedBy.FindStringSubmatch(s); m != nil && isName(m[1]) {
		if m[2] == "" {
			return stamp{author: strings.TrimSpace(m[1]), wrote: true}, true
		}
		if c, ok := parseDate(m[2]); ok {
			return stamp{date: c, author: strings.TrimSpace(m[1])}, true
		}
	}
	if c, ok := parseDate(s); ok {
		if !c.hasTime && !allowBareDate {
			return stamp{}, false
		}
		return stamp{date: c}, true
	}
	if m := reWrote.FindStringSubmatch(s); m != nil && isName(m[1]) {
		return stamp{author: strings.TrimSpace(m[1]), wrote: true}, true
	}
	// A name and a date on one line: try every split point the separators
	// allow, as names may hold commas ("Smith, J.") and dates always do.
	// Such a line is short: a name of at most five words and a date.
	if len(strings.Fields(s)) > 14 {
		return stamp{}, false
	}
	for _, re := range []*regexp.Regexp{reNameThenDate, reDateThenName} {
		for _, idx := range re.FindAllStringSubmatchIndex(s, -1) {
			a, b := s[idx[2]:idx[3]], s[idx[4]:idx[5]]
			name, date := a, b
			if re == reDateThenName {
				name, date = b, a
			}
			if c, ok := parseDate(date); ok && isName(name) && c.hasTime {
				return stamp{date: c, author: strings.TrimSpace(name)}, true
			}
		}
	}
	return stamp{}, false
}

// mayBeStamp is a cheap test that rules out most lines before the
// patterns run: every stamp holds a four-digit year or a short numeric
// date (05/01/22), or ends in a colon ("NAME wrote:"), or starts with a
// "posted by" phrase.
// bracketStamp reads a line that opens with a date and a time in square
// brackets, alone or followed by an author's name (a colon after it
// allowed).
func bracketStamp(s string) (stamp, bool) {
	if !strings.HasPrefix(s, "[") {
		return stamp{}, false
	}
	k := strings.IndexByte(s, ']')
	if k < 0 {
		return stamp{}, false
	}
	c, ok := parseDate(s[1:k])
	if !ok || !c.hasTime {
		return stamp{}, false
	}
	rest := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s[k+1:]), ":"))
	if rest == "" {
		return stamp{date: c}, true
	}
	if !isName(rest) {
		return stamp{}, false
	}
	return stamp{date: c, author: rest}, true
}

func mayBeStamp(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
			continue
		}
		run = 0
	}
	if strings.HasSuffix(s, ":") || reShortNumericDate.MatchString(s) {
		return true
	}
	return rePostedByAlone.MatchString(s) || rePostedBy.MatchString(s)
}

var reShortNumericDate = regexp.MustCompile(`\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b`)

// isName reports whether s can be an author's name or handle: one to five
// words, short, not a sentence. Names hold letters, digits, initials with
// dots, hyphens, apostrophes, underscores and a leading @.
func isName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len([]rune(s)) > 40 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	if strings.ContainsAny(s, "!?;:\"“”«»()[]{}<>=/\\|") {
		return false
	}
	if strings.HasSuffix(s, ".") && !reInitialEnd.MatchString(s) {
		return false // a sentence, not "J. R."
	}
	lower := strings.ToLower(s)
	if _, isMonth := stampMonths[strings.Trim(lower, ".")]; isMonth {
		return false
	}
	for _, r := range s {
		if r >= '0' && r <= '9' || r == '_' || r == '@' || r == '.' || r == '-' || r == '\'' || r == '’' || r == ' ' || r == ',' {
			continue
		}
		if !isLetter(r) {
			return false
		}
	}
	return true
}

var reInitialEnd = regexp.MustCompile(`(?:^|\s)\p{Lu}\.$`)
