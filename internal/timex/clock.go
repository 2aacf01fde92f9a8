package timex

import "strings"

// clock: "8 PM", "10:30 a.m.", "15:00 GMT", "15:00 GMT Saturday", "शाम 4 बजे",
// "at 23:59 on 5 January": a TIME on the day it names, else on the last
// date the text named.
func (s *state) clock(i int) (match, bool) {
	t := s.tok(i)
	if t.kind != tNum || t.digits > 2 || t.ordinal || t.n > 24 {
		return match{}, false
	}
	h, m, j := t.n, 0, i+1
	hasMinutes := false
	if s.tok(j).low == ":" && s.tok(j+1).kind == tNum && s.tok(j+1).digits == 2 && s.tok(j).start == t.end {
		m, j, hasMinutes = s.tok(j+1).n, j+2, true
		if m > 59 {
			return match{}, false
		}
	}
	// am/pm: "pm", "PM", "p.m."
	switch w := s.tok(j).low; {
	case w == "am" || w == "pm":
		h, j = twelveHour(h, w == "pm"), j+1
	case indicClockWord(w):
		// "शाम 4 बजे", "১০টায়": the hour in Hindi, Nepali, Marathi
		// or Bengali (indicclock.go).
		h, j = s.indicHour(i, h), j+1
	case (w == "a" || w == "p") && s.tok(j+1).low == "." && s.tok(j+2).low == "m":
		h, j = twelveHour(h, w == "p"), j+3
		if s.tok(j).low == "." && s.tok(j).start == s.tok(j-1).end {
			j++
		}
	default:
		if !hasMinutes || h > 23 {
			return match{}, false // a bare number is no time
		}
	}
	if h < 0 || h > 23 {
		return match{}, false
	}
	switch s.tok(j).low {
	case "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt":
		j++
	case "local":
		if s.tok(j+1).low == "time" {
			j += 2
		}
	}
	// A live blog's stamp, alone on its line: on the day of the stamps
	// before it, the next one once they pass midnight ("23:40" then
	// "00:05").
	if hasMinutes && (aloneOnLine(s.text, t.start, s.tok(j-1).end) || opensEntry(s.text, t.start, s.tok(j-1).end)) {
		d, minute := s.stampDay, h*60+m
		// Past midnight: a stamp of the small hours after one of the
		// late evening. (A blog whose newest entries come first goes
		// back in time from stamp to stamp, and stays on its day.)
		if s.stampMin >= 20*60 && minute < 4*60 {
			d = d.AddDate(0, 0, 1)
		}
		return match{end: j, typ: Time, value: clockValue(d, h, m), span: daySpan(d), prec: Day,
			stamp: true, minute: minute}, true
	}
	d := s.last
	// "15:00 GMT Saturday", "8 pm on 5 January".
	k := j
	if s.tok(k).low == "on" || s.tok(k).low == "," {
		k++
	}
	if dm, ok := s.longest(k); ok && dm.prec == Day && dm.typ != Duration {
		d, j = dm.span.Start, dm.end
	}
	return match{end: j, typ: Time, value: clockValue(d, h, m),
		span: daySpan(d), prec: Day}, true
}

func twelveHour(h int, pm bool) int {
	if h < 1 || h > 12 {
		return -1
	}
	h %= 12
	if pm {
		h += 12
	}
	return h
}

// opensEntry reports whether the time at bytes [bs, be) of text opens a
// line and its entry: "3:40 pm: The march has set off", "14:05 - Police
// moved in".
func opensEntry(text string, bs, be int) bool {
	if bs > 0 && text[bs-1] != '\n' {
		return false
	}
	rest := text[be:]
	return strings.HasPrefix(rest, ": ") || strings.HasPrefix(rest, " - ") || strings.HasPrefix(rest, " – ") ||
		strings.HasPrefix(rest, " — ")
}
