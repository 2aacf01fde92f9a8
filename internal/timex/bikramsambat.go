package timex

import (
	"strings"
	"time"
)

//go:generate bash ../../scripts/refresh-bikram-sambat.sh

// Nepal dates by the Bikram Sambat calendar: twelve solar months of 29
// to 32 days, as its almanacs set them year by year (no rule gives them:
// bikramsambat_table.go holds them, from a package), the year beginning
// in mid-April (1 Baishakh 2082 was 14 April 2025). Its press writes
// "२०८२ भदौ २३ गते" (the 23rd of Bhadra 2082), "भदौ २३", "२३ भदौ".
// Such a date's tokens are given the Gregorian day, month and year, as
// the solar Hijri ones are (jalali.go): "२३ भदौ २०८२" is read as "8
// September 2025"; "२०८२ भदौ २३", year first, as "8 September 2025"
// too, its first number taking the day and its last the year.
//
// Several month names are Hindi's too, for the months of the lunar
// calendar of India (माघ, चैत, जेठ, the last also a brother-in-law): a
// date is read in these months only with its year or with "गते", the
// word of Nepal's dates; the colloquial forms Nepal alone writes (भदौ,
// असोज, मंसिर …) need neither.

// bikramEpoch is the Gregorian day of 1 Baishakh bikramFirstYear.
var bikramEpoch = time.Date(1913, time.April, 13, 0, 0, 0, 0, time.UTC)

// bikramMonthDays returns the days of month m (1–12) of Bikram Sambat
// year y, or 0 outside the table.
func bikramMonthDays(y, m int) int {
	i := y - bikramFirstYear
	if i < 0 || i >= len(bikramMonths) || m < 1 || m > 12 {
		return 0
	}
	return 29 + int(bikramMonths[i]>>(2*(m-1))&3)
}

// bikramToGregorian returns the Gregorian date of day d of month m of
// Bikram Sambat year y, and false for a day the table does not hold.
func bikramToGregorian(y, m, d int) (time.Time, bool) {
	if d < 1 || d > bikramMonthDays(y, m) {
		return time.Time{}, false
	}
	days := d - 1
	for yy := bikramFirstYear; yy < y; yy++ {
		for mm := 1; mm <= 12; mm++ {
			days += bikramMonthDays(yy, mm)
		}
	}
	for mm := 1; mm < m; mm++ {
		days += bikramMonthDays(y, mm)
	}
	return bikramEpoch.AddDate(0, 0, days), true
}

// bikramMonthNames are the months' names, standard and colloquial, by
// number; the colloquial forms only Nepal writes are in nepalOnlyMonths.
var bikramMonthNames = func() map[string]int {
	m := map[string]int{}
	for i, names := range [12]string{
		"बैशाख वैशाख बैसाख", "जेठ जेष्ठ ज्येष्ठ", "असार आषाढ", "साउन श्रावण", "भदौ भाद्र", "असोज आश्विन",
		"कात्तिक कार्तिक", "मंसिर मङ्सिर मार्ग", "पुस पौष", "माघ", "फागुन फाल्गुन", "चैत चैत्र",
	} {
		for n := range strings.FieldsSeq(names) {
			m[PlainIndic(n)] = i + 1
		}
	}
	return m
}()

// nepalOnlyMonths are the month names no Hindi text dates by.
var nepalOnlyMonths = map[string]bool{"भदौ": true, "असोज": true, "कात्तिक": true, "मंसिर": true, "मङ्सिर": true,
	"पुस": true, "साउन": true, "असार": true, "फागुन": true}

// Years a Bikram Sambat date may bear in a text about the present.
const minBikramYear, maxBikramYear = 2000, 2089

// rewriteBikram gives the tokens of each Bikram Sambat date the
// Gregorian day, month and year (see above). A date without its year
// takes the year that puts it nearest anchor.
func rewriteBikram(text string, toks []token, anchor time.Time) []token {
	defer dropBikramYears(toks)
	for i := 0; i < len(toks); i++ {
		m := &toks[i]
		if m.kind != tWord || m.low == "" || m.low[0] != 0xE0 {
			continue
		}
		key := PlainIndic(m.low)
		bm, ok := bikramMonthNames[key]
		if !ok {
			continue
		}
		// The day after the month ("भदौ २३"), or before it ("२३ भदौ").
		var d, y *token
		switch {
		case i+1 < len(toks) && spaced(text, m, &toks[i+1]) && dayNumber(&toks[i+1]):
			d = &toks[i+1]
			if i > 0 && spaced(text, &toks[i-1], m) && bikramYear(&toks[i-1]) {
				y = &toks[i-1]
			}
		case i > 0 && spaced(text, &toks[i-1], m) && dayNumber(&toks[i-1]):
			d = &toks[i-1]
			if i+1 < len(toks) && spaced(text, m, &toks[i+1]) && bikramYear(&toks[i+1]) {
				y = &toks[i+1]
			}
		default:
			continue
		}
		gate := d.end < len(text) && strings.HasPrefix(strings.TrimLeft(text[d.end:], " "), "गते")
		if y == nil && !gate && !nepalOnlyMonths[key] {
			continue
		}
		g, ok := bikramNearest(y, bm, d.n, anchor, sentenceTense(toks, i))
		if !ok {
			continue
		}
		e := lexicon[monthWords[g.Month()-1]]
		m.lx, m.low, m.begins = e, e.word, e.rules
		switch {
		case y == nil:
			setNumber(d, g.Day())
		case y.start < m.start: // "२०८२ भदौ २३": read as day, month, year
			setNumber(y, g.Day())
			setNumber(d, g.Year())
		default:
			setNumber(d, g.Day())
			setNumber(y, g.Year())
		}
		if d.start > m.start {
			i++
		}
		if y != nil && y.start > m.start {
			i++
		}
	}
	return toks
}

// dropBikramYears makes the years left alone that can only be Bikram
// Sambat's ("२०८२ सालमा", in the year 2082: a Gregorian year of the
// 2050s or later is no year a report of today names) no dates: a span
// of April to April would be their reading, and the tagger has no such
// year; none is better than 2082.
func dropBikramYears(toks []token) {
	for i := range toks {
		if t := &toks[i]; t.kind == tNum && t.digits == 4 && t.n >= minBareBikramYear && t.n <= maxBikramYear {
			t.kind, t.begins = tWord, 0
		}
	}
}

// minBareBikramYear is the first year a Devanagari text's bare year
// must be Bikram Sambat's.
const minBareBikramYear = 2050

// bikramNearest converts day d of month m of the year y gives, or, with
// no year, of the year that puts it nearest anchor, as resolveYear
// places a Gregorian day: a sentence in the past tense (tense < 0) does
// not speak of a day more than a week ahead, one in the future (tense
// > 0) of a day more than a week behind.
func bikramNearest(y *token, m, d int, anchor time.Time, tense int) (time.Time, bool) {
	if y != nil {
		return bikramToGregorian(y.n, m, d)
	}
	base := anchor.Year() + 57 // (Bikram Sambat runs 56 or 57 years ahead)
	var best time.Time
	bestYear, found := 0, false
	for _, by := range []int{base - 1, base, base + 1} {
		g, ok := bikramToGregorian(by, m, d)
		if ok && (!found || absDays(g.Sub(anchor)) < absDays(best.Sub(anchor))) {
			best, bestYear, found = g, by, true
		}
	}
	week := 7 * 24 * time.Hour
	switch {
	case found && tense < 0 && best.Sub(anchor) > week:
		if g, ok := bikramToGregorian(bestYear-1, m, d); ok {
			best = g
		}
	case found && tense > 0 && anchor.Sub(best) > week:
		if g, ok := bikramToGregorian(bestYear+1, m, d); ok {
			best = g
		}
	}
	return best, found
}

// sentenceTense reads the tense of the sentence holding token i from
// its Devanagari verbs: -1 past, 1 future, 0 neither or both.
func sentenceTense(toks []token, i int) int {
	from, to := i, i
	for from > 0 && !toks[from-1].endsSentence() {
		from--
	}
	for to < len(toks)-1 && !toks[to].endsSentence() {
		to++
	}
	past, future := false, false
	for k := from; k <= to; k++ {
		if toks[k].kind == tWord && toks[k].lx == nil {
			past = past || indicPast(toks[k].low)
			future = future || indicFuture(toks[k].low)
		}
	}
	switch {
	case past && !future:
		return -1
	case future && !past:
		return 1
	}
	return 0
}

// spaced reports whether tokens a and b stand apart by one space.
func spaced(text string, a, b *token) bool { return text[a.end:b.start] == " " }

// dayNumber reports whether t is a number a day of a month may be.
func dayNumber(t *token) bool { return t.kind == tNum && t.n >= 1 && t.n <= 32 && t.digits <= 2 }

// bikramYear reports whether t is a number a Bikram Sambat year may be.
func bikramYear(t *token) bool {
	return t.kind == tNum && t.digits == 4 && t.n >= minBikramYear && t.n <= maxBikramYear
}

// hasDevanagari reports whether text holds a Devanagari letter or digit
// (U+0900 to U+097F, lead bytes E0 A4 and E0 A5).
func hasDevanagari(text string) bool { return hasE0Block(text, 0xA4, 0xA5) }

// hasE0Block reports whether text holds a rune led by the bytes E0 and
// lo to hi (a block of U+0800 to U+0FFF): a byte search, which English
// text never stops in.
func hasE0Block(text string, lo, hi byte) bool {
	for i := strings.IndexByte(text, 0xE0); i >= 0 && i+1 < len(text); {
		if b := text[i+1]; b >= lo && b <= hi {
			return true
		}
		j := strings.IndexByte(text[i+1:], 0xE0)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
