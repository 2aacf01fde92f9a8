package geoparse_test

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
	"github.com/unrest-project/unrest/internal/geoparse"
)

// protestCase is one line of testdata/protest_places.tsv: a sentence of
// protest news written for this project, a place name in it, and what it
// names (a city, a first-level region, a country, or nothing).
type protestCase struct {
	id, sentence, mention, kind, name, country string
	lat, lon                                   float64
}

func readProtestCases(t *testing.T, path string) []protestCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []protestCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 8 {
			t.Fatalf("%s:%d: %d fields, want 8", path, line, len(f))
		}
		c := protestCase{id: f[0], sentence: f[1], mention: f[2], kind: f[3], name: f[4], country: f[5]}
		if !strings.Contains(c.sentence, c.mention) {
			t.Fatalf("%s:%d: mention %q is not in the sentence", path, line, c.mention)
		}
		if c.kind != "none" {
			if c.lat, err = strconv.ParseFloat(f[6], 64); err == nil {
				c.lon, err = strconv.ParseFloat(f[7], 64)
			}
			if err != nil {
				t.Fatalf("%s:%d: coordinates %q %q: %v", path, line, f[6], f[7], err)
			}
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// judgeProtestCase says whether the mentions of c's sentence read c's
// mention right, and what they read it as.
//
//   - a city: a mention over the words, within 50 km of the town (or a
//     district or region named for it, within 25 km: "Yuen Long");
//   - a region: a mention over the words resolved to a first-level
//     region of that country (or, for a region named like its capital,
//     the capital), within 300 km of its middle (region middles are
//     rough);
//   - a country: the country itself;
//   - none: no mention over the words but a landmark (a feature: "the
//     White House" is Washington's, not a town's).
func judgeProtestCase(c protestCase, ms []geoparse.Mention) (ok bool, got string) {
	start := utf8.RuneCountInString(c.sentence[:strings.Index(c.sentence, c.mention)])
	end := start + utf8.RuneCountInString(c.mention)
	var m *geoparse.Mention
	for i := range ms {
		if ms[i].Start < end && start < ms[i].End {
			m = &ms[i]
			break
		}
	}
	if m == nil {
		return c.kind == "none", "nothing"
	}
	pl := m.Place
	got = fmt.Sprintf("%q %s %s %s %d (%.2f,%.2f)", m.Text, pl.Name, pl.Country, pl.Precision, pl.ID, pl.Lat, pl.Lon)
	km := gazetteer.Distance(c.lat, c.lon, pl.Lat, pl.Lon)
	switch c.kind {
	case "none":
		return pl.Precision == geoparse.Feature, got
	case "city":
		return pl.Precision == geoparse.City && km <= 50 ||
			(pl.Precision == geoparse.Admin1 || pl.Precision == geoparse.Admin2) && km <= 25, got
	case "admin1":
		return pl.Country == c.country && (pl.Precision == geoparse.Admin1 || pl.Precision == geoparse.City) && km <= 300, got
	case "country":
		return pl.Precision == geoparse.Country && pl.Country == c.country, got
	}
	return false, got
}

// TestProtestPlaces reads 395 place names in protest news written for
// this project (testdata/protest_places.tsv: 67 countries; towns,
// regions, countries and words that are not places here) and holds the
// number read right at its level: 359 when the set was written, 375
// after the rules it led to, 383 after the ninth session's
// (BENCHMARKS.md). Most misses left are
// towns the gazetteer lacks (El Alto, Savar, Loznica are not in the
// cities500 snapshot). Run with -v to list the misses.
func TestProtestPlaces(t *testing.T) {
	testProtestPlaces(t, "testdata/protest_places.tsv", 383)
}

// TestProtestPlacesHeldOut reads 243 place names in protest news written
// blind after the rules above (testdata/protest_places_heldout.tsv: 75
// countries) and holds the number read right when it was first measured:
// 214 (the session's start code read 207).
// It is never tuned on: a miss there is fixed, if at all, by a rule
// tested on sentences of its own.
func TestProtestPlacesHeldOut(t *testing.T) {
	testProtestPlaces(t, "testdata/protest_places_heldout.tsv", 214)
}

// TestProtestPlacesMultilingual reads 166 place names in protest news
// written blind in sixteen other languages than English
// (testdata/protest_places_multilingual.tsv: Russian, Ukrainian, Kazakh,
// Belarusian, Polish, Czech, Slovak, Serbian, Croatian, Bosnian, Turkish,
// Azerbaijani, Kyrgyz, Hungarian, Romanian, Bulgarian; names declined as
// each language declines them, traps included) and holds the number read
// right when it was first measured: 107 (the eleventh session's start
// code read 71; BENCHMARKS.md). Like the held-out set, it is never tuned
// on: a miss there is fixed, if at all, by a rule tested on sentences of
// its own.
func TestProtestPlacesMultilingual(t *testing.T) {
	testProtestPlaces(t, "testdata/protest_places_multilingual.tsv", multilingualFloor)
}

func testProtestPlaces(t *testing.T, path string, floor int) {
	cases := readProtestCases(t, path)
	p := parser(t)
	right := map[string]int{}
	total := map[string]int{}
	var misses []string
	for _, c := range cases {
		ok, got := judgeProtestCase(c, p.Parse(c.sentence))
		total[c.kind]++
		if ok {
			right[c.kind]++
			continue
		}
		misses = append(misses, fmt.Sprintf("%s %s %q: want %s %s %s (%.2f,%.2f), got %s",
			c.id, c.kind, c.mention, c.name, c.country, c.kind, c.lat, c.lon, got))
	}
	n := 0
	for _, k := range []string{"city", "admin1", "country", "none"} {
		n += right[k]
		t.Logf("%-7s %3d of %3d", k, right[k], total[k])
	}
	for _, m := range misses {
		t.Log("miss: " + m)
	}
	t.Logf("all %d of %d (%.3f)", n, len(cases), float64(n)/float64(len(cases)))
	if n < floor {
		t.Errorf("read %d of the %d protest places right, want at least %d (run with -v for the misses)", n, len(cases), floor)
	}
}

// TestProtestPlacesScripts runs a held-out set in the scripts beside
// Latin and Cyrillic (Arabic, Persian, Hebrew, Greek, Georgian,
// Armenian), written blind to the parser like the multilingual one.
func TestProtestPlacesScripts(t *testing.T) {
	testProtestPlaces(t, "testdata/protest_places_scripts.tsv", scriptsFloor)
}

// TestProtestPlacesSouthAsia runs a held-out set in Hindi, Nepali and
// Marathi (Devanagari) and Bengali, written blind to the parser.
func TestProtestPlacesSouthAsia(t *testing.T) {
	testProtestPlaces(t, "testdata/protest_places_southasia.tsv", southAsiaFloor)
}

// southAsiaFloor is TestProtestPlacesSouthAsia's floor: its first
// measure (118 of 160; before these scripts were read, only its 39
// traps could pass).
const southAsiaFloor = 118

// scriptsFloor is TestProtestPlacesScripts's floor: its first measure
// (42 of 163 before these scripts were read, all of them traps).
const scriptsFloor = 135

// multilingualFloor is TestProtestPlacesMultilingual's floor.
const multilingualFloor = 107
