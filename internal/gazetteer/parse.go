package gazetteer

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// This file parses the rows of the three tables into the Gazetteer's
// slices; the layouts are those of data/README.md.

// parseCountries parses countries.tsv: cca2, cca3, ccn3, name_common, lat,
// lon, names, demonyms.
func (g *Gazetteer) parseCountries(file, text string) error {
	n := strings.Count(text, "\n") + 1
	g.countries = make([]Country, 0, n)
	g.countryNames = make([][]string, 0, n)
	g.countryIndex = make(map[string]int32, 2*n)
	var f [8]string
	for i, line := 0, 1; i < len(text); line++ {
		var row string
		row, i = nextLine(text, i)
		if row == "" {
			return malformed(file, line, "empty line")
		}
		if k := splitFields(row, f[:]); k != len(f) {
			return malformed(file, line, "%d fields, want %d", k, len(f))
		}
		if !isCode(f[0], 2) || !isCode(f[1], 3) {
			return malformed(file, line, "country codes %q, %q: want 2 and 3 upper-case letters", f[0], f[1])
		}
		if _, dup := g.countryIndex[f[0]]; dup {
			return malformed(file, line, "country %s listed twice", f[0])
		}
		lat, lon, err := parseLatLon(f[4], f[5])
		if err != "" {
			return malformed(file, line, "%s", err)
		}
		c := Country{Code: f[0], Code3: f[1], Numeric: f[2], Name: f[3], Lat: lat, Lon: lon}
		forEachName(f[7], func(d string) { c.Demonyms = append(c.Demonyms, d) })
		var names []string
		forEachName(f[6], func(s string) { names = append(names, s) })
		idx := int32(len(g.countries))
		g.countries = append(g.countries, c)
		g.countryNames = append(g.countryNames, names)
		g.countryIndex[f[0]] = idx
		if _, taken := g.countryIndex[f[1]]; !taken {
			g.countryIndex[f[1]] = idx
		}
	}
	return nil
}

// parseRegions parses admin1.tsv: code, iso3166_2, geonameid,
// display_name_en, names. Load then drops the borrowed names
// (dropBorrowedNames).
func (g *Gazetteer) parseRegions(file, text string) error {
	n := strings.Count(text, "\n") + 1
	g.regions = make([]Region, 0, n)
	g.regionNames = make([][]string, 0, n)
	g.regionIndex = make(map[string]int32, 2*n)
	var f [5]string
	for i, line := 0, 1; i < len(text); line++ {
		var row string
		row, i = nextLine(text, i)
		if row == "" {
			return malformed(file, line, "empty line")
		}
		if k := splitFields(row, f[:]); k != len(f) {
			return malformed(file, line, "%d fields, want %d", k, len(f))
		}
		cc, _, ok := strings.Cut(f[0], ".")
		if !ok || !isCode(cc, 2) || len(f[0]) < 4 {
			return malformed(file, line, "region code %q: want CC.CODE", f[0])
		}
		ci, ok := g.countryIndex[cc]
		if !ok {
			return malformed(file, line, "region %s: country %s is not in countries.tsv", f[0], cc)
		}
		if _, dup := g.regionIndex[f[0]]; dup {
			return malformed(file, line, "region %s listed twice", f[0])
		}
		id := 0
		if f[2] != "" {
			var err error
			if id, err = strconv.Atoi(f[2]); err != nil || id < 0 {
				return malformed(file, line, "region id %q", f[2])
			}
		}
		if f[3] == "" {
			return malformed(file, line, "region %s has no name", f[0])
		}
		var names []string
		forEachName(f[4], func(s string) { names = append(names, s) })
		idx := int32(len(g.regions))
		g.regions = append(g.regions, Region{
			Code: f[0], ISO: f[1], ID: id, Name: f[3],
			Country: g.countries[ci].Code, // interned
		})
		g.regionNames = append(g.regionNames, names)
		g.regionIndex[f[0]] = idx
		if f[1] != "" {
			if _, taken := g.regionIndex[f[1]]; !taken {
				g.regionIndex[f[1]] = idx
			}
		}
	}
	return nil
}

// dropBorrowedNames drops from each region's alternates the own name of
// another region of its country: the sources' joins misattach some
// (Cambodia's Kampong Cham and Kampong Thom each carry the other's name,
// Tanzania's Ruvuma and Rukwa too), and a region is never known by its
// neighbour's name. A name one of the two holds inside its own ("Minsk"
// and "Minsk City", "Almaty" and "Almaty Region") is the city and its
// region, and both keep it.
func (g *Gazetteer) dropBorrowedNames() {
	// owners maps a country and a region's normalised own name to the
	// regions of that name; a name's token runs are looked up in it, so
	// that the work grows with the names, not with names × regions.
	owners := map[string]map[string][]int{}
	owns := make([]string, len(g.regions))
	for i := range g.regions {
		own, cc := Normalize(g.regions[i].Name), g.regions[i].Country
		owns[i] = own
		if own == "" {
			continue
		}
		m := owners[cc]
		if m == nil {
			m = map[string][]int{}
			owners[cc] = m
		}
		m[own] = append(m[own], i)
	}
	var bounds []int // token starts and ends of a key
	for i := range g.regions {
		names := g.regionNames[i]
		kept := names[:0]
		mine, m := owns[i], owners[g.regions[i].Country]
		for _, n := range names {
			if !borrowed(Normalize(n), i, mine, owns, m, &bounds) {
				kept = append(kept, n)
			}
		}
		g.regionNames[i] = kept
	}
}

// borrowed reports whether key, a name of region i (own name mine), holds
// another region's own name as a run of whole tokens, neither own name
// holding the other and key not holding mine ("Kampong Cham Province" and
// "Province de Kampong Cham" are Kampong Cham's, as its bare name is).
// byOwn maps own names of the country to regions; bounds is scratch.
func borrowed(key string, i int, mine string, owns []string, byOwn map[string][]int, bounds *[]int) bool {
	// Token boundaries: b[2t] and b[2t+1] are the start and end of token t.
	b := (*bounds)[:0]
	for j := 0; j < len(key); {
		for j < len(key) && key[j] == ' ' {
			j++
		}
		if j == len(key) {
			break
		}
		k := j
		for k < len(key) && key[k] != ' ' {
			k++
		}
		b = append(b, j, k)
		j = k
	}
	*bounds = b
	holdsMine := mine != "" && hasTokenRun(key, mine)
	for s := 0; s < len(b); s += 2 {
		for e := s + 1; e < len(b); e += 2 {
			for _, j := range byOwn[key[b[s]:b[e]]] {
				other := owns[j]
				if j != i && !holdsMine && !strings.Contains(mine, other) && !strings.Contains(other, mine) {
					return true
				}
			}
		}
	}
	return false
}

// hasTokenRun reports whether run occurs in key as whole tokens.
func hasTokenRun(key, run string) bool {
	for off := 0; ; {
		j := strings.Index(key[off:], run)
		if j < 0 {
			return false
		}
		j += off
		if (j == 0 || key[j-1] == ' ') && (j+len(run) == len(key) || key[j+len(run)] == ' ') {
			return true
		}
		off = j + 1
	}
}

// A placeParser parses rows of places.tsv as the text arrives (see
// textStream): all of them, or those of one half of the text.
type placeParser struct {
	g         *Gazetteer // for the countries and regions, read only
	file      string
	keys      *keyWriter // keys of the places' names; entries count from 0
	places    []Place
	alts      []span   // per place: its alternates field in the text
	region    []int32  // per place: index of its region, -1 for none
	stale     []string // admin1 keys that no region row has, interned
	pos       int      // offset in the text of the next row
	line      int      // its line number
	firstLine int      // line number of the first row
	adjoins   bool     // places, alts and region are windows of the arrays of the parser before, right after its rows
	artBuf    []byte   // a name's key, for addWithoutArticle

	// The last row's country code, its index, whether it is in
	// arabicArticleCountries, and the last region found: neighbours in
	// id are often of one country and region.
	lastCC      string
	lastCountry int32
	arabic      bool
	lastRegion  regionMemo
}

// A regionMemo is the region found for a country and admin1 code.
type regionMemo struct {
	cc, code, admin1 string
	ri               int32
}

// run parses the rows from p.pos on as they arrive from ts, up to the end
// of the text or, if last >= 0, up to the last row that starts at or
// before offset last.
func (p *placeParser) run(ts *textStream, last int) error {
	for seen := -1; ; {
		text, done, err := ts.wait(seen)
		if err != nil {
			return err
		}
		seen = len(text)
		if err := p.parse(text, done, last); err != nil {
			return err
		}
		if done || last >= 0 && p.pos > last {
			return nil
		}
	}
}

// parse parses the complete rows of text (a prefix of the final text,
// which may end inside a row unless final is set) from p.pos on, stopping
// before a row that starts after offset last if last >= 0.
// Columns: geonameid, name, lat, lon, cc, admin1, fcode, population,
// alternates.
func (p *placeParser) parse(text string, final bool, last int) error {
	end := len(text)
	if !final {
		end = strings.LastIndexByte(text, '\n') + 1
	}
	g, file := p.g, p.file
	var f [9]string
	var codeBuf [64]byte
	for p.pos < end && (last < 0 || p.pos <= last) {
		start, line := p.pos, p.line
		var row string
		row, p.pos = nextLine(text[:end], p.pos)
		p.line++
		if row == "" {
			return malformed(file, line, "empty line")
		}
		if n := splitFields(row, f[:]); n != len(f) {
			return malformed(file, line, "%d fields, want %d", n, len(f))
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id <= 0 || id > math.MaxInt32 {
			return malformed(file, line, "place id %q", f[0])
		}
		if f[1] == "" {
			return malformed(file, line, "place %d has no name", id)
		}
		lat, lon, msg := parseLatLon(f[2], f[3])
		if msg != "" {
			return malformed(file, line, "place %d: %s", id, msg)
		}
		if f[4] != p.lastCC || p.lastCC == "" {
			ci, ok := g.countryIndex[f[4]]
			if !ok || len(f[4]) != 2 {
				return malformed(file, line, "place %d: country %q is not in countries.tsv", id, f[4])
			}
			p.lastCC, p.lastCountry, p.arabic = f[4], ci, arabicArticleCountries[f[4]]
		}
		ci := p.lastCountry
		pop := 0
		if f[7] != "" {
			if pop, err = strconv.Atoi(f[7]); err != nil || pop < 0 {
				return malformed(file, line, "place %d: population %q", id, f[7])
			}
		}
		if n := len(p.places); n > 0 && p.places[n-1].ID >= id {
			// Place finds places by binary search on the id.
			return malformed(file, line, "place %d after %d: rows must be sorted by id, once each", id, p.places[n-1].ID)
		}
		pl := Place{ID: id, Name: f[1], Lat: lat, Lon: lon, Country: g.countries[ci].Code, Feature: internFeature(f[6]), Population: pop}
		ri := int32(-1)
		// "00" is GeoNames' "no region"; a code that no admin1 row has
		// (e.g. EH.CE) is still kept in Place.Admin1, as the data says it.
		if f[5] != "" && f[5] != "00" {
			if last := &p.lastRegion; f[4] == last.cc && f[5] == last.code {
				ri, pl.Admin1 = last.ri, last.admin1
			} else {
				key := append(append(append(codeBuf[:0], f[4]...), '.'), f[5]...)
				var ok bool
				if ri, ok = g.regionIndex[string(key)]; ok {
					pl.Admin1 = g.regions[ri].Code
				} else {
					ri = -1
					pl.Admin1 = p.internStale(key)
				}
				*last = regionMemo{cc: f[4], code: f[5], ri: ri, admin1: pl.Admin1}
			}
		}
		e := placeEntry(len(p.places))
		p.places = append(p.places, pl)
		p.region = append(p.region, ri)
		// The alternates field is kept as a span of the text: Lookup reads
		// it to tell exact matches, and no per-name string is allocated.
		p.alts = append(p.alts, span{uint32(start + len(row) - len(f[8])), uint32(start + len(row))})
		p.keys.add(f[1], e)
		arabic := p.arabic
		if arabic {
			p.addWithoutArticle(f[1], e)
		}
		for list := f[8]; list != ""; {
			name := list
			if i := strings.IndexByte(list, '|'); i >= 0 {
				name, list = list[:i], list[i+1:]
			} else {
				list = ""
			}
			p.keys.add(name, e)
			if arabic {
				p.addWithoutArticle(name, e)
			}
		}
	}
	return nil
}

// arabicArticleCountries are the countries whose place names GeoNames
// often spells with the Arabic article, assimilated or not ("Ad
// Dīwānīyah", "An Nāşirīyah", "Al Ḩillah"), where news drops it
// ("Diwaniyah", "Nasiriyah", "Hillah").
var arabicArticleCountries = map[string]bool{
	"AE": true, "BH": true, "DZ": true, "EG": true, "EH": true, "IQ": true, "JO": true, "KW": true, "LB": true,
	"LY": true, "MA": true, "MR": true, "OM": true, "PS": true, "QA": true, "SA": true, "SD": true, "SY": true,
	"TN": true, "YE": true,
}

// arabicArticles are the article's spellings, normalised, before a space.
var arabicArticles = []string{"al ", "el ", "ad ", "ed ", "ar ", "er ", "as ", "es ", "ash ", "esh ", "at ", "et ",
	"az ", "ez ", "an ", "en ", "adh ", "ath "}

// addWithoutArticle also files name without its leading Arabic article,
// when five letters or more are left: an alternate key, so a town that
// bears the short form as its own name still outranks it.
func (p *placeParser) addWithoutArticle(name string, e entry) {
	p.artBuf = AppendNormalize(p.artBuf[:0], name)
	key := p.artBuf
	for _, a := range arabicArticles {
		if len(key) >= len(a)+5 && string(key[:len(a)]) == a {
			rest := key[len(a):]
			if bytes.IndexByte(rest, ' ') >= 0 {
				return // "Al Madinah al Munawwarah": the short form is not a name
			}
			p.keys.addKey(string(rest), e)
			return
		}
	}
}

// internStale returns key as a string, reusing an earlier copy.
func (p *placeParser) internStale(key []byte) string {
	for _, s := range p.stale {
		if s == string(key) {
			return s
		}
	}
	s := string(key)
	p.stale = append(p.stale, s)
	return s
}

// features interns the GeoNames feature codes of populated places, so that
// 200,000 places share a handful of strings.
var features = [...]string{
	"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC", "PPLCH", "PPLF",
	"PPLG", "PPLH", "PPLL", "PPLQ", "PPLR", "PPLS", "PPLW", "PPLX", "STLMT",
}

// internFeature returns the interned copy of a feature code (or code
// itself, a substring of the table's text, when it is not a known one).
func internFeature(code string) string {
	for _, f := range features {
		if f == code {
			return f
		}
	}
	return code
}

// isCode reports whether s is n upper-case ASCII letters.
func isCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// parseLatLon parses a latitude and a longitude in degrees; it returns a
// message instead of an error so that callers add the file and line.
func parseLatLon(la, lo string) (lat, lon float64, msg string) {
	lat, ok1 := parseDegrees(la)
	lon, ok2 := parseDegrees(lo)
	switch {
	case !ok1 || lat < -90 || lat > 90:
		return 0, 0, "latitude " + strconv.Quote(la)
	case !ok2 || lon < -180 || lon > 180:
		return 0, 0, "longitude " + strconv.Quote(lo)
	}
	return lat, lon, ""
}

// pow10 holds the exact powers of ten that parseDegrees divides by.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}

// parseDegrees parses a decimal number. The data writes "-43.64806" (at
// most 8 decimals); for that form, the integer of its digits divided by the
// exact power of ten is the correctly rounded value that strconv would
// give, at a fraction of the cost (400,000 numbers per Load). Other forms
// go to strconv.
func parseDegrees(s string) (float64, bool) {
	neg := strings.HasPrefix(s, "-")
	digits := s
	if neg {
		digits = s[1:]
	}
	var m uint64
	frac, dot, nd := 0, false, 0
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		switch {
		case '0' <= c && c <= '9':
			m = m*10 + uint64(c-'0')
			nd++
			if dot {
				frac++
			}
		case c == '.' && !dot:
			dot = true
		default:
			nd = 99 // not the simple form
		}
	}
	if nd == 0 || nd > 15 || frac >= len(pow10) {
		v, err := strconv.ParseFloat(s, 64)
		return v, err == nil && !math.IsNaN(v) && !math.IsInf(v, 0)
	}
	v := float64(m) / pow10[frac]
	if neg {
		v = -v
	}
	return v, true
}

// WithoutArticle reports whether key is the normalised name of a place of
// country without its leading Arabic article, as addWithoutArticle files
// it: "qamishli" for Al Qāmishlī. Such a key is the place's own name,
// short.
func WithoutArticle(name, country, key string) bool {
	if !arabicArticleCountries[country] || len(key)+3 > len(name)+8 {
		return false
	}
	var buf [64]byte
	k := AppendNormalize(buf[:0], name)
	for _, a := range arabicArticles {
		if len(k) == len(a)+len(key) && string(k[:len(a)]) == a && string(k[len(a):]) == key {
			return true
		}
	}
	return false
}
