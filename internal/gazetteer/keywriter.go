package gazetteer

import "hash/maphash"

// A keyWriter collects the keys of a run of entities, filed by the
// partition of their hash (see index.go).
type keyWriter struct {
	seed   maphash.Seed
	parts  [nparts]keyPart
	buf    []byte      // the key being added
	entity []entityKey // the keys filed for the current entity
	cur    entry       // the current entity (entryEntityMask applied)
	ntok   int         // tokens in the longest key
	base   entry       // added to the entries at build: the index of this writer's first place
}

// A keyPart is what a writer filed under one partition: the keys' bytes
// back to back and a pair for each.
type keyPart struct {
	text  []byte
	pairs []keyPair
}

// An entityKey is a key filed for the current entity.
type entityKey struct {
	hash   uint64
	key    span
	prefix bool
}

// newKeyWriter returns a writer sized for about pairs keys of about
// keyBytes bytes in all. The room is carved out of two allocations, with
// an eighth more than an even spread needs; a partition that fills up
// grows on its own.
func newKeyWriter(seed maphash.Seed, pairs, keyBytes int) *keyWriter {
	w := &keyWriter{seed: seed, cur: noEntry}
	perPairs := pairs/nparts + pairs/nparts/8 + 4
	perBytes := keyBytes/nparts + keyBytes/nparts/8 + 32
	pairBuf := make([]keyPair, nparts*perPairs)
	textBuf := make([]byte, nparts*perBytes)
	for p := range w.parts {
		w.parts[p].pairs = pairBuf[p*perPairs : p*perPairs : (p+1)*perPairs]
		w.parts[p].text = textBuf[p*perBytes : p*perBytes : (p+1)*perBytes]
	}
	return w
}

// add indexes name under its key for entity e. Entities must be added one
// after the other: a name whose key e already has is dropped (a name
// before a demonym of the same country, so the name entry is kept).
func (w *keyWriter) add(name string, e entry) {
	w.buf = AppendNormalize(w.buf[:0], name)
	w.commit(w.buf, e)
}

// addKey indexes an already normalised key.
func (w *keyWriter) addKey(key string, e entry) {
	w.buf = append(w.buf[:0], key...)
	w.commit(w.buf, e)
}

// commit files key for e, and its token prefixes.
func (w *keyWriter) commit(key []byte, e entry) {
	if len(key) == 0 {
		return
	}
	if e&entryEntityMask != w.cur {
		w.entity, w.cur = w.entity[:0], e&entryEntityMask
	}
	if !w.push(key, e, false) {
		return
	}
	tokens := 1
	for i, c := range key {
		if c == ' ' {
			tokens++
			w.push(key[:i], noEntry, true)
		}
	}
	w.ntok = max(w.ntok, tokens)
}

// push files key unless the current entity already has it (a prefix is
// also dropped when the entity has it as a prefix), and reports whether
// it did.
func (w *keyWriter) push(key []byte, e entry, prefix bool) bool {
	h := maphash.Bytes(w.seed, key)
	part := &w.parts[h>>partShift]
	for _, k := range w.entity {
		if k.hash == h && (!k.prefix || prefix) && string(part.text[k.key.start:k.key.end]) == string(key) {
			return false
		}
	}
	start := len(part.text)
	part.text = append(part.text, key...)
	sp := span{uint32(start), uint32(len(part.text))}
	part.pairs = append(part.pairs, keyPair{key: sp, e: e})
	w.entity = append(w.entity, entityKey{h, sp, prefix})
	return true
}
