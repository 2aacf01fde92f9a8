package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Two reports of the Belarus protests of August 2020: the bundled feed
// sample and the forum thread of the extractor's test reports.
var (
	belarusFeed  = filepath.Join("samples", "belarus-2020-feed.xml")
	belarusForum = filepath.Join("..", "..", "internal", "extract", "testdata", "reports", "belarus-2020-forum.txt")
	franceFeed   = filepath.Join("samples", "france-2018-telegram.json")
)

// storedEvent is one event of `unrest events --format json`, as far as
// the tests read it.
type storedEvent struct {
	Type         string
	Date         struct{ Start, End string }
	Place        struct{ Name, Country string }
	Participants *int
	Sources      int
	Evidence     []struct {
		Report int64
		Post   int
		Text   string
	}
}

func keyOf(e storedEvent) eventKey {
	k := eventKey{typ: e.Type, country: e.Place.Country, start: e.Date.Start, end: e.Date.End}
	for _, x := range e.Evidence {
		k.reports = append(k.reports, x.Report)
	}
	return k
}

// storedEvents is the part of `unrest events --format json` the tests read.
type storedEvents struct {
	Events []storedEvent
}

func listStored(t *testing.T, args ...string) (storedEvents, string) {
	t.Helper()
	out, errOut, code := runCmd(t, "", append([]string{"events"}, args...)...)
	if code != 0 {
		t.Fatalf("events %v: exit %d: %s", args, code, errOut)
	}
	var got storedEvents
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("events %v: %v in %s", args, err, out)
	}
	return got, out
}

var eventSummary = regexp.MustCompile(`(\d+) events: (\d+) new, (\d+) merged into known ones; database `)

// summaryEvents reads the events part of ingest's summary line.
func summaryEvents(t *testing.T, out string) (total, created, merged int) {
	t.Helper()
	m := eventSummary.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no events in the summary:\n%s", out)
	}
	n := make([]int, 3)
	for i := range n {
		n[i], _ = strconv.Atoi(m[i+1])
	}
	if n[0] != n[1]+n[2] {
		t.Errorf("summary %q: the total is not new plus merged", m[0])
	}
	return n[0], n[1], n[2]
}

// TestIngestMergesEventsAcrossReports ingests two reports of the same
// days in Minsk: the events both tell are stored once, with the evidence
// of both; ingesting them again, from the same or another path, adds
// nothing.
func TestIngestMergesEventsAcrossReports(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	out, errOut, code := runCmd(t, "", "ingest", "--db", db, belarusFeed, belarusForum)
	if code != 0 || !strings.Contains(out, "2 new, 0 already known, 0 failed; ") {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errOut)
	}
	if total, _, merged := summaryEvents(t, out); total == 0 || merged == 0 {
		t.Errorf("ingest read %d events and merged %d, want some merged:\n%s", total, merged, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n")[:2] {
		if !regexp.MustCompile(`^new +report \d+ .*; \d+ events: \d+ new, \d+ merged\)$`).MatchString(line) {
			t.Errorf("report line %q does not tell its events", line)
		}
	}

	got, before := listStored(t, "--db", db)
	if len(got.Events) == 0 {
		t.Fatal("no events stored")
	}
	both := 0
	for _, e := range got.Events {
		reports := map[int64]bool{}
		for _, x := range e.Evidence {
			if x.Report != 1 && x.Report != 2 {
				t.Errorf("%s in %s: evidence of report %d, want 1 or 2", e.Type, e.Place.Name, x.Report)
			}
			reports[x.Report] = true
		}
		if len(reports) == 2 {
			both++
			if e.Sources < 2 {
				t.Errorf("%s in %s on %s, told by both reports, has %d sources", e.Type, e.Place.Name, e.Date.Start, e.Sources)
			}
		}
	}
	if both == 0 {
		t.Errorf("no event has evidence from both reports:\n%s", before)
	}

	// Again, and the forum from another path: known, nothing added.
	moved := filepath.Join(dir, "forum-copy.txt")
	body, err := os.ReadFile(belarusForum)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "forum-copy.txt", string(body))
	out, errOut, code = runCmd(t, "", "ingest", "--db", db, belarusFeed, belarusForum, moved)
	if code != 0 || !strings.Contains(out, "0 new, 3 already known, 0 failed; 0 events: 0 new, 0 merged into known ones") {
		t.Fatalf("second ingest: exit %d\n%s%s", code, out, errOut)
	}
	if strings.Contains(out, "merged)") {
		t.Errorf("a known report was read for events again:\n%s", out)
	}
	if _, after := listStored(t, "--db", db); after != before {
		t.Errorf("events changed on a second ingest:\n%s\nwant\n%s", after, before)
	}
}

// TestIngestNoEvents: --no-events stores only the reports; a later ingest
// without it reads their events, once.
func TestIngestNoEvents(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	out, errOut, code := runCmd(t, "", "ingest", "--no-events", "--db", db, belarusFeed)
	if code != 0 || !strings.Contains(out, "1 new, 0 already known, 0 failed; database ") || strings.Contains(out, "events") {
		t.Fatalf("ingest --no-events: exit %d\n%s%s", code, out, errOut)
	}
	if got, _ := listStored(t, "--db", db); len(got.Events) != 0 {
		t.Errorf("%d events stored with --no-events", len(got.Events))
	}
	out, _, code = runCmd(t, "", "ingest", "--db", db, belarusFeed)
	if code != 0 || !strings.Contains(out, "0 new, 1 already known, 0 failed; ") {
		t.Fatalf("ingest: exit %d\n%s", code, out)
	}
	total, created, _ := summaryEvents(t, out)
	if total == 0 || created != total {
		t.Errorf("the known report's events: %d read, %d new; want all new", total, created)
	}
	got, _ := listStored(t, "--db", db)
	if len(got.Events) != created {
		t.Errorf("%d events stored, want %d", len(got.Events), created)
	}
	out, _, _ = runCmd(t, "", "ingest", "--db", db, belarusFeed)
	if total, _, _ := summaryEvents(t, out); total != 0 {
		t.Errorf("third ingest read %d events, want none", total)
	}
}

// TestIngestPublished: --published anchors a text that has no date of
// its own, as extract's does.
func TestIngestPublished(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name      string
		published string
		wantDates []string
	}{
		{"no anchor", "", nil},
		{"anchored", "2025-03-05", []string{"2025-03-04"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := filepath.Join(dir, c.name+".db")
			p := writeFile(t, dir, c.name+".txt", "Dock workers in Antwerp walked out yesterday.\n")
			args := []string{"ingest", "--db", db}
			if c.published != "" {
				args = append(args, "--published", c.published)
			}
			if _, errOut, code := runCmd(t, "", append(args, p)...); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			got, _ := listStored(t, "--db", db)
			var dates []string
			for _, e := range got.Events {
				dates = append(dates, e.Date.Start)
			}
			if strings.Join(dates, " ") != strings.Join(c.wantDates, " ") {
				t.Errorf("dates %v, want %v", dates, c.wantDates)
			}
		})
	}
	if _, _, code := runCmd(t, "", "ingest", "--db", filepath.Join(dir, "x.db"), "--published", "5 March", filepath.Join(dir, "anchored.txt")); code != 2 {
		t.Errorf("bad --published: exit %d, want 2", code)
	}
}

// eventKey is what the filters of the events command look at.
type eventKey struct {
	typ, country, start, end string
	reports                  []int64 // of the evidence
}

// TestEventsFilters: each filter keeps only what it names; the three
// formats; bad flags are usage errors.
func TestEventsFilters(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	if out, errOut, code := runCmd(t, "", "ingest", "--db", db, belarusFeed, franceFeed); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errOut)
	}
	all, _ := listStored(t, "--db", db)
	countries := map[string]int{}
	for _, e := range all.Events {
		countries[e.Place.Country]++
	}
	if countries["BY"] == 0 || countries["FR"] == 0 {
		t.Fatalf("events by country = %v, want some in BY and FR", countries)
	}
	cases := []struct {
		name string
		args []string
		keep func(e eventKey) bool
	}{
		{"type", []string{"--type", "protest"}, func(e eventKey) bool { return e.typ == "protest" }},
		{"country", []string{"--country", "fr"}, func(e eventKey) bool { return e.country == "FR" }},
		{"since", []string{"--since", "2020-01-01"}, func(e eventKey) bool { return e.end >= "2020-01-01" }},
		{"until", []string{"--until", "2019-12-31"}, func(e eventKey) bool { return e.start <= "2019-12-31" }},
		{"since and until", []string{"--since", "2020-08-10", "--until", "2020-08-12"}, func(e eventKey) bool {
			return e.end >= "2020-08-10" && e.start <= "2020-08-12"
		}},
		{"report", []string{"--report", "2"}, func(e eventKey) bool { return slices.Contains(e.reports, 2) }},
		{"country and type", []string{"--country", "BY", "--type", "strike"}, func(e eventKey) bool {
			return e.country == "BY" && e.typ == "strike"
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := 0
			for _, e := range all.Events {
				if c.keep(keyOf(e)) {
					want++
				}
			}
			got, _ := listStored(t, append([]string{"--db", db}, c.args...)...)
			if len(got.Events) != want {
				t.Errorf("%d events, want %d", len(got.Events), want)
			}
			for _, e := range got.Events {
				if !c.keep(keyOf(e)) {
					t.Errorf("kept %s in %s (%s) on %s..%s", e.Type, e.Place.Name, e.Place.Country, e.Date.Start, e.Date.End)
				}
			}
		})
	}
	if got, _ := listStored(t, "--db", db, "--limit", "2", "--offset", "1"); len(got.Events) != 2 ||
		got.Events[0].Date != all.Events[1].Date || got.Events[1].Date != all.Events[2].Date {
		t.Errorf("--limit 2 --offset 1 = %+v", got.Events)
	}

	out, _, code := runCmd(t, "", "events", "--db", db, "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "event_id,event_date,") || strings.Count(out, "\nUNR") != len(all.Events) {
		t.Errorf("csv: exit %d, want %d rows:\n%s", code, len(all.Events), out)
	}
	out, _, code = runCmd(t, "", "events", "--db", db, "--format", "geojson", "--country", "BY")
	var fc struct {
		Type     string
		Features []struct {
			Properties struct{ Place struct{ Country string } }
		}
	}
	if err := json.Unmarshal([]byte(out), &fc); code != 0 || err != nil || fc.Type != "FeatureCollection" || len(fc.Features) != countries["BY"] {
		t.Errorf("geojson: exit %d, %v, %d features, want %d", code, err, len(fc.Features), countries["BY"])
	}
	// A database with nothing in it lists nothing; a path with no
	// database is an error that names it (a mistyped --db creates none).
	empty := filepath.Join(t.TempDir(), "empty.db")
	edb, err := openDB(context.Background(), empty)
	if err != nil {
		t.Fatal(err)
	}
	edb.Close()
	if out, _, code := runCmd(t, "", "events", "--db", empty); code != 0 || strings.TrimSpace(out) != "{\n  \"events\": []\n}" {
		t.Errorf("empty database: exit %d %q", code, out)
	}
	missing := filepath.Join(t.TempDir(), "typo.db")
	if _, errOut, code := runCmd(t, "", "events", "--db", missing); code == 0 || !strings.Contains(errOut, "no database at "+missing) {
		t.Errorf("missing database: exit %d %q", code, errOut)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("listing events created %s", missing)
	}

	for _, bad := range [][]string{
		{"--format", "xml"},
		{"--type", "picnic"},
		{"--country", "FRA"},
		{"--country", "1A"},
		{"--since", "5 March"},
		{"--until", "2020-02-30"},
		{"--since", "2020-08-12", "--until", "2020-08-10"},
		{"--report", "-1"},
		{"--limit", "-1"},
		{"extra"},
	} {
		if _, errOut, code := runCmd(t, "", append([]string{"events", "--db", db}, bad...)...); code != 2 {
			t.Errorf("events %v: exit %d, want 2 (%s)", bad, code, errOut)
		}
	}
}
