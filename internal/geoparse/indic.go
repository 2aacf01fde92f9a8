package geoparse

import (
	"strings"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Devanagari (Hindi, Nepali, Marathi) and Bengali are caseless too, and
// read by caseless.go, with two differences these rules carry. Their
// words of place come after the name, not before it: Hindi writes its
// postpositions apart ("दिल्ली में", in Delhi; "पटना के", of Patna),
// while Nepali, Marathi and Bengali join them to the name as suffixes
// ("काठमाडौंमा", in Kathmandu; "मुंबईत", in Mumbai; "ঢাকায়", in Dhaka;
// "চট্টগ্রামের", of Chattogram). Suffixes are matched on the word's key
// (gazetteer.Normalize), where the Bengali য় has lost its nukta.

// indicSuffix is a case ending: what is cut from a word's key, what the
// name's own form ends with instead, and whether it says "in", "to" or
// "from" (a cue that the word is a place).
type indicSuffix struct {
	cut, restore string
	locative     bool
}

// devanagariSuffixes are Nepali's and Marathi's endings, longest first
// where one ends another. Marathi puts a name ending in -e or -a into
// its oblique form before the ending: पुणे, पुण्यात (in Pune),
// पुण्याचा; जालना, जालन्यातील.
var devanagariSuffixes = []indicSuffix{
	// Marathi oblique of names in -e and in -a: पुणे, पुण्यात; जालना,
	// जालन्यात.
	{"्यातील", "े", true}, {"्यात", "े", true}, {"्याला", "े", true}, {"्याहून", "े", true},
	{"्याच्या", "े", false}, {"्याचा", "े", false}, {"्याची", "े", false}, {"्याचे", "े", false},
	{"्यातील", "ा", true}, {"्यात", "ा", true}, {"्याला", "ा", true}, {"्याहून", "ा", true},
	{"्याच्या", "ा", false}, {"्याचा", "ा", false}, {"्याची", "ा", false}, {"्याचे", "ा", false},
	// Nepali.
	{"मा", "", true}, {"बाट", "", true}, {"देखि", "", true}, {"सम्म", "", true}, {"तिर", "", true},
	{"भित्र", "", true}, {"लाई", "", false}, {"को", "", false}, {"का", "", false}, {"की", "", false},
	// Marathi.
	{"मधील", "", true}, {"मध्ये", "", true}, {"तील", "", true}, {"हून", "", true}, {"कडे", "", true},
	{"च्या", "", false}, {"चा", "", false}, {"ची", "", false}, {"चे", "", false}, {"ला", "", true}, {"त", "", true},
}

// bengaliSuffixes are Bengali's case endings: after a consonant -e (in)
// and -er (of), after a vowel -y or -te (in) and -r (of); -ke (to).
var bengaliSuffixes = []indicSuffix{
	{"ের", "", false}, {"তে", "", true}, {"থেকে", "", true}, {"স্থ", "", true}, {"কে", "", false},
	{"ে", "", true}, {"য", "", true}, {"র", "", false},
}

// indicCase reads the word at token i as a case form of a name of one
// word, or of a name of several whose last word it ends ("উত্তর
// প্রদেশের"); it reports whether the ending says where.
func (p *Parser) indicCase(text string, toks []token, i int, memo *spanMemo) (found, bool, bool) {
	w := text[toks[i].start:toks[i].end]
	r, _ := utf8.DecodeRuneInString(w)
	suffixes := devanagariSuffixes
	if r >= 0x0980 {
		suffixes = bengaliSuffixes
	}
	var buf [96]byte
	key := string(gazetteer.AppendNormalize(buf[:0], w))
	for _, s := range suffixes {
		stem, ok := strings.CutSuffix(key, s.cut)
		if !ok || utf8.RuneCountInString(stem) < minCaselessStem {
			continue
		}
		stem += s.restore
		if f, ok := p.caselessLongest(text, toks, i, stem, memo); ok {
			f.declined = true
			return f, s.locative, true
		}
		// The last word of a longer name: "पश्चिम बंगालमा".
		for k := i - 1; k >= 0 && k >= i-maxNameWords+1; k-- {
			if toks[k].kind != tokWord || !toks[k].caseless || text[toks[k].end:toks[k+1].start] != " " {
				break
			}
			span := text[toks[k].start:toks[i].start] + stem
			if sf := memo.facts(p.g, span); sf.n > 0 {
				return p.settle(found{first: k, last: i, words: i - k + 1, declined: true}, sf), s.locative, true
			}
		}
	}
	return found{}, false, false
}

// isIndic reports whether w is written in Devanagari or Bengali.
func isIndic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return 0x0900 <= r && r <= 0x09FF
}

// cueAfter reports whether the word after token i says that it names a
// place, and whether surely: a word for a town, district or state
// ("शहर", "जिले", "জেলার") surely; a postposition ("में", in; "के", of;
// "থেকে", from) less so, as any noun takes one ("कोटा में", in the
// quota).
func cueAfter(text string, toks []token, i int) (cue, sure bool) {
	k := i + 1
	if k >= len(toks) || toks[k].kind != tokWord {
		return false, false
	}
	var buf [96]byte
	key := string(gazetteer.AppendNormalize(buf[:0], text[toks[k].start:toks[k].end]))
	if indicPlaceWords[key] {
		return true, true
	}
	return indicPostpositions[key], false
}

// indicRoadWords are the words for a road or a highway: a name before
// one, or a pair of names joined by a hyphen before one ("धुळे-सोलापूर
// महामार्ग", the Dhule–Solapur highway), names the road, not a place.
var indicRoadWords = keySet("महामार्ग", "महामार्गावर", "महामार्गावरील", "राजमार्ग", "राजमार्गमा", "राजमार्गको", "हाईवे",
	"हाइवे", "एक्सप्रेसवे", "बाइपास", "बायपास", "মহাসড়ক", "মহাসড়কে", "মহাসড়কের", "সড়ক", "সড়কে", "রোড", "रोड", "मार्ग", "मार्गमा")

// namesRoad reports whether the name ending at token last, or the pair
// of names joined by a hyphen that it opens, stands before a word for a
// road.
func namesRoad(text string, toks []token, last int) bool {
	for k, hops := last+1, 0; k < len(toks) && hops < 3; k, hops = k+1, hops+1 {
		if toks[k].kind != tokWord {
			if text[toks[k].start:toks[k].end] != "-" {
				return false
			}
			continue
		}
		var buf [96]byte
		if indicRoadWords[string(gazetteer.AppendNormalize(buf[:0], text[toks[k].start:toks[k].end]))] {
			return true
		}
		if k == last+1 || text[toks[k-1].start:toks[k-1].end] != "-" {
			return false // (only the second of two names joined by a hyphen is passed over)
		}
	}
	return false
}

// datelineName reports whether f opens its line and a comma follows it:
// a dateline ("वीरगञ्ज, २०७२ कात्तिक १७ गते", "ঢাকা, ১৬ জুলাই"), which
// names where the report was written as surely as a word for a town.
func datelineName(text string, toks []token, f found) bool {
	start := toks[f.first].start
	line := strings.LastIndexByte(text[:start], '\n') + 1
	if strings.TrimSpace(text[line:start]) != "" || f.last+1 >= len(toks) {
		return false
	}
	next := toks[f.last+1]
	return next.kind == tokPunct && text[next.start:next.end] == "," && next.start == toks[f.last].end
}

// keySet is a set of the keys of words.
func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[gazetteer.Normalize(w)] = true
	}
	return m
}

// indicPostpositions are the postpositions written apart after a name,
// in Hindi and Bengali, as keys.
var indicPostpositions = keySet("में", "से", "तक", "पर", "की", "के", "का", "को", "থেকে", "দিকে", "পর্যন্ত")

// indicPlaceWords are the words for a town, a district, a state and the
// like after a name, in Hindi, Nepali, Marathi and Bengali, as keys.
var indicPlaceWords = keySet(
	"शहर", "शहरों", "जिले", "जिला", "जिलों", "राज्य", "प्रदेश", "प्रांत", "गांव", "गाँव", "कस्बे", "इलाके",
	"इलाकों", "क्षेत्र", "स्थित", "जिल्ला", "जिल्लामा", "जिल्हा", "जिल्ह्यात", "शहरमा", "शहरात", "नगरपालिका",
	"महानगरपालिका", "उपमहानगरपालिका", "महानगरपालिकामा", "उपमहानगरपालिकामा", "प्रदेशमा",
	"শহরে", "শহরের", "জেলায়", "জেলার", "জেলা", "উপজেলায়", "উপজেলার", "বিভাগে", "বিভাগের", "রাজ্যে",
	"রাজ্যের", "নগরে", "নগরীতে", "মহানগরে",
)
