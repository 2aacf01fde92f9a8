package extract_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/report"
)

// TestUndatedText: a pasted text with no date of its own is read against
// the latest day it writes out in full; one that writes none is not
// dated at all; a post's own date and Options.Published win.
func TestUndatedText(t *testing.T) {
	x := extractor(t)
	undated := &report.Report{Posts: []report.Post{{Text: "Garment workers went on strike in Dhaka on 2 May 2024. " +
		"Thousands marched in Chittagong on 5 May 2024."}}}
	day, ok := x.TextAnchor(undated)
	if want := time.Date(2024, 5, 5, 0, 0, 0, 0, time.UTC); !ok || !day.Equal(want) {
		t.Errorf("TextAnchor = %v, %v; want %v", day, ok, want)
	}
	var got []string
	for _, e := range x.Extract(undated) {
		got = append(got, string(e.Type)+"@"+e.Place.Name+"@"+e.Date.Start)
	}
	want := []string{"strike@Dhaka@2024-05-02", "protest@Chattogram@2024-05-05"}
	if len(got) != len(want) {
		t.Fatalf("events = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d = %s, want %s", i, got[i], want[i])
		}
	}

	// Days without a year written need an anchor themselves: none here.
	noYear := &report.Report{Posts: []report.Post{{Text: "Thousands marched in Dhaka on 5 May and again on Monday."}}}
	if day, ok := x.TextAnchor(noYear); ok {
		t.Errorf("TextAnchor of a text with no year = %v, want none", day)
	}
	if got := x.Extract(noYear); len(got) != 0 {
		t.Errorf("undated text with no full date gave %d events, want none", len(got))
	}

	// A dated post is read against its own date, not the text's.
	dated := &report.Report{Posts: []report.Post{{Text: "Thousands marched in Dhaka on Monday, a year after 5 May 2023.",
		Published: time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC), Precision: report.PrecisionDay}}}
	if got := x.Extract(dated); len(got) == 0 || got[0].Date.Start != "2024-05-06" {
		t.Errorf("dated post: %+v", got)
	}
}

// TestRussianEvents: a Russian post of our own gives its events, with
// their places and dates; a denied one gives none.
func TestRussianEvents(t *testing.T) {
	x := extractor(t)
	text := "Тысячи людей вышли на митинг в Жанаозене 2 января, требуя снизить цены на газ.\n\n" +
		"5 января в Алматы протестующие штурмовали здание акимата.\n\n" +
		"Полиция задержала 200 человек в Алматы 6 января.\n\n" +
		"В Актау не было задержаний.\n\n" +
		"Нефтяники Атырау пригрозили забастовкой, а оппозиция призвала выйти на митинг в Актобе.\n\n" +
		"В Таразе протестующие требовали отставки правительства 5 января.\n\n" +
		"В Алматы отключили интернет 5 января."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2022, 1, 8, 0, 0, 0, 0, time.UTC), Precision: report.PrecisionDay}}}
	var got []string
	for _, e := range x.Extract(r) {
		got = append(got, string(e.Type)+"@"+e.Place.Name+"@"+e.Date.Start)
		// Counts in Russian word order: "тысячи людей", "задержала 200
		// человек".
		if e.Type == extract.Protest && e.Place.Name == "Zhanaozen" && (e.Participants == nil || *e.Participants != 1000) {
			t.Errorf("Zhanaozen protest participants = %v, want 1000", e.Participants)
		}
		if e.Type == extract.Arrests && (e.Arrested == nil || *e.Arrested != 200) {
			t.Errorf("arrests = %v, want 200", e.Arrested)
		}
		// Actors under the English labels: "полиция" is the police.
		if e.Type == extract.Arrests && !slices.Contains(e.Actors, "police") {
			t.Errorf("arrests actors = %v, want police", e.Actors)
		}
		// Demands in the Mass Mobilization categories; a demanded
		// resignation is no government change.
		if e.Type == extract.Protest && e.Place.Name == "Zhanaozen" && !slices.Contains(e.Demands, "price increases, tax policy") {
			t.Errorf("Zhanaozen demands = %v", e.Demands)
		}
		if e.Type == extract.GovernmentChange {
			t.Errorf("a demanded resignation gave %s@%s", e.Type, e.Place.Name)
		}
	}
	want := map[string]bool{
		"protest@Zhanaozen@2022-01-02": true, "riot@Almaty@2022-01-05": true, "arrests@Almaty@2022-01-06": true,
		"internet_shutdown@Almaty@2022-01-05": true,
	}
	for _, g := range got {
		if strings.Contains(g, "Aktau") || strings.Contains(g, "Atyrau") || strings.Contains(g, "Aktobe") {
			t.Errorf("a denied, threatened or called-for event was kept: %s", g)
		}
		delete(want, g)
	}
	if len(want) > 0 {
		t.Errorf("events = %v; missing %v", got, want)
	}
}
