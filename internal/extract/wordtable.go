package extract

import (
	"math/bits"
	"strings"
	"sync"
	"time"

	"github.com/unrest-project/unrest/internal/geoparse"
)

// The word table merges, for the words of a sentence, what the trigger
// index, the proximity rules, the whole-sentence rules (a price that
// rose, a network cut), the phrase lexicons (actors, demand frames and
// topics) and the word lists of wordclass.go each look a word up for. A
// word is found whole, by its wordKey, and by its head (its first headLen
// bytes) for the stems filed under it; most words are in none of the
// lists and cost those two probes of small tables. A sentence's words are
// looked up once (lookupTokens), and every step reads what the table said
// of each (wordRef), not a map of its own. Built once in init; read-only
// after.

// Flags of a word in the word table.
const (
	flagPrice    = 1 << iota // a head of priceChange: "price*", "fare*", "tariff", "cost"
	flagShutdown             // a head of shutdown: "internet", "telegram", "messeng*", "social", "mobile", platforms
)

// headBucket is what the words with a head (their first headLen bytes)
// may begin with: the stems filed under it.
type headBucket struct {
	stems []stemWord // stems of at least headLen bytes, in index order
	// The phrases of each lexicon that begin with a stem of this head
	// (the lexicon's byHead list).
	stemmed [numLexicons][]lexPhrase
}

// exactWord is what the word table files under a whole word.
type exactWord struct {
	word    string
	entries []entry // trigger patterns beginning with the word
	mask    uint64  // proximity rules the word is a head of
	others  uint64  // proximity rules the word is an other of
	flags   uint8
	// The phrases of each lexicon that begin with the word.
	phrases [numLexicons][]lexPhrase
}

// stemWord is what the word table files under a stem, for the words it
// begins.
type stemWord struct {
	stem    string
	entries []entry
	mask    uint64
	others  uint64
	flags   uint8
}

// headKey packs the first headLen bytes of a word of at least that many
// and their number.
func headKey(w string) uint64 {
	return headLen<<32 | uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
}

// wordKey packs a word's length (up to 255) and, for a word of at most
// seven bytes, the word itself: two such words are one where their keys
// are. A longer word's key holds a hash of its bytes instead. No key is 0.
func wordKey(w string) uint64 {
	n := len(w)
	k := uint64(min(n, 255)) << 56
	// A few loads, not a load a byte: a shorter word is read as its
	// first and its last bytes, which overlap.
	switch {
	case n >= 8:
		return k | longWordHash(w)&(1<<56-1)
	case n >= 4:
		first := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
		last := uint64(w[n-4]) | uint64(w[n-3])<<8 | uint64(w[n-2])<<16 | uint64(w[n-1])<<24
		return k | first | last<<(8*(n-4))
	case n >= 2:
		first := uint64(w[0]) | uint64(w[1])<<8
		last := uint64(w[n-2]) | uint64(w[n-1])<<8
		return k | first | last<<(8*(n-2))
	case n == 1:
		return k | uint64(w[0])
	}
	return k
}

// wordKeyIn is wordKey(text[at:at+n]), a word of a longer text: a short
// word is read in one load of the eight bytes from at, where the text
// holds them.
func wordKeyIn(text string, at, n int) uint64 {
	if n < 8 && at+8 <= len(text) {
		return uint64(n)<<56 | load8(text[at:])&(1<<(8*n)-1)
	}
	return wordKey(text[at : at+n])
}

// longWordHash mixes the bytes of a word of eight bytes or more, eight at
// a time (the last eight overlapping those before).
func longWordHash(w string) uint64 {
	h := uint64(len(w))
	for i := 0; i+8 < len(w); i += 8 {
		h = (h ^ load8(w[i:])) * 0x9E3779B97F4A7C15
		h ^= h >> 29
	}
	h = (h ^ load8(w[len(w)-8:])) * 0x9E3779B97F4A7C15
	return h ^ h>>32
}

// The word table. Whole words are found by their wordKey (exactTable),
// each with its classes and its head's (exactClass) and the bucket of its
// head (exactHead, -1 for none); the heads with stems by their headKey
// (headTable), each with its class (headClass: classStems and the
// lexicons its stems start) and its bucket. The tables give an index
// plus one, 0 for none, and index 0 of exactClass, exactHead and
// headClass says none. numberEntries are the trigger patterns that begin
// with a number ("# filled").
var (
	exactTable    *cuckooTable
	rtlTable      *cuckooTable // the words of Arabic and Hebrew letters, after the others in exactWords
	rtlBase       int32        // how many words come before them
	exactWords    []exactWord
	exactClass    []wordClass
	exactHead     []int32
	headTable     *cuckooTable
	headPairs     *[1 << 16 / 64]uint64 // bit b0|b1<<8: some head begins with bytes b0 b1
	headClass     []wordClass
	wordBuckets   []headBucket
	numberEntries []entry
)

func buildWordTable() {
	heads := map[uint64]int32{} // by headKey, into wordBuckets
	words := map[string]int32{} // into exactWords
	bucket := func(w string) int32 {
		k := headKey(w)
		v, ok := heads[k]
		if !ok {
			v = int32(len(wordBuckets))
			heads[k] = v
			wordBuckets, headClass = append(wordBuckets, headBucket{}), append(headClass, 0)
		}
		return v
	}
	exact := func(w string) (*exactWord, *wordClass) {
		x, ok := words[w]
		if !ok {
			x = int32(len(exactWords))
			words[w] = x
			exactWords, exactClass = append(exactWords, exactWord{word: w}), append(exactClass, 0)
		}
		return &exactWords[x], &exactClass[x]
	}
	stem := func(s string) *stemWord {
		if len(s) < headLen {
			panic("extract: word table stem " + s + " shorter than headLen")
		}
		v := bucket(s)
		headClass[v] |= classStems
		b := &wordBuckets[v]
		for i := range b.stems {
			if b.stems[i].stem == s {
				return &b.stems[i]
			}
		}
		b.stems = append(b.stems, stemWord{stem: s})
		return &b.stems[len(b.stems)-1]
	}
	// Trigger patterns, in the trigger index's order: a bucket's stems
	// come in the order of the index's byHead list for that head.
	for w, es := range triggers.exact {
		x, c := exact(w)
		x.entries, *c = es, *c|classTrigger
	}
	for h := range triggers.byHead {
		for _, st := range triggers.byHead[h] {
			stem(st.stem).entries = st.entries
		}
	}
	// Proximity heads and others.
	for w, m := range proximityHeads.exact {
		x, c := exact(w)
		x.mask, *c = x.mask|m, *c|classTrigger
	}
	for _, list := range proximityHeads.byHead {
		for _, st := range list {
			stem(st.stem).mask |= st.mask
		}
	}
	for w, m := range proximityOthers.exact {
		x, c := exact(w)
		x.others, *c = x.others|m, *c|classTrigger
	}
	for _, list := range proximityOthers.byHead {
		for _, st := range list {
			stem(st.stem).others |= st.mask
		}
	}
	// Heads of the whole-sentence rules.
	for _, w := range []string{"tariff", "tariffs", "cost", "costs"} {
		x, c := exact(w)
		x.flags, *c = x.flags|flagPrice, *c|classTrigger
	}
	for _, s := range []string{"price", "fare"} {
		stem(s).flags |= flagPrice
	}
	for _, w := range []string{"internet", "telegram", "whatsapp", "social", "mobile", "facebook", "twitter", "tiktok",
		"instagram", "youtube", "viber", "signal", "messaging", "sms", "texting", "network", "networks", "websites",
		"sites"} {
		x, c := exact(w)
		x.flags, *c = x.flags|flagShutdown, *c|classTrigger
	}
	stem("messeng").flags |= flagShutdown
	// Phrase lexicons.
	for _, ix := range []*lexIndex{actorIndex, demandFrames, demandTopics} {
		for w, ps := range ix.exact {
			x, c := exact(w)
			x.phrases[ix.id], *c = ps, *c|lexiconStart(ix.id)
		}
		for h, ps := range ix.byHead {
			v := bucket(h)
			wordBuckets[v].stemmed[ix.id] = ps
			headClass[v] |= lexiconStart(ix.id)
		}
	}
	// Word lists.
	for _, l := range wordLists {
		for _, w := range l.words {
			_, c := exact(w)
			*c |= l.class
		}
	}
	numberEntries = triggers.exact["#"]
	// The words of Arabic and Hebrew letters (their every prefixed
	// form, thousands) go last and into a table of their own, so that
	// the table English words are looked up in stays small.
	var ordered []exactWord
	var classes []wordClass
	for _, rtl := range []bool{false, true} {
		for i := range exactWords {
			if rtlLead(exactWords[i].word) == rtl {
				ordered, classes = append(ordered, exactWords[i]), append(classes, exactClass[i])
			}
		}
		if !rtl {
			rtlBase = int32(len(ordered))
		}
	}
	exactWords, exactClass = ordered, classes
	// The tables; a whole word of headLen bytes or more takes on what
	// its head may begin.
	headKeys := make([]uint64, len(wordBuckets))
	for k, v := range heads {
		headKeys[v] = k
	}
	headTable = newCuckooTable(headKeys)
	headPairs = new([1 << 16 / 64]uint64)
	for _, k := range headKeys {
		p := k & 0xFFFF
		headPairs[p/64] |= 1 << (p % 64)
	}
	exactKeys := make([]uint64, len(exactWords))
	exactHead = make([]int32, len(exactWords))
	for i := range exactWords {
		w := exactWords[i].word
		exactKeys[i], exactHead[i] = wordKey(w), -1
		if len(w) >= headLen {
			if v, ok := heads[headKey(w)]; ok {
				exactHead[i] = v
				exactClass[i] |= headClass[v]
			}
		}
	}
	exactTable, rtlTable = newCuckooTable(exactKeys[:rtlBase]), newCuckooTable(exactKeys[rtlBase:])
	// Index 0 says none (the tables give an index plus one).
	exactClass = append([]wordClass{0}, exactClass...)
	exactHead = append([]int32{-1}, exactHead...)
	headClass = append([]wordClass{0}, headClass...)
}

// wordRef is what the word table says of a word: the bucket of its head
// and its whole-word entry (each -1 for none), and its classes.
type wordRef struct {
	class         wordClass
	bucket, exact int32
}

// lookupWord finds w in the word table: as a whole word (which takes on
// its head's stems), else by its head (a word of headLen bytes or more).
func lookupWord(w string) wordRef {
	r := lookupKeyed(w, wordKey(w))
	if possessive(w) {
		r.class |= classPossessive
	}
	return r
}

// lookupKeyed is lookupWord for a word whose wordKey is key, but for
// classPossessive.
func lookupKeyed(w string, key uint64) wordRef {
	var r wordRef
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		r.class = classNumber
	}
	// A figure may end in "+" ("70+", "thousands+"): amount1 reads it
	// as the word before.
	if n := len(w); n > 1 && w[n-1] == '+' {
		r.class |= lookupWord(w[:n-1]).class & classAmount
	}
	var x int32
	if rtlLead(w) {
		if x = rtlTable.find(key); x != 0 {
			x += rtlBase
		}
	} else {
		x = exactTable.find(key)
	}
	// The key tells a word of up to seven bytes.
	if x != 0 && len(w) >= 8 && exactWords[x-1].word != w {
		x = 0
	}
	r.exact, r.bucket, r.class = x-1, exactHead[x], r.class|exactClass[x]
	if x == 0 && len(w) >= headLen {
		// Most words begin as no head does: one bit says so.
		if p := uint64(w[0]) | uint64(w[1])<<8; headPairs[p/64]&(1<<(p%64)) != 0 {
			v := headTable.find(headKey(w))
			r.bucket, r.class = v-1, r.class|headClass[v]
		}
	}
	return r
}

// possessive reports whether w ends in a possessive 's or ’s.
func possessive(w string) bool {
	n := len(w)
	return n > 1 && w[n-1] == 's' && (w[n-2] == '\'' || strings.HasSuffix(w[:n-1], "’"))
}

// sortTriggers orders triggers by type, keeping the order of those of one
// type (as sort.SliceStable would).
func sortTriggers(ts []trigger) {
	for i := 1; i < len(ts); i++ {
		t := ts[i]
		o := typeOrder(t.typ)
		j := i
		for j > 0 && typeOrder(ts[j-1].typ) > o {
			ts[j] = ts[j-1]
			j--
		}
		ts[j] = t
	}
}

// scratch holds the buffers one Extract call reuses from sentence to
// sentence, and from call to call through scratchPool. Nothing in it
// outlives the call but the parts of the blocks of labels and counts that
// records point into, which no later call writes: records are copied out
// of events.
type scratch struct {
	mainCity []geoparse.Place // the report's main city, if it has one (for sections of it)
	words    []string
	at       []int
	refs     []wordRef // of words (lookupTokens)
	hits     []int     // the words findTriggersInto reads
	masks    []uint64  // proximity heads of words (findTriggersInto)
	others   []uint64  // proximity others of words
	trigs    []trigger
	ws       []string         // actorsOf, demandsOf
	list     []string         // the actors or demands of a sentence, before keepLabels
	wsRefs   []wordRef        // of ws
	lower    []byte           // the post lower-cased (lowerSameLen): words are sliced from it
	clauses  [][2]int         // the clauses of a sentence
	places   []geoparse.Place // the places of the last sentence that had any (sentencePlacesInto)
	marks    landmarks        // the report's landmarks and their towns
	sents    []sentence

	mentions [][]geoparse.Mention // by post
	events   []Event              // the records, before their copy out
	texts    []string             // the passage of each record of events
	starts   []int                // where in its post's text each passage begins
	spans    []postSpan           // the run of events of each post

	// The days formatDay wrote, by y<<9|m<<5|d: a report's records tell
	// few days, most of them many times. Emptied when it grows large.
	// The last one read is kept apart.
	days        map[int]string
	lastDay     int
	lastDayText string

	// Blocks the actors and demands of records (labels) and their counts
	// are kept in, a few allocations for many: a record points into one,
	// at a part no later one is given (see keepLabels, keepCount).
	labels []string
	counts []int
}

// scratchPool keeps scratch buffers between Extract calls.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release empties sc of what it points to and puts it back in the pool.
func (sc *scratch) release() {
	clear(sc.words[:cap(sc.words)])
	clear(sc.ws[:cap(sc.ws)])
	clear(sc.sents[:cap(sc.sents)])
	clear(sc.mentions[:cap(sc.mentions)])
	// (The records only grow within a call, and each call clears what it
	// used: beyond their length, they are clear already.)
	clear(sc.events)
	clear(sc.texts)
	clear(sc.places[:cap(sc.places)])
	sc.places = sc.places[:0]
	sc.marks = nil
	sc.words, sc.ws, sc.sents, sc.events, sc.texts, sc.spans = sc.words[:0], sc.ws[:0], sc.sents[:0], sc.events[:0], sc.texts[:0], sc.spans[:0]
	sc.starts = sc.starts[:0]
	scratchPool.Put(sc)
}

// keepLabels returns a copy of a list of labels (nil when empty) in
// sc's block of labels, its capacity its length: an append to it copies,
// and what follows it in the block is no part of it.
func (sc *scratch) keepLabels(list []string) []string {
	if len(list) == 0 {
		return nil
	}
	if cap(sc.labels)-len(sc.labels) < len(list) {
		sc.labels = make([]string, 0, max(256, len(list)))
	}
	k := len(sc.labels)
	sc.labels = append(sc.labels, list...)
	return sc.labels[k:len(sc.labels):len(sc.labels)]
}

// keepCount returns a pointer to n in sc's block of counts.
func (sc *scratch) keepCount(n int) *int {
	if len(sc.counts) == cap(sc.counts) {
		sc.counts = make([]int, 0, 256)
	}
	sc.counts = append(sc.counts, n)
	return &sc.counts[len(sc.counts)-1]
}

// formatDay is formatDay(t), each day's text made once.
func (sc *scratch) formatDay(t time.Time) string {
	y, m, d := t.Date()
	k := y<<9 | int(m)<<5 | d
	// A record's two days are most often one, and the last record's.
	if k == sc.lastDay && sc.lastDayText != "" {
		return sc.lastDayText
	}
	s, ok := sc.days[k]
	if !ok {
		s = sc.newDay(t, k)
	}
	sc.lastDay, sc.lastDayText = k, s
	return s
}

// newDay files the text of day k (of t) in sc.days.
func (sc *scratch) newDay(t time.Time, k int) string {
	if sc.days == nil || len(sc.days) >= 4096 {
		sc.days = make(map[int]string, 64)
	}
	s := formatDay(t)
	sc.days[k] = s
	return s
}

// findTriggersInto is findTriggers reusing sc's buffers, for a
// sentence's tokens: the triggers it returns live in sc until the next
// call.
func findTriggersInto(sc *scratch, t *tokens) []trigger {
	words := t.words
	out := sc.trigs[:0]
	var found [32]bool // by typeOrder
	// A type found once may be found again in a later clause of its own
	// ("filled the streets of the capital, and crowds also turned out in
	// Oran"): foundEnd is where the first ended, second whether it was.
	var foundEnd [32]int
	var second [32]bool
	try := func(es []entry, i int) {
		for _, e := range es {
			// A type found is tried again only past a clause break after
			// it (looked for once, when a later word might match).
			if found[e.order] {
				if second[e.order] || i <= foundEnd[e.order] {
					continue
				}
				if foundEnd[e.order] > 0 {
					// Past the break; past the word after it too when
					// that word is a verb sharing the clause's subject
					// ("and set fire to cars"), not a subject of its own
					// ("and strikes spread to Ghent").
					k := clauseBreakAfter(words, foundEnd[e.order])
					if k+1 < len(words) && pastVerb(words[k+1]) {
						k++
					}
					foundEnd[e.order] = -k
				}
				if i <= -foundEnd[e.order] {
					continue
				}
			}
			// (Its first word matches: that is how it was found.)
			if end, ok := matchRestAt(e.rest, words, i); ok && !excluded(e.typ, t, i) {
				crowd := e.typ == Protest && end-i == 1 && t.is(i, classCrowdNoun)
				if found[e.order] {
					if crowd {
						continue // the crowd's noun again: no second event
					}
					second[e.order] = true
				}
				out = append(out, trigger{e.typ, i, end})
				// The word for the crowd ("protesters") leaves room for
				// the protest's own pattern later ("took to the
				// streets"): dropActorProtest keeps one.
				if !crowd && !found[e.order] {
					// foundEnd is where it ended (> 0) until a later word
					// asks, then minus the word after the first clause
					// break, before which nothing is tried. (A verb right
					// after "and" shares the clause's subject: "stormed
					// the hall and set fire to cars".)
					found[e.order], foundEnd[e.order] = true, max(end, 1)
				}
			}
		}
	}
	if cap(sc.masks) < len(words) {
		sc.masks = make([]uint64, len(words), len(words)+len(words)/2)
		sc.others = make([]uint64, len(words), len(words)+len(words)/2)
	}
	masks, others := sc.masks[:len(words)], sc.others[:len(words)]
	clear(masks)
	clear(others)
	var heads uint64
	var flags uint8
	// Only the words that may begin a trigger pattern or stand in a
	// proximity rule are read (tokens.hits).
	for _, i := range t.hits {
		w := words[i]
		if r := t.refs[i]; r.class&(classTrigger|classStems) != 0 {
			var m, o uint64
			if r.class&classTrigger != 0 {
				x := &exactWords[r.exact]
				if len(x.entries) > 0 {
					try(x.entries, i)
				}
				m, o = m|x.mask, o|x.others
				flags |= x.flags
			}
			if r.class&classStems != 0 && len(w) >= headLen {
				b := &wordBuckets[r.bucket]
				for k := range b.stems {
					if st := &b.stems[k]; strings.HasPrefix(w, st.stem) {
						if len(st.entries) > 0 {
							try(st.entries, i)
						}
						m, o = m|st.mask, o|st.others
						flags |= st.flags
					}
				}
			}
			masks[i], others[i] = m, o
			heads |= m
		}
		for _, st := range triggers.short {
			if strings.HasPrefix(w, st.stem) {
				try(st.entries, i)
			}
		}
		// Patterns that begin with a number ("# filled"): filed under "#".
		if t.is(i, classNumber) {
			try(numberEntries, i)
		}
		if len(proximityHeads.short) > 0 {
			for _, st := range proximityHeads.short {
				if strings.HasPrefix(w, st.stem) {
					masks[i] |= st.mask
					heads |= st.mask
				}
			}
		}
		for _, st := range proximityOthers.short {
			if strings.HasPrefix(w, st.stem) {
				others[i] |= st.mask
			}
		}
	}
	// Types read from the whole sentence: a price that rose, a network cut,
	// a verb near its object.
	if flags&flagPrice != 0 {
		if tr, ok := priceChange(words); ok {
			out = append(out, tr)
		}
	}
	if flags&flagShutdown != 0 {
		if tr, ok := shutdown(words); ok {
			out = append(out, tr)
		}
	}
	// Proximity rules: only the rules with a head look for their other
	// word.
	if heads != 0 {
		for m := heads; m != 0; m &= m - 1 {
			r := bits.TrailingZeros64(m) // the rules in order
			pr := &proximity[r]
			prior := -1 // the one trigger of the rule's type found already, if any
			n := 0
			for k, tr := range out {
				// (The crowd's noun, which dropActorProtest may drop,
				// is not counted.)
				if tr.typ == pr.typ && !(tr.typ == Protest && tr.end-tr.start == 1 && t.is(tr.start, classCrowdNoun)) {
					prior, n = k, n+1
				}
			}
			if n > 1 {
				continue
			}
			if tr, ok := pr.findFrom(words, masks, others, r); ok && !excluded(tr.typ, t, tr.start) {
				// One of its type found already stands unless this one
				// is in a clause of its own ("Tens of thousands are on
				// the move in Cairo, and big crowds are reported in
				// Alexandria").
				if prior < 0 || apartInClauses(words, out[prior], tr) {
					out = append(out, tr)
				}
			}
		}
	}
	if len(out) > 0 {
		out = dropActorProtest(t, out)
		out = forcesStorming(t, out)
		sortTriggers(out)
	}
	sc.trigs = out
	return out
}

// forcesStorming reads a building stormed by the police or the army ("the
// Republican Guard stormed Ping's campaign headquarters") as repression,
// a raid, not a riot; where the sentence tells repression already, the
// storming is part of it.
func forcesStorming(t *tokens, out []trigger) []trigger {
	kept := out[:0]
	for _, tr := range out {
		if tr.typ == Riot && strings.HasPrefix(t.words[tr.start], "storm") && forceBefore(t.words, tr.start) {
			if hasType(out, Repression) {
				continue
			}
			tr.typ = Repression
		}
		// "officers blocked the way": a cordon, not a protesters'
		// blockade.
		if tr.typ == Blockade && forcesBlocking(t.words, tr) {
			continue
		}
		// "tried to walk out of Sunday Mass in procession": leaving a
		// place, not a job.
		if tr.typ == Strike && walkOutOf(t.words, tr) {
			continue
		}
		kept = append(kept, tr)
	}
	return kept
}

// workPlaces are what workers walk out of on strike.
var workPlaces = map[string]bool{"work": true, "factories": true, "factory": true, "plants": true,
	"plant": true, "mines": true, "mine": true, "offices": true, "office": true, "jobs": true, "job": true,
	"classes": true, "classrooms": true, "schools": true, "hospitals": true, "wards": true, "workplaces": true,
	"shops": true, "warehouses": true, "depots": true, "yards": true, "docks": true}

// walkOutOf reports whether a strike's trigger is "walked out of" a place
// that is no workplace ("walked out of Mass", "walked out of the talks").
func walkOutOf(words []string, tr trigger) bool {
	if tr.end >= len(words)-1 || words[tr.end-1] != "out" || !strings.HasPrefix(words[tr.start], "walk") {
		return false
	}
	if words[tr.end] == "to" {
		return true // "a deputy who walked out to talk to the officers"
	}
	if words[tr.end] != "of" {
		return false
	}
	k := tr.end + 1
	if (words[k] == "the" || words[k] == "their" || words[k] == "its") && k+1 < len(words) {
		k++
	}
	return !workPlaces[words[k]]
}

// forcesBlocking reports whether the verb of blocking in a blockade's
// trigger has the police or the military before it.
func forcesBlocking(words []string, tr trigger) bool {
	for k := tr.start; k < tr.end && k < len(words); k++ {
		if strings.HasPrefix(words[k], "block") {
			return forceBefore(words, k)
		}
	}
	return false
}

// forceBefore reports whether the police or the military stand among the
// four words before word i.
func forceBefore(words []string, i int) bool {
	for k := max(0, i-4); k < i; k++ {
		if isForce(words[k]) || words[k] == "guard" || words[k] == "gendarmerie" || words[k] == "commandos" {
			return true
		}
	}
	return false
}

// apartInClauses reports whether a clause break stands between two
// triggers, either way round.
func apartInClauses(words []string, a, b trigger) bool {
	if b.start < a.start {
		a, b = b, a
	}
	k := clauseBreakAfter(words, a.end-1)
	// "smashed windows and stripped the shops bare": a verb right after
	// "and" shares the clause's subject.
	return a.end <= b.start && k < b.start && !(k+1 < len(words) && pastVerb(words[k+1]))
}

// pastVerb reports whether w reads as a verb in the past: "-ed", or an
// irregular one of the deeds of unrest.
func pastVerb(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "set", "broke", "burnt", "threw", "took", "tore", "stole", "hit", "fought", "ran", "shot", "beat", "went",
		"came", "left", "made", "put", "cut", "held", "led", "stormed":
		return true
	}
	return false
}

// clauseBreakAfter is the index of the word that ends the first clause
// break ("and", "while", "but", "whereas") after word from, with one word
// or more between, or len(words) when none.
func clauseBreakAfter(words []string, from int) int {
	for k := from + 1; k < len(words)-1; k++ {
		switch words[k] {
		case "and", "while", "but", "whereas", "meanwhile":
			return k
		}
	}
	return len(words)
}

// cuckooTable maps keys (non-zero, distinct) to their indexes in the
// list it was built from, plus one (0 for none). Each key stands in one
// of two slots its two hashes choose (cuckoo hashing), so that a lookup
// reads both and keeps the one that holds it, without a branch: faster
// than a map for the many words that are in none of the lists. Built
// once; read-only after.
type cuckooTable struct {
	keys       []uint64 // 0: empty
	vals       []int32
	mul1, mul2 uint64
	shift      uint
}

// find returns the index plus one of k, or 0.
func (t *cuckooTable) find(k uint64) int32 {
	a, b := (k*t.mul1)>>t.shift, (k*t.mul2)>>t.shift
	v := int32(0)
	if t.keys[a] == k {
		v = t.vals[a]
	}
	if t.keys[b] == k {
		v = t.vals[b]
	}
	return v
}

// newCuckooTable stores keys[i] -> i+1, the table at most half full;
// it tries other hashes (and then a larger table) until every key has a
// slot.
func newCuckooTable(keys []uint64) *cuckooTable {
	seen := make(map[uint64]bool, len(keys))
	for _, k := range keys {
		if k == 0 || seen[k] {
			panic("extract: cuckoo table key 0 or twice") // two long words of one hash: change longWordHash
		}
		seen[k] = true
	}
	logSize := uint(6)
	for 1<<logSize < 2*len(keys) {
		logSize++
	}
	seed := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 { // splitmix64: odd multipliers, the same every run
		seed += 0x9E3779B97F4A7C15
		z := seed
		z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
		z = (z ^ z>>27) * 0x94D049BB133111EB
		return (z ^ z>>31) | 1
	}
	for try := 0; ; try++ {
		if try > 0 && try%16 == 0 {
			logSize++
		}
		t := &cuckooTable{keys: make([]uint64, 1<<logSize), vals: make([]int32, 1<<logSize), mul1: next(), mul2: next(),
			shift: 64 - logSize}
		if t.fill(keys) {
			return t
		}
	}
}

// fill inserts the keys, moving those in the way to their other slot;
// false when some key finds none.
func (t *cuckooTable) fill(keys []uint64) bool {
	for i, k := range keys {
		v := int32(i + 1)
		slot := (k * t.mul1) >> t.shift
		for kicks := 0; ; kicks++ {
			if t.keys[slot] == 0 {
				t.keys[slot], t.vals[slot] = k, v
				break
			}
			if kicks == 256 {
				return false
			}
			// Take the slot; the key that held it goes to its other one.
			k, t.keys[slot] = t.keys[slot], k
			v, t.vals[slot] = t.vals[slot], v
			if a := (k * t.mul1) >> t.shift; a != slot {
				slot = a
			} else {
				slot = (k * t.mul2) >> t.shift
			}
		}
	}
	return true
}

// phraseSet finds whether a text holds one of a few phrases (of two
// bytes or more) in one pass: containsAny without a pass a phrase.
type phraseSet struct {
	first [256]bool
	pair  *[256][256]uint8 // an index into lists, 0 for none
	lists [][]string
}

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{pair: new([256][256]uint8), lists: [][]string{nil}}
	for _, p := range phrases {
		if len(p) < 2 {
			panic("extract: phrase " + p + " shorter than two bytes")
		}
		ps.first[p[0]] = true
		k := &ps.pair[p[0]][p[1]]
		if *k == 0 {
			*k = uint8(len(ps.lists))
			ps.lists = append(ps.lists, nil)
		}
		ps.lists[*k] = append(ps.lists[*k], p)
	}
	return ps
}

// in reports whether s holds one of the phrases.
func (ps *phraseSet) in(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if !ps.first[s[i]] {
			continue
		}
		if k := ps.pair[s[i]][s[i+1]]; k != 0 {
			for _, p := range ps.lists[k] {
				if strings.HasPrefix(s[i:], p) {
					return true
				}
			}
		}
	}
	return false
}

// rtlLead reports whether w begins with a byte that leads an Arabic or a
// Hebrew letter (U+0590 to U+06FF).
func rtlLead(w string) bool {
	return w != "" && w[0] >= 0xD6 && w[0] <= 0xDB
}
