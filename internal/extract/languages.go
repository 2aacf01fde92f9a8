package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The languages beside English whose words the coder reads: Russian and
// Ukrainian (russian.go), Arabic (arabic.go), Persian (persian.go) and
// Hebrew (hebrew.go). Each gives the same lists as the English lexicon;
// these join them, for the indexes that read all.

// otherLexicons are the trigger patterns of the other languages.
var otherLexicons = []map[Type][]pattern{russianLexicon, arabicLexicon, persianLexicon, hebrewLexicon, frenchLexicon,
	spanishLexicon, portugueseLexicon, turkishLexicon, greekLexicon, georgianLexicon, armenianLexicon, urduLexicon,
	swahiliLexicon, hindiLexicon, nepaliLexicon, bengaliLexicon, marathiLexicon}

// otherPatterns returns the other languages' patterns of type t.
func otherPatterns(t Type) []pattern {
	var out []pattern
	for _, l := range otherLexicons {
		out = append(out, l[t]...)
	}
	return out
}

var (
	otherNegators = slices.Concat(russianNegators, arabicNegators, persianNegators, hebrewNegators, frenchNegators,
		spanishNegators, portugueseNegators, greekNegators, georgianNegators, armenianNegators, swahiliNegators,
		hindiNegators)
	otherFigures = slices.Concat(russianFigures, arabicFigures, persianFigures, hebrewFigures, frenchFigures,
		spanishFigures, portugueseFigures, turkishFigures, greekFigures, georgianFigures, armenianFigures, urduFigures, swahiliFigures,
		hindiFigures, nepaliFigures, bengaliFigures, marathiFigures,
		mapKeys(otherNumbers), mapKeys(frenchNumbers),
		mapKeys(spanishNumbers), mapKeys(turkishNumbers))
	otherPeople = slices.Concat(russianPeople, arabicPeople, persianPeople, hebrewPeople, frenchPeople, spanishPeople,
		portuguesePeople, turkishPeople, greekPeople, georgianPeople, armenianPeople, urduPeople,
		swahiliPeople, hindiPeople, nepaliPeople, bengaliPeople, marathiPeople)
	otherKilled = slices.Concat(russianKilled, arabicKilled, persianKilled, hebrewKilled, frenchKilled, spanishKilled,
		portugueseKilled, turkishKilled, greekKilled, georgianKilled, armenianKilled, urduKilled,
		swahiliKilled, hindiKilled, nepaliKilled, bengaliKilled, marathiKilled)
	otherInjured = slices.Concat(russianInjured, arabicInjured, persianInjured, hebrewInjured, frenchInjured,
		spanishInjured, portugueseInjured, turkishInjured, greekInjured, georgianInjured, armenianInjured, urduInjured,
		swahiliInjured, hindiInjured, nepaliInjured, bengaliInjured, marathiInjured)
	otherArrested = slices.Concat(russianArrested, arabicArrested, persianArrested, hebrewArrested, frenchArrested,
		spanishArrested, portugueseArrested, turkishArrested, greekArrested, georgianArrested, armenianArrested,
		urduArrested, swahiliArrested, hindiArrested, nepaliArrested, bengaliArrested, marathiArrested)
	otherFates = [3][]string{
		slices.Concat(russianFateVerbs[0], arabicFateVerbs[0], hebrewFateVerbs[0], frenchFateVerbs[0], spanishFateVerbs[0],
			portugueseFateVerbs[0], greekFateVerbs[0], armenianFateVerbs[0]),
		slices.Concat(russianFateVerbs[1], arabicFateVerbs[1], hebrewFateVerbs[1], frenchFateVerbs[1], spanishFateVerbs[1],
			portugueseFateVerbs[1], greekFateVerbs[1], armenianFateVerbs[1]),
		slices.Concat(russianFateVerbs[2], arabicFateVerbs[2], hebrewFateVerbs[2], frenchFateVerbs[2], spanishFateVerbs[2],
			portugueseFateVerbs[2], greekFateVerbs[2], armenianFateVerbs[2]),
	}
	otherActorGroups = slices.Concat(russianActorGroups, arabicActorGroups, persianActorGroups, hebrewActorGroups,
		frenchActorGroups, spanishActorGroups, portugueseActorGroups, turkishActorGroups, greekActorGroups,
		georgianActorGroups, armenianActorGroups, urduActorGroups,
		swahiliActorGroups, hindiActorGroups, nepaliActorGroups, bengaliActorGroups, marathiActorGroups)
	otherDemandTopicGroups = slices.Concat(russianDemandTopicGroups, arabicDemandTopicGroups, persianDemandTopicGroups,
		hebrewDemandTopicGroups, frenchDemandTopicGroups, spanishDemandTopicGroups)
	otherDemandFrameGroups = slices.Concat(russianDemandFrameGroups, arabicDemandFrameGroups, persianDemandFrameGroups,
		hebrewDemandFrameGroups, frenchDemandFrameGroups, spanishDemandFrameGroups)
)

// wideCountrywide say an event covers the whole country, in Arabic
// ("across the country", "from the country": an internet cut "عن
// البلاد"), Persian and Hebrew.
var wideCountrywide = indicSpellings("أنحاء البلاد", "انحاء البلاد", "عن البلاد", "مستوى البلاد", "كافة المحافظات",
	"جميع المحافظات", "مختلف المحافظات", "إضراب عام", "الإضراب العام", "اضراب عام", "سراسر کشور",
	"سراسر ایران", "سراسری", "ברחבי הארץ", "בכל רחבי הארץ", "בכל הארץ", "שביתה כללית", "השביתה הכללית",
	// Hindi, Nepali, Bengali (each in both spellings of its nukta letters).
	"देशभर", "देश भर", "पूरे देश", "देशव्यापी", "राष्ट्रव्यापी", "राज्यभर", "भारत बंद", "नेपाल बन्द", "देशभरि", "সারা দেশে", "সারাদেশে",
	"দেশজুড়ে", "দেশব্যাপী", "সারা দেশের")

// wideCrowdVerbs tell a crowd after its figure, as crowdVerbs do:
// "רבבות הפגינו", "آلاف تظاهروا".
var wideCrowdVerbs = slices.Concat(arabicVerbs("تظاهروا", "خرجوا", "احتشدوا", "تجمعوا", "ساروا", "شاركوا"),
	hebrewVerbs("הפגינו", "צעדו", "השתתפו", "התאספו", "מחו"))

// caselessLetter reports whether r is a letter of a script without
// capitals (Arabic, Hebrew, Devanagari, Bengali, Georgian): a sentence
// may begin with it after a stop.
func caselessLetter(r rune) bool {
	return (r >= 0x0590 && r <= 0x06FF || r >= 0x0900 && r <= 0x09FF) && unicode.IsLetter(r) || r >= 0x10D0 && r <= 0x10FF
}

// indicWord reports whether w is written in Devanagari or Bengali.
func indicWord(w string) bool {
	return len(w) >= 3 && w[0] == 0xE0 && w[1] >= 0xA4 && w[1] <= 0xA7
}

// inWordMark reports whether r is a mark that stays inside a word: the
// vowel signs and the virama of Devanagari and Bengali (spacing marks,
// Mc, and others, Mn), the vowel points of Arabic and Hebrew.
func inWordMark(r rune) bool {
	return r >= 0x0300 && unicode.In(r, unicode.Mn, unicode.Mc)
}

// hasIndicLetters reports whether s holds a letter of Devanagari or
// Bengali (U+0900 to U+09FF, lead bytes E0 A4 to E0 A7).
func hasIndicLetters(s string) bool {
	return anyAfterE0(s, func(b, _ byte) bool { return b >= 0xA4 && b <= 0xA7 })
}

// anyAfterE0 reports whether ok holds of the two bytes after some 0xE0
// in s (0 past its end): the lead byte of U+0800 to U+0FFF, searched
// for first, which English text never has.
func anyAfterE0(s string, ok func(b, c byte) bool) bool {
	for i := strings.IndexByte(s, 0xE0); i >= 0 && i+1 < len(s); {
		c := byte(0)
		if i+2 < len(s) {
			c = s[i+2]
		}
		if ok(s[i+1], c) {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xE0)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// rightToLeft reports whether w is written in Arabic or Hebrew letters.
func rightToLeft(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0590 && r <= 0x06FF
}

// otherNumbers are the numbers Arabic, Persian and Hebrew spell out,
// masculine and feminine. (Not the Persian ده, ten and a village, nor
// نه, nine and "no"; not the Arabic ست, six and "lady"; not the Hebrew
// שני, second and Monday.)
var otherNumbers = indicAmounts(map[string]int{
	"واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "خمسة": 5, "ستة": 6,
	"سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرون": 20,
	"عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50, "مئة": 100,
	"مائة": 100, "ألف": 1000, "الف": 1000,
	"دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "بیست": 20, "سی": 30, "صد": 100,
	"هزار":  1000,
	"שלושה": 3, "שלוש": 3, "ארבעה": 4, "ארבע": 4, "חמישה": 5, "חמש": 5, "שישה": 6, "שבעה": 7, "שמונה": 8,
	"תשעה": 9, "עשרה": 10, "עשר": 10, "עשרים": 20, "שלושים": 30, "ארבעים": 40, "חמישים": 50, "מאה": 100,
	"אלף": 1000,
	// Hindi and Nepali, Bengali (with its classifier: একজন, one person).
	"दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7, "आठ": 8, "दस": 10, "बीस": 20, "पचास": 50,
	"सौ": 100, "हजार": 1000, "लाख": 100000, "दुई": 2, "छ": 6, "एकजना": 1,
	"দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "দশ": 10, "বিশ": 20, "পঞ্চাশ": 50,
	"শত": 100, "হাজার": 1000, "লাখ": 100000, "একজন": 1, "দুজন": 2, "তিনজন": 3, "চারজন": 4, "পাঁচজন": 5, "ছয়জন": 6,
})

// mapKeys returns the keys of m, sorted.
func mapKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// otherAmount reads the vague amounts of the other languages.
func otherAmount(w string) (int, bool) {
	if n, ok := russianAmount(w); ok {
		return n, true
	}
	if n, ok := wideAmounts[w]; ok {
		return n, true
	}
	for _, m := range []map[string]int{frenchAmounts, spanishAmounts, portugueseAmounts, turkishAmounts, greekAmounts,
		georgianAmounts, armenianAmounts, urduAmounts, swahiliAmounts, hindiAmounts, nepaliAmounts, bengaliAmounts, marathiAmounts} {
		if n, ok := m[w]; ok {
			return n, true
		}
	}
	return 0, false
}

// wideAmounts are the vague amounts of Arabic, Persian and Hebrew, with
// the figure each stands for as the Russian ones do: thousands 1000,
// hundreds 200, tens 24.
var wideAmounts = func() map[string]int {
	m := map[string]int{}
	for _, a := range []struct {
		n     int
		words []string
	}{
		{1000, arabicNouns("آلاف", "ألوف")}, {200, arabicNouns("مئات")}, {24, arabicNouns("عشرات")},
		{1000000, arabicNouns("ملايين")},
		{1000, []string{"هزاران", "هزار"}}, {200, []string{"صدها"}}, {24, []string{"دهها", "ده‌ها"}},
		{1000, hebrewNouns("אלפים", "אלפי")}, {200, hebrewNouns("מאות")}, {24, hebrewNouns("עשרות")},
		{10000, hebrewNouns("רבבות")},
	} {
		for _, w := range a.words {
			m[w] = a.n
		}
	}
	return m
}()

// Arabic joins the conjunctions و (and) and ف (so), the prepositions ب
// (in, with), ل (to, for) and ك (as) and the article ال to the word
// after them, so one noun is written a dozen ways: المتظاهرون,
// والمتظاهرون, للمتظاهرين, بالمتظاهرين. arabicNouns spells out the
// forms of each noun (or stem, or phrase, whose first word takes them)
// and arabicVerbs those of each verb, which takes the conjunctions only;
// both also spell each form without hamza on its alif and with ه for a
// final ة, as informal writing does.

// arabicNounPrefixes are the prefixes a noun takes.
var arabicNounPrefixes = []string{"", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "وبال", "ولل"}

// arabicVerbPrefixes are the prefixes a verb takes.
var arabicVerbPrefixes = []string{"", "و", "ف"}

func arabicNouns(ws ...string) []string { return prefixed(arabicNounPrefixes, ws, arabicPlain) }
func arabicVerbs(ws ...string) []string { return prefixed(arabicVerbPrefixes, ws, arabicPlain) }

// arabicPlain writes w without hamza on its alifs and with ه for a final
// ة, or "" where w has neither.
func arabicPlain(w string) string {
	p := strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا").Replace(w)
	if first, rest, ok := strings.Cut(p, " "); ok {
		p = plainEnding(first) + " " + rest
	} else {
		p = plainEnding(p)
	}
	if p == w {
		return ""
	}
	return p
}

func plainEnding(w string) string {
	if s, ok := strings.CutSuffix(w, "ة"); ok {
		return s + "ه"
	}
	return w
}

// Hebrew joins ו (and), ה (the), ב (in), ל (to), מ (from), ש (that) and
// כ (as) to the next word: המפגינים, ובהפגנה, שנעצרו.

// hebrewNounPrefixes are the prefixes a noun takes.
var hebrewNounPrefixes = []string{"", "ה", "ו", "וה", "ב", "ל", "מ", "ש", "שה", "וב", "ול", "ומ", "מה", "כ"}

// hebrewVerbPrefixes are the prefixes a verb takes.
var hebrewVerbPrefixes = []string{"", "ו", "ש", "וש", "כש"}

func hebrewNouns(ws ...string) []string { return prefixed(hebrewNounPrefixes, ws, nil) }
func hebrewVerbs(ws ...string) []string { return prefixed(hebrewVerbPrefixes, ws, nil) }

// prefixed returns each of ws with each prefix joined to its first
// word, and, where plain is set, the plain spelling of each form too.
// An article is not doubled: a word that has one already takes only the
// prefixes before it.
func prefixed(prefixes, ws []string, plain func(string) string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, w := range ws {
		for _, p := range prefixes {
			f := p + w
			if bare, ok := strings.CutPrefix(w, "ال"); ok && plain != nil {
				// A noun with its article takes the prefixes before it,
				// and ل merges with it: الشرطة, والشرطة, للشرطة.
				switch {
				case strings.Contains(p, "ال"):
					continue
				case strings.HasSuffix(p, "ل"):
					f = p + "ل" + bare
				}
			}
			add(f)
			if plain != nil {
				add(plain(f))
			}
		}
	}
	return out
}

// hasEasternDigits reports whether s holds an Arabic-Indic (٠-٩), a
// Persian (۰-۹), a Devanagari (०-९) or a Bengali (০-৯) digit: a byte
// search for their lead bytes first, which English text never has.
func hasEasternDigits(s string) bool {
	if hasIndicDigits(s) {
		return true
	}
	for _, lead := range [2]byte{0xD9, 0xDB} {
		for i := strings.IndexByte(s, lead); i >= 0 && i+1 < len(s); {
			if c := s[i+1]; lead == 0xD9 && c >= 0xA0 && c <= 0xA9 || lead == 0xDB && c >= 0xB0 && c <= 0xB9 {
				return true
			}
			j := strings.IndexByte(s[i+1:], lead)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// hasIndicDigits reports whether s holds a Devanagari (U+0966–U+096F,
// E0 A5 A6–AF) or a Bengali digit (U+09E6–U+09EF, E0 A7 A6–AF).
func hasIndicDigits(s string) bool {
	return anyAfterE0(s, func(b, c byte) bool { return (b == 0xA5 || b == 0xA7) && c >= 0xA6 && c <= 0xAF })
}

// westernDigits writes the Arabic-Indic, Persian, Devanagari and Bengali
// digits of w as ASCII digits, so that counts read "۴۰۰" and "४००" as
// "400"; w itself where it has none.
func westernDigits(w string) string {
	if !hasEasternDigits(w) {
		return w
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		case r >= 0x0966 && r <= 0x096F:
			return '0' + r - 0x0966
		case r >= 0x09E6 && r <= 0x09EF:
			return '0' + r - 0x09E6
		}
		return r
	}, w)
}
