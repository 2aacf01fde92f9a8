package gazetteer

import "hash/maphash"

// A keyWriter collects the keys of a run of entities: their bytes back to
// back in an arena, and a (hash, key, entry) pair for each.
type keyWriter struct {
	seed  maphash.Seed
	arena []byte
	pairs []keyPair
	first int   // index in pairs of the current entity's first pair
	cur   entry // the current entity (entryEntityMask applied)
	ntok  int   // tokens in the longest key
}

// newKeyWriter returns a writer with room for about pairs keys of
// keyBytes bytes in all; it grows if it needs more.
func newKeyWriter(seed maphash.Seed, pairs, keyBytes int) *keyWriter {
	return &keyWriter{seed: seed, arena: make([]byte, 0, keyBytes), pairs: make([]keyPair, 0, pairs), cur: noEntry}
}

// add indexes name under its key for entity e. Entities must be added one
// after the other: a name whose key e already has is dropped (a name
// before a demonym of the same country, so the name entry is kept).
func (w *keyWriter) add(name string, e entry) {
	start := len(w.arena)
	w.arena = AppendNormalize(w.arena, name)
	w.commit(start, e)
}

// addKey indexes an already normalised key.
func (w *keyWriter) addKey(key string, e entry) {
	start := len(w.arena)
	w.arena = append(w.arena, key...)
	w.commit(start, e)
}

// commit records the key w.arena[start:] for e, with its token prefixes,
// which are spans of the key's own bytes.
func (w *keyWriter) commit(start int, e entry) {
	if len(w.arena) == start {
		return
	}
	if e&entryEntityMask != w.cur {
		w.first, w.cur = len(w.pairs), e&entryEntityMask
	}
	if !w.push(start, len(w.arena), e) {
		w.arena = w.arena[:start] // a repeat: its bytes are not needed
		return
	}
	tokens := 1
	for i, c := range w.arena[start:] {
		if c == ' ' {
			tokens++
			w.push(start, start+i, noEntry)
		}
	}
	w.ntok = max(w.ntok, tokens)
}

// push adds the pair for arena[start:end] unless the current entity
// already has that key (a prefix is also dropped when the entity has it as
// a prefix), and reports whether it did.
func (w *keyWriter) push(start, end int, e entry) bool {
	key := w.arena[start:end]
	h := maphash.Bytes(w.seed, key)
	for _, p := range w.pairs[w.first:] {
		if p.hash == h && (p.e != noEntry || e == noEntry) && string(w.arena[p.key.start:p.key.end]) == string(key) {
			return false
		}
	}
	w.pairs = append(w.pairs, keyPair{hash: h, key: span{uint32(start), uint32(end)}, e: e})
	return true
}
