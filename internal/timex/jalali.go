package timex

import (
	"strconv"
	"time"
)

// The solar Hijri calendar of Iran and Afghanistan: twelve months, the
// first six of 31 days, the next five of 30, the last of 29 or 30; its
// year begins at the March equinox (1 Farvardin 1401 was 21 March 2022).

// jalaliToGregorian returns the Gregorian date of day jd of month jm of
// solar Hijri year jy, by the 33-year arithmetic of the calendar
// (exact for the years 1244 to 1530 AP, 1865 to 2151 AD).
func jalaliToGregorian(jy, jm, jd int) time.Time {
	jy += 1595
	days := -355668 + 365*jy + jy/33*8 + (jy%33+3)/4 + jd
	if jm < 7 {
		days += (jm - 1) * 31
	} else {
		days += (jm-7)*30 + 186
	}
	gy := 400 * (days / 146097)
	days %= 146097
	if days > 36524 {
		days--
		gy += 100 * (days / 36524)
		days %= 36524
		if days >= 365 {
			days++
		}
	}
	gy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		gy += (days - 1) / 365
		days = (days - 1) % 365
	}
	// days is now the day of the Gregorian year gy, from 0.
	return time.Date(gy, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
}

// Years a solar Hijri date may bear in a text about the present.
const minJalaliYear, maxJalaliYear = 1300, 1500

// jalaliMonthDays is the most days month m (1–12) of the solar Hijri
// year can have: 31 in the first six, 30 in the next five, 30 in Esfand
// of a leap year.
func jalaliMonthDays(m int) int {
	if m <= 6 {
		return 31
	}
	return 30
}

// rewriteJalali gives the tokens of each solar Hijri date ("۲۶ شهریور
// ۱۴۰۱", "8 مهر") the Gregorian day, month and year: the day's number,
// the month word's entry and the year's number change, their spans stay.
// A date without its year takes the year that puts it nearest anchor.
func rewriteJalali(text string, toks []token, anchor time.Time) []token {
	for i := 0; i+1 < len(toks); i++ {
		d, m := &toks[i], &toks[i+1]
		if d.kind != tNum || d.n < 1 || d.n > 31 || m.kind != tWord || text[d.end:m.start] != " " {
			continue
		}
		jm, ok := jalaliMonths[rtlKey(m.low)]
		if !ok || d.n > jalaliMonthDays(jm) {
			continue // "۳۱ مهر" is no day: Mehr has 30
		}
		var y *token
		if k := i + 2; k < len(toks) && toks[k].kind == tNum && toks[k].n >= minJalaliYear && toks[k].n <= maxJalaliYear &&
			text[m.end:toks[k].start] == " " {
			y = &toks[k]
		}
		var g time.Time
		var gy int // the solar Hijri year of g
		if y != nil {
			gy = y.n
			g = jalaliToGregorian(gy, jm, d.n)
		} else {
			// The year whose date lies nearest the anchor.
			gy = anchor.Year() - 621
			g = jalaliToGregorian(gy, jm, d.n)
			for _, other := range []int{gy - 1, gy + 1} {
				if o := jalaliToGregorian(other, jm, d.n); absDays(o.Sub(anchor)) < absDays(g.Sub(anchor)) {
					g, gy = o, other
				}
			}
		}
		if jm == 12 && d.n == 30 && g.Equal(jalaliToGregorian(gy+1, 1, 1)) {
			continue // 30 Esfand of a common year is no day
		}
		setNumber(d, g.Day())
		e := lexicon[monthWords[g.Month()-1]]
		m.lx, m.low, m.begins = e, e.word, e.rules
		if y != nil {
			setNumber(y, g.Year())
			i++
		}
		i++
	}
	return toks
}

// monthWords are the English lexicon's month words, in order.
var monthWords = [12]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// setNumber gives a number token a new value.
func setNumber(t *token, n int) {
	t.n = n
	t.low = strconv.Itoa(n)
	t.digits = uint8(len(t.low))
	t.begins = numberRules(t)
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
