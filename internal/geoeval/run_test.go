package geoeval_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/geoeval"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Hand-computed figures for testdata/small-gwn.xml with testParser.
//
// Predictions (10): Zürich, Bern, Bern, Swiss, Geneva (inside "Lake
// Geneva"), Kraków, Warsaw, Paris (resolved to Paris, Texas), São Paulo
// (unresolved), Mercury (not a toponym here). Gdańsk, Springfield and Poles
// are missed. Oslo's offsets point outside the text, so it is left out.
//
// Standard (literal) scope: 9 gold toponyms — Zürich, Bern, Lake Geneva,
// Kraków, Gdańsk, Warsaw, Paris, São Paulo, Springfield. The second Bern
// (metonymic) and Swiss (non-literal modifier) match out-of-scope gold, so
// those 2 predictions are ignored: 8 counted.
//
//	exact:   6 predictions match (all but Geneva, Mercury), 6 gold matched: P 6/8, R 6/9, F1 12/17
//	relaxed: Geneva overlaps Lake Geneva: 7 and 7: P 7/8, R 7/9, F1 14/17
//
// All types: 12 gold (+ Bern, Swiss, Poles), nothing ignored, 10 counted.
//
//	exact 8: P 8/10, R 8/12, F1 16/22; relaxed 9: P 9/10, R 9/12, F1 18/22
//
// Distances (haversine, R = 6371.0088 km): dG = Geneva city to the Lake
// Geneva point = 41.508 km; dP = Paris, Texas to Paris = 7783.302 km. An
// unresolved toponym is M = 20039 km. x = ln(1+km)/ln(20040): xG = 0.378547,
// xP = 0.904536.
//
// End to end, literal: Zürich 0, Bern 0, Lake Geneva dG, Kraków 0, Warsaw 0,
// Paris dP, São Paulo M (Springfield has no coordinates): n 7, acc@161 5/7,
// ids: 6 gold ids (Lake Geneva has none), 4 right; mean (dG+dP+M)/7 =
// 3980.544; median 0; AUC over [0,0,0,0,xG,xP,1] = (xG+xP+0.5)/6 = 0.297180.
//
// Gold spans, literal: adds Gdańsk (unknown to the fake: M); Lake Geneva is
// looked up whole and is unknown: M. n 8: [0,0,0,0,dP,M,M,M], acc 4/8, ids
// 4/7, mean (dP+3M)/8 = 8487.538, median dP/2 = 3891.651, AUC (xP+2.5)/7 =
// 0.486362.
//
// All types add Bern (metonymic) 0 and Swiss 0 to both: end to end n 9,
// acc 7/9, ids 6/8, mean (dG+dP+M)/9 = 3095.979, median 0, AUC
// (xG+xP+0.5)/8 = 0.222885; gold spans n 10, acc 6/10, ids 6/9, mean
// (dP+3M)/10 = 6790.030, median 0, AUC (xP+2.5)/9 = 0.378282.
func TestRunGWN(t *testing.T) {
	ds := load(t, "testdata/small-gwn.xml")
	rep := geoeval.Run(ds, testParser(), geoeval.Both)
	if len(rep.Scopes) != 2 {
		t.Fatalf("%d scopes; want standard and all-types", len(rep.Scopes))
	}
	std, all := rep.Scopes[0], rep.Scopes[1]
	if std.Scope != geoeval.ScopeStandard || all.Scope != geoeval.ScopeAllTypes {
		t.Fatalf("scopes %v, %v", std.Scope, all.Scope)
	}
	if std.Gold != 9 || std.GoldCoords != 8 || all.Gold != 12 || all.GoldCoords != 10 {
		t.Errorf("gold (with coordinates): standard %d (%d), all %d (%d); want 9 (8), 12 (10)", std.Gold, std.GoldCoords, all.Gold, all.GoldCoords)
	}
	checkRecognition(t, "standard exact", std.Exact, geoeval.Recognition{Gold: 9, Predicted: 8, Ignored: 2, MatchedPred: 6, MatchedGold: 6,
		Precision: 6.0 / 8, Recall: 6.0 / 9, F1: 12.0 / 17})
	checkRecognition(t, "standard relaxed", std.Relaxed, geoeval.Recognition{Gold: 9, Predicted: 8, Ignored: 2, MatchedPred: 7, MatchedGold: 7,
		Precision: 7.0 / 8, Recall: 7.0 / 9, F1: 14.0 / 17})
	checkRecognition(t, "all exact", all.Exact, geoeval.Recognition{Gold: 12, Predicted: 10, MatchedPred: 8, MatchedGold: 8,
		Precision: 0.8, Recall: 8.0 / 12, F1: 16.0 / 22})
	checkRecognition(t, "all relaxed", all.Relaxed, geoeval.Recognition{Gold: 12, Predicted: 10, MatchedPred: 9, MatchedGold: 9,
		Precision: 0.9, Recall: 0.75, F1: 18.0 / 22})

	const M, dP = geoeval.MaxErrorKm, 7783.302
	checkResolution(t, "standard end-to-end", std.EndToEnd, geoeval.Resolution{N: 7, Unresolved: 1, WithID: 6,
		AccAt161: 5.0 / 7, ExactID: 4.0 / 6, MeanKm: 3980.544, MedianKm: 0, AUC: 0.297180})
	checkResolution(t, "standard gold spans", std.GoldSpans, geoeval.Resolution{N: 8, Unresolved: 3, WithID: 7,
		AccAt161: 0.5, ExactID: 4.0 / 7, MeanKm: 8487.538, MedianKm: 3891.651, AUC: 0.486362})
	checkResolution(t, "all end-to-end", all.EndToEnd, geoeval.Resolution{N: 9, Unresolved: 1, WithID: 8,
		AccAt161: 7.0 / 9, ExactID: 0.75, MeanKm: 3095.979, MedianKm: 0, AUC: 0.222885})
	checkResolution(t, "all gold spans", all.GoldSpans, geoeval.Resolution{N: 10, Unresolved: 3, WithID: 9,
		AccAt161: 0.6, ExactID: 6.0 / 9, MeanKm: 6790.030, MedianKm: 0, AUC: 0.378282})

	// Worst errors: the three unresolved in article order, then Paris.
	w := std.GoldSpans.Worst
	wantWorst := []struct {
		text    string
		article string
		km      float64
		found   bool
	}{{"Lake Geneva", "0", M, false}, {"Gdańsk", "1", M, false}, {"São Paulo", "2", M, false}, {"Paris", "2", dP, true}}
	if len(w) != 8 {
		t.Fatalf("%d worst cases; want all 8", len(w))
	}
	for i, ww := range wantWorst {
		if w[i].Text != ww.text || w[i].Article != ww.article || !near(w[i].Km, ww.km, 1e-3) || w[i].Found != ww.found {
			t.Errorf("worst[%d] = %+v; want %+v", i, w[i], ww)
		}
	}
	if p := w[3]; p.GoldID != 2988507 || p.PredID != 4717560 {
		t.Errorf("Paris ids: gold %d, predicted %d; want 2988507, 4717560", p.GoldID, p.PredID)
	}
	if rep.Contract != (geoeval.Contract{}) {
		t.Errorf("Contract = %+v; want zero", rep.Contract)
	}
}

// Hand-computed figures for testdata/small-trnews.xml with testParser.
// Gold, aligned: Göteborg, Malmö, Swedish (no coordinates), Cork, Kerry and
// Cork again (realigned); Dublin is misaligned and left out. Predictions:
// Göteborg, Malmö (unresolved), Cork, Cork. Exact = relaxed: P 4/4, R 4/6,
// F1 0.8. End to end: Göteborg 0, Malmö M, Cork 0, Cork 0: n 4, acc 3/4,
// mean M/4, median 0, AUC over [0,0,0,1] = 0.5/3. Gold spans add Kerry
// (unknown: M): n 5, acc 3/5, mean 2M/5, median 0, AUC over [0,0,0,1,1] =
// 1.5/4.
func TestRunTRNews(t *testing.T) {
	ds := load(t, "testdata/small-trnews.xml")
	rep := geoeval.Run(ds, testParser(), geoeval.Both)
	if len(rep.Scopes) != 1 {
		t.Fatalf("%d scopes; want 1", len(rep.Scopes))
	}
	s := rep.Scopes[0]
	if s.Gold != 6 || s.GoldCoords != 5 || s.Types != nil {
		t.Errorf("gold %d, with coordinates %d, types %v; want 6, 5, none", s.Gold, s.GoldCoords, s.Types)
	}
	want := geoeval.Recognition{Gold: 6, Predicted: 4, MatchedPred: 4, MatchedGold: 4, Precision: 1, Recall: 4.0 / 6, F1: 0.8}
	checkRecognition(t, "exact", s.Exact, want)
	checkRecognition(t, "relaxed", s.Relaxed, want)
	const M = geoeval.MaxErrorKm
	checkResolution(t, "end-to-end", s.EndToEnd, geoeval.Resolution{N: 4, Unresolved: 1, WithID: 4,
		AccAt161: 0.75, ExactID: 0.75, MeanKm: M / 4, AUC: 0.5 / 3})
	checkResolution(t, "gold spans", s.GoldSpans, geoeval.Resolution{N: 5, Unresolved: 2, WithID: 5,
		AccAt161: 0.6, ExactID: 0.6, MeanKm: 2 * M / 5, AUC: 1.5 / 4})
}

func checkRecognition(t *testing.T, name string, got *geoeval.Recognition, want geoeval.Recognition) {
	t.Helper()
	if got == nil {
		t.Errorf("%s: no recognition figures", name)
		return
	}
	g := *got
	if g.Gold != want.Gold || g.Predicted != want.Predicted || g.Ignored != want.Ignored ||
		g.MatchedPred != want.MatchedPred || g.MatchedGold != want.MatchedGold ||
		!near(g.Precision, want.Precision, 1e-9) || !near(g.Recall, want.Recall, 1e-9) || !near(g.F1, want.F1, 1e-9) {
		t.Errorf("%s:\n got %+v\nwant %+v", name, g, want)
	}
}

func checkResolution(t *testing.T, name string, got *geoeval.Resolution, want geoeval.Resolution) {
	t.Helper()
	if got == nil {
		t.Errorf("%s: no resolution figures", name)
		return
	}
	g := *got
	if g.N != want.N || g.Unresolved != want.Unresolved || g.WithID != want.WithID ||
		!near(g.AccAt161, want.AccAt161, 1e-9) || !near(g.ExactID, want.ExactID, 1e-9) ||
		!near(g.MeanKm, want.MeanKm, 1e-3) || !near(g.MedianKm, want.MedianKm, 1e-3) || !near(g.AUC, want.AUC, 1e-6) {
		g.Worst = nil
		t.Errorf("%s:\n got %+v\nwant %+v", name, g, want)
	}
}

// TestOracle runs a geoparser that answers with the gold itself: every
// figure must be perfect, on the fixtures and on the real files.
func TestOracle(t *testing.T) {
	files := []string{"testdata/small-gwn.xml", "testdata/small-trnews.xml"}
	for _, f := range []string{"GWN.xml", "TR-News.xml", "lgl.xml"} {
		if p := filepath.Join(benchDir, f); fileExists(p) {
			files = append(files, p)
		}
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			ds := load(t, f)
			rep := geoeval.Run(ds, newOracle(ds), geoeval.Both)
			for _, s := range rep.Scopes {
				for _, r := range []*geoeval.Recognition{s.Exact, s.Relaxed} {
					if r.Precision != 1 || r.Recall != 1 || r.Gold != s.Gold {
						t.Errorf("%s: recognition %+v; want perfect over %d gold", s.Scope, *r, s.Gold)
					}
				}
				for _, r := range []*geoeval.Resolution{s.EndToEnd, s.GoldSpans} {
					if r.N != s.GoldCoords || r.AccAt161 != 1 || r.AUC != 0 || r.MeanKm != 0 || r.Unresolved != 0 || (r.WithID > 0 && r.ExactID != 1) {
						t.Errorf("%s: resolution n %d acc %v AUC %v mean %v id %v; want perfect over %d", s.Scope, r.N, r.AccAt161, r.AUC, r.MeanKm, r.ExactID, s.GoldCoords)
					}
				}
			}
			if rep.Contract != (geoeval.Contract{}) {
				t.Errorf("Contract = %+v", rep.Contract)
			}
		})
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// badParser breaks the contract: a repeated span, spans outside the text,
// and one Resolve answer too few.
type badParser struct{}

func (badParser) Parse(text string) []geoeval.Prediction {
	return []geoeval.Prediction{
		{Span: geoeval.Span{Start: 28, End: 34}, Found: true, Lat: 47.36667, Lon: 8.55},
		{Span: geoeval.Span{Start: 28, End: 34}},
		{Span: geoeval.Span{Start: -3, End: 2}},
		{Span: geoeval.Span{Start: 9, End: 9}},
	}
}

func (badParser) Resolve(text string, spans []geoeval.Span) []geoeval.Prediction {
	return make([]geoeval.Prediction, max(len(spans)-1, 0))
}

func TestContract(t *testing.T) {
	ds := load(t, "testdata/small-gwn.xml")
	rep := geoeval.Run(ds, badParser{}, geoeval.Both)
	// Per article: 1 duplicate, 2 invalid; 3 of 4 articles have aligned gold,
	// so Resolve is one short there (for article 3 it gets no spans and
	// returns none).
	want := geoeval.Contract{InvalidSpans: 8, DuplicateSpans: 4, ResolveLength: 3}
	if rep.Contract != want {
		t.Errorf("Contract = %+v; want %+v", rep.Contract, want)
	}
	// The first article's Zürich is found; the invalid spans are counted as
	// wrong predictions: 3 kept per article, 12 in all, 1 right.
	if r := rep.Scopes[0].Exact; r.Predicted != 12 || r.MatchedPred != 1 {
		t.Errorf("exact recognition %+v; want 12 predicted, 1 matched", *r)
	}
	if r := rep.Scopes[0].GoldSpans; r.Unresolved != r.N {
		t.Errorf("gold spans: %d unresolved of %d; want all", r.Unresolved, r.N)
	}
}

// stepClock advances by step each time it is read.
func stepClock(step time.Duration) func() time.Time {
	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	return func() time.Time {
		now = now.Add(step)
		return now
	}
}

func TestTiming(t *testing.T) {
	ds := load(t, "testdata/small-trnews.xml")
	rep := geoeval.Runner{Now: stepClock(250 * time.Millisecond)}.Run(ds, testParser(), geoeval.EndToEnd)
	// 4 articles, each Parse timed as one 250 ms step: 1 s in all.
	if rep.Parse == nil || rep.Resolve != nil {
		t.Fatalf("Parse timing %v, Resolve timing %v; want only Parse", rep.Parse, rep.Resolve)
	}
	wantMB := float64(rep.TextBytes) / 1e6
	if p := rep.Parse; !near(p.Seconds, 1, 1e-9) || !near(p.ArticlesPerSec, 4, 1e-9) || !near(p.MBPerSec, wantMB, 1e-12) {
		t.Errorf("Parse timing %+v; want 1 s, 4 articles/s, %g MB/s", *p, wantMB)
	}
	if s := rep.Scopes[0]; s.GoldSpans != nil || s.Exact == nil {
		t.Errorf("end-to-end run: gold-span figures %v, exact %v", s.GoldSpans, s.Exact)
	}
}

func TestParseMode(t *testing.T) {
	for _, m := range []geoeval.Mode{geoeval.EndToEnd, geoeval.GoldSpans, geoeval.Both} {
		got, err := geoeval.ParseMode(m.String())
		if err != nil || got != m {
			t.Errorf("ParseMode(%q) = %v, %v; want %v", m.String(), got, err, m)
		}
	}
	if _, err := geoeval.ParseMode("fast"); err == nil {
		t.Error("ParseMode(\"fast\"): no error")
	}
}

func TestReportText(t *testing.T) {
	for _, verbose := range []bool{false, true} {
		name := "report.golden"
		if verbose {
			name = "report-verbose.golden"
		}
		t.Run(name, func(t *testing.T) {
			ds := load(t, "testdata/small-gwn.xml")
			rep := geoeval.Runner{Now: stepClock(10 * time.Millisecond)}.Run(ds, testParser(), geoeval.Both)
			var buf bytes.Buffer
			if err := rep.WriteText(&buf, verbose); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("WriteText differs from %s (go test -update rewrites it):\n%s", golden, buf.String())
			}
		})
	}
}

func TestReportJSON(t *testing.T) {
	ds := load(t, "testdata/small-gwn.xml")
	rep := geoeval.Run(ds, testParser(), geoeval.GoldSpans)
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Dataset string `json:"dataset"`
		Mode    string `json:"mode"`
		Offsets struct {
			Unit string `json:"unit"`
		} `json:"offsets"`
		Scopes []struct {
			Scope     string                                   `json:"scope"`
			Types     []string                                 `json:"types"`
			Exact     *geoeval.Recognition                     `json:"exact"`
			GoldSpans *struct{ Worst []struct{ Text string } } `json:"gold_spans"`
		} `json:"scopes"`
		Parse *geoeval.Timing `json:"parse"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("report JSON does not decode: %v\n%s", err, buf.String())
	}
	if got.Dataset != "small-gwn" || got.Mode != "gold-spans" || got.Offsets.Unit != "code points" || got.Parse != nil {
		t.Errorf("header: %+v", got)
	}
	if len(got.Scopes) != 2 || got.Scopes[0].Scope != "standard" || got.Scopes[1].Scope != "all-types" ||
		len(got.Scopes[0].Types) != 5 || len(got.Scopes[1].Types) != 11 || got.Scopes[0].Exact != nil ||
		got.Scopes[0].GoldSpans == nil || got.Scopes[0].GoldSpans.Worst[0].Text != "Lake Geneva" {
		t.Errorf("scopes: %s", buf.String())
	}
}
