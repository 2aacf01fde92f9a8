package timex

import (
	"maps"
	"strings"
	"time"
	"unicode/utf8"
)

// Arabic, Persian and Hebrew name months, weekdays and the nearest days
// with words of their own, read as the Russian ones are (wide.go): each
// stands for its English word. Their words are looked up under a plain
// key (rtlKey) that forgets the spellings the languages vary: hamza on
// an alif, ta marbuta, the Persian ye and kaf, tatweel, the zero-width
// non-joiner of سه‌شنبه.
//
// Some names take two words, or a word and a prefix, and are joined
// into one token after tokenising (joinRTL): the Levantine months
// "كانون الثاني" and "تشرين الأول", the Hebrew weekday "ביום שני" (on
// Monday), and a month named in two calendars' words, "يونيو/حزيران".
// Persian texts date by the solar Hijri calendar ("۲۶ شهریور ۱۴۰۱"):
// such a date's tokens are given the Gregorian day, month and year
// (jalali.go), so that every rule reads it as it reads "17 September
// 2022".

// rtlSynonyms maps a plain key to the English lexicon word it stands
// for.
var rtlSynonyms = map[string]string{
	// Arabic months: Egypt and the Gulf, the Levant and Iraq, the Maghreb.
	"يناير": "january", "فبراير": "february", "مارس": "march", "ابريل": "april", "مايو": "may",
	"يونيو": "june", "يونيه": "june", "يوليو": "july", "يوليه": "july", "اغسطس": "august",
	"سبتمبر": "september", "اكتوبر": "october", "نوفمبر": "november", "ديسمبر": "december",
	"شباط": "february", "اذار": "march", "آذار": "march", "نيسان": "april", "ايار": "may", "حزيران": "june", "تموز": "july",
	"ايلول": "september",
	"جانفي": "january", "فيفري": "february", "افريل": "april", "ماي": "may", "جوان": "june",
	"جويليه": "july", "اوت": "august",
	// Arabic weekdays (with their article) and the nearest days.
	"السبت": "saturday", "الاحد": "sunday", "الاثنين": "monday", "الثلاثاء": "tuesday",
	"الاربعاء": "wednesday", "الخميس": "thursday", "الجمعه": "friday",
	"امس": "yesterday", "الامس": "yesterday", "بالامس": "yesterday", "اليوم": "today", "غدا": "tomorrow",
	// Persian: the Gregorian months, the weekdays, the nearest days.
	"ژانويه": "january", "فوريه": "february", "آوريل": "april", "ژوين": "june", "ژويه": "july",
	"ژوئن": "june", "ژوئيه": "july", // the spellings with hamza, the standard ones
	"ژوييه": "july", "جولاي": "july", "آگوست": "august", "سپتامبر": "september", "اكتبر": "october",
	"نوامبر": "november", "دسامبر": "december",
	"شنبه": "saturday", "يكشنبه": "sunday", "دوشنبه": "monday", "سهشنبه": "tuesday", "چهارشنبه": "wednesday",
	"پنجشنبه": "thursday", "جمعه": "friday",
	"ديروز": "yesterday", "امروز": "today", "فردا": "tomorrow",
	// Urdu: the months, the weekdays (not ہفتہ, Saturday and "week"),
	// today.
	"جنوری": "january", "فروری": "february", "مارچ": "march", "اپریل": "april", "مئی": "may", "جون": "june",
	"جولائی": "july", "اگست": "august", "ستمبر": "september", "اکتوبر": "october", "نومبر": "november",
	"دسمبر": "december", "پیر": "monday", "منگل": "tuesday", "بدھ": "wednesday", "جمعرات": "thursday",
	"جمعہ": "friday", "اتوار": "sunday", "آج": "today",
	// Hebrew months, bare and after ב (in), ל (to), מ (from), ו (and).
	// Weekdays other than Saturday are ordinals ("שני", second) and are
	// read only after "יום" (joinRTL).
	"שבת": "saturday", "בשבת": "saturday", "ובשבת": "saturday", "אתמול": "yesterday", "היום": "today",
	"מחר": "tomorrow",
}

// hebrewMonths are the Hebrew months, which take prefixes.
var hebrewMonths = map[string]string{
	"ינואר": "january", "פברואר": "february", "מרץ": "march", "מרס": "march", "אפריל": "april", "מאי": "may",
	"יוני": "june", "יולי": "july", "אוגוסט": "august", "ספטמבר": "september", "אוקטובר": "october",
	"נובמבר": "november", "דצמבר": "december",
}

// hebrewWeekdays are the ordinals that name weekdays after "יום".
var hebrewWeekdays = map[string]string{
	"ראשון": "sunday", "שני": "monday", "שלישי": "tuesday", "רביעי": "wednesday", "חמישי": "thursday",
	"שישי": "friday",
}

// levantineMonths are the months named by two words: a name and "the
// first" or "the second".
var levantineMonths = map[string]string{
	"كانون الثاني": "january", "كانون الاول": "december", "تشرين الاول": "october", "تشرين الثاني": "november",
}

// jalaliMonths are the months of the solar Hijri calendar, by number,
// under their plain keys.
var jalaliMonths = func() map[string]int {
	m := map[string]int{}
	for i, w := range []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
		"دی", "بهمن", "اسفند"} {
		m[rtlKey(w)] = i + 1
	}
	return m
}()

// rtlLexicon is rtlSynonyms, with the Hebrew months and their
// prefixed forms, mapped to the English words' entries.
var rtlLexicon = func() map[string]*lexEntry {
	syn := maps.Clone(rtlSynonyms)
	for w, en := range hebrewMonths {
		for _, p := range []string{"", "ב", "ל", "מ", "ו", "וב"} {
			syn[p+w] = en
		}
	}
	return synonymEntries(syn, rtlKey)
}()

// rtlKey is the plain key of a lower-case word: Arabic-script spelling
// variants folded (أ إ آ ٱ as ا, but not آ alone, whose آب is August;
// ة as ه, ى and ی as ي, ک as ك), tatweel and joiners dropped.
func rtlKey(w string) string {
	if w == "" || w[0] < 0xD6 || w[0] > 0xDB { // (Hebrew and Arabic letters' lead bytes)
		if !strings.Contains(w, "\u200c") {
			return w
		}
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch r {
		case 'أ', 'إ', 'ٱ':
			r = 'ا'
		case 'ة':
			r = 'ه'
		case 'ى', 'ی':
			r = 'ي'
		case 'ک':
			r = 'ك'
		case 'ـ', '\u200c', '\u200d':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// rtlWord reads a word of Arabic or Hebrew letters: its lexicon entry
// under its plain key, or nil.
func rtlWord(low string) *lexEntry {
	return rtlLexicon[rtlKey(low)]
}

// easternDigit returns the value of an Arabic-Indic (٠-٩), Persian
// (۰-۹), Devanagari (०-९) or Bengali (০-৯) digit, or -1.
func easternDigit(r rune) int {
	switch {
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return indicDigit(r)
}

// pushEasternNumber pushes the number of Arabic-Indic or Persian digits
// at text[i] and returns the offset after it. Its low is the number in
// ASCII digits.
func pushEasternNumber(toks []token, text string, i int) ([]token, int) {
	j, n, digits := i, 0, 0
	var ascii [9]byte
	for j < len(text) && digits < len(ascii) {
		r, size := utf8.DecodeRuneInString(text[j:])
		d := easternDigit(r)
		if d < 0 {
			break
		}
		n = n*10 + d
		ascii[digits] = byte('0' + d)
		digits++
		j += size
	}
	if digits == len(ascii) {
		// A longer run (a phone or an ID number) is no figure of a
		// date, nor is its tail ("١٢٣٤٥٦٧٨٩١٥ مارس" is not 15 March).
		k := j
		for k < len(text) {
			r, size := utf8.DecodeRuneInString(text[k:])
			if easternDigit(r) < 0 {
				break
			}
			k += size
		}
		if k > j {
			return push(toks, i, k, tWord, text[i:k], nil, 0, 0, false), k
		}
	}
	return push(toks, i, j, tNum, string(ascii[:digits]), nil, n, uint8(digits), false), j
}

// joinRTL joins the tokens of two-word names and rewrites solar Hijri
// dates (see above); anchor dates a Hijri day and month without a year.
func joinRTL(text string, toks []token, anchor time.Time) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tWord && i+1 < len(toks) {
			// "اليوم الخامس" (the fifth day), "اليوم الوطني" (National
			// Day): اليوم with an adjective after it is "the day", not
			// today.
			if b := toks[i+1]; t.lx != nil && rtlKey(text[t.start:t.end]) == "اليوم" && b.kind == tWord &&
				text[t.end:b.start] == " " && strings.HasPrefix(text[b.start:b.end], "ال") {
				t.lx, t.begins = nil, 0
			}
			if n, ok := twoWordName(text, toks, i); ok {
				t.end, t.lx, t.low, t.begins = toks[i+1].end, n, n.word, n.rules
				out = append(out, t)
				i++
				continue
			}
			// "يونيو/حزيران": one month in two calendars' words.
			if t.lx != nil && t.lx.flags&lMonth != 0 && i+2 < len(toks) && toks[i+1].low == "/" &&
				toks[i+2].lx == t.lx && toks[i+1].start == t.end && toks[i+2].start == toks[i+1].end {
				t.end = toks[i+2].end
				out = append(out, t)
				i += 2
				continue
			}
		}
		out = append(out, t)
	}
	return rewriteJalali(text, out, anchor)
}

// twoWordName reads the Levantine month or the Hebrew weekday that
// tokens i and i+1 name together.
func twoWordName(text string, toks []token, i int) (*lexEntry, bool) {
	a, b := toks[i], toks[i+1]
	if b.kind != tWord || text[a.end:b.start] != " " {
		return nil, false
	}
	if en, ok := levantineMonths[rtlKey(a.low)+" "+rtlKey(b.low)]; ok {
		return lexicon[en], true
	}
	if day, ok := strings.CutSuffix(a.low, "יום"); ok && (day == "" || day == "ב" || day == "ו" || day == "וב") {
		if en, ok := hebrewWeekdays[b.low]; ok {
			return lexicon[en], true
		}
	}
	return nil, false
}

// hasRTL reports whether text holds a letter or digit of Arabic or
// Hebrew script (a lead byte of U+0590 to U+06FF).
func hasRTL(text string) bool {
	for c := byte(0xD6); c <= 0xDB; c++ {
		if strings.IndexByte(text, c) >= 0 {
			return true
		}
	}
	return false
}
