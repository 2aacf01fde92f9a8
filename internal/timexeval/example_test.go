package timexeval_test

import (
	"fmt"
	"regexp"
	"time"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/timexeval"
)

// yearTagger tags each match of re as a DATE whose value is the match.
func yearTagger(re *regexp.Regexp) func(string, time.Time) []timexeval.Timex {
	return func(text string, _ time.Time) []timexeval.Timex {
		var out []timexeval.Timex
		for _, m := range re.FindAllStringIndex(text, -1) {
			// Byte offsets to code points.
			start := utf8.RuneCountInString(text[:m[0]])
			end := start + utf8.RuneCountInString(text[m[0]:m[1]])
			out = append(out, timexeval.Timex{Start: start, End: end, Type: "DATE", Value: text[m[0]:m[1]]})
		}
		return out
	}
}

// Example scores a tagger that knows one word: "yesterday", the day
// before the document creation time.
func Example() {
	ds, err := timexeval.Load("testdata")
	if err != nil {
		fmt.Println(err)
		return
	}
	yesterday := regexp.MustCompile(`\byesterday\b`)
	tagger := timexeval.TaggerFunc(func(text string, dct time.Time) []timexeval.Timex {
		var out []timexeval.Timex
		for _, m := range yesterday.FindAllStringIndex(text, -1) {
			start := utf8.RuneCountInString(text[:m[0]])
			out = append(out, timexeval.Timex{Start: start, End: start + 9, Type: "DATE", Value: dct.AddDate(0, 0, -1).Format(time.DateOnly)})
		}
		return out
	})
	rep := timexeval.Run(ds, tagger)
	for _, s := range rep.Scopes {
		fmt.Printf("%s: relaxed F1 %.2f, value F1 %.2f\n", s.Scope, s.Scores.Relaxed.F1, s.Scores.Value.F1)
	}
	// Output:
	// all: relaxed F1 0.29, value F1 0.29
	// DATE: relaxed F1 0.50, value F1 0.50
}
