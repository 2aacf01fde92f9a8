package incident

import (
	"testing"
	"time"
)

// TestDayNumber checks the civil-calendar arithmetic against package
// time over four centuries of days, and rejects what is no ISO date.
func TestDayNumber(t *testing.T) {
	epoch := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	for d := time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2200; d = d.AddDate(0, 0, 1) {
		got, ok := dayNumber(d.Format(time.DateOnly))
		if want := int(d.Sub(epoch).Hours() / 24); !ok || got != want {
			t.Fatalf("%s: got %d %v, want %d", d.Format(time.DateOnly), got, ok, want)
		}
	}
	for _, bad := range []string{"", "2022-1-05", "2022/01/05", "2022-13-01", "2022-00-10", "20x2-01-05", "2022-01-5 ", "2022-02-29", "2022-04-31", "2100-02-29"} {
		if _, ok := dayNumber(bad); ok {
			t.Errorf("%q read as a date", bad)
		}
	}
}
