package main

import (
	"slices"
	"strings"
	"unicode"
)

// Cyrillic names get two ASCII Latin spellings at build time because the
// Latin alternates in GeoNames are sparse for small places: "александровка"
// names 9 places but "alexandrovka" only 1. The two variants cover the two
// families of spellings seen in English-language reporting:
//
//   - variantBGN follows BGN/PCGN without diacritics or primes: е → ye at
//     the start of a word and after a vowel, й → y, ый/ий → yy/iy, Kazakh
//     letters as in Russian-derived names (Ақтау → Aktau, Жаңаөзен →
//     Zhanaozen), Ukrainian after the 2010 national system (Київ → Kyiv).
//   - variantGOST is a "scientific-lite" / press spelling: кс → x
//     (Александровка → Alexandrovka), ё → yo, е → e, word-final ый/ий → y
//     (Нижний → Nizhny), й → i, Kazakh letters as in Kazakh Latin (Ақтау →
//     Aqtau, Қарағанды → Qaraghandy, Жаңаөзен → Zhangaozen) and Ukrainian
//     read with Russian values (г → g, и → i).
type variant int

const (
	variantBGN variant = iota
	variantGOST
)

// transliterate returns the distinct Latin spellings of a Cyrillic-only
// name, or nil for a name that is not Cyrillic or uses a letter the tables
// below do not know.
func transliterate(s string) []string {
	if classify(s) != scriptCyrillic {
		return nil
	}
	rs := []rune(s)
	lang := cyrillicLang(rs)
	var out []string
	for _, v := range []variant{variantBGN, variantGOST} {
		if t, ok := translitVariant(rs, lang, v); ok && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// cyrLang is the orthography a Cyrillic name is read with.
type cyrLang int

const (
	langRussian cyrLang = iota // also Bulgarian, Serbian, Kyrgyz, … read the Russian way
	langKazakh
	langUkrainian
	langBelarusian
)

// cyrillicLang guesses the orthography from letters only one of them uses.
// Kazakh letters win over і (which Kazakh, Ukrainian and Belarusian share);
// ў, or і together with ы/э/ё, is Belarusian; є ї ґ or a lone і is
// Ukrainian.
func cyrillicLang(rs []rune) cyrLang {
	var kk, uk, be, i, ruOnly bool
	for _, r := range rs {
		switch unicode.ToLower(r) {
		case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ':
			kk = true
		case 'є', 'ї', 'ґ':
			uk = true
		case 'ў':
			be = true
		case 'і':
			i = true
		case 'ы', 'э', 'ё':
			ruOnly = true
		}
	}
	switch {
	case kk:
		return langKazakh
	case be, i && ruOnly:
		return langBelarusian
	case uk, i:
		return langUkrainian
	}
	return langRussian
}

// baseLetters are the values shared by all orthographies and variants.
var baseLetters = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
	// Kazakh (ASCII forms of the Russian-derived spellings).
	'ә': "a", 'ғ': "g", 'қ': "k", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h",
	// Serbian, Macedonian, Tajik, Tatar/Bashkir and pre-1918 letters seen
	// in GeoNames alternates.
	'ј': "j", 'љ': "lj", 'њ': "nj", 'ђ': "dj", 'ћ': "c", 'џ': "dz",
	'ѓ': "gj", 'ќ': "kj", 'ѕ': "dz", 'ӣ': "i", 'ӯ': "u", 'ҳ': "h",
	'ҷ': "j", 'җ': "zh", 'ҙ': "z", 'ҫ': "s", 'ҡ': "k", 'ӏ': "",
	'ѣ': "e", 'ѳ': "f", 'ѵ': "i",
}

// kazakhLatin are the variantGOST values of the Kazakh letters, close to
// the Kazakh Latin alphabet and to the ISO 3166-2 romanisation.
var kazakhLatin = map[rune]string{
	'ғ': "gh", 'қ': "q", 'ң': "ng",
}

// apostrophes are the characters written for the Ukrainian/Belarusian
// apostrophe.
const apostrophes = "'’ʼ"

// isCyrVowel reports the Cyrillic vowels after which е is written ye.
func isCyrVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяіїєәөұүъь", r)
}

// translitVariant spells rs in one variant; ok is false when a Cyrillic
// letter has no value.
func translitVariant(rs []rune, lang cyrLang, v variant) (string, bool) {
	var b strings.Builder
	lower := func(i int) rune {
		if i < 0 || i >= len(rs) {
			return 0
		}
		return unicode.ToLower(rs[i])
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !unicode.Is(unicode.Cyrillic, r) {
			// Ukrainian and Belarusian write an apostrophe where Russian
			// writes ъ; like ъ it has no Latin value.
			if strings.ContainsRune(apostrophes, r) && unicode.Is(unicode.Cyrillic, lower(i-1)) && unicode.Is(unicode.Cyrillic, lower(i+1)) {
				continue
			}
			b.WriteRune(r)
			continue
		}
		lo, prev, next := unicode.ToLower(r), lower(i-1), lower(i+1)
		// An apostrophe inside a word (Мар'янівка) does not start a word.
		wordStart := !unicode.IsLetter(prev) && !strings.ContainsRune(apostrophes, prev)
		pairEndsWord := !unicode.IsLetter(lower(i + 2)) // for ый, ий
		out, ok := baseLetters[lo]
		if !ok {
			return "", false
		}
		consumed := 1
		switch {
		case lang == langUkrainian && v == variantBGN:
			// Ukrainian national transliteration (2010).
			switch lo {
			case 'г':
				out = "h"
				if prev == 'з' {
					out = "gh"
				}
			case 'и':
				out = "y"
			case 'є', 'ї', 'й', 'ю', 'я':
				if !wordStart {
					out = map[rune]string{'є': "ie", 'ї': "i", 'й': "i", 'ю': "iu", 'я': "ia"}[lo]
				}
			}
		case lang == langBelarusian && v == variantBGN:
			switch lo {
			case 'г':
				out = "h"
			case 'е':
				if wordStart || isCyrVowel(prev) {
					out = "ye"
				}
			case 'ё':
				out = "yo"
			}
		case v == variantBGN:
			if (lo == 'е' || lo == 'ё') && (wordStart || isCyrVowel(prev)) {
				out = "ye"
			}
		case v == variantGOST:
			switch lo {
			case 'ё':
				out = "yo"
			case 'к':
				if next == 'с' {
					out, consumed = "x", 2
				}
			case 'ы', 'и':
				if next == 'й' && pairEndsWord {
					out, consumed = "y", 2
				}
			case 'й':
				if !wordStart {
					out = "i"
				}
			}
			if lang == langKazakh {
				if k, ok := kazakhLatin[lo]; ok {
					out = k
				}
			}
		}
		if lo != r && out != "" {
			// Title case stays title case (Ж → Zh); an all-caps word stays
			// all caps (ЖАНА → ZHANA).
			nextUpper := i+consumed < len(rs) && unicode.IsUpper(rs[i+consumed])
			prevUpper := i > 0 && unicode.IsUpper(rs[i-1])
			if nextUpper || prevUpper {
				out = strings.ToUpper(out)
			} else {
				out = strings.ToUpper(out[:1]) + out[1:]
			}
		}
		b.WriteString(out)
		i += consumed - 1
	}
	return b.String(), true
}
