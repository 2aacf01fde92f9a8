package gazetteer

import (
	"embed"
	"io/fs"
	"sync"
)

// dataFS holds the generated data files (see data/README.md). With
// loadDefault below it is the package's only state: read-only data
// compiled into the binary.
//
//go:embed data/admin1.tsv.gz data/admin1-points.tsv.gz data/countries.tsv.gz data/countries-50m.topo.json
var dataFS embed.FS

// placesTSV is places.tsv, the largest table, embedded plain as a string:
// Load parses it in place, in two halves at once, where decompressing
// it would take longer than the rest of Load, and its bytes stay in the
// binary's read-only data instead of the heap.
//
//go:embed data/places.tsv
var placesTSV string

// loadDefault loads the embedded gazetteer once per process for Default.
var loadDefault = sync.OnceValues(Load)

// smallTables returns the embedded tables other than places.tsv
// (admin1.tsv.gz, admin1-points.tsv.gz, countries.tsv.gz) and
// countries-50m.topo.json at the root of a read-only file system.
func smallTables() fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		panic("gazetteer: embedded data: " + err.Error()) // "data" is a valid path: cannot happen
	}
	return sub
}

// CountriesTopoJSON returns world-atlas countries-50m.json (Natural Earth
// 1:50m country outlines as TopoJSON, feature ids = ISO 3166-1 numeric, the
// Numeric field of Country), for drawing a map.
func CountriesTopoJSON() []byte {
	b, err := dataFS.ReadFile("data/countries-50m.topo.json")
	if err != nil {
		panic("gazetteer: embedded data: " + err.Error()) // embedded at build time: cannot happen
	}
	return b
}

// Load reads and indexes the embedded data. It takes a few hundred
// milliseconds and under a hundred megabytes of heap; use Default to
// share one Gazetteer per process.
func Load() (*Gazetteer, error) {
	return loadFrom(smallTables(), placesTSV)
}

// Default returns the Gazetteer of the embedded data, loading it on the
// first call; later calls return the same value (or the same error).
func Default() (*Gazetteer, error) {
	return loadDefault()
}
