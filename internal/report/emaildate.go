package report

import (
	"net/mail"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates in e-mail come in two kinds. The Date header is meant to follow RFC
// 5322 and usually does; net/mail parses it. Everything else — a Date
// header from a broken mailer, the "Date:" or "Sent:" line of a forwarded
// block, the date in an attribution line — is written in the sender's
// locale by whatever client produced it, so parseMailDate falls back to
// parseLooseDate, a tokenizer that knows the words those clients use.

// parseMailDate reads a date as found in an e-mail header or a forwarded
// header line. It returns the time and its precision (minute when a time of
// day is given, day otherwise); ok is false when nothing parses.
func parseMailDate(s string, order DateOrder, loc *time.Location) (time.Time, Precision, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, PrecisionNone, false
	}
	if t, err := mail.ParseDate(s); err == nil {
		return fixZoneAbbrev(t), PrecisionMinute, true
	}
	return parseLooseDate(s, order, loc)
}

// fixZoneAbbrev gives a time parsed with a zone abbreviation ("EST") the
// offset that abbreviation stands for: time.Parse records an abbreviation
// it does not know from the local zone with a zero offset, which would put
// an American or Moscow time hours off.
func fixZoneAbbrev(t time.Time) time.Time {
	name, _ := t.Zone()
	off, ok := zoneOffsets[strings.ToLower(name)]
	if !ok {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.FixedZone(name, off))
}

// zoneOffsets are the zone abbreviations seen in mail, with their offsets in
// seconds. Ambiguous ones (IST, BST as "Bangladesh") are left out.
var zoneOffsets = map[string]int{
	"ut": 0, "utc": 0, "gmt": 0, "z": 0,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
	"mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
	"wet": 0, "west": 3600, "cet": 3600, "cest": 2 * 3600, "eet": 2 * 3600, "eest": 3 * 3600,
	"msk": 3 * 3600, "almt": 6 * 3600, "yekt": 5 * 3600, "novt": 7 * 3600,
}

// monthNames maps the month words of the locales mail clients write
// attribution and forward lines in (English, French, German, Spanish,
// Russian in the nominative and genitive) to months. Abbreviations are
// listed without their dot; the tokenizer drops it.
var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "janv": 1, "janvier": 1, "januar": 1, "jän": 1, "enero": 1, "ene": 1,
	"feb": 2, "february": 2, "févr": 2, "fevr": 2, "février": 2, "februar": 2, "febrero": 2,
	"mar": 3, "march": 3, "mars": 3, "märz": 3, "mär": 3, "marzo": 3,
	"apr": 4, "april": 4, "avr": 4, "avril": 4, "abril": 4, "abr": 4,
	"may": 5, "mai": 5, "mayo": 5,
	"jun": 6, "june": 6, "juin": 6, "juni": 6, "junio": 6,
	"jul": 7, "july": 7, "juil": 7, "juillet": 7, "juli": 7, "julio": 7,
	"aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "ago": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9,
	"oct": 10, "october": 10, "octobre": 10, "oktober": 10, "okt": 10, "octubre": 10,
	"nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
	"dec": 12, "december": 12, "déc": 12, "décembre": 12, "dezember": 12, "dez": 12, "diciembre": 12, "dic": 12,
	"янв": 1, "января": 1, "январь": 1,
	"фев": 2, "февр": 2, "февраля": 2, "февраль": 2,
	"мар": 3, "марта": 3, "март": 3,
	"апр": 4, "апреля": 4, "апрель": 4,
	"мая": 5, "май": 5,
	"июн": 6, "июня": 6, "июнь": 6,
	"июл": 7, "июля": 7, "июль": 7,
	"авг": 8, "августа": 8, "август": 8,
	"сен": 9, "сент": 9, "сентября": 9, "сентябрь": 9,
	"окт": 10, "октября": 10, "октябрь": 10,
	"ноя": 11, "нояб": 11, "ноября": 11, "ноябрь": 11,
	"дек": 12, "декабря": 12, "декабрь": 12,
}

// dateNoise are words that sit between the parts of a date and mean
// nothing to us: weekdays ("mar" is also the French Tuesday, but as a month
// it is handled in parseLooseDate), "at" and its translations, the Russian
// "г." after a year, the Spanish "de".
var dateNoise = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"lun": true, "mer": true, "jeu": true, "ven": true, "sam": true, "dim": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"mo": true, "di": true, "mi": true, "do": true, "fr": true, "sa": true, "so": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"mié": true, "jue": true, "vie": true, "sáb": true, "dom": true,
	"пн": true, "вт": true, "ср": true, "чт": true, "пт": true, "сб": true, "вс": true,
	"понедельник": true, "вторник": true, "среда": true, "среду": true, "четверг": true,
	"пятница": true, "пятницу": true, "суббота": true, "субботу": true, "воскресенье": true,
	"at": true, "à": true, "a": true, "um": true, "alle": true, "las": true, "la": true, "de": true, "del": true,
	"в": true, "г": true, "года": true, "kl": true, "the": true, "of": true,
}

var (
	// 2022-01-03T10:15 and 10:15+06:00 glue a date, a time and a zone
	// together; these split them into tokens.
	isoGlue  = regexp.MustCompile(`(\d{4}-\d{1,2}-\d{1,2})[tT](\d)`)
	zoneGlue = regexp.MustCompile(`(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-]\d|[zZ]\b)`)
	comment  = regexp.MustCompile(`\([^()]*\)`)

	timeTok    = regexp.MustCompile(`^(\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d+)?)?$`)
	offsetTok  = regexp.MustCompile(`^(?:(?:gmt|utc|ut)?([+-])(\d{1,2}):?(\d{2})|(?:gmt|utc|ut)([+-])(\d{1,2}))$`)
	ymdTok     = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$`)
	dmyTok     = regexp.MustCompile(`^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{4}|\d{2})$`)
	numberTok  = regexp.MustCompile(`^(\d{1,4})(?:st|nd|rd|th|er|e)?$`)
	meridiemOK = map[string]int{"am": 0, "a.m": 0, "pm": 12, "p.m": 12}
)

// parseLooseDate reads a date written by a person or a mail client in one
// of the common shapes: "Mon, Jan 3, 2022 at 10:15 AM", "3 January 2022 at
// 10:15:00 GMT+6", "03/01/2022 10:15", "2022-01-03 10:15", "lun. 3 janv.
// 2022 à 10:15", "пн, 3 янв. 2022 г. в 10:15". Every word must be part of
// the date — that strictness is what lets the attribution parser find where
// a date ends and a name begins. A year is required. A time without a zone
// is read in loc; a date without a time is returned as midnight UTC of that
// day with PrecisionDay, so that converting it to UTC cannot move the day.
func parseLooseDate(s string, order DateOrder, loc *time.Location) (time.Time, Precision, bool) {
	if len(s) > 200 {
		return time.Time{}, PrecisionNone, false
	}
	s = strings.ToLower(s)
	s = comment.ReplaceAllString(s, " ")
	s = isoGlue.ReplaceAllString(s, "$1 $2")
	s = zoneGlue.ReplaceAllString(s, "$1 $2")
	s = strings.NewReplacer(",", " ", ";", " ", "\u00a0", " ", "\u202f", " ").Replace(s)
	toks := strings.Fields(s)
	t, prec, ok := looseTokens(toks, order, loc)
	if !ok && len(toks) > 1 && strings.TrimSuffix(toks[0], ".") == "mar" {
		// "mar." first is the French Tuesday, not March.
		t, prec, ok = looseTokens(toks[1:], order, loc)
	}
	return t, prec, ok
}

func looseTokens(toks []string, order DateOrder, loc *time.Location) (time.Time, Precision, bool) {
	var (
		month             time.Month
		year, day         = -1, -1
		nums              []int
		numLen            []int
		hour, minute, sec = -1, 0, 0
		meridiem          = -1
		zone              *time.Location
		haveDate          bool
	)
	fail := func() (time.Time, Precision, bool) { return time.Time{}, PrecisionNone, false }
	for _, tok := range toks {
		word := strings.TrimSuffix(tok, ".")
		if !strings.ContainsAny(word, "0123456789") {
			// A word: a meridiem, a zone, a month or noise. The numeric
			// patterns below are slow to try and cannot match it.
			if v, ok := meridiemOK[word]; ok && hour >= 0 && meridiem < 0 {
				meridiem = v
				continue
			}
			if off, ok := zoneOffsets[word]; ok && hour >= 0 && zone == nil {
				zone = time.FixedZone(strings.ToUpper(word), off)
				continue
			}
			if mo, ok := monthNames[word]; ok {
				if month != 0 || haveDate {
					return fail()
				}
				month = mo
				continue
			}
			if dateNoise[word] {
				continue
			}
			return fail()
		}
		if m := timeTok.FindStringSubmatch(word); m != nil && hour < 0 {
			hour, _ = strconv.Atoi(m[1])
			minute, _ = strconv.Atoi(m[2])
			if m[3] != "" {
				sec, _ = strconv.Atoi(m[3])
			}
			continue
		}
		if m := offsetTok.FindStringSubmatch(word); m != nil && hour >= 0 && zone == nil {
			sign, hh, mm := m[1], m[2], m[3]
			if sign == "" {
				sign, hh, mm = m[4], m[5], "0"
			}
			h, _ := strconv.Atoi(hh)
			mi, _ := strconv.Atoi(mm)
			if h > 14 || mi > 59 {
				return fail()
			}
			off := (h*60 + mi) * 60
			if sign == "-" {
				off = -off
			}
			zone = time.FixedZone("", off)
			continue
		}
		if m := ymdTok.FindStringSubmatch(word); m != nil && !haveDate && month == 0 {
			year, _ = strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			month = time.Month(mo)
			day, _ = strconv.Atoi(m[3])
			haveDate = true
			continue
		}
		if m := dmyTok.FindStringSubmatch(word); m != nil && !haveDate && month == 0 {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[3])
			year = fullYear(m[4])
			// Dots are the European day.month.year; slashes and dashes
			// follow the date order, and a value above 12 can only be a day.
			mdy := m[2] != "." && (order == DateOrderMDY || order == DateOrderAuto && b > 12 && a <= 12)
			if order == DateOrderMDY && a > 12 {
				mdy = false
			}
			if mdy {
				a, b = b, a
			}
			day, month = a, time.Month(b)
			haveDate = true
			continue
		}
		if m := numberTok.FindStringSubmatch(word); m != nil {
			n, _ := strconv.Atoi(m[1])
			nums = append(nums, n)
			numLen = append(numLen, len(m[1]))
			continue
		}
		return fail()
	}
	switch {
	case haveDate:
		if len(nums) > 0 {
			return fail()
		}
	case month != 0 && len(nums) == 2:
		// Day and year around a month name, either way round; a two-digit
		// year only comes last ("3 Jan 22").
		switch {
		case numLen[0] == 4 || nums[0] > 31:
			year, day = nums[0], nums[1]
		case numLen[1] == 4 || nums[1] > 31 || numLen[1] == 2:
			day, year = nums[0], nums[1]
			if numLen[1] == 2 {
				year = fullYear(strconv.Itoa(nums[1]))
			}
		default:
			return fail()
		}
	default:
		return fail()
	}
	if year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 {
		return fail()
	}
	if hour < 0 {
		if meridiem >= 0 || zone != nil {
			return fail()
		}
		t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day {
			return fail()
		}
		return t, PrecisionDay, true
	}
	if meridiem >= 0 {
		if hour < 1 || hour > 12 {
			return fail()
		}
		hour = hour%12 + meridiem
	}
	if hour > 23 || minute > 59 || sec > 60 {
		return fail()
	}
	if zone == nil {
		zone = loc
	}
	t := time.Date(year, month, day, hour, minute, min(sec, 59), 0, zone)
	if t.Day() != day {
		return fail()
	}
	return t, PrecisionMinute, true
}

// fullYear reads a two- or four-digit year; two digits mean 2000-2069 or
// 1970-1999.
func fullYear(s string) int {
	n, _ := strconv.Atoi(s)
	if len(s) <= 2 {
		if n < 70 {
			return 2000 + n
		}
		return 1900 + n
	}
	return n
}
