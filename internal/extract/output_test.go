package extract_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

func intp(n int) *int { return &n }

// sampleEvents are two records in the shape FORMAT.md describes.
func sampleEvents() []extract.Event {
	return []extract.Event{
		{
			Type: extract.Protest,
			Date: extract.DateSpan{Start: "2022-01-04", End: "2022-01-05"},
			Place: extract.Place{Name: "Almaty", Precision: extract.PlaceCity, GeonamesID: 1526384, Country: "KZ",
				Admin1Code: "KZ.02", Lat: 43.25, Lon: 76.91667},
			Participants: intp(1000),
			Evidence:     []extract.Evidence{{Post: 1, Text: "thousands rallied on the main square, \"peacefully\""}},
		},
		{
			Type:     extract.StateOfEmergency,
			Date:     extract.DateSpan{Start: "2022-01-05", End: "2022-01-19"},
			Place:    extract.Place{Name: "Mangystau", Precision: extract.PlaceAdmin1, GeonamesID: 608879, Country: "KZ", Admin1Code: "KZ.09", Lat: 44, Lon: 53},
			Evidence: []extract.Evidence{{Post: 1, Text: "a two-week emergency"}, {Post: 3, Text: "curfew, rallies banned"}},
		},
	}
}

func TestWriteFormats(t *testing.T) {
	for _, format := range []string{extract.FormatJSON, extract.FormatCSV, extract.FormatGeoJSON} {
		for name, events := range map[string][]extract.Event{"events": sampleEvents(), "none": nil} {
			t.Run(format+"/"+name, func(t *testing.T) {
				var b bytes.Buffer
				if err := extract.Write(&b, format, events); err != nil {
					t.Fatal(err)
				}
				golden := filepath.Join("testdata", name+"."+format)
				if *update {
					if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (go test -update writes it)", err)
				}
				if !bytes.Equal(b.Bytes(), want) {
					t.Errorf("got\n%s\nwant\n%s", b.Bytes(), want)
				}
			})
		}
	}
	if err := extract.Write(&bytes.Buffer{}, "xml", nil); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestValidate(t *testing.T) {
	for _, e := range sampleEvents() {
		if err := e.Validate(); err != nil {
			t.Errorf("%s: %v", e.Type, err)
		}
	}
	bad := sampleEvents()[0]
	bad.Type = "party"
	if bad.Validate() == nil {
		t.Error("type outside the taxonomy accepted")
	}
	bad = sampleEvents()[0]
	bad.Date = extract.DateSpan{Start: "2022-01-05", End: "2022-01-04"}
	if bad.Validate() == nil {
		t.Error("span ending before it starts accepted")
	}
}

// TestExtractInventsNothing: an extractor without its place and date
// stages cannot say where or when, so it gives an empty list, never a
// made-up record.
func TestExtractInventsNothing(t *testing.T) {
	r := &report.Report{Posts: []report.Post{{Text: "Thousands protested in Almaty on 4 January; police detained 200."}}}
	if got := (&extract.Extractor{}).Extract(r); got == nil || len(got) != 0 {
		t.Errorf("Extract = %#v, want an empty, non-nil list", got)
	}
}
