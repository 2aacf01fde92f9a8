package report_test

import (
	"testing"

	"github.com/unrest-project/unrest/internal/report"
)

func TestTelegramFixtures(t *testing.T) { runFixtures(t, "telegram") }

// FuzzTelegram checks that no input makes the Telegram reader panic or hand
// back offsets outside the input or uncleaned text.
func FuzzTelegram(f *testing.F) {
	addFuzzSeeds(f, "telegram")
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := report.Parse("fuzz.json", data, report.Options{Format: report.FormatTelegram})
		checkFuzzResult(t, r, err)
	})
}
