package geoeval_test

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/geoeval"
)

func load(t *testing.T, path string) *geoeval.Dataset {
	t.Helper()
	ds, err := geoeval.Load(path)
	if err != nil {
		t.Fatalf("Load(%s): %v", path, err)
	}
	return ds
}

func TestLoadGWN(t *testing.T) {
	ds := load(t, "testdata/small-gwn.xml")
	if ds.Name != "small-gwn" || ds.Format != geoeval.FormatGWN || len(ds.Articles) != 4 {
		t.Fatalf("got name %q, format %q, %d articles; want small-gwn, gwn, 4", ds.Name, ds.Format, len(ds.Articles))
	}
	want := geoeval.OffsetCheck{Unit: geoeval.UnitCodePoints, Toponyms: 14, Matched: 13, Unaligned: 1}
	if ds.Offsets != want {
		t.Errorf("Offsets = %+v; want %+v", ds.Offsets, want)
	}
	a := ds.Articles[0]
	if a.ID != "0" || len(a.Gold) != 6 {
		t.Fatalf("article 0: id %q, %d toponyms; want \"0\", 6", a.ID, len(a.Gold))
	}
	// Zürich's ü is two bytes but one code point: "Bern" starts at code point 38, byte 39.
	bern := a.Gold[1]
	wantBern := geoeval.Toponym{Span: geoeval.Span{Start: 38, End: 42}, Text: "Bern", GeonamesID: 2661552,
		Lat: 46.94809, Lon: 7.44744, HasCoords: true, Type: geoeval.TypeLiteral}
	if bern != wantBern {
		t.Errorf("Bern = %+v; want %+v", bern, wantBern)
	}
	if r := []rune(a.Text); string(r[bern.Start:bern.End]) != "Bern" {
		t.Errorf("text at Bern's span = %q", string(r[bern.Start:bern.End]))
	}
	tests := []struct {
		art, top  int
		class     geoeval.Class
		nonLoc    bool
		id        int
		hasCoords bool
		standard  bool
	}{
		{0, 2, geoeval.ClassAssociative, false, 2661552, true, false}, // Bern, metonymic
		{0, 3, geoeval.ClassAssociative, false, 2658434, true, false}, // Swiss, non-literal modifier
		{0, 4, geoeval.ClassNotToponym, true, 0, false, false},        // residents, expression
		{0, 5, geoeval.ClassLiteral, false, 0, true, true},            // Lake Geneva: coordinates, no id
		{1, 2, geoeval.ClassAssociative, false, 0, false, false},      // Poles, demonym
		{2, 2, geoeval.ClassLiteral, false, 0, false, true},           // Springfield: no coordinates
		{3, 0, geoeval.ClassLiteral, false, 3143244, true, false},     // Oslo: offsets into the title
	}
	for _, tt := range tests {
		g := ds.Articles[tt.art].Gold[tt.top]
		if g.Class() != tt.class || g.NonLocational != tt.nonLoc || g.GeonamesID != tt.id || g.HasCoords != tt.hasCoords ||
			geoeval.ScopeStandard.Includes(g) != tt.standard {
			t.Errorf("%s: class %d, nonLocational %v, id %d, coords %v, standard %v; want %d, %v, %d, %v, %v", g.Text,
				g.Class(), g.NonLocational, g.GeonamesID, g.HasCoords, geoeval.ScopeStandard.Includes(g),
				tt.class, tt.nonLoc, tt.id, tt.hasCoords, tt.standard)
		}
	}
	if oslo := ds.Articles[3].Gold[0]; !oslo.Misaligned || geoeval.ScopeAllTypes.Includes(oslo) {
		t.Errorf("Oslo: Misaligned %v, in all-types scope %v; want true, false", oslo.Misaligned, geoeval.ScopeAllTypes.Includes(oslo))
	}
}

func TestLoadTRNews(t *testing.T) {
	ds := load(t, "testdata/small-trnews.xml")
	if ds.Format != geoeval.FormatTRNews || len(ds.Articles) != 4 {
		t.Fatalf("format %q, %d articles; want tr-news, 4", ds.Format, len(ds.Articles))
	}
	want := geoeval.OffsetCheck{Unit: geoeval.UnitCodePoints, Toponyms: 7, Matched: 5, Realigned: 1, Unaligned: 1}
	if ds.Offsets != want {
		t.Errorf("Offsets = %+v; want %+v", ds.Offsets, want)
	}
	ids := []string{}
	for _, a := range ds.Articles {
		ids = append(ids, a.ID)
	}
	if got := strings.Join(ids, ","); got != "101,102,103,104" {
		t.Errorf("ids = %s", got)
	}
	malmo := ds.Articles[0].Gold[1]
	if malmo.Span != (geoeval.Span{Start: 25, End: 30}) || malmo.GeonamesID != 2692969 || !malmo.HasCoords || malmo.Type != "" {
		t.Errorf("Malmö = %+v", malmo)
	}
	if sw := ds.Articles[0].Gold[2]; sw.HasCoords || sw.GeonamesID != 0 || !geoeval.ScopeStandard.Includes(sw) {
		t.Errorf("Swedish (no gaztag) = %+v; want no id, no coordinates, counted", sw)
	}
	// The file puts the second Cork two code points early, as TR-News does
	// in 18 articles; it is moved onto the phrase.
	if cork := ds.Articles[1].Gold[2]; cork.Span != (geoeval.Span{Start: 47, End: 51}) || cork.Misaligned {
		t.Errorf("second Cork = %+v; want realigned to 47-51", cork)
	}
	if dub := ds.Articles[2].Gold[0]; !dub.Misaligned {
		t.Errorf("Dublin, whose phrase is nowhere near its offsets, = %+v; want Misaligned", dub)
	}
	if len(ds.Articles[3].Gold) != 0 {
		t.Errorf("article 104 has %d toponyms; want 0", len(ds.Articles[3].Gold))
	}
}

// trFile builds a TR-News-shaped file whose offsets count unit.
func trFile(text string, phrases []string, unit geoeval.Unit) string {
	var b strings.Builder
	b.WriteString("<articles><article docid=\"1\"><text><![CDATA[" + text + "]]></text><toponyms>\n")
	from := 0
	for _, p := range phrases {
		i := from + strings.Index(text[from:], p)
		from = i + len(p)
		var s, e int
		switch unit {
		case geoeval.UnitBytes:
			s, e = i, i+len(p)
		case geoeval.UnitUTF16:
			s = len(utf16.Encode([]rune(text[:i])))
			e = s + len(utf16.Encode([]rune(p)))
		default:
			s = utf8.RuneCountInString(text[:i])
			e = s + utf8.RuneCountInString(p)
		}
		fmt.Fprintf(&b, "<toponym><phrase>%s</phrase><start>%d</start><end>%d</end></toponym>\n", p, s, e)
	}
	b.WriteString("</toponyms></article></articles>\n")
	return b.String()
}

func TestOffsetUnits(t *testing.T) {
	// Non-ASCII letters and characters outside the BMP before each phrase
	// make the three units disagree.
	text := "Marchers 🚜 left Malmö for Lund, then Göteborg 🚜 and Växjö, then Umeå."
	phrases := []string{"Malmö", "Lund", "Göteborg", "Växjö", "Umeå"}
	for _, unit := range []geoeval.Unit{geoeval.UnitCodePoints, geoeval.UnitUTF16, geoeval.UnitBytes} {
		t.Run(unit.String(), func(t *testing.T) {
			ds, err := geoeval.Decode(strings.NewReader(trFile(text, phrases, unit)), "units.xml")
			if err != nil {
				t.Fatal(err)
			}
			want := geoeval.OffsetCheck{Unit: unit, Toponyms: 5, Matched: 5}
			if ds.Offsets != want {
				t.Errorf("Offsets = %+v; want %+v", ds.Offsets, want)
			}
			runes := []rune(text)
			for _, g := range ds.Articles[0].Gold {
				if got := string(runes[g.Start:g.End]); got != g.Text {
					t.Errorf("span %v holds %q; want %q", g.Span, got, g.Text)
				}
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	const gwnHead = "<articles>\n<article file=\"7\">\n<text>Rain in Lyon.</text>\n<toponyms>\n<toponym>\n"
	gwn := func(fields string) string {
		return gwnHead + fields + "\n</toponym>\n</toponyms>\n</article>\n</articles>\n"
	}
	const ok = "<extractedName>Lyon</extractedName><type>Literal</type><nonLocational>No</nonLocational>"
	tests := []struct {
		name, in string
		line     int
		article  string
		msg      string
		cause    error
	}{
		{"empty", "", 1, "", "no <articles> element", nil},
		{"wrong root", "<feed>\n</feed>", 1, "", "not a GeoWebNews, TR-News or LGL file", nil},
		{"syntax", "<articles>\n<article file=\"1\">\n<text>x</txt>", 3, "", "XML syntax", nil},
		{"no articles", "<articles/>", 0, "", "no <article> elements", nil},
		{"no text", "<articles>\n<article docid=\"9\"/></articles>", 2, "9", "missing <text>", nil},
		{"bad start", gwn(ok + "\n<start>8x</start><end>12</end>"), 5, "7", "bad <start> \"8x\"", strconv.ErrSyntax},
		{"no end", gwn(ok + "\n<start>8</start>"), 5, "7", "missing <end>", nil},
		{"unknown type", gwn("<extractedName>Lyon</extractedName><type>Literally</type><start>8</start><end>12</end>"), 5, "7", "unknown <type> \"Literally\"", nil},
		{"half coordinates", gwn(ok + "<start>8</start><end>12</end><latitude>45.76</latitude>"), 5, "7", "without longitude", nil},
		{"off the globe", gwn(ok + "<start>8</start><end>12</end><latitude>95</latitude><longitude>4.8</longitude>"), 5, "7", "bad latitude \"95\"", nil},
		{"bad id", gwn(ok + "<start>8</start><end>12</end><geonamesID>lyon</geonamesID>"), 5, "7", "bad GeoNames id", nil},
		{"bad nonLocational", gwn("<extractedName>Lyon</extractedName><type>Literal</type><nonLocational>Maybe</nonLocational><start>8</start><end>12</end>"), 5, "7", "neither Yes nor No", nil},
		{"valid", gwn(ok + "<start>8</start><end>12</end>"), 0, "", "", nil},
		{"TR toponym in GWN", strings.Replace(gwn(ok+"<start>8</start><end>12</end>"), "</toponyms>", "<toponym><phrase>Lyon</phrase><start>8</start><end>12</end></toponym></toponyms>", 1), 8, "7", "missing <extractedName>", nil},
		{"empty phrase", "<articles>\n<article docid=\"3\"><text>Rain.</text><toponyms>\n<toponym><phrase></phrase><start>0</start><end>4</end></toponym></toponyms></article></articles>", 3, "3", "empty <phrase>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := geoeval.Decode(strings.NewReader(tt.in), "bad.xml")
			if tt.msg == "" {
				if err != nil {
					t.Fatalf("Decode: %v; want no error", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Decode: no error")
			}
			var fe *geoeval.FormatError
			if !errors.As(err, &fe) || !errors.Is(err, geoeval.ErrMalformed) {
				t.Fatalf("error %v (%T) is not a *FormatError wrapping ErrMalformed", err, err)
			}
			if fe.File != "bad.xml" || fe.Line != tt.line || fe.Article != tt.article || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q: file %q, line %d, article %q; want bad.xml, %d, %q, containing %q",
					err, fe.File, fe.Line, fe.Article, tt.line, tt.article, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "bad.xml:") {
				t.Errorf("error %q does not start with the file name", err)
			}
			if tt.cause != nil && !errors.Is(err, tt.cause) {
				t.Errorf("error %v does not wrap %v", err, tt.cause)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := geoeval.Load("testdata/no-such-file.xml")
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "testdata/no-such-file.xml") {
		t.Errorf("Load of a missing file: %v; want a not-exist error naming the file", err)
	}
}

func TestLoadNamesFileAndLine(t *testing.T) {
	_, err := geoeval.Load("testdata/bad/start.xml")
	if err == nil || !strings.Contains(err.Error(), "testdata/bad/start.xml:8: article 2: toponym 2: bad <start>") {
		t.Errorf("Load(testdata/bad/start.xml): %v; want file, line 8 (the <toponym> tag), article 2, toponym 2 named", err)
	}
}
