package timex

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// Sentence is one row of a sentence set (testdata/sentences.tsv): a
// sentence, the day it is read on, and the span of days its date covers.
type Sentence struct {
	ID        string
	Reference time.Time
	Text      string
	Gold      Span
	Note      string
}

// ReadSentences reads a sentence set: a header line, then rows of id,
// reference, sentence, gold_start, gold_end, note separated by tabs.
func ReadSentences(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var out []Sentence
	line := 0
	for sc.Scan() {
		line++
		if line == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 5 {
			return nil, fmt.Errorf("%s:%d: %d fields, want 6", name, line, len(f))
		}
		ref, err1 := time.Parse(time.DateOnly, f[1])
		gs, err2 := time.Parse(time.DateOnly, f[3])
		ge, err3 := time.Parse(time.DateOnly, f[4])
		if err1 != nil || err2 != nil || err3 != nil {
			return nil, fmt.Errorf("%s:%d: a date is not YYYY-MM-DD", name, line)
		}
		s := Sentence{ID: f[0], Reference: ref, Text: f[2], Gold: Span{gs, ge}}
		if len(f) > 5 {
			s.Note = f[5]
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	return out, nil
}

// MainSpan is the span a sentence's date resolves to: that of its first
// expression that covers known days ("two days later" does, as a
// duration pointing from the last date; "for six months" does not), or
// false.
func (tg *Tagger) MainSpan(text string, ref time.Time) (Span, bool) {
	for _, e := range tg.Tag(text, ref) {
		if e.HasSpan() {
			return e.Span, true
		}
	}
	return Span{}, false
}
