package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/store"
)

// runEvents runs the event half of the suite.
func runEvents(t *testing.T, open func(t *testing.T) store.Store) {
	t.Run("EventRoundTrip", func(t *testing.T) { testEventRoundTrip(t, open(t)) })
	t.Run("EventsMergeAcrossReports", func(t *testing.T) { testMergeAcrossReports(t, open(t)) })
	t.Run("EventsKeptApart", func(t *testing.T) { testKeptApart(t, open(t)) })
	t.Run("EventsOfOneReportKeptApart", func(t *testing.T) { testOneReportApart(t, open(t)) })
	t.Run("EventCountsTakeTheSmaller", func(t *testing.T) { testCountsSmaller(t, open(t)) })
	t.Run("EventAssumedDateKept", func(t *testing.T) { testAssumedKept(t, open(t)) })
	t.Run("EventsSavedOncePerReport", func(t *testing.T) { testEventsIdempotent(t, open(t)) })
	t.Run("EventsInvalid", func(t *testing.T) { testEventsInvalid(t, open(t)) })
	t.Run("EventFilters", func(t *testing.T) { testEventFilters(t, open(t)) })
	t.Run("EventsConcurrent", func(t *testing.T) { testEventsConcurrent(t, open(t)) })
	t.Run("EventPlaceRefinedAcrossReports", func(t *testing.T) { testPlaceRefined(t, open(t)) })
}

// Places of the event samples.
var (
	Minsk = extract.Place{Name: "Minsk", Precision: extract.PlaceCity, GeonamesID: 625144, Country: "BY",
		Admin1Code: "BY.HM", Lat: 53.9, Lon: 27.56667}
	Salihorsk = extract.Place{Name: "Salihorsk", Precision: extract.PlaceCity, GeonamesID: 622428, Country: "BY",
		Admin1Code: "BY.MI", Lat: 52.7876, Lon: 27.5415}
	Antwerp = extract.Place{Name: "Antwerpen", Precision: extract.PlaceCity, GeonamesID: 2803138, Country: "BE",
		Admin1Code: "BE.VLG", Lat: 51.22047, Lon: 4.40026}
)

// MinskRegion is the region around Minsk (not the city's own division),
// and Belarus the country, for merges across precisions.
var (
	MinskRegion = extract.Place{Name: "Minsk Region", Precision: extract.PlaceAdmin1, GeonamesID: 625143, Country: "BY",
		Admin1Code: "BY.HM", Lat: 53.9, Lon: 27.5}
	Belarus = extract.Place{Name: "Belarus", Precision: extract.PlaceCountry, Country: "BY", Lat: 53, Lon: 28}
)

// SampleEvent returns an event of one type at place over [start, end],
// read from one sentence of the given post.
func SampleEvent(typ extract.Type, place extract.Place, start, end string, post int) extract.Event {
	text := fmt.Sprintf("A %s in %s on %s.", typ, place.Name, start)
	return extract.Event{
		Type:     typ,
		Date:     extract.DateSpan{Start: start, End: end},
		Place:    place,
		Evidence: []extract.Evidence{{Post: post, Text: text, Start: 10 * post, End: 10*post + len(text)}},
		Sources:  1,
	}
}

func intp(n int) *int { return &n }

// saveReport stores Sample(n) and returns its id.
func saveReport(t *testing.T, s store.Store, n int) int64 {
	t.Helper()
	saved, err := s.SaveReport(context.Background(), Sample(n))
	if err != nil {
		t.Fatal(err)
	}
	return saved.ID
}

func saveEvents(t *testing.T, s store.Store, reportID int64, events ...extract.Event) store.EventsSaved {
	t.Helper()
	saved, err := s.SaveEvents(context.Background(), reportID, events)
	if err != nil {
		t.Fatalf("save events of report %d: %v", reportID, err)
	}
	return saved
}

func listEvents(t *testing.T, s store.Store, f store.EventFilter) []store.StoredEvent {
	t.Helper()
	list, err := s.Events(context.Background(), f)
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	return list
}

// testEventRoundTrip: every field of an event comes back as saved, and
// the evidence says which report it was read from.
func testEventRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	rid := saveReport(t, s, 1)
	in := SampleEvent(extract.Strike, Antwerp, "2025-03-03", "2025-03-04", 0)
	in.Evidence = append(in.Evidence, extract.Evidence{Post: 1, Text: "Они бастуют.", Start: 70, End: 82})
	in.Fatalities, in.Injured, in.Arrested, in.Participants = intp(0), nil, intp(40), intp(2000)
	in.Actors = []string{"workers", "police"}
	in.Demands = []string{"labor wage dispute"}
	in.ClaimedBy, in.Carried = "the port authority", true
	saved := saveEvents(t, s, rid, in)
	if saved.Created != 1 || saved.Merged != 0 || saved.Skipped || len(saved.IDs) != 1 {
		t.Fatalf("saved = %+v, want one created", saved)
	}
	if in.Evidence[0].Report != 0 {
		t.Errorf("SaveEvents changed the caller's evidence: %+v", in.Evidence[0])
	}
	got, err := s.Event(ctx, saved.IDs[0])
	if err != nil {
		t.Fatal(err)
	}
	want := in
	want.Evidence = nil
	for _, x := range in.Evidence {
		x.Report = rid
		want.Evidence = append(want.Evidence, x)
	}
	want.Sources = 2
	if got.ID != saved.IDs[0] || !reflect.DeepEqual(got.Event, want) {
		t.Errorf("event %d =\n%+v\nwant\n%+v", got.ID, got.Event, want)
	}
	list := listEvents(t, s, store.EventFilter{})
	if len(list) != 1 || !reflect.DeepEqual(list[0], *got) {
		t.Errorf("Events = %+v, want [%+v]", list, *got)
	}
	if _, err := s.Event(ctx, 4242); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Event(4242) error = %v, want ErrNotFound", err)
	}
}

// testMergeAcrossReports: two reports tell one protest in Minsk on
// overlapping days; the stored event keeps the evidence of both, counts
// two sources, narrows to the days both agree on and unions the actors.
func testMergeAcrossReports(t *testing.T, s store.Store) {
	r1, r2 := saveReport(t, s, 1), saveReport(t, s, 2)
	a := SampleEvent(extract.Protest, Minsk, "2020-08-09", "2020-08-10", 0)
	a.Actors = []string{"protesters"}
	b := SampleEvent(extract.Protest, Minsk, "2020-08-10", "2020-08-10", 3)
	b.Actors = []string{"protesters", "police"}
	b.Demands = []string{"political behavior, process"}
	first := saveEvents(t, s, r1, a)
	second := saveEvents(t, s, r2, b)
	if first.Created != 1 || second.Created != 0 || second.Merged != 1 || second.IDs[0] != first.IDs[0] {
		t.Fatalf("saves = %+v then %+v, want one created then merged into it", first, second)
	}
	list := listEvents(t, s, store.EventFilter{})
	if len(list) != 1 {
		t.Fatalf("%d events stored, want 1", len(list))
	}
	e := list[0]
	if e.Sources != 2 {
		t.Errorf("sources = %d, want 2", e.Sources)
	}
	if e.Date != (extract.DateSpan{Start: "2020-08-10", End: "2020-08-10"}) {
		t.Errorf("date = %+v, want the day both tell", e.Date)
	}
	if len(e.Evidence) != 2 || e.Evidence[0].Report != r1 || e.Evidence[1].Report != r2 || e.Evidence[1].Post != 3 {
		t.Errorf("evidence = %+v, want report %d's then report %d's", e.Evidence, r1, r2)
	}
	if !reflect.DeepEqual(e.Actors, []string{"protesters", "police"}) || !reflect.DeepEqual(e.Demands, b.Demands) {
		t.Errorf("actors %v demands %v", e.Actors, e.Demands)
	}
	// A third report, whose days reach a day later still, joins the
	// same event. (One that states only the day after tells the next
	// day of the protests: incident.Same.)
	r3 := saveReport(t, s, 3)
	third := saveEvents(t, s, r3, SampleEvent(extract.Protest, Minsk, "2020-08-10", "2020-08-11", 0))
	if third.Merged != 1 {
		t.Errorf("third save = %+v, want merged", third)
	}
	if list := listEvents(t, s, store.EventFilter{}); len(list) != 1 {
		t.Errorf("after a third report: %d events, want 1", len(list))
	} else if list[0].Sources != 3 {
		t.Errorf("after a third report: sources %d, want 3", list[0].Sources)
	}
}

// testKeptApart: records that differ in place, type or days stay apart.
func testKeptApart(t *testing.T, s store.Store) {
	base := SampleEvent(extract.Strike, Minsk, "2020-08-17", "2020-08-17", 0)
	cases := []struct {
		name  string
		other extract.Event
	}{
		{"another city", SampleEvent(extract.Strike, Salihorsk, "2020-08-17", "2020-08-17", 0)},
		{"another type", SampleEvent(extract.Protest, Minsk, "2020-08-17", "2020-08-17", 0)},
		{"a week later", SampleEvent(extract.Strike, Minsk, "2020-08-24", "2020-08-24", 0)},
		{"the country", SampleEvent(extract.Strike, extract.Place{Name: "Belarus", Precision: extract.PlaceCountry, Country: "BY"}, "2020-08-17", "2020-08-17", 0)},
	}
	r := saveReport(t, s, 1)
	saveEvents(t, s, r, base)
	for i, c := range cases {
		saved := saveEvents(t, s, saveReport(t, s, 10+i), c.other)
		if saved.Created != 1 || saved.Merged != 0 {
			t.Errorf("%s: saved = %+v, want a new event", c.name, saved)
		}
	}
	if list := listEvents(t, s, store.EventFilter{}); len(list) != 1+len(cases) {
		t.Errorf("%d events stored, want %d", len(list), 1+len(cases))
	}
}

// testOneReportApart: the records of one report were merged before they
// are saved: two that incident.Same might join (a day apart) stay two.
func testOneReportApart(t *testing.T, s store.Store) {
	a := SampleEvent(extract.Repression, Minsk, "2020-08-10", "2020-08-10", 0)
	b := SampleEvent(extract.Repression, Minsk, "2020-08-11", "2020-08-11", 1)
	saved := saveEvents(t, s, saveReport(t, s, 1), a, b)
	if saved.Created != 2 || saved.Merged != 0 {
		t.Errorf("saved = %+v, want two new events", saved)
	}
	// Another report's record of the 11th joins one of them.
	c := SampleEvent(extract.Repression, Minsk, "2020-08-11", "2020-08-11", 0)
	if saved := saveEvents(t, s, saveReport(t, s, 2), c); saved.Merged != 1 {
		t.Errorf("another report: saved = %+v, want it merged", saved)
	}
}

// testCountsSmaller: a merged event claims the smallest figure any source
// gives, and a figure only one source gives.
func testCountsSmaller(t *testing.T, s store.Store) {
	cases := []struct {
		name          string
		first, second *int
		want          *int
	}{
		{"second smaller", intp(5000), intp(1000), intp(1000)},
		{"first smaller", intp(300), intp(2000), intp(300)},
		{"only first", intp(40), nil, intp(40)},
		{"only second", nil, intp(12), intp(12)},
		{"neither", nil, nil, nil},
		{"zero", intp(0), intp(3), intp(0)},
	}
	for i, c := range cases {
		// Each case on its own day, far from the others.
		day := fmt.Sprintf("2021-%02d-15", i+1)
		a := SampleEvent(extract.Arrests, Antwerp, day, day, 0)
		a.Arrested, a.Participants = c.first, c.first
		b := SampleEvent(extract.Arrests, Antwerp, day, day, 0)
		b.Arrested, b.Participants = c.second, c.second
		saveEvents(t, s, saveReport(t, s, 100+2*i), a)
		saved := saveEvents(t, s, saveReport(t, s, 101+2*i), b)
		got, err := s.Event(context.Background(), saved.IDs[0])
		if err != nil {
			t.Fatal(err)
		}
		if saved.Merged != 1 || !reflect.DeepEqual(got.Arrested, c.want) || !reflect.DeepEqual(got.Participants, c.want) {
			t.Errorf("%s: merged %d, arrested %v participants %v, want %v", c.name, saved.Merged, show(got.Arrested), show(got.Participants), show(c.want))
		}
	}
}

func show(p *int) string {
	if p == nil {
		return "nil"
	}
	return fmt.Sprint(*p)
}

// testAssumedKept: an event whose day was only assumed (the post's own)
// is stored as such, so that a later report that states the day, three
// days earlier, merges into it and sets the stated day.
func testAssumedKept(t *testing.T, s store.Store) {
	a := SampleEvent(extract.Riot, Minsk, "2020-08-13", "2020-08-13", 0)
	a.Assumed = true
	first := saveEvents(t, s, saveReport(t, s, 1), a)
	b := SampleEvent(extract.Riot, Minsk, "2020-08-10", "2020-08-10", 0)
	second := saveEvents(t, s, saveReport(t, s, 2), b)
	if second.Merged != 1 || second.IDs[0] != first.IDs[0] {
		t.Fatalf("second save = %+v, want merged into event %d", second, first.IDs[0])
	}
	got, err := s.Event(context.Background(), first.IDs[0])
	if err != nil {
		t.Fatal(err)
	}
	if got.Date != b.Date || got.Assumed {
		t.Errorf("date %+v assumed %v, want the stated %+v", got.Date, got.Assumed, b.Date)
	}
	// Now stated, it no longer reaches three days.
	c := SampleEvent(extract.Riot, Minsk, "2020-08-13", "2020-08-13", 0)
	if third := saveEvents(t, s, saveReport(t, s, 3), c); third.Created != 1 {
		t.Errorf("third save = %+v, want a new event", third)
	}
}

// testEventsIdempotent: the events of a report are saved once; saving
// them again, or storing the report again, adds nothing.
func testEventsIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	saved, err := s.SaveReport(ctx, Sample(1))
	if err != nil {
		t.Fatal(err)
	}
	if saved.EventsSaved {
		t.Errorf("new report: EventsSaved set before any event was saved")
	}
	evs := []extract.Event{
		SampleEvent(extract.Strike, Salihorsk, "2020-08-17", "2020-08-17", 0),
		SampleEvent(extract.Protest, Minsk, "2020-08-16", "2020-08-16", 1),
	}
	first := saveEvents(t, s, saved.ID, evs...)
	if first.Created != 2 {
		t.Fatalf("first save = %+v, want 2 created", first)
	}
	before := listEvents(t, s, store.EventFilter{})
	again := saveEvents(t, s, saved.ID, evs...)
	if !again.Skipped || again.Created != 0 || again.Merged != 0 {
		t.Errorf("second save = %+v, want skipped", again)
	}
	if after := listEvents(t, s, store.EventFilter{}); !reflect.DeepEqual(after, before) {
		t.Errorf("events changed on a second save:\n%+v\nwant\n%+v", after, before)
	}
	known, err := s.SaveReport(ctx, Sample(1))
	if err != nil {
		t.Fatal(err)
	}
	if known.Created || !known.EventsSaved || known.ID != saved.ID {
		t.Errorf("saving the report again = %+v, want known with events saved", known)
	}
	// A report with no event is done too.
	empty := saveReport(t, s, 2)
	if got := saveEvents(t, s, empty); got.Skipped || got.Created != 0 {
		t.Errorf("no events = %+v", got)
	}
	if got, err := s.SaveReport(ctx, Sample(2)); err != nil || !got.EventsSaved {
		t.Errorf("report without events, saved again = %+v, %v; want EventsSaved", got, err)
	}
}

// testEventsInvalid: a bad event fails the whole save and keeps nothing;
// an unknown report is not found; a bad filter is refused.
func testEventsInvalid(t *testing.T, s store.Store) {
	ctx := context.Background()
	rid := saveReport(t, s, 1)
	good := SampleEvent(extract.Strike, Antwerp, "2025-03-03", "2025-03-03", 0)
	bad := []struct {
		name string
		ev   extract.Event
	}{
		{"type", SampleEvent("picnic", Antwerp, "2025-03-03", "2025-03-03", 0)},
		{"span", SampleEvent(extract.Strike, Antwerp, "2025-03-04", "2025-03-03", 0)},
		{"precision", SampleEvent(extract.Strike, extract.Place{Name: "x", Precision: "street"}, "2025-03-03", "2025-03-03", 0)},
	}
	for _, c := range bad {
		if _, err := s.SaveEvents(ctx, rid, []extract.Event{good, c.ev}); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("bad %s: error = %v, want ErrInvalid", c.name, err)
		}
	}
	if list := listEvents(t, s, store.EventFilter{}); len(list) != 0 {
		t.Errorf("%d events kept after refused saves", len(list))
	}
	if saved := saveEvents(t, s, rid, good); saved.Created != 1 {
		t.Errorf("the mended save = %+v, want 1 created", saved)
	}
	if _, err := s.SaveEvents(ctx, 4242, []extract.Event{good}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("events of report 4242: error = %v, want ErrNotFound", err)
	}
	for _, f := range []store.EventFilter{{Type: "picnic"}, {Since: "yesterday"}, {Until: "2025-13-01"}} {
		if _, err := s.Events(ctx, f); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Events(%+v) error = %v, want ErrInvalid", f, err)
		}
	}
}

// testEventFilters: each filter, alone and together, with paging.
func testEventFilters(t *testing.T, s store.Store) {
	r1, r2 := saveReport(t, s, 1), saveReport(t, s, 2)
	saveEvents(t, s, r1,
		SampleEvent(extract.Protest, Minsk, "2020-08-09", "2020-08-10", 0),    // Minsk protest
		SampleEvent(extract.Strike, Salihorsk, "2020-08-17", "2020-08-17", 1), // Salihorsk strike
	)
	saveEvents(t, s, r2,
		SampleEvent(extract.Protest, Minsk, "2020-08-10", "2020-08-10", 0),   // merges into Minsk protest
		SampleEvent(extract.Strike, Antwerp, "2025-03-03", "2025-03-05", 0),  // Antwerp strike
		SampleEvent(extract.Arrests, Antwerp, "2025-03-04", "2025-03-04", 1), // Antwerp arrests
	)
	cases := []struct {
		name string
		f    store.EventFilter
		want []string // place and type, in order
	}{
		{"all, by date", store.EventFilter{}, []string{"Minsk protest", "Salihorsk strike", "Antwerpen strike", "Antwerpen arrests"}},
		{"type", store.EventFilter{Type: extract.Strike}, []string{"Salihorsk strike", "Antwerpen strike"}},
		{"country", store.EventFilter{Country: "BE"}, []string{"Antwerpen strike", "Antwerpen arrests"}},
		{"country, lower case", store.EventFilter{Country: "by"}, []string{"Minsk protest", "Salihorsk strike"}},
		{"since, by the span's end", store.EventFilter{Since: "2025-03-05"}, []string{"Antwerpen strike"}},
		{"until, by the span's start", store.EventFilter{Until: "2020-08-10"}, []string{"Minsk protest"}},
		{"since and until", store.EventFilter{Since: "2020-08-11", Until: "2025-03-03"}, []string{"Salihorsk strike", "Antwerpen strike"}},
		{"report 1", store.EventFilter{Report: r1}, []string{"Minsk protest", "Salihorsk strike"}},
		{"report 2", store.EventFilter{Report: r2}, []string{"Minsk protest", "Antwerpen strike", "Antwerpen arrests"}},
		{"report and type", store.EventFilter{Report: r2, Type: extract.Protest}, []string{"Minsk protest"}},
		{"limit", store.EventFilter{Limit: 2}, []string{"Minsk protest", "Salihorsk strike"}},
		{"limit and offset", store.EventFilter{Limit: 2, Offset: 1}, []string{"Salihorsk strike", "Antwerpen strike"}},
		{"offset only", store.EventFilter{Offset: 3}, []string{"Antwerpen arrests"}},
		{"nothing", store.EventFilter{Type: extract.Riot}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, e := range listEvents(t, s, c.f) {
				got = append(got, e.Place.Name+" "+string(e.Type))
				if len(e.Evidence) == 0 {
					t.Errorf("%s %s: no evidence", e.Place.Name, e.Type)
				}
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	// The filter by report keeps every evidence of the events it lists.
	if list := listEvents(t, s, store.EventFilter{Report: r1, Type: extract.Protest}); len(list) != 1 || len(list[0].Evidence) != 2 {
		t.Errorf("Minsk protest by report %d: %+v, want its 2 evidence", r1, list)
	}
}

// testEventsConcurrent: reports telling one event, saved at once, make one
// event with every report as a source.
func testEventsConcurrent(t *testing.T, s store.Store) {
	ctx := context.Background()
	const n = 8
	ids := make([]int64, n)
	for i := range ids {
		ids[i] = saveReport(t, s, 200+i)
	}
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for _, id := range ids {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ev := SampleEvent(extract.Blockade, Antwerp, "2025-03-10", "2025-03-10", 0)
			if _, err := s.SaveEvents(ctx, id, []extract.Event{ev}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	list := listEvents(t, s, store.EventFilter{})
	if len(list) != 1 || list[0].Sources != n || len(list[0].Evidence) != n {
		t.Errorf("%d events after concurrent saves (first: %+v), want 1 with %d sources", len(list), list, n)
	}
}

// testPlaceRefined: a region's record stored first takes the city a later
// report names in it, an unplaced country record takes a stated place,
// whatever the order, and a passage already stored is not stored again.
func testPlaceRefined(t *testing.T, s store.Store) {
	region := SampleEvent(extract.Protest, MinskRegion, "2020-08-10", "2020-08-10", 0)
	saveEvents(t, s, saveReport(t, s, 1), region)
	saveEvents(t, s, saveReport(t, s, 2), SampleEvent(extract.Protest, Minsk, "2020-08-10", "2020-08-10", 1))
	list := listEvents(t, s, store.EventFilter{Type: extract.Protest})
	if len(list) != 1 || list[0].Place.Name != "Minsk" || list[0].Sources != 2 {
		t.Fatalf("region then city: %+v, want one event at Minsk with 2 sources", list)
	}
	unplaced := SampleEvent(extract.Riot, Belarus, "2020-08-11", "2020-08-11", 0)
	unplaced.Unplaced = true
	r3 := saveReport(t, s, 3)
	saveEvents(t, s, r3, unplaced)
	again := SampleEvent(extract.Riot, Minsk, "2020-08-11", "2020-08-11", 2)
	saveEvents(t, s, saveReport(t, s, 4), again)
	list = listEvents(t, s, store.EventFilter{Type: extract.Riot})
	if len(list) != 1 || list[0].Place.Name != "Minsk" || list[0].Unplaced {
		t.Fatalf("unplaced then city: %+v, want one riot at Minsk", list)
	}
	n := len(list[0].Evidence)
	// The same passage told again in another report's merge adds nothing.
	dup := SampleEvent(extract.Riot, Minsk, "2020-08-11", "2020-08-11", 2)
	dup.Evidence = append(dup.Evidence, list[0].Evidence...)
	saveEvents(t, s, saveReport(t, s, 5), dup)
	list = listEvents(t, s, store.EventFilter{Type: extract.Riot})
	if len(list) != 1 {
		t.Fatalf("got %d riots", len(list))
	}
	seen := map[extract.Evidence]bool{}
	for _, e := range list[0].Evidence {
		if seen[e] {
			t.Errorf("passage stored twice: %+v", e)
		}
		seen[e] = true
	}
	if len(list[0].Evidence) < n {
		t.Errorf("evidence shrank from %d to %d", n, len(list[0].Evidence))
	}
}
