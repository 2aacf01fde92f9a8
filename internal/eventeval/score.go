package eventeval

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Gold is a gold file.
type Gold struct {
	Doc       string      `json:"doc"`
	Published string      `json:"published"`
	Events    []GoldEvent `json:"events"`
}

// GoldEvent is one event a careful coder finds.
type GoldEvent struct {
	ID       string          `json:"id"`
	Type     json.RawMessage `json:"type"` // a type or a list of types
	Date     Span            `json:"date"`
	Place    Place           `json:"place"`
	Required *bool           `json:"required"` // default true
	Evidence string          `json:"evidence"`
	Counts   map[string]Range
}

// Range is a gold count's allowed range; nil ends are open.
type Range struct {
	Min *float64 `json:"min"`
	Max *float64 `json:"max"`
}

// Span is a date window or a record's days.
type Span struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Place as gold files and records write it.
type Place struct {
	Name       string   `json:"name,omitempty"`
	Precision  string   `json:"precision"`
	GeonamesID int      `json:"geonames_id"`
	Country    string   `json:"country"`
	Admin1Code string   `json:"admin1_code"`
	Lat        *float64 `json:"lat"`
	Lon        *float64 `json:"lon"`
}

// Record is an extractor's event record, as the referee reads it.
type Record struct {
	Type   string              `json:"type"`
	Date   Span                `json:"date"`
	Place  *Place              `json:"place"`
	Counts map[string]*float64 `json:"-"`
	// Evidence is read only to show why a record was made (eval -v).
	Evidence []struct {
		Text string `json:"text"`
	} `json:"evidence,omitempty"`
}

var countFields = []string{"fatalities", "injured", "arrested", "participants"}

// UnmarshalJSON reads a gold event with its count ranges.
func (g *GoldEvent) UnmarshalJSON(b []byte) error {
	type plain GoldEvent
	if err := json.Unmarshal(b, (*plain)(g)); err != nil {
		return err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	g.Counts = map[string]Range{}
	for _, f := range countFields {
		if v, ok := raw[f]; ok {
			var r Range
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("%s: %w", f, err)
			}
			g.Counts[f] = r
		}
	}
	return nil
}

// UnmarshalJSON reads a record with its counts.
func (r *Record) UnmarshalJSON(b []byte) error {
	type plain Record
	if err := json.Unmarshal(b, (*plain)(r)); err != nil {
		return err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	r.Counts = map[string]*float64{}
	for _, f := range countFields {
		if v, ok := raw[f]; ok {
			var n *float64
			if err := json.Unmarshal(v, &n); err == nil {
				r.Counts[f] = n
			}
		}
	}
	return nil
}

func (g GoldEvent) required() bool { return g.Required == nil || *g.Required }

func (g GoldEvent) types() []string {
	var one string
	if json.Unmarshal(g.Type, &one) == nil {
		return []string{one}
	}
	var many []string
	_ = json.Unmarshal(g.Type, &many)
	return many
}

func parseDay(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	return t, err == nil
}

// span returns the ordered days of a date, as score.py's span().
func span(d Span) (time.Time, time.Time, bool) {
	if d.Start == "" {
		return time.Time{}, time.Time{}, false
	}
	s, ok := parseDay(d.Start)
	if !ok {
		return time.Time{}, time.Time{}, false
	}
	e := s
	if d.End != "" {
		if e, ok = parseDay(d.End); !ok {
			return time.Time{}, time.Time{}, false
		}
	}
	if e.Before(s) {
		s, e = e, s
	}
	return s, e, true
}

func km(lat1, lon1, lat2, lon2 float64) float64 {
	r := math.Pi / 180
	la1, lo1, la2, lo2 := lat1*r, lon1*r, lat2*r, lon2*r
	h := math.Pow(math.Sin((la2-la1)/2), 2) + math.Cos(la1)*math.Cos(la2)*math.Pow(math.Sin((lo2-lo1)/2), 2)
	return 6371 * 2 * math.Asin(math.Min(1, math.Sqrt(h)))
}

func samePlace(p *Place, g Place) bool {
	if p == nil {
		return false
	}
	switch g.Precision {
	case "country":
		return strings.EqualFold(p.Country, g.Country)
	case "admin1":
		if g.GeonamesID != 0 && p.GeonamesID == g.GeonamesID {
			return true
		}
		return p.Admin1Code != "" && strings.EqualFold(p.Admin1Code, g.Admin1Code)
	}
	if p.Precision != "" && p.Precision != "city" {
		return false
	}
	if g.GeonamesID != 0 && p.GeonamesID == g.GeonamesID {
		return true
	}
	if p.Lat == nil || p.Lon == nil || g.Lat == nil || g.Lon == nil {
		return false
	}
	return km(*p.Lat, *p.Lon, *g.Lat, *g.Lon) <= 25
}

func sameDate(r Record, g GoldEvent) bool {
	rs, re, ok1 := span(r.Date)
	gs, ge, ok2 := span(g.Date)
	if !ok1 || !ok2 {
		return false
	}
	return !rs.Before(gs.AddDate(0, 0, -1)) && !re.After(ge.AddDate(0, 0, 1))
}

func sameType(r Record, g GoldEvent) bool {
	for _, t := range g.types() {
		if t == r.Type {
			return true
		}
	}
	return false
}

func fits(r Record, g GoldEvent) bool {
	return sameType(r, g) && samePlace(r.Place, g.Place) && sameDate(r, g)
}

// match is score.py's match(): augmenting paths over the gold indexes in
// allowed, from an existing matching owner (gold → record), records taken
// in order.
func match(records []Record, golds []GoldEvent, allowed []int, owner map[int]int) map[int]int {
	own := make(map[int]int, len(owner))
	for k, v := range owner {
		own[k] = v
	}
	edges := make([][]int, len(records))
	for i, r := range records {
		for _, j := range allowed {
			if fits(r, golds[j]) {
				edges[i] = append(edges[i], j)
			}
		}
	}
	var augment func(i int, seen map[int]bool) bool
	augment = func(i int, seen map[int]bool) bool {
		for _, j := range edges[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if k, taken := own[j]; !taken || augment(k, seen) {
				own[j] = i
				return true
			}
		}
		return false
	}
	for i := range records {
		matched := false
		for _, v := range own {
			if v == i {
				matched = true
				break
			}
		}
		if !matched {
			augment(i, map[int]bool{})
		}
	}
	return own
}

// Result is the referee's line for one document.
type Result struct {
	Doc       string  `json:"doc"`
	Records   int     `json:"records"`
	Required  int     `json:"required"`
	Hits      int     `json:"hits"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	CountsOK  int     `json:"counts_ok"`
	CountsAll int     `json:"counts_all"`
	// Misses are required gold events no record matched; Alarms records
	// that matched nothing (and no optional event).
	Misses []GoldEvent `json:"-"`
	Alarms []Record    `json:"-"`
}

// Score scores records against gold as score.py does.
func Score(gold Gold, records []Record) Result {
	golds := gold.Events
	var req, all []int
	for j, g := range golds {
		all = append(all, j)
		if g.required() {
			req = append(req, j)
		}
	}
	owner := match(records, golds, req, nil)
	owner = match(records, golds, all, owner)
	hits, extra := map[int]int{}, map[int]int{}
	for j, i := range owner {
		if golds[j].required() {
			hits[i] = j
		} else {
			extra[i] = j
		}
	}
	counted := len(records) - len(extra)
	tp := len(hits)
	var p, r, f1 float64
	if len(req) > 0 {
		if counted > 0 {
			p = float64(tp) / float64(counted)
		}
		r = float64(tp) / float64(len(req))
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
	} else {
		if counted == 0 {
			p, r = 1, 1
		}
		f1 = 1 / float64(1+counted)
	}
	res := Result{Doc: gold.Doc, Records: len(records), Required: len(req), Hits: tp,
		Precision: round3(p), Recall: round3(r), F1: round3(f1)}
	for i, j := range hits {
		for _, f := range countFields {
			rng, ok := golds[j].Counts[f]
			if !ok {
				continue
			}
			res.CountsAll++
			if v := records[i].Counts[f]; v != nil && (rng.Min == nil || *v >= *rng.Min) && (rng.Max == nil || *v <= *rng.Max) {
				res.CountsOK++
			}
		}
	}
	matchedGold := map[int]bool{}
	for _, j := range hits {
		matchedGold[j] = true
	}
	for _, j := range req {
		if !matchedGold[j] {
			res.Misses = append(res.Misses, golds[j])
		}
	}
	for i, rec := range records {
		_, h := hits[i]
		_, x := extra[i]
		if !h && !x {
			res.Alarms = append(res.Alarms, rec)
		}
	}
	return res
}

// round3 rounds as Python's round(x, 3): to the nearest multiple of 0.001
// of the exact binary value, ties to even — which is what correctly
// rounded formatting gives.
func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}
