package extract

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/timex"
)

// wordSpans splits a sentence as wordsOf does and also returns the byte
// offset in s where each word starts, so that a trigger found among the
// words can be placed among the sentence's clauses, places and dates.
func wordSpans(s string) ([]string, []int) {
	return wordSpansLow(s, strings.ToLower(s))
}

// wordSpansLow is wordSpans with the sentence already lower-cased.
func wordSpansLow(s, low string) ([]string, []int) {
	return wordSpansInto(s, low, make([]string, 0, len(s)/5+1), make([]int, 0, len(s)/5+1))
}

// wordSpansInto is wordSpansLow appending to words and at (reused
// buffers, emptied first).
func wordSpansInto(s, low string, words []string, at []int) ([]string, []int) {
	words, at = wordSpansRaw(s, low, words, at)
	if strings.IndexByte(s, '\'') >= 0 || strings.Contains(s, "’") {
		words, at = splitElisions(words, at)
	}
	if strings.IndexByte(s, '(') >= 0 {
		words, at = dropAcronymAsides(s, words, at)
	}
	return words, at
}

// dropAcronymAsides drops the words that are an acronym in brackets
// after a common noun ("Riot police (ME) have arrived"), so that the
// phrase around it reads whole. (After a proper name the acronym is the
// name's short form, which may tell the event: "the Collective Security
// Treaty Organization (CSTO) arrived".) The slices are changed in place.
func dropAcronymAsides(s string, words []string, at []int) ([]string, []int) {
	n := 0
	for k, w := range words {
		a := at[k]
		if a > 1 && s[a-1] == '(' && a+len(w) < len(s) && s[a+len(w)] == ')' && len(w) >= 2 && len(w) <= 6 &&
			strings.ToUpper(s[a:a+len(w)]) == s[a:a+len(w)] && strings.ToLower(s[a:a+len(w)]) != s[a:a+len(w)] &&
			k > 0 && at[k-1]+len(words[k-1]) <= a && s[at[k-1]] >= 'a' && s[at[k-1]] <= 'z' {
			continue
		}
		words[n], at[n] = w, a
		n++
	}
	return words[:n], at[:n]
}

// wordSpansRaw is wordSpansInto before French elisions are split.
func wordSpansRaw(s, low string, words []string, at []int) ([]string, []int) {
	if len(low) == len(s) {
		if words, at, ok := asciiWordSpans(s, low, words[:0], at[:0]); ok {
			return words, at
		}
	}
	words, at = words[:0], at[:0]
	// Words are cut from the lower-cased sentence where lower-casing kept
	// every byte in place (all but a few scripts' special letters) and
	// no Arabic-Indic or Persian digit is to be rewritten.
	eastern := hasEasternDigits(s)
	indic := hasIndicLetters(s)
	same := len(low) == len(s) && !eastern && !indic
	i := 0
	for i < len(s) {
		// Skip to the start of a word.
		start := -1
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if wordByte[c] {
					start = i
					i++
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' {
				start = i
				i += size
				break
			}
			i += size
		}
		if start < 0 {
			break
		}
		// Read to its end.
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if !wordByte[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '’' || inWordMark(r)) {
				break
			}
			i += size
		}
		raw := s[start:i]
		// Trim ",'’-" at both ends, as strings.Trim would.
		lead := 0
		for lead < len(raw) {
			if c := raw[lead]; c == ',' || c == '\'' || c == '-' {
				lead++
			} else if c == 0xe2 && strings.HasPrefix(raw[lead:], "’") {
				lead += len("’")
			} else {
				break
			}
		}
		e := len(raw)
		for e > lead {
			if c := raw[e-1]; c == ',' || c == '\'' || c == '-' {
				e--
			} else if c == 0x99 && strings.HasSuffix(raw[lead:e], "’") {
				e -= len("’")
			} else {
				break
			}
		}
		if e > lead {
			var w string
			if same {
				w = low[start+lead : start+e]
			} else {
				w = strings.ToLower(raw[lead:e])
				if eastern {
					w = westernDigits(w)
				}
				if indic {
					w = timex.PlainIndic(w)
				}
			}
			words = append(words, w)
			at = append(at, start+lead)
		}
	}
	return words, at
}

// asciiWordSpans is wordSpansInto for an ASCII sentence s, whose lower
// case low is as long; false, and the words cut so far, where s is not
// ASCII. Its bytes are read eight at a time into a bitmap of word bytes,
// 64 bytes a block, and the words cut where the bits change: a few
// operations a word, not a few a byte.
func asciiWordSpans(s, low string, words []string, at []int) ([]string, []int, bool) {
	start, inWord := 0, false
	for base := 0; base < len(s); base += 64 {
		block := s[base:min(base+64, len(s))]
		var m uint64 // bit k: block[k] is a word byte
		var or uint64
		k := 0
		for ; k+8 <= len(block); k += 8 {
			x := load8(block[k:])
			m, or = m|wordBytes8(x)<<k, or|x
		}
		if k < len(block) {
			x := loadTail(block[k:])
			m, or = m|wordBytes8(x)<<k, or|x
		}
		if or&0x8080808080808080 != 0 {
			return words, at, false
		}
		for cur := uint(0); cur < 64; {
			if !inWord {
				rest := m >> cur
				if rest == 0 {
					break
				}
				cur += uint(bits.TrailingZeros64(rest))
				start, inWord = base+int(cur), true
			}
			rest := ^m >> cur
			if rest == 0 {
				break // the word goes on in the next block
			}
			cur += uint(bits.TrailingZeros64(rest))
			words, at = appendASCIIWord(words, at, s, low, start, base+int(cur))
			inWord = false
		}
	}
	if inWord {
		words, at = appendASCIIWord(words, at, s, low, start, len(s))
	}
	return words, at, true
}

// appendASCIIWord appends the word s[start:end], trimmed of ",'-" at
// both ends, unless nothing is left.
func appendASCIIWord(words []string, at []int, s, low string, start, end int) ([]string, []int) {
	for start < end && trimByte(s[start]) {
		start++
	}
	for end > start && trimByte(s[end-1]) {
		end--
	}
	if end > start {
		words, at = append(words, low[start:end]), append(at, start)
	}
	return words, at
}

func trimByte(c byte) bool { return c == ',' || c == '\'' || c == '-' }

// loadTail reads the (fewer than eight) bytes of s as load8 would, the
// missing bytes zero.
func loadTail(s string) uint64 {
	var x uint64
	for i := len(s) - 1; i >= 0; i-- {
		x = x<<8 | uint64(s[i])
	}
	return x
}

// wordBytes8 returns a bit for each of eight ASCII bytes (x, as load8
// reads them), set where it is a word byte (wordByte): letters, digits,
// and , + - '.
func wordBytes8(x uint64) uint64 {
	m := bytesIn(x|0x20*lowBytes, 'a', 'z') | bytesIn(x, '0', '9') | bytesIn(x, '+', '-') | bytesIn(x, '\'', '\'')
	// Gather the high bits, byte i's to bit i.
	return ((m & 0x8080808080808080) >> 7) * 0x0102040810204080 >> 56
}

const lowBytes = 0x0101010101010101

// bytesIn sets the high bit of each byte of x that lies in [lo, hi] (x
// ASCII: its bytes add without carrying into the next); its other bits
// are no answer, to be masked off.
func bytesIn(x uint64, lo, hi byte) uint64 {
	return (x + (0x80-uint64(lo))*lowBytes) &^ (x + (0x7F-uint64(hi))*lowBytes)
}

// wordByte tells the ASCII bytes that belong to words: letters, digits,
// and the marks kept inside numbers and names (30,000; 70+; o'clock).
var wordByte = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ',' || c == '+' || c == '-' || c == '\''
	}
	return t
}()

// clauseBreaks are the marks and words that end one clause and begin the
// next: "stormed the city hall; police fired", "clashes in Almaty, while
// in Aktau police joined them", "a day after crowds stormed".
var clauseBreaks = []string{"; ", ": ", " — ", " – ", " - ", ", but ", " but ", ", while ", " while ", " whereas ",
	", and ", ", where ", " where ", ", when ", ", after ", " after ", ", before ", " before ", ", as ", " a day after ",
	" the day after ", " two days after ", " three days after ", " hours after ", ", whilst ", " whilst ", " although ", ", which ",
	// The same in the other languages read: "but", "while", "whereas"
	// (not their "and", which joins the items of a list of places as
	// often: Arabic chains a list with "، و").
	", pero ", " pero ", ", mientras ", " mientras que ", ", aunque ", ", mas ", ", enquanto ", ", mais ", " mais ",
	", tandis que ", " tandis que ", ", alors que ", ", а ", ", но ", " но ", ", тогда как ", ", але ", "، لكن",
	"، بينما", "؛ ", ", אבל ", ", αλλά ", ", ενώ ", ", მაგრამ ", ", իսկ ", ", բայց ", ", ama ", ", fakat ",
	"، اما ", "، ولی ", " در حالی که ",
	", लेकिन ", " लेकिन ", ", जबकि ", " जबकि ", ", मगर ", ", तर ", ", কিন্তু ", " কিন্তু ", ", অথচ ", ", पण "}

// breaksAt indexes clauseBreaks by their first two bytes, so that a
// sentence is read once, not once a break: breakFirst[b] tells whether
// some break begins with byte b, breakPair[b0][b1] which breaks begin
// with the pair (an index into breakLists, 0 for none).
var breakFirst, breakPair, breakLists = func() (first [256]bool, pair *[256][256]uint8, lists [][]string) {
	pair = new([256][256]uint8)
	lists = [][]string{nil}
	for _, b := range clauseBreaks {
		first[b[0]] = true
		k := &pair[b[0]][b[1]]
		if *k == 0 {
			*k = uint8(len(lists))
			lists = append(lists, nil)
		}
		lists[*k] = append(lists[*k], b)
	}
	return first, pair, lists
}()

// clauses returns the byte spans [start, end) of a sentence's clauses.
// A break inside a longer one ("after" in "a day after") is not a second
// break.
func clauses(s string) [][2]int {
	return clausesLow(s, strings.ToLower(s), nil)
}

// clausesLow is clauses with the sentence already lower-cased
// (strings.ToLower(s)), appended to out[:0].
func clausesLow(s, low string, out [][2]int) [][2]int {
	// Offsets found in low must hold in s: where lower-casing changed a
	// letter's length ("İstanbul"), lower ASCII letters only — every break
	// is ASCII or a dash, which has no case.
	if len(low) != len(s) {
		low = asciiLower(s)
	}
	var buf [8]clauseCut
	cuts := buf[:0]
	for i := 0; i+1 < len(low); i++ {
		if !breakFirst[low[i]] {
			continue
		}
		k := breakPair[low[i]][low[i+1]]
		if k == 0 {
			continue
		}
		for _, b := range breakLists[k] {
			if strings.HasPrefix(low[i:], b) {
				cuts = append(cuts, clauseCut{i, i + len(b)})
			}
		}
	}
	return clausesAt(notAsWellAs(low, cuts), len(s), out)
}

// notAsWellAs drops the cuts at ", as " that begin "as well as": "at
// factories in Phnom Penh, as well as in Kandal" goes on with the list.
func notAsWellAs(low string, cuts []clauseCut) []clauseCut {
	kept := cuts[:0]
	for _, c := range cuts {
		if c.end <= len(low) && strings.HasSuffix(low[c.at:c.end], "as ") && strings.HasPrefix(low[c.end:], "well as ") {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// clausesOf is clausesLow for a sentence whose lower case low keeps the
// length of each of its characters (the post's lowerSameLen held), split
// into tokens at byte offsets at: the breaks are found from the words
// they end with and the marks they hold, not byte by byte. (In such a
// text a break that ends with a word, " but ", stands where a token is
// that word.)
func clausesOf(s, low string, t *tokens, at []int, out [][2]int) [][2]int {
	var buf [8]clauseCut
	cuts := buf[:0]
	if t.any(classClauseWord) {
		for i, w := range t.words {
			if !t.is(i, classClauseWord) {
				continue
			}
			for _, b := range breaksByWord[w] {
				if k := at[i] - b.at; k >= 0 && strings.HasPrefix(low[k:], b.text) {
					cuts = append(cuts, clauseCut{k, k + len(b.text)})
				}
			}
		}
	}
	for _, m := range breakMarks {
		for from := 0; ; {
			j := strings.IndexByte(low[from:], m.b)
			if j < 0 {
				break
			}
			j += from
			for _, b := range m.breaks {
				if k := j - b.at; k >= 0 && strings.HasPrefix(low[k:], b.text) {
					cuts = append(cuts, clauseCut{k, k + len(b.text)})
				}
			}
			from = j + 1
		}
	}
	return clausesAt(notAsWellAs(low, cuts), len(s), out)
}

// clauseCut is a break found at bytes [at, end) of a sentence.
type clauseCut struct{ at, end int }

// clausesAt appends to out[:0] the clauses of a sentence of n bytes that
// the breaks cut: a break inside a longer one is not a second break.
func clausesAt(cuts []clauseCut, n int, out [][2]int) [][2]int {
	slices.SortFunc(cuts, func(a, b clauseCut) int {
		if a.at != b.at {
			return a.at - b.at
		}
		return b.end - a.end // the longer break first
	})
	out = out[:0]
	prev, covered := 0, 0
	for _, c := range cuts {
		if c.at < covered {
			continue // inside a break already taken
		}
		covered = c.end
		if c.at > prev {
			out = append(out, [2]int{prev, c.at})
			prev = c.at
		}
	}
	return append(out, [2]int{prev, n})
}

// anchoredBreak is a clause break and the offset in it of what finds it.
type anchoredBreak struct {
	text string
	at   int
}

// breakMark is the breaks found by a byte they hold.
type breakMark struct {
	b      byte
	breaks []anchoredBreak
}

// The clause breaks filed for clausesOf: those that end with a word
// (", but ", " a day after ") under that word, which the word table
// files as classClauseWord; the others ("; ", " — ") under their first
// byte past the leading space.
var clauseBreakWords, breaksByWord, breakMarks = func() (words []string, byWord map[string][]anchoredBreak, marks []breakMark) {
	byWord = map[string][]anchoredBreak{}
	for _, b := range clauseBreaks {
		body := strings.TrimRight(b, " ")
		word := body[strings.LastIndexAny(body, " ,")+1:]
		if word != "" && strings.Trim(word, "abcdefghijklmnopqrstuvwxyz") == "" {
			if byWord[word] == nil {
				words = append(words, word)
			}
			byWord[word] = append(byWord[word], anchoredBreak{b, len(body) - len(word)})
			continue
		}
		k := len(b) - len(strings.TrimLeft(b, " "))
		i := slices.IndexFunc(marks, func(m breakMark) bool { return m.b == b[k] })
		if i < 0 {
			i = len(marks)
			marks = append(marks, breakMark{b: b[k]})
		}
		marks[i].breaks = append(marks[i].breaks, anchoredBreak{b, k})
	}
	return words, byWord, marks
}()

// clauseOf is the clause holding byte offset at.
func clauseOf(cs [][2]int, at int) [2]int {
	for _, c := range cs {
		if at >= c[0] && at < c[1] {
			return c
		}
	}
	return [2]int{0, 0}
}

// locativeTails widens clause cl of cs over the clauses after it that
// only go on with its places: "gathered ... in Walthamstow, where the
// crowd filled Hoe Street, and in Brighton, Bristol and Liverpool". A
// clause that opens with "and in", "and at", "or in" or "as well as in"
// goes on with them, past a relative clause ("where", "which") between;
// neither may hold a trigger of its own (trigger reports whether one
// starts in a byte range of the sentence).
func locativeTails(cs [][2]int, cl [2]int, low string, trigger func(from, to int) bool) [2]int {
	k := slices.Index(cs, cl)
	// (Only a clause that names where, "in" or "at" a place: not a
	// relative clause of its own, "where youths fought ... and in
	// Sidi Bouzid".)
	if k < 0 || cl[1] > len(low) || !strings.Contains(low[cl[0]:cl[1]], " in ") && !strings.Contains(low[cl[0]:cl[1]], " at ") {
		return cl
	}
	for j := k + 1; j < len(cs); j++ {
		c := cs[j]
		if c[0] >= len(low) || c[1] > len(low) {
			break
		}
		head := strings.TrimLeft(low[c[0]:c[1]], " ,;")
		relative := strings.HasPrefix(head, "where ") || strings.HasPrefix(head, "which ")
		locative := false
		for _, p := range []string{"and in ", "and at ", "or in ", "as well as in ", "and also in "} {
			if strings.HasPrefix(head, p) {
				locative = true
			}
		}
		if !relative && !locative {
			break
		}
		if locative && !trigger(c[0], c[1]) {
			cl[1] = c[1]
			continue
		}
		if relative && !trigger(c[0], c[1]) && j+1 < len(cs) {
			continue // look past it for a locative tail
		}
		break
	}
	return cl
}

// daysBefore reads how many days before the sentence's date a clause's
// event happened, from the words that open it: "a day after crowds
// stormed" (1), "two days after" (2), "the day after" (1). It returns 0
// when the clause says nothing of the kind.
func daysBefore(s string, c [2]int) int {
	// Every phrase begins with a, t or o: past the leading marks the
	// clause's first letter rules most clauses out (lower-casing keeps
	// the marks and makes no a, t or o of another character).
	i := c[0]
	for i < len(s) {
		if ch := s[i]; ch == ',' || ch == ';' || ch == ':' || ch == '-' || ch == ' ' {
			i++
		} else if strings.HasPrefix(s[i:], "—") || strings.HasPrefix(s[i:], "–") {
			i += len("—")
		} else {
			break
		}
	}
	if i >= min(len(s), c[0]+20) {
		return 0
	}
	switch s[i] {
	case 'a', 'A', 't', 'T', 'o', 'O':
	default:
		return 0
	}
	if head := s[i:min(len(s), c[0]+20)]; isASCII(head) {
		// As below, without lower-casing a copy.
		for _, p := range daysBeforePhrases {
			if len(head) >= len(p.phrase) && equalFoldASCII(head[:len(p.phrase)], p.phrase) {
				return p.days
			}
		}
		return 0
	}
	head := strings.ToLower(s[c[0]:min(len(s), c[0]+20)])
	head = strings.TrimLeft(head, ",;:—–- ")
	for _, p := range daysBeforePhrases {
		if strings.HasPrefix(head, p.phrase) {
			return p.days
		}
	}
	return 0
}

// daysBeforePhrases are the phrases daysBefore reads, and their days.
var daysBeforePhrases = []struct {
	phrase string
	days   int
}{{"a day after", 1}, {"the day after", 1}, {"one day after", 1}, {"a day earlier", 1}, {"two days after", 2},
	{"three days after", 3}}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// equalFoldASCII reports whether ASCII s, lower-cased, is lower.
func equalFoldASCII(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if asciiLowerByte[s[i]] != lower[i] {
			return false
		}
	}
	return true
}

// asciiLower lower-cases the ASCII letters of s and leaves every other
// byte as it is, so that offsets into the result hold in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// daysOfBefore reads "after two days of rioting" before byte at of
// sentence s (at start in the post): the number of days a duration
// after "after" or "following" and before "of" counts back from the
// sentence's day, 0 when there is none.
func daysOfBefore(s string, start int, exprs []timex.Expression, at int) int {
	for _, e := range exprs {
		bs, be := e.ByteStart-start, e.ByteEnd-start
		if e.Type != timex.Duration || bs < 0 || be > at || be > len(s) {
			continue
		}
		if !strings.HasPrefix(s[be:], " of ") {
			continue
		}
		before := strings.TrimRight(s[:bs], " ")
		if !strings.HasSuffix(before, "after") && !strings.HasSuffix(before, "following") {
			continue
		}
		v := strings.TrimPrefix(e.Value, "P")
		if len(v) < 2 {
			continue
		}
		n, err := strconv.Atoi(v[:len(v)-1])
		if err != nil || n <= 0 {
			continue
		}
		switch v[len(v)-1] {
		case 'D':
			return min(n, 31)
		case 'W':
			return min(7*n, 31)
		}
	}
	return 0
}

// dateBeforeWhen returns the date a clause opened by "when" hangs on:
// the expression that ends right before it ("July 1999, when security
// forces stormed the halls"; "on 7 July 1990, when people came out").
// text is the sentence, c the clause in it, exprs the sentence's dates
// with offsets from start.
func dateBeforeWhen(text string, c [2]int, exprs []timex.Expression, start int) *timex.Expression {
	if c[0] <= 0 || c[0] > len(text) {
		return nil
	}
	rest := strings.TrimLeft(text[c[0]:], ", ")
	if !strings.HasPrefix(rest, "when ") {
		return nil
	}
	at := len(text) - len(rest) // where "when" stands
	for i := range exprs {
		e := &exprs[i]
		end := e.ByteEnd - start
		if end <= at && strings.Trim(text[end:at], ", ") == "" && e.HasSpan() {
			return e
		}
	}
	return nil
}

// opinionLeads open a sentence that gives the writer's opinion.
var opinionLeads = newOpeners("our view:", "my view:", "in our view", "in my view", "in my opinion", "in our opinion",
	"opinion:", "comment:", "editorial:", "our take:", "my take:")

// opinionLead reports whether a sentence opens with an opinion's lead-in.
func opinionLead(s string) bool {
	s = skipMarks(strings.TrimLeft(s, "("))
	if len(s) < 4 {
		return false
	}
	if strings.HasPrefix(s, "IMO ") || strings.HasPrefix(s, "IMHO ") {
		return true // in capitals: "Imo State" is a place
	}
	return opinionLeads.open(s)
}

// chantWords before a quotation make it words the crowd shouted or
// carried, not news.
var chantWords = []string{"chant", "shout", "slogan", "placard", "banner", "sign", "cried", "cry", "cries",
	"yelled", "yelling", "sang", "singing", "graffiti", "sprayed", "written", "reading", "read"}

// inChant reports whether byte at of sentence s is inside a quotation
// that a word of chanting or of a placard leads to within a few words:
// 'chanting "Mafia!" and "Resign!"', 'placards reading "Ricky, resign"'.
func inChant(s string, at int) bool {
	if at <= 0 || at > len(s) {
		return false
	}
	before := s[:at]
	if strings.IndexByte(before, '"') < 0 && !strings.Contains(before, "“") {
		return false // no quotation opens before it
	}
	open := -1 // where the quotation holding at opens
	if i := strings.LastIndex(before, "“"); i >= 0 && !strings.Contains(before[i:], "”") {
		open = i
	} else if strings.Count(before, "\"")%2 == 1 {
		open = strings.LastIndexByte(before, '"')
	}
	if open < 0 {
		return false
	}
	lead := strings.ToLower(before[max(0, open-60):open])
	for _, w := range chantWords {
		if strings.Contains(lead, w) {
			return true
		}
	}
	return false
}

// relativeApart reports whether a relative clause opens between a
// trigger at byte at of sentence s and a date after it, at byte date:
// "Large crowds were reported in Blagoevgrad, the town where the first
// rallies took place in late January" dates the first rallies, not the
// crowds.
func relativeApart(s string, at, date int) bool {
	if at < 0 || date <= at || date > len(s) {
		return false
	}
	between := s[at:date]
	for _, w := range []string{" where ", " which ", " who ", " whose "} {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// earlierSameDay reports whether a sentence (lower case) places its deed
// earlier on the day told: "earlier in the afternoon", "earlier that
// day", "earlier today".
func earlierSameDay(lower string) bool {
	i := strings.Index(lower, "earlier ")
	if i < 0 {
		return false
	}
	rest := lower[i+len("earlier "):]
	for _, p := range []string{"in the ", "that ", "this ", "today", "on "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// appealVerbs open an appeal in the imperative: "Stop the killing of
// protesters", "Free all detainees", "Switch the internet back on".
var appealVerbs = []string{"stop", "end", "free", "release", "halt", "respect", "restore", "switch", "lift",
	"allow", "investigate", "protect", "drop", "withdraw", "reinstate", "cancel", "bring"}

// appealFirst holds the first letters of appealVerbs, lower case.
var appealFirst = func() (first [256]bool) {
	for _, v := range appealVerbs {
		first[v[0]] = true
	}
	return first
}()

// appeal reports whether a sentence is an appeal in the imperative,
// after a label ("Mozambique: stop the killing of protesters and switch
// the internet back on"): it asks for something, it tells no event.
// (Read on every sentence: no allocation, ASCII marks skipped by hand.)
func appeal(s string) bool {
	s = skipMarks(s)
	if i := strings.IndexByte(s[:min(len(s), 40)], ':'); i > 0 && !strings.ContainsAny(s[:i], ".!?") {
		s = skipMarks(s[i+1:])
	}
	sp := strings.IndexByte(s, ' ')
	if sp < 3 || sp > len("investigate") || !appealFirst[s[0]|0x20] {
		return false
	}
	verb := false
	for _, v := range appealVerbs {
		if len(v) == sp && strings.EqualFold(s[:sp], v) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	switch strings.ToLower(firstWord(s[sp:])) {
	case "of", "was", "were", "is", "are", "has", "had", "to", "in", "on", "at", "":
		return false // "Release of the detainees was ordered", "End to the strike"
	}
	return true
}

// skipMarks skips the spaces, quotes, dashes and bullets a sentence may
// open with.
func skipMarks(s string) string {
	for len(s) > 0 {
		switch c := s[0]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' || c == '-' || c == '*':
			s = s[1:]
		case strings.HasPrefix(s, "“") || strings.HasPrefix(s, "‘") || strings.HasPrefix(s, "–") ||
			strings.HasPrefix(s, "—") || strings.HasPrefix(s, "•"):
			_, n := utf8.DecodeRuneInString(s)
			s = s[n:]
		default:
			return s
		}
	}
	return s
}

// openers is a list of phrases a sentence may open with, looked up by
// its first letter first: most sentences open with none, and a table of
// first letters answers for them without comparing strings.
type openers struct {
	first   [256]bool // the phrases' first letters, both cases
	phrases []string  // in lower case
}

func newOpeners(phrases ...string) *openers {
	o := &openers{phrases: phrases}
	for _, p := range phrases {
		o.first[p[0]] = true
		o.first[asciiUpperByte(p[0])] = true
	}
	return o
}

// open reports whether s opens with one of the phrases, in any case.
func (o *openers) open(s string) bool {
	if s == "" || !o.first[s[0]] {
		return false
	}
	for _, p := range o.phrases {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// asciiUpperByte is c in capitals when it is a small ASCII letter.
func asciiUpperByte(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}
