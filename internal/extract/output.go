package extract

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Output formats of `unrest extract`.
const (
	FormatJSON    = "json"
	FormatCSV     = "csv"
	FormatGeoJSON = "geojson"
)

// Write renders events in the named format.
func Write(w io.Writer, format string, events []Event) error {
	switch format {
	case FormatJSON:
		return WriteJSON(w, events)
	case FormatCSV:
		return WriteCSV(w, events)
	case FormatGeoJSON:
		return WriteGeoJSON(w, events)
	}
	return fmt.Errorf("unknown output format %q (want json, csv or geojson)", format)
}

// WriteJSON writes {"events": [...]}, the record format of FORMAT.md.
func WriteJSON(w io.Writer, events []Event) error {
	if events == nil {
		events = []Event{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Events []Event `json:"events"`
	}{events})
}

// CSVHeader names the columns of WriteCSV, one event a row.
var CSVHeader = []string{"type", "date_start", "date_end", "place_name", "place_precision", "geonames_id",
	"country", "admin1_code", "lat", "lon", "fatalities", "injured", "arrested", "participants", "evidence"}

// WriteCSV writes a header and one row per event; empty cells for unknown
// counts; evidence passages joined by " | ".
func WriteCSV(w io.Writer, events []Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range events {
		var ev []string
		for _, x := range e.Evidence {
			ev = append(ev, x.Text)
		}
		id := ""
		if e.Place.GeonamesID != 0 {
			id = strconv.Itoa(e.Place.GeonamesID)
		}
		row := []string{string(e.Type), e.Date.Start, e.Date.End, e.Place.Name, string(e.Place.Precision), id,
			e.Place.Country, e.Place.Admin1Code, formatFloat(e.Place.Lat), formatFloat(e.Place.Lon),
			count(e.Fatalities), count(e.Injured), count(e.Arrested), count(e.Participants), strings.Join(ev, " | ")}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func count(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// WriteGeoJSON writes a FeatureCollection: one Point feature per event at
// its place, with the rest of the record as properties.
func WriteGeoJSON(w io.Writer, events []Event) error {
	type geometry struct {
		Type        string     `json:"type"`
		Coordinates [2]float64 `json:"coordinates"`
	}
	type feature struct {
		Type       string   `json:"type"`
		Geometry   geometry `json:"geometry"`
		Properties Event    `json:"properties"`
	}
	fc := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for _, e := range events {
		fc.Features = append(fc.Features, feature{
			Type:       "Feature",
			Geometry:   geometry{Type: "Point", Coordinates: [2]float64{e.Place.Lon, e.Place.Lat}},
			Properties: e,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(fc)
}
