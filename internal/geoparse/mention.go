package geoparse

// Precision of a resolved place.
type Precision string

// Precisions, as FORMAT.md names them.
const (
	City    Precision = "city"
	Admin1  Precision = "admin1"
	Country Precision = "country"
	// Admin2 is a county, parish or district: event records round it to
	// its admin1 region.
	Admin2 Precision = "admin2"
	// Continent is for the continents the gazetteer does not hold; event
	// records never carry it.
	Continent Precision = "continent"
	// Feature is a named feature the gazetteer does not hold: a street,
	// a building, a river, a sea, a macro-region ("Royal Street", "Lake
	// Manassas", "the Middle East"). Its point is the place it lies in,
	// as the text says (Place.ID is that place's), or the region's own
	// point; event records never carry it.
	Feature Precision = "feature"
)

// Mention is one place named in a text.
type Mention struct {
	Start, End         int    // code points of the text, [Start, End)
	ByteStart, ByteEnd int    // the same span in bytes
	Text               string // the words as written
	Place              Place  // the place chosen; Place.ID is 0 when unresolved
	Score              float64
	Demonym            bool // a demonym reported as its country (Parser.Demonyms)
	// Landmark is set for a square, a street or a building known by its
	// name ("Tahrir Square", landmarks.go), precision Feature, placed in
	// its town where the text or its fame says which.
	Landmark bool
}

// Place is a resolved place in the shape event records use.
type Place struct {
	ID         int       `json:"geonames_id"`
	Name       string    `json:"name"`
	Country    string    `json:"country"`
	Admin1     string    `json:"admin1_code"`
	Lat        float64   `json:"lat"`
	Lon        float64   `json:"lon"`
	Precision  Precision `json:"precision"`
	Population int       `json:"-"`
	// Section is set for a section of a city (GeoNames PPLX: "Kolonaki",
	// a quarter of Athens): an event there is an event in the city.
	Section bool `json:"-"`
}
