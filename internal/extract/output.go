package extract

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
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

// CSVHeader names the columns of WriteCSV, one event a row: ACLED's
// export columns where unrest has the data (event_id, event_date,
// time_precision, event_type, sub_event_type, actor1, location, admin1,
// country, iso, latitude, longitude, geo_precision, source, notes,
// fatalities), then what ACLED lacks (the end of the span, the other
// counts, the GeoNames id, every actor named, the demands in the Mass
// Mobilization Project's categories, the number of corroborating posts,
// whose word the event rests on when every telling is a claim).
// actor1 is the first actor the evidence names.
var CSVHeader = []string{"event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
	"location", "admin1", "country", "iso", "latitude", "longitude", "geo_precision", "source", "notes",
	"fatalities", "event_date_end", "injured", "arrested", "participants", "type", "geonames_id", "actors", "demands",
	"sources", "claimed_by"}

// acledTypes maps the taxonomy to ACLED's event and sub-event types as
// FORMAT.md's table does; price changes have no ACLED type.
var acledTypes = map[Type][2]string{
	Protest:          {"Protests", "Peaceful protest"},
	Strike:           {"Protests", "Peaceful protest"},
	Blockade:         {"Protests", "Peaceful protest"},
	Riot:             {"Riots", "Violent demonstration"},
	Looting:          {"Strategic developments", "Looting/property destruction"},
	Repression:       {"Protests", "Excessive force against protesters"},
	Arrests:          {"Strategic developments", "Arrests"},
	StateOfEmergency: {"Strategic developments", "Other"},
	InternetShutdown: {"Strategic developments", "Other"},
	Deployment:       {"Strategic developments", "Change to group/activity"},
	GovernmentChange: {"Strategic developments", "Other"},
	Concession:       {"Strategic developments", "Agreement"},
	Defection:        {"Strategic developments", "Change to group/activity"},
}

// WriteCSV writes a header and one row per event; empty cells for unknown
// values; evidence passages joined by " | " in notes.
func WriteCSV(w io.Writer, events []Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for i, e := range events {
		var ev, src []string
		type at struct {
			report int64
			post   int
		}
		seen := map[at]bool{}
		for _, x := range e.Evidence {
			ev = append(ev, x.Text)
			if !seen[at{x.Report, x.Post}] {
				seen[at{x.Report, x.Post}] = true
				s := "post " + strconv.Itoa(x.Post+1)
				if x.Report != 0 {
					s = "report " + strconv.FormatInt(x.Report, 10) + " " + s
				}
				src = append(src, s)
			}
		}
		actor1 := ""
		if len(e.Actors) > 0 {
			actor1 = e.Actors[0]
		}
		id := ""
		if e.Place.GeonamesID != 0 {
			id = strconv.Itoa(e.Place.GeonamesID)
		}
		acled := acledTypes[e.Type]
		row := []string{fmt.Sprintf("UNR%05d", i+1), e.Date.Start, timePrecision(e.Date), acled[0], acled[1], actor1,
			e.Place.Name, e.Place.Admin1Code, e.Place.Country, e.Place.Country, formatFloat(e.Place.Lat), formatFloat(e.Place.Lon),
			geoPrecision(e.Place.Precision), strings.Join(src, "; "), strings.Join(ev, " | "),
			count(e.Fatalities), e.Date.End, count(e.Injured), count(e.Arrested), count(e.Participants), string(e.Type), id,
			strings.Join(e.Actors, "; "), strings.Join(e.Demands, "; "), strconv.Itoa(e.Sources), e.ClaimedBy}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// timePrecision is ACLED's: 1 for a known day, 2 for a span of up to a
// week, 3 for longer.
func timePrecision(d DateSpan) string {
	s, err1 := time.Parse(time.DateOnly, d.Start)
	e, err2 := time.Parse(time.DateOnly, d.End)
	switch {
	case err1 != nil || err2 != nil:
		return "3"
	case e.Equal(s):
		return "1"
	case e.Sub(s) <= 6*24*time.Hour:
		return "2"
	}
	return "3"
}

// geoPrecision is ACLED's: 1 for a town, 2 for a region, 3 for a country.
func geoPrecision(p Precision) string {
	switch p {
	case PlaceCity:
		return "1"
	case PlaceAdmin1:
		return "2"
	}
	return "3"
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
