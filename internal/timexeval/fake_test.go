package timexeval_test

import (
	"time"

	"github.com/unrest-project/unrest/internal/timexeval"
)

// fakeTagger returns fixed expressions for each known text, nothing for
// others, and records the DCTs it was given.
type fakeTagger struct {
	out  map[string][]timexeval.Timex
	dcts []time.Time
}

func (f *fakeTagger) Tag(text string, dct time.Time) []timexeval.Timex {
	f.dcts = append(f.dcts, dct)
	return f.out[text]
}

// fixtureTagger answers the two testdata documents. Against the gold it
// gives, by hand:
//
//	fix_one: yesterday   exact, right value and type
//	         for three hours  overlaps "three hours", right value and type
//	         next week   exact, wrong value (2020-W21)
//	         10 a.m.     not predicted (missed TIME)
//	         Crowds      spurious DATE
//	two:     every week  exact, right value, wrong type (DURATION for SET)
//	         this        overlaps "this year", right value and type
//	         [50,40)     invalid span, DATE: spurious
func fixtureTagger(ds *timexeval.Dataset) *fakeTagger {
	return &fakeTagger{out: map[string][]timexeval.Timex{
		ds.Docs[0].Text: {
			{Start: 29, End: 38, Type: "DATE", Value: "2020-05-03"},
			{Start: 39, End: 54, Type: "DURATION", Value: "PT3H"},
			{Start: 68, End: 77, Type: "DATE", Value: "2020-W21"},
			{Start: 0, End: 6, Type: "DATE", Value: "2020-05-04"},
		},
		ds.Docs[1].Text: {
			{Start: 16, End: 26, Type: "DURATION", Value: "p1w"},
			{Start: 33, End: 37, Type: "DATE", Value: "2021"},
			{Start: 50, End: 40, Type: "DATE", Value: "2021"},
		},
	}}
}
