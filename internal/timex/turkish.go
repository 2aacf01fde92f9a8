package timex

import "strings"

// Turkish names months, weekdays and the nearest days with words of its
// own, and joins its case suffixes to them after an apostrophe ("15
// Temmuz'da", on 15 July). A month is read beside a number only (a day
// before it or a year after: "15 Mart 2025"), for Turkish capitalises it
// and English has "Mart"; a weekday in small letters or before "günü"
// ("Cuma günü", on Friday).

// turkishWordList pairs each Turkish word with the English lexicon word
// it stands for (a constant: see romanceWordList).
const turkishWordList = `ocak january  şubat february  mart march  nisan april  mayıs may  haziran june
	temmuz july  ağustos august  eylül september  ekim october  kasım november  aralık december
	pazartesi monday  salı tuesday  çarşamba wednesday  perşembe thursday  cuma friday  cumartesi saturday
	pazar sunday  dün yesterday  bugün today  yarın tomorrow`

// turkishDay is the word for "day" after a weekday ("Cuma günü").
const turkishDay = "günü"

// turkishSunday is also "market" ("pazar yerinde").
const turkishSunday = "pazar"

// turkishLexicon maps the Turkish words to the English words' entries.
var turkishLexicon = pairedLexicon(turkishWordList)

// turkishWords gives the Turkish words among toks their English entries,
// in place, and reports whether it found any. It is run on texts with a letter past ASCII (Turkish writes
// ç, ğ, ı, ö, ş, ü in most sentences).
func turkishWords(text string, toks []token) (found bool) {
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord || t.lx != nil || len(t.low) < 3 {
			continue
		}
		w := t.low
		if k := strings.IndexAny(w, "'’"); k > 0 {
			w = w[:k] // "Temmuz'da"
		}
		e, ok := lookupLower(turkishLexicon, w)
		if !ok {
			continue
		}
		switch {
		case e.flags&lMonth != 0:
			if !(i > 0 && toks[i-1].kind == tNum && toks[i-1].n <= 31 || i+1 < len(toks) && toks[i+1].kind == tNum && toks[i+1].digits == 4) {
				continue
			}
		case e.flags&lWeekday != 0:
			// A capitalised weekday may be a name, and "pazar" is also
			// a market ("pazar yerinde"): either needs "günü" after it.
			if (w[0] < 'a' || strings.EqualFold(w, turkishSunday)) && !(i+1 < len(toks) && strings.HasPrefix(toks[i+1].low, turkishDay)) {
				continue
			}
		}
		t.lx, t.low, t.begins, found = e, e.word, e.rules, true
	}
	return found
}

// lookupLower looks w up in m in lower case, lowering short ASCII words
// in a buffer on the stack (the lookup of string(buf[:n]) does not
// allocate), so the capitalised words of an English text cost no garbage.
func lookupLower(m map[string]*lexEntry, w string) (*lexEntry, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		e, ok := m[strings.ToLower(w)]
		return e, ok
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			e, ok := m[strings.ToLower(w)]
			return e, ok
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	e, ok := m[string(buf[:len(w)])]
	return e, ok
}

// IsMonth reports whether w, a word in lower case, names a month in one
// of the languages read here (a Turkish case suffix after an apostrophe
// allowed: "mart'ta"), or in the solar Hijri calendar: a number before
// it is a day, no count.
func IsMonth(w string) bool {
	if k := strings.IndexAny(w, "'’"); k > 0 {
		w = w[:k]
	}
	if e := caucasusWord(w); e != nil && e.flags&lMonth != 0 {
		return true
	}
	for _, m := range []map[string]*lexEntry{lexicon, wideLexicon, romanceLexicon, turkishLexicon} {
		if e, ok := m[w]; ok && e.flags&lMonth != 0 {
			return true
		}
	}
	if e := rtlWord(w); e != nil && e.flags&lMonth != 0 {
		return true
	}
	_, ok := jalaliMonths[rtlKey(w)]
	return ok
}
