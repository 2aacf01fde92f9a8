// Package incident merges event records that tell the same event: the
// same type, places that agree (the same place, or a city inside a region
// another record names) and overlapping days. The merged record keeps
// every evidence, counts how many distinct posts support it, and takes
// counts conservatively: the smallest figure any source gives, so a
// merged record never claims more than its most careful source.
package incident

import (
	"sort"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
)

// Merge merges records of one report (or of many: evidence keeps its post
// index) and returns the events in a stable order: by date, type, place.
func Merge(records []extract.Event) []extract.Event {
	var out, mentions, quoted []extract.Event
	for _, r := range records {
		if r.Quoted {
			quoted = append(quoted, r)
			continue
		}
		if r.Mention {
			mentions = append(mentions, r)
			continue
		}
		merged := false
		for i := range out {
			if Same(out[i], r) {
				Absorb(&out[i], r)
				merged = true
				break
			}
		}
		if !merged {
			r.Sources = Sources(r.Evidence)
			out = append(out, r)
		}
	}
	// A reference back to an event ("the protests") corroborates the
	// nearest record of its type in its country, if the text told one.
	// Told of nowhere in particular and matching none, it is dropped;
	// with a place of its own it is the only telling there is, and stands.
	for _, m := range mentions {
		if i := nearestTold(out, m); i >= 0 {
			out[i].Evidence = appendEvidence(out[i].Evidence, m.Evidence)
			out[i].Sources = Sources(out[i].Evidence)
			continue
		}
		if !m.Unplaced {
			m.Mention = false
			out = Merge(append(out, m))
		}
	}
	// A quote corroborates the event it tells again, and adds none.
	for _, q := range quoted {
		for i := range out {
			if Same(out[i], q) {
				out[i].Evidence = appendEvidence(out[i].Evidence, q.Evidence)
				out[i].Sources = Sources(out[i].Evidence)
				break
			}
		}
	}
	// A region-level record of an event also recorded in a city of that
	// region, on overlapping days, is that event: the city record stands.
	kept := out[:0]
	for i, r := range out {
		if r.Place.Precision == extract.PlaceAdmin1 && hasCityIn(out, i) {
			continue
		}
		kept = append(kept, r)
	}
	sort.SliceStable(kept, func(a, b int) bool {
		x, y := kept[a], kept[b]
		if x.Date.Start != y.Date.Start {
			return x.Date.Start < y.Date.Start
		}
		if x.Type != y.Type {
			return x.Type < y.Type
		}
		return x.Place.Name < y.Place.Name
	})
	return kept
}

func samePlace(a, b extract.Place) bool {
	if a.Precision != b.Precision {
		return false
	}
	switch a.Precision {
	case extract.PlaceCountry:
		return a.Country == b.Country
	case extract.PlaceAdmin1:
		return a.Admin1Code == b.Admin1Code
	}
	return a.GeonamesID == b.GeonamesID
}

func overlap(a, b extract.DateSpan) bool {
	return a.Start <= b.End && b.Start <= a.End
}

// near reports whether two spans overlap once each is widened by days.
func near(a, b extract.DateSpan, days int) bool {
	as, ae := widen(a, days)
	return as <= b.End && b.Start <= ae
}

func widen(d extract.DateSpan, days int) (string, string) {
	s, err1 := time.Parse(time.DateOnly, d.Start)
	e, err2 := time.Parse(time.DateOnly, d.End)
	if err1 != nil || err2 != nil {
		return d.Start, d.End
	}
	return s.AddDate(0, 0, -days).Format(time.DateOnly), e.AddDate(0, 0, days).Format(time.DateOnly)
}

// Same reports whether two records tell one event: one type and place,
// and days that overlap or touch; a record whose day was only assumed
// (the post's own) joins a stated one up to three days away, as a report
// of 8 January about "the clashes" tells of those of the 5th.
func Same(a, b extract.Event) bool {
	if a.Type != b.Type {
		return false
	}
	if !samePlace(a.Place, b.Place) && !vaguely(a, b) && !vaguely(b, a) {
		// "Protests in Mangystau" beside protests in Aktau on the same
		// days: one event, told at two precisions; the city stands.
		return (cityIn(a.Place, b.Place) || cityIn(b.Place, a.Place)) && overlap(a.Date, b.Date)
	}
	if a.Assumed || b.Assumed || a.Carried || b.Carried {
		return near(a.Date, b.Date, 3)
	}
	return near(a.Date, b.Date, 1)
}

// cityIn reports whether city is a city inside the region.
func cityIn(city, region extract.Place) bool {
	return city.Precision == extract.PlaceCity && region.Precision == extract.PlaceAdmin1 &&
		city.Admin1Code != "" && city.Admin1Code == region.Admin1Code
}

// vaguely reports whether a is a record placed only at its country
// because its sentence named no place ("the protests spread"), and b a
// record in that country the sentence may speak of.
func vaguely(a, b extract.Event) bool {
	return a.Unplaced && a.Place.Precision == extract.PlaceCountry && b.Place.Country == a.Place.Country
}

// Absorb merges b into a: the span both agree on (their overlap, the
// more precise telling), all evidence, the smaller of each count; a
// stated place over one the text left unsaid.
func Absorb(a *extract.Event, b extract.Event) {
	if a.Unplaced && !b.Unplaced || cityIn(b.Place, a.Place) {
		a.Place, a.Unplaced = b.Place, false
	}
	switch {
	case a.Assumed && !b.Assumed:
		a.Date, a.Assumed, a.Carried = b.Date, false, b.Carried // a stated date beats an assumed one
	case b.Assumed:
	case a.Carried && !b.Carried:
		a.Date, a.Carried = b.Date, false // a sentence's own date beats one carried from before
	case b.Carried && !a.Carried:
	case overlap(a.Date, b.Date):
		// Both stated and overlapping: the days both agree on.
		if b.Date.Start > a.Date.Start {
			a.Date.Start = b.Date.Start
		}
		if b.Date.End < a.Date.End {
			a.Date.End = b.Date.End
		}
	default:
		// Both stated, a day apart: the span covering both.
		if b.Date.Start < a.Date.Start {
			a.Date.Start = b.Date.Start
		}
		if b.Date.End > a.Date.End {
			a.Date.End = b.Date.End
		}
	}
	a.Evidence = appendEvidence(a.Evidence, b.Evidence)
	a.Sources = Sources(a.Evidence)
	a.Actors = union(a.Actors, b.Actors)
	a.Demands = union(a.Demands, b.Demands)
	a.Fatalities = smaller(a.Fatalities, b.Fatalities)
	a.Injured = smaller(a.Injured, b.Injured)
	a.Arrested = smaller(a.Arrested, b.Arrested)
	a.Participants = smaller(a.Participants, b.Participants)
}

func smaller(a, b *int) *int {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case *b < *a:
		return b
	}
	return a
}

func hasCityIn(events []extract.Event, i int) bool {
	r := events[i]
	for j, c := range events {
		if j != i && c.Type == r.Type && c.Place.Precision == extract.PlaceCity &&
			c.Place.Admin1Code == r.Place.Admin1Code && overlap(c.Date, r.Date) {
			return true
		}
	}
	return false
}

// Sources counts the distinct posts (of distinct reports) among the
// evidence: how many tellings corroborate an event.
func Sources(ev []extract.Evidence) int {
	type key struct {
		report int64
		post   int
	}
	seen := map[key]bool{}
	for _, e := range ev {
		seen[key{e.Report, e.Post}] = true
	}
	return len(seen)
}

// appendEvidence appends the passages of more not already in ev (one
// sentence that named a city and its region gave two records).
func appendEvidence(ev, more []extract.Evidence) []extract.Evidence {
	ev = append([]extract.Evidence(nil), ev...)
	for _, m := range more {
		dup := false
		for _, e := range ev {
			if e == m {
				dup = true
				break
			}
		}
		if !dup {
			ev = append(ev, m)
		}
	}
	return ev
}

// union appends the strings of b not in a, keeping a's order.
func union(a, b []string) []string {
	a = append([]string(nil), a...)
	for _, s := range b {
		found := false
		for _, t := range a {
			if t == s {
				found = true
				break
			}
		}
		if !found {
			a = append(a, s)
		}
	}
	return a
}

// nearestTold is the index of the record of m's type and country whose
// span is nearest m's (within a week), or -1.
func nearestTold(out []extract.Event, m extract.Event) int {
	best, bestGap := -1, 8
	for i, r := range out {
		if r.Type != m.Type || r.Place.Country != m.Place.Country {
			continue
		}
		g := gap(r.Date, m.Date)
		if !m.Unplaced && m.Place.Precision != extract.PlaceCountry && !samePlace(r.Place, m.Place) {
			g += 4 // another place: only when no record of its own is near
		}
		if g < bestGap {
			best, bestGap = i, g
		}
	}
	return best
}

// gap is the number of days between two spans, 0 when they overlap.
func gap(a, b extract.DateSpan) int {
	if overlap(a, b) {
		return 0
	}
	first, second := a, b
	if b.End < a.Start {
		first, second = b, a
	}
	e, err1 := time.Parse(time.DateOnly, first.End)
	s, err2 := time.Parse(time.DateOnly, second.Start)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	return int(s.Sub(e).Hours() / 24)
}
