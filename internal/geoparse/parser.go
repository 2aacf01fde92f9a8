package geoparse

import (
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Parser finds and resolves place names. It is safe for concurrent use.
type Parser struct {
	g *gazetteer.Gazetteer
	d *gazetteer.Divisions // counties, parishes, districts; nil if unavailable
	// Demonyms makes Parse report demonyms and national adjectives
	// ("American", "Kazakh workers") as mentions of their country, with
	// Mention.Demonym set. Off by default: for events they are context,
	// not places; benchmarks that count them as toponyms turn it on.
	Demonyms bool
	// Features makes Parse report named features the gazetteer does not
	// hold — streets, buildings, rivers, mountains — with Precision
	// Feature (features.go). Seas, oceans and parts of the world ("the
	// Middle East") and seats of power after "in" or "at" ("at the White
	// House") are reported either way. Off by default: the event
	// extractor counts every mention when it weighs which country a post
	// is about, and a feature adds nothing to that; benchmarks, whose
	// toponyms include features, and place listings turn it on.
	Features bool
	// Roles makes Parse report places named by their role — "the
	// capital", "the country's largest city", "the Kazakh capital" —
	// resolved from the country the words or the text name. Off by
	// default: the benchmarks do not count such phrases as toponyms.
	Roles bool

	cands *candCache // the candidates of names looked up before
	// towns holds the town of each landmark's (landmarks.go), looked up
	// on first use.
	towns func() map[[2]string]Place
	// skeletons indexes the towns of India, Nepal and Bangladesh by the
	// consonants of their Latin names (skeleton.go), built on first use.
	skeletons func() *skeletonIndex
	// quarters holds the cities of cityQuarters, looked up on first use.
	quarters *quarterCities
	// scratches keeps the working buffers of parses between calls,
	// with what they remember of the gazetteer (scratch.spans): per
	// parser, as that depends on its gazetteer.
	scratches *sync.Pool
}

// New returns a parser over g and the embedded second-level divisions.
func New(g *gazetteer.Gazetteer) *Parser {
	d, _ := gazetteer.DefaultDivisions() // without them, "X County" is simply not recognised
	p := &Parser{g: g, d: d, cands: &candCache{}, scratches: &sync.Pool{New: func() any { return newScratch() }}}
	p.towns = sync.OnceValue(p.landmarkTowns)
	p.skeletons = sync.OnceValue(p.skeletonTowns)
	p.quarters = &quarterCities{}
	return p
}

// candCache keeps what the gazetteer gave for the names a parser has
// recognised: a stream of news names the same places over and over, and
// building a name's candidates touches every place of that name. The
// gazetteer does not change, so an entry never goes stale; the cache is
// emptied when it grows past candCacheMax names. The slices are shared:
// nothing may write into them.
type candCache struct {
	m sync.Map // key → *nameEntry
	n atomic.Int64
}

const candCacheMax = 8192

// nameEntry is what a parser knows of one name (a normalised key): its
// candidates, and what depends on the name and a candidate alone, worked
// out once for every text that uses the name.
type nameEntry struct {
	all      *candSet // all the candidates
	metonym  bool     // metonyms[key]
	notPlace bool     // notPlaces[key]
	demonym  bool     // isDemonym of the name with all its candidates
	big      bool     // bigPlace of the name with all its candidates
	// oneWord holds what judge keeps of the candidates of a one-word
	// name, by oneWordVariant: computed on first use.
	oneWord [4]atomic.Pointer[candSet]
}

func newNameEntry(key string, cands []gazetteer.Candidate, d *gazetteer.Divisions) *nameEntry {
	cands = withoutWardNames(key, cands)
	e := &nameEntry{all: newCandSet(key, cands, nil, nil, d)}
	f := found{key: key, cands: cands}
	e.metonym, e.demonym, e.big = metonyms[key], isDemonym(f), bigPlace(f)
	e.notPlace = notPlaces[key]
	return e
}

// withoutWardNames drops the places a name beginning with an ordinal
// ("Third Precinct", "First Ward") names only as an old alternate: in
// news it is a police station or a constituency, not the town.
func withoutWardNames(key string, cands []gazetteer.Candidate) []gazetteer.Candidate {
	sp := strings.IndexByte(key, ' ')
	if sp <= 0 || !ordinalWords[key[:sp]] {
		return cands
	}
	var kept []gazetteer.Candidate
	for _, c := range cands {
		if c.Kind != gazetteer.KindPlace || primaryName(c, key) {
			kept = append(kept, c)
		}
	}
	return kept
}

// lookup is p.g.Lookup(key) for a normalised key, through the cache.
func (p *Parser) lookup(key string) *nameEntry {
	c := p.cands
	if c == nil {
		return newNameEntry(key, p.g.Lookup(key), p.d)
	}
	if v, ok := c.m.Load(key); ok {
		return v.(*nameEntry)
	}
	e := newNameEntry(key, p.g.Lookup(key), p.d)
	if c.n.Add(1) > candCacheMax {
		c.m.Clear()
		c.n.Store(0)
	}
	c.m.Store(key, e)
	return e
}

// sameCandidate reports whether two candidates are the same reading.
func sameCandidate(a, b gazetteer.Candidate) bool {
	return a.Kind == b.Kind && a.Place == b.Place && a.Region == b.Region && a.Country == b.Country && a.Demonym == b.Demonym
}

// facts fills prim (primaryName(cands[i], key)) and logPop for cands,
// taking them from e where a candidate is one of e's (cands is e's
// candidates or an ordered selection of them, as judge narrows them) and
// working them out otherwise. e may be nil.
func facts(e *nameEntry, key string, cands []gazetteer.Candidate, prim []bool, logPop []float64) {
	j := 0
	for i, c := range cands {
		if e != nil {
			all := e.all
			for j < len(all.cands) && !sameCandidate(all.cands[j], c) {
				j++
			}
			if j < len(all.cands) {
				prim[i], logPop[i] = all.prim[j], all.logPop[j]
				j++
				continue
			}
		}
		prim[i], logPop[i] = primaryName(c, key), math.Log10(float64(c.Population())+1)
	}
}

// Parse finds every place named in text and resolves it.
func (p *Parser) Parse(text string) []Mention {
	buf := tokenPool.Get().(*[]token)
	toks := tokenize(text, *buf)
	sc := p.getScratch()
	found, demonyms := p.recognise(text, toks, sc, p.Features)
	ms := p.resolve(text, toks, found, demonyms, sc)
	if !p.Features {
		// A square the text gives no town for, of a name several
		// towns' squares bear ("Republic Square"), is reported only
		// with the features.
		ms = slices.DeleteFunc(ms, unplaced)
	}
	ms = withCapitalDistrict(text, p.withShortForms(text, toks, sc.caps, ms))
	if p.Roles {
		ms = p.withRoles(text, ms, demonyms)
	}
	if p.Demonyms {
		ms = p.withDemonyms(text, toks, ms, demonyms)
	}
	p.putScratch(sc)
	*buf = toks[:0]
	tokenPool.Put(buf)
	return ms
}

// scratch holds the working buffers of one parse, kept between calls
// (Parser.scratches): the names found and what resolve works out for
// them, which do not outlive the parse, and the spans looked up in the
// gazetteer, which do.
type scratch struct {
	spans              spanMemo
	caps               []int32         // the capitalised words of the text
	people             map[string]int8 // personWeak, personStrong
	mentions, demonyms []found
	chosen             []gazetteer.Candidate
	scores             []float64
	quals              []qualifier
	ids                map[int]int
	admin1             map[string]int
	memo               map[string]gazetteer.Candidate
	focus              countryWeights
	first              map[firstKey]firstReading
	regions            map[string]bool
	support            []nameReadings
	points             []point
	placed             []chosenPlace
	others             []point
	outFound           []int
}

func newScratch() *scratch {
	return &scratch{ids: map[int]int{}, admin1: map[string]int{}, memo: map[string]gazetteer.Candidate{},
		first: map[firstKey]firstReading{}, regions: map[string]bool{}, people: map[string]int8{}}
}

// getScratch takes a scratch from the parser's pool (a new one for a
// parser not made by New).
func (p *Parser) getScratch() *scratch {
	if p.scratches == nil {
		return newScratch()
	}
	return p.scratches.Get().(*scratch)
}

// putScratch returns sc to the parser's pool. A map that a long text grew
// is dropped: clearing a map costs its capacity, which every later parse
// would pay.
func (p *Parser) putScratch(sc *scratch) {
	const most = 1024
	if len(sc.ids) > most || len(sc.admin1) > most || len(sc.memo) > most || len(sc.first) > most ||
		len(sc.focus.codes) > most || len(sc.regions) > most || len(sc.people) > most {
		sc.ids, sc.admin1, sc.memo = map[int]int{}, map[string]int{}, map[string]gazetteer.Candidate{}
		sc.first, sc.focus, sc.regions = map[firstKey]firstReading{}, countryWeights{}, map[string]bool{}
		sc.people = map[string]int8{}
	}
	if cap(sc.caps) > 1<<16 {
		sc.caps = nil // a long text's; a short one's is enough for most
	}
	if p.scratches != nil {
		p.scratches.Put(sc)
	}
}

// farFromTextKm is how far from the text's central place a small town
// read inside a longer name may lie and still be what the name means.
const farFromTextKm = 300

// tokenPool keeps token buffers between calls: tokenising is the part of
// a parse that touches every byte, and it should not allocate.
var tokenPool = sync.Pool{New: func() any { b := make([]token, 0, 1024); return &b }}

// Span is a part of a text in code points, [Start, End).
type Span struct{ Start, End int }

// Resolve resolves given spans of text (found by someone else), one
// Mention per span in the same order; a span the gazetteer does not know
// is resolved to the place the text is about, when there is one, with a
// low score, or left with Place.ID 0.
func (p *Parser) Resolve(text string, spans []Span) []Mention {
	toks := tokenize(text, nil)
	sc := p.getScratch()
	defer p.putScratch(sc)
	// The text's streets, buildings and rivers are read whatever
	// p.Features says: a span given is often one of them, and reading
	// "Bourbon and Dauphine streets" as streets keeps Bourbon from
	// being a town.
	found, demonyms := p.recognise(text, toks, sc, true)
	auto := p.resolve(text, toks, found, demonyms, sc)
	idx := newRuneIndex(text)
	out := make([]Mention, len(spans))
	for i, sp := range spans {
		bs, be := idx.byteOffset(sp.Start), idx.byteOffset(sp.End)
		m := Mention{Start: sp.Start, End: sp.End, ByteStart: bs, ByteEnd: be, Text: text[bs:be]}
		// A given span that is a part of the world, a sea or an ocean
		// ("Middle East", "the Atlantic") is that, not a town of the
		// name nor a place inside it.
		if r, ok := givenMacro(text, bs, be); ok {
			if key := strings.TrimPrefix(gazetteer.Normalize(text[bs:be]), "the "); localMacros[key] != nil {
				r = macroRegions[localMacro(key, auto)]
			}
			m.Place, m.Score = Place{Name: r.name, Lat: r.lat, Lon: r.lon, Precision: Feature}, 1
			out[i] = m
			continue
		}
		a, read := overlapping(auto, bs, be)
		read = read && !unplaced(a)
		// The words given are the name: an automatic reading that runs
		// past them read a longer name ("the University of Michigan
		// Center for Computer Security" is no town of Michigan Center),
		// and the words are resolved on their own.
		if read && (a.ByteStart < bs || a.ByteEnd > be) && p.known(text[bs:be]) {
			read = false
		}
		// A building or street the gazetteer does not know, placed by the
		// words after it: "the CHU in Montpellier", "a studio in Tacoma",
		// "the University of St. Thomas in Houston" (where it stands,
		// not the place it is named after). An acronym the automatic
		// reading did not take for a place is no place either ("CHU"
		// is no Chuy Region). (A river or a lake is named after a town
		// on it, nearer than the region it runs in.)
		if b, ok := p.placedByIn(text, be, auto); ok && (!read || a.ByteStart > bs || a.ByteEnd < be && !naturalHeaded(text[bs:be])) &&
			(!p.known(text[bs:be]) || !read && isAllCaps(text[bs:be])) {
			m.Place, m.Score = b.Place, 0
			out[i] = m
			continue
		}
		// A name the gazetteer lacks, qualified by a region or a country
		// after a comma: "Knockhill, Fife", "Kasba Bonli, Rajasthan"; in
		// the town the text is about where that lies in the region
		// ("CAMP MURRAY, Wash." in a story about Tacoma). (A town after
		// a comma may open a clause: "Beyond Madinaty, Liverpool have".)
		if !read && !p.known(text[bs:be]) {
			if q, ok := qualifiedBy(text, be, auto); ok && q.Place.Precision != City {
				m.Place, m.Score = q.Place, 0
				if c, ok := centralPlace(auto, contextOfMentions(auto, nil)); ok && c.Country == q.Place.Country &&
					(q.Place.Precision == Country || c.Admin1 == q.Place.Admin1) {
					m.Place = c
				}
				out[i] = m
				continue
			}
		}
		// A town abroad read inside a longer name that the gazetteer
		// lacks ("Salt + Smoke" in a St. Louis story is no As Salt in
		// Jordan; "Bains and Grants Town" in Nassau no French Bains): the
		// name is a local one, where the text is.
		if read && (a.ByteStart > bs || a.ByteEnd < be) && a.Place.Precision == City && a.Place.Population < 1000000 &&
			!p.known(text[bs:be]) {
			// (The text's other places say where it is; its streets and
			// buildings were placed by the very reading in doubt.)
			others := slices.DeleteFunc(slices.Clone(auto), func(o Mention) bool {
				return o.ByteStart >= bs && o.ByteEnd <= be || o.Place.Precision == Feature
			})
			// (A small town at home far from the text's places is as
			// little a clue: "Turtle Point" in Virginia is no Point,
			// Texas.)
			ctx := contextOfMentions(others, demonyms)
			if c, ok := centralPlace(others, ctx); ok && ctx.top != "" && (a.Place.Country != ctx.top ||
				a.Place.Population < 100000 && gazetteer.Distance(a.Place.Lat, a.Place.Lon, c.Lat, c.Lon) > farFromTextKm) {
				m.Place, m.Score = c, 0
				out[i] = m
				continue
			}
		}
		// The automatic reading of the same words, when it has one.
		if read {
			m.Place, m.Score = a.Place, a.Score
			out[i] = m
			continue
		}
		// The same name read elsewhere in the text: one reading per text.
		if a, ok := sameName(auto, text[bs:be]); ok {
			m.Place, m.Score = a.Place, a.Score
			out[i] = m
			continue
		}
		if pl, score, ok := p.resolveAlone(text, bs, be, auto, demonyms); ok {
			m.Place, m.Score = pl, score
		}
		out[i] = m
	}
	return out
}

// naturalHeaded reports whether name ends in the generic word of a
// natural feature ("Tijuana River").
func naturalHeaded(name string) bool {
	k, ok := lowerIn(featureHeads, name[strings.LastIndexByte(name, ' ')+1:])
	return ok && k == featNatural
}

// sameName returns a mention of ms with the words of name, placed, if any.
func sameName(ms []Mention, name string) (Mention, bool) {
	key := gazetteer.Normalize(name)
	for _, m := range ms {
		if !unplaced(m) && !m.Demonym && m.Place.Precision != Feature && gazetteer.Normalize(m.Text) == key {
			return m, true
		}
	}
	return Mention{}, false
}

// placedBy returns the mention that follows byte offset end after "in",
// "at", "near" or "on" ("the CHU in Montpellier"), if any.
func placedBy(text string, end int, ms []Mention) (Mention, bool) {
	rest := text[end:]
	for _, w := range []string{" in ", " at ", " near ", " outside ", " on "} {
		if strings.HasPrefix(rest, w) {
			at := end + len(w)
			if strings.HasPrefix(text[at:], "the ") {
				at += len("the ")
			}
			for _, m := range ms {
				if m.ByteStart == at && !m.Demonym {
					return m, true
				}
			}
			return Mention{}, false
		}
	}
	return Mention{}, false
}

// placedByIn is placedBy, with a country's capital for the country
// before "capital" ("the Russian Embassy in the U.S. capital").
func (p *Parser) placedByIn(text string, end int, ms []Mention) (Mention, bool) {
	m, ok := placedBy(text, end, ms)
	if ok && m.Place.Precision == Country && strings.HasPrefix(text[m.ByteEnd:], " capital") {
		if c, ok := p.Capital(m.Place.Country); ok {
			m.Place = c
		}
	}
	return m, ok
}

// ownedBy returns the mention whose possessive ends right before byte
// offset start ("Harare's Third Street"), if any.
func ownedBy(text string, start int, ms []Mention) (Mention, bool) {
	before := text[:start]
	var cut int
	switch {
	case strings.HasSuffix(before, "'s "):
		cut = start - len("'s ")
	case strings.HasSuffix(before, "’s "):
		cut = start - len("’s ")
	default:
		return Mention{}, false
	}
	for _, m := range ms {
		if m.ByteEnd == cut && !m.Demonym && m.Place.Precision != Feature {
			return m, true
		}
	}
	return Mention{}, false
}

// known reports whether the gazetteer lists words as a name.
func (p *Parser) known(words string) bool {
	return len(p.g.Lookup(gazetteer.Normalize(words))) > 0
}

// unplaced reports whether a mention is a feature the text gave no
// place for.
func unplaced(m Mention) bool {
	return m.Place.Precision == Feature && m.Place.ID == 0 && m.Place.Lat == 0 && m.Place.Lon == 0
}

func overlapping(ms []Mention, bs, be int) (Mention, bool) {
	for _, m := range ms {
		if m.ByteStart < be && bs < m.ByteEnd {
			return m, true
		}
	}
	return Mention{}, false
}

// runeIndex converts byte offsets to code points and back.
type runeIndex struct {
	text  string
	ascii bool
}

func newRuneIndex(text string) runeIndex {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		// Eight bytes at a time: any past ASCII has its top bit set.
		if binary.LittleEndian.Uint64([]byte(text[i:i+8]))&0x8080808080808080 != 0 {
			return runeIndex{text: text}
		}
	}
	for ; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return runeIndex{text: text}
		}
	}
	return runeIndex{text: text, ascii: true}
}

// runeCount returns the number of code points in s, as a range loop over
// s counts them (a byte of invalid UTF-8 is one), taking eight bytes of
// ASCII at a time.
func runeCount(s string) int {
	n, i := 0, 0
	for i < len(s) {
		if i+8 <= len(s) && binary.LittleEndian.Uint64([]byte(s[i:i+8]))&0x8080808080808080 == 0 {
			n, i = n+8, i+8
			continue
		}
		if s[i] < utf8.RuneSelf {
			n, i = n+1, i+1
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		n, i = n+1, i+size
	}
	return n
}

// runeOffsetFrom counts the code points between byte offsets from and to.
func (r runeIndex) runeOffsetFrom(from, to int) int {
	if r.ascii {
		return to - from
	}
	return runeCount(r.text[from:to])
}

func (r runeIndex) byteOffset(n int) int {
	if r.ascii {
		return min(max(n, 0), len(r.text))
	}
	i := 0
	for k := 0; k < n && i < len(r.text); k++ {
		_, size := utf8.DecodeRuneInString(r.text[i:])
		i += size
	}
	return i
}

// withDemonyms merges demonym mentions, resolved to their country, into
// ms in text order.
func (p *Parser) withDemonyms(text string, toks []token, ms []Mention, dems []found) []Mention {
	ms = p.withStateDemonyms(text, toks, withContinentAdjectives(text, toks, ms))
	if len(dems) == 0 {
		return ms
	}
	idx := newRuneIndex(text)
	for _, d := range dems {
		var country *gazetteer.Country
		for _, c := range d.cands {
			if c.Demonym {
				country = c.Country
				break
			}
		}
		if country == nil || inBodyName(text, toks, d.last) {
			continue
		}
		bs, be := toks[d.first].start, toks[d.last].end
		rs := idx.runeOffsetFrom(0, bs)
		pl := toPlace(gazetteer.Candidate{Kind: gazetteer.KindCountry, Country: country})
		// "English", "Scottish", "Catalan": the nation's own region,
		// not the state it belongs to.
		if code, ok := nationRegions[strings.ToLower(text[bs:be])]; ok {
			if r, ok := p.g.Region(code); ok && r.Country == country.Code {
				pl = toPlace(gazetteer.Candidate{Kind: gazetteer.KindRegion, Region: r})
			}
		}
		ms = append(ms, Mention{Start: rs, End: rs + idx.runeOffsetFrom(bs, be), ByteStart: bs, ByteEnd: be,
			Text: text[bs:be], Demonym: true, Place: pl, Score: 1})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].ByteStart < ms[j].ByteStart })
	return ms
}

// withContinentAdjectives adds the adjectives of continents ("African
// leaders", "European flights") as demonyms of the continent, in the
// order of the text.
func withContinentAdjectives(text string, toks []token, ms []Mention) []Mention {
	return withPeoples(text, toks, ms, func(w string, two bool) (Place, bool) {
		// "North American", "South American": the two words.
		if two && len(w) > 24 || !two && (len(w) < 5 || len(w) > 8) {
			return Place{}, false
		}
		name, ok := lowerIn(continentAdjectives, w)
		return continents[name], ok
	})
}

// withStateDemonyms adds the people of states and provinces ("Texans",
// "New Yorkers", "Albertans") as mentions of their region.
func (p *Parser) withStateDemonyms(text string, toks []token, ms []Mention) []Mention {
	return withPeoples(text, toks, ms, func(w string, _ bool) (Place, bool) {
		code, ok := stateDemonym(w)
		if !ok {
			return Place{}, false
		}
		r, ok := p.g.Region(code)
		if !ok {
			return Place{}, false
		}
		return toPlace(gazetteer.Candidate{Kind: gazetteer.KindRegion, Region: r}), true
	})
}

// withPeoples adds the capitalised words, two or one, that look reads as
// a people's or an adjective's place, as demonym mentions of that place,
// in the order of the text; words other mentions hold are left alone.
func withPeoples(text string, toks []token, ms []Mention, look func(w string, two bool) (Place, bool)) []Mention {
	var idx runeIndex
	added := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind != tokWord || !t.upper || t.allCaps {
			continue
		}
		bs, be := t.start, t.end
		var pl Place
		ok := false
		if n := i + 1; n < len(toks) && toks[n].kind == tokWord && toks[n].upper && adjacent(text, toks, i, n) {
			if pl, ok = look(text[bs:toks[n].end], true); ok {
				be = toks[n].end
				i++
			}
		}
		if !ok {
			if pl, ok = look(text[bs:be], false); !ok {
				continue
			}
		}
		if _, taken := overlapping(ms, bs, be); taken || inBodyName(text, toks, i) {
			continue
		}
		if !added {
			idx = newRuneIndex(text)
		}
		rs := idx.runeOffsetFrom(0, bs)
		ms = append(ms, Mention{Start: rs, End: rs + idx.runeOffsetFrom(bs, be), ByteStart: bs, ByteEnd: be,
			Text: text[bs:be], Demonym: true, Place: pl, Score: 1})
		added = true
	}
	if added {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].ByteStart < ms[j].ByteStart })
	}
	return ms
}

// stateDemonym looks words up in stateDemonyms, as written or without a
// plural s: "Texans", "New Yorker".
func stateDemonym(w string) (string, bool) {
	if len(w) < 5 || len(w) > 24 {
		return "", false
	}
	if code, ok := lowerIn(stateDemonyms, w); ok {
		return code, true
	}
	if s, ok := strings.CutSuffix(w, "s"); ok {
		return lowerIn(stateDemonyms, s)
	}
	return "", false
}

// Country returns a country as a resolved place (its point and name), for
// events told of a country as a whole.
func (p *Parser) Country(cc string) (Place, bool) {
	c, ok := p.g.Country(cc)
	if !ok {
		return Place{}, false
	}
	return toPlace(gazetteer.Candidate{Kind: gazetteer.KindCountry, Country: c}), true
}

// Region returns the first-level region of GeoNames code code ("US.ND").
func (p *Parser) Region(code string) (Place, bool) {
	r, ok := p.g.Region(code)
	if !ok {
		return Place{}, false
	}
	return toPlace(gazetteer.Candidate{Kind: gazetteer.KindRegion, Region: r}), true
}

// givenMacro reports the macro-region a given span names: its words are a
// macro-region's name, and a one-word name that is a macro-region only
// after "the" ("the Pacific", "the Gulf") has "the" before it.
func givenMacro(text string, bs, be int) (macroRegion, bool) {
	if key, ok := ellipsisMacro(text[bs:be], text[be:]); ok {
		return macroRegions[key], true // "Eastern and Southern Europe"
	}
	key := strings.TrimPrefix(gazetteer.Normalize(text[bs:be]), "the ")
	r, ok := macroRegions[key]
	if !ok {
		return macroRegion{}, false
	}
	if r.the && !strings.Contains(key, " ") && !theBeforeSpan(text[:bs]) {
		return macroRegion{}, false
	}
	// "Atlantic Avenue", "the Pacific Fleet": the name of something else.
	if rest := text[be:]; len(rest) > 1 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z' {
		return macroRegion{}, false
	}
	return r, true
}

// theBeforeSpan reports whether the text before a span ends in "the",
// alone or with up to two lower-case words after it ("the tropical
// Atlantic", "the eastern Pacific"), or in a hyphen after a word
// ("Asia-Pacific", "trans-Atlantic"): the span is then the sea or the
// region, not a town of that name.
func theBeforeSpan(before string) bool {
	if strings.HasSuffix(before, "-") && len(before) > 1 && isLetterByte(before[len(before)-2]) {
		return true
	}
	for range 3 {
		before = strings.TrimRight(before, " ")
		i := strings.LastIndexByte(before, ' ') + 1
		w := before[i:]
		if strings.EqualFold(w, "the") {
			return true
		}
		if w == "" || !isLowerWord(w) {
			return false
		}
		before = before[:i]
	}
	return false
}

// isLowerWord reports whether w is letters only, none upper case.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) || unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// inBodyName reports whether the capitalised words right after token
// last name a body or a building: "the European Commission", "the
// British Embassy", "the Russian Foreign Ministry". The demonym is part
// of that name, not a mention of the country (it still tells the text's
// country).
func inBodyName(text string, toks []token, last int) bool {
	for k := last + 1; k < len(toks) && k <= last+4; k++ {
		t := toks[k]
		if t.kind != tokWord || !t.upper || !adjacent(text, toks, k-1, k) {
			return false
		}
		w := text[t.start:t.end]
		if _, ok := lowerIn(bodyHeads, w); ok {
			return true
		}
	}
	return false
}

// bodyHeads end the names of bodies and buildings: after a demonym they
// name the nation's body ("the Mexican Senate", "the British Embassy"),
// not the nation. (A title is the person's: "the French Interior
// Minister" is French.)
var bodyHeads = set("embassy", "embassies", "consulate", "commission", "senate", "congress", "parliament",
	"ministry", "bank", "centre", "center", "school", "university", "college", "institute", "academy",
	"party", "hotel", "quarter")
