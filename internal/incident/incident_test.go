package incident_test

import (
	"fmt"
	"testing"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/incident"
)

func n(v int) *int { return &v }

// told numbers the passages of the records ev makes, so that each is its
// own sentence.
var told int

func ev(typ extract.Type, start, end string, place extract.Place, assumed bool, killed *int) extract.Event {
	told++
	text := fmt.Sprintf("passage %d: %s %s %s", told, typ, place.Name, start)
	return extract.Event{Type: typ, Date: extract.DateSpan{Start: start, End: end}, Place: place, Assumed: assumed,
		Fatalities: killed, Evidence: []extract.Evidence{{Post: 0, Text: text}}}
}

var (
	almaty    = extract.Place{Name: "Almaty", Precision: extract.PlaceCity, GeonamesID: 1526384, Country: "KZ", Admin1Code: "KZ.02"}
	aktau     = extract.Place{Name: "Aktau", Precision: extract.PlaceCity, GeonamesID: 610612, Country: "KZ", Admin1Code: "KZ.09"}
	mangystau = extract.Place{Name: "Mangystau", Precision: extract.PlaceAdmin1, GeonamesID: 608879, Country: "KZ", Admin1Code: "KZ.09"}
	kz        = extract.Place{Name: "Kazakhstan", Precision: extract.PlaceCountry, Country: "KZ"}
)

func TestMerge(t *testing.T) {
	got := incident.Merge([]extract.Event{
		ev(extract.Repression, "2022-01-05", "2022-01-05", almaty, false, n(10)),
		ev(extract.Repression, "2022-01-05", "2022-01-06", almaty, false, n(4)), // same event, smaller count
		ev(extract.Repression, "2022-01-08", "2022-01-08", almaty, true, nil),   // assumed day, three days on
		ev(extract.Repression, "2022-01-20", "2022-01-20", almaty, false, nil),  // another event
		ev(extract.Protest, "2022-01-04", "2022-01-04", aktau, false, nil),
		ev(extract.Protest, "2022-01-04", "2022-01-05", mangystau, false, nil), // region of a city record: dropped
		ev(extract.Protest, "2022-01-04", "2022-01-05", kz, false, nil),        // a country summary stays
	})
	if len(got) != 4 {
		for _, e := range got {
			t.Logf("%s %s %s..%s", e.Type, e.Place.Name, e.Date.Start, e.Date.End)
		}
		t.Fatalf("got %d events, want 4", len(got))
	}
	var rep extract.Event
	for _, e := range got {
		if e.Type == extract.Repression && e.Date.Start == "2022-01-05" {
			rep = e
		}
	}
	if len(rep.Evidence) != 3 || rep.Fatalities == nil || *rep.Fatalities != 4 || rep.Date.End != "2022-01-05" {
		t.Errorf("merged repression = %+v (want 3 evidences, 4 killed, 2022-01-05)", rep)
	}
	for _, e := range got {
		if e.Place.Precision == extract.PlaceAdmin1 {
			t.Errorf("the Mangystau record should give way to Aktau's: %+v", e)
		}
		if e.Type == extract.Protest && e.Place.Name == "Aktau" && (len(e.Evidence) != 2 || e.Sources != 1) {
			t.Errorf("Aktau's protest should keep the Mangystau telling as evidence: %+v", e)
		}
	}
}

// TestMergeUnsaid: a record placed only at its country because its
// sentence named no place joins a stated one of that type in the country;
// a reference back ("the protests") corroborates and never stands alone.
func TestMergeUnsaid(t *testing.T) {
	unplaced := ev(extract.Riot, "2022-01-05", "2022-01-05", kz, true, nil)
	unplaced.Unplaced = true
	ref := ev(extract.Protest, "2022-01-07", "2022-01-07", kz, true, nil)
	ref.Mention, ref.Evidence = true, []extract.Evidence{{Post: 3, Text: "the protests"}}
	orphan := ev(extract.Strike, "2022-01-07", "2022-01-07", kz, true, nil)
	orphan.Mention, orphan.Unplaced = true, true
	placed := ev(extract.Strike, "2022-01-07", "2022-01-07", aktau, true, nil)
	placed.Mention = true // "the strike in Aktau": the only telling, it stands
	got := incident.Merge([]extract.Event{
		unplaced,
		ev(extract.Riot, "2022-01-05", "2022-01-06", almaty, false, nil),
		ev(extract.Protest, "2022-01-04", "2022-01-04", aktau, false, nil),
		ref,
		orphan,
		placed,
	})
	if len(got) != 3 {
		for _, e := range got {
			t.Logf("%s %s %s..%s", e.Type, e.Place.Name, e.Date.Start, e.Date.End)
		}
		t.Fatalf("got %d events, want 3 (riot in Almaty, protest and strike in Aktau)", len(got))
	}
	for _, e := range got {
		switch e.Type {
		case extract.Riot:
			if e.Place.Name != "Almaty" || e.Sources != 1 || len(e.Evidence) != 2 || e.Date.Start != "2022-01-05" {
				t.Errorf("riot = %+v, want Almaty from 2022-01-05 with both evidences", e)
			}
		case extract.Protest:
			if e.Place.Name != "Aktau" || e.Sources != 2 {
				t.Errorf("protest = %+v, want Aktau corroborated by post 3", e)
			}
		case extract.Strike:
			if e.Place.Name != "Aktau" {
				t.Errorf("strike = %+v: a reference back to nothing told stands only with a place of its own", e)
			}
		}
	}
}

// TestMergeSamePassage: one sentence that named a city and its region
// gives two records of one event; merged, the passage is kept once.
func TestMergeSamePassage(t *testing.T) {
	a := ev(extract.Protest, "2022-01-04", "2022-01-04", aktau, false, nil)
	b := a
	b.Place = mangystau
	got := incident.Merge([]extract.Event{a, b})
	if len(got) != 1 || len(got[0].Evidence) != 1 || got[0].Place.Name != "Aktau" {
		t.Errorf("got %+v, want one Aktau record with one passage", got)
	}
}

// TestMergeCarried: a date carried from an earlier sentence joins a
// stated one of another post up to three days away, and the stated one
// wins.
func TestMergeCarried(t *testing.T) {
	carried := ev(extract.Repression, "2022-01-03", "2022-01-03", almaty, false, n(10))
	carried.Carried = true
	carried.Evidence[0].Post = 1
	got := incident.Merge([]extract.Event{carried, ev(extract.Repression, "2022-01-05", "2022-01-06", almaty, false, nil)})
	if len(got) != 1 || got[0].Date.Start != "2022-01-05" || got[0].Fatalities == nil || *got[0].Fatalities != 10 {
		t.Errorf("got %+v, want one record of 2022-01-05..06 with 10 killed", got)
	}
	// In one post, the carried day is the post's own telling: two events.
	carried = ev(extract.Repression, "2022-01-03", "2022-01-03", almaty, false, n(10))
	carried.Carried = true
	got = incident.Merge([]extract.Event{carried, ev(extract.Repression, "2022-01-05", "2022-01-06", almaty, false, nil)})
	if len(got) != 2 {
		t.Errorf("got %d records, want the carried day of a post apart from the stated day after it", len(got))
	}
}

// TestMergeCarriedApart: two dates each carried from a day the text
// named are as good as stated: three days apart, two events.
func TestMergeCarriedApart(t *testing.T) {
	a := ev(extract.Protest, "2013-06-17", "2013-06-17", almaty, false, nil)
	b := ev(extract.Protest, "2013-06-20", "2013-06-20", almaty, false, nil)
	a.Carried, b.Carried = true, true
	if got := incident.Merge([]extract.Event{a, b}); len(got) != 2 {
		t.Errorf("got %d records, want the protests of the 17th and the 20th apart", len(got))
	}
}

// TestMergeUnplacedKeepsDay: a record that names no place joins a placed
// one near its day but does not move that day, unless the placed one's
// day was only assumed.
func TestMergeUnplacedKeepsDay(t *testing.T) {
	placed := ev(extract.Protest, "2013-06-17", "2013-06-17", almaty, false, nil)
	placed.Carried = true
	vague := ev(extract.Protest, "2013-06-19", "2013-06-19", kz, false, nil)
	vague.Unplaced = true
	vague.Evidence[0].Post = 1
	got := incident.Merge([]extract.Event{placed, vague})
	if len(got) != 1 || got[0].Date.Start != "2013-06-17" || got[0].Place.Name != "Almaty" {
		t.Errorf("got %+v, want the Almaty protest of the 17th", got)
	}
	assumed := ev(extract.Protest, "2013-06-20", "2013-06-20", almaty, true, nil)
	vague = ev(extract.Protest, "2013-06-19", "2013-06-19", kz, false, nil)
	vague.Unplaced = true
	got = incident.Merge([]extract.Event{assumed, vague})
	if len(got) != 1 || got[0].Date.Start != "2013-06-19" || got[0].Place.Name != "Almaty" {
		t.Errorf("got %+v, want the Almaty protest on the stated 19th", got)
	}
}

// TestMergeSamePostDays: one post, or two, that date acts on two days
// running tell two events (two days of a protest); a state told on both
// days is one, as are two posts whose day of one was carried.
func TestMergeSamePostDays(t *testing.T) {
	a := ev(extract.Repression, "2019-07-01", "2019-07-01", almaty, false, nil)
	b := ev(extract.Repression, "2019-07-02", "2019-07-02", almaty, false, nil)
	if got := incident.Merge([]extract.Event{a, b}); len(got) != 2 {
		t.Errorf("repression on two days of one post: %d records, want 2", len(got))
	}
	b.Evidence[0].Post = 1
	if got := incident.Merge([]extract.Event{a, b}); len(got) != 2 {
		t.Errorf("repression on two days of two posts: %d records, want 2", len(got))
	}
	b.Carried = true
	if got := incident.Merge([]extract.Event{a, b}); len(got) != 1 {
		t.Errorf("repression on a day and a day carried the day after, two posts: %d records, want 1", len(got))
	}
	c := ev(extract.Deployment, "2019-07-01", "2019-07-01", almaty, false, nil)
	d := ev(extract.Deployment, "2019-07-02", "2019-07-02", almaty, false, nil)
	if got := incident.Merge([]extract.Event{c, d}); len(got) != 1 {
		t.Errorf("troops deployed two days running: %d records, want 1", len(got))
	}
	// A live blog: the home minister resigns one evening, the prime
	// minister the next day.
	e := ev(extract.GovernmentChange, "2025-09-08", "2025-09-08", kz, false, nil)
	f := ev(extract.GovernmentChange, "2025-09-09", "2025-09-09", kz, false, nil)
	if got := incident.Merge([]extract.Event{e, f}); len(got) != 2 {
		t.Errorf("two resignations on two days of one post: %d records, want 2", len(got))
	}
}

// TestMergeLendsCounts: a reference back to a told event lends it what it
// says ("the riots left 3 dead"), not its date or place.
func TestMergeLendsCounts(t *testing.T) {
	told := ev(extract.Riot, "2022-01-05", "2022-01-05", almaty, false, nil)
	ref := ev(extract.Riot, "2022-01-07", "2022-01-07", almaty, true, n(3))
	ref.Mention, ref.Actors = true, []string{"police"}
	got := incident.Merge([]extract.Event{told, ref})
	if len(got) != 1 || got[0].Fatalities == nil || *got[0].Fatalities != 3 || got[0].Date.Start != "2022-01-05" ||
		len(got[0].Actors) != 1 {
		t.Errorf("got %+v, want the riot of 2022-01-05 with 3 killed and the police named", got)
	}
}

// BenchmarkMergeOneEventManyTimes: one event told n times merges in time
// about linear in n (the passages and posts a record has are kept in
// sets, not searched).
func BenchmarkMergeOneEventManyTimes(b *testing.B) {
	for _, n := range []int{1000, 8000} {
		records := make([]extract.Event, n)
		for i := range records {
			records[i] = ev(extract.Protest, "2022-01-05", "2022-01-05", almaty, false, nil)
			records[i].Evidence[0].Post = i
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if got := incident.Merge(records); len(got) != 1 || got[0].Sources != n {
					b.Fatalf("got %d records", len(got))
				}
			}
		})
	}
}

// TestMergeAssumedDayInVagueSpan: a day only assumed from its post ("BREAKING:
// Sonko has been arrested") that lies inside a week another telling gives
// ("his arrest last week") is the finer date and stands.
func TestMergeAssumedDayInVagueSpan(t *testing.T) {
	a := ev(extract.Arrests, "2021-03-03", "2021-03-03", almaty, true, nil)
	b := ev(extract.Arrests, "2021-03-01", "2021-03-07", almaty, false, nil)
	for _, order := range [][]extract.Event{{a, b}, {b, a}} {
		got := incident.Merge(order)
		if len(got) != 1 || got[0].Date.Start != "2021-03-03" || got[0].Date.End != "2021-03-03" {
			t.Errorf("merged %+v, want one record on 2021-03-03", got)
		}
	}
	// An assumed day outside the stated span, or a stated one day: the
	// stated date stands, as before.
	c := ev(extract.Arrests, "2021-03-04", "2021-03-04", almaty, false, nil)
	if got := incident.Merge([]extract.Event{a, c}); len(got) != 1 || got[0].Date.Start != "2021-03-04" {
		t.Errorf("merged %+v, want the stated 2021-03-04", got)
	}
}

// TestMergeMeasures: a ban on a march and the curfew of the next day are
// two measures; a curfew and a state of emergency told a day apart are
// one.
func TestMergeMeasures(t *testing.T) {
	with := func(e extract.Event, text string) extract.Event {
		e.Evidence = []extract.Evidence{{Post: 0, Text: text}}
		return e
	}
	got := incident.Merge([]extract.Event{
		with(ev(extract.StateOfEmergency, "2022-01-04", "2022-01-04", almaty, false, nil), "The city banned the march."),
		with(ev(extract.StateOfEmergency, "2022-01-05", "2022-01-05", almaty, false, nil), "A curfew comes into force tonight."),
		with(ev(extract.StateOfEmergency, "2022-01-06", "2022-01-06", almaty, false, nil), "A state of emergency was declared."),
	})
	if len(got) != 2 {
		t.Fatalf("got %d records, want 2 (the ban; the curfew with the emergency): %+v", len(got), got)
	}
}

// TestMergeCarriedDayInWeek: a day carried from an entry's heading is
// finer than "this week" stated beside it, in either order.
func TestMergeCarriedDayInWeek(t *testing.T) {
	day := ev(extract.Repression, "2025-07-28", "2025-07-28", almaty, false, nil)
	day.Carried = true
	week := ev(extract.Repression, "2025-07-28", "2025-08-03", almaty, false, nil)
	for _, in := range [][]extract.Event{{day, week}, {week, day}} {
		got := incident.Merge(in)
		if len(got) != 1 || got[0].Date != (extract.DateSpan{Start: "2025-07-28", End: "2025-07-28"}) {
			t.Errorf("merged %+v, want one record on 2025-07-28", got)
		}
	}
}
