package timex

import (
	"strings"
	"unicode/utf8"
)

// Hindi, Nepali and Marathi (Devanagari) and Bengali name the Gregorian
// months, the weekdays and the nearest days with words of their own,
// read as the Russian ones are (wide.go): each stands for its English
// word. Hindi writes its postpositions apart ("20 दिसंबर को", on 20
// December); Nepali and Bengali join them to the word ("सोमबारदेखि",
// since Monday; "জুলাইয়ের", of July; "রবিবারে", on Sunday), and they
// are cut off (indicEndings). Words are looked up under a plain key
// (PlainIndic) that forgets what writers vary: the nukta, the candrabindu
// beside the anusvara, a Bengali vowel sign written as one code point or
// as two.
//
// Three words need more than the word. Hindi and Marathi "कल" / "काल"
// is yesterday or tomorrow, by the tense of the clause: tomorrow where a
// verb of it is in the future ("करेंगे", "होगा"). Nepali "जुन" (June) is
// also "which", and "मे" (May) a frequent slip for Hindi "में" (in): they
// are months only beside a number ("३ जुन", "जुन १५").

// indicSynonyms maps a word to the English lexicon word it stands for.
var indicSynonyms = map[string]string{
	// Hindi months.
	"जनवरी": "january", "फरवरी": "february", "मार्च": "march", "अप्रैल": "april", "अप्रेल": "april",
	"मई": "may", "जून": "june", "जुलाई": "july", "अगस्त": "august", "सितंबर": "september",
	"सितम्बर": "september", "अक्टूबर": "october", "अक्तूबर": "october", "नवंबर": "november",
	"नवम्बर": "november", "दिसंबर": "december", "दिसम्बर": "december",
	// Nepali months (Gregorian), where they differ.
	"फेब्रुअरी": "february", "अप्रिल": "april", "मे": "may", "जुन": "june", "अगस्ट": "august",
	"सेप्टेम्बर": "september", "सेप्टेम्बर्": "september", "अक्टोबर": "october", "नोभेम्बर": "november",
	"डिसेम्बर": "december",
	// Marathi months, where they differ.
	"जानेवारी": "january", "फेब्रुवारी": "february", "एप्रिल": "april", "जुलै": "july", "ऑगस्ट": "august",
	"सप्टेंबर": "september", "ऑक्टोबर": "october", "नोव्हेंबर": "november", "डिसेंबर": "december",
	// Bengali months.
	"জানুয়ারি": "january", "জানুয়ারী": "january", "ফেব্রুয়ারি": "february", "ফেব্রুয়ারী": "february",
	"মার্চ": "march", "এপ্রিল": "april", "মে": "may", "জুন": "june", "জুলাই": "july", "আগস্ট": "august",
	"অগাস্ট": "august", "সেপ্টেম্বর": "september", "অক্টোবর": "october", "নভেম্বর": "november",
	"ডিসেম্বর": "december",
	// Hindi and Marathi weekdays.
	"सोमवार": "monday", "मंगलवार": "tuesday", "बुधवार": "wednesday", "गुरुवार": "thursday",
	"बृहस्पतिवार": "thursday", "वीरवार": "thursday", "शुक्रवार": "friday", "शनिवार": "saturday",
	"रविवार": "sunday", "इतवार": "sunday", "सोमवारी": "monday", "मंगळवारी": "tuesday", "मंगळवार": "tuesday",
	"बुधवारी": "wednesday", "गुरुवारी": "thursday", "शुक्रवारी": "friday", "शनिवारी": "saturday",
	"रविवारी": "sunday",
	// Nepali weekdays.
	"आइतबार": "sunday", "सोमबार": "monday", "मंगलबार": "tuesday", "बुधबार": "wednesday",
	"बिहीबार": "thursday", "शुक्रबार": "friday", "शनिबार": "saturday",
	// Bengali weekdays.
	"রবিবার": "sunday", "সোমবার": "monday", "মঙ্গলবার": "tuesday", "বুধবার": "wednesday",
	"বৃহস্পতিবার": "thursday", "শুক্রবার": "friday", "শনিবার": "saturday",
	// The nearest days.
	"आज": "today", "हिजो": "yesterday", "भोलि": "tomorrow", "उद्या": "tomorrow",
	"আজ": "today", "গতকাল": "yesterday", "আগামীকাল": "tomorrow",
}

// indicLexicon is indicSynonyms under plain keys, mapped to the English
// words' entries.
var indicLexicon = synonymEntries(indicSynonyms, PlainIndic)

// indicEndings are the endings Nepali, Marathi and Bengali join to a
// month, a weekday or a day ("सोमबारदेखि", "जुलाईको", "ऑगस्टपासून",
// "सप्टेंबरला", "রবিবারে", "জুলাইয়ের"),
// as they stand in a plain key (the Bengali য় as য).
var indicEndings = []string{
	"देखि", "सम्म", "बाट", "भित्र", "मा", "को", "का", "की", "पासून", "पर्यंत", "ला", "च्या",
	"যের", "ের", "এর", "তে", "যে", "ে", "র",
}

// indicWord reads a word of Devanagari or Bengali letters, text[i:j]:
// its lexicon entry, or nil. toks are the tokens before it.
func indicWord(toks []token, text string, i, j int, low string) *lexEntry {
	if low == "" || low[0] != 0xE0 {
		return nil
	}
	key := PlainIndic(low)
	switch key {
	case "कल", "काल", "কাল":
		if futureClause(text, j) {
			return lexicon["tomorrow"]
		}
		if key == "কাল" {
			return nil // Bengali writes গতকাল for yesterday
		}
		return lexicon["yesterday"]
	case "जुन", "मे":
		if !numberBeside(toks, text, j) {
			return nil
		}
	}
	if e, ok := indicLexicon[key]; ok {
		return e
	}
	for _, end := range indicEndings {
		if stem, ok := strings.CutSuffix(key, end); ok && utf8.RuneCountInString(stem) >= 2 {
			if e, ok := indicLexicon[stem]; ok && stem != "जुन" && stem != "मे" {
				return e
			}
		}
	}
	return nil
}

// numberBeside reports whether a number stands right before the word
// (the last token) or right after it, at text[j:] past one space.
func numberBeside(toks []token, text string, j int) bool {
	if n := len(toks); n > 0 && toks[n-1].kind == tNum {
		return true
	}
	rest := strings.TrimPrefix(text[j:], " ")
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= '0' && r <= '9' || easternDigit(r) >= 0
}

// futureClause reports whether the clause that goes on at text[j:], up to
// its end (a danda, a full stop, a comma or a semicolon), holds a verb in
// the future (indicFuture). The languages put the verb last.
func futureClause(text string, j int) bool {
	end := len(text)
	for _, stop := range []string{"।", ".", ",", ";", "?", "!"} {
		if k := strings.Index(text[j:], stop); k >= 0 {
			end = min(end, j+k)
		}
	}
	for w := range strings.FieldsSeq(text[j:end]) {
		if indicFuture(w) {
			return true
		}
	}
	return false
}

// indicFuture reports whether w is a verb in the future tense: Hindi
// "करेंगे", "होगा", "जाएगी" (not the past "लगा", "भागे", nor "आगे",
// ahead); Nepali "गर्नेछ", "हुनेछन्"; Marathi "होईल", "करणार";
// Bengali "হবে", "করবেন" (not "তবে", but).
func indicFuture(w string) bool {
	if w == "" || w[0] != 0xE0 {
		return false
	}
	for _, f := range indicFutureEndings {
		if strings.HasSuffix(w, f) {
			return w != "তবে" && w != "সবে"
		}
	}
	return false
}

// indicPast reports whether w is a verb or an auxiliary in the past
// tense: Hindi "था", "गया", "हुई", "किया"; Nepali "भयो", "थिए",
// "गरे"; Marathi "होता", "झाला"; Bengali "ছিল", "হয়েছে", "করলেন".
func indicPast(w string) bool {
	if w == "" || w[0] != 0xE0 {
		return false
	}
	if indicPastWords[PlainIndic(w)] {
		return true
	}
	for _, f := range indicPastEndings {
		if strings.HasSuffix(w, f) && len(w) > len(f) {
			return true
		}
	}
	return false
}

// indicPastWords are the past auxiliaries and common past verbs, as
// plain keys.
var indicPastWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range strings.FieldsSeq(`था थी थे थीं गया गई गयी गए गये हुआ हुई हुए किया दिया लिया आया आई आए
		थियो थिए थिइन् भयो भए गरे गर्यो होता होती होते झाला झाली झाले केला केली केले
		ছিল ছিলেন হল হলো গেল গেছে`) {
		m[PlainIndic(w)] = true
	}
	return m
}()

// indicPastEndings end verbs in the past: Nepali "-यो" ("लगायो"),
// Bengali "-েছে", "-েছিল", "-লেন", "-লো".
var indicPastEndings = []string{"ायो", "ियो", "েছে", "েছিল", "েছিলেন", "েছেন", "লেন", "লো"}

// indicFutureEndings end verbs in the future in Hindi, Nepali, Marathi
// and Bengali.
var indicFutureEndings = []string{
	"ेगा", "ेगी", "ेंगे", "ेंगी", "ूंगा", "ूँगा", "ूंगी", "ोगे", "ोगी", "एगा", "एगी", "एंगे", "एँगे", "एंगी",
	"नेछ", "नेछन्", "नेछौं", "नेछु", "ईल", "तील", "णार",
	"বে", "বেন", "বো",
}

// PlainIndic is the plain key of a Devanagari or Bengali word: the
// nukta dropped, whether written after its letter or precomposed (ड़ as
// ड, য় as য), the candrabindu written as the anusvara, and the
// zero-width joiners dropped. The event coder compares its words under
// it too. A word with none of these is returned as it is.
func PlainIndic(w string) string {
	if !hasIndicVariant(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r == 0x093C || r == 0x09BC || r == '\u200c' || r == '\u200d':
			continue
		case r == 0x0901 || r == 0x0981:
			r++ // anusvara
		case 0x0958 <= r && r <= 0x095F:
			r = devanagariNukta[r-0x0958]
		case r == 0x0929 || r == 0x0931 || r == 0x0934: // ऩ ऱ ऴ
			r--
		case r == 0x09DC:
			r = 0x09A1 // ড়
		case r == 0x09DD:
			r = 0x09A2 // ঢ়
		case r == 0x09DF:
			r = 0x09AF // য়
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hasIndicVariant reports whether w holds a rune PlainIndic changes.
func hasIndicVariant(w string) bool {
	for _, r := range w {
		switch {
		case r == 0x093C || r == 0x09BC || r == '\u200c' || r == '\u200d', r == 0x0901 || r == 0x0981,
			0x0958 <= r && r <= 0x095F, r == 0x09DC || r == 0x09DD || r == 0x09DF, r == 0x0929 || r == 0x0931 || r == 0x0934:
			return true
		}
	}
	return false
}

// devanagariNukta are the letters that U+0958 to U+095F (क़ ख़ ग़ ज़ ड़ ढ़
// फ़ य़) write with a nukta.
var devanagariNukta = [8]rune{0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F}

// indicDigit returns the value of a Devanagari (०-९) or Bengali (০-৯)
// digit, or -1.
func indicDigit(r rune) int {
	switch {
	case r >= 0x0966 && r <= 0x096F:
		return int(r - 0x0966)
	case r >= 0x09E6 && r <= 0x09EF:
		return int(r - 0x09E6)
	}
	return -1
}
