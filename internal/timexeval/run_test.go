package timexeval_test

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/timexeval"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func checkPRF(t *testing.T, name string, got timexeval.PRF, tp, sys, gold int, p, r, f float64) {
	t.Helper()
	if got.TP != tp || got.Sys != sys || got.Gold != gold {
		t.Errorf("%s counts = %d/%d/%d, want TP %d sys %d gold %d", name, got.TP, got.Sys, got.Gold, tp, sys, gold)
	}
	if !near(got.Precision, p) || !near(got.Recall, r) || !near(got.F1, f) {
		t.Errorf("%s P/R/F1 = %.6f/%.6f/%.6f, want %.6f/%.6f/%.6f", name, got.Precision, got.Recall, got.F1, p, r, f)
	}
}

func runFixtures(t *testing.T) (*timexeval.Dataset, *fakeTagger, timexeval.Report) {
	t.Helper()
	ds, err := timexeval.Load("testdata")
	if err != nil {
		t.Fatal(err)
	}
	tg := fixtureTagger(ds)
	return ds, tg, timexeval.Run(ds, tg)
}

func TestRunScores(t *testing.T) {
	_, tg, rep := runFixtures(t)
	wantDCT := []time.Time{time.Date(2020, 5, 4, 0, 0, 0, 0, time.UTC), time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)}
	if len(tg.dcts) != 2 || !tg.dcts[0].Equal(wantDCT[0]) || !tg.dcts[1].Equal(wantDCT[1]) {
		t.Errorf("tagger got DCTs %v, want %v", tg.dcts, wantDCT)
	}
	if len(rep.Scopes) != 2 || rep.Scopes[0].Scope != timexeval.All || rep.Scopes[1].Scope != timexeval.Date {
		t.Fatalf("scopes = %+v, want all and DATE", rep.Scopes)
	}

	// All: 6 gold, 7 predicted; 5 relaxed pairs, 3 of them exact;
	// 4 with the right value, 4 with the right type.
	all := rep.Scopes[0].Scores
	checkPRF(t, "all strict", all.Strict, 3, 7, 6, 3.0/7, 3.0/6, 6.0/13)
	checkPRF(t, "all relaxed", all.Relaxed, 5, 7, 6, 5.0/7, 5.0/6, 10.0/13)
	checkPRF(t, "all value", all.Value, 4, 7, 6, 4.0/7, 4.0/6, 8.0/13)
	checkPRF(t, "all type", all.Type, 4, 7, 6, 4.0/7, 4.0/6, 8.0/13)
	if !near(all.ValueAccuracy, 0.8) || !near(all.TypeAccuracy, 0.8) {
		t.Errorf("all accuracy value %.3f type %.3f, want 0.8 and 0.8", all.ValueAccuracy, all.TypeAccuracy)
	}

	// DATE: 3 gold DATEs, all paired (2 exact, 2 right values, 3 typed
	// DATE); predicted = those 3 pairs + 2 unpaired DATE predictions. The
	// DURATION predictions paired with DURATION and SET gold are outside.
	date := rep.Scopes[1].Scores
	checkPRF(t, "DATE strict", date.Strict, 2, 5, 3, 2.0/5, 2.0/3, 0.5)
	checkPRF(t, "DATE relaxed", date.Relaxed, 3, 5, 3, 3.0/5, 1, 0.75)
	checkPRF(t, "DATE value", date.Value, 2, 5, 3, 2.0/5, 2.0/3, 0.5)
	checkPRF(t, "DATE type", date.Type, 3, 5, 3, 3.0/5, 1, 0.75)
	if !near(date.ValueAccuracy, 2.0/3) || !near(date.TypeAccuracy, 1) {
		t.Errorf("DATE accuracy value %.3f type %.3f, want 0.667 and 1", date.ValueAccuracy, date.TypeAccuracy)
	}

	if rep.Invalid != 1 {
		t.Errorf("Invalid = %d, want 1", rep.Invalid)
	}
	wantDocs := []timexeval.DocReport{
		{ID: "fix_one", Counts: timexeval.Counts{Gold: 4, Sys: 4, Strict: 2, Relaxed: 3, Value: 2, Type: 3}},
		{ID: "two", Counts: timexeval.Counts{Gold: 2, Sys: 3, Strict: 1, Relaxed: 2, Value: 2, Type: 1}},
	}
	if len(rep.PerDoc) != 2 || rep.PerDoc[0] != wantDocs[0] || rep.PerDoc[1] != wantDocs[1] {
		t.Errorf("PerDoc = %+v, want %+v", rep.PerDoc, wantDocs)
	}
	if rep.Documents != 2 || rep.Timing.CodePoints != 100+43 {
		t.Errorf("documents %d, code points %d; want 2 and 143", rep.Documents, rep.Timing.CodePoints)
	}
}

func TestRunMisses(t *testing.T) {
	_, _, rep := runFixtures(t)
	type miss struct {
		doc, kind, gold, sys string
	}
	want := []miss{
		{"fix_one", "missed", "10 a.m. <local>", ""},
		{"fix_one", "spurious", "", "Crowds"},
		{"fix_one", "span", "three hours", "for three hours"},
		{"fix_one", "value", "next week", "next week"},
		{"two", "spurious", "", ""},
		{"two", "type", "every week", "every week"},
		{"two", "span", "this year", "this"},
	}
	var got []miss
	for _, m := range rep.Misses {
		got = append(got, miss{m.Doc, string(m.Kind), m.GoldText, m.SysText})
	}
	if len(got) != len(want) {
		t.Fatalf("misses = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("miss %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestRunPerfectTagger(t *testing.T) {
	ds, err := timexeval.Load("testdata")
	if err != nil {
		t.Fatal(err)
	}
	gold := timexeval.TaggerFunc(func(text string, _ time.Time) []timexeval.Timex {
		for _, d := range ds.Docs {
			if d.Text == text {
				return d.Gold
			}
		}
		return nil
	})
	rep := timexeval.Run(ds, gold)
	for _, s := range rep.Scopes {
		sc := s.Scores
		for _, p := range []timexeval.PRF{sc.Strict, sc.Relaxed, sc.Value, sc.Type} {
			if p.F1 != 1 {
				t.Errorf("%s: F1 %v, want 1 (%+v)", s.Scope, p.F1, p)
			}
		}
	}
	if len(rep.Misses) != 0 {
		t.Errorf("misses = %+v, want none", rep.Misses)
	}
}

func TestMatch(t *testing.T) {
	tx := func(s, e int) timexeval.Timex { return timexeval.Timex{Start: s, End: e} }
	tests := []struct {
		name      string
		gold, sys []timexeval.Timex
		want      []timexeval.Pair
	}{
		{"exact beats overlap", []timexeval.Timex{tx(0, 5)}, []timexeval.Timex{tx(0, 4), tx(0, 5)},
			[]timexeval.Pair{{Gold: 0, Sys: 1, Exact: true}}},
		{"one prediction over two gold", []timexeval.Timex{tx(0, 4), tx(5, 12)}, []timexeval.Timex{tx(0, 12)},
			[]timexeval.Pair{{Gold: 1, Sys: 0}}},
		{"largest overlap first", []timexeval.Timex{tx(0, 10)}, []timexeval.Timex{tx(8, 12), tx(2, 9)},
			[]timexeval.Pair{{Gold: 0, Sys: 1}}},
		{"touching is not overlap", []timexeval.Timex{tx(0, 5)}, []timexeval.Timex{tx(5, 9)}, nil},
		{"empty prediction", []timexeval.Timex{tx(3, 3)}, []timexeval.Timex{tx(3, 3)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := timexeval.Match(tt.gold, tt.sys)
			if len(got) != len(tt.want) {
				t.Fatalf("Match = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("pair %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestNewPRFZero(t *testing.T) {
	checkPRF(t, "empty", timexeval.NewPRF(0, 0, 0), 0, 0, 0, 0, 0, 0)
	checkPRF(t, "no output", timexeval.NewPRF(0, 0, 4), 0, 0, 4, 0, 0, 0)
}

func TestWriteText(t *testing.T) {
	_, _, rep := runFixtures(t)
	var short, long bytes.Buffer
	if err := rep.WriteText(&short, false); err != nil {
		t.Fatal(err)
	}
	if err := rep.WriteText(&long, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2 documents, 6 gold: DATE 3, TIME 1, DURATION 1, SET 1", "relaxed", "71.43", "value accuracy", "DATE", "1 invalid spans"} {
		if !strings.Contains(short.String(), want) {
			t.Errorf("WriteText lacks %q:\n%s", want, short.String())
		}
	}
	if strings.Contains(short.String(), "misses") {
		t.Errorf("WriteText(verbose=false) lists misses:\n%s", short.String())
	}
	for _, want := range []string{"misses (7)", `"next week"`, "DATE 2020-W20", "DATE 2020-W21", `"10 a.m. <local>"`, "fix_one"} {
		if !strings.Contains(long.String(), want) {
			t.Errorf("WriteText(verbose) lacks %q:\n%s", want, long.String())
		}
	}
}

func TestWriteJSON(t *testing.T) {
	_, _, rep := runFixtures(t)
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var back timexeval.Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.String())
	}
	if back.Scopes[0].Scores.Relaxed != rep.Scopes[0].Scores.Relaxed || len(back.Misses) != 7 || back.Gold["DATE"] != 3 {
		t.Errorf("JSON round trip lost figures:\n%s", buf.String())
	}
}
