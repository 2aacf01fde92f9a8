package extract

import (
	"encoding/binary"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/unrest-project/unrest/internal/gazetteer"
	"github.com/unrest-project/unrest/internal/geoparse"
	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/timex"
)

// Options for extraction.
type Options struct {
	// Published anchors relative dates in posts that carry no date of
	// their own; the zero time means none is known.
	Published time.Time
}

// Extractor finds events in reports. Places and Dates are the stages it
// stands on; with either missing it finds nothing, as an event needs both.
type Extractor struct {
	Options Options
	Places  *geoparse.Parser
	Dates   *timex.Tagger
}

// Extract returns the events of r, one record per type, place and span
// of days a sentence states, before merging (package incident merges the
// same event told twice). Posts that only quote earlier ones give
// records marked Quoted: they corroborate an event told elsewhere, they
// do not add one.
func (x *Extractor) Extract(r *report.Report) []Event {
	if x.Places == nil || x.Dates == nil {
		return []Event{}
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	// Places are read once per post; the report's country comes from all.
	if cap(sc.mentions) < len(r.Posts) {
		sc.mentions = make([][]geoparse.Mention, len(r.Posts))
	}
	mentions := sc.mentions[:len(r.Posts)]
	for pi, post := range r.Posts {
		mentions[pi] = nil
		if post.Text != "" {
			// Squares known by name are left to the report's own
			// landmarks (landmark.go), which say where each is.
			mentions[pi] = x.capitalDistricts(landmarkTowns(x.Places.Parse(post.Text)))
		}
	}
	dropForeignLandmarks(r.Posts, mentions)
	dropForeignVillages(r.Posts, mentions)
	dropRouteEnds(r.Posts, mentions)
	// Landmarks placed in a town anywhere in the report place it after.
	sc.marks = nil
	for pi, post := range r.Posts {
		sc.marks.learn(post.Text, mentions[pi])
	}
	// A report's title, or a plain text's headline ("LIVE: Chisinau
	// erupts over election result"), says where it is: its places weigh
	// more than a country named in passing ("hints that Romania is
	// behind it").
	title := r.Title
	if title == "" && len(r.Posts) > 0 {
		title = headline(r.Posts[0].Text)
	}
	home := reportHomeCountry(r.Posts, mentions)
	titled := false // the title settled the report's country against its posts
	var tms []geoparse.Mention
	if title != "" {
		tms = x.titleMentions(title, home)
		if h := homeWithTitle(r.Posts, mentions, tms, home); h != home {
			home, titled = h, h != ""
		}
	}
	city, hasCity := reportMainCity(r.Posts, mentions, home)
	if !hasCity {
		city, hasCity = titleCity(tms, home)
	}
	if !hasCity && anyPostUnplaced(mentions) {
		// (Read only when a post names no place: only such posts are
		// about the report's main city.)
		city, hasCity = x.capitalByItsSeats(r.Posts, home)
	}
	events := sc.events[:0]
	spans := sc.spans[:0]
	// A text with no date of its own and none given is read against the
	// latest day it writes out in full.
	fallback := x.Options.Published
	if fallback.IsZero() && Undated(r) {
		fallback, _ = x.TextAnchor(r)
	}
	for pi, post := range r.Posts {
		if post.Text == "" {
			continue
		}
		anchor := fallback
		if post.HasTime() {
			anchor = post.Published
		}
		if anchor.IsZero() {
			continue // no day to read the post's dates against
		}
		var about []geoparse.Place // what a post that names no place is about
		// (A report of one post is about its title's or main city until
		// its sentences name another: "Buenos Aires pensions: ..." and
		// an e-mail that names the city's quarters and other towns only
		// further down.)
		// (Nor does a post that names only the city, or its squares:
		// "Syntagma full from late morning".)
		if hasCity && (len(mentions[pi]) == 0 || len(r.Posts) == 1 || onlyCity(mentions[pi], city)) {
			about = []geoparse.Place{city}
		} else if c, ok := x.Places.Country(home); ok && home != "" {
			about = []geoparse.Place{c}
		}
		n := len(events)
		sc.mainCity = sc.mainCity[:0]
		if hasCity {
			sc.mainCity = append(sc.mainCity, city)
		}
		events = x.post(sc, events, pi, post.Text, anchor, home, titled, mentions[pi], about)
		if len(events) > n {
			spans = append(spans, postSpan{pi, n, len(events)})
		}
	}
	sc.events, sc.spans = events, spans
	// The records, built once in slices of their exact size: each its
	// one passage, in a block of all.
	out := make([]Event, len(events))
	copy(out, events)
	evidence := make([]Evidence, len(events))
	cursor := runeCursor{text: r.Input}
	for _, sp := range spans {
		post := r.Posts[sp.post]
		for i := sp.start; i < sp.end; i++ {
			evidence[i] = Evidence{Post: sp.post, Text: sc.texts[i]}
			out[i].Evidence = evidence[i : i+1 : i+1]
			out[i].Quoted = post.Quote
		}
		locate(r, &cursor, post, out[sp.start:sp.end], sc.starts[sp.start:sp.end])
	}
	return out
}

// postSpan is the run of records [start, end) one post gave.
type postSpan struct{ post, start, end int }

// reportHomeCountry is homeCountry of the mentions of all posts but
// quotes.
func reportHomeCountry(posts []report.Post, mentions [][]geoparse.Mention) string {
	return bestCountry(countryCounts(posts, mentions))
}

// countryCounts counts the mentions of each country in all posts but
// quotes, and all of them.
func countryCounts(posts []report.Post, mentions [][]geoparse.Mention) (map[string]int, int) {
	n := map[string]int{}
	total := 0
	for pi, ms := range mentions {
		if posts[pi].Quote {
			continue
		}
		for _, m := range ms {
			if m.Place.Country != "" {
				n[m.Place.Country]++
				total++
			}
		}
	}
	return n, total
}

// titleWeight is what a place in a report's title counts for in the
// choice of the report's country, against one mention in a post.
const titleWeight = 3

// titleMentions are the places a title names. The title alone gives no
// context ("Barcelona after the sentences" is read as Barcelona,
// Venezuela): it is read beside the name of the country the posts are
// about.
func (x *Extractor) titleMentions(title, home string) []geoparse.Mention {
	c, ok := x.Places.Country(home)
	if !ok || home == "" {
		return x.Places.Parse(title)
	}
	ms := x.Places.Parse(title + "\n\n" + c.Name + ".")
	for i, m := range ms {
		if m.ByteEnd > len(title) {
			return ms[:i] // the country added, not the title's
		}
	}
	return ms
}

// homeWithTitle is reportHomeCountry with the places of the title
// counted titleWeight times each.
func homeWithTitle(posts []report.Post, mentions [][]geoparse.Mention, tms []geoparse.Mention, home string) string {
	if len(tms) == 0 {
		return home
	}
	n, total := countryCounts(posts, mentions)
	titled := ""
	for _, m := range tms {
		if m.Place.Country != "" {
			n[m.Place.Country] += titleWeight
			total += titleWeight
			titled = m.Place.Country
		}
	}
	if cc := bestCountry(n, total); cc != "" {
		return cc
	}
	// A tie: the title's country, where it names one.
	for _, m := range tms {
		if m.Place.Country != "" && m.Place.Country != titled {
			return ""
		}
	}
	return titled
}

// headline is the first line of a plain text when it reads as a headline:
// twelve words or fewer, no stop at its end.
func headline(text string) string {
	line := text
	if nl := strings.IndexByte(text, '\n'); nl >= 0 {
		line = text[:nl]
	}
	line = strings.TrimSpace(line)
	if line == "" || strings.Count(line, " ") > 11 || len(line) == len(text) {
		return ""
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ',', ';':
		return ""
	}
	return line
}

// reportMainCity is mainCity of the mentions of all posts but quotes.
func reportMainCity(posts []report.Post, mentions [][]geoparse.Mention, home string) (geoparse.Place, bool) {
	n := map[int]int{}
	byID := map[int]geoparse.Place{}
	for pi, ms := range mentions {
		if posts[pi].Quote {
			continue
		}
		for _, m := range ms {
			if m.Place.Precision == geoparse.City && m.Place.Country == home && home != "" {
				n[m.Place.ID]++
				byID[m.Place.ID] = m.Place
			}
		}
	}
	return bestCity(n, byID)
}

// labelMentions returns the mentions of a sentence's label: the places,
// alone, before a colon that opens it ("Columbus, Ohio: ...", after a live
// blog's stamp), or nil.
func labelMentions(text string, start int, ms []geoparse.Mention) []geoparse.Mention {
	if len(ms) == 0 {
		return nil
	}
	from := 0
	if clockEntry(text) {
		if nl := strings.IndexByte(text, '\n'); nl >= 0 {
			from = nl + 1
		}
	}
	colon := strings.Index(text[from:], ": ")
	if colon < 0 || colon > 60 {
		return nil
	}
	end := from + colon
	n := 0
	at := from
	for _, m := range ms {
		bs, be := m.ByteStart-start, m.ByteEnd-start
		if bs < from {
			continue
		}
		if be > end {
			break
		}
		if bs < at {
			return nil // overlapping mentions
		}
		// Between the label's places only commas, spaces and "and".
		if gap := strings.TrimSpace(strings.Trim(strings.TrimSpace(text[at:bs]), ",")); gap != "" && gap != "and" {
			return nil
		}
		at = be
		n++
	}
	if n == 0 || strings.TrimSpace(strings.Trim(strings.TrimSpace(text[at:end]), ",")) != "" {
		return nil
	}
	var out []geoparse.Mention
	for _, m := range ms {
		if bs := m.ByteStart - start; bs >= from && m.ByteEnd-start <= end {
			out = append(out, m)
		}
	}
	return out
}

// sectionKm is how near a city a section of a city ("Kolonaki") must lie
// to be taken as part of it.
const sectionKm = 20

// cityOfSection is the city a section of a city belongs to: the nearest
// city (not itself a section) the post names, or the report's main city,
// within sectionKm.
func cityOfSection(p geoparse.Place, ms []geoparse.Mention, about []geoparse.Place) (geoparse.Place, bool) {
	best, bestKm := geoparse.Place{}, float64(sectionKm)
	consider := func(c geoparse.Place) {
		if c.Precision != geoparse.City || c.Section || c.Country != p.Country {
			return
		}
		if km := gazetteer.Distance(p.Lat, p.Lon, c.Lat, c.Lon); km <= bestKm {
			best, bestKm = c, km
		}
	}
	for _, m := range ms {
		consider(m.Place)
	}
	for _, c := range about {
		consider(c)
	}
	return best, best.Precision == geoparse.City
}

// withoutDateline drops a dateline's place from a sentence's mentions
// when others remain: a name in capitals opening the sentence, then a
// comma ("RABAT, Oct. 2 (eval wire) - ...").
func withoutDateline(text string, start int, ms []geoparse.Mention) []geoparse.Mention {
	if len(ms) < 2 || ms[0].ByteStart != start {
		return ms
	}
	name := ms[0].Text
	if len(name) < 3 || len(name) >= len(text) || text[len(name)] != ',' || strings.ContainsFunc(name, unicode.IsLower) {
		return ms
	}
	return ms[1:]
}

// hasCity reports whether ms names a city.
func hasCity(ms []geoparse.Mention) bool {
	for _, m := range ms {
		if m.Place.Precision == geoparse.City {
			return true
		}
	}
	return false
}

// anyPostUnplaced reports whether some post names no place.
func anyPostUnplaced(mentions [][]geoparse.Mention) bool {
	for _, ms := range mentions {
		if len(ms) == 0 {
			return true
		}
	}
	return false
}

// capitalByItsSeats is the capital of a report whose posts name its
// seats of power ("a rally outside parliament", "the presidential
// palace") in two posts or more and no city often enough: a channel that
// follows protests at parliament is about the capital.
func (x *Extractor) capitalByItsSeats(posts []report.Post, home string) (geoparse.Place, bool) {
	if home == "" || len(posts) < 2 {
		return geoparse.Place{}, false
	}
	n := 0
	for _, p := range posts {
		if !p.Quote && seatsOfPowerSet.in(strings.ToLower(p.Text)) {
			n++
		}
	}
	if n < 2 {
		return geoparse.Place{}, false
	}
	return x.Places.Capital(home)
}

// titleCity is the one city a report's title names ("Thread: Bishkek
// after the vote"), in the report's country where it has one: what a
// report whose posts name no city of their own often enough is about.
func titleCity(tms []geoparse.Mention, home string) (geoparse.Place, bool) {
	var found geoparse.Place
	n := 0
	for _, m := range tms {
		p := m.Place
		if p.Precision != geoparse.City || home != "" && p.Country != home || n > 0 && p.ID == found.ID {
			continue
		}
		found = p
		n++
	}
	return found, n == 1
}

// national types are told of a country or a region as a whole: one record
// per sentence, at the first place it names, not one per city listed. (A
// state of emergency is declared place by place: one record each.) The
// sets of types here are switches, not maps: a test hashes no string.
func national(t Type) bool {
	switch t {
	case PriceChange, GovernmentChange, Concession, InternetShutdown:
		return true
	}
	return false
}

// decidedAnywhere types are decisions of a government, which may be taken
// or told far from the place they govern. (Not a concession: a decree
// signed abroad is a foreign government's, "Putin signed a decree
// suspending flights to Georgia".)
func decidedAnywhere(t Type) bool {
	switch t {
	case GovernmentChange, StateOfEmergency, InternetShutdown:
		return true
	}
	return false
}

// countrywide words say an event covers the whole country.
var countrywide = []string{"nationwide", "countrywide", "country-wide", "whole country", "across the country",
	"all over the country", "throughout the country", "entire country", "around the country", "up and down the country",
	"whole territory", "entire territory", "throughout the territory"}

// seatsOfPower are national institutions that sit in the capital.
var seatsOfPower = []string{"parliament", "president's house", "presidential palace", "presidential residence",
	"presidential secretariat", "presidential office", "president's office", "pm's office", "prime minister's office",
	"prime minister's residence", "national assembly", "state television", "state tv", "state broadcaster",
	"central bank", "supreme court", "government house", "government headquarters", "cabinet office",
	"constitutional court", "constitutional tribunal", "national congress", "congress building"}

// seatsOfPowerSet finds seatsOfPower in a sentence's lower case, whose
// apostrophes may be curly: phrases with a straight one are filed with a
// curly one too.
var seatsOfPowerSet = newPhraseSet(withCurlyApostrophes(seatsOfPower))

// withCurlyApostrophes is phrases and, for each with an apostrophe ('),
// the phrase with a curly one (’) instead.
func withCurlyApostrophes(phrases []string) []string {
	out := append([]string(nil), phrases...)
	for _, p := range phrases {
		if strings.Contains(p, "'") {
			out = append(out, strings.ReplaceAll(p, "'", "’"))
		}
	}
	return out
}

// forTheFuture are the types that are events when announced for days to
// come.
func forTheFuture(t Type) bool {
	switch t {
	case StateOfEmergency, Concession, InternetShutdown, PriceChange, Deployment, GovernmentChange:
		return true
	}
	return false
}

// atBuilding are the types told of a crowd or a force at a building.
func atBuilding(t Type) bool {
	switch t {
	case Protest, Riot, Blockade, Repression, Looting:
		return true
	}
	return false
}

// nationalWords, just before a trigger, make it countrywide.
var nationalWords = []string{"national", "nationwide", "countrywide", "country-wide", "all-out"}

// post extracts one post's events, carrying the place and the date in
// focus from sentence to sentence. Places and dates are read from the
// whole post, so that its context (the country it is about, the date it
// last named) informs each sentence.
// The events are appended to out.
func (x *Extractor) post(sc *scratch, out []Event, index int, text string, anchor time.Time, reportHome string, titled bool, mentions []geoparse.Mention, about []geoparse.Place) []Event {
	exprs := x.Dates.Tag(text, anchor)
	// A post whose first day named lies a week or more before it is a
	// summary told from then on ("On Friday 6 July ..." in a weekly
	// letter), not today's news with some background.
	summary := false
	if first := firstDay(exprs); first != nil {
		summary = lookingBack(first.Span, anchor)
	}
	// The post's own country, where it names one more than once; one
	// mention abroad ("his letter from Singapore") does not move a post
	// out of the country the report is about.
	home := homeCountry(mentions)
	if home == "" || reportHome != "" && home != reportHome && (countryMentions(mentions, home) < 2 || titled) {
		home = reportHome
	}
	var focusPlaces []geoparse.Place
	// A post that names no place of its own is about the report's main
	// city, if one stands out in a thread about a city, else its country.
	focusPlaces = about
	// A live blog's entry ("14:50 On the bridge riot police are
	// firing...") that names no place is about the city the blog names
	// most, not the towns of the entry before.
	var entryPlaces []geoparse.Place
	if c, ok := postMainCity(mentions, home); ok {
		entryPlaces = []geoparse.Place{c}
	}
	var focusDate *timex.Expression
	// The day the story was last on, kept over paragraphs for one that
	// goes on from it ("Within hours, ...").
	var storyDate *timex.Expression
	// A paragraph that is only a date ("Tuesday 2 July 2019" in a live
	// blog) heads the paragraphs after it, up to the next such heading.
	var heading *timex.Expression
	// The day the post has reached: its own, or a later one its live
	// blog's headings and clock times have gone on to. Events after it
	// are plans.
	pd := postDayOf(anchor)
	now := pd.day
	para := -1
	// The post lower-cased once: a sentence's lower case is a slice of it
	// where lower-casing kept every character's bytes in place.
	lowPost, sameLen := sc.lowerSameLen(text)
	// Whether any sentence may say "nationwide" or "across the country":
	// read once a post, not once a sentence.
	// (The French, Spanish and Portuguese phrases are looked for in a
	// sentence only where the post has one.)
	romanceWide := frenchCountrywideIn(lowPost)
	postWide := home != "" && (!sameLen || containsAt(lowPost, "nationwide", 6) || containsAt(lowPost, "country", 6) ||
		containsAt(lowPost, "territory", 6) || !isASCII(lowPost) && containsAny(lowPost, wideCountrywide) || romanceWide)
	sc.sents = splitSentencesInto(text, sc.sents)
	// The records the last sentence with an event gave, for the figures
	// a sentence after it tells of them ("Police fired tear gas. The
	// health ministry confirms three dead.").
	lastFirst, lastSent, lastPara := len(out), -10, -1
	for si, s := range sc.sents {
		if s.para != para {
			// A date in focus holds within its paragraph; but a post that
			// looks back over a week or more ("a very hard week") goes on
			// telling of the days it named, paragraph after paragraph.
			para = s.para
			if entryPlaces != nil && clockEntry(s.text) {
				focusPlaces = entryPlaces
			}
			// A list of places ("rallies in Quetzaltenango and in Cobán")
			// is in focus for its paragraph only: the next one goes on
			// from the place the post is about.
			if len(focusPlaces) > 1 && len(about) == 1 && about[0].Precision == geoparse.City {
				focusPlaces = about
			}
			if storyDate != nil && continuesStory(s.text) {
				// "Within hours, ...", "The following day ...": the
				// paragraph goes on from the day the last one told of
				// (past a heading in between).
				focusDate = storyDate
			} else if focusDate == nil || !summary || !lookingBack(focusDate.Span, anchor) {
				focusDate = heading
			}
		}
		sentMentions, sentExprs := within(mentions, s.start, s.end), exprsWithin(exprs, s.start, s.end)
		var lower string
		if sameLen {
			lower = lowPost[s.start:s.end]
		} else {
			lower = strings.ToLower(s.text)
		}
		// The places of a sentence are written over those of the last
		// one that had any, which are in focus no longer once these are.
		// A label before a colon ("Columbus, Ohio: protesters smashed
		// windows at the Ohio Statehouse") places the whole sentence.
		// A wire's dateline ("RABAT, Oct. 2 (Reuters) -") says where
		// the story was filed: not where the events it tells were, when
		// the sentence names other places ("in a small town near
		// Agadir").
		sentMentions = withoutDateline(s.text, s.start, sentMentions)
		sentMentions = withoutOrigins(s.text, s.start, sentMentions, len(sc.places) > 0)
		sentMentions = withoutDenied(s.text, s.start, sentMentions)
		label := false
		if lm := labelMentions(s.text, s.start, sentMentions); len(lm) > 0 && (hasCity(lm) || !hasCity(sentMentions)) {
			// ("Belarus: police detained 200 in Minsk": Minsk.)
			sentMentions, label = lm, true
		}
		places := sentencePlacesInto(sc.places, sentMentions)
		// "tear gas reached our balcony in Kolonaki": a quarter of the
		// city the post or the report is about is that city.
		for i := range places {
			if places[i].Section {
				if c, ok := cityOfSection(places[i], mentions, sc.mainCity); ok {
					places[i] = c
				}
			}
		}
		if len(places) > 0 {
			sc.places = places
		}
		if len(places) == 0 && len(sc.marks) > 0 {
			// "troops were deployed around the Fourth Circle".
			if p, ok := sc.marks.find(lower); ok {
				places = []geoparse.Place{p}
			}
		}
		date := onLiveDay(inStory(firstDate(text, sentExprs, pd), focusDate, anchor, summary), pd, now)
		if len(places) > 0 {
			focusPlaces = places
		}
		if date != nil && (len(sentExprs) == 1 && onlyDate(s.text, &sentExprs[0], s.start) || dateHeading(s.text, sentExprs, s.start)) {
			heading = date
			now = latest(now, date)
		} else if len(sentExprs) == 0 && headingLine(s.text) {
			// A section heading with no date ("BACKGROUND", "OUTLOOK")
			// ends the days the headings before it set.
			heading, focusDate, storyDate = nil, nil, nil
		}
		if date != nil && date.Type == timex.Time && strings.IndexByte(date.Text, ':') > 0 {
			now = latest(now, date) // a live blog's clock: "00:05" of the next day
		}
		prevFocus := focusDate // the day in focus before this sentence
		// (A day that ends a span or names another event, "lasted until
		// 2 January", "the pattern of 31 December", dates its sentence
		// but leaves the paragraph's day in focus.)
		if date != nil && !(focusDate != nil && (date.Aside || ofDate(text, date))) {
			focusDate = date
		}
		if focusDate != nil {
			storyDate = focusDate
		}
		words, at := wordSpansInto(s.text, lower, sc.words, sc.at)
		sc.words, sc.at = words, at
		joined := false // "12 000", "1.200", "3.5 million": groups of a figure joined
		words, at, joined = joinNumberGroups(s.text, words, at)
		low := "" // words are slices of lower where it is as long as the sentence
		if len(lower) == len(s.text) && !joined && !hasEasternDigits(s.text) {
			low = lower
		}
		tk := lookupTokens(words, at, low, sc.refs, sc.hits)
		sc.refs, sc.hits = tk.refs, tk.hits
		trigs := findTriggersInto(sc, &tk)
		// "The next day units in Sucre and Santa Cruz follow suit": the
		// deed of the sentence before, told again of other places.
		if len(trigs) == 0 && si-lastSent <= 2 && lastFirst < len(out) && len(sentMentions) > 0 {
			if k := followsSuit(words); k >= 0 {
				trigs = append(sc.trigs[:0], trigger{out[lastFirst].Type, k, k + 2})
				sc.trigs = trigs
			}
		}
		if len(trigs) == 0 {
			if si-lastSent <= 2 && s.para == lastPara && lastFirst < len(out) {
				day := ""
				if date != nil {
					day = sc.formatDay(date.Span.Start)
				}
				lendCounts(out[lastFirst:], &tk, sc, day, sentencePlaces(sentMentions))
			}
			continue
		}
		// A section heading in capitals ("DETENTIONS AND TREATMENT IN
		// CUSTODY") names what the section tells; the section tells it.
		// So does a short title of a section in small letters ("Strike
		// and blockades"), a paragraph of its own.
		if len(sentMentions) == 0 && len(sentExprs) == 0 && (headingLine(s.text) ||
			shortTitle(s.text) && (si == 0 || sc.sents[si-1].para != s.para) && (si+1 == len(sc.sents) || sc.sents[si+1].para != s.para)) {
			continue
		}
		// "Our view: scrapping the subsidy in one step was always going
		// to end this way": an opinion tells no event. Nor does a
		// headline in capitals ('"THEY FIRED TEAR GAS INTO THE CHURCHES":
		// THE REPRESSION OF THE MARCHES OF 31 DECEMBER AND 21 JANUARY'),
		// which sums up the days the body tells one by one.
		if opinionLead(s.text) || capitalsHeadline(s.text) || appeal(s.text) {
			continue
		}
		// A post's title line ("Tens of thousands rally in 35 towns;
		// Varna turns out in force") sums up its body: its records
		// corroborate what the body tells, and stand only where the
		// body tells nothing of the kind.
		titleLine := si == 0 && len(sc.sents) > 1 && sc.sents[1].para != s.para && titleLike(s.text)
		var c counts
		readC := false
		// (Phrases are looked for in lower: none holds a curly
		// apostrophe, and those of seatsOfPowerSet come with both.)
		sentenceWide := postWide && countrywideIn(lower, romanceWide)
		seats := 0 // seatsOfPowerSet.in(lower), read once: 1 no, 2 yes
		// Clauses matter only where the sentence has places or dates to
		// share out between them (two or more, or one beside a reference
		// back, whose own clause decides), or says "after".
		cs := [][2]int{{0, len(s.text)}}
		if len(sentMentions) > 1 || len(sentExprs) > 1 ||
			(len(sentMentions) > 0 || len(sentExprs) > 0) && anyAnaphoric(&tk, trigs) ||
			containsAt(lower, "after", 1) || containsAt(lower, "earlier", 3) {
			if sameLen {
				sc.clauses = clausesOf(s.text, lower, &tk, at, sc.clauses)
			} else {
				sc.clauses = clausesLow(s.text, lower, sc.clauses)
			}
			cs = sc.clauses
		}
		// Who and what for are read once a sentence, when it tells an event.
		var actors, demands []string
		readActors, readDemands := false, false
		claimedBy, readClaim := "", false
		for _, tr := range trigs {
			// A chant is no event: 'chanting "Mafia!" and "Resign!"'.
			if tr.typ != Protest && inChant(s.text, at[tr.start]) {
				continue
			}
			// Nor is a kind of thing: "A stoppage is not a riot."
			if tk.generic(tr) {
				continue
			}
			// A colon or semicolon ends the clause a negation reaches
			// over: "It did not work: flash rallies popped up".
			if j := tk.negatorOf(tr); j >= 0 && !inTheName(tk.words, at, s.text, j) && (j > tr.start || !strings.ContainsAny(s.text[at[j]:at[tr.start]], ":;") &&
				// "the shutdown that Mondlane had called, shops stayed
				// closed", "before the petition could be handed over,
				// police fired tear gas": a plan or a modal in another
				// clause is none of this one's. (A denial reaches over
				// a comma: "did not, in the end, open fire"; so does a
				// condition: "if the unrest goes on, troops will be
				// sent".)
				!((tk.is(j, classPlanned) || !denial(tk.words[j])) && strings.IndexByte(s.text[at[j]:at[tr.start]], ',') >= 0)) {
				continue
			}
			if tk.calledOff(tr) {
				continue // "the rally planned for today will not take place"
			}
			if tk.deniedAfter(tr) {
				continue // "قطع اینترنت را تکذیب کردند": a Persian denial, verb last
			}
			if tk.plannedAfter(tr) {
				continue // "A vigil ... is planned outside the school on Monday"
			}
			// "everyone detained during the protests will be set free":
			// the release is the news, the arrests were told before.
			if tr.typ == Arrests && hasType(trigs, Concession) && (tk.anaphoric(tr) || tr.start > 0 &&
				strings.HasSuffix(tk.words[tr.start], "ed") && (tk.words[tr.start-1] == "the" || tk.words[tr.start-1] == "those")) {
				continue // "the detained M5 leaders are released"
			}
			// The trigger's own clause speaks first: "rallied in Almaty,
			// while in Aktau police joined them".
			cl := clauseOf(cs, at[tr.start])
			if len(cs) > 1 {
				cl = locativeTails(cs, cl, lower, func(from, to int) bool {
					for _, o := range trigs {
						if o.start < len(at) && at[o.start] >= from && at[o.start] < to {
							return true
						}
					}
					return false
				})
			}
			clauseMentions := withoutOrigins(s.text, s.start, withoutDenied(s.text, s.start, within(mentions, s.start+cl[0], s.start+cl[1])),
				len(places) > 0 || len(focusPlaces) > 0)
			// "a national strike", "the nationwide curfew"; "across the
			// country" in another clause than one that names its towns
			// ("a shutdown was observed across the country, and
			// protesters took to the streets in Maputo and Beira") is
			// not this trigger's.
			wide := sentenceWide && (len(clauseMentions) == 0 || sameRun(clauseMentions, sentMentions) ||
				countrywideIn(lower[min(cl[0], len(lower)):min(cl[1], len(lower))], romanceWide)) ||
				home != "" && tr.start > 0 && tk.is(tr.start-1, classNational)
			clauseDate := onLiveDay(inStory(firstDate(text, exprsWithin(exprs, s.start+cl[0], s.start+cl[1]), pd), focusDate, anchor, summary), pd, now)
			if clauseDate != nil && semicolonApart(s.text, at[tr.start], clauseDate.ByteStart-s.start) {
				clauseDate = nil // the clause runs on past a semicolon
			}
			// "a protest over the police killing of Breonna Taylor in
			// March": the day of the grievance, not of the protest.
			if clauseDate != nil && grievanceDate(s.text, at[tr.start], clauseDate.ByteStart-s.start) {
				clauseDate = nil
			}
			// "brought back July 1999, when security forces stormed the
			// halls": the date the when-clause hangs on is its own.
			if clauseDate == nil {
				if e := dateBeforeWhen(s.text, cl, sentExprs, s.start); e != nil {
					clauseDate = e
				}
			}
			var where []geoparse.Place
			if sameRun(clauseMentions, sentMentions) || label {
				where = places // the clause is the sentence, or a label places it all
			} else {
				where = sentencePlaces(clauseMentions)
			}
			// "filled the streets of the capital, and crowds turned out in
			// Oran": the clause names the country's capital by its role;
			// so does "a march in the capital of Ghana", whose only
			// name is the country's.
			if cc := capitalCountry(clauseMentions, where, home); cc != "" &&
				nationalCapitalIn(lower[min(cl[0], len(lower)):min(cl[1], len(lower))]) {
				if c, ok := x.Places.Capital(cc); ok {
					where = []geoparse.Place{c}
				}
			}
			if len(where) == 0 {
				where = places
			}
			// "stormed the presidential palace", "broke into parliament":
			// a national seat of power stands in the capital.
			// So does "Kenya's parliament": a country's seat is its capital.
			if atBuilding(tr.typ) && onlyCountries(where) && !tk.any(classLocalOffice) && seatOfPower(&seats, lower) {
				cc := home
				if len(where) > 0 {
					cc = where[0].Country
				}
				if c, ok := x.Places.Capital(cc); ok && cc != "" {
					where = []geoparse.Place{c}
					focusPlaces = where // the story is in the capital now
				}
			}
			if len(where) == 0 {
				// No place in the sentence: the place in focus, if the
				// text was about one; after a list of places ("spread to
				// A, B and C") the event is told of none of them in
				// particular, so of their country.
				where = focusPlaces
				// A crowd's or the police's act told after a sentence that
				// named only the country ("the reason for almost all legal
				// terminations in Poland"), in a post about one city, is
				// that city's.
				if len(where) == 1 && where[0].Precision == geoparse.Country && entryPlaces != nil &&
					entryPlaces[0].Country == where[0].Country && dailyAct(tr.typ) && !wide {
					where = entryPlaces
				}
				if len(where) > 1 {
					// One place at home among places abroad (a namesake
					// taken for a foreign city: "Freetown - Kissy and the
					// Wellington area") is the place in focus.
					if p, ok := onlyAtHome(where, home); ok {
						where = []geoparse.Place{p}
					} else if p, ok := cityAndItsRegion(where); ok {
						// "News from Puyo, in the Amazon province of
						// Pastaza": the town, its region told beside it.
						where = []geoparse.Place{p}
					} else if oneArea(where) {
						// "Maputo and the neighbouring city of Matola":
						// one metropolitan area, told by its first city.
						where = where[:1]
					} else {
						where = []geoparse.Place{x.countryOf(where[0])}
					}
				}
			}
			// "The governor declared an emergency for the south-central
			// part of the state": a local office's act told of the
			// country alone is the report's main city's region (a
			// governor's, a province's) or city (a mayor's).
			// (Or of the main city itself, where the sentence names no
			// place: a governor's emergency is the region's.)
			if len(where) == 1 && len(sc.mainCity) > 0 && sc.mainCity[0].Country == where[0].Country &&
				(where[0].Precision == geoparse.Country || len(clauseMentions) == 0 && where[0].ID == sc.mainCity[0].ID &&
					(slices.Contains(tk.words, "governor") || slices.Contains(tk.words, "governors"))) &&
				tk.any(classLocalOffice) {
				if p, ok := x.localSeat(sc.mainCity[0], &tk); ok {
					where = []geoparse.Place{p}
				}
			}
			// Events abroad are told as context ("solidarity from
			// Russia"): a post about one country keeps its events there.
			// (where itself when all are at home: records copy their
			// place, and where is only read.)
			here := where
			if home != "" && !allIn(where, home) {
				here = nil
				for _, p := range where {
					if p.Country == home {
						here = append(here, p)
					}
				}
			}
			// A government changes at home even when the news comes from
			// abroad ("sent his resignation from Singapore"); so does a
			// measure taken for it abroad ("Decisions from Paris: Macron
			// has declared a state of emergency covering the territory").
			if len(here) == 0 && len(where) > 0 && decidedAnywhere(tr.typ) && home != "" {
				if c, ok := x.Places.Country(home); ok {
					here = []geoparse.Place{c}
				}
			}
			where = here
			if len(where) == 0 {
				continue // an event needs a place
			}
			if national(tr.typ) {
				where = where[:1]
				// A government falls, a measure is taken, for the whole
				// country unless the sentence names a local office.
				if wide || tr.typ == GovernmentChange && !tk.any(classLocalOffice) {
					where = []geoparse.Place{x.countryOf(where[0])}
				}
			}
			// "extended it to the whole country", "detained 117 nationwide":
			// a record for the country too.
			if wide {
				if c, ok := x.Places.Country(home); ok && !hasCountry(where, home) {
					if len(clauseMentions) == 0 {
						// "detained nationwide" naming no place: the
						// country, not the town the text was last about.
						where = []geoparse.Place{c}
					} else {
						where = append(append([]geoparse.Place(nil), where...), c)
					}
				}
			}
			// The sentence's day speaks for the trigger unless it follows
			// a semicolon after it ("65,000 marched peacefully; unlike
			// last week, police held back"): then the day in focus before.
			when, carried := clauseDate, false
			if when != nil && relativeApart(s.text, at[tr.start], when.ByteStart-s.start) {
				when = nil
			}
			if when == nil && date != nil && !semicolonApart(s.text, at[tr.start], date.ByteStart-s.start) &&
				!grievanceDate(s.text, at[tr.start], date.ByteStart-s.start) && !relativeApart(s.text, at[tr.start], date.ByteStart-s.start) {
				when = date
			}
			if when == nil {
				when, carried = prevFocus, true
			}
			// A measure announced is dated by its announcing ("said on
			// Monday she would bring the vote forward to April 2024").
			if forTheFuture(tr.typ) {
				if told := tellingDate(text, sentExprs); told != nil {
					when, carried = told, false
				} else if when != nil && dayAfter(when.Span.Start, now) {
					// "he will not run in 2014": the day it is said.
					when, carried = nil, false
				}
			}
			span := timex.Span{Start: anchor, End: anchor}
			if when != nil {
				span = when.Span
				// "By Sunday, protests in more than 100 cities": the
				// tally of the days since the one the story was on.
				if when == date && !carried && prevFocus != nil && prevFocus.Span.Start.Before(span.Start) &&
					tallyBefore(text, date.ByteStart) {
					span.Start = prevFocus.Span.Start
				}
			} else if tk.pastPerfect(tr.start) && !earlierSameDay(lower) {
				// "banks had been set on fire": before the day of telling
				// (but "earlier in the afternoon soldiers had fired" is
				// of the day told).
				span = timex.Span{Start: pd.before, End: pd.before}
			}
			// A crowd, a strike, a blockade told for days still to come
			// ("will strike next week") is a plan, not an event; a curfew
			// or a concession announced for them is taken now.
			if dayAfter(span.Start, now) && !forTheFuture(tr.typ) {
				continue
			}
			// "a day after crowds stormed the city hall": the day before.
			if back := daysBefore(s.text, cl); back > 0 && clauseDate == nil {
				span = timex.Span{Start: span.Start.AddDate(0, 0, -back), End: span.End.AddDate(0, 0, -back)}
			} else if n := daysOfBefore(s.text, s.start, sentExprs, at[tr.start]); n > 0 && clauseDate == nil && when == date && date != nil {
				// "found bodies on Friday, after two days of rioting in
				// which crowds looted": the days before the sentence's.
				span = timex.Span{Start: span.Start.AddDate(0, 0, -n), End: span.Start.AddDate(0, 0, -1)}
			}
			// A summary that reaches back years to now ("since 2011",
			// "over the past decade") is no event date; a past year or
			// season ("in 2011") is the date of a past event.
			// Background told in months or years counts only where the
			// sentence names the town or region it happened in ("the
			// Zhanaozen massacre" of 2011), not the country's long story.
			if long := span.End.Sub(span.Start) > 60*24*time.Hour; long &&
				(!span.End.Before(pd.before) || !namesFiner(places)) {
				continue
			}
			for _, pl := range where {
				e := Event{Type: tr.typ, Date: DateSpan{sc.formatDay(span.Start), sc.formatDay(span.End)},
					Place:   toPlace(pl),
					Sources: 1, Assumed: when == nil,
					Carried:  when != nil && carried,
					Unplaced: len(places) == 0 && pl.Precision == geoparse.Country && !wide,
					Mention:  titleLine || clauseDate == nil && !wide && tk.anaphoric(tr) && (len(places) == 0 || date == nil || len(clauseMentions) == 0)}
				if !readActors {
					actors, readActors = withoutArticleUN(sc.actorsOf(&tk), s.text), true
				}
				e.Actors = actors
				if !readClaim {
					claimedBy, readClaim = claimantOf(s.text, lower, &tk), true
				}
				e.ClaimedBy = claimedBy
				switch tr.typ {
				case Protest, Strike, Blockade:
					if !readDemands {
						demands, readDemands = sc.demandsOf(&tk), true
					}
					e.Demands = demands
				}
				switch tr.typ {
				case Repression, Riot, Arrests, Protest, Strike, Blockade:
					if !readC {
						c, readC = tk.counts(sc), true
					}
				}
				switch tr.typ {
				case Repression, Riot:
					e.Fatalities, e.Injured = c.fatalities, c.injured
				case Arrests:
					e.Arrested = c.arrested
				case Protest, Strike, Blockade:
					e.Participants = c.participants
				}
				if lastSent != si {
					lastFirst, lastSent, lastPara = len(out), si, s.para
				}
				out = append(out, e)
				sc.texts = append(sc.texts, s.text) // its passage
				sc.starts = append(sc.starts, s.start)
			}
		}
	}
	return out
}

// lendCounts gives the figures of a sentence that tells no event of its
// own to the records of the sentence with an event just before it, where
// they have none of that kind: the dead and hurt to repression and riots,
// the detained to arrests, a crowd to protests and strikes. A sentence
// that names another day or another place tells of something else.
func lendCounts(recs []Event, tk *tokens, sc *scratch, day string, places []geoparse.Place) {
	if !tk.any(classAmount | classNumber) {
		return
	}
	c := tk.counts(sc)
	if c.fatalities == nil && c.injured == nil && c.arrested == nil && c.participants == nil {
		return
	}
	for i := range recs {
		r := &recs[i]
		if day != "" && day != r.Date.Start || len(places) > 0 && !placesHold(places, r.Place) {
			continue
		}
		switch r.Type {
		case Repression, Riot:
			if r.Fatalities == nil {
				r.Fatalities = c.fatalities
			}
			if r.Injured == nil {
				r.Injured = c.injured
			}
		case Arrests:
			if r.Arrested == nil {
				r.Arrested = c.arrested
			}
		case Protest, Strike:
			// (A crowd, not "several people were seen" near it.)
			if r.Participants == nil && c.participants != nil && *c.participants >= 20 {
				r.Participants = c.participants
			}
		}
	}
}

// placesHold reports whether ps holds the record's place, by name and
// country.
func placesHold(ps []geoparse.Place, p Place) bool {
	for _, q := range ps {
		if q.Name == p.Name && q.Country == p.Country {
			return true
		}
	}
	return false
}

// postMainCity is the city of country home a post names most, three times
// or more and more often than any other.
func postMainCity(ms []geoparse.Mention, home string) (geoparse.Place, bool) {
	if home == "" || len(ms) < 3 {
		return geoparse.Place{}, false
	}
	n := map[int]int{}
	byID := map[int]geoparse.Place{}
	for _, m := range ms {
		if m.Place.Precision == geoparse.City && m.Place.Country == home {
			n[m.Place.ID]++
			byID[m.Place.ID] = m.Place
		}
	}
	return bestCity(n, byID)
}

// clockEntry reports whether a paragraph opens with a clock time
// ("14:50"): an entry of a live blog.
func clockEntry(s string) bool {
	return len(s) >= 5 && isDigit(s[0]) && isDigit(s[1]) && s[2] == ':' && isDigit(s[3]) && isDigit(s[4]) ||
		len(s) >= 4 && isDigit(s[0]) && s[1] == ':' && isDigit(s[2]) && isDigit(s[3])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// storyConnectives open a paragraph that goes on from the time of the one
// before.
var storyConnectives = newOpeners("within hours", "within minutes", "within the hour", "within an hour",
	"within a few hours", "within a day", "within days", "an hour later", "a day later", "hours later",
	"minutes later", "soon after", "soon afterwards", "shortly after", "shortly afterwards", "later ", "later,",
	"then ", "meanwhile", "at the same time", "by then", "by nightfall", "by evening", "by the evening",
	"by the afternoon", "by midday", "by noon", "after that", "afterwards", "elsewhere", "that same ",
	// Days told from the story's: without it they would count from the
	// day of publication.
	"the following day", "the following morning", "the following evening", "the following night",
	"the following afternoon", "the following week", "the next day", "the next morning", "the next evening",
	"the next night", "the day after",
	"that night", "that evening", "that afternoon", "that morning", "that day", "the same day", "on the same day")

// continuesStory reports whether a paragraph's first sentence opens with a
// connective of time that goes on from the paragraph before.
func continuesStory(s string) bool {
	return storyConnectives.open(s)
}

// denial reports whether a negator denies or sets a condition ("not",
// "never", "if"), rather than telling a plan, a wish or a modality.
func denial(w string) bool {
	switch w {
	case "not", "no", "never", "without", "didn't", "don't", "won't", "if", "unless", "denied", "denies", "deny",
		"denying", "rejected", "rejects", "refuted", "refutes", "disputed", "disputes":
		return true
	}
	return false
}

// tallyBefore reports whether the date at byte at of text follows "by"
// or "as of": the end of a tally, not the day of one event.
func tallyBefore(text string, at int) bool {
	before := text[max(0, at-6):at]
	if len(before) == 6 && strings.EqualFold(before, "as of ") {
		return true
	}
	if len(before) < 3 || !strings.EqualFold(before[len(before)-3:], "by ") {
		return false
	}
	// "by" a word of its own: "By Sunday", "and by Monday", not "Abby ".
	return len(before) == 3 || before[len(before)-4] == ' ' || before[len(before)-4] == '\n'
}

// areaKm is how close the cities of a list must stand to the first to be
// one metropolitan area.
const areaKm = 40

// oneArea reports whether places are cities within areaKm of the first.
func oneArea(ps []geoparse.Place) bool {
	for _, p := range ps {
		if p.Precision != geoparse.City || gazetteer.Distance(ps[0].Lat, ps[0].Lon, p.Lat, p.Lon) > areaKm {
			return false
		}
	}
	return true
}

// dailyAct reports whether t is an act of a crowd or of the police, told
// of a place and a day.
func dailyAct(t Type) bool {
	switch t {
	case Protest, Riot, Repression, Arrests, Looting, Blockade:
		return true
	}
	return false
}

// cityAndItsRegion returns the city of ps when ps is one city and the
// region or country it is in.
func cityAndItsRegion(ps []geoparse.Place) (geoparse.Place, bool) {
	var city geoparse.Place
	n := 0
	for _, p := range ps {
		if p.Precision == geoparse.City {
			if n > 0 && p.ID != city.ID {
				return geoparse.Place{}, false
			}
			city, n = p, n+1
		}
	}
	if n == 0 {
		return geoparse.Place{}, false
	}
	for _, p := range ps {
		switch p.Precision {
		case geoparse.Admin1:
			if p.Country != city.Country || p.Admin1 != city.Admin1 {
				return geoparse.Place{}, false
			}
		case geoparse.Country:
			if p.Country != city.Country {
				return geoparse.Place{}, false
			}
		}
	}
	return city, true
}

// onlyAtHome returns the one place of ps in country home, when exactly
// one is and another is not.
func onlyAtHome(ps []geoparse.Place, home string) (geoparse.Place, bool) {
	if home == "" {
		return geoparse.Place{}, false
	}
	var at geoparse.Place
	n, abroad := 0, false
	for _, p := range ps {
		if p.Country != home {
			abroad = true
			continue
		}
		if n == 0 || p.ID != at.ID || p.Precision != at.Precision {
			n++
			at = p
		}
	}
	return at, n == 1 && abroad
}

// localOffices name an office below the national government: its
// holder's fall is a change in that place, not the country.
var localOffices = []string{"governor", "mayor", "akim", "regional", "local", "municipal", "provincial", "county",
	"governors", "mayors"}

// onlyCity reports whether every mention of ms is the city c.
func onlyCity(ms []geoparse.Mention, c geoparse.Place) bool {
	for _, m := range ms {
		if m.Place.ID != c.ID || m.Place.Precision != geoparse.City {
			return false
		}
	}
	return true
}

// localSeat returns the place a local office of the sentence governs in
// the report's main city: the city for a mayor's or a municipality's,
// else its region (a governor's, a province's, a region's).
func (x *Extractor) localSeat(city geoparse.Place, tk *tokens) (geoparse.Place, bool) {
	for _, w := range tk.words {
		switch w {
		case "mayor", "mayors", "municipal", "akim":
			return city, true
		}
	}
	if city.Admin1 == "" {
		return geoparse.Place{}, false
	}
	return x.Places.Region(city.Admin1)
}

// pastPerfect reports whether the verb of a trigger at word i is in the
// past perfect ("had been looted", "had been set on fire or looted"): a
// "had" in the seven words before it, within its clause.
func (tk *tokens) pastPerfect(i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		if tk.words[j] == "had" {
			return true
		}
		if tk.is(j, classPastStop) {
			return false
		}
	}
	return false
}

// pastPerfectStops end the clause pastPerfect looks back over.
var pastPerfectStops = []string{"and", "but", "while", "when", "after", "before", "then", "as"}

// onlyCountries reports whether places are none or countries only.
func onlyCountries(places []geoparse.Place) bool {
	for _, p := range places {
		if p.Precision != geoparse.Country {
			return false
		}
	}
	return true
}

// namesFiner reports whether places hold a city or a region.
func namesFiner(places []geoparse.Place) bool {
	for _, p := range places {
		if p.Precision != geoparse.Country {
			return true
		}
	}
	return false
}

// countryOf is the country a place lies in, as a place of country
// precision.
func (x *Extractor) countryOf(p geoparse.Place) geoparse.Place {
	if p.Precision == geoparse.Country {
		return p
	}
	if c, ok := x.Places.Country(p.Country); ok {
		return c
	}
	return geoparse.Place{Name: p.Country, Country: p.Country, Precision: geoparse.Country}
}

// within returns the mentions inside bytes [start, end). Mentions come
// in text order, so the run is found by binary search and returned as a
// sub-slice where every mention of the run ends inside.
func within(ms []geoparse.Mention, start, end int) []geoparse.Mention {
	i := sort.Search(len(ms), func(k int) bool { return ms[k].ByteStart >= start })
	j := i
	for j < len(ms) && ms[j].ByteStart < end {
		j++
	}
	run := ms[i:j]
	for _, m := range run {
		if m.ByteEnd > end {
			var out []geoparse.Mention
			for _, m := range run {
				if m.ByteEnd <= end {
					out = append(out, m)
				}
			}
			return out
		}
	}
	return run
}

// exprsWithin is within for date expressions, which also come in text
// order.
func exprsWithin(es []timex.Expression, start, end int) []timex.Expression {
	i := sort.Search(len(es), func(k int) bool { return es[k].ByteStart >= start })
	j := i
	for j < len(es) && es[j].ByteStart < end {
		j++
	}
	run := es[i:j]
	for _, e := range run {
		if e.ByteEnd > end {
			var out []timex.Expression
			for _, e := range run {
				if e.ByteEnd <= end {
					out = append(out, e)
				}
			}
			return out
		}
	}
	return run
}

// homeCountry is the country a post names most (more often than any
// other), or "".
func homeCountry(ms []geoparse.Mention) string {
	n := map[string]int{}
	total := 0
	for _, m := range ms {
		if m.Place.Country != "" {
			n[m.Place.Country]++
			total++
		}
	}
	return bestCountry(n, total)
}

// bestCountry is the country counted more often than any other, or "".
func bestCountry(n map[string]int, total int) string {
	best, bestN, second := "", 0, 0
	for cc, k := range n {
		switch {
		case k > bestN:
			best, bestN, second = cc, k, bestN
		case k > second:
			second = k
		}
	}
	if total == 0 || bestN == second {
		return ""
	}
	return best
}

// bestCity is mainCity's choice among the counted cities.
func bestCity(n map[int]int, byID map[int]geoparse.Place) (geoparse.Place, bool) {
	bestID, bestN, ties := 0, 0, 0
	for id, k := range n {
		switch {
		case k > bestN:
			bestID, bestN, ties = id, k, 1
		case k == bestN:
			ties++
		}
	}
	return byID[bestID], bestN >= 3 && ties == 1
}

// countryMentions counts the mentions of places in country cc.
func countryMentions(ms []geoparse.Mention, cc string) int {
	n := 0
	for _, m := range ms {
		if m.Place.Country == cc {
			n++
		}
	}
	return n
}

// formatDay is dayOf(t).Format(time.DateOnly).
func formatDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 1000 || y > 9999 {
		return dayOf(t).Format(time.DateOnly)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// dayAfter is dayOf(t).After(day) for a day (a midnight UTC): the dates
// compared, not the days built.
func dayAfter(t, day time.Time) bool {
	y, m, d := t.Date()
	dy, dm, dd := day.Date()
	return y > dy || y == dy && (m > dm || m == dm && d > dd)
}

func dayOf(t time.Time) time.Time {
	y, m, d := t.Date() // one reading of the date, not three
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// sentencePlaces keeps the places events happen in: cities, regions and
// countries (not continents), each once.
func sentencePlaces(ms []geoparse.Mention) []geoparse.Place {
	return sentencePlacesInto(nil, ms)
}

// sentencePlacesInto is sentencePlaces appending to buf[:0] (nil when
// there are none, buf left as it was).
func sentencePlacesInto(buf []geoparse.Place, ms []geoparse.Mention) []geoparse.Place {
	hasFiner := false
	n := 0 // places kept, before dropping repeats
	for _, m := range ms {
		switch m.Place.Precision {
		case geoparse.City, geoparse.Admin1:
			hasFiner = true
			n++
		case geoparse.Admin2, geoparse.Country:
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := buf[:0]
	for k, m := range ms {
		p := m.Place
		switch p.Precision {
		case geoparse.City, geoparse.Admin1, geoparse.Country:
		case geoparse.Admin2:
			p.Precision = geoparse.Admin1 // an event record rounds a district to its region
		default:
			continue
		}
		// "Protests in Almaty, Kazakhstan": the country only qualifies;
		// so does a region after a city of its own ("Columbus, Ohio").
		if p.Precision == geoparse.Country && hasFiner {
			continue
		}
		if m.Place.Precision == geoparse.Admin1 && (k > 0 && qualifiesCity(ms[k-1], m) || k+1 < len(ms) && qualifiesCityAfter(m, ms[k+1])) {
			continue
		}
		if seenPlace(out, p) {
			continue
		}
		if out == nil {
			out = make([]geoparse.Place, 0, n)
		}
		out = append(out, p)
	}
	return out // not empty: the first place kept is no repeat
}

// qualifiesCity reports whether region mention r stands right after city
// mention c of its own region ("Columbus, Ohio", "Aktau (Mangystau)"),
// only a comma, a bracket or spaces between.
func qualifiesCity(c, r geoparse.Mention) bool {
	if c.Place.Precision != geoparse.City || c.Place.Admin1 == "" || c.Place.Admin1 != r.Place.Admin1 {
		return false
	}
	gap := r.ByteStart - c.ByteEnd
	return gap >= 1 && gap <= 3
}

// qualifiesCityAfter reports whether region r, named in Devanagari or
// Bengali, qualifies the city c of its own named just after it: Hindi,
// Nepali and Bengali put the region first, in the genitive ("बिहार के
// पटना में", in Patna of Bihar; "बिहार की राजधानी पटना", Bihar's
// capital Patna; "উত্তর প্রদেশের লখনৌতে").
func qualifiesCityAfter(r, c geoparse.Mention) bool {
	if c.Place.Precision != geoparse.City || c.Place.Admin1 == "" || c.Place.Admin1 != r.Place.Admin1 || !indicWord(r.Text) {
		return false
	}
	gap := c.ByteStart - r.ByteEnd
	return gap >= 1 && gap <= len(" की राजधानी ")
}

// seenPlace reports whether a place of ps has p's key: its precision,
// name, region and country written one after the other.
func seenPlace(ps []geoparse.Place, p geoparse.Place) bool {
	for i := range ps {
		q := &ps[i]
		if q.Precision == p.Precision && q.Name == p.Name && q.Admin1 == p.Admin1 && q.Country == p.Country {
			return true
		}
		if concatEqual(q, &p) {
			return true
		}
	}
	return false
}

// concatEqual compares two places' keys as strings, without building
// them: fields that differ may still write the same key.
func concatEqual(a, b *geoparse.Place) bool {
	as := [4]string{string(a.Precision), a.Name, a.Admin1, a.Country}
	bs := [4]string{string(b.Precision), b.Name, b.Admin1, b.Country}
	if len(as[0])+len(as[1])+len(as[2])+len(as[3]) != len(bs[0])+len(bs[1])+len(bs[2])+len(bs[3]) {
		return false
	}
	i, j := 0, 0 // the field of each
	x, y := as[0], bs[0]
	for {
		for x == "" && i < 3 {
			i++
			x = as[i]
		}
		for y == "" && j < 3 {
			j++
			y = bs[j]
		}
		if x == "" || y == "" {
			return x == "" && y == ""
		}
		k := min(len(x), len(y))
		if x[:k] != y[:k] {
			return false
		}
		x, y = x[k:], y[k:]
	}
}

// firstDate is the date a sentence's events take: its first expression
// that covers known days; but when that is only the post's own day or the
// night before ("overnight", "today") and the sentence names another day
// too ("overnight on Friday"), the named day.
func firstDate(text string, dates []timex.Expression, day postDay) *timex.Expression {
	// The first two that cover known days are all it reads.
	var found [2]*timex.Expression
	n := 0
	for i := range dates {
		if dates[i].HasSpan() && dates[i].Type != timex.Set && !bareDuration(dates[i]) && !monthModifier(text, &dates[i]) &&
			!echoedDate(text, &dates[i]) {
			found[n] = &dates[i]
			if n++; n == len(found) {
				break
			}
		}
	}
	if n == 0 {
		return nil
	}
	nearPost := func(e *timex.Expression) bool {
		return !e.Span.Start.Before(day.before) && !e.Span.End.After(day.day)
	}
	// "overnight on Friday": the named day right after a vague one,
	// within a few bytes ("last night, 5 June"); not a date further on
	// that belongs to something else ("this morning he said ..., the
	// demand of the 30 May walkout"), unless the vague day is that of the
	// telling ("the committee now says 108 were killed since Monday").
	if nearPost(found[0]) && vagueDay(found[0].Text) && n > 1 {
		// ("Amnesty now says 66 were killed in yesterday's massacre":
		// the day after the telling's.)
		if e := found[1]; !nearPost(e) && e.ByteStart-found[0].ByteEnd <= maxVagueGap || dateOfTelling(text, found[0]) {
			return e
		}
	}
	return found[0]
}

// ofDate reports whether a date names another event by a noun before
// it: "the pattern of 31 December", "the marches of 31 December and 21
// January" tell of those days, not the sentence's. The parts of a day
// ("on the evening of 30 December", "the night of 4 January") are the
// day itself.
func ofDate(text string, e *timex.Expression) bool {
	if e.ByteStart > len(text) {
		return false
	}
	before := strings.TrimRight(text[:e.ByteStart], " ")
	if !lowerIs(lastWord(before), "of") {
		return false
	}
	before = strings.TrimRight(before[:len(before)-2], " ")
	noun := strings.ToLower(lastWord(before))
	if _, number := wordNumber(noun); number {
		return false // "ten of the past twelve years"
	}
	// ("as of 5 January" is that day.)
	return noun != "" && noun != "as" && !dayParts[noun]
}

// dayParts are the words for a part of a day, a day or a run of days
// that "of" joins to the date they are in.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "day": true,
	"dawn": true, "hours": true, "early": true, "weekend": true, "week": true, "end": true, "beginning": true,
	"start": true, "middle": true, "eve": true, "days": true, "midday": true, "noon": true, "midnight": true,
	"month": true, "months": true, "summer": true, "spring": true, "autumn": true, "winter": true, "first": true,
	"last": true, "half": true, "course": true}

// echoNouns before "of" and a date name a day the sentence looks back
// to, not its own: "repeated the pattern of 31 December". (Not an
// anniversary: "the anniversary of 4 June" is this year's 4 June.)
var echoNouns = map[string]bool{"pattern": true, "memory": true, "memories": true,
	"repeat": true, "repetition": true, "echo": true, "echoes": true, "lessons": true, "spirit": true,
	"legacy": true, "scenes": true, "images": true}

// echoedDate reports whether date e of text follows "<echo noun> of".
func echoedDate(text string, e *timex.Expression) bool {
	if e.ByteStart > len(text) {
		return false
	}
	before := strings.TrimRight(text[:e.ByteStart], " ")
	if !strings.HasSuffix(before, " of") {
		return false
	}
	return echoNouns[strings.ToLower(lastWord(strings.TrimRight(before[:len(before)-3], " ")))]
}

// monthModifier reports whether a month's bare name stands before a
// noun as its modifier, after a possessive or an article: "their
// January bills", "the March budget" tell of a thing, not a day.
func monthModifier(text string, e *timex.Expression) bool {
	if e.ByteStart > len(text) || e.ByteEnd > len(text) || strings.IndexByte(e.Text, ' ') >= 0 {
		return false
	}
	switch lastWord(text[:e.ByteStart]) {
	case "their", "his", "her", "its", "our", "my", "your", "the", "Their", "His", "Her", "Its", "Our", "My", "Your", "The":
	default:
		return false
	}
	if !monthName(strings.ToLower(e.Text)) {
		return false
	}
	next := firstWord(text[e.ByteEnd:])
	return next != "" && next[0] >= 'a' && next[0] <= 'z' && !dayParts[next]
}

// postDay is the day a post is read against (dayOf its anchor) and the
// day before, computed once a post.
type postDay struct{ day, before time.Time }

func postDayOf(anchor time.Time) postDay {
	d := dayOf(anchor)
	return postDay{d, d.AddDate(0, 0, -1)}
}

// inStory re-reads a bare weekday ("on Saturday afternoon") in a post
// that looks back over a week or more from a day it named ("On Friday 6
// July"): the story goes on from that day, so the weekday is the first
// one on or after it, not the last one before the post.
func inStory(e, focus *timex.Expression, anchor time.Time, summary bool) *timex.Expression {
	if !summary || e == nil || focus == nil || e == focus || !lookingBack(focus.Span, anchor) || !bareWeekday(e.Text) {
		return e
	}
	from := dayOf(focus.Span.Start)
	wd, _ := weekdayOf(e.Text)
	d := from.AddDate(0, 0, (int(wd)-int(from.Weekday())+7)%7)
	if !d.Before(dayOf(e.Span.Start)) {
		return e
	}
	c := *e
	c.Span = timex.Span{Start: d, End: d}
	return &c
}

// tellingVerbs report what someone said: a date right beside one is the
// day of the telling ("said on Tuesday", "now says"). ("Reported" is
// not one: "clashes were reported on Tuesday" dates the clashes; nor is
// "announced": an announcement is often the event itself.)
var tellingVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
	"claimed": true, "claims": true, "stated": true, "confirmed": true,
	"confirms": true, "added": true, "adds": true, "wrote": true, "writes": true, "tweeted": true}

// dateOfTelling reports whether the date e of text stands right beside
// a verb of telling: before it ("now says", "on Tuesday said") or after
// it, with at most "on" between ("said on Tuesday", "said Tuesday").
func dateOfTelling(text string, e *timex.Expression) bool {
	before := lastWord(text[:e.ByteStart])
	if inLower(tellingVerbs, before) {
		return true
	}
	if lowerIs(before, "on") {
		t := strings.TrimRight(text[:e.ByteStart], " ")
		if inLower(tellingVerbs, lastWord(t[:len(t)-len("on")])) {
			return true
		}
	}
	return inLower(tellingVerbs, firstWord(text[e.ByteEnd:]))
}

// tellingDate is the first day of dates that stands beside a verb of
// telling ("said on Monday"), or nil.
func tellingDate(text string, dates []timex.Expression) *timex.Expression {
	for i := range dates {
		if e := &dates[i]; e.HasSpan() && e.Type != timex.Set && !bareDuration(*e) && dateOfTelling(text, e) {
			return e
		}
	}
	return nil
}

// lastWord is the word text ends with, past spaces, as written (the
// callers read it lower-cased); "" when it ends in punctuation.
func lastWord(text string) string {
	text = strings.TrimRight(text, " ")
	i := len(text)
	for i > 0 && isLetterByte(text[i-1]) {
		i--
	}
	return text[i:]
}

// firstWord is the word text begins with, past spaces, as written; ""
// when it begins with punctuation.
func firstWord(text string) string {
	text = strings.TrimLeft(text, " ")
	i := 0
	for i < len(text) && isLetterByte(text[i]) {
		i++
	}
	return text[:i]
}

// inLower reports whether set holds strings.ToLower(w), lower-casing a
// short ASCII word on the stack, not in a copy.
func inLower(set map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) || !isASCII(w) {
		return set[strings.ToLower(w)]
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		b[i] = asciiLowerByte[w[i]]
	}
	return set[string(b)]
}

// lowerIs reports whether strings.ToLower(w) == lower.
func lowerIs(w, lower string) bool {
	if isASCII(w) {
		return equalFoldASCII(w, lower)
	}
	return strings.ToLower(w) == lower
}

// semicolonApart reports whether a semicolon stands between a trigger at
// byte offset at of a sentence and a date after it, at date: the date
// tells of the next clause ("marched peacefully; unlike last week, ...").
// A date before the trigger frames what follows it ("23 October: a
// strike begins; shops close").
func semicolonApart(s string, at, date int) bool {
	at, date = max(at, 0), min(date, len(s))
	return at < date && strings.IndexByte(s[at:date], ';') >= 0
}

// capitalCountry is the country whose capital "the capital" in a clause
// would be: the report's home where the clause names no place, the
// country where it names that one country alone, else "".
func capitalCountry(clauseMentions []geoparse.Mention, where []geoparse.Place, home string) string {
	if len(clauseMentions) == 0 {
		return home
	}
	if len(where) == 1 && where[0].Precision == geoparse.Country {
		return where[0].Country
	}
	return ""
}

// nationalCapitalIn reports whether a clause (lower case) names "the
// capital" of the country, not a state's or a province's ("the provincial
// capital") nor capital punishment.
func nationalCapitalIn(clause string) bool {
	for from := 0; ; {
		k := strings.Index(clause[from:], "the capital")
		if k < 0 {
			return false
		}
		k += from
		end := k + len("the capital")
		if (end == len(clause) || !isLowerLetter(clause[end])) && !awayFrom(clause[:k]) {
			return true
		}
		from = end
	}
}

// awayFrom reports whether the words before a place (lower case) put
// what is told outside it: "east of", "outside", "50 km from", "away
// from".
func awayFrom(before string) bool {
	before = strings.TrimRight(before, " ")
	if w, ok := strings.CutSuffix(before, " of"); ok {
		w = w[strings.LastIndexByte(w, ' ')+1:]
		w = strings.TrimPrefix(strings.TrimPrefix(w, "north"), "south")
		w = strings.TrimPrefix(w, "-")
		return w == "" || w == "east" || w == "west" || w == "outskirts"
	}
	if w, ok := strings.CutSuffix(before, " from"); ok {
		w = w[strings.LastIndexByte(w, ' ')+1:]
		switch w {
		case "away", "km", "kilometres", "kilometers", "miles", "mi", "drive", "hours", "minutes":
			return true
		}
		return false
	}
	return strings.HasSuffix(before, " outside") || before == "outside"
}

func isLowerLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// grievanceDate reports whether the date at byte date of sentence s
// dates what a protest at byte at is over, not the protest: "over the
// killing of Breonna Taylor in March", "against the arrest of their leader
// last week".
func grievanceDate(s string, at, date int) bool {
	at, date = max(at, 0), min(date, len(s))
	if at >= date {
		return false
	}
	between := s[at:date]
	k := indexFold(between, " over ")
	if k < 0 {
		k = indexFold(between, " against ")
	}
	if k < 0 {
		return false
	}
	for _, n := range grievanceEvents {
		if g := indexFold(between[k:], n); g >= 0 {
			// "over the arrest of Navalny spread to Moscow on Saturday":
			// a verb after the deed tells the protest's own day.
			return !verbBetween(between[k+g+len(n):])
		}
	}
	return false
}

// verbBetween reports whether s holds a word that reads as a verb of the
// main clause: a past in -ed or one of the verbs of unrest.
func verbBetween(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ",.;:"))
		switch w {
		case "spread", "began", "broke", "went", "took", "came", "ran", "continued", "erupted", "grew", "began,":
			return true
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// indexFold is strings.Index for an ASCII lower-case substr, ignoring
// the case of s, without allocating.
func indexFold(s, substr string) int {
	n := len(substr)
	for i := 0; i+n <= len(s); i++ {
		if asciiLowerByte[s[i]] == substr[0] && strings.EqualFold(s[i:i+n], substr) {
			return i
		}
	}
	return -1
}

// grievanceEvents are the deeds a protest is over that carry their own
// day.
var grievanceEvents = []string{"killing", "death", "murder", "arrest", "shooting", "detention", "jailing",
	"execution", "disappearance", "assassination", "beating", "rape", "sentencing", "conviction"}

// latest is the later of now and the first day of e.
// onLiveDay re-reads a day named by its distance from now ("now",
// "today", "last night") in a live blog whose headings and clock have
// gone on past the post's own day: "State radio now says" under Monday's
// heading is Monday, not the Saturday the blog began. e was read against
// the post's day pd; now is the day the blog has reached.
func onLiveDay(e *timex.Expression, pd postDay, now time.Time) *timex.Expression {
	if e == nil || !now.After(pd.day) || e.Span.Start.Before(pd.before) || e.Span.End.After(pd.day) || !vagueDay(e.Text) {
		return e
	}
	days := int(now.Sub(pd.day).Hours()+12) / 24
	c := *e
	c.Span = timex.Span{Start: e.Span.Start.AddDate(0, 0, days), End: e.Span.End.AddDate(0, 0, days)}
	return &c
}

func latest(now time.Time, e *timex.Expression) time.Time {
	if d := dayOf(e.Span.Start); d.After(now) {
		return d
	}
	return now
}

// onlyDate reports whether a sentence (at byte start of the post) holds
// nothing but the date e and punctuation: a heading.
func onlyDate(sentence string, e *timex.Expression, start int) bool {
	from, to := e.ByteStart-start, e.ByteEnd-start
	if from < 0 || to > len(sentence) || from > to {
		return false
	}
	if from > 0 && sentence[from-1] >= utf8.RuneSelf {
		// A character may run on across the date: read the rest whole.
		return !hasLetterOrDigit(sentence[:from] + sentence[to:])
	}
	return !hasLetterOrDigit(sentence[:from]) && !hasLetterOrDigit(sentence[to:])
}

// dateHeading reports whether a sentence is a heading that names one
// day, in words that the dates of exprs leave nothing of but a day's
// number and brackets: "THURSDAY 14TH", "MONDAY (YESTERDAY)".
func dateHeading(sentence string, exprs []timex.Expression, start int) bool {
	if len(exprs) == 0 || len(sentence) > 40 || strings.IndexByte(sentence, '\n') >= 0 {
		return false
	}
	day := exprs[0].Span.Start
	rest := []byte(sentence)
	for _, e := range exprs {
		from, to := e.ByteStart-start, e.ByteEnd-start
		if from < 0 || to > len(rest) || from > to || !e.Span.Start.Equal(day) || e.Type == timex.Duration {
			return false
		}
		for i := from; i < to; i++ {
			rest[i] = ' '
		}
	}
	for _, w := range strings.FieldsFunc(string(rest), func(r rune) bool {
		return r == ' ' || r == '(' || r == ')' || r == ',' || r == '-' || r == ':' || r == '.'
	}) {
		w = strings.ToLower(w)
		w = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "th"), "st"), "nd"), "rd"), "0123456789")
		if w != "" {
			return false
		}
	}
	return true
}

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// maxVagueGap is the most bytes between a vague day and the day that
// names it: " on ", ", on the ".
const maxVagueGap = 12

// bareWeekday reports whether a date expression is a weekday alone, with
// at most a part of the day ("Saturday", "on Saturday afternoon"): no
// number, no "last" or "next".
func bareWeekday(text string) bool {
	low := strings.ToLower(text)
	if _, ok := weekdayOf(low); !ok || strings.ContainsAny(low, "0123456789") {
		return false
	}
	return !strings.Contains(low, "last") && !strings.Contains(low, "next") && !strings.Contains(low, "this")
}

// weekdayOf reads the weekday a text begins with.
func weekdayOf(text string) (time.Weekday, bool) {
	low := strings.ToLower(text)
	for d, name := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		if strings.HasPrefix(low, name) {
			return time.Weekday(d), true
		}
	}
	return 0, false
}

// firstDay is the first expression that names a day or two.
func firstDay(es []timex.Expression) *timex.Expression {
	for i := range es {
		if es[i].HasSpan() && es[i].Type != timex.Set && es[i].Span.End.Sub(es[i].Span.Start) <= 48*time.Hour {
			return &es[i]
		}
	}
	return nil
}

// anyAnaphoric reports whether one of the triggers refers back.
func anyAnaphoric(tk *tokens, ts []trigger) bool {
	for _, t := range ts {
		if tk.anaphoric(t) {
			return true
		}
	}
	return false
}

// lookingBack reports whether a day in focus lies a week or more before
// the post (a day or two long, within a month): the post is a summary.
func lookingBack(sp timex.Span, anchor time.Time) bool {
	a := dayOf(anchor)
	return sp.End.Sub(sp.Start) <= 48*time.Hour && !sp.End.After(a.AddDate(0, 0, -7)) && sp.Start.After(a.AddDate(0, -1, 0))
}

// bareDuration reports whether a duration says only how long ("a day
// after", "for two weeks"), not which days ("the past two days").
func bareDuration(e timex.Expression) bool {
	if e.Type != timex.Duration || e.Later {
		return false
	}
	low := strings.ToLower(e.Text)
	for _, w := range []string{"past", "last", "previous", "recent", "next", "coming", "over"} {
		if strings.Contains(low, w) {
			return false
		}
	}
	return true
}

// vagueDay reports whether a date expression names its day only by its
// distance from now ("today", "overnight", "last night"), not by a
// weekday, a month or a number.
func vagueDay(text string) bool {
	// ASCII text is read in one pass, lower-casing as it goes.
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return vagueDaySlow(text)
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= '0' && c <= '9' {
			return false
		}
		if i+3 <= len(text) {
			k := string([]byte{text[i] | 0x20, text[i+1] | 0x20, text[i+2] | 0x20})
			switch k {
			case "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may",
				"jun", "jul", "aug", "sep", "oct", "nov", "dec":
				return false
			}
		}
	}
	return true
}

// vagueDaySlow is vagueDay for any text.
func vagueDaySlow(text string) bool {
	low := strings.ToLower(text)
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may",
		"jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.Contains(low, d) {
			return false
		}
	}
	return !strings.ContainsAny(low, "0123456789")
}

func toPlace(p geoparse.Place) Place {
	pl := Place{Name: p.Name, GeonamesID: p.ID, Country: p.Country, Admin1Code: p.Admin1, Lat: p.Lat, Lon: p.Lon}
	switch p.Precision {
	case geoparse.City:
		pl.Precision = PlaceCity
	case geoparse.Admin1:
		pl.Precision = PlaceAdmin1
	default:
		pl.Precision = PlaceCountry
		pl.GeonamesID = 0
	}
	return pl
}

// wordsOf lower-cases a sentence into words, numbers kept whole
// ("30,000", "70+").
func wordsOf(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' || r == '+' || r == '-' || r == '\'' || r == '’' || inWordMark(r))
	})
	out := f[:0]
	for _, w := range f {
		w = timex.PlainIndic(westernDigits(strings.Trim(w, ",'’-")))
		if w != "" {
			out = append(out, w)
		}
	}
	out, _ = splitElisions(out, make([]int, len(out)))
	return out
}

// lowerSameLen lower-cases text as strings.ToLower does and reports
// whether each character kept its length in bytes (and the text is valid
// UTF-8), so that the lower case of text[i:j] is the result's [i:j].
func lowerSameLen(text string) (string, bool) {
	// ASCII text: strings.ToLower builds its result once (or returns
	// text itself when it has no capital).
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(text), true
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 {
			return "", false
		}
		if utf8.RuneLen(unicode.ToLower(r)) != size {
			return "", false
		}
		i += size
	}
	low := strings.ToLower(text)
	return low, len(low) == len(text)
}

// lowerSameLen is lowerSameLen(text) written, for ASCII text, into sc's
// buffer in one pass: the string it returns lives until the next call,
// and only the words of the post's sentences are sliced from it — no
// record keeps one (records hold the post's own text, and labels).
func (sc *scratch) lowerSameLen(text string) (string, bool) {
	if cap(sc.lower) < len(text) {
		sc.lower = make([]byte, len(text)+len(text)/4)
	}
	buf := sc.lower[:len(text)]
	// Eight bytes at a time: a capital gains 0x20. (Where a byte is not
	// ASCII the sums carry and the bytes written are wrong, but then
	// they are not used.)
	var or uint64
	i := 0
	for ; i+8 <= len(text); i += 8 {
		x := load8(text[i:])
		or |= x
		binary.LittleEndian.PutUint64(buf[i:], x|(bytesIn(x, 'A', 'Z')&0x8080808080808080)>>2)
	}
	for ; i < len(text); i++ {
		c := text[i]
		or |= uint64(c)
		buf[i] = asciiLowerByte[c]
	}
	if or&0x8080808080808080 != 0 {
		return lowerSameLen(text)
	}
	if len(buf) == 0 {
		return "", true
	}
	return unsafe.String(&buf[0], len(buf)), true
}

// asciiLowerByte lower-cases an ASCII letter and keeps any other byte.
var asciiLowerByte = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if i >= 'A' && i <= 'Z' {
			t[i] = byte(i) + 'a' - 'A'
		}
	}
	return t
}()

// countrywideIn is containsAny(lower, countrywide): every phrase but
// "nationwide" holds "country".
func countrywideIn(lower string, romance bool) bool {
	return containsAt(lower, "nationwide", 6) ||
		(containsAt(lower, "country", 6) || containsAt(lower, "territory", 6)) && containsAny(lower, countrywide) ||
		!isASCII(lower) && containsAny(lower, wideCountrywide) || romance && frenchCountrywideIn(lower)
}

// containsAt is strings.Contains(s, substr), searching for substr[k:] —
// from a byte rarer than its first, so that the byte search that
// strings.Index leads with stops less often — and testing the k bytes
// before each hit.
func containsAt(s, substr string, k int) bool {
	tail, head := substr[k:], substr[:k]
	for from := k; from <= len(s)-len(tail); {
		i := strings.Index(s[from:], tail)
		if i < 0 {
			return false
		}
		i += from
		if s[i-k:i] == head {
			return true
		}
		from = i + 1
	}
	return false
}

// containsAny reports whether s holds one of the phrases.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// seatOfPower reports whether a sentence (lower-cased) names one of
// seatsOfPower, read once a sentence: *memo is 0 before, then 1 for no
// and 2 for yes.
func seatOfPower(memo *int, lower string) bool {
	if *memo == 0 {
		*memo = 1
		if seatsOfPowerSet.in(lower) {
			*memo = 2
		}
	}
	return *memo == 2
}

// sameRun reports whether a and b are the same run of mentions.
func sameRun(a, b []geoparse.Mention) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// allIn reports whether every place lies in country cc.
func allIn(ps []geoparse.Place, cc string) bool {
	for i := range ps {
		if ps[i].Country != cc {
			return false
		}
	}
	return true
}

func hasCountry(ps []geoparse.Place, cc string) bool {
	for _, p := range ps {
		if p.Precision == geoparse.Country && p.Country == cc {
			return true
		}
	}
	return false
}
