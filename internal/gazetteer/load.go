package gazetteer

import (
	"hash/maphash"
	"io/fs"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// A Gazetteer is an in-memory index of places, regions and countries by
// name. It is immutable after loading and safe for concurrent use; the
// pointers it returns point into its own tables and must not be modified.
type Gazetteer struct {
	text   string  // places.tsv: place names and alternates are substrings of it
	places []Place // sorted by ID
	alts   []span  // per place: its alternates field in text

	regions      []Region
	regionNames  [][]string       // per region: its names column
	regionIndex  map[string]int32 // admin1 key and ISO 3166-2 code → region
	countries    []Country
	countryNames [][]string       // per country: its names column
	countryIndex map[string]int32 // alpha-2 and alpha-3 code → country

	countryRegions [][]*Region // per country: its regions, by code
	capital        []int32     // per country: place index of its capital, -1 if none
	largest        []int32     // per country: place index of its most populous place, -1 if none

	ix index

	variantsOnce sync.Once
	variants     map[string][]variant // by skeleton; built on first use (variants.go)
}

// LoadFrom reads and indexes the tables places.tsv, admin1.tsv and
// countries.tsv (and admin1-points.tsv where there is one) in the layout
// of data/README.md from the root of fsys, each gzip-compressed
// (name.gz, as the small tables are embedded) or plain (name, as
// places.tsv is embedded and test fixtures are). Errors are *DataError values naming the file and line;
// malformed rows wrap ErrMalformed.
//
// The work is spread over goroutines: one or two parse places.tsv (as it
// arrives from the decompressor, when it is gzipped; see parsePlaces)
// while the caller's generates the keys of regions and countries; then
// two build the index (buildIndex) while a third derives populations and
// capitals (derive), and two rank the index (rank).
func LoadFrom(fsys fs.FS) (*Gazetteer, error) {
	return loadFrom(fsys, "")
}

// loadFrom is LoadFrom with places.tsv given as its text when places is
// not empty (the embedded table), and then read from fsys no more.
func loadFrom(fsys fs.FS, places string) (*Gazetteer, error) {
	g := &Gazetteer{}
	g.ix.seed = maphash.MakeSeed()
	placesFile, placesText := "places.tsv", (*textStream)(nil)
	if places != "" {
		placesText = completeText(placesFile, places)
	} else {
		name, f, gzipped, err := openTable(fsys, placesFile)
		if err != nil {
			return nil, err
		}
		placesFile, placesText = name, newTextStream(name, f, gzipped)
		defer placesText.stop()
	}

	name, text, err := readTable(fsys, "countries.tsv")
	if err != nil {
		return nil, err
	}
	if err := g.parseCountries(name, text); err != nil {
		return nil, err
	}
	if name, text, err = readTable(fsys, "admin1.tsv"); err != nil {
		return nil, err
	}
	if err := g.parseRegions(name, text); err != nil {
		return nil, err
	}

	// The place parsers read the countries and the regions' codes, no
	// more: what else the caller's goroutine has to do runs beside them.
	type parsed struct {
		ps  []*placeParser
		err error
	}
	parsedc := make(chan parsed, 1)
	go func() {
		ps, err := g.parsePlaces(placesFile, placesText)
		parsedc <- parsed{ps, err}
	}()
	points, err := readRegionPoints(fsys)
	if err != nil {
		<-parsedc
		return nil, err
	}
	g.dropBorrowedNames()
	regionKeys := g.regionKeys()
	countryKeys := g.countryKeys()
	pr := <-parsedc
	if pr.err != nil {
		return nil, pr.err
	}

	g.text, _, _ = placesText.wait(math.MaxInt) // complete: the parsers saw its end
	regionOf, err := g.mergePlaces(pr.ps)
	if err != nil {
		return nil, err
	}
	// derive reads and writes the tables, buildIndex only the keys: they
	// run side by side.
	derived := make(chan struct{})
	go func() {
		defer close(derived)
		g.derive(regionOf, points)
	}()
	var ws []*keyWriter
	for _, p := range pr.ps {
		ws = append(ws, p.keys)
	}
	g.ix = buildIndex(g.ix.seed, append(ws, regionKeys, countryKeys))
	<-derived
	g.rank()
	return g, nil
}

// bytesPerPlace is about the length of a places.tsv row, for sizing.
const bytesPerPlace = 88

// parsePlaces parses places.tsv as it arrives from ts. When the text is
// large and two processors are available it does so in two goroutines,
// one for each half of the text: the second starts when decompression
// reaches the middle, and they finish together soon after it ends, where
// one goroutine would still have half the rows to go.
func (g *Gazetteer) parsePlaces(file string, ts *textStream) ([]*placeParser, error) {
	halves := 1
	if ts.size >= 1<<20 && runtime.GOMAXPROCS(0) > 1 {
		halves = 2
	}
	if text, done := ts.now(); done {
		return g.parseText(file, text, halves)
	}
	ps := make([]*placeParser, halves)
	for i := range ps {
		// Measured on the data: a key (or token prefix) for every 16.6
		// bytes of text, and key bytes 58 % of the text.
		size := ts.size / halves
		ps[i] = &placeParser{g: g, file: file, line: 1, keys: newKeyWriter(g.ix.seed, size/17, size*3/5)}
		n := size/bytesPerPlace + 16
		if i == 0 {
			n = ts.size/bytesPerPlace + 16 // room for the second half, merged after
		}
		ps[i].places = make([]Place, 0, n)
		ps[i].alts = make([]span, 0, n)
		ps[i].region = make([]int32, 0, n)
	}
	if halves == 1 {
		return ps, ps[0].run(ts, -1)
	}
	// The first half takes the rows that start at or before mid; the
	// second, those after.
	mid := ts.size / 2
	errs := make(chan error, 1)
	go func() { errs <- ps[0].run(ts, mid) }()
	err := func() error {
		p := ps[1]
		for seen := mid; ; {
			text, done, err := ts.wait(seen)
			if err != nil {
				return err
			}
			if len(text) <= mid { // shorter than announced: nothing here
				p.pos = len(text)
				return nil
			}
			if j := strings.IndexByte(text[mid:], '\n'); j >= 0 || done {
				if j < 0 {
					p.pos = len(text)
					return nil
				}
				p.pos = mid + j + 1
				p.line = 1 + strings.Count(text[:p.pos], "\n")
				p.firstLine = p.line
				return p.run(ts, -1)
			}
			seen = len(text)
		}
	}()
	if err0 := <-errs; err0 != nil {
		return nil, err0 // the first error in the file
	}
	return ps, err
}

// parseText parses the complete text of places.tsv, in halves goroutines
// (one or two). Each half's rows are counted first, so that the places
// are parsed into one array, each half into its own window of it, which
// mergePlaces then takes whole.
func (g *Gazetteer) parseText(file, text string, halves int) ([]*placeParser, error) {
	split := len(text) // the first row of the second half
	if halves == 2 {
		if j := strings.IndexByte(text[len(text)/2:], '\n'); j >= 0 && len(text)/2+j+1 < len(text) {
			split = len(text)/2 + j + 1
		}
	}
	n0 := strings.Count(text[:split], "\n")
	n := n0 + strings.Count(text[split:], "\n") + 1
	places, alts, region := make([]Place, 0, n), make([]span, 0, n), make([]int32, 0, n)
	p0 := &placeParser{g: g, file: file, line: 1, firstLine: 1, places: places, alts: alts, region: region}
	p0.keys = newKeyWriter(g.ix.seed, split/17, split*3/5) // sizes as in parsePlaces
	if split == len(text) {
		return []*placeParser{p0}, p0.parse(text, true, -1)
	}
	p1 := &placeParser{g: g, file: file, pos: split, line: 1 + n0, firstLine: 1 + n0, adjoins: true,
		places: places[n0:n0], alts: alts[n0:n0], region: region[n0:n0]}
	p1.keys = newKeyWriter(g.ix.seed, (len(text)-split)/17, (len(text)-split)*3/5)
	errs := make(chan error, 1)
	go func() { errs <- p0.parse(text[:split], true, -1) }()
	err1 := p1.parse(text, true, -1)
	if err0 := <-errs; err0 != nil {
		return nil, err0 // the first error in the file
	}
	return []*placeParser{p0, p1}, err1
}

// mergePlaces concatenates the parsers' places into g, sets the key
// writers' entry bases, and returns each place's region index.
func (g *Gazetteer) mergePlaces(ps []*placeParser) ([]int32, error) {
	first := ps[0]
	g.places, g.alts = first.places, first.alts
	regionOf := first.region
	for _, p := range ps[1:] {
		if n := len(g.places); n > 0 && len(p.places) > 0 && p.places[0].ID <= g.places[n-1].ID {
			return nil, malformed(p.file, p.firstLine, "place %d after %d: rows must be sorted by id, once each", p.places[0].ID, g.places[n-1].ID)
		}
		p.keys.base = entry(len(g.places))
		if n := len(g.places); p.adjoins && n == cap(g.places)-cap(p.places) {
			// p's rows follow in the same arrays (see parseText).
			m := n + len(p.places)
			g.places, g.alts, regionOf = g.places[:m], g.alts[:m], regionOf[:m]
			continue
		}
		g.places = append(g.places, p.places...)
		g.alts = append(g.alts, p.alts...)
		regionOf = append(regionOf, p.region...)
	}
	return regionOf, nil
}

// placeIndex returns the index of the place with GeoNames id id.
func (g *Gazetteer) placeIndex(id int) (int, bool) {
	return slices.BinarySearchFunc(g.places, id, func(p Place, id int) int { return p.ID - id })
}
