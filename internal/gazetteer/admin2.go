package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// admin2Data is data/admin2.tsv.gz: second-level divisions (see
// data/README.md).
//
//go:embed data/admin2.tsv.gz
var admin2Data []byte

// A Division is a second-level administrative division: a county,
// parish, district or raion (GeoNames admin2). It has no GeoNames id in
// our data, only its code.
type Division struct {
	Code       string // "US.MN.041"
	Name       string // "Douglas County"
	Country    string // "US"
	Admin1     string // "US.MN"
	Lat, Lon   float64
	Population int // sum of its places'
}

// Divisions indexes second-level divisions by name. They are kept apart
// from the Gazetteer's places, regions and countries: their bare names
// ("Douglas", "Clay") are so often other things that a caller asks for
// them only where a text says "county" or nothing else fits.
type Divisions struct {
	list  []Division
	byKey map[string][]int32
	// prefixes holds the keys of byKey and their token prefixes
	// ("douglas" of "douglas county"), for HasPrefix.
	prefixes map[string]struct{}
	// filter has the bit prefixBit(k) set for every k of prefixes: a key
	// whose bit is clear is none of them, found without hashing it for
	// the map (most words of a text begin no division's name).
	filter []uint64
}

// filterBits is the size of Divisions.filter in bits: some 8 % of them
// are set by the 70,000 or so prefixes.
const filterBits = 1 << 20

// prefixBit is a cheap hash (FNV-1a) of a key, to filterBits bits.
func prefixBit(key []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range key {
		h = (h ^ uint32(c)) * 16777619
	}
	return h & (filterBits - 1)
}

// divisionWords are the generic words of division names, stripped to give
// the bare name ("Douglas County" → "Douglas") and required after it when
// recognising one in text.
var divisionWords = []string{
	"county", "parish", "borough", "district", "municipality", "census area", "city and borough",
	"raion", "rayon", "audany", "ауданы", "район", "municipio", "municipality of",
}

// DivisionWord reports whether w (lower case) is a generic word of a
// division name.
func DivisionWord(w string) bool {
	for _, d := range divisionWords {
		if d == w {
			return true
		}
	}
	return false
}

// IsDivisionWord is DivisionWord for a word in a byte slice, which it
// does not copy.
func IsDivisionWord(w []byte) bool {
	for _, d := range divisionWords {
		if d == string(w) {
			return true
		}
	}
	return false
}

var loadDivisions = sync.OnceValues(func() (*Divisions, error) {
	zr, err := gzip.NewReader(bytes.NewReader(admin2Data))
	if err != nil {
		return nil, fmt.Errorf("gazetteer: admin2.tsv.gz: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: admin2.tsv.gz: %w", err)
	}
	return ParseDivisions("admin2.tsv", string(data))
})

// DefaultDivisions returns the embedded divisions, loaded on first use.
func DefaultDivisions() (*Divisions, error) { return loadDivisions() }

// ParseDivisions reads admin2.tsv rows (code, name, lat, lon, population).
func ParseDivisions(file, text string) (*Divisions, error) {
	d := &Divisions{byKey: map[string][]int32{}}
	line := 0
	for row := range strings.SplitSeq(strings.TrimRight(text, "\n"), "\n") {
		line++
		c := strings.Split(row, "\t")
		if len(c) != 5 {
			return nil, fmt.Errorf("gazetteer: %s:%d: %d columns, want 5: %w", file, line, len(c), ErrMalformed)
		}
		lat, err1 := strconv.ParseFloat(c[2], 64)
		lon, err2 := strconv.ParseFloat(c[3], 64)
		pop, err3 := strconv.Atoi(c[4])
		parts := strings.SplitN(c[0], ".", 3)
		if err1 != nil || err2 != nil || err3 != nil || len(parts) != 3 {
			return nil, fmt.Errorf("gazetteer: %s:%d: bad code, point or population: %w", file, line, ErrMalformed)
		}
		n := int32(len(d.list))
		d.list = append(d.list, Division{Code: c[0], Name: c[1], Country: parts[0], Admin1: parts[0] + "." + parts[1],
			Lat: lat, Lon: lon, Population: pop})
		key := Normalize(c[1])
		d.byKey[key] = append(d.byKey[key], n)
		if bare := stripDivisionWord(key); bare != key {
			d.byKey[bare] = append(d.byKey[bare], n)
		}
	}
	d.addSplitCounties()
	d.prefixes = make(map[string]struct{}, len(d.byKey))
	for key := range d.byKey {
		d.prefixes[key] = struct{}{}
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				d.prefixes[key[:i]] = struct{}{}
			}
		}
	}
	d.filter = make([]uint64, filterBits/64)
	for key := range d.prefixes {
		b := prefixBit([]byte(key))
		d.filter[b/64] |= 1 << (b % 64)
	}
	return d, nil
}

// HasPrefix reports whether key (a Normalize result) names divisions or
// is the first tokens of a key that does: HasPrefix("douglas") is true
// because "douglas county" is a key. A scanner growing a span token by
// token can stop trying divisions once it is false.
func (d *Divisions) HasPrefix(key []byte) bool {
	if b := prefixBit(key); d.filter[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	_, ok := d.prefixes[string(key)]
	return ok
}

// stripDivisionWord removes a generic word from the end of a key.
func stripDivisionWord(key string) string {
	for _, w := range divisionWords {
		if bare, ok := strings.CutSuffix(key, " "+w); ok && bare != "" {
			return bare
		}
	}
	return key
}

// Lookup returns the divisions named name ("Douglas County", or the bare
// "Douglas"), most populous first.
func (d *Divisions) Lookup(name string) []*Division {
	idx := d.byKey[Normalize(name)]
	out := make([]*Division, len(idx))
	for i, n := range idx {
		out[i] = &d.list[n]
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Population > out[j-1].Population; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Len is the number of divisions.
func (d *Divisions) Len() int { return len(d.list) }
