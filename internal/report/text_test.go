package report_test

import (
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/report"
)

func TestTextFixtures(t *testing.T) { runFixtures(t, "text") }

func FuzzText(f *testing.F) {
	addFuzzSeeds(f, "text")
	f.Add([]byte("Title\n\nPosted By\n\nName\nJan 5 2022 23:59\n\n• \"quoted\"\n"))
	f.Add([]byte("[05.01.22 14:32] Orda.kz:\nText.\n\n[05.01.2022 18:10]\nMore.\n[ ]\n[]x\n[05.01.22 99:99] a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := report.Parse("fuzz.txt", data, report.Options{Format: report.FormatText})
		checkFuzzResult(t, r, err)
	})
}

// TestStamps checks the stamp styles people paste, one post per case.
func TestStamps(t *testing.T) {
	cases := []struct {
		header string
		author string
		want   string // RFC 3339, or a day, or "" for none
		opts   report.Options
	}{
		{"Jan 5 2022 23:59", "", "2022-01-05T23:59:00Z", report.Options{}},
		{"Jan 5, 2022, 11:59 pm", "", "2022-01-05T23:59:00Z", report.Options{}},
		{"Wednesday, January 5th 2022 at 9:05 a.m.", "", "2022-01-05T09:05:00Z", report.Options{}},
		{"5 January 2022 at 23:59", "", "2022-01-05T23:59:00Z", report.Options{}},
		{"05/01/2022 23:59", "", "2022-01-05T23:59:00Z", report.Options{}},
		{"05/01/2022 23:59", "", "2022-05-01T23:59:00Z", report.Options{DateOrder: report.DateOrderMDY}},
		{"05.01.2022 в 23:59", "", "2022-01-05T23:59:00Z", report.Options{}},
		{"2022-01-05 23:59", "", "2022-01-05T23:59:00Z", report.Options{}},
		{"2022-01-05T23:59:30+06:00", "", "2022-01-05T17:59:30Z", report.Options{}},
		{"2022-01-05 23:59 UTC+6", "", "2022-01-05T17:59:00Z", report.Options{}},
		{"Posted on 17 November 2018 at 21:04 by Jane Doe", "Jane Doe", "2018-11-17T21:04:00Z", report.Options{}},
		{"Post by kaz_worker » Wed Jan 05, 2022 11:59 pm", "kaz_worker", "2022-01-05T23:59:00Z", report.Options{}},
		{"Submitted by Ivan Petrov on Jan 5 2022 - 23:59", "Ivan Petrov", "2022-01-05T23:59:00Z", report.Options{}},
		{"Ivan Petrov, 5 января 2022 г. в 23:59", "Ivan Petrov", "2022-01-05T23:59:00Z", report.Options{}},
		{"23:59, 5 January 2022 (UTC)", "", "2022-01-05T23:59:00Z", report.Options{}},
		{"Aigerim wrote:", "Aigerim", "", report.Options{}},
		{">> Posted by GalleFaceGirl on 09 Jul 2022, 14:20", "GalleFaceGirl", "2022-07-09T14:20:00Z", report.Options{}},
		{"Jan 5 2022 23:59", "", "2022-01-05T17:59:00Z", report.Options{Location: time.FixedZone("ALMT", 6*3600)}},
		// Telegram's copied messages and chat logs: a bracketed stamp,
		// alone or before the author.
		{"[05.01.2022 14:32]", "", "2022-01-05T14:32:00Z", report.Options{}},
		{"[05.01.22 14:32] Orda.kz:", "Orda.kz", "2022-01-05T14:32:00Z", report.Options{}},
	}
	for _, c := range cases {
		t.Run(c.header, func(t *testing.T) {
			in := "Opening post of the thread.\n\n" + c.header + "\n\nSecond post text.\n"
			r, err := report.Parse("t.txt", []byte(in), c.opts)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Posts) != 2 {
				t.Fatalf("got %d posts, want 2: %+v", len(r.Posts), r.Posts)
			}
			p := r.Posts[1]
			if p.Text != "Second post text." || p.Author != c.author {
				t.Errorf("post = %q by %q, want %q by %q", p.Text, p.Author, "Second post text.", c.author)
			}
			got := ""
			switch p.Precision {
			case report.PrecisionMinute:
				got = p.Published.Format(time.RFC3339)
			case report.PrecisionDay:
				got = p.Published.Format(time.DateOnly)
			}
			if got != c.want {
				t.Errorf("published = %q (%s), want %q", got, p.Precision, c.want)
			}
		})
	}
}

// TestNotStamps checks lines that look like stamps but head no post.
func TestNotStamps(t *testing.T) {
	for _, line := range []string{
		"3 January 2022", // a dated heading in running text
		"On 5 January 2022 at 23:59 the police moved in.", // a sentence
		"The crowd wrote: enough!",                        // not a name
		"31/02/2022 10:00",                                // no such day
		"2022-13-01 10:00",                                // no such month
		"Jan 5 1022 10:00",                                // not a plausible year
		"[05.01.2022] the date of the decree",             // a bracketed day with no time, and a sentence
	} {
		in := "First paragraph of the article.\n\n" + line + "\n\nMore text.\n"
		r, err := report.Parse("t.txt", []byte(in), report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Posts) != 1 || r.Posts[0].HasTime() {
			t.Errorf("%q: got %d posts (first dated %v), want one undated post", line, len(r.Posts), r.Posts[0].Published)
		}
	}
}

// TestTitleEndsSentence: a first line that ends with the full stop of
// another script (the danda, the Urdu ۔, the Armenian ։) is a sentence,
// not a title, and stays in the post; one without is a title.
func TestTitleEndsSentence(t *testing.T) {
	for text, wantTitle := range map[string]bool{
		"पटना में शनिवार को हजारों शिक्षकों ने प्रदर्शन किया।\n": false,
		"ঢাকায় হাজারো শিক্ষার্থী বিক্ষোভ করেছে।\n":              false,
		"لاہور میں ہزاروں افراد نے احتجاج کیا۔\n":                false,
		"Երևանում հազարավոր ցուցարարներ երթ անցկացրեցին։\n":      false,
		"पटना में शिक्षकों का प्रदर्शन\n\nहजारों शिक्षक जुटे।\n": true,
	} {
		r, err := report.Parse("t.txt", []byte(text), report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Title != ""; got != wantTitle {
			t.Errorf("%q: title %q, want a title: %v", text, r.Title, wantTitle)
		}
		if len(r.Posts) == 0 || r.Posts[0].Text == "" {
			t.Errorf("%q: the text is in no post", text)
		}
	}
}
