// Package incident merges event records that tell the same event: the
// same type, places that agree (the same place, or a city inside a region
// another record names) and overlapping days. The merged record keeps
// every evidence, counts how many distinct posts support it, and takes
// counts conservatively: the smallest figure any source gives, so a
// merged record never claims more than its most careful source.
package incident

import (
	"slices"
	"strings"
	"sync"

	"github.com/unrest-project/unrest/internal/extract"
)

// Merge merges records of one report (or of many: evidence keeps its post
// index) and returns the events in a stable order: by date, type, place.
func Merge(records []extract.Event) []extract.Event {
	m := mergerPool.Get().(*merger)
	defer m.release()
	m.byType.reset()
	// The passages of the merged records start out in one block: one
	// allocation, not one a record.
	n := 0
	for i := range records {
		n += len(records[i].Evidence)
	}
	m.block = make([]extract.Evidence, 0, n)
	mentions, quoted := m.mentions[:0], m.quoted[:0] // indices into records
	for i := range records {
		switch r := &records[i]; {
		case r.Quoted:
			quoted = append(quoted, i)
		case r.Mention:
			mentions = append(mentions, i)
		default:
			m.merge(r)
		}
	}
	m.mentions, m.quoted = mentions, quoted
	// A reference back to an event ("the protests") corroborates the
	// nearest record of its type in its country, if the text told one,
	// and lends it what it says (counts, actors) but not its date or
	// place. Told of nowhere in particular and matching none, it is
	// dropped; with a place of its own it is the only telling there is,
	// and stands.
	for _, k := range mentions {
		r := records[k]
		if i := m.nearestTold(&r); i >= 0 {
			m.corroborate(i, &r, true)
			continue
		}
		if !r.Unplaced {
			r.Mention = false
			m.merge(&r)
		}
	}
	// A quote corroborates the event it tells again, and adds none.
	for _, k := range quoted {
		q := &records[k]
		if i := m.find(q, daysOf(q.Date)); i >= 0 {
			m.corroborate(i, q, false)
		}
	}
	out := m.out
	if len(out) == 0 {
		return nil // as when nothing was merged
	}
	// A region-level record of an event also recorded in a city of that
	// region, on overlapping days, is that event: the city record stands.
	kept := out
	if hasRegion(out) {
		type region struct {
			typ    extract.Type
			admin1 string
		}
		cities := map[region][]int{} // type and region → its city records
		for i := range out {
			if r := &out[i]; r.Place.Precision == extract.PlaceCity && r.Place.Admin1Code != "" {
				k := region{r.Type, r.Place.Admin1Code}
				cities[k] = append(cities[k], i)
			}
		}
		kept = out[:0]
		for i := range out {
			// (r is read before kept is written at i or before it.)
			r := &out[i]
			if r.Place.Precision == extract.PlaceAdmin1 && hasCityIn(out, cities[region{r.Type, r.Place.Admin1Code}], r) {
				continue
			}
			kept = append(kept, *r)
		}
	}
	// The records in order, stably, copied out once in a slice of their
	// exact size.
	order := m.order[:0]
	for i := range kept {
		order = append(order, int32(i))
	}
	m.order = order
	slices.SortStableFunc(order, func(a, b int32) int {
		x, y := &kept[a], &kept[b]
		if x.Date.Start != y.Date.Start {
			return strings.Compare(x.Date.Start, y.Date.Start)
		}
		if x.Type != y.Type {
			return strings.Compare(string(x.Type), string(y.Type))
		}
		return strings.Compare(x.Place.Name, y.Place.Name)
	})
	sorted := make([]extract.Event, len(kept))
	for i, k := range order {
		sorted[i] = kept[k]
	}
	return sorted
}

// hasRegion reports whether a record stands at a region.
func hasRegion(events []extract.Event) bool {
	for i := range events {
		if events[i].Place.Precision == extract.PlaceAdmin1 {
			return true
		}
	}
	return false
}

// mergerPool keeps mergers, with their buffers, between Merge calls.
var mergerPool = sync.Pool{New: func() any { return new(merger) }}

// release empties m of what it points to and puts it back in the pool.
func (m *merger) release() {
	// (They only grow within a call, and each call clears what it used:
	// beyond their length, they are clear already.)
	clear(m.out)
	clear(m.seen)
	clear(m.posts)
	m.out, m.seen, m.posts, m.spans = m.out[:0], m.seen[:0], m.posts[:0], m.spans[:0]
	m.block = nil // the records returned hold it
	mergerPool.Put(m)
}

func samePlace(a, b *extract.Place) bool {
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

// near reports whether two spans overlap once one is widened by days.
// Days are counted from the ISO dates without time.Parse: merging
// compares every record with the others of its type.
func near(a, b extract.DateSpan, days int) bool {
	return nearDays(a, b, daysOf(a), daysOf(b), days)
}

// nearDays is near for spans whose days were read already.
func nearDays(a, b extract.DateSpan, da, db span, days int) bool {
	if !da.ok() || !db.ok() {
		return overlap(a, b)
	}
	return da.start-days <= db.end && db.start <= da.end+days
}

// span is a record's first and last days, as dayNumber reads them.
type span struct {
	start, end     int
	startOK, endOK bool
}

// daysOf reads the days of d.
func daysOf(d extract.DateSpan) span {
	var sp span
	sp.start, sp.startOK = dayNumber(d.Start)
	sp.end, sp.endOK = dayNumber(d.End)
	return sp
}

// ok reports whether both days were read.
func (sp span) ok() bool { return sp.startOK && sp.endOK }

// week is the week the span starts in; one of no day where its first day
// was not read.
func (sp span) week() int {
	if !sp.startOK {
		return -1 << 40
	}
	return floorDiv(sp.start, 7)
}

// daysIn is the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dayNumber is the number of days from 1970-01-01 to an ISO date
// (YYYY-MM-DD), by the civil-calendar arithmetic of the proleptic
// Gregorian calendar; false when s is no such date.
func dayNumber(s string) (int, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(t string) (int, bool) {
		n := 0
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:])
	if !(ok1 && ok2 && ok3) || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, false
	}
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468, true
}

// merger builds the merged records, keeping for each the passages and
// the posts it already has, so that an event told many times is merged
// in time linear in its tellings. A merger is reused from call to call.
type merger struct {
	out    []extract.Event
	spans  []span // the days of out[i]
	byType typeIndex
	block  []extract.Evidence // where the passages of new records go
	// The passages and posts of out[i], as sets once it has more than
	// smallEvidence passages (nil before: its Evidence is searched).
	seen  []map[extract.Evidence]bool
	posts []map[source]bool
	// Buffers of Merge: the records that refer back, that quote, and
	// the order of the merged records.
	mentions, quoted []int
	order            []int32
}

// smallEvidence is how many passages a record keeps before merging
// files them in sets.
const smallEvidence = 8

type source struct {
	report int64
	post   int
}

// merge adds r: into the record that tells its event, or as a new one.
func (m *merger) merge(r *extract.Event) {
	sp := daysOf(r.Date)
	if i := m.find(r, sp); i >= 0 {
		week := m.spans[i].week()
		o := &m.out[i]
		absorbKeep(o, r)
		m.spans[i] = daysOf(o.Date)
		m.addEvidence(i, r.Evidence)
		if m.spans[i].week() != week {
			m.byType.add(m.out, m.spans, i) // its span moved: file it again
		} else {
			m.byType.grow1(o.Type, m.spans[i])
		}
		return
	}
	m.out = append(m.out, *r)
	i := len(m.out) - 1
	// Its passages go to the block, where each record merged anew has
	// room for its own (Merge sized it so).
	k := len(m.block)
	m.block = m.block[:k+len(r.Evidence)]
	m.out[i].Evidence = m.block[k:k:len(m.block)]
	m.spans = append(m.spans, sp)
	m.seen = append(m.seen, nil)
	m.posts = append(m.posts, nil)
	m.addEvidence(i, r.Evidence)
	m.byType.add(m.out, m.spans, i)
}

// find is the first record of out that tells r's event (of days sp), or
// -1.
func (m *merger) find(r *extract.Event, sp span) int {
	return m.byType.find(m.out, m.spans, r, sp)
}

// corroborate adds r's passages to out[i] and, for a reference back,
// what it says of counts, actors and demands.
func (m *merger) corroborate(i int, r *extract.Event, lend bool) {
	if lend {
		o := &m.out[i]
		o.Actors = union(o.Actors, r.Actors)
		o.Demands = union(o.Demands, r.Demands)
		o.Fatalities = smaller(o.Fatalities, r.Fatalities)
		o.Injured = smaller(o.Injured, r.Injured)
		o.Arrested = smaller(o.Arrested, r.Arrested)
		o.Participants = smaller(o.Participants, r.Participants)
	}
	m.addEvidence(i, r.Evidence)
}

// addEvidence appends the passages out[i] lacks and counts its posts.
func (m *merger) addEvidence(i int, ev []extract.Evidence) {
	o := &m.out[i]
	for _, e := range ev {
		if m.seen[i] == nil {
			// Few passages: the record's own are its set.
			if hasEvidence(o.Evidence, e) {
				continue
			}
			o.Evidence = append(o.Evidence, e)
			if len(o.Evidence) > smallEvidence {
				seen := make(map[extract.Evidence]bool, 2*len(o.Evidence))
				posts := make(map[source]bool, 2*len(o.Evidence))
				for _, x := range o.Evidence {
					seen[x] = true
					posts[source{x.Report, x.Post}] = true
				}
				m.seen[i], m.posts[i] = seen, posts
			}
			continue
		}
		if m.seen[i][e] {
			continue
		}
		m.seen[i][e] = true
		o.Evidence = append(o.Evidence, e)
		m.posts[i][source{e.Report, e.Post}] = true
	}
	if m.posts[i] != nil {
		o.Sources = len(m.posts[i])
	} else {
		o.Sources = countPosts(o.Evidence)
	}
}

func hasEvidence(ev []extract.Evidence, e extract.Evidence) bool {
	for k := range ev {
		if ev[k] == e {
			return true
		}
	}
	return false
}

func hasPost(ev []extract.Evidence, e extract.Evidence) bool {
	for k := range ev {
		if ev[k].Post == e.Post && ev[k].Report == e.Report {
			return true
		}
	}
	return false
}

// countPosts counts the distinct posts of a few passages.
func countPosts(ev []extract.Evidence) int {
	n := 0
	for k := range ev {
		if !hasPost(ev[:k], ev[k]) {
			n++
		}
	}
	return n
}

// typeIndex finds the records of out that may tell r's event: those of
// its type whose days lie near r's, by the week they start in, so that
// merging n records costs about n, not n², however long the text.
// Records are filed in lists, one a type and week, found through an
// open-addressed table; a record whose span moved is filed again, and a
// record filed twice is only tried twice. Its buffers are reused from
// call to call: reset empties it.
type typeIndex struct {
	types []weekIndex // by the order types came
	slots []weekSlot  // the table, its length a power of two
	used  int         // slots of this generation
	gen   uint32      // the generation of the slots in use
	nodes []weekNode  // the lists
}

type weekIndex struct {
	typ     extract.Type
	undated []int // records whose dates do not parse
	maxLen  int   // the longest span so far, in days
}

// weekSlot is the list of a type and week, if gen is the table's.
type weekSlot struct {
	gen  uint32
	typ  int32 // index into types
	week int
	head int32 // into nodes; -1 none
}

type weekNode struct {
	i    int32 // into out
	typ  int32
	next int32 // into nodes; -1 none
}

// reset empties the index.
func (ix *typeIndex) reset() {
	ix.gen++
	if ix.gen == 0 {
		clear(ix.slots)
		ix.gen = 1
	}
	ix.used = 0
	ix.nodes = ix.nodes[:0]
	ix.types = ix.types[:0]
}

// typeOf is the index of t in types, -1 when none (creating it when
// asked).
func (ix *typeIndex) typeOf(t extract.Type, create bool) int {
	for k := range ix.types {
		if ix.types[k].typ == t {
			return k
		}
	}
	if !create {
		return -1
	}
	if n := len(ix.types); n < cap(ix.types) {
		ix.types = ix.types[:n+1]
		w := &ix.types[n]
		w.typ, w.undated, w.maxLen = t, w.undated[:0], 0
	} else {
		ix.types = append(ix.types, weekIndex{typ: t})
	}
	return len(ix.types) - 1
}

// slot is the table slot of type t and week: its own, or the empty one
// where it would go.
func (ix *typeIndex) slot(t, week int) *weekSlot {
	mask := len(ix.slots) - 1
	h := (uint64(week)*0x9E3779B97F4A7C15 ^ uint64(t)*0xC2B2AE3D27D4EB4F) >> 20
	for k := int(h) & mask; ; k = (k + 1) & mask {
		sl := &ix.slots[k]
		if sl.gen != ix.gen || sl.typ == int32(t) && sl.week == week {
			return sl
		}
	}
}

// head is the first node of the list of type t and week, or -1.
func (ix *typeIndex) head(t, week int) int32 {
	if len(ix.slots) == 0 {
		return -1
	}
	sl := ix.slot(t, week)
	if sl.gen != ix.gen {
		return -1
	}
	return sl.head
}

// file adds record i to the list of type t and week.
func (ix *typeIndex) file(t, week, i int) {
	if 2*(ix.used+1) > len(ix.slots) {
		ix.grow()
	}
	sl := ix.slot(t, week)
	if sl.gen != ix.gen {
		*sl = weekSlot{gen: ix.gen, typ: int32(t), week: week, head: -1}
		ix.used++
	}
	ix.nodes = append(ix.nodes, weekNode{i: int32(i), typ: int32(t), next: sl.head})
	sl.head = int32(len(ix.nodes) - 1)
}

// grow doubles the table, filing again the lists in use.
func (ix *typeIndex) grow() {
	old := ix.slots
	ix.slots = make([]weekSlot, max(64, 2*len(old)))
	for k := range old {
		if sl := &old[k]; sl.gen == ix.gen {
			*ix.slot(int(sl.typ), sl.week) = *sl
		}
	}
}

// add files record i of out, of days spans[i].
func (ix *typeIndex) add(out []extract.Event, spans []span, i int) {
	t := ix.typeOf(out[i].Type, true)
	w := &ix.types[t]
	sp := spans[i]
	if !sp.ok() {
		w.undated = append(w.undated, i)
		return
	}
	ix.file(t, floorDiv(sp.start, 7), i)
	w.maxLen = max(w.maxLen, sp.end-sp.start)
}

// grow1 notes that a filed record of type typ may have grown to days sp.
func (ix *typeIndex) grow1(typ extract.Type, sp span) {
	if t := ix.typeOf(typ, false); t >= 0 && sp.ok() {
		w := &ix.types[t]
		w.maxLen = max(w.maxLen, sp.end-sp.start)
	}
}

// each calls f with the records of type typ filed in the weeks that days
// of slack around the span sp can reach (and those with no dates), some
// maybe more than once.
func (ix *typeIndex) each(typ extract.Type, sp span, slack int, f func(i int)) {
	t := ix.typeOf(typ, false)
	if t < 0 {
		return
	}
	w := &ix.types[t]
	for _, i := range w.undated {
		f(i)
	}
	if !sp.ok() {
		for _, n := range ix.nodes {
			if int(n.typ) == t {
				f(int(n.i))
			}
		}
		return
	}
	for k := floorDiv(sp.start-slack-w.maxLen, 7); k <= floorDiv(sp.end+slack, 7); k++ {
		for n := ix.head(t, k); n >= 0; n = ix.nodes[n].next {
			f(int(ix.nodes[n].i))
		}
	}
}

// find returns the first record of out (the lowest index) that tells r's
// event, or -1; spans are the days of out, sp those of r. Same allows at
// most three days between spans.
func (ix *typeIndex) find(out []extract.Event, spans []span, r *extract.Event, sp span) int {
	best := -1
	ix.each(r.Type, sp, 3, func(i int) {
		if (best < 0 || i < best) && same(&out[i], r, spans[i], sp) {
			best = i
		}
	})
	return best
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Same reports whether two records tell one event: one type and place,
// and days that overlap or touch; a record whose day was only assumed
// (the post's own) joins a stated one up to three days away, as a report
// of 8 January about "the clashes" tells of those of the 5th.
func Same(a, b extract.Event) bool {
	return same(&a, &b, daysOf(a.Date), daysOf(b.Date))
}

// same is Same for records whose days were read already (da of a, db of
// b).
func same(a, b *extract.Event, da, db span) bool {
	if a.Type != b.Type {
		return false
	}
	// A ban on a march and the curfew imposed the day after are two
	// measures, not one told twice.
	if a.Type == extract.StateOfEmergency && !sameMeasure(a, b) {
		return false
	}
	if !samePlace(&a.Place, &b.Place) && !vaguely(a, b) && !vaguely(b, a) {
		// "Protests in Mangystau" beside protests in Aktau on the same
		// days: one event, told at two precisions; the city stands.
		return (cityIn(a.Place, b.Place) || cityIn(b.Place, a.Place)) && overlap(a.Date, b.Date)
	}
	// Two dates both carried from sentences before are each as good as
	// stated: days apart, they are two events. So is a carried date
	// beside a stated one of the same post: the post told their days.
	if a.Assumed || b.Assumed || a.Carried != b.Carried && !samePost(a, b) {
		return nearDays(a.Date, b.Date, da, db, 3)
	}
	// One post that names two days for acts of a crowd or of the police
	// tells two events, a day apart ("08:10 police charged ... 00:05 riot
	// police moved in"); a state (troops deployed, a blockade, a strike, a
	// curfew) told on two days running is one that lasts.
	// (So do two changes of government a post dates on two days: the
	// home minister's resignation one evening, the prime minister's the
	// next day.)
	if samePost(a, b) && !a.Carried && !b.Carried && (dailyActs(a.Type) || a.Type == extract.GovernmentChange) {
		// "a round of protests from 31 October to 7 November" and "on 7
		// November thousands marched on Maputo": the campaign and a day
		// of it, told apart by the post.
		if da.ok() && db.ok() && (oneDay(da) && longSpan(db) || oneDay(db) && longSpan(da)) {
			return false
		}
		return overlap(a.Date, b.Date)
	}
	// Acts of a crowd or of the police that two posts date, each on a day
	// of its own, a day apart, are two days of a protest, not one told
	// twice.
	if dailyActs(a.Type) && !a.Carried && !b.Carried {
		return overlap(a.Date, b.Date)
	}
	return nearDays(a.Date, b.Date, da, db, 1)
}

// dayInVagueSpan reports whether day is one day inside span, a run of a
// week or so (four days or more) that a vague telling ("last week") gave.
func dayInVagueSpan(day, span extract.DateSpan) bool {
	d, sp := daysOf(day), daysOf(span)
	return d.ok() && sp.ok() && oneDay(d) && longSpan(sp) && sp.start <= d.start && d.end <= sp.end
}

// oneDay reports whether a span is one day; longSpan whether it is a
// run of days (four or more) that tells a campaign, not a day.
func oneDay(sp span) bool   { return sp.start == sp.end }
func longSpan(sp span) bool { return sp.end-sp.start >= 3 }

// dailyActs are the types told day by day, not as a state that lasts.
func dailyActs(t extract.Type) bool {
	switch t {
	case extract.Protest, extract.Riot, extract.Repression, extract.Arrests, extract.Looting:
		return true
	}
	return false
}

// samePost reports whether two records were first told in one post.
func samePost(a, b *extract.Event) bool {
	return len(a.Evidence) > 0 && len(b.Evidence) > 0 &&
		a.Evidence[0].Report == b.Evidence[0].Report && a.Evidence[0].Post == b.Evidence[0].Post
}

// cityIn reports whether city is a city inside the region.
func cityIn(city, region extract.Place) bool {
	return city.Precision == extract.PlaceCity && region.Precision == extract.PlaceAdmin1 &&
		city.Admin1Code != "" && city.Admin1Code == region.Admin1Code
}

// vaguely reports whether a is a record placed only at its country
// because its sentence named no place ("the protests spread"), and b a
// record in that country the sentence may speak of.
func vaguely(a, b *extract.Event) bool {
	return a.Unplaced && a.Place.Precision == extract.PlaceCountry && b.Place.Country == a.Place.Country
}

// Absorb merges b into a: the span both agree on (their overlap, the
// more precise telling), all evidence, the smaller of each count; a
// stated place over one the text left unsaid.
func Absorb(a *extract.Event, b extract.Event) {
	ev := b.Evidence
	b.Evidence = nil
	absorbKeep(a, &b)
	a.Evidence = appendEvidence(a.Evidence, ev)
	a.Sources = Sources(a.Evidence)
}

// absorbKeep is Absorb for all but the evidence, which the caller adds.
func absorbKeep(a *extract.Event, b *extract.Event) {
	// A record that names no place tells its day loosely too: it never
	// moves the day of a placed one, unless that day was only assumed.
	placedA, placedB := !a.Unplaced, !b.Unplaced
	if a.Unplaced && !b.Unplaced || cityIn(b.Place, a.Place) {
		a.Place, a.Unplaced = b.Place, false
	}
	switch {
	case placedA && !placedB && !a.Assumed:
		// a keeps its day.
	case placedB && !placedA && !b.Assumed:
		a.Date, a.Assumed, a.Carried = b.Date, false, b.Carried
	case a.Assumed && !b.Assumed && dayInVagueSpan(a.Date, b.Date):
		// "BREAKING: Sonko has been arrested" on the 3rd, and "his
		// arrest last week": the day the news broke, inside the week
		// the other tells, is the finer date.
		a.Assumed = false
	case a.Assumed && !b.Assumed:
		a.Date, a.Assumed, a.Carried = b.Date, false, b.Carried // a stated date beats an assumed one
	case b.Assumed && !a.Assumed && dayInVagueSpan(b.Date, a.Date):
		a.Date, a.Carried = b.Date, false
	case b.Assumed:
	case a.Carried && !b.Carried && dayInVagueSpan(a.Date, b.Date):
		// "28 July - ... police opened fire" beside "everyone who died
		// this week": the day, carried from the entry's heading, is
		// finer than the week.
	case b.Carried && !a.Carried && dayInVagueSpan(b.Date, a.Date):
		a.Date, a.Carried = b.Date, true
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
	a.Actors = union(a.Actors, b.Actors)
	if b.ClaimedBy == "" {
		a.ClaimedBy = "" // told by a source in its own voice: no longer only a claim
	}
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

// hasCityIn reports whether one of the city records (of r's type, in
// r's region) overlaps r's days.
func hasCityIn(events []extract.Event, cities []int, r *extract.Event) bool {
	for _, j := range cities {
		if overlap(events[j].Date, r.Date) {
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

// union appends the strings of b not in a, keeping a's order: a copy of
// a, or a itself (nil when empty) where b adds nothing.
func union(a, b []string) []string {
	if !adds(a, b) {
		if len(a) == 0 {
			return nil
		}
		return a
	}
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

// adds reports whether b holds a string a does not.
func adds(a, b []string) bool {
	for _, s := range b {
		if !slices.Contains(a, s) {
			return true
		}
	}
	return false
}

// nearestTold is the index of the record of r's type and country whose
// span is nearest r's (within a week), or -1; a record of r's own place
// wins over one elsewhere unless that is four days nearer.
func (m *merger) nearestTold(r *extract.Event) int {
	best, bestGap := -1, 8
	m.byType.each(r.Type, daysOf(r.Date), 8, func(i int) {
		o := &m.out[i]
		if o.Place.Country != r.Place.Country {
			return
		}
		g := gap(o.Date, r.Date)
		if !r.Unplaced && r.Place.Precision != extract.PlaceCountry && !samePlace(&o.Place, &r.Place) {
			g += 4 // another place: only when no record of its own is near
		}
		if g < bestGap || g == bestGap && i < best {
			best, bestGap = i, g
		}
	})
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
	e, ok1 := dayNumber(first.End)
	s, ok2 := dayNumber(second.Start)
	if !ok1 || !ok2 {
		return 1 << 30
	}
	return s - e
}

// measureKind is the kind of measure a state_of_emergency record was
// read from: "curfew", "emergency" (a state of emergency, of siege,
// martial law) or "ban" (on rallies, gatherings); "" when its first
// passage names none.
func measureKind(e *extract.Event) string {
	if len(e.Evidence) == 0 {
		return ""
	}
	// (Merging asks this for every pair of such records: the words are
	// looked for as written, small or capitalised, without lower-casing
	// the passage.)
	t := e.Evidence[0].Text
	has := func(w string) bool {
		return strings.Contains(t, w) || strings.Contains(t, strings.ToUpper(w[:1])+w[1:])
	}
	switch {
	case has("curfew"):
		return "curfew"
	case has("emergency") || has("martial law") || has("state of siege"):
		return "emergency"
	case has("ban") || has("bars ") || has("barred") || has("prohibit") || has("forbid"):
		return "ban"
	}
	return ""
}

// sameMeasure reports whether two state_of_emergency records may tell
// one measure: their kinds agree or one is not known.
func sameMeasure(a, b *extract.Event) bool {
	ka, kb := measureKind(a), measureKind(b)
	// (A curfew comes with a state of emergency, often in one decree.)
	return ka == "" || kb == "" || (ka == "ban") == (kb == "ban")
}
