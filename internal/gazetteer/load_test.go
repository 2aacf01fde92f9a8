package gazetteer_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// tinyFS returns the tiny fixture (testdata/tiny) as a MapFS, with
// replacements applied: file name → new content; a name ending in ".gz"
// gets the gzip of the content instead of the plain file.
func tinyFS(t *testing.T, replace map[string]string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, name := range []string{"places.tsv", "admin1.tsv", "countries.tsv"} {
		b, err := os.ReadFile("testdata/tiny/" + name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: b}
	}
	for name, content := range replace {
		if base, ok := strings.CutSuffix(name, ".gz"); ok {
			delete(m, base)
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write([]byte(content))
			zw.Close()
			m[name] = &fstest.MapFile{Data: buf.Bytes()}
			continue
		}
		m[name] = &fstest.MapFile{Data: []byte(content)}
	}
	return m
}

func TestLoadFromTiny(t *testing.T) {
	g, err := gazetteer.LoadFrom(os.DirFS("testdata/tiny"))
	if err != nil {
		t.Fatal(err)
	}
	if s := g.Stats(); s.Places != 6 || s.Regions != 3 || s.Countries != 2 {
		t.Errorf("Stats() = %+v", s)
	}
	if cs := g.Lookup("Aktau"); len(cs) != 2 || cs[0].Place.ID != 610612 || cs[1].Place.ID != 1526269 {
		t.Errorf("Lookup(Aktau) =%s", describe(cs))
	}
	if cs := g.Lookup("Mangistau oblast"); len(cs) != 1 || cs[0].Kind != gazetteer.KindRegion || cs[0].Region.Code != "KZ.09" {
		t.Errorf("Lookup(Mangistau oblast) =%s", describe(cs))
	}
	if cs := g.Lookup("Kazakhs"); len(cs) != 1 || !cs[0].Demonym {
		t.Errorf("Lookup(Kazakhs) =%s", describe(cs))
	}
	// Aktau's village lies in KZ.12, which the fixture's admin1 lacks: the
	// place keeps the code, but no region has it.
	if p, _ := g.Place(1526269); p.Admin1 != "KZ.12" || g.InRegion(p, "KZ.09") {
		t.Errorf("Place(1526269).Admin1 = %q", p.Admin1)
	}
	if _, ok := g.Region("KZ.12"); ok {
		t.Error("Region(KZ.12) found")
	}
	// Mangystau's point lies among its places, Aktau and Zhanaozen.
	if r, _ := g.Region("KZ.09"); r.Lat < 43.34 || r.Lat > 43.65 || r.Lon < 51.17 || r.Lon > 52.87 || r.Population != 103598+147443 {
		t.Errorf("Region(KZ.09) = %+v", r)
	}
	if c, _ := g.Country("KZ"); c.Capital != 1526273 || c.Population != 103598+147443+9500+345604+1977011 {
		t.Errorf("Country(KZ) = %+v", c)
	}
	if p, ok := g.LargestCity("FR"); !ok || p.ID != 2988507 {
		t.Errorf("LargestCity(FR) = %+v", p)
	}
}

// TestLoadFromGzip loads the tiny fixture with places.tsv compressed, as
// the embedded data is.
func TestLoadFromGzip(t *testing.T) {
	plain, err := os.ReadFile("testdata/tiny/places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.LoadFrom(tinyFS(t, map[string]string{"places.tsv.gz": string(plain)}))
	if err != nil {
		t.Fatal(err)
	}
	if s := g.Stats(); s.Places != 6 {
		t.Errorf("Stats() = %+v", s)
	}
}

// TestLoadFromMalformed checks that errors name the file and the line.
func TestLoadFromMalformed(t *testing.T) {
	_, err := gazetteer.LoadFrom(os.DirFS("testdata/malformed"))
	var de *gazetteer.DataError
	if !errors.As(err, &de) || de.File != "places.tsv" || de.Line != 3 || !errors.Is(err, gazetteer.ErrMalformed) {
		t.Fatalf("LoadFrom(testdata/malformed) = %v, want a malformed-data error at places.tsv:3", err)
	}
	if want := "places.tsv:3: malformed data: place 1526269: latitude"; !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not contain %q", err, want)
	}

	row := func(fields ...string) string { return strings.Join(fields, "\t") + "\n" }
	aktau := row("610612", "Aktau", "43.64806", "51.17222", "KZ", "09", "PPLA", "147443", "Aqtau")
	tests := []struct {
		name    string
		replace map[string]string
		file    string
		line    int
	}{
		{"few fields", map[string]string{"places.tsv": aktau + "1\tX\n"}, "places.tsv", 2},
		{"bad id", map[string]string{"places.tsv": row("x", "X", "1", "1", "KZ", "", "PPL", "0", "")}, "places.tsv", 1},
		{"bad longitude", map[string]string{"places.tsv": row("7", "X", "1", "181", "KZ", "", "PPL", "0", "")}, "places.tsv", 1},
		{"bad population", map[string]string{"places.tsv": row("7", "X", "1", "1", "KZ", "", "PPL", "-3", "")}, "places.tsv", 1},
		{"unknown country", map[string]string{"places.tsv": aktau + row("7000000", "X", "1", "1", "ZZ", "", "PPL", "0", "")}, "places.tsv", 2},
		{"unsorted", map[string]string{"places.tsv": aktau + row("7", "X", "1", "1", "KZ", "", "PPL", "0", "")}, "places.tsv", 2},
		{"empty line", map[string]string{"places.tsv": aktau + "\n" + aktau}, "places.tsv", 2},
		{"gzip line", map[string]string{"places.tsv.gz": aktau + aktau}, "places.tsv.gz", 2},
		{"region fields", map[string]string{"admin1.tsv": "KZ.09\tKZ-MAN\t608879\n"}, "admin1.tsv", 1},
		{"region country", map[string]string{"admin1.tsv": "ZZ.09\t\t0\tZed\t\n"}, "admin1.tsv", 1},
		{"country code", map[string]string{"countries.tsv": "kz\tKAZ\t398\tKazakhstan\t48\t68\t\t\n"}, "countries.tsv", 1},
		{"country latitude", map[string]string{"countries.tsv": "KZ\tKAZ\t398\tKazakhstan\t480\t68\t\t\n"}, "countries.tsv", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := gazetteer.LoadFrom(tinyFS(t, tt.replace))
			var de *gazetteer.DataError
			if !errors.As(err, &de) || de.File != tt.file || de.Line != tt.line || !errors.Is(err, gazetteer.ErrMalformed) {
				t.Errorf("LoadFrom = %v, want a malformed-data error at %s:%d", err, tt.file, tt.line)
			}
		})
	}
}

// TestLoadFromBadFiles checks errors about files rather than lines.
func TestLoadFromBadFiles(t *testing.T) {
	missing := tinyFS(t, nil)
	delete(missing, "admin1.tsv")
	truncated := tinyFS(t, map[string]string{"places.tsv.gz": strings.Repeat("610612\tAktau\n", 1000)})
	truncated["places.tsv.gz"].Data = truncated["places.tsv.gz"].Data[:40]
	notGzip := tinyFS(t, map[string]string{"places.tsv.gz": ""})
	notGzip["places.tsv.gz"].Data = []byte("plain")
	tests := []struct {
		name string
		fsys fs.FS
		file string
		is   error
	}{
		{"missing", missing, "admin1.tsv.gz", fs.ErrNotExist},
		{"truncated gzip", truncated, "places.tsv.gz", nil},
		{"not gzip", notGzip, "places.tsv.gz", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := gazetteer.LoadFrom(tt.fsys)
			var de *gazetteer.DataError
			if !errors.As(err, &de) || de.File != tt.file || de.Line != 0 || tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("LoadFrom = %v, want an error about %s", err, tt.file)
			}
		})
	}
}

// bigPlaces returns a places.tsv of n rows of equal length, large enough
// for Load to parse its two halves in two goroutines, with ids 1000000+i.
func bigPlaces(n int) []string {
	rows := make([]string, n)
	for i := range rows {
		rows[i] = fmt.Sprintf("%d\tPlace %06d\t43.00000\t51.00000\tKZ\t09\tPPL\t1000\tAlt %06d\n", 1000000+i, i, i)
	}
	return rows
}

// TestLoadFromLarge checks a table that is parsed in two halves, gzipped
// (parsed as it is decompressed) and plain (counted, then parsed into one
// array, as the embedded table is): rows on both sides of the middle, and
// errors in the second half or across it.
func TestLoadFromLarge(t *testing.T) {
	for _, file := range []string{"places.tsv.gz", "places.tsv"} {
		t.Run(file, func(t *testing.T) { testLoadFromLarge(t, file) })
	}
}

func testLoadFromLarge(t *testing.T, file string) {
	rows := bigPlaces(20000)
	g, err := gazetteer.LoadFrom(tinyFS(t, map[string]string{file: strings.Join(rows, "")}))
	if err != nil {
		t.Fatal(err)
	}
	if s := g.Stats(); s.Places != len(rows) {
		t.Errorf("Stats() = %+v", s)
	}
	for _, i := range []int{0, 9999, 10000, 10001, 19999} {
		name := fmt.Sprintf("Place %06d", i)
		if cs := g.Lookup(name); len(cs) != 1 || cs[0].Place.ID != 1000000+i || cs[0].Place.Name != name {
			t.Errorf("Lookup(%q) =%s", name, describe(cs))
		}
		if cs := g.Lookup(fmt.Sprintf("Alt %06d", i)); len(cs) != 1 || cs[0].Place.ID != 1000000+i {
			t.Errorf("Lookup(Alt %06d) =%s", i, describe(cs))
		}
		if p, ok := g.Place(1000000 + i); !ok || p.Name != name {
			t.Errorf("Place(%d) = %+v", 1000000+i, p)
		}
	}

	// A bad row late in the file: the second half counts lines right.
	bad := slices.Clone(rows)
	bad[18000] = strings.Replace(bad[18000], "43.00000", "x3.00000", 1)
	_, err = gazetteer.LoadFrom(tinyFS(t, map[string]string{file: strings.Join(bad, "")}))
	var de *gazetteer.DataError
	if !errors.As(err, &de) || de.File != file || de.Line != 18001 {
		t.Errorf("bad row 18001: LoadFrom = %v", err)
	}

	// Unsorted just after the middle: the first row of the second half
	// (all rows have the same length) repeats an id of the first.
	size, width := len(rows)*len(rows[0]), len(rows[0])
	first := size/2/width + 1 // the first row that starts after the middle
	unsorted := slices.Clone(rows)
	unsorted[first] = strings.Replace(unsorted[first], fmt.Sprint(1000000+first), fmt.Sprint(1000000+first-1), 1)
	_, err = gazetteer.LoadFrom(tinyFS(t, map[string]string{file: strings.Join(unsorted, "")}))
	if !errors.As(err, &de) || de.Line != first+1 || !strings.Contains(err.Error(), "sorted") {
		t.Errorf("unsorted row %d: LoadFrom = %v", first+1, err)
	}
}
