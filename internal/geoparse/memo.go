package geoparse

import (
	"encoding/binary"
	"math/bits"
	"strings"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// spanMemo remembers what the gazetteer and the divisions say of the
// spans of text that recognition has looked up, and what the word lists
// say of the words around them, keyed by the span as written ("Almaty",
// "Rio de Janeiro", "ALMATY" apart). A stream of news capitalises the
// same words over and over, and a span's facts (its key, whether it is a
// name or begins one, the lists that hold it) are a pure function of its
// bytes; finding them again costs a normalisation and a probe of the
// gazetteer's index, whose slots, spans and key bytes lie far apart in
// tables of tens of megabytes (one to three cache misses per word), or a
// lower-casing and a hash per word list. The memo is small enough to stay
// in cache.
//
// A memo belongs to one scratch, used by one parse at a time, so it needs
// no locking. It is an open-addressed hash table of its own rather than a
// map: a look-up is a short hash of the span and mostly one slot, about
// half what a map's costs, and recognition asks it for every capitalised
// word and its neighbours. It is emptied when it holds spanMemoMax spans,
// which bounds it to about 2 MB.
type spanMemo struct {
	slots []memoSlot // a power of two of them, at most half full
	n     int        // spans held
}

// memoSlot is a span and its facts; facts is nil in an empty slot.
type memoSlot struct {
	hash  uint64
	span  string
	facts *spanFacts
}

// spanMemoMax bounds the spans a memo holds: a few thousand capitalised
// words and names cover a news stream's recurring vocabulary.
const spanMemoMax = 8192

// spanFacts is what a span of text is to the gazetteer, and for a word
// what the word lists say of it. Each is worked out on first use: key, n
// and prefix when probed (facts), the others when asked.
type spanFacts struct {
	probed bool
	key    string   // gazetteer.Normalize of the span
	n      int      // candidates the gazetteer has for key (Probe)
	prefix bool     // key is a gazetteer key or the first tokens of one
	lex    lexClass // the word's classes, when it has lexKnown
	// divPrefix is Divisions.HasPrefix(key): 0 not asked yet, 1 false,
	// 2 true.
	divPrefix int8
	// shortStart is shortNameStarts[key], by the same code.
	shortStart int8
	// nationCC is the country of the span as a nationAdjective, when
	// nationDone.
	nationCC   string
	nationDone bool
	ent        *nameEntry            // the parser's entry for key, when n > 0 and asked
	divs       []*gazetteer.Division // Divisions.Lookup(key), when divsDone
	divsDone   bool
	// variants are Gazetteer.Variants of the span, when variantsDone.
	variants     []gazetteer.Candidate
	variantsDone bool
}

// facts returns the facts of span, a part of a text, with what the
// gazetteer says of it.
func (m *spanMemo) facts(g *gazetteer.Gazetteer, span string) *spanFacts {
	f := m.span(span)
	if !f.probed {
		var buf [64]byte
		kb := gazetteer.AppendNormalize(buf[:0], span)
		f.key = string(kb)
		f.n, f.prefix = g.Probe(kb)
		f.probed = true
	}
	return f
}

// classes returns the classes of token t of text, a word.
func (m *spanMemo) classes(text string, t token) lexClass {
	w := text[t.start:t.end]
	f := m.span(w)
	if f.lex == 0 {
		f.lex = wordClasses(w)
	}
	return f.lex
}

// span returns the memo's facts of span, adding them (none worked out
// yet) when it has none.
func (m *spanMemo) span(span string) *spanFacts {
	if m.slots == nil {
		m.slots = make([]memoSlot, 1024)
	}
	h := spanHash(span)
	mask := uint64(len(m.slots) - 1)
	i := h & mask
	for ; m.slots[i].facts != nil; i = (i + 1) & mask {
		if s := &m.slots[i]; s.hash == h && s.span == span {
			return s.facts
		}
	}
	f := &spanFacts{}
	// The memo outlives the text: it keeps a copy of the span, not a
	// substring that would hold the whole text in memory.
	m.add(memoSlot{h, strings.Clone(span), f})
	return f
}

// add puts a span that the memo lacks into it, making room as needed.
func (m *spanMemo) add(s memoSlot) {
	switch {
	case m.n >= spanMemoMax:
		clear(m.slots)
		m.n = 0
	case 2*(m.n+1) > len(m.slots):
		old := m.slots
		m.slots = make([]memoSlot, 2*len(old))
		for _, o := range old {
			if o.facts != nil {
				m.put(o)
			}
		}
	}
	m.put(s)
	m.n++
}

// put stores s in the first free slot from its hash's.
func (m *spanMemo) put(s memoSlot) {
	mask := uint64(len(m.slots) - 1)
	i := s.hash & mask
	for m.slots[i].facts != nil {
		i = (i + 1) & mask
	}
	m.slots[i] = s
}

// entry returns the parser's entry for the span's key (its candidates).
func (f *spanFacts) entry(p *Parser) *nameEntry {
	if f.ent == nil {
		f.ent = p.lookup(f.key)
	}
	return f.ent
}

// hasDivisionPrefix reports whether the key names divisions or begins the
// key of some (Divisions.HasPrefix); d is not nil.
func (f *spanFacts) hasDivisionPrefix(d *gazetteer.Divisions) bool {
	if f.divPrefix == 0 {
		f.divPrefix = 1
		if d.HasPrefix([]byte(f.key)) {
			f.divPrefix = 2
		}
	}
	return f.divPrefix == 2
}

// divisions returns the divisions of the key (Divisions.Lookup); d is not
// nil. The slice is shared: nothing may write into it.
func (f *spanFacts) divisions(d *gazetteer.Divisions) []*gazetteer.Division {
	if !f.divsDone {
		f.divs, f.divsDone = d.Lookup(f.key), true
	}
	return f.divs
}

// nation returns the country whose nation's adjective the span is
// (nationAdjectives), or "". The adjectives are ASCII: a word of their
// length that folds to one is ASCII too, so folding its ASCII letters
// finds it.
func (f *spanFacts) nation(span string) string {
	if !f.nationDone {
		f.nationCC, _ = lowerIn(nationAdjectives, span)
		f.nationDone = true
	}
	return f.nationCC
}

// beginsShortName reports whether the key is one of shortNameStarts.
func (f *spanFacts) beginsShortName() bool {
	if f.shortStart == 0 {
		f.shortStart = 1
		if shortNameStarts[f.key] {
			f.shortStart = 2
		}
	}
	return f.shortStart == 2
}

// spanHash hashes a span for the memo: words and names are short, and
// reading them eight or four bytes at a time (the first and the last
// bytes, overlapping) costs a fraction of a general-purpose hash. It
// need not resist crafted input: a collision only lengthens a probe.
func spanHash(s string) uint64 {
	const k0, k1 = 0x9e3779b97f4a7c15, 0xbf58476d1ce4e5b9
	n := len(s)
	var a, b uint64
	switch {
	case n >= 8:
		for len(s) > 16 {
			a = mix(a^binary.LittleEndian.Uint64([]byte(s[:8])), k1)
			s = s[8:]
		}
		a ^= binary.LittleEndian.Uint64([]byte(s[:8]))
		b = binary.LittleEndian.Uint64([]byte(s[len(s)-8:]))
	case n >= 4:
		a = uint64(binary.LittleEndian.Uint32([]byte(s[:4])))
		b = uint64(binary.LittleEndian.Uint32([]byte(s[n-4:])))
	case n > 0:
		a = uint64(s[0])<<16 | uint64(s[n/2])<<8 | uint64(s[n-1])
	}
	return mix(a^k0, b^uint64(n)^k1)
}

// mix folds two words into one (the 128-bit product's halves, xored).
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}
