package gazetteer_test

import (
	"math"
	"testing"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// load returns the gazetteer of the embedded data, loaded once per test
// binary.
func load(t testing.TB) *gazetteer.Gazetteer {
	t.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// describe renders the first candidates of a lookup for failure messages.
func describe(cs []gazetteer.Candidate) string {
	s := ""
	for i, c := range cs {
		if i == 5 {
			return s + " …"
		}
		s += " " + c.Kind.String() + ":" + c.Name() + "/" + c.Admin1() + "/" + c.CountryCode()
	}
	return s
}

// TestLookupFirst checks the first candidate of names that matter for the
// project's reports: a data refresh or a ranking change that breaks one
// fails here.
func TestLookupFirst(t *testing.T) {
	g := load(t)
	type want struct {
		kind    gazetteer.Kind
		place   int    // GeoNames id, for a place
		code    string // region code or country code
		demonym bool
	}
	place := func(id int) want { return want{kind: gazetteer.KindPlace, place: id} }
	region := func(code string) want { return want{kind: gazetteer.KindRegion, code: code} }
	country := func(cc string) want { return want{kind: gazetteer.KindCountry, code: cc} }
	demonym := func(cc string) want { return want{kind: gazetteer.KindCountry, code: cc, demonym: true} }
	tests := []struct {
		name string
		want want
	}{
		// Aktau the regional capital, not the two villages of Karaganda
		// Region (1526269, 1526601).
		{"Aktau", place(610612)},
		{"Актау", place(610612)},
		{"Ақтау", place(610612)},
		{"Astana", place(1526273)},
		{"Nur-Sultan", place(1526273)},
		{"Нур-Султан", place(1526273)},
		{"Chimkent", place(1518980)},
		{"Shymkent", place(1518980)},
		{"Шымкент", place(1518980)},
		{"Uralsk", place(608668)},
		{"Oral", place(608668)},
		{"Уральск", place(608668)},
		{"Zhanaozen", place(607610)},
		{"Жанаозен", place(607610)},
		{"Жаңаөзен", place(607610)},
		{"Zhañaözen", place(607610)},
		{"Almaty", place(1526384)},
		{"Алматы", place(1526384)},
		{"Alma-Ata", place(1526384)},
		{"Karaganda", place(609655)},
		{"Караганда", place(609655)},
		{"Aktobe", place(610611)},
		{"Taraz", place(1516905)},
		{"Mangystau", region("KZ.09")},
		{"Mangistau", region("KZ.09")},
		{"Mangystau Region", region("KZ.09")},
		{"Mangistau oblast", region("KZ.09")},
		{"Мангистауская область", region("KZ.09")},
		{"Мангистауской области", region("KZ.09")},
		{"Маңғыстау облысы", region("KZ.09")},
		{"West Kazakhstan", region("KZ.07")},
		{"West Kazakhstan Region", region("KZ.07")},
		{"Западно-Казахстанская область", region("KZ.07")},
		{"Almaty Region", region("KZ.01")},
		{"Almaty oblast", region("KZ.01")},
		{"Алматинская область", region("KZ.01")},
		{"Kazakhstan", country("KZ")},
		{"Казахстан", country("KZ")},
		{"Казахстане", country("KZ")},
		{"Republic of Kazakhstan", country("KZ")},
		{"Kazakh", demonym("KZ")},
		{"Kazakhstani", demonym("KZ")},
		{"Kazakhs", demonym("KZ")},
		{"казахстанская", demonym("KZ")},
		{"казахстанских", demonym("KZ")},
		{"Île-de-France", region("FR.11")},
		{"Ile de France", region("FR.11")},
		{"Paris", place(2988507)},
		{"Moscow", place(524901)},
		{"Москва", place(524901)},
		{"Kyiv", place(703448)},
		{"Kiev", place(703448)},
		{"Киев", place(703448)},
		{"Київ", place(703448)},
		{"Minsk", place(625144)},
		{"Santiago", place(3871336)},
		{"Russia", country("RU")},
		{"России", country("RU")},
		{"Georgia", country("GE")},
		// The first part of a country named for two: news's short
		// name for it.
		{"Bosnia", country("BA")},
		{"Trinidad", country("TT")},
		{"Saint Kitts", country("KN")},
		{"Saint Vincent", country("VC")},
		// Arab towns as news spells them, without the article GeoNames
		// gives them ("Ad Dīwānīyah", "Al Ḩillah", "Az Zubayr").
		{"Diwaniyah", place(99762)},
		{"Hillah", place(99347)},
		{"Zubayr", place(98245)},
		{"Kut", place(99131)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := g.Lookup(tt.name)
			if len(cs) == 0 {
				t.Fatalf("Lookup(%q) = none", tt.name)
			}
			c := cs[0]
			got := want{kind: c.Kind, demonym: c.Demonym}
			switch c.Kind {
			case gazetteer.KindPlace:
				got.place = c.Place.ID
			case gazetteer.KindRegion:
				got.code = c.Region.Code
			case gazetteer.KindCountry:
				got.code = c.Country.Code
			}
			if got != tt.want {
				t.Errorf("Lookup(%q)[0] = %+v, want %+v; candidates:%s", tt.name, got, tt.want, describe(cs))
			}
		})
	}
}

// TestLookupCandidates checks names that must find an entity among others.
func TestLookupCandidates(t *testing.T) {
	g := load(t)
	has := func(cs []gazetteer.Candidate, kind gazetteer.Kind, id int, code string) bool {
		for _, c := range cs {
			if c.Kind != kind {
				continue
			}
			if kind == gazetteer.KindPlace && c.Place.ID == id || kind == gazetteer.KindRegion && c.Region.Code == code {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name string
		kind gazetteer.Kind
		id   int
		code string
	}{
		{"Shevchenko", gazetteer.KindPlace, 610612, ""}, // Aktau's Soviet name
		{"Aktau", gazetteer.KindPlace, 1526269, ""},     // the villages are still candidates
		{"Aktau", gazetteer.KindPlace, 1526601, ""},
		{"Almaty", gazetteer.KindRegion, 0, "KZ.02"}, // the city as a region of its own
		{"Almaty", gazetteer.KindRegion, 0, "KZ.01"}, // and the region named after it
		{"Karaganda", gazetteer.KindRegion, 0, "KZ.12"},
		{"Moscow", gazetteer.KindRegion, 0, "RU.48"},
		{"Nur-Sultan", gazetteer.KindRegion, 0, "KZ.05"},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.code, func(t *testing.T) {
			cs := g.Lookup(tt.name)
			if !has(cs, tt.kind, tt.id, tt.code) {
				t.Errorf("Lookup(%q) lacks %s %d %s; candidates:%s", tt.name, tt.kind, tt.id, tt.code, describe(cs))
			}
		})
	}

	// "Almaty Region" is the region only, not the city's admin1 unit.
	if cs := g.Lookup("Almaty Region"); len(cs) != 1 {
		t.Errorf("Lookup(Almaty Region) =%s, want KZ.01 alone", describe(cs))
	}
	// Springfield is a common US place name.
	us := 0
	for _, c := range g.Lookup("Springfield") {
		if c.Kind == gazetteer.KindPlace && c.Place.Country == "US" {
			us++
		}
	}
	if us < 20 {
		t.Errorf("Lookup(Springfield) has %d US places, want at least 20", us)
	}
	if cs := g.Lookup("Xyzzyville"); cs != nil {
		t.Errorf("Lookup(Xyzzyville) =%s, want nil", describe(cs))
	}
	if cs := g.Lookup(""); cs != nil {
		t.Errorf("Lookup(\"\") =%s, want nil", describe(cs))
	}
}

// TestLookupFlags checks Exact and Demonym.
func TestLookupFlags(t *testing.T) {
	g := load(t)
	tests := []struct {
		name           string
		exact, demonym bool
	}{
		{"Aktau", true, false},
		{"aktau", true, false}, // GeoNames lists the lower-case form too
		{"AKTAU", false, false},
		{"Kazakh", true, true},
		{"Kazakhs", false, true},
		{"Казахстан", true, false},
		{"Казахстане", false, false},
		{"Mangistau oblast", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := g.Lookup(tt.name)
			if len(cs) == 0 {
				t.Fatalf("Lookup(%q) = none", tt.name)
			}
			if cs[0].Exact != tt.exact || cs[0].Demonym != tt.demonym {
				t.Errorf("Lookup(%q)[0]: Exact %v Demonym %v, want %v %v", tt.name, cs[0].Exact, cs[0].Demonym, tt.exact, tt.demonym)
			}
		})
	}
}

func TestCandidateAccessors(t *testing.T) {
	g := load(t)
	aktau := g.Lookup("Aktau")[0]
	if aktau.ID() != 610612 || aktau.Name() != "Aktau" || aktau.CountryCode() != "KZ" || aktau.Admin1() != "KZ.09" || aktau.Population() != 147443 {
		t.Errorf("Aktau: %d %q %q %q %d", aktau.ID(), aktau.Name(), aktau.CountryCode(), aktau.Admin1(), aktau.Population())
	}
	if lat, lon := aktau.LatLon(); math.Abs(lat-43.64806) > 1e-9 || math.Abs(lon-51.17222) > 1e-9 {
		t.Errorf("Aktau at %v, %v", lat, lon)
	}
	man := g.Lookup("Mangystau")[0]
	if man.ID() != 608879 || man.Admin1() != "KZ.09" || man.CountryCode() != "KZ" || man.Region.ISO != "KZ-MAN" {
		t.Errorf("Mangystau: %d %q %q %q", man.ID(), man.Admin1(), man.CountryCode(), man.Region.ISO)
	}
	// The region's point lies within the region, a few hundred km across.
	if lat, lon := man.LatLon(); gazetteer.Distance(lat, lon, 43.64806, 51.17222) > 400 {
		t.Errorf("Mangystau at %v, %v, more than 400 km from Aktau", lat, lon)
	}
	kz := g.Lookup("Kazakhstan")[0]
	if kz.ID() != 0 || kz.Admin1() != "" || kz.CountryCode() != "KZ" || kz.Name() != "Kazakhstan" || kz.Population() < 10_000_000 {
		t.Errorf("Kazakhstan: %d %q %q %q %d", kz.ID(), kz.Admin1(), kz.CountryCode(), kz.Name(), kz.Population())
	}
	if lat, lon := kz.LatLon(); lat != 48 || lon != 68 {
		t.Errorf("Kazakhstan at %v, %v", lat, lon)
	}
}

func TestAccessors(t *testing.T) {
	g := load(t)
	if p, ok := g.Place(610612); !ok || p.Name != "Aktau" || p.Feature != "PPLA" {
		t.Errorf("Place(610612) = %+v, %v", p, ok)
	}
	if _, ok := g.Place(1); ok {
		t.Error("Place(1) found")
	}
	for _, code := range []string{"KZ.09", "KZ-MAN"} {
		if r, ok := g.Region(code); !ok || r.Code != "KZ.09" || r.Name != "Mangystau" || r.Population <= 147443 {
			t.Errorf("Region(%s) = %+v, %v", code, r, ok)
		}
	}
	if r, ok := g.Region("KZ.07"); !ok || r.Name != "West Kazakhstan" {
		t.Errorf("Region(KZ.07) = %+v, %v", r, ok)
	}
	for _, code := range []string{"KZ", "KAZ"} {
		if c, ok := g.Country(code); !ok || c.Code != "KZ" || c.Code3 != "KAZ" || c.Numeric != "398" || c.Capital != 1526273 {
			t.Errorf("Country(%s) = %+v, %v", code, c, ok)
		}
	}
	if _, ok := g.Country("XX"); ok {
		t.Error("Country(XX) found")
	}
	rs := g.Regions("KZ")
	if len(rs) < 17 {
		t.Errorf("Regions(KZ) has %d regions", len(rs))
	}
	for i, r := range rs {
		if r.Country != "KZ" || i > 0 && rs[i-1].Code >= r.Code {
			t.Errorf("Regions(KZ)[%d] = %s", i, r.Code)
		}
	}
	if g.Regions("XX") != nil {
		t.Error("Regions(XX) not nil")
	}
	if p, ok := g.Capital("KZ"); !ok || p.ID != 1526273 {
		t.Errorf("Capital(KZ) = %+v, %v", p, ok)
	}
	if p, ok := g.LargestCity("KZ"); !ok || p.ID != 1526384 {
		t.Errorf("LargestCity(KZ) = %+v, %v", p, ok)
	}
	if _, ok := g.Capital("XX"); ok {
		t.Error("Capital(XX) found")
	}
}

func TestContainment(t *testing.T) {
	g := load(t)
	almaty, _ := g.Place(1526384)
	aktau, _ := g.Place(610612)
	paris, _ := g.Place(2988507)
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"Almaty in KZ", g.InCountry(almaty, "KZ"), true},
		{"Almaty in KAZ", g.InCountry(almaty, "KAZ"), true},
		{"Aktau in KZ.09", g.InRegion(aktau, "KZ.09"), true},
		{"Aktau in KZ-MAN", g.InRegion(aktau, "KZ-MAN"), true},
		{"Aktau in KZ.12", g.InRegion(aktau, "KZ.12"), false},
		{"Paris in KZ", g.InCountry(paris, "KZ"), false},
		{"Paris in FR.11", g.InRegion(paris, "FR.11"), true},
		{"nil in KZ", g.InCountry(nil, "KZ"), false},
		{"nil in KZ.09", g.InRegion(nil, "KZ.09"), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestHasPrefix(t *testing.T) {
	g := load(t)
	tests := []struct {
		key  string
		want bool
	}{
		{"santa", true},       // a key and the first token of many
		{"santa maria", true}, // a key
		{"west", true},        // first token of "west kazakhstan"
		{"west kazakhstan", true},
		{"mangystau", true},
		{"santa m", false}, // not a whole token
		{"xyzzy", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := g.HasPrefix(tt.key); got != tt.want {
			t.Errorf("HasPrefix(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestStats(t *testing.T) {
	s := load(t).Stats()
	if s.Places != 199568 || s.Regions < 3900 || s.Countries != 250 || s.Keys < 600_000 || s.Prefixes == 0 || s.Entries < s.Keys || s.MaxTokens < 5 {
		t.Errorf("Stats() = %+v", s)
	}
}

func TestDistance(t *testing.T) {
	g := load(t)
	almaty, _ := g.Place(1526384)
	astana, _ := g.Place(1526273)
	if d := gazetteer.Distance(almaty.Lat, almaty.Lon, astana.Lat, astana.Lon); math.Abs(d-970) > 30 {
		t.Errorf("Almaty–Astana = %.0f km, want 970 ± 30", d)
	}
	tests := []struct {
		lat1, lon1, lat2, lon2, want float64
	}{
		{0, 0, 0, 0, 0},
		{0, 0, 0, 180, math.Pi * 6371.0088},  // half the equator
		{90, 0, -90, 0, math.Pi * 6371.0088}, // pole to pole
		{0, 179.5, 0, -179.5, 111.19508 * 1}, // across the antimeridian
	}
	for _, tt := range tests {
		if got := gazetteer.Distance(tt.lat1, tt.lon1, tt.lat2, tt.lon2); math.Abs(got-tt.want) > 0.01 {
			t.Errorf("Distance(%v, %v, %v, %v) = %v, want %v", tt.lat1, tt.lon1, tt.lat2, tt.lon2, got, tt.want)
		}
	}
}

func TestCountriesTopoJSON(t *testing.T) {
	b := gazetteer.CountriesTopoJSON()
	if len(b) < 100_000 || b[0] != '{' {
		t.Errorf("CountriesTopoJSON: %d bytes starting %q", len(b), b[:min(len(b), 10)])
	}
}

// TestBorrowedRegionNames: a region is not known by a neighbour's own
// name, which the sources' joins misattach (Kampong Cham and Kampong
// Thom carry each other's); a city and its region keep a shared name.
func TestBorrowedRegionNames(t *testing.T) {
	g := load(t)
	regions := func(name string) map[string]bool {
		got := map[string]bool{}
		for _, c := range g.Lookup(name) {
			if c.Kind == gazetteer.KindRegion {
				got[c.Admin1()] = true
			}
		}
		return got
	}
	for name, want := range map[string]string{"Kampong Cham": "KH.02", "Kampong Cham Province": "KH.02", "Rukwa": "TZ.24"} {
		if got := regions(name); len(got) != 1 || !got[want] {
			t.Errorf("regions of %q = %v, want only %s", name, got, want)
		}
	}
	if got := regions("Almaty"); !got["KZ.01"] || !got["KZ.02"] {
		t.Errorf("regions of Almaty = %v, want the city (KZ.02) and its region (KZ.01)", got)
	}
}

func TestPlacesIn(t *testing.T) {
	g := load(t)
	ps := g.PlacesIn("KZ", 100000)
	if len(ps) < 15 || len(ps) > 40 {
		t.Fatalf("PlacesIn(KZ, 100000): %d places, want the twenty or so cities", len(ps))
	}
	found := false
	for i, p := range ps {
		if p.Country != "KZ" || p.Population < 100000 || i > 0 && ps[i-1].ID >= p.ID {
			t.Errorf("%+v out of place", p)
		}
		found = found || p.ID == 610612 // Aktau
	}
	if !found {
		t.Error("Aktau missing")
	}
	if ps := g.PlacesIn("XX", 0); ps != nil {
		t.Errorf("PlacesIn(XX): %d places, want none", len(ps))
	}
}
