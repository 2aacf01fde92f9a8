package extract

import (
	"strings"
	"sync"
	"time"

	"github.com/unrest-project/unrest/internal/geoparse"
)

// The word table merges, for the words of a sentence, what the trigger
// index, the proximity heads and the whole-sentence rules (a price that
// rose, a network cut) each look a word up for: one map lookup a word, by
// its first headLen bytes (the whole word when shorter), then a test of
// the few whole words and stems that share them. Most words share their
// head with nothing and cost that one lookup. Built once in init;
// read-only after.

// Flags of a word in the word table.
const (
	flagPrice    = 1 << iota // a head of priceChange: "price*", "fare*", "tariff", "cost"
	flagShutdown             // a head of shutdown: "internet", "telegram", "messeng*", "social", "mobile"
)

// headBucket is what the words sharing a head may be.
type headBucket struct {
	exact []exactWord // whole words
	stems []stemWord  // stems of at least headLen bytes, in index order
}

type exactWord struct {
	word    string
	entries []entry // trigger patterns beginning with the word
	mask    uint64  // proximity rules the word is a head of
	flags   uint8
}

type stemWord struct {
	stem    string
	entries []entry
	mask    uint64
	flags   uint8
}

// headKey packs a word's first headLen bytes (all of it when shorter)
// and how many they are.
func headKey(w string) uint64 {
	if len(w) >= headLen {
		// One load of the four bytes.
		return uint64(headLen)<<32 | uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
	}
	n := len(w)
	k := uint64(n) << 32
	for i := range n {
		k |= uint64(w[i]) << (8 * i)
	}
	return k
}

// wordTable is the table: wordBuckets by headKey. numberEntries are the
// trigger patterns that begin with a number ("# filled").
var (
	wordTable     *headTable
	wordBuckets   []headBucket
	numberEntries []entry
)

func buildWordTable() {
	byKey := map[uint64]*headBucket{}
	var keys []uint64
	bucket := func(w string) *headBucket {
		k := headKey(w)
		b := byKey[k]
		if b == nil {
			b = &headBucket{}
			byKey[k] = b
			keys = append(keys, k)
		}
		return b
	}
	exact := func(w string) *exactWord {
		b := bucket(w)
		for i := range b.exact {
			if b.exact[i].word == w {
				return &b.exact[i]
			}
		}
		b.exact = append(b.exact, exactWord{word: w})
		return &b.exact[len(b.exact)-1]
	}
	stem := func(s string) *stemWord {
		if len(s) < headLen {
			panic("extract: word table stem " + s + " shorter than headLen")
		}
		b := bucket(s)
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
		exact(w).entries = es
	}
	heads := make([]string, 0, len(triggers.byHead))
	for h := range triggers.byHead {
		heads = append(heads, h)
	}
	for _, h := range heads {
		for _, st := range triggers.byHead[h] {
			stem(st.stem).entries = st.entries
		}
	}
	// Proximity heads.
	for w, m := range proximityHeads.exact {
		exact(w).mask |= m
	}
	for _, list := range proximityHeads.byHead {
		for _, st := range list {
			stem(st.stem).mask |= st.mask
		}
	}
	// Heads of the whole-sentence rules.
	for _, w := range []string{"tariff", "tariffs", "cost", "costs"} {
		exact(w).flags |= flagPrice
	}
	for _, s := range []string{"price", "fare"} {
		stem(s).flags |= flagPrice
	}
	for _, w := range []string{"internet", "telegram", "whatsapp", "social", "mobile"} {
		exact(w).flags |= flagShutdown
	}
	stem("messeng").flags |= flagShutdown
	numberEntries = triggers.exact["#"]
	wordTable = newHeadTable(keys)
	for _, k := range keys {
		wordBuckets = append(wordBuckets, *byKey[k])
	}
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
// outlives the call: records are copied out of events.
type scratch struct {
	words   []string
	at      []int
	masks   []uint64
	trigs   []trigger
	ws      []string  // actorsOf, demandsOf
	lower   []byte    // the post lower-cased (lowerSameLen): words are sliced from it
	clauses [][2]int  // the clauses of a sentence
	marks   landmarks // the report's landmarks and their towns
	sents   []sentence

	mentions [][]geoparse.Mention // by post
	events   []Event              // the records, before their copy out
	texts    []string             // the passage of each record of events
	spans    []postSpan           // the run of events of each post

	// The days formatDay wrote, by y<<9|m<<5|d: a report's records tell
	// few days, most of them many times. Emptied when it grows large.
	days map[int]string
}

// scratchPool keeps scratch buffers between Extract calls.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release empties sc of what it points to and puts it back in the pool.
func (sc *scratch) release() {
	clear(sc.words[:cap(sc.words)])
	clear(sc.ws[:cap(sc.ws)])
	clear(sc.sents[:cap(sc.sents)])
	clear(sc.mentions[:cap(sc.mentions)])
	clear(sc.events[:cap(sc.events)])
	clear(sc.texts[:cap(sc.texts)])
	sc.marks = nil
	sc.words, sc.ws, sc.sents, sc.events, sc.texts, sc.spans = sc.words[:0], sc.ws[:0], sc.sents[:0], sc.events[:0], sc.texts[:0], sc.spans[:0]
	scratchPool.Put(sc)
}

// formatDay is formatDay(t), each day's text made once.
func (sc *scratch) formatDay(t time.Time) string {
	y, m, d := t.Date()
	k := y<<9 | int(m)<<5 | d
	if s, ok := sc.days[k]; ok {
		return s
	}
	if sc.days == nil || len(sc.days) >= 4096 {
		sc.days = make(map[int]string, 64)
	}
	s := formatDay(t)
	sc.days[k] = s
	return s
}

// findTriggersInto is findTriggers reusing sc's buffers: the triggers it
// returns live in sc until the next call.
func findTriggersInto(sc *scratch, words []string) []trigger {
	out := sc.trigs[:0]
	var found [32]bool // by typeOrder
	try := func(es []entry, i int) {
		for _, e := range es {
			if found[e.order] {
				continue
			}
			if end, ok := e.pat.matchAt(words, i); ok && !excluded(e.typ, words, i) {
				out = append(out, trigger{e.typ, i, end})
				found[e.order] = true
			}
		}
	}
	if cap(sc.masks) < len(words) {
		sc.masks = make([]uint64, len(words), len(words)+len(words)/2)
	}
	masks := sc.masks[:len(words)]
	var heads uint64
	var flags uint8
	for i, w := range words {
		masks[i] = 0
		if v := wordTable.get(headKey(w)); v >= 0 {
			b := &wordBuckets[v]
			var m uint64
			for k := range b.exact {
				if x := &b.exact[k]; x.word == w {
					try(x.entries, i)
					m |= x.mask
					flags |= x.flags
					break
				}
			}
			if len(w) >= headLen {
				for k := range b.stems {
					if st := &b.stems[k]; strings.HasPrefix(w, st.stem) {
						if len(st.entries) > 0 {
							try(st.entries, i)
						}
						m |= st.mask
						flags |= st.flags
					}
				}
			}
			masks[i] = m
			heads |= m
		}
		for _, st := range triggers.short {
			if strings.HasPrefix(w, st.stem) {
				try(st.entries, i)
			}
		}
		// Patterns that begin with a number ("# filled"): filed under "#".
		if w != "" && w[0] >= '0' && w[0] <= '9' {
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
		for r, pr := range proximity {
			if heads&(1<<r) == 0 || hasType(out, pr.typ) {
				continue
			}
			if tr, ok := pr.findFrom(words, masks, r); ok {
				out = append(out, tr)
			}
		}
	}
	if len(out) > 0 {
		out = dropActorProtest(words, out)
		sortTriggers(out)
	}
	sc.trigs = out
	return out
}

// headTable maps headKeys to small integers (indexes of buckets kept by
// its user): an open-addressed table, faster than a map for the many
// words that share their head with nothing. Built once; read-only after.
type headTable struct {
	slots []headSlot
	shift uint
}

type headSlot struct {
	key uint64 // 0: empty (no head key is 0: its length is at least 1)
	val int32
}

func (t *headTable) hash(k uint64) uint64 {
	return (k * 0x9E3779B97F4A7C15) >> t.shift
}

// get returns the value stored for k, or -1.
func (t *headTable) get(k uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for i := t.hash(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return s.val
		}
		if s.key == 0 {
			return -1
		}
	}
}

// newHeadTable stores keys[i] -> i, with the table at most 1/4 full.
func newHeadTable(keys []uint64) *headTable {
	bits := uint(4)
	for 1<<bits < 4*len(keys) {
		bits++
	}
	t := &headTable{slots: make([]headSlot, 1<<bits), shift: 64 - bits}
	mask := uint64(len(t.slots) - 1)
	for v, k := range keys {
		i := t.hash(k)
		for t.slots[i].key != 0 && t.slots[i].key != k {
			i = (i + 1) & mask
		}
		t.slots[i] = headSlot{k, int32(v)}
	}
	return t
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
