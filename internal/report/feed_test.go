package report_test

import (
	"testing"

	"github.com/unrest-project/unrest/internal/report"
)

func TestFeedFixtures(t *testing.T) { runFixtures(t, "feed") }

// FuzzFeed checks that no input makes the feed reader panic or hand back
// offsets outside the input or uncleaned text.
func FuzzFeed(f *testing.F) {
	addFuzzSeeds(f, "feed")
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := report.Parse("fuzz.xml", data, report.Options{Format: report.FormatFeed})
		checkFuzzResult(t, r, err)
	})
}
