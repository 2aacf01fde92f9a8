package timex_test

import (
	"testing"
	"time"
)

// TestChronologyWeekdays: a text that tells its days with their weekdays
// and dates ("On Monday 29 July") goes on from them, bare weekday after
// bare weekday, where the last is over a week before the text's own day;
// a text of this week, or one whose last date has no weekday, reads a
// bare weekday as the last one before its day.
func TestChronologyWeekdays(t *testing.T) {
	aug8 := time.Date(2024, 8, 8, 12, 0, 0, 0, time.UTC) // a Thursday
	story := "On Monday 29 July a man attacked children. On Tuesday evening a crowd besieged the mosque. " +
		"Riot police stood outside on Tuesday night. On Thursday police made arrests."
	for _, c := range []struct{ want, day string }{
		{"Tuesday evening", "2024-07-30"},
		{"Thursday", "2024-08-01"},
		{"Tuesday night", "2024-07-30"},
	} {
		checkDay(t, aug8, story, c.want, c.day)
	}
	checkDay(t, aug8, "The riots that began on Monday 29 July went on. On Tuesday the prime minister spoke.", "Tuesday", "2024-07-30")
	// A day opening a line heads a chronology's paragraph; "the same
	// day" and "that night" go on with it.
	dec9 := time.Date(2022, 12, 9, 12, 0, 0, 0, time.UTC) // a Friday
	heading := "CHRONOLOGY\n\n25 November 2022. On Friday evening hundreds marched.\n\n" +
		"27 November 2022. Police moved in before dawn.\n\nThe same day students gathered. In Chengdu a crowd filled a street on Sunday night."
	checkDay(t, dec9, heading, "Friday evening", "2022-11-25")
	checkDay(t, dec9, heading, "Sunday night", "2022-11-27")
	// This week: the chronology is the anchor's.
	checkDay(t, aug8, "On Monday 5 August courts sat late. On Tuesday the first rioters were jailed.", "Tuesday", "2024-08-06")
	// A date without its weekday tells no chronology; "last Tuesday" is
	// the anchor's.
	checkDay(t, aug8, "Police arrested 10 people on 29 July. On Tuesday the court freed them.", "Tuesday", "2024-08-06")
	checkDay(t, aug8, "On Monday 29 July a man attacked children. Police charged him last Tuesday.", "Tuesday", "2024-08-06")
	// Over a month back, a weekday is this week's.
	checkDay(t, aug8, "On Monday 3 June the strike began. On Tuesday the union met ministers.", "Tuesday", "2024-08-06")
}

// TestThatYear: a day or a month "of that year", "that year", "the same
// year" is of the year the text last wrote out.
func TestThatYear(t *testing.T) {
	dec9 := time.Date(2022, 12, 9, 12, 0, 0, 0, time.UTC)
	checkDay(t, dec9, "The movement of 1989 was crushed in Beijing on the night of 4 June of that year.", "4 June of that year", "1989-06-04")
	checkDay(t, dec9, "The strike of 1995 began on 24 November that year.", "24 November that year", "1995-11-24")
	// A year the text did not write out tells nothing: this year's.
	checkDay(t, dec9, "Police made arrests on 24 November that year.", "24 November", "2022-11-24")
}
