package gazetteer

// A Place is a populated place: one row of places.tsv (GeoNames
// cities500). A Gazetteer hands out pointers into its own table; treat the
// values as read-only.
type Place struct {
	ID         int     // GeoNames id, e.g. 610612
	Name       string  // display name, e.g. "Aktau"
	Lat, Lon   float64 // WGS84 degrees
	Country    string  // ISO 3166-1 alpha-2, e.g. "KZ"
	Admin1     string  // region key, e.g. "KZ.09"; "" when none or "00"
	Feature    string  // GeoNames feature code, e.g. "PPLA"
	Population int     // 0 when unknown
}

// A Region is a first-level administrative division (a GeoNames admin1
// code): one row of admin1.tsv.gz, with a location and population derived
// from its places.
type Region struct {
	Code    string // GeoNames admin1 key, e.g. "KZ.09"
	ISO     string // ISO 3166-2 code, e.g. "KZ-MAN"; "" when unknown
	ID      int    // GeoNames id of the region, 0 when unknown
	Name    string // English display name, e.g. "Mangystau"
	Country string // ISO 3166-1 alpha-2, e.g. "KZ"
	// Lat and Lon are the middle of the box holding the region's places
	// (near the centre of its area, as GeoNames places regions), or their
	// mean for a region across the antimeridian; 0, 0 when it has none.
	Lat, Lon   float64
	Population int // sum of its places' populations
}

// A Country is a country or territory: one row of countries.tsv.gz.
type Country struct {
	Code     string   // ISO 3166-1 alpha-2, e.g. "KZ"
	Code3    string   // ISO 3166-1 alpha-3, e.g. "KAZ"
	Numeric  string   // ISO 3166-1 numeric, e.g. "398"; "" for Kosovo
	Name     string   // common English name, e.g. "Kazakhstan"
	Lat, Lon float64  // representative point, degrees
	Demonyms []string // demonyms and national adjectives as listed in the data
	// Capital is the GeoNames id of the country's PPLC place, 0 if none.
	Capital    int
	Population int // sum of its places' populations
}

// Kind says what a Candidate refers to.
type Kind uint8

// The kinds of candidates.
const (
	KindPlace   Kind = iota // a populated place (Candidate.Place)
	KindRegion              // a first-level region (Candidate.Region)
	KindCountry             // a country (Candidate.Country)
)

// String returns "place", "region" or "country".
func (k Kind) String() string {
	switch k {
	case KindPlace:
		return "place"
	case KindRegion:
		return "region"
	case KindCountry:
		return "country"
	}
	return "kind(?)"
}

// A Candidate is one entity a name may refer to. Exactly one of Place,
// Region and Country is set, as Kind says.
type Candidate struct {
	Kind    Kind
	Place   *Place
	Region  *Region
	Country *Country
	// Demonym is set when the name matched a demonym or national
	// adjective of Country ("Kazakh", "казахстанская") rather than a name.
	Demonym bool
	// Exact is set when the name as written (before folding case and
	// diacritics) is one of the entity's names in the data.
	Exact bool
}

// ID returns the GeoNames id of the candidate (0 for a country and for a
// region whose id is unknown).
func (c Candidate) ID() int {
	switch c.Kind {
	case KindPlace:
		return c.Place.ID
	case KindRegion:
		return c.Region.ID
	}
	return 0
}

// Name returns the display name of the candidate.
func (c Candidate) Name() string {
	switch c.Kind {
	case KindPlace:
		return c.Place.Name
	case KindRegion:
		return c.Region.Name
	}
	return c.Country.Name
}

// CountryCode returns the ISO 3166-1 alpha-2 code of the candidate's
// country.
func (c Candidate) CountryCode() string {
	switch c.Kind {
	case KindPlace:
		return c.Place.Country
	case KindRegion:
		return c.Region.Country
	}
	return c.Country.Code
}

// Admin1 returns the region key of the candidate ("KZ.09"): a place's
// region, a region's own code, "" for a country.
func (c Candidate) Admin1() string {
	switch c.Kind {
	case KindPlace:
		return c.Place.Admin1
	case KindRegion:
		return c.Region.Code
	}
	return ""
}

// LatLon returns the candidate's coordinates in degrees.
func (c Candidate) LatLon() (lat, lon float64) {
	switch c.Kind {
	case KindPlace:
		return c.Place.Lat, c.Place.Lon
	case KindRegion:
		return c.Region.Lat, c.Region.Lon
	}
	return c.Country.Lat, c.Country.Lon
}

// Population returns the candidate's population (for regions and
// countries, the sum over their places).
func (c Candidate) Population() int {
	switch c.Kind {
	case KindPlace:
		return c.Place.Population
	case KindRegion:
		return c.Region.Population
	}
	return c.Country.Population
}
