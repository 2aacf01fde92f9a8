package extract

import "fmt"

// Type is an event type of the taxonomy in FORMAT.md.
type Type string

// The event types.
const (
	Protest          Type = "protest"
	Strike           Type = "strike"
	Blockade         Type = "blockade"
	Riot             Type = "riot"
	Looting          Type = "looting"
	Repression       Type = "repression"
	Arrests          Type = "arrests"
	StateOfEmergency Type = "state_of_emergency"
	InternetShutdown Type = "internet_shutdown"
	Deployment       Type = "deployment"
	GovernmentChange Type = "government_change"
	Concession       Type = "concession"
	PriceChange      Type = "price_change"
	Defection        Type = "defection"
)

// Types lists the taxonomy in FORMAT.md's order.
var Types = []Type{Protest, Strike, Blockade, Riot, Looting, Repression, Arrests, StateOfEmergency,
	InternetShutdown, Deployment, GovernmentChange, Concession, PriceChange, Defection}

// Valid reports whether t is in the taxonomy.
func (t Type) Valid() bool {
	for _, k := range Types {
		if k == t {
			return true
		}
	}
	return false
}

// Precision of a place.
type Precision string

// Place precisions.
const (
	PlaceCity    Precision = "city"
	PlaceAdmin1  Precision = "admin1"
	PlaceCountry Precision = "country"
)

// Event is one record: one type, one place, one span of days.
type Event struct {
	Type         Type       `json:"type"`
	Date         DateSpan   `json:"date"`
	Place        Place      `json:"place"`
	Fatalities   *int       `json:"fatalities"`
	Injured      *int       `json:"injured"`
	Arrested     *int       `json:"arrested"`
	Participants *int       `json:"participants"`
	Evidence     []Evidence `json:"evidence"`
	// Actors are who took part, in a small fixed vocabulary
	// ("protesters", "workers", "police", "army", "CSTO", "government").
	Actors []string `json:"actors,omitempty"`
	// Demands are, for protests and strikes, what the crowd asked for, in
	// the Mass Mobilization Project's categories.
	Demands []string `json:"demands,omitempty"`
	// ClaimedBy is whose word the telling rests on, where the sentence
	// attributes it ("the interior ministry", "Amnesty International"):
	// a claim stays an event, with its source noted.
	ClaimedBy string `json:"claimed_by,omitempty"`
	// Sources is how many distinct posts (of any report) tell the event.
	Sources int `json:"sources"`
	// Assumed is set when the text gave no date for the event and its
	// span is the post's own day: merging trusts a stated date over it.
	Assumed bool `json:"-"`
	// Carried is set when the sentence stated no date and the record took
	// the date an earlier sentence named: surer than the post's day, less
	// than a date of its own.
	Carried bool `json:"-"`
	// Unplaced is set when the sentence named no place and the record
	// stands at the country the text is about: merging lets it join a
	// finer record of the same event in that country.
	Unplaced bool `json:"-"`
	// Mention is set for a record read from a reference back to an event
	// ("the protests", "this revolt") in a sentence that states neither
	// place nor date: it corroborates an event told elsewhere, and
	// merging drops it when there is none.
	Mention bool `json:"-"`
	// Quoted is set for a record read from a post that only quotes
	// another: it corroborates the event it matches, or is dropped.
	Quoted bool `json:"-"`
}

// DateSpan is an inclusive span of ISO days (YYYY-MM-DD).
type DateSpan struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Place is where an event happened, resolved to the gazetteer.
type Place struct {
	Name       string    `json:"name"`
	Precision  Precision `json:"precision"`
	GeonamesID int       `json:"geonames_id,omitempty"`
	Country    string    `json:"country"`
	Admin1Code string    `json:"admin1_code,omitempty"`
	Lat        float64   `json:"lat"`
	Lon        float64   `json:"lon"`
}

// Evidence is a passage an event was read from: the report (its store id,
// 0 before it is stored), the index of the post in the report (0-based),
// the sentence, and where the sentence lies in the report's input, in
// Unicode characters: [Start, End) of Report.Input when the sentence is
// found there verbatim, else the whole passage its post was read from.
type Evidence struct {
	Report int64  `json:"report,omitempty"`
	Post   int    `json:"post"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Validate checks the fields FORMAT.md constrains.
func (e Event) Validate() error {
	if !e.Type.Valid() {
		return fmt.Errorf("event type %q is not in the taxonomy", e.Type)
	}
	if e.Date.Start == "" || e.Date.End == "" || e.Date.End < e.Date.Start {
		return fmt.Errorf("event date %q..%q is not a span of days", e.Date.Start, e.Date.End)
	}
	switch e.Place.Precision {
	case PlaceCity, PlaceAdmin1, PlaceCountry:
	default:
		return fmt.Errorf("place precision %q is not city, admin1 or country", e.Place.Precision)
	}
	return nil
}
