package timex_test

import (
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/timex"
)

// TestIndicDates reads dates in Hindi, Nepali, Marathi and Bengali:
// months and weekdays with the postpositions written apart or joined,
// Devanagari and Bengali digits, the nearest days (Hindi "कल" by the
// tense of its clause), "the next day", and a weekday or a month
// without a year turned by the tense.
func TestIndicDates(t *testing.T) {
	dec19 := time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC) // a Friday
	sep25 := time.Date(2025, 9, 10, 0, 0, 0, 0, time.UTC)  // a Wednesday
	jul24 := time.Date(2024, 7, 18, 0, 0, 0, 0, time.UTC)  // a Thursday
	cases := []struct {
		anchor    time.Time
		text      string
		want, day string
	}{
		// Hindi.
		{dec19, "लखनऊ, 19 दिसंबर 2019। शहर में धारा 144 लागू रही।", "19 दिसंबर 2019", "2019-12-19"},
		{dec19, "15 दिसम्बर को जामिया में पुलिस घुसी।", "15 दिसम्बर", "2019-12-15"},
		{dec19, "गुरुवार को हजारों छात्रों ने प्रदर्शन किया।", "गुरुवार", "2019-12-19"},
		{dec19, "छात्र सोमवार को फिर मार्च करेंगे।", "सोमवार", "2019-12-23"},
		{dec19, "कल पुलिस ने लाठीचार्ज किया।", "कल", "2019-12-19"},
		{dec19, "किसान कल फिर दिल्ली कूच करेंगे।", "कल", "2019-12-21"},
		{dec19, "आज मंडी हाउस पर धरना है।", "आज", "2019-12-20"},
		{dec19, "१६ दिसंबर को मेट्रो स्टेशन बंद रहे।", "१६ दिसंबर", "2019-12-16"},
		{dec19, "वह 15 मई को आया था।", "15 मई", "2019-05-15"},
		{dec19, "17 दिसंबर को प्रदर्शन हुआ। अगले दिन इंटरनेट बंद रहा।", "अगले दिन", "2019-12-18"},
		// Nepali: endings joined.
		{sep25, "सोमबारदेखि कर्फ्यू लगाइएको छ।", "सोमबारदेखि", "2025-09-08"},
		{sep25, "हिजो १९ जना मारिए।", "हिजो", "2025-09-09"},
		{sep25, "८ सेप्टेम्बरमा संसद भवन अगाडि प्रदर्शन भयो।", "८ सेप्टेम्बरमा", "2025-09-08"},
		{sep25, "३ जुन २०२५ मा आन्दोलन सुरु भयो।", "३ जुन २०२५", "2025-06-03"},
		{sep25, "८ सेप्टेम्बरमा प्रदर्शन भयो। भोलिपल्ट प्रधानमन्त्रीले राजीनामा दिए।", "भोलिपल्ट", "2025-09-09"},
		// Marathi.
		{sep25, "मंगळवारी मुंबईत मोर्चा निघाला.", "मंगळवारी", "2025-09-09"},
		// Bengali: digits, endings, গতকাল, পরদিন.
		{jul24, "ঢাকা, ১৬ জুলাই ২০২৪। রংপুরে পুলিশের গুলিতে একজন নিহত হন।", "১৬ জুলাই ২০২৪", "2024-07-16"},
		{jul24, "গতকাল চট্টগ্রামে সংঘর্ষ হয়েছে।", "গতকাল", "2024-07-17"},
		{jul24, "রবিবারে শাহবাগে বিক্ষোভ হয়েছে।", "রবিবারে", "2024-07-14"},
		{jul24, "১৫ জুলাই হামলা হয়। পরদিন সারা দেশে বিক্ষোভ হয়।", "পরদিন", "2024-07-16"},
		{jul24, "জুলাইয়ের ১৯ তারিখে কারফিউ জারি হয়।", "জুলাইয়ের ১৯", "2024-07-19"},
	}
	for _, c := range cases {
		checkDay(t, c.anchor, c.text, c.want, c.day)
	}
	// Nepal's Bikram Sambat dates: year first with "गते", day first,
	// without a year (the nearest, turned by the tense), a month name
	// Hindi shares only with its year or "गते".
	for _, c := range []struct{ text, want, day string }{
		{"२०८२ भदौ २३ गते संसद भवन अगाडि प्रदर्शन भयो।", "२०८२ भदौ २३", "2025-09-08"},
		{"२३ भदौ २०८२ मा कर्फ्यु लगाइयो।", "२३ भदौ २०८२", "2025-09-08"},
		{"भदौ २४ गते प्रधानमन्त्रीले राजीनामा दिए।", "भदौ २४", "2025-09-09"},
		{"माघ ५ गते हडताल भयो।", "माघ ५", "2025-01-18"},
		{"१ बैशाख २०८२ मा नयाँ वर्ष।", "१ बैशाख २०८२", "2025-04-14"},
	} {
		checkDay(t, sep25, c.text, c.want, c.day)
	}
	checkNoDate(t, sep25, "माघ ५ को कार्यक्रम।", "३२ बैशाख गते।", "२०८२ सालमा चुनाव हुनेछ।")
	// Traps: Nepali "जुन" is "which", "मे" a slip for Hindi "में" (in);
	// Bengali "তবে" (but) is no future, "কাল" alone no day.
	checkNoDate(t, sep25, "जुन दिन सरकारले प्रतिबन्ध लगायो, त्यो दिन कालो थियो।", "दिल्ली मे प्रदर्शन हुआ।")
}

// TestBikramSambatDays checks the calendar on days whose Gregorian dates
// Nepal's almanac gives: new years and the news's days.
func TestBikramSambatDays(t *testing.T) {
	tg := &timex.Tagger{}
	anchor := time.Date(2025, 9, 10, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"१ बैशाख २०७९":  "2022-04-14",
		"१ बैशाख २०८१":  "2024-04-13",
		"१ बैशाख २०८२":  "2025-04-14",
		"२३ भदौ २०८२":   "2025-09-08",
		"३२ असार २०८२":  "2025-07-16", // Asar has 32 days in 2082
		"१ पौष २०७६":    "2019-12-17",
		"३० चैत्र २०८१": "2025-04-12",
	} {
		es := tg.Tag(text, anchor)
		if len(es) != 1 || !es[0].HasSpan() || es[0].Span.Start.Format(time.DateOnly) != want {
			t.Errorf("%s: got %+v, want %s", text, es, want)
		}
	}
}

// TestIndicClock reads the hour in Hindi, Nepali, Marathi and Bengali,
// by the word after it and the part of the day before it, on the day the
// text last named (not the post's).
func TestIndicClock(t *testing.T) {
	tg := &timex.Tagger{}
	anchor := time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, want, value string }{
		{"15 दिसंबर को शाम 4 बजे पुलिस घुसी।", "4 बजे", "2019-12-15T16:00"},
		{"15 दिसंबर को सुबह 10 बजे मार्च निकला।", "10 बजे", "2019-12-15T10:00"},
		{"15 दिसंबर को रात 2 बजे छापा पड़ा।", "2 बजे", "2019-12-15T02:00"},
		{"८ सेप्टेम्बर दिउँसो ३ बजेसम्म प्रदर्शन भयो।", "३ बजेसम्म", "2019-09-08T15:00"},
		{"१५ डिसेंबर रोजी सकाळी 11 वाजता मोर्चा निघाला.", "11 वाजता", "2019-12-15T11:00"},
		{"১৫ ডিসেম্বর রাত ১১টায় হামলা হয়।", "১১টায়", "2019-12-15T23:00"},
		{"১৫ ডিসেম্বর বিকেল ৪টায় মিছিল বের হয়।", "৪টায়", "2019-12-15T16:00"},
	}
	for _, c := range cases {
		found := false
		for _, e := range tg.Tag(c.text, anchor) {
			if e.Text == c.want {
				found = true
				if e.Value != c.value {
					t.Errorf("%s: %q = %s, want %s", c.text, e.Text, e.Value, c.value)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %q in %+v", c.text, c.want, tg.Tag(c.text, anchor))
		}
	}
	// A number before other words is no hour: "4 बजट" (budgets), "4 टाका".
	checkNoDate(t, anchor, "सरकार ने 4 बजट पेश किए।", "৪ টাকা দাম বেড়েছে।")
}
