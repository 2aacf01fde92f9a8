package gazetteer

import (
	"hash/maphash"
	"io/fs"
	"slices"
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
}

// LoadFrom reads and indexes the tables places.tsv, admin1.tsv and
// countries.tsv in the layout of data/README.md from the root of fsys, each
// gzip-compressed (name.gz, as embedded) or plain (name, as in test
// fixtures). Errors are *DataError values naming the file and line;
// malformed rows wrap ErrMalformed.
//
// Three goroutines share the work: one decompresses places.tsv.gz, one
// parses its rows as they arrive, and the caller's generates the keys of
// regions and countries meanwhile; then the index is built and ranked.
func LoadFrom(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{}
	g.ix.seed = maphash.MakeSeed()
	placesFile, raw, gzipped, err := readRaw(fsys, "places.tsv")
	if err != nil {
		return nil, err
	}
	places := newTextStream(placesFile, raw, gzipped)
	defer places.stop()

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

	pp := &placeParser{g: g, file: placesFile, line: 1}
	parsed := make(chan error, 1)
	go func() { parsed <- g.loadPlaces(pp, places) }()
	regionKeys := g.regionKeys()
	countryKeys := g.countryKeys()
	if err := <-parsed; err != nil {
		return nil, err
	}

	g.derive(pp.region)
	g.ix = buildIndex(g.ix.seed, []*keyWriter{pp.keys, regionKeys, countryKeys})
	g.rank()
	return g, nil
}

// bytesPerPlace is about the length of a places.tsv row, for sizing.
const bytesPerPlace = 88

// loadPlaces parses places.tsv as it arrives from ts.
func (g *Gazetteer) loadPlaces(pp *placeParser, ts *textStream) error {
	n := ts.size/bytesPerPlace + 16
	g.places = make([]Place, 0, n)
	g.alts = make([]span, 0, n)
	pp.region = make([]int32, 0, n)
	// Measured on the data: a key (or token prefix) for every 16.6 bytes
	// of text, and key bytes 58 % of the text.
	pp.keys = newKeyWriter(g.ix.seed, ts.size/16, ts.size/2)
	var text string
	for text = range ts.c {
		if err := pp.parse(text, false); err != nil {
			return err
		}
	}
	if ts.err != nil {
		return ts.err
	}
	if err := pp.parse(text, true); err != nil {
		return err
	}
	g.text = text
	return nil
}

// placeIndex returns the index of the place with GeoNames id id.
func (g *Gazetteer) placeIndex(id int) (int, bool) {
	return slices.BinarySearchFunc(g.places, id, func(p Place, id int) int { return p.ID - id })
}
