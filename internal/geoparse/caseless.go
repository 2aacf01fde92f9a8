package geoparse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Arabic (with Persian, Urdu and Kurdish in its letters), Hebrew and
// Georgian write no capitals: nothing marks a name, and many names of
// places are words of the language ("حصار" is a siege and Hisar, "פונה"
// turns and is Pune). Their words are read here, apart from the
// capitalised scripts' rules, which lean on case at every step.
//
// A word or run of words is a name where the gazetteer knows it as
// written, or once the letters that Arabic and Hebrew join to the front
// of a word are taken off (و "and", ب "in", ل "to", "للخرطوم" for
// "to al-Khartoum"; ו, ב, ל, מ, ה, ש, כ), or, in Georgian, the case
// suffix it bears ("თბილისში", in Tbilisi). What is kept depends on how
// surely the text points at a place (caselessKeep): a preposition of
// place before it or joined to it, the size of the place, whether the
// script is written where the place is.

// caselessLetter reports whether r is a letter of a caseless script
// whose names the gazetteer keeps: Arabic, Hebrew, Devanagari, Bengali,
// Georgian Mkhedruli.
func caselessLetter(r rune) bool {
	switch {
	case r < 0x0590:
		return false
	case r <= 0x08FF:
		return unicode.In(r, unicode.Arabic, unicode.Hebrew)
	case r <= 0x09FF:
		return true // Devanagari, Bengali
	case 0x10D0 <= r && r <= 0x10FF:
		return true
	case 0xFB1D <= r && r <= 0xFDFF, 0xFE70 <= r && r <= 0xFEFF:
		return unicode.In(r, unicode.Arabic, unicode.Hebrew) // presentation forms
	}
	return false
}

// minCaselessStem is the fewest letters a word left by taking off a
// joined prefix or a suffix must have.
const minCaselessStem = 3

// Populations a place named in a caseless script must have to be kept:
// at home (where the script is written), with a preposition of place or
// without; abroad, with one or without.
const (
	caselessHomeCue    = 10000
	caselessHomeBare   = 100000
	caselessAbroadCue  = 200000
	caselessAbroadBare = 1000000
	// caselessLongName is the population that suffices for a name of
	// two or more words ("دير الزور", "תל אביב").
	caselessLongName = 2000
)

// caselessNames finds the place names written in caseless scripts and
// adds them to mentions, keeping text order.
//
// A town kept only because a preposition points at it, and small (under
// caselessHomeBare), is kept unless the names the text is surer of all
// lie in other countries: "قرب القصر", near the palace, is no El Kseur in
// a story about Sudan, while "اعتقالات في كفرنبل" alone is Kafr Nabl.
func (p *Parser) caselessNames(text string, toks []token, memo *spanMemo, mentions []found) []found {
	n := len(mentions)
	var pending []pendingName // kept on a preposition alone, awaiting support
	var skeletal []found      // towns read by their skeletons, awaiting support
	var bare []found          // the same without a cue, awaiting a cued namesake
	for i := 0; i < len(toks); i++ {
		if !toks[i].caseless {
			continue
		}
		// A province's or a town's word opens no name: GeoNames gives
		// "محافظة إدلب" to the town, and the text means the province;
		// "مدينة" (city) is an alternate of Medina.
		w := text[toks[i].start:toks[i].end]
		if _, cue := placeCues[w]; cue || regionCues[w] {
			continue
		}
		f, how, ok := p.caselessAt(text, toks, i, memo)
		if !ok && isIndic(w) {
			f, how, ok = p.skeletonAt(text, toks, i)
			how.skeleton = ok
		}
		if !ok || overlaps(f, mentions) {
			// (A Nepali or Bengali ending read back over the words
			// before it may reach into a name already found.)
			continue
		}
		if isIndic(w) && namesRoad(text, toks, f.last) {
			i = f.last
			continue
		}
		if !how.cue && isIndic(w) {
			cue, sure := cueAfter(text, toks, f.last)
			how.cue, how.weak, how.named = cue, cue && !sure, sure
		}
		how.cue = how.cue || cueBefore(text, toks, f.first, mentions)
		if isIndic(w) && datelineName(text, toks, f) {
			how.cue, how.weak, how.named = true, false, true
		}
		if how.skeleton && !how.cue {
			// A town by its skeleton only where the text points at a
			// place, or where it names it so elsewhere (bareSkeletons).
			bare = append(bare, f)
			i = f.last
			continue
		}
		var sure bool
		if f, sure, ok = p.caselessKeep(f, how); !ok {
			continue
		}
		if how.skeleton && !how.named {
			skeletal = append(skeletal, f) // kept only near a name read surely (skeletonNear)
			i = f.last
			continue
		}
		// "محافظة السويداء": the province, not its town.
		if k := f.first - 1; k >= 0 && toks[k].kind == tokWord && regionCues[text[toks[k].start:toks[k].end]] {
			if regions := onlyKind(f.cands, gazetteer.KindRegion); len(regions) > 0 {
				f.cands, f.regionWord, sure = regions, true, true
			}
		}
		if sure {
			mentions = append(mentions, f)
		} else {
			pending = append(pending, pendingName{f, isCommon(f.key)})
		}
		i = f.last
	}
	if len(pending) > 0 {
		mentions = withSupport(mentions, pending)
	}
	if len(bare) > 0 {
		skeletal = append(skeletal, bareSkeletons(bare, skeletal, mentions)...)
	}
	if len(skeletal) > 0 {
		mentions = skeletonNear(mentions, skeletal)
	}
	if len(mentions) > n && len(mentions) > 1 {
		slices.SortStableFunc(mentions, func(a, b found) int { return a.first - b.first })
	}
	return mentions
}

// caselessRead tells how a caseless name was read.
type caselessRead struct {
	// cue is set where a preposition of place points at the name: one
	// taken off its front or a Georgian case suffix ("in", "to", "from"),
	// or a word before it (cueBefore).
	cue bool
	// noArticle is set where the name was read without the Arabic
	// article the text gives it: "الخرطوم" is خرطوم to GeoNames, but
	// "السلطات", the authorities, is no سلطات.
	noArticle bool
	// weak is set where the cue is a postposition or a case ending of
	// Devanagari or Bengali, which any noun takes: enough for a name,
	// not for an everyday word.
	weak bool
	// named is set where a word for a town or a province follows the
	// name ("कोटा शहर", the city of Kota): a name even if an everyday
	// word, and sure.
	named bool
	// skeleton is set for a town read by the consonants of its Latin
	// name (skeleton.go), which only a cue makes a place.
	skeleton bool
}

// caselessAt reads a name at token i: as written, after a joined prefix,
// or before a Georgian case suffix.
func (p *Parser) caselessAt(text string, toks []token, i int, memo *spanMemo) (found, caselessRead, bool) {
	if isIndic(text[toks[i].start:toks[i].end]) {
		if f, how, ok := p.quarterAt(text, toks, i); ok {
			return f, how, true
		}
	}
	if f, ok := p.caselessLongest(text, toks, i, "", memo); ok {
		return f, caselessRead{}, true
	}
	w := text[toks[i].start:toks[i].end]
	var forms [8]strippedForm
	for _, s := range joinedPrefixes(w, forms[:0]) {
		if f, ok := p.caselessLongest(text, toks, i, s.stem, memo); ok {
			if s.noArticle {
				if f.cands = onlyKind(f.cands, gazetteer.KindPlace); len(f.cands) == 0 {
					continue
				}
			}
			f.declined = true
			return f, caselessRead{cue: s.locative, noArticle: s.noArticle}, true
		}
	}
	if isIndic(w) {
		if f, locative, ok := p.indicCase(text, toks, i, memo); ok {
			return f, caselessRead{cue: true, weak: !locative}, true
		}
	}
	if r, _ := utf8.DecodeRuneInString(w); 0x10D0 <= r && r <= 0x10FF {
		if f, ok := p.georgianCase(text, toks, i, memo); ok {
			return f, caselessRead{cue: true}, true
		}
	}
	return found{}, caselessRead{}, false
}

// caselessLongest returns the longest name that starts at token i and
// runs over caseless words joined by spaces or hyphens; head, when set,
// stands for the first word (its form without a prefix).
func (p *Parser) caselessLongest(text string, toks []token, i int, head string, memo *spanMemo) (found, bool) {
	var best found
	var lazy *spanFacts
	ok, words := false, 0
	for j := i; j < len(toks) && words < maxNameWords; j++ {
		t := toks[j]
		if j > i {
			if gap := text[toks[j-1].end:t.start]; gap != "" && gap != " " {
				break
			}
			if t.kind == tokPunct && text[t.start:t.end] == "-" {
				continue
			}
		}
		if t.kind != tokWord || !t.caseless {
			break
		}
		words++
		span := text[toks[i].start:t.end]
		if head != "" {
			span = head + text[toks[i].end:t.end]
		}
		sf := memo.facts(p.g, span)
		if sf.n > 0 {
			best, lazy, ok = found{first: i, last: j, words: words}, sf, true
		}
		if !sf.prefix {
			break
		}
	}
	return p.settle(best, lazy), ok
}

// strippedForm is a word without the letters joined to its front.
type strippedForm struct {
	stem     string
	locative bool // a preposition of place was taken off
	// noArticle is set where the Arabic article was taken off: what is
	// left names a town, not a country (السورية, "the Syrian", is the
	// adjective of سورية).
	noArticle bool
}

// Arabic joins the conjunctions و and ف, then the prepositions ب (in,
// at), ل (to, for) and ك (like) to the next word; ل before the article
// ال drops its alif ("للخرطوم"). Hebrew joins ו (and), ה (the), ב (in),
// ל (to), מ (from), ש (that) and כ (as), up to three at once ("ובתל
// אביב", "and in Tel Aviv").
const (
	arabicConjunctions  = "وف"
	arabicPrepositions  = "بلك"
	arabicLocative      = "بل"
	hebrewPrefixes      = "והבלמשכ"
	hebrewLocative      = "בלמ"
	maxHebrewPrefixes   = 3
	arabicArticleLetter = 'ا'
)

// joinedPrefixes returns the forms of w without the prefixes its script
// joins to a word, shortest cut first. An Arabic form is also tried
// without its article: GeoNames writes some towns with it (الموصل) and
// some without (خرطوم, where the press writes الخرطوم).
func joinedPrefixes(w string, out []strippedForm) []strippedForm {
	r, size := utf8.DecodeRuneInString(w)
	switch {
	case unicode.Is(unicode.Arabic, r):
		out = appendArabicStem(out, w, false, false)
		rest := w
		if strings.ContainsRune(arabicConjunctions, r) {
			rest = w[size:]
			out = appendArabicStem(out, rest, false, true)
			r, size = utf8.DecodeRuneInString(rest)
		}
		if strings.ContainsRune(arabicPrepositions, r) {
			stem, locative := rest[size:], strings.ContainsRune(arabicLocative, r)
			out = appendArabicStem(out, stem, locative, true) // ل + لبنان
			if r == 'ل' && strings.HasPrefix(stem, "ل") {
				out = appendArabicStem(out, string(arabicArticleLetter)+stem, locative, true) // ل + الخرطوم
			}
		}
	case unicode.Is(unicode.Hebrew, r):
		rest, locative := w, false
		for range maxHebrewPrefixes {
			r, size := utf8.DecodeRuneInString(rest)
			if !strings.ContainsRune(hebrewPrefixes, r) {
				break
			}
			locative = locative || strings.ContainsRune(hebrewLocative, r)
			rest = rest[size:]
			out = appendStem(out, rest, locative)
		}
	}
	return out
}

// appendArabicStem appends stem (when cut, its own form) and stem
// without the article.
func appendArabicStem(out []strippedForm, stem string, locative, cut bool) []strippedForm {
	if cut {
		out = appendStem(out, stem, locative)
	}
	if bare, ok := strings.CutPrefix(stem, arabicArticle); ok && utf8.RuneCountInString(bare) >= minCaselessStem {
		out = appendStem(out, bare, locative)
		out[len(out)-1].noArticle = true
	}
	return out
}

// arabicArticle is the Arabic definite article as a word's prefix.
const arabicArticle = "ال"

// appendStem appends a form of at least two letters: a shorter one is
// the first word of a longer name at most ("בתל אביב").
func appendStem(out []strippedForm, stem string, locative bool) []strippedForm {
	if utf8.RuneCountInString(stem) < 2 {
		return out
	}
	return append(out, strippedForm{stem: stem, locative: locative})
}

// georgianSuffixes are Georgian's case suffixes with the ending of the
// nominative they replace: თბილისი, თბილისში (in), თბილისის (of),
// თბილისიდან (from); მცხეთა, მცხეთის; საქართველო, საქართველოს.
var georgianSuffixes = [][2]string{
	{"იდან", "ი"}, {"ისკენ", "ი"}, {"ისთვის", "ი"}, {"ამდე", "ა"}, {"ში", "ი"}, {"ში", ""},
	{"ის", "ი"}, {"ის", "ა"}, {"ის", ""}, {"დან", ""}, {"ზე", "ი"}, {"ზე", ""}, {"მდე", "ი"},
	{"ით", "ი"}, {"ს", ""},
}

// georgianCase reads the Georgian word at token i as a case form of a
// one-word name.
func (p *Parser) georgianCase(text string, toks []token, i int, memo *spanMemo) (found, bool) {
	w := text[toks[i].start:toks[i].end]
	for _, s := range georgianSuffixes {
		stem, ok := strings.CutSuffix(w, s[0])
		if !ok || utf8.RuneCountInString(stem) < minCaselessStem {
			continue
		}
		if sf := memo.facts(p.g, stem+s[1]); sf.n > 0 {
			return p.settle(found{first: i, last: i, words: 1, declined: true}, sf), true
		}
	}
	return found{}, false
}

// pendingName is a name kept on a preposition alone. An everyday word
// (caselessCommon) needs a mention in its country even in a text that
// names no other place: "سقط عدد من الشهداء", a number of martyrs fell,
// is no Ash Shuhada.
type pendingName struct {
	f      found
	common bool
}

// withSupport adds to mentions the pending names that have a reading in
// the country of a reading of a mention, or, where there is no mention,
// those that are no everyday word.
func withSupport(mentions []found, pending []pendingName) []found {
	countries := map[string]bool{}
	for _, m := range mentions {
		for _, c := range m.cands {
			countries[c.CountryCode()] = true
		}
	}
	for _, pn := range pending {
		f := pn.f
		if len(countries) == 0 {
			if !pn.common {
				mentions = append(mentions, f)
			}
			continue
		}
		var kept []gazetteer.Candidate
		for _, c := range f.cands {
			if countries[c.CountryCode()] {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			f.cands = kept
			mentions = append(mentions, f)
		}
	}
	return mentions
}

// caselessKeep keeps the readings of f, a name in a caseless script read
// as how says, that the text may mean, and reports whether any is left
// and whether the name is sure without the support of another
// (caselessNames).
func (p *Parser) caselessKeep(f found, how caselessRead) (found, bool, bool) {
	cue := how.cue
	if f.ent != nil && f.ent.notPlace || f.words == 1 && caselessGeneric[strings.TrimPrefix(f.key, arabicArticle)] {
		return f, false, false
	}
	// (An everyday word read without the article the text gives it is
	// that word, whatever stands before it: "من السلطات".)
	common := f.words == 1 && isCommon(f.key)
	if common && (!cue || how.noArticle || how.weak) {
		return f, false, false
	}
	short := f.words == 1 && utf8.RuneCountInString(f.key) < minCaselessStem
	var kept []gazetteer.Candidate
	for _, c := range f.cands {
		if c.Demonym || short && !cue {
			continue
		}
		home := scriptHome(f.key, c.CountryCode())
		switch c.Kind {
		case gazetteer.KindCountry:
		case gazetteer.KindRegion:
			// A region's one-word name is often an adjective
			// ("الشرقية", eastern): only after a word of place. (Not
			// so in Hindi or Bengali: "पंजाब और हरियाणा".)
			if f.words == 1 && !cue && !isIndic(f.key) {
				continue
			}
		case gazetteer.KindPlace:
			if c.Place == nil || !caselessPopulationOK(seatPopulation(c.Place), f.words, home, cue) {
				continue
			}
			if how.noArticle && !cue && c.Place.Population < caselessAbroadBare {
				continue
			}
		default:
			continue
		}
		kept = append(kept, c)
	}
	if len(kept) == 0 {
		return f, false, false
	}
	f.cands = kept
	sure := f.words > 1
	for _, c := range kept {
		if common && !how.named {
			break
		}
		if c.Kind != gazetteer.KindPlace || c.Place.Population >= caselessHomeBare {
			sure = true
		}
	}
	return f, sure, true
}

// seatPopulation is pl's population, or, for a seat of a region or a
// district whose population GeoNames does not know (Beed, PPLA2, 0), that
// of a town a preposition is enough for.
func seatPopulation(pl *gazetteer.Place) int {
	if pl.Population == 0 && strings.HasPrefix(pl.Feature, "PPLA") {
		return caselessHomeCue
	}
	return pl.Population
}

// caselessPopulationOK reports whether a place of pop people may be
// meant by a caseless name of words words.
func caselessPopulationOK(pop, words int, home, cue bool) bool {
	switch {
	case words > 1 && home:
		return pop >= caselessLongName
	case home && cue:
		return pop >= caselessHomeCue
	case home:
		return pop >= caselessHomeBare
	case cue:
		return pop >= caselessAbroadCue
	}
	return pop >= caselessAbroadBare
}

// cueBefore reports whether the word before token i points at a place:
// a preposition of place or a word for a town or a province, or a place
// just named, of which this one continues a list ("دمشق، حلب").
func cueBefore(text string, toks []token, i int, mentions []found) bool {
	k := i - 1
	if k < 0 {
		return false
	}
	if toks[k].kind == tokWord {
		if _, ok := placeCues[text[toks[k].start:toks[k].end]]; ok {
			return true
		}
	} else if c := text[toks[k].start:toks[k].end]; c == "،" || c == "," {
		k--
	} else {
		return false
	}
	for _, m := range mentions {
		if m.last == k {
			return true
		}
	}
	return false
}

// placeCues are the words before a name that make it a place: the
// prepositions of place and the words for towns, provinces, streets and
// the people of a place, in Arabic, Persian and Hebrew, and the Arabic
// ones with "and" or "so" joined ("وفي", "ومن"). (Georgian puts its
// prepositions after the name, as case suffixes.)
var placeCues = func() map[string]struct{} {
	m := make(map[string]struct{}, 3*len(placeCueWords))
	for w := range placeCueWords {
		m[w] = struct{}{}
		if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Arabic, r) {
			for _, c := range arabicConjunctions {
				m[string(c)+w] = struct{}{}
			}
		}
	}
	return m
}()

// placeCueWords are placeCues without joined conjunctions.
var placeCueWords = map[string]struct{}{
	// Arabic
	"في": {}, "فى": {}, "من": {}, "إلى": {}, "الى": {}, "نحو": {}, "قرب": {}, "داخل": {}, "خارج": {},
	"مدينة": {}, "بمدينة": {}, "ومدينة": {}, "لمدينة": {}, "مدن": {}, "بلدة": {}, "ببلدة": {}, "قرية": {},
	"محافظة": {}, "بمحافظة": {}, "ومحافظة": {}, "ولاية": {}, "بولاية": {}, "منطقة": {}, "بمنطقة": {},
	"ريف": {}, "بريف": {}, "شوارع": {}, "ساحات": {}, "أحياء": {}, "حي": {}, "مخيم": {}, "أنحاء": {},
	"شمال": {}, "جنوب": {}, "شرق": {}, "غرب": {}, "وسط": {}, "أهالي": {}, "سكان": {}, "العاصمة": {},
	// Persian
	"در": {}, "از": {}, "به": {}, "تا": {}, "شهر": {}, "شهرهای": {}, "استان": {}, "شهرستان": {},
	"خیابان‌های": {}, "مردم": {}, "پایتخت": {},
	// Hebrew
	"ליד": {}, "העיר": {}, "בעיר": {}, "עיר": {}, "מחוז": {}, "תושבי": {}, "רחובות": {},
}

// regionCues are the words for a province before its name, in
// Arabic, Persian and Hebrew.
var regionCues = map[string]bool{
	"محافظة": true, "بمحافظة": true, "ومحافظة": true, "لمحافظة": true, "ولاية": true, "بولاية": true,
	"استان": true, "مقاطعة": true, "מחוז": true, "במחוז": true,
}

// caselessGeneric are the nouns for places in general, which GeoNames
// gives as alternate names of some (مدينة, city, for Medina; القصر, the
// palace, for El Kseur; شهر, city, in Persian): never a place's name
// alone. Keys, without the Arabic article.
var caselessGeneric = map[string]bool{
	"مدينه": true, "بلد": true, "بلاد": true, "عاصمه": true, "قريه": true, "منطقه": true, "قصر": true,
	"جزيره": true, "ميدان": true, "ساحه": true, "شارع": true, "حي": true, "مركز": true, "وسط": true,
	"شمال": true, "جنوب": true, "شرق": true, "غرب": true, "مخيم": true, "سجن": true, "وادي": true,
	"شهر": true, "كشور": true, "روستا": true, "استان": true, "مركزي": true,
	"עיר": true, "העיר": true, "מדינה": true, "המדינה": true, "ארץ": true, "הארץ": true, "כפר": true,
}

// isCommon reports whether key, with or without the Arabic article, is
// an everyday word (caselessCommon).
func isCommon(key string) bool {
	return caselessCommon[key] || caselessCommon[strings.TrimPrefix(key, arabicArticle)]
}

// caselessCommon are everyday words of Arabic, Persian, Hindi and Hebrew that
// are also the names (as keys) of big places: read as places only after
// a preposition of place. Siege and Hisar, news and al-Khobar, "always"
// (دوماً) and Douma, night and Lille, Syrian and Surrey, "turns" and
// Pune, a grade and Zion, "whole" and Shalem (Jerusalem).
var caselessCommon = map[string]bool{
	// Arabic and Persian (keys: hamza and ta marbuta folded)
	"حصار": true, "خبر": true, "هام": true, "امان": true, "دوما": true, "جده": true, "ليل": true,
	"مدان": true, "بنين": true, "سالم": true, "رشيد": true, "سوري": true, "المدينه": true,
	"الجديده": true, "العين": true, "الزرقاء": true, "صور": true, "بن": true, "الم": true,
	"ماري": true, "بابل": true, "كيل": true, "سرت": true, "سلطات": true, "ثوره": true, "شهداء": true,
	"جزيره": true,
	// Hindi: "all" and Sari, quota and Kota, market and Mandi,
	// repression and Daman, "anyway" and Khair, "steady!" and Sambhal,
	// a nail and Kiel, a turn and Bari, a misspelt rally and Raleigh.
	"सारी": true, "कोटा": true, "मंडी": true, "दमन": true, "खैर": true, "संभल": true, "कील": true,
	"बारी": true, "रेली": true, "কোটা": true,
	// Hebrew
	"פונה": true, "ציון": true, "שלם": true, "קורה": true, "באת": true, "בו": true, "האל": true,
	"מסה": true, "טור": true, "קום": true, "ליל": true, "לירה": true, "אומן": true, "ראלי": true,
}

// scriptHome reports whether the script of key is written in country cc:
// Arabic letters in the Arab states, Iran, Afghanistan and Pakistan,
// Hebrew in Israel and Palestine, Georgian in Georgia, Greek in Greece
// and Cyprus, Armenian in Armenia.
func scriptHome(key, cc string) bool {
	r, _ := utf8.DecodeRuneInString(key)
	switch {
	case unicode.Is(unicode.Arabic, r):
		return arabicScriptCountries[cc]
	case unicode.Is(unicode.Hebrew, r):
		return cc == "IL" || cc == "PS"
	case 0x10D0 <= r && r <= 0x10FF:
		return cc == "GE"
	case unicode.Is(unicode.Greek, r):
		return cc == "GR" || cc == "CY"
	case unicode.Is(unicode.Armenian, r):
		return cc == "AM"
	case unicode.Is(unicode.Devanagari, r):
		return cc == "IN" || cc == "NP"
	case unicode.Is(unicode.Bengali, r):
		return cc == "BD" || cc == "IN"
	}
	return false
}

// arabicScriptCountries write Arabic letters: the Arab League's members,
// Iran, Afghanistan and Pakistan.
var arabicScriptCountries = map[string]bool{
	"DZ": true, "BH": true, "KM": true, "DJ": true, "EG": true, "IQ": true, "JO": true, "KW": true,
	"LB": true, "LY": true, "MR": true, "MA": true, "OM": true, "PS": true, "QA": true, "SA": true,
	"SO": true, "SD": true, "SY": true, "TN": true, "AE": true, "YE": true, "EH": true,
	"IR": true, "AF": true, "PK": true,
}

// ownScriptName reports whether key, a name of pl among its alternates,
// is the name in a script other than Latin that a text in that script
// uses for it: a city known to all (200,000 people), or a town of 15,000
// where the script is written ("Минск" in a Russian text, "باريس" in an
// Arabic one, "حمص" anywhere).
func ownScriptName(key string, pl *gazetteer.Place) bool {
	r, _ := utf8.DecodeRuneInString(key)
	if r < 0x0370 {
		return false // Latin
	}
	if pl.Population >= 200000 {
		return true
	}
	if pl.Population < 15000 {
		return false
	}
	if unicode.Is(unicode.Cyrillic, r) {
		return cyrillicCountries[pl.Country]
	}
	return scriptHome(key, pl.Country)
}

// overlaps reports whether f shares a token with one of ms.
func overlaps(f found, ms []found) bool {
	for _, m := range ms {
		if f.first <= m.last && m.first <= f.last {
			return true
		}
	}
	return false
}
