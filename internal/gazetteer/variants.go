package gazetteer

import (
	"strings"
	"unicode/utf8"
)

// News transliterates names from Arabic, Persian, Kurdish, Pashto and
// other scripts in many ways, more than GeoNames lists: Sulaymaniyah is
// also written Sulaimaniyah, Slemani, Sulaimaniya. Variants finds the big
// towns whose name a word may be another spelling of, by the name's
// consonant skeleton: its first letter (any vowel counting as one), then
// its other letters without vowels, y, h and w, with q as k and doubled
// letters single ("Sulaimaniyah" and "Sulaymaniyah" are both "slmn").
// Only towns of VariantMinPopulation people and more are indexed, by
// their one-word Latin names (an Arabic article dropped): a reader knows
// a big town under a new spelling, not a village.

// VariantMinPopulation is the population from which a town is found under
// other spellings of its names.
const VariantMinPopulation = 100000

// minSkeleton is the shortest skeleton indexed.
const minSkeleton = 3

// MinVariantLetters is the shortest word (in letters of its key; a word
// of fewer bytes has fewer) that Variants reads as another spelling:
// shorter words are too near too many names ("Putin" is one letter from
// Putian, "Hamas" two from Homs).
const MinVariantLetters = 7

// A variant is one indexed name: the place and its key.
type variant struct {
	place int32
	key   string
}

// Variants returns the towns of VariantMinPopulation people or more that
// bear a one-word name of the same skeleton and first letter as name's
// and one letter from it (changed, added or dropped; two for ten letters
// or more): "Qandahar" for Kandahar, "Sulaimaniyah" for Sulaymaniyah, not "Salmon"
// for Slemani; nil for a word under MinVariantLetters letters, for a name
// of several words or of letters other than Latin ones. The first call
// builds the skeleton index (40-50 ms, BenchmarkVariantsBuild); later
// calls are one map look-up, and allocate only for a word whose skeleton
// some big town's name has.
func (g *Gazetteer) Variants(name string) []Candidate {
	var kbuf [64]byte
	kb := AppendNormalize(kbuf[:0], name)
	if len(kb) < MinVariantLetters {
		return nil
	}
	var sbuf [40]byte
	sk, ok := appendSkeleton(sbuf[:0], kb)
	if !ok {
		return nil
	}
	lim := 1 // letters changed, added or dropped
	if len(kb) >= 10 {
		lim = 2
	}
	g.variantsOnce.Do(g.buildVariants)
	vs := g.variants[string(sk)] // (no allocation: a map index)
	if len(vs) == 0 {
		return nil
	}
	key := string(kb)
	var out []Candidate
	for _, v := range vs {
		if v.key[0] != key[0] || editDistance(key, v.key, lim) > lim {
			continue
		}
		p := &g.places[v.place]
		if !containsPlace(out, p) {
			out = append(out, Candidate{Kind: KindPlace, Place: p})
		}
	}
	return out
}

func containsPlace(cs []Candidate, p *Place) bool {
	for _, c := range cs {
		if c.Place == p {
			return true
		}
	}
	return false
}

// buildVariants indexes the one-word names of the big towns by skeleton.
func (g *Gazetteer) buildVariants() {
	g.variants = map[string][]variant{}
	add := func(i int, name string) {
		// Names in other scripts have no Latin skeleton: skip them
		// before folding.
		if r, _ := utf8.DecodeRuneInString(name); r >= 0x370 && !(r >= 0x1E00 && r <= 0x1EFF) {
			return
		}
		key := withoutArticle(Normalize(name))
		if sk, ok := skeleton(key); ok {
			g.variants[sk] = append(g.variants[sk], variant{int32(i), key})
		}
	}
	for i := range g.places {
		p := &g.places[i]
		if p.Population < VariantMinPopulation {
			continue
		}
		add(i, p.Name)
		a := g.alts[i]
		for alt := range strings.SplitSeq(g.text[a.start:a.end], "|") {
			add(i, alt)
		}
	}
}

// withoutArticle returns key without a leading Arabic article where one
// word of five letters or more is left ("as sulaymaniyah").
func withoutArticle(key string) string {
	for _, a := range arabicArticles {
		if rest, ok := strings.CutPrefix(key, a); ok && len(rest) >= 5 && !strings.Contains(rest, " ") {
			return rest
		}
	}
	return key
}

// skeleton returns the consonant skeleton of a one-word key of Latin
// letters (see Variants), and false for any other key or one too short.
func skeleton(key string) (string, bool) {
	var buf [40]byte
	sk, ok := appendSkeleton(buf[:0], []byte(key))
	return string(sk), ok
}

// appendSkeleton appends the skeleton of key to sk (see skeleton).
func appendSkeleton(sk, key []byte) ([]byte, bool) {
	if len(key) == 0 || len(key) > 40 {
		return sk, false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c < 'a' || c > 'z' {
			return sk, false // a space, a digit, another script
		}
		vowel := c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
		switch {
		case i == 0 && vowel:
			c = 'a'
		case i == 0:
		case vowel || c == 'h' || c == 'w':
			continue
		case c == 'q':
			c = 'k'
		}
		if len(sk) > 0 && sk[len(sk)-1] == c && i > 0 {
			continue
		}
		sk = append(sk, c)
	}
	if len(sk) < minSkeleton {
		return sk, false
	}
	return sk, true
}

// editDistance returns the Levenshtein distance of two keys of Latin
// letters, or limit+1 as soon as it must exceed limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	var pbuf, cbuf [48]int
	prev, cur := pbuf[:0], cbuf[:0]
	if len(b)+1 > len(pbuf) {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
