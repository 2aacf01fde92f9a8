package geoparse

import (
	"slices"
	"strings"

	"github.com/unrest-project/unrest/internal/gazetteer"
	"unicode"
	"unicode/utf8"
)

// Russian declines place names: Хабаровск is "в Хабаровске" (prepositional),
// "из Хабаровска" (genitive), "под Хабаровском" (instrumental); Москва is
// "в Москве", "из Москвы"; Тверь "в Твери"; Грузия "в Грузии". The
// gazetteer lists the nominative (and the cases of countries), so a
// capitalised Cyrillic word that it does not know is tried under the
// nominatives its ending may come from.

// caseEndings maps a case ending to the nominative endings it may
// replace: the Russian ones, longest first, then the Ukrainian. Masculine nouns ending in a consonant
// take the ending on the bare stem ("" in the list).
var caseEndings = []struct {
	ending      string
	nominatives []string
}{
	{"ией", []string{"ия"}}, {"ии", []string{"ия", "ий"}}, {"ию", []string{"ия"}},
	{"ом", []string{"", "о"}}, {"ем", []string{"ь", "е", ""}}, {"ой", []string{"а"}}, {"ей", []string{"я", "ь"}},
	{"ью", []string{"ь"}},
	// Plural names: Мытищи, в Мытищах; Химки, в Химках; Чебоксары.
	{"ах", []string{"ы", "и", "а"}}, {"ях", []string{"и"}}, {"ами", []string{"ы", "и"}},
	{"а", []string{"", "о"}}, {"у", []string{"", "а", "о"}}, {"е", []string{"", "а", "о", "ь", "я", "й"}},
	{"ы", []string{"а"}}, {"и", []string{"ь", "а", "я"}}, {"ю", []string{"ь", "я", "й"}}, {"я", []string{"ь", "е", "й"}},
	// Ukrainian: the і of a closed last syllable is о or е again when an
	// ending opens it (Харків, у Харкові, з Харкова; Київ, у Києві), and
	// the locative ends in і (Одеса, в Одесі; Дніпро, у Дніпрі).
	{"ові", []string{"ів"}}, {"ова", []string{"ів"}}, {"овом", []string{"ів"}},
	{"єві", []string{"їв"}}, {"єва", []string{"їв"}}, {"євом", []string{"їв"}},
	{"і", []string{"а", "о", "", "ь", "я"}},
}

// kazakhSuffixes are the case suffixes Kazakh adds to a name whole:
// locative -да/-де/-та/-те (Алматыда, Жанаөзенде, Шымкентте), ablative
// -дан…, dative -ға…, genitive -ның…. They are tried after the Russian
// endings, and a sentence may open with them (the language puts its
// place first).
var kazakhSuffixes = []string{"да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен",
	"ға", "ге", "қа", "ке", "ның", "нің", "дың", "дің", "тың", "тің",
	// "the one in": Алматыдағы, Бишкектеги.
	"дағы", "дегі", "тағы", "тегі", "дагы", "деги", "тагы", "теги",
	// Kyrgyz rounds the vowel after rounded ones: Ошто, Төкмөктө.
	"до", "дө", "то", "тө", "дон", "дөн", "тон", "төн", "го", "гө", "ко", "кө",
	"нын", "нин", "нун", "нүн", "дун", "дүн", "тун", "түн", "догу", "дөгү", "тогу", "төгү"}

// shortStemAfter are the words after which a stem of two letters is
// read too ("в Уфе", "в Бишкеке и Оше"): the prepositions that govern a
// place name's case in Russian, Ukrainian and Belarusian, and the words
// that join a second name to the first.
var shortStemAfter = []string{"в", "во", "из", "изо", "на", "под", "у", "до", "от", "к", "ко", "з", "із", "зі", "по",
	"и", "й", "та", "і"}

// shortStemPopulation is the population a place read from a stem of two
// letters must have: only cities are named so short ("Уфа", "Ош").
const shortStemPopulation = 100000

// caseFormOverVillage is the population under which a place named by a
// Cyrillic word as written yields to a city ten times its size that the
// word is a case form of ("Уфе": Ouffet, or Уфа).
const caseFormOverVillage = 100000

// suffixedPopulation is the population a place read from a Kazakh case
// form that opens a sentence must have ("Алматыда интернет өшірілді").
const suffixedPopulation = 10000

// minStemRunes is the shortest stem tried: shorter ones match too much.
const minStemRunes = 3

// inflected reads the capitalised Cyrillic word at token i, which is no
// name as written, as a case form of a one-word name: the first
// nominative its ending allows that the gazetteer knows.
func (p *Parser) inflected(text string, toks []token, i int, memo *spanMemo, first *spanFacts) (found, bool) {
	t := toks[i]
	w := text[t.start:t.end]
	if !t.upper || t.allCaps || !cyrillicWord(w) {
		return found{}, false
	}
	// (A name of its own is no case form, unless a hyphen joins it to
	// the word that bears the ending: "Нур" of "в Нур-Султане".)
	hyphened := i+2 < len(toks) && toks[i+1].start == t.end && text[toks[i+1].start:toks[i+1].end] == "-"
	if first.n > 0 && !hyphened {
		return found{}, false
	}
	// "в Нижнем Новгороде": an adjective and a noun, both declined.
	if f, ok := p.adjectiveNoun(text, toks, i, memo); ok {
		return f, true
	}
	afterPrep := i > 0 && toks[i-1].kind == tokWord && slices.Contains(shortStemAfter, strings.ToLower(text[toks[i-1].start:toks[i-1].end]))
	// "в Ростове-на-Дону": a name joined to its river by "-на-" declines
	// its first part.
	if rest, last, ok := riverTail(text, toks, i); ok {
		if f, ok := p.caseForm(found{first: i, last: last, words: 2, sentStart: t.sentStart}, "", strings.ToLower(w), rest, afterPrep, memo); ok {
			return f, true
		}
		return found{}, false
	}
	// (A word joined to the next by a hyphen or an apostrophe is part of
	// a longer name: "в Санкт-Петербурге", "Усть-Каменогорске" are read
	// whole, the case ending on the last part.)
	prefix := ""
	last := i
	if i+1 < len(toks) && toks[i+1].start == t.end && toks[i+1].kind == tokPunct {
		c := text[toks[i+1].start:toks[i+1].end]
		if c == "'" || c == "’" {
			return found{}, false
		}
		if c == "-" {
			if i+2 >= len(toks) || toks[i+2].start != toks[i+1].end || toks[i+2].kind != tokWord ||
				!cyrillicWord(text[toks[i+2].start:toks[i+2].end]) {
				return found{}, false
			}
			prefix, last = strings.ToLower(text[t.start:toks[i+1].end]), i+2
			w = text[toks[last].start:toks[last].end]
		}
	}
	words := 1
	if last > i {
		words = 2
	}
	return p.caseForm(found{first: i, last: last, words: words, sentStart: t.sentStart}, prefix, strings.ToLower(w), "", afterPrep, memo)
}

// caseForm reads lower, the declined word of a name (after prefix, the
// parts before it, and before rest, the parts after), under the
// nominatives its ending may come from, and settles f on the first the
// gazetteer knows.
func (p *Parser) caseForm(f found, prefix, lower, rest string, afterPrep bool, memo *spanMemo) (found, bool) {
	var buf [96]byte
	for k := range len(caseEndings) + len(kazakhSuffixes) {
		ending, nominatives, suffixed := "", []string{""}, k >= len(caseEndings)
		if suffixed {
			ending = kazakhSuffixes[k-len(caseEndings)]
		} else {
			ending, nominatives = caseEndings[k].ending, caseEndings[k].nominatives
		}
		stem, ok := strings.CutSuffix(lower, ending)
		if !ok {
			continue
		}
		// (A suffix shows a name as a preposition does: "Ошто".)
		short := utf8.RuneCountInString(stem) < minStemRunes
		if short && !((afterPrep || suffixed) && utf8.RuneCountInString(stem) == minStemRunes-1) {
			continue
		}
		if short && len(nominatives) > 1 && nominatives[0] == "" {
			// (From a stem of two letters, a name of two is tried last:
			// "Уфе" is Уфа before it is Уф, an odd alternate.)
			nominatives = append(slices.Clone(nominatives[1:]), "")
		}
		for _, nom := range nominatives {
			form := append(append(append(append(buf[:0], prefix...), stem...), nom...), rest...)
			sf := memo.facts(p.g, string(form))
			if sf.n == 0 {
				// Belarusian alternates the stem's last sounds too:
				// Магілёў, у Магілёве; Брэст, у Брэсце.
				alt, ok := belarusianStem(stem)
				if !ok {
					continue
				}
				form = append(append(append(append(buf[:0], prefix...), alt...), nom...), rest...)
				if sf = memo.facts(p.g, string(form)); sf.n == 0 {
					continue
				}
			}
			// A case form opens a sentence seldom (the prepositional
			// never: it follows "в", "на"); a capitalised noun there is
			// a word ("Центре" is no Centre-Val de Loire), a country
			// aside ("Россией").
			cands := sf.entry(p).all.cands
			if short && maxPopulation(cands) < shortStemPopulation {
				continue
			}
			if f.sentStart && !hasKind(cands, gazetteer.KindCountry) && !(suffixed && maxPopulation(cands) >= suffixedPopulation) {
				return found{}, false
			}
			// (A Kazakh or Kyrgyz suffix shows a name as surely as a
			// preposition does: no sentence's first word in doubt.)
			f.declined = suffixed
			return p.settle(f, sf), true
		}
	}
	return found{}, false
}

// belarusianStem returns the stem of the nominative a Belarusian case
// form's stem may come from, where the ending changed its last sounds: в
// for ў (Магілёве), сц for ст (Брэсце), дз for д.
func belarusianStem(stem string) (string, bool) {
	for _, a := range [...][2]string{{"в", "ў"}, {"сц", "ст"}, {"дз", "д"}} {
		if s, ok := strings.CutSuffix(stem, a[0]); ok {
			return s + a[1], true
		}
	}
	return "", false
}

// maxPopulation returns the population of the biggest town of cands.
func maxPopulation(cands []gazetteer.Candidate) int {
	most := 0
	for _, c := range cands {
		if c.Kind == gazetteer.KindPlace && c.Place != nil {
			most = max(most, c.Place.Population)
		}
	}
	return most
}

// riverTail reads "-на-Дону" after the word at i, the river a town's
// name joins with "на" ("Ростов-на-Дону", "Комсомольск-на-Амуре"): the
// tail as written, which does not decline, and its last token.
func riverTail(text string, toks []token, i int) (string, int, bool) {
	if i+4 >= len(toks) {
		return "", 0, false
	}
	for k := i + 1; k <= i+4; k++ {
		if toks[k].start != toks[k-1].end {
			return "", 0, false
		}
	}
	if text[toks[i+1].start:toks[i+1].end] != "-" || text[toks[i+2].start:toks[i+2].end] != "на" ||
		text[toks[i+3].start:toks[i+3].end] != "-" || !toks[i+4].upper || !cyrillicWord(text[toks[i+4].start:toks[i+4].end]) {
		return "", 0, false
	}
	return strings.ToLower(text[toks[i+1].start:toks[i+4].end]), i + 4, true
}

// adjectiveEndings map the case endings of a Russian adjective to its
// nominatives: "Нижнем" (Нижний), "Великого" (Великий), "Старом"
// (Старый), "Белой" (Белая).
var adjectiveEndings = []struct {
	ending      string
	nominatives []string
}{
	{"его", []string{"ий"}}, {"ого", []string{"ий", "ый", "ой"}}, {"ему", []string{"ий"}}, {"ому", []string{"ий", "ый", "ой"}},
	{"ем", []string{"ий"}}, {"ом", []string{"ий", "ый", "ой"}}, {"им", []string{"ий"}}, {"ым", []string{"ый"}},
	{"ей", []string{"яя"}}, {"ой", []string{"ая"}}, {"ую", []string{"ая"}},
	{"ых", []string{"ые"}}, {"их", []string{"ие"}}, // plural: в Набережных Челнах
}

// adjectiveNoun reads "Нижнем Новгороде" at token i: a name of an
// adjective and a noun ("Нижний Новгород", "Старый Оскол"), both in a
// case the gazetteer does not hold.
func (p *Parser) adjectiveNoun(text string, toks []token, i int, memo *spanMemo) (found, bool) {
	n := i + 1
	if n >= len(toks) || toks[n].kind != tokWord || !toks[n].upper || text[toks[i].end:toks[n].start] != " " {
		return found{}, false
	}
	noun := strings.ToLower(text[toks[n].start:toks[n].end])
	if !cyrillicWord(noun) {
		return found{}, false
	}
	adj := strings.ToLower(text[toks[i].start:toks[i].end])
	for _, ae := range adjectiveEndings {
		stem, ok := strings.CutSuffix(adj, ae.ending)
		if !ok || utf8.RuneCountInString(stem) < minStemRunes {
			continue
		}
		for _, nom := range ae.nominatives {
			f, ok := p.caseForm(found{first: i, last: n, words: 2, sentStart: toks[i].sentStart}, stem+nom+" ", noun, "", false, memo)
			if ok {
				return f, true
			}
		}
	}
	return found{}, false
}

// cyrillicCountries write Cyrillic, or did until lately, and Russian
// texts name their towns in it: the former Soviet Union, Mongolia and
// the Slavic Balkans.
var cyrillicCountries = map[string]bool{
	"RU": true, "UA": true, "BY": true, "KZ": true, "KG": true, "UZ": true, "TJ": true, "TM": true,
	"AZ": true, "AM": true, "GE": true, "MD": true, "EE": true, "LV": true, "LT": true, "MN": true,
	"BG": true, "RS": true, "MK": true, "BA": true, "ME": true,
}

// cyrillicWord reports whether w is written in Cyrillic letters.
func cyrillicWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Cyrillic, r) {
			return false
		}
	}
	return w != ""
}

// Regions are named by an adjective before "область" or "край", both
// declined: "в Мангистауской области", "жители Алматинской области",
// "в Красноярском крае". The gazetteer holds the nominative
// ("Мангистауская область"), which regionForms rebuilds.

// regionNouns maps the case forms of the generic words to their
// nominative and the adjective endings that go with them, nominative
// first.
var regionNouns = map[string]struct {
	nominative string
	endings    []string // the adjective's case endings with this noun
	nomEnding  string
}{
	"области": {"область", []string{"ой"}, "ая"},
	// Ukrainian: "у Львівській області", "з Дніпропетровської області".
	"області":  {"область", []string{"ій", "ої"}, "а"},
	"областю":  {"область", []string{"ою"}, "а"},
	"областью": {"область", []string{"ой", "ою"}, "ая"},
	"область":  {"область", []string{"ую", "ая"}, "ая"},
	"краю":     {"край", []string{"ому"}, "ий"},
	"края":     {"край", []string{"ого"}, "ий"},
	"крае":     {"край", []string{"ом"}, "ий"},
	"краем":    {"край", []string{"им"}, "ий"},
}

// regionForm reads "<adjective> области" (or край) at token i as the
// region whose nominative the gazetteer holds.
func (p *Parser) regionForm(text string, toks []token, i int, memo *spanMemo) (found, bool) {
	n := i + 1
	t := toks[i]
	if n >= len(toks) || !t.upper || text[t.start] < 0xD0 {
		return found{}, false // (most words are no Cyrillic adjective)
	}
	a := i // the adjective's last part: "Западно-Казахстанской"
	if toks[n].kind == tokPunct && text[toks[n].start:toks[n].end] == "-" && n+2 < len(toks) && toks[n].start == t.end &&
		toks[n+1].start == toks[n].end && toks[n+1].kind == tokWord {
		a, n = n+1, n+2
	}
	if toks[n].kind != tokWord || text[toks[n].start] < 0xD0 || text[toks[a].end:toks[n].start] != " " {
		return found{}, false
	}
	adj := strings.ToLower(text[t.start:toks[a].end])
	noun, ok := regionNouns[strings.ToLower(text[toks[n].start:toks[n].end])]
	if !ok || !cyrillicWord(strings.ReplaceAll(adj, "-", "")) {
		return found{}, false
	}
	for _, e := range noun.endings {
		stem, ok := strings.CutSuffix(adj, e)
		if !ok || utf8.RuneCountInString(stem) < minStemRunes {
			continue
		}
		for _, nom := range []string{noun.nomEnding, "ый", "ой"} {
			sf := memo.facts(p.g, stem+nom+" "+noun.nominative)
			if sf.n > 0 {
				f := p.settle(found{first: i, last: n, words: 2, sentStart: t.sentStart, regionWord: true}, sf)
				return f, true
			}
			if noun.nominative != "область" {
				break
			}
		}
	}
	return found{}, false
}
