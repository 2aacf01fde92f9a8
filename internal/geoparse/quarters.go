package geoparse

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Reports from Dhaka, Kathmandu or Delhi place a protest by its quarter
// more often than by the city: "শাহবাগে" (at Shahbag), "ধানমন্ডিতে",
// "नयाँ बानेश्वरमा", "शाहीन बाग में". GeoNames' cities500 holds none of
// them, and a report written from inside the city may never name it.
// cityQuarters names the best-known quarters of the capitals of South
// Asia, in the script their press writes them in, with the city they are
// part of; a quarter is read as its city (an event record takes cities,
// and the referee's golds code a quarter at its city), after its
// language's endings like any name. The names are the quarters' own
// (the city corporations' ward and thana names: Dhaka North and South
// City Corporations, Kathmandu Metropolitan City, Delhi's districts);
// only names no town of the region bears are kept ("মিরপুর" is Dhaka's
// quarter in Bengali, while Urdu "میرپور" is Azad Kashmir's town: the
// table is by script).
var cityQuarters = map[string][2]string{
	// Dhaka (Bengali).
	"শাহবাগ": {"Dhaka", "BD"}, "ধানমন্ডি": {"Dhaka", "BD"}, "মিরপুর": {"Dhaka", "BD"}, "উত্তরা": {"Dhaka", "BD"},
	"বাড্ডা": {"Dhaka", "BD"}, "রামপুরা": {"Dhaka", "BD"}, "মতিঝিল": {"Dhaka", "BD"}, "জিগাতলা": {"Dhaka", "BD"},
	"ফার্মগেট": {"Dhaka", "BD"}, "তেজগাঁও": {"Dhaka", "BD"}, "মোহাম্মদপুর": {"Dhaka", "BD"}, "গুলশান": {"Dhaka", "BD"},
	"যাত্রাবাড়ী": {"Dhaka", "BD"}, "পল্টন": {"Dhaka", "BD"}, "কুর্মিটোলা": {"Dhaka", "BD"}, "মহাখালী": {"Dhaka", "BD"},
	"বনানী": {"Dhaka", "BD"}, "সায়েন্স ল্যাব": {"Dhaka", "BD"}, "নীলক্ষেত": {"Dhaka", "BD"}, "পুরান ঢাকা": {"Dhaka", "BD"},
	// Kathmandu (Nepali).
	"नयाँ बानेश्वर": {"Kathmandu", "NP"}, "बानेश्वर": {"Kathmandu", "NP"}, "माइतीघर": {"Kathmandu", "NP"},
	"सिंहदरबार": {"Kathmandu", "NP"}, "बालुवाटार": {"Kathmandu", "NP"}, "कोटेश्वर": {"Kathmandu", "NP"},
	"कलंकी": {"Kathmandu", "NP"}, "चाबहिल": {"Kathmandu", "NP"}, "रत्नपार्क": {"Kathmandu", "NP"},
	"कालीमाटी": {"Kathmandu", "NP"}, "ठमेल": {"Kathmandu", "NP"},
	// Delhi (Hindi).
	"शाहीन बाग": {"Delhi", "IN"}, "जंतर मंतर": {"Delhi", "IN"}, "रामलीला मैदान": {"Delhi", "IN"},
	"इंडिया गेट": {"Delhi", "IN"}, "जामिया नगर": {"Delhi", "IN"}, "सीलमपुर": {"Delhi", "IN"},
	"दरियागंज": {"Delhi", "IN"}, "चांदनी चौक": {"Delhi", "IN"},
}

// quarterKeys is cityQuarters by key, and maxQuarterWords the most
// words of a quarter's name.
var quarterKeys, maxQuarterWords = func() (map[string][2]string, int) {
	m := make(map[string][2]string, len(cityQuarters))
	most := 1
	for name, city := range cityQuarters {
		k := gazetteer.Normalize(name)
		m[k] = city
		most = max(most, strings.Count(k, " ")+1)
	}
	return m, most
}()

// quarterCities resolves each city of cityQuarters once.
type quarterCities struct {
	once   sync.Once
	places map[[2]string]gazetteer.Candidate
}

// quarterAt reads the quarter of a city that starts at token i: its
// words as written, or the last with a case ending cut off ("শাহবাগে",
// "नयाँ बानेश्वरमा").
func (p *Parser) quarterAt(text string, toks []token, i int) (found, caselessRead, bool) {
	for n := min(maxQuarterWords, len(toks)-i); n >= 1; n-- {
		last := i + n - 1
		ok := true
		for k := i; k <= last; k++ {
			if toks[k].kind != tokWord || !toks[k].caseless || k > i && text[toks[k-1].end:toks[k].start] != " " {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		head := gazetteer.Normalize(text[toks[i].start:toks[last].end])
		if city, ok := quarterKeys[head]; ok {
			return p.quarterFound(i, last, head, city, caselessRead{})
		}
		suffixes := devanagariSuffixes
		if r, _ := utf8.DecodeRuneInString(text[toks[last].start:]); r >= 0x0980 {
			suffixes = bengaliSuffixes
		}
		for _, s := range suffixes {
			if stem, ok := strings.CutSuffix(head, s.cut); ok && s.restore == "" {
				if city, ok := quarterKeys[stem]; ok {
					return p.quarterFound(i, last, stem, city, caselessRead{cue: true, weak: !s.locative})
				}
			}
		}
	}
	return found{}, caselessRead{}, false
}

// quarterFound is the mention of a quarter, read as its city.
func (p *Parser) quarterFound(first, last int, key string, city [2]string, how caselessRead) (found, caselessRead, bool) {
	p.quarters.once.Do(func() {
		p.quarters.places = map[[2]string]gazetteer.Candidate{}
		for _, c := range cityQuarters {
			if pl, ok := p.biggestPlace(c[0], func(pl Place) bool { return pl.Country == c[1] }); ok {
				if gp, ok := p.g.Place(pl.ID); ok {
					p.quarters.places[c] = gazetteer.Candidate{Kind: gazetteer.KindPlace, Place: gp}
				}
			}
		}
	})
	c, ok := p.quarters.places[city]
	if !ok {
		return found{}, caselessRead{}, false
	}
	how.cue, how.named = true, true // a quarter's name is no everyday word
	return found{first: first, last: last, words: last - first + 1, key: key, cands: []gazetteer.Candidate{c}}, how, true
}
