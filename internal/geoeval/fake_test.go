package geoeval_test

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/geoeval"
)

// place is what the fake geoparser answers for one phrase.
type place struct {
	lat, lon   float64
	id         int
	unresolved bool // recognised but not resolved: Found false
}

// fakeParser is a geoparser with known answers: Parse reports every
// occurrence of every phrase it knows, Resolve looks the span's text up.
type fakeParser map[string]place

func (f fakeParser) predict(name string, s geoeval.Span) geoeval.Prediction {
	pl, ok := f[name]
	if !ok || pl.unresolved {
		return geoeval.Prediction{Span: s}
	}
	return geoeval.Prediction{Span: s, GeonamesID: pl.id, Lat: pl.lat, Lon: pl.lon, Found: true}
}

func (f fakeParser) Parse(text string) []geoeval.Prediction {
	var out []geoeval.Prediction
	for name := range f {
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			b := from + i
			start := utf8.RuneCountInString(text[:b]) // code points, not bytes
			out = append(out, f.predict(name, geoeval.Span{Start: start, End: start + utf8.RuneCountInString(name)}))
			from = b + len(name)
		}
	}
	slices.SortFunc(out, func(a, b geoeval.Prediction) int { return a.Start - b.Start })
	return out
}

func (f fakeParser) Resolve(text string, spans []geoeval.Span) []geoeval.Prediction {
	runes := []rune(text)
	out := make([]geoeval.Prediction, len(spans))
	for i, s := range spans {
		out[i] = f.predict(string(runes[s.Start:s.End]), s)
	}
	return out
}

// testParser answers the fixtures in testdata/ (see run_test.go for what
// each answer is meant to exercise).
func testParser() fakeParser {
	return fakeParser{
		// gwn.xml
		"Zürich":    {lat: 47.36667, lon: 8.55, id: 2657896},
		"Bern":      {lat: 46.94809, lon: 7.44744, id: 2661552},
		"Swiss":     {lat: 47.00016, lon: 8.01427, id: 2658434},
		"Geneva":    {lat: 46.20222, lon: 6.14569, id: 2660646}, // the city, inside gold "Lake Geneva"
		"Kraków":    {lat: 50.06143, lon: 19.93658, id: 3094802},
		"Warsaw":    {lat: 52.22977, lon: 21.01178, id: 756135},
		"Paris":     {lat: 33.66094, lon: -95.55551, id: 4717560}, // Paris, Texas: wrong
		"São Paulo": {unresolved: true},
		"Mercury":   {lat: 36.66, lon: -115.99, id: 5508180}, // a brand here, not a place
		// trnews.xml
		"Göteborg": {lat: 57.70716, lon: 11.96679, id: 2711537},
		"Malmö":    {unresolved: true},
		"Cork":     {lat: 51.89797, lon: -8.47061, id: 2965140},
	}
}

// oracle answers with the gold annotations themselves.
type oracle map[string][]geoeval.Toponym // article text → gold

func newOracle(ds *geoeval.Dataset) oracle {
	o := oracle{}
	for _, a := range ds.Articles {
		o[a.Text] = a.Gold
	}
	return o
}

func (o oracle) answer(t geoeval.Toponym) geoeval.Prediction {
	return geoeval.Prediction{Span: t.Span, GeonamesID: t.GeonamesID, Lat: t.Lat, Lon: t.Lon, Found: t.HasCoords}
}

func (o oracle) Parse(text string) []geoeval.Prediction {
	var out []geoeval.Prediction
	seen := map[geoeval.Span]bool{}
	for _, t := range o[text] {
		if geoeval.ScopeAllTypes.Includes(t) && !seen[t.Span] {
			seen[t.Span] = true
			out = append(out, o.answer(t))
		}
	}
	return out
}

func (o oracle) Resolve(text string, spans []geoeval.Span) []geoeval.Prediction {
	out := make([]geoeval.Prediction, len(spans))
	for i, s := range spans {
		out[i] = geoeval.Prediction{Span: s}
		for _, t := range o[text] {
			if t.Span == s && geoeval.ScopeAllTypes.Includes(t) {
				out[i] = o.answer(t)
				break
			}
		}
	}
	return out
}
