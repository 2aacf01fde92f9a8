package geoparse

import (
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// TestSpanMemo checks that the memo gives for every span what the
// gazetteer and the word lists give for it directly, also past the point
// where it empties itself.
func TestSpanMemo(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, err := gazetteer.DefaultDivisions()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"Almaty", "ALMATY", "almaty", "Rio de Janeiro", "Santa", "St", "Douglas", "Douglas County",
		"county", "County", "region", "Oblast", "de", "De", "said", "President", "Square", "supermarket", "May",
		"the", "The", "Nazarbayev", "Ақтау", "Алматы", "İstanbul", "Straße", "N’Djamena", "", "x", "Kazakh", "English"}
	for w := range regionWords {
		words = append(words, w, strings.ToUpper(w))
	}
	for w := range commonWords {
		words = append(words, w, strings.Title(w))
	}
	rng := rand.New(rand.NewSource(1))
	for len(words) < 3*spanMemoMax {
		// Words the memo has not seen, to make it empty itself.
		const letters = "abcdefghijklmnopqrstuvwxyzAEIOU -'"
		b := make([]byte, 1+rng.Intn(12))
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
		}
		words = append(words, string(b))
	}
	var m spanMemo
	for round := range 2 {
		for _, w := range words {
			f := m.facts(g, w)
			key := gazetteer.Normalize(w)
			n, prefix := g.Probe([]byte(key))
			if f.key != key || f.n != n || f.prefix != prefix {
				t.Fatalf("round %d: facts(%q) = %q %d %v, want %q %d %v", round, w, f.key, f.n, f.prefix, key, n, prefix)
			}
			if got, want := f.hasDivisionPrefix(d), d.HasPrefix([]byte(key)); got != want {
				t.Fatalf("hasDivisionPrefix(%q) = %v, want %v", w, got, want)
			}
			if got, want := f.beginsShortName(), shortNameStarts[key]; got != want {
				t.Fatalf("beginsShortName(%q) = %v, want %v", w, got, want)
			}
			cc, _ := lowerIn(nationAdjectives, w)
			if got := f.nation(w); got != cc {
				t.Fatalf("nation(%q) = %q, want %q", w, got, cc)
			}
			text := "<" + w + ">"
			if got, want := m.classes(text, token{start: 1, end: 1 + len(w)}), classesOf(w); got != want {
				t.Fatalf("classes(%q) = %b, want %b", w, got, want)
			}
		}
	}
	if m.n > spanMemoMax {
		t.Errorf("the memo holds %d spans, more than %d", m.n, spanMemoMax)
	}
}

// classesOf is wordClasses as the recogniser asked it word by word.
func classesOf(w string) lexClass {
	var buf [32]byte
	lw := lowered(buf[:0], w)
	c := lexKnown
	for _, l := range []struct {
		m map[string]bool
		c lexClass
	}{{regionWords, lexRegion}, {connectors, lexConnector}, {followers, lexFollower}, {premises, lexPremise},
		{monthsAndDays, lexMonth}, {commonWords, lexCommon}, {titles, lexTitle}, {preceders, lexPreceder},
		{sayingVerbs, lexSaying}, {givenNames, lexGiven}, {personalNames, lexPerson}, {compassWords, lexCompass},
		{macroStarts, lexMacro}} {
		if l.m[string(lw)] {
			c |= l.c
		}
	}
	if gazetteer.IsDivisionWord(lw) {
		c |= lexDivision
	}
	if particles[w] {
		c |= lexParticle
	}
	if looksLikeSurname(w) {
		c |= lexSurname
	}
	return c
}

// TestRuneCount checks runeCount against a range loop, on ASCII, other
// scripts and invalid UTF-8.
func TestRuneCount(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	pieces := []string{"a", "Almaty ", "Алматы", "—", "\xff", "\xd0", "\xe2\x80", "0123456789", "😀", " "}
	for range 2000 {
		var b strings.Builder
		for range rng.Intn(40) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestCountryWeights checks countryWeights against a map, and top against
// the sorted codes.
func TestCountryWeights(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	codes := []string{"KZ", "US", "GB", "RU", "AA", "ZZ", "", "X", "k1", "USA"}
	var w countryWeights
	for range 500 {
		w.reset()
		m := map[string]float64{}
		for range rng.Intn(12) {
			cc, x := codes[rng.Intn(len(codes))], []float64{0.5, 1, 2, 3}[rng.Intn(4)]
			w.add(cc, x)
			m[cc] += x
		}
		keys := make([]string, 0, len(m))
		for cc := range m {
			keys = append(keys, cc)
		}
		sort.Strings(keys)
		best, top := 0.0, ""
		for _, cc := range keys {
			if m[cc] > best {
				best, top = m[cc], cc
			}
		}
		for _, cc := range codes {
			if w.get(cc) != m[cc] {
				t.Fatalf("get(%q) = %v, want %v", cc, w.get(cc), m[cc])
			}
		}
		if got := w.top(); got != top {
			t.Fatalf("top() = %q, want %q (%v)", got, top, m)
		}
		if got := slices.Sorted(slices.Values(w.codes)); !slices.Equal(got, keys) {
			t.Fatalf("codes %v, want %v", got, keys)
		}
	}
}
