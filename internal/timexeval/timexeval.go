package timexeval

import (
	"time"
	"unicode/utf8"
)

// Timex is one temporal expression: a span of the plain text in Unicode code
// points, its TimeML type and value.
type Timex struct {
	Start, End int    // code points of Document.Text, [Start, End)
	Type       string // DATE, TIME, DURATION, SET
	Value      string // TimeML value: 2013-03-22, 2013-W12, P2W, PAST_REF, 2013-03-22TEV …
}

// Tagger is what the benchmark runs: text and the document creation time
// (DCT) in, expressions out. Spans are code points of text.
type Tagger interface {
	Tag(text string, dct time.Time) []Timex
}

// TaggerFunc lets an ordinary function serve as a [Tagger].
type TaggerFunc func(text string, dct time.Time) []Timex

// Tag calls f.
func (f TaggerFunc) Tag(text string, dct time.Time) []Timex { return f(text, dct) }

// Types are the four TIMEX3 types of TimeML, in the order reports list them.
var Types = [...]string{"DATE", "TIME", "DURATION", "SET"}

// Document is one TimeML file as a tagger sees it, with its gold annotations.
type Document struct {
	ID   string    // the DOCID element, or the file name without .tml
	File string    // the file name given to [Decode]
	DCT  time.Time // document creation time, a day at 00:00 UTC
	// Text is the character data of the TEXT element with every tag removed
	// and entities decoded, exactly what [Tagger.Tag] receives.
	Text string
	// Gold holds the TIMEX3 elements inside TEXT in document order, with
	// code-point offsets into Text.
	Gold []Timex
}

// Span returns the text of Document.Text in [start, end) code points,
// clamped to the text; "" when the range is empty.
func (d *Document) Span(start, end int) string {
	return span(d.Text, start, end)
}

// span returns text[start:end) in code points, clamped to the text.
func span(text string, start, end int) string {
	start = max(0, start)
	if start >= end {
		return ""
	}
	i, from, to := 0, len(text), len(text)
	for b := range text {
		if i == start {
			from = b
		}
		if i == end {
			to = b
			break
		}
		i++
	}
	if from > to {
		return ""
	}
	return text[from:to]
}

// Len returns the length of Text in code points.
func (d *Document) Len() int { return utf8.RuneCountInString(d.Text) }

// Dataset is a folder of TimeML documents, sorted by file name.
type Dataset struct {
	Dir  string
	Docs []*Document
}

// GoldCounts returns the number of gold expressions of each type; the key
// "" holds the total.
func (ds *Dataset) GoldCounts() map[string]int {
	n := map[string]int{}
	for _, d := range ds.Docs {
		for _, g := range d.Gold {
			n[g.Type]++
			n[""]++
		}
	}
	return n
}
