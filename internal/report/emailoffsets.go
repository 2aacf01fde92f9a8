package report

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Offsets. Posts carry byte offsets into Report.Input, the input decoded
// to UTF-8, but the message is parsed from the raw bytes and each part is
// decoded again by its own charset and transfer encoding. These types carry
// an offset back through those steps.

// buf holds bytes a message or part is parsed from and the way from an
// offset in them back to an offset of Report.Input.
type buf struct {
	b   []byte
	pos *posMap // when set, b[i] came from Report.Input at pos.at(i)
	// Otherwise (the bytes were decoded from base64 or quoted-printable)
	// every offset stands for the whole span [lo, hi) they were decoded from.
	lo, hi int
}

func (b *buf) textPos(i int) int {
	if b.pos != nil {
		return b.pos.at(i)
	}
	return b.lo
}

func (b *buf) textSpan(i, j int) (int, int) {
	if b.pos != nil {
		return b.pos.at(i), b.pos.at(j)
	}
	return b.lo, b.hi
}

// posMap maps offsets in the parsed bytes to offsets in the decoded input.
type posMap struct {
	n     int         // len(Report.Input), to clamp to
	runes *runeCursor // set when each parsed byte became one rune of the input
}

func (p *posMap) at(i int) int {
	if p.runes != nil {
		return p.runes.byteAt(i)
	}
	return min(max(i, 0), p.n)
}

// runeCursor walks a string by runes in either direction from where it
// last stopped, so that a message's queries, which mostly move forward and
// only now and then jump back to the start of a part, cost time in
// proportion to the distance moved.
type runeCursor struct {
	s    string
	b, n int // s[:b] holds n runes
}

func (c *runeCursor) forward() {
	_, size := utf8.DecodeRuneInString(c.s[c.b:])
	c.b += size
	c.n++
}

func (c *runeCursor) back() {
	_, size := utf8.DecodeLastRuneInString(c.s[:c.b])
	c.b -= size
	c.n--
}

// byteAt returns the byte offset of the n-th rune (len(s) past the end).
func (c *runeCursor) byteAt(n int) int {
	for c.n > n && c.b > 0 {
		c.back()
	}
	for c.n < n && c.b < len(c.s) {
		c.forward()
	}
	return c.b
}

// runesIn returns the number of runes in s[:b].
func (c *runeCursor) runesIn(b int) int {
	for c.b > b && c.b > 0 {
		c.back()
	}
	for c.b < b && c.b < len(c.s) {
		c.forward()
	}
	return c.n
}

// newSourceBuf picks the bytes to parse. Usually that is the raw input,
// whose offsets are those of the decoded input (UTF-8 or ASCII), are 3 off
// (a UTF-8 byte-order mark), or count runes of it (the input was decoded
// from a single-byte charset). For input in UTF-16 or a multi-byte legacy
// charset, the raw bytes are no ASCII-compatible message, so the decoded
// text is parsed instead; its 8-bit parts are then already UTF-8.
func newSourceBuf(in *input) (*buf, bool) {
	raw, text := in.raw, in.text
	n := len(text)
	switch {
	case string(raw) == text:
		return &buf{b: raw, pos: &posMap{n: n}}, false
	case bytes.HasPrefix(raw, []byte("\xEF\xBB\xBF")) && string(raw[3:]) == text:
		return &buf{b: raw[3:], pos: &posMap{n: n}}, false
	case utf8.RuneCountInString(text) == len(raw):
		return &buf{b: raw, pos: &posMap{n: n, runes: &runeCursor{s: text}}}, false
	}
	return &buf{b: []byte(text), pos: &posMap{n: n}}, true
}

// bodyMapper maps offsets in a part's decoded text to Report.Input.
type bodyMapper struct {
	kind   int
	buf    *buf
	base   int // offset of the part body in buf.b
	lo, hi int // the part body's span in Report.Input
	cur    runeCursor
}

const (
	mapWhole = iota // every line spans the part body
	mapExact        // the text is the part's bytes
	mapRunes        // each byte of the part became one rune of the text
)

func (m *bodyMapper) span(i, j int) (int, int) {
	switch m.kind {
	case mapExact:
		return m.buf.textSpan(m.base+i, m.base+j)
	case mapRunes:
		a := m.cur.runesIn(i)
		b := m.cur.runesIn(j)
		return m.buf.textSpan(m.base+a, m.base+b)
	}
	return m.lo, m.hi
}

// linesOf splits decoded text into lines with their spans.
func linesOf(text string, m *bodyMapper) []bodyLine {
	var lines []bodyLine
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		next := len(text)
		if j >= 0 {
			j += i
			next = j + 1
		} else {
			j = len(text)
		}
		s := strings.TrimSuffix(text[i:j], "\r")
		start, end := m.span(i, i+len(s))
		lines = append(lines, bodyLine{s: s, start: start, end: end})
		i = next
	}
	return lines
}
