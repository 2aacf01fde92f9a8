package geoparse

import (
	"strings"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// GeoNames gives Devanagari or Bengali names to the big cities of India,
// Nepal and Bangladesh only: Muzaffarpur, Butwal or Narela have none,
// though reports name them every day (मुजफ्फरपुर, बुटवल, नरेला). Their
// Latin names are romanisations of those very words, so a word is read
// against the towns of the countries the script is written in by the
// consonants both spellings share — its skeleton: vowels, h and y
// dropped (the romanisations spell them every way: "Sylhet", सिलेट),
// aspirates as plain stops (ph, f and फ alike), nasals before a stop
// as n, doubled letters once; and its vowels other than a must agree. "मुजफ्फरपुर" and "Muzaffarpur" are both
// "mjprpr".
//
// A skeleton is a loose key, so it is read only where the name is not
// in the gazetteer, only with a cue that the word is a place (a
// postposition, a locative ending, a word for a town after it), only
// for a skeleton of three consonants or more, and only for a town of
// skeletonMinPop people; caselessKeep then weighs it as it weighs any
// caseless name.

// skeletonNearKm is how far from a place the text names surely a town
// read by its skeleton may lie: a report from Bihar names Muzaffarpur
// beside Patna, while "हिंदुओं के" (of the Hindus) shares its letters
// with Hindaun, 900 km from any place the report names.
const skeletonNearKm = 250

// skeletonMinPop is the fewest people a town read by its skeleton must
// have: the smaller the town, the likelier an everyday word shares its
// consonants.
const skeletonMinPop = 20000

// minSkeleton is the fewest consonants a skeleton must have.
const minSkeleton = 3

// skeletonIndex maps the skeletons of the Latin names of the towns of
// India, Nepal and Bangladesh to the towns, for Devanagari (dev) and
// Bengali (bn) words.
type skeletonIndex struct {
	dev, bn map[string][]gazetteer.Candidate
}

// skeletonTowns builds the index (once, on first use: a parser that
// never meets these scripts never pays for it).
func (p *Parser) skeletonTowns() *skeletonIndex {
	ix := &skeletonIndex{dev: map[string][]gazetteer.Candidate{}, bn: map[string][]gazetteer.Candidate{}}
	for _, cc := range []string{"IN", "NP", "BD"} {
		for _, pl := range p.g.PlacesIn(cc, skeletonMinPop) {
			key := gazetteer.Normalize(pl.Name)
			sk := latinSkeleton(key)
			if len(sk) < minSkeleton || strings.Contains(key, " ") {
				continue // (a name of two words is two words in any script)
			}
			c := gazetteer.Candidate{Kind: gazetteer.KindPlace, Place: pl}
			if cc != "BD" {
				ix.dev[sk] = append(ix.dev[sk], c)
			}
			if cc != "NP" {
				ix.bn[sk] = append(ix.bn[sk], c)
			}
		}
	}
	return ix
}

// skeletonAt reads the Devanagari or Bengali word at token i, or its
// stem without a case ending, as a town by its skeleton.
func (p *Parser) skeletonAt(text string, toks []token, i int) (found, caselessRead, bool) {
	w := text[toks[i].start:toks[i].end]
	r, _ := utf8.DecodeRuneInString(w)
	suffixes, towns := devanagariSuffixes, p.skeletons().dev
	if r >= 0x0980 {
		suffixes, towns = bengaliSuffixes, p.skeletons().bn
	}
	key := gazetteer.Normalize(w)
	if isCommon(key) || caselessGeneric[key] || indicPlaceWords[key] || indicPostpositions[key] || pluralNoun(key) {
		return found{}, caselessRead{}, false
	}
	_, named := cueAfter(text, toks, i)
	if cands := vowelsAgree(skeletonTowns(towns, w), w, named); len(cands) > 0 {
		return found{first: i, last: i, words: 1, key: key, cands: cands}, caselessRead{}, true
	}
	// The stem: the longest ending cut off (only that: "-তে" is no "-ে"
	// after a t; the Marathi oblique's two restorations are both tried),
	// off the key as indicCase does and off the word as written by as
	// many letters.
	cut := ""
	for _, s := range suffixes {
		if strings.HasSuffix(key, s.cut) {
			cut = s.cut
			break
		}
	}
	raw, ok := strings.CutSuffix(w, cut)
	if cut == "" || !ok || utf8.RuneCountInString(key)-utf8.RuneCountInString(cut) < minCaselessStem {
		return found{}, caselessRead{}, false // (or the ending is written with a nukta the key dropped)
	}
	for _, s := range suffixes {
		if s.cut != cut {
			continue
		}
		form := raw + s.restore
		if cands := vowelsAgree(skeletonTowns(towns, form), form, named); len(cands) > 0 {
			return found{first: i, last: i, words: 1, key: strings.TrimSuffix(key, cut) + s.restore, cands: cands, declined: true},
				caselessRead{cue: true, weak: !s.locative}, true
		}
	}
	return found{}, caselessRead{}, false
}

// skeletonTowns returns the towns of w's skeleton, or, where w writes
// व and none has it, those of its skeleton with ब: Hindi and Nepali
// write the one for the other (वीरगञ्ज, बीरगञ्ज; Birganj), while the
// romanisations keep them apart (Warud is no অবরোধ, a blockade).
func skeletonTowns(towns map[string][]gazetteer.Candidate, w string) []gazetteer.Candidate {
	sk := indicSkeleton(w)
	if cands := towns[sk]; len(cands) > 0 || !strings.Contains(sk, "v") {
		return cands
	}
	return towns[tidySkeleton(strings.ReplaceAll(sk, "v", "b"))]
}

// vowelsAgree keeps the towns whose Latin names spell the vowels w
// writes: the vowels other than a (the vowel Devanagari and Bengali
// write by no sign, and romanisations spell or drop), in order. A
// skeleton of three consonants needs them equal and one at least (a
// word of a's alone, "बंद", closed, is Banda's as much as anyone's)
// unless a word for a town or a district follows (named: "जालना
// जिल्ह्यात"); a longer one allows one apart where both have two or
// more. "पुलिस"
// (police) shares its consonants with Palasa, not its vowels;
// "मुजफ्फरपुर" and Muzaffarpur have u and u.
func vowelsAgree(cands []gazetteer.Candidate, w string, named bool) []gazetteer.Candidate {
	if len(cands) == 0 {
		return nil
	}
	iv, long := indicVowels(w), len(indicSkeleton(w)) > minSkeleton
	var out []gazetteer.Candidate
	for _, c := range cands {
		lv := latinVowels(gazetteer.Normalize(c.Place.Name))
		if lv == iv && (long || named || iv != "") || long && len(iv) >= 2 && len(lv) >= 2 && oneEditApart(iv, lv) {
			out = append(out, c)
		}
	}
	return out
}

// indicVowels are the vowels of a Devanagari or Bengali word other than
// a, as i, u and e (ai as i; o and au as u, as romanisations write the
// one for the other: मुरादाबाद, Moradabad), each run written once.
func indicVowels(w string) string {
	var b []byte
	for _, r := range w {
		var v byte
		switch r {
		case 'ि', 'ी', 'इ', 'ई', 'ै', 'ऐ', 'ृ', 'ি', 'ী', 'ই', 'ঈ', 'ৈ', 'ঐ', 'ৃ':
			v = 'i'
		case 'ु', 'ू', 'उ', 'ऊ', 'ौ', 'औ', 'ু', 'ূ', 'উ', 'ঊ', 'ৌ', 'ঔ', 'ो', 'ओ', 'ॉ', 'ऑ', 'ো', 'ও':
			v = 'u'
		case 'े', 'ए', 'ে', 'এ':
			v = 'e'
		default:
			continue
		}
		if len(b) == 0 || b[len(b)-1] != v {
			b = append(b, v)
		}
	}
	return string(b)
}

// latinVowels are the vowels of a Latin key other than a, o as u, each
// run written once ("ee" is e, "ai" i, "au" u).
func latinVowels(key string) string {
	var b []byte
	for i := 0; i < len(key); i++ {
		if v := key[i]; v == 'i' || v == 'u' || v == 'e' || v == 'o' {
			if v == 'o' {
				v = 'u'
			}
			if len(b) == 0 || b[len(b)-1] != v {
				b = append(b, v)
			}
		}
	}
	return string(b)
}

// oneEditApart reports whether a and b differ by one letter changed,
// added or dropped.
func oneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// skeletonNear adds to mentions the readings of skeletal, towns read by
// their skeletons, that lie in the region of a place a mention may be
// or within skeletonNearKm of it (mentions made of names, not of
// skeletons); the others go.
func skeletonNear(mentions, skeletal []found) []found {
	sure := mentions[:len(mentions):len(mentions)] // (only names read surely support)
	near := func(c gazetteer.Candidate) bool {
		for _, m := range sure {
			for _, o := range m.cands {
				switch {
				case o.Kind == gazetteer.KindRegion && o.Region != nil:
					if o.Region.Code == c.Place.Admin1 {
						return true
					}
				case o.Kind == gazetteer.KindPlace && o.Place != nil:
					if o.Place.Admin1 == c.Place.Admin1 && o.Place.Country == c.Place.Country ||
						gazetteer.Distance(o.Place.Lat, o.Place.Lon, c.Place.Lat, c.Place.Lon) <= skeletonNearKm {
						return true
					}
				}
			}
		}
		return false
	}
	for _, f := range skeletal {
		var kept []gazetteer.Candidate
		for _, c := range f.cands {
			if c.Kind == gazetteer.KindPlace && c.Place != nil && near(c) {
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

// pluralNoun reports whether key bears a plural ending, which no town's
// name does: Hindi "-ों" ("वाहनों", of the vehicles), Nepali "-हरू",
// Bengali "-গুলো", "-গুলি", "-দের", "-রা" ("হলগুলোতে", in the halls).
func pluralNoun(key string) bool {
	for _, p := range pluralEndings {
		if strings.HasSuffix(key, p) {
			return true
		}
	}
	for _, p := range pluralInfixes {
		if strings.Contains(key, p) {
			return true
		}
	}
	return false
}

// pluralEndings end plural nouns; pluralInfixes stand inside them,
// before a case ending. Both as keys (gazetteer.Normalize).
var (
	pluralEndings = normalizeAll("ों", "ओं", "यों", "দের", "রা")
	pluralInfixes = normalizeAll("हरू", "গুলো", "গুলি")
)

// normalizeAll returns the keys of ws.
func normalizeAll(ws ...string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = gazetteer.Normalize(w)
	}
	return out
}

// bareSkeletons returns those of bare, towns read by their skeletons
// with no cue, that the text names elsewhere with one (in cued, or among
// mentions): "वीरगञ्ज दिनभर अशान्त रह्यो" (Birganj was restless all day)
// after the dateline "वीरगञ्ज," or "वीरगञ्जमा".
func bareSkeletons(bare, cued, mentions []found) []found {
	keys := map[string]bool{}
	for _, f := range cued {
		keys[f.key] = true
	}
	for _, m := range mentions {
		keys[m.key] = true
	}
	var out []found
	for _, f := range bare {
		if keys[f.key] {
			out = append(out, f)
		}
	}
	return out
}

// latinSkeleton is the skeleton of a Latin key (ASCII letters and
// spaces, as gazetteer.Normalize writes Indian names).
func latinSkeleton(key string) string {
	var b strings.Builder
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c == 'c' && i+1 < len(key) && key[i+1] == 'h':
			b.WriteByte('C')
			i++
		case c == 'c' || c == 'q':
			b.WriteByte('k')
		case c == 'x':
			b.WriteString("ks")
		case c == 'z':
			b.WriteByte('j')
		case c == 'f':
			b.WriteByte('p')
		case c == 'w':
			b.WriteByte('v')
		case c == 'g' && i > 0 && key[i-1] == 'n' && (i+1 == len(key) || !strings.ContainsRune("aeiouy", rune(key[i+1]))):
			// The g of a velar nasal before a consonant, or at the end,
			// which the scripts write with the anusvara alone
			// ("Rangpur", রংপুর); not before a vowel ("Ganga", गंगा).
		case c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiouhy", rune(c)):
			b.WriteByte(c)
		}
	}
	return tidySkeleton(b.String())
}

// indicSkeleton is the skeleton of a Devanagari or Bengali word as
// written (a nukta still on its letter: ड़ and ড় are r).
func indicSkeleton(w string) string {
	var b strings.Builder
	var prev rune
	for _, r := range w {
		switch {
		case r == 0x093C || r == 0x09BC: // nukta: ड़ ढ़ ড় ঢ় are r, য় nothing
			s := b.String()
			switch prev {
			case 0x0921, 0x0922, 0x09A1, 0x09A2:
				b.Reset()
				b.WriteString(s[:len(s)-1] + "r")
			case 0x09AF:
				b.Reset()
				b.WriteString(s[:len(s)-1])
			}
		case r == 0x09AF && prev == 0x09CD: // the Bengali য-phala doubles the letter before it
		default:
			if c, ok := indicConsonants[r]; ok {
				b.WriteString(c)
			}
		}
		prev = r
	}
	return tidySkeleton(b.String())
}

// tidySkeleton writes m before b or p as n and doubled letters once.
func tidySkeleton(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'm' && i+1 < len(s) && (s[i+1] == 'b' || s[i+1] == 'p') {
			c = 'n'
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// indicConsonants are the letters of Devanagari and Bengali that count
// in a skeleton, with the Latin letter each is written as: aspirates as
// plain stops, the sibilants as s, च छ as C (Latin "ch"), the anusvara
// and candrabindu as n, ऋ as r, ड़ ढ़ (one code point or with their
// nukta, indicSkeleton) as r, the Bengali য as j (যশোর, Jessore); vowels,
// ह, य and য় count for nothing.
var indicConsonants = func() map[rune]string {
	m := map[rune]string{}
	for latin, letters := range map[string][]rune{
		"k": {0x0915, 0x0916, 0x0958, 0x0959, 0x0995, 0x0996},
		"g": {0x0917, 0x0918, 0x095A, 0x0997, 0x0998},
		"n": {0x0919, 0x091E, 0x0923, 0x0928, 0x0999, 0x099E, 0x09A3, 0x09A8, 0x0901, 0x0902, 0x0981, 0x0982},
		"C": {0x091A, 0x091B, 0x099A, 0x099B},
		"j": {0x091C, 0x091D, 0x095B, 0x099C, 0x099D, 0x09AF},
		"t": {0x091F, 0x0920, 0x0924, 0x0925, 0x099F, 0x09A0, 0x09A4, 0x09A5, 0x09CE},
		"d": {0x0921, 0x0922, 0x0926, 0x0927, 0x09A1, 0x09A2, 0x09A6, 0x09A7},
		"p": {0x092A, 0x092B, 0x095E, 0x09AA, 0x09AB},
		"b": {0x092C, 0x092D, 0x09AC, 0x09AD},
		"v": {0x0935},
		"m": {0x092E, 0x09AE},
		"r": {0x0930, 0x0931, 0x090B, 0x0943, 0x09B0, 0x098B, 0x09C3, 0x095C, 0x095D, 0x09DC, 0x09DD},
		"l": {0x0932, 0x0933, 0x09B2},
		"s": {0x0936, 0x0937, 0x0938, 0x09B6, 0x09B7, 0x09B8},
	} {
		for _, r := range letters {
			m[r] = latin
		}
	}
	return m
}()
