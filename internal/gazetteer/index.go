package gazetteer

import (
	"hash/maphash"
	"slices"
	"sync"
)

// The name index maps each key (see Normalize) to a list of entries. Load
// builds it for about 800,000 names in about 60 ms, and it holds no
// pointers, so the garbage collector never scans it:
//
//   - Keys are hashed (hash/maphash, seeded per Gazetteer) by the parsing
//     goroutines (keyWriter), and a name that folds to a key its entity
//     already has ("Aktau", "aktau", "Aktaū") is dropped there, while it is
//     in cache.
//   - The hash table is open-addressed with linear probing and split into
//     256 partitions by the top byte of the hash. The writers file each
//     key's bytes and (key, entry) pair under its partition as they go,
//     and the build fills one partition at a time, so its slots stay in
//     cache: filling one big table in input order costs a cache miss per
//     name, and that used to be most of Load. Two goroutines build half the
//     partitions each.
//   - Each slot holds 32 bits of the hash and a key number; key k's bytes
//     stay where its writer filed them, and its entries are
//     ents[off[k]:off[k+1]] (compressed sparse rows), ranked at load.
//   - Every token prefix of a multi-token key ("santa", "santa maria" for
//     "santa maria de jesus") is a key too, with no entries, so HasPrefix
//     is the same look-up.

// An entry is one indexed entity: its kind in the top two bits, a demonym
// flag, and its index in the Gazetteer's places, regions or countries.
type entry uint32

const (
	entryKindShift        = 30
	entryDemonym    entry = 1 << 29
	entryIndexMask  entry = 1<<29 - 1
	entryEntityMask       = ^entryDemonym // the entity, demonym flag aside
	// noEntry marks a token prefix pair, which adds a key but no entry.
	noEntry entry = 1<<32 - 1
)

func placeEntry(i int) entry   { return entry(KindPlace)<<entryKindShift | entry(i) }
func regionEntry(i int) entry  { return entry(KindRegion)<<entryKindShift | entry(i) }
func countryEntry(i int) entry { return entry(KindCountry)<<entryKindShift | entry(i) }

func (e entry) kind() Kind    { return Kind(e >> entryKindShift) }
func (e entry) index() int    { return int(e & entryIndexMask) }
func (e entry) demonym() bool { return e&entryDemonym != 0 }

// A span is a byte range of a string.
type span struct{ start, end uint32 }

// A keyPair is a key (a span of its partition's text) and its entry, or
// noEntry for a token prefix. The hash is not kept: the build hashes the
// partition's keys again, which costs less than the memory for a million
// hashes.
type keyPair struct {
	key span
	e   entry
}

// The hash table has nparts partitions, chosen by the top partBits bits of
// a key's hash.
const (
	partBits  = 8
	nparts    = 1 << partBits
	partShift = 64 - partBits
)

// maxWriters bounds the number of keyWriters an index is built from (one
// or two for places, one for regions, one for countries): a key's writer
// is kept in the top two bits of its span.
const (
	maxWriters  = 4
	writerShift = 30
	spanMask    = 1<<writerShift - 1
)

// index is the built name index.
type index struct {
	seed  maphash.Seed
	slots []uint64 // hash>>32<<32 | key number+1; 0 is empty
	part  [nparts]partition
	// text[w][p] holds the keys of partition p filed by writer w; key k
	// is text[keys[k].start>>writerShift][p][keys[k].start&spanMask:keys[k].end].
	text [maxWriters][nparts][]byte
	// keys[0] are the keys of the first half of the partitions, numbered
	// from 0, keys[1] those of the second, numbered from len(keys[0]).
	keys      [2][]span
	off       []uint32 // entries of key k: ents[off[k]:off[k+1]]
	ents      []entry
	names     int // keys with entries
	maxTokens int // tokens in the longest key
}

// A partition is a run of slots of the hash table.
type partition struct{ base, size uint32 }

// slot returns the first slot to probe for hash h in partition pt: its
// low 32 bits scaled to the size (the top byte chose the partition).
func slot(pt *partition, h uint64) uint32 {
	return uint32(uint64(uint32(h)) * uint64(pt.size) >> 32) // in [0, size)
}

// lookup returns the number of a normalised key.
func (ix *index) lookup(key []byte) (uint32, bool) {
	if len(ix.slots) == 0 {
		return 0, false
	}
	h := maphash.Bytes(ix.seed, key)
	p := h >> partShift
	pt := &ix.part[p]
	frag := h >> 32
	for i := slot(pt, h); ; {
		s := ix.slots[pt.base+i]
		if s == 0 {
			return 0, false
		}
		if s>>32 == frag {
			k := ix.key(uint32(s) - 1)
			if string(ix.text[k.start>>writerShift][p][k.start&spanMask:k.end]) == string(key) {
				return uint32(s) - 1, true
			}
		}
		if i++; i == pt.size {
			i = 0
		}
	}
}

// key returns the span of key number k.
func (ix *index) key(k uint32) span {
	if n := uint32(len(ix.keys[0])); k >= n {
		return ix.keys[1][k-n]
	}
	return ix.keys[0][k]
}

// nkeys returns the number of keys, token prefixes included.
func (ix *index) nkeys() int { return len(ix.keys[0]) + len(ix.keys[1]) }

// entries returns the ranked entries of key number k.
func (ix *index) entries(k uint32) []entry {
	return ix.ents[ix.off[k]:ix.off[k+1]]
}

// buildIndex builds the index from the writers' pairs; an entity indexed
// twice under one key is kept once (its first entry wins).
func buildIndex(seed maphash.Seed, ws []*keyWriter) index {
	if len(ws) > maxWriters {
		panic("gazetteer: too many key writers")
	}
	ix := index{seed: seed}
	// A partition gets 1.25 slots per pair; distinct keys are about 70 %
	// of the pairs, so tables are about 55 % full and probes short.
	var nslots uint32
	for p := range nparts {
		n := 0
		for _, w := range ws {
			n += len(w.parts[p].pairs)
		}
		size := uint32(n + n/4 + 1)
		ix.part[p].base, ix.part[p].size = nslots, size
		nslots += size
	}
	ix.slots = make([]uint64, nslots)
	for wi, w := range ws {
		ix.maxTokens = max(ix.maxTokens, w.ntok)
		for p := range nparts {
			ix.text[wi][p] = w.parts[p].text
		}
	}

	// The two halves of the partitions are built at the same time, each
	// numbering its own keys; the second half's numbers are shifted after.
	var halves [2]indexHalf
	var wg sync.WaitGroup
	for h := range halves {
		wg.Go(func() { halves[h].build(&ix, ws, h*nparts/2, (h+1)*nparts/2) })
	}
	wg.Wait()
	for _, w := range ws {
		for p := range nparts {
			w.parts[p] = keyPart{}
		}
	}
	a, b := &halves[0], &halves[1]
	shift := uint32(len(a.keys))
	for i := ix.part[nparts/2].base; i < nslots; i++ {
		if ix.slots[i] != 0 {
			ix.slots[i] += uint64(shift)
		}
	}
	ix.keys = [2][]span{slices.Clip(a.keys), slices.Clip(b.keys)}
	n := ix.nkeys()

	// Group the entries by key (a stable counting sort), so each list
	// keeps the order of the data until rank sorts it.
	ix.off = make([]uint32, n+1)
	for _, k := range a.keyOf {
		ix.off[k+1]++
	}
	for _, k := range b.keyOf {
		ix.off[shift+k+1]++
	}
	for k := 1; k <= n; k++ {
		if ix.off[k] > 0 {
			ix.names++
		}
		ix.off[k] += ix.off[k-1]
	}
	ix.ents = make([]entry, len(a.ents)+len(b.ents))
	// The halves' last slices, one per key, become the fill cursors.
	for k := range a.last {
		a.last[k] = entry(ix.off[k])
	}
	for k := range b.last {
		b.last[k] = entry(ix.off[shift+uint32(k)])
	}
	for i, k := range a.keyOf {
		ix.ents[a.last[k]] = a.ents[i]
		a.last[k]++
	}
	for i, k := range b.keyOf {
		ix.ents[b.last[k]] = b.ents[i]
		b.last[k]++
	}
	return ix
}

// An indexHalf is the part of the index built from a range of partitions.
type indexHalf struct {
	keys  []span   // its keys, numbered from 0
	keyOf []uint32 // per entry: its key number
	ents  []entry
	last  []entry // per key: its last entry + 1, to drop repeats
}

// build fills the slots of partitions [lo, hi) of ix from the writers'
// pairs, in the writers' order, numbering the keys.
func (h *indexHalf) build(ix *index, ws []*keyWriter, lo, hi int) {
	n := 0
	for p := lo; p < hi; p++ {
		for _, w := range ws {
			n += len(w.parts[p].pairs)
		}
	}
	// About 70 % of the pairs bring a new key and 70 % an entry; the
	// slices grow in the rare case they need more.
	h.keys = make([]span, 0, n*3/4)
	h.keyOf = make([]uint32, 0, n*3/4)
	h.ents = make([]entry, 0, n*3/4)
	last := make([]entry, 0, n*3/4)
	for p := lo; p < hi; p++ {
		pt := &ix.part[p]
		for wi, w := range ws {
			text := w.parts[p].text
			for _, pr := range w.parts[p].pairs {
				key := text[pr.key.start:pr.key.end]
				hash := maphash.Bytes(ix.seed, key)
				frag := hash >> 32
				var k uint32
				for i := slot(pt, hash); ; {
					s := &ix.slots[pt.base+i]
					if *s == 0 {
						k = uint32(len(h.keys))
						*s = frag<<32 | uint64(k+1)
						h.keys = append(h.keys, span{pr.key.start | uint32(wi)<<writerShift, pr.key.end})
						last = append(last, 0)
						break
					}
					if *s>>32 == frag {
						k = uint32(*s) - 1
						ks := h.keys[k]
						if string(ix.text[ks.start>>writerShift][p][ks.start&spanMask:ks.end]) == string(key) {
							break
						}
					}
					if i++; i == pt.size {
						i = 0
					}
				}
				if pr.e == noEntry {
					continue
				}
				e := pr.e + w.base
				if last[k] != 0 && (last[k]-1)&entryEntityMask == e&entryEntityMask {
					continue
				}
				last[k] = e + 1
				h.keyOf = append(h.keyOf, k)
				h.ents = append(h.ents, e)
			}
		}
	}
	h.last = last
}
