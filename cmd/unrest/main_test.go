package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCmd runs unrest in-process and returns its output and exit status.
func runCmd(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errb, func(string) string { return "" })
	code = exitCode(err, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const threadText = `Dockers strike in Antwerp

Dock workers stopped work at the port on Monday over pension changes.

Posted By

Lieve Janssens
Mar 3 2025 18:20

marc_v
Mar 4 2025 09:15

About 2,000 took part in a march to the city hall the next day.
`

func TestHelpCoversEveryCommand(t *testing.T) {
	out, _, code := runCmd(t, "", "help")
	if code != 0 {
		t.Fatalf("help exit %d", code)
	}
	for _, c := range commands() {
		if !strings.Contains(out, "  "+c.name+" ") {
			t.Errorf("help does not list %s", c.name)
		}
		_, errOut, code := runCmd(t, "", c.name, "-h")
		if code != 0 || !strings.Contains(errOut, "Usage: unrest "+c.name) {
			t.Errorf("%s -h: exit %d, output %q", c.name, code, errOut)
		}
		helpOut, _, _ := runCmd(t, "", "help", c.name)
		if !strings.Contains(helpOut, "Usage: unrest "+c.name) {
			t.Errorf("help %s: %q", c.name, helpOut)
		}
	}
	if _, _, code := runCmd(t, "", "frobnicate"); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	if _, _, code := runCmd(t, ""); code != 2 {
		t.Errorf("no command: exit %d, want 2", code)
	}
}

func TestParseJSONShape(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "thread.txt", threadText)
	out, errOut, code := runCmd(t, "", "parse", "--json", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Title string
		Posts []struct {
			Author    string
			Published *string
			Precision string
			Quote     bool
			Text      string
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if got.Title != "Dockers strike in Antwerp" || len(got.Posts) != 2 {
		t.Fatalf("got %+v", got)
	}
	p0, p1 := got.Posts[0], got.Posts[1]
	if p0.Author != "Lieve Janssens" || p0.Published == nil || *p0.Published != "2025-03-03T18:20:00Z" || p0.Precision != "minute" || p0.Quote {
		t.Errorf("post 0 = %+v", p0)
	}
	if p1.Author != "marc_v" || *p1.Published != "2025-03-04T09:15:00Z" || !strings.Contains(p1.Text, "2,000") {
		t.Errorf("post 1 = %+v", p1)
	}
}

func TestParseStdin(t *testing.T) {
	out, errOut, code := runCmd(t, threadText, "parse", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "stdin -") || !strings.Contains(out, "Lieve Janssens · 2025-03-03 18:20 UTC") {
		t.Errorf("output:\n%s", out)
	}
}

func TestIngestTwiceStoresOnce(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	in := filepath.Join(dir, "in")
	writeFile(t, in, "a.txt", threadText)
	writeFile(t, in, "b/c.txt", "Strike at the mine\n\nMiners in Soligorsk stayed underground on 18 August 2020.\n")
	writeFile(t, in, ".hidden", "not a report")
	out, errOut, code := runCmd(t, "", "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(out, "2 new, 0 already known, 0 failed") {
		t.Fatalf("first ingest: exit %d\n%s%s", code, out, errOut)
	}
	out, _, code = runCmd(t, "", "ingest", "--db", db, in, filepath.Join(in, "a.txt"))
	if code != 0 || !strings.Contains(out, "0 new, 3 already known, 0 failed") {
		t.Fatalf("second ingest: exit %d\n%s", code, out)
	}
	out, _, code = runCmd(t, "", "reports", "--db", db)
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(out, "Dockers strike in Antwerp") {
		t.Errorf("reports: exit %d\n%s", code, out)
	}
	out, _, code = runCmd(t, "", "show", "--db", db, "1")
	if code != 0 || !strings.Contains(out, "Lieve Janssens") {
		t.Errorf("show 1: exit %d\n%s", code, out)
	}
	if _, errOut, code := runCmd(t, "", "show", "--db", db, "99"); code != 2 || !strings.Contains(errOut, "no report 99") {
		t.Errorf("show 99: exit %d %s", code, errOut)
	}
	if _, _, code := runCmd(t, "", "show", "--db", db, "x"); code != 2 {
		t.Errorf("show x: exit %d, want 2", code)
	}
}

// TestBadInputs: each bad input gets an error naming it and the problem,
// and the good inputs beside it are still processed.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", threadText)
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil { // a sparse 1 GB file
		t.Fatal(err)
	}
	f.Close()
	cases := []struct {
		name, body string
		want       string
	}{
		{"empty.txt", "", "empty input"},
		{"blank.txt", "  \n\n \t\n", "empty input"},
		{"binary.bin", "\x00\x01\x02\x03\xff\xfe\x00\x00garbage\x00", "binary"},
		{"photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"},
		{"notfeed.rss", "this is not xml at all", "not XML"},
		{"notexport.json", `{"name": "x", "items": []}`, "not a Telegram export"},
		{"truncated.json", `{"name": "x", "messages": [{"id": 1, "type": "message", "text": "hel`, "truncated"},
	}
	args := []string{"ingest", "--db", filepath.Join(dir, "u.db"), good, huge, filepath.Join(dir, "missing.txt")}
	for _, c := range cases {
		args = append(args, writeFile(t, dir, c.name, c.body))
	}
	out, errOut, code := runCmd(t, "", args...)
	if code != 1 {
		t.Errorf("exit %d, want 1 (some inputs failed)", code)
	}
	if !strings.Contains(out, "1 new, 0 already known, 9 failed") {
		t.Errorf("summary missing:\n%s", out)
	}
	if !strings.Contains(errOut, huge+": input too large") {
		t.Errorf("huge file error missing:\n%s", errOut)
	}
	if !strings.Contains(errOut, "missing.txt: no such file") {
		t.Errorf("missing file error missing:\n%s", errOut)
	}
	for _, c := range cases {
		if !strings.Contains(errOut, filepath.Join(dir, c.name)+":") || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: want an error naming it with %q in:\n%s", c.name, c.want, errOut)
		}
	}
	// Nothing readable at all: exit status 2.
	_, errOut, code = runCmd(t, "", "parse", filepath.Join(dir, "empty.txt"), filepath.Join(dir, "binary.bin"))
	if code != 2 || !strings.Contains(errOut, "none of the 2 inputs") {
		t.Errorf("all bad: exit %d\n%s", code, errOut)
	}
	if _, errOut, code := runCmd(t, "", "parse", "--input-format", "pdf", good); code != 2 || !strings.Contains(errOut, "unknown format") {
		t.Errorf("bad --input-format: exit %d %s", code, errOut)
	}
	if _, _, code := runCmd(t, "", "parse", "--date-order", "ymd", good); code != 2 {
		t.Errorf("bad --date-order: exit %d", code)
	}
	if _, _, code := runCmd(t, "", "parse", "--tz", "Mars/Olympus", good); code != 2 {
		t.Errorf("bad --tz: exit %d", code)
	}
}

// TestExtractFormats: the three output formats, on a thread that names no
// place, not even in its title: no record, in every format's empty form.
func TestExtractFormats(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", strings.Replace(threadText, "Dockers strike in Antwerp", "Dockers strike", 1))
	out, _, code := runCmd(t, "", "extract", "--published", "2025-03-04", p)
	if code != 0 || strings.TrimSpace(out) != "{\n  \"events\": []\n}" {
		t.Errorf("json: exit %d %q", code, out)
	}
	out, _, _ = runCmd(t, "", "extract", "--format", "csv", p)
	if !strings.HasPrefix(out, "event_id,event_date,time_precision,event_type,sub_event_type") || strings.Count(out, "\n") != 1 {
		t.Errorf("csv: %q", out)
	}
	out, _, _ = runCmd(t, "", "extract", "--format", "geojson", p)
	var fc struct {
		Type     string
		Features []any
	}
	if err := json.Unmarshal([]byte(out), &fc); err != nil || fc.Type != "FeatureCollection" || fc.Features == nil {
		t.Errorf("geojson: %v %q", err, out)
	}
	if _, _, code := runCmd(t, "", "extract", "--published", "5 Jan", p); code != 2 {
		t.Errorf("bad --published: exit %d", code)
	}
	if _, _, code := runCmd(t, "", "extract", "--format", "xml", p); code != 2 {
		t.Errorf("bad --format: exit %d", code)
	}
}

func TestParseURL(t *testing.T) {
	var gotUA string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		switch r.URL.Path {
		case "/thread":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			io.WriteString(w, threadText)
		case "/big":
			w.Header().Set("Content-Type", "text/plain")
			io.WriteString(w, strings.Repeat("protest ", 4096))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	out, errOut, code := runCmd(t, "", "parse", srv.URL+"/thread")
	if code != 0 || !strings.Contains(out, "url "+srv.URL+"/thread") || !strings.Contains(out, "marc_v") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.HasPrefix(gotUA, "unrest/") {
		t.Errorf("User-Agent = %q", gotUA)
	}
	_, errOut, code = runCmd(t, "", "parse", srv.URL+"/gone")
	if code != 2 || !strings.Contains(errOut, srv.URL+"/gone: fetch failed: HTTP 404") {
		t.Errorf("404: exit %d %s", code, errOut)
	}
	_, errOut, code = runCmd(t, "", "parse", "--max-size", "1000", srv.URL+"/big")
	if code != 2 || !strings.Contains(errOut, "input too large") {
		t.Errorf("oversize: exit %d %s", code, errOut)
	}
}

func TestExitCodes(t *testing.T) {
	var ie *inputError
	if !errors.As(error(&inputError{errors.New("x")}), &ie) {
		t.Fatal("inputError does not match itself")
	}
	for _, c := range []struct {
		err  error
		want int
	}{
		{nil, 0},
		{usagef("bad"), 2},
		{&inputError{errors.New("none")}, 2},
		{&partialError{1, 2}, 1},
		{errors.New("disk full"), 1},
	} {
		if got := exitCode(c.err, io.Discard); got != c.want {
			t.Errorf("exitCode(%v) = %d, want %d", c.err, got, c.want)
		}
	}
}

func TestPlaces(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "kz.txt", "Strikers in Жанаозен were joined by workers in Almaty; the Energy Minister flew in.\n")
	out, errOut, code := runCmd(t, "", "places", "--json", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Places []struct {
			Start, End int
			Text       string
			GeonamesID int `json:"geonames_id"`
			Country    string
			Precision  string
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	if len(got.Places) != 2 || got.Places[0].GeonamesID != 607610 || got.Places[1].GeonamesID != 1526384 {
		t.Fatalf("places = %+v", got.Places)
	}
	// Offsets count code points, not bytes: after the Cyrillic name,
	// "Almaty" starts at code point 47 (byte 55).
	if a := got.Places[1]; a.Start != 47 || a.End != 53 || a.Text != "Almaty" {
		t.Errorf("Almaty at [%d,%d) %q, want [47,53)", a.Start, a.End, a.Text)
	}
	out, _, code = runCmd(t, "", "places", p)
	if code != 0 || !strings.Contains(out, "Zhanaozen") || strings.Contains(out, "Energy") {
		t.Errorf("table output, exit %d:\n%s", code, out)
	}
}

func TestBenchGeoparse(t *testing.T) {
	fixture := filepath.Join("..", "..", "internal", "geoeval", "testdata", "small-trnews.xml")
	out, errOut, code := runCmd(t, "", "bench", "geoparse", "--mode", "gold-spans", fixture)
	if code != 0 || !strings.Contains(out, "acc@161") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if _, _, code := runCmd(t, "", "bench", "timex"); code != 2 {
		t.Errorf("unknown stage: exit %d, want 2", code)
	}
	if _, _, code := runCmd(t, "", "bench", "geoparse", filepath.Join(t.TempDir(), "none.xml")); code != 2 {
		t.Errorf("missing file: exit %d, want 2", code)
	}
}

func TestDates(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "t.txt", threadText+"\nkim\nMar 6 2025 08:00\n\nPolice moved in yesterday evening; on 3 March the port had closed.\n")
	out, errOut, code := runCmd(t, "", "dates", "--json", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Dates []struct {
			Post  *int
			Text  string
			Value string
			Span  *struct{ Start, End string }
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v in %s", err, out)
	}
	found := map[string]string{}
	for _, d := range got.Dates {
		found[d.Text] = d.Value
	}
	// Each post is anchored on its own stamp: kim's "yesterday" is 5 March.
	if found["yesterday evening"] != "2025-03-05TEV" || found["3 March"] != "2025-03-03" || found["the next day"] != "2025-03-05" {
		t.Errorf("dates = %v", found)
	}
	if _, _, code := runCmd(t, "", "dates", "--anchor", "yesterday", p); code != 2 {
		t.Errorf("bad --anchor: exit %d", code)
	}
	out, _, code = runCmd(t, "Talks failed last week.", "dates", "--anchor", "2022-01-06", "-")
	if code != 0 || !strings.Contains(out, "2021-W52") {
		t.Errorf("stdin: exit %d\n%s", code, out)
	}
}

func TestBenchSentences(t *testing.T) {
	p := writeFile(t, t.TempDir(), "s.tsv", "id\treference\tsentence\tgold_start\tgold_end\tnote\n"+
		"1\t2022-01-06\tPolice moved in yesterday.\t2022-01-05\t2022-01-05\trelative-day\n"+
		"2\t2022-01-06\tThe strike began on 3 January.\t2022-01-03\t2022-01-03\tabsolute\n"+
		"3\t2022-01-06\tNothing happened.\t2022-01-01\t2022-01-01\tnone\n")
	out, errOut, code := runCmd(t, "", "bench", "timex-sentences", p)
	if code != 0 || !strings.Contains(out, "3 sentences, 2 correct") {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", "Dock workers in Antwerp struck on 3 March 2025.\n")
	writeFile(t, dir, "a.gold.json", `{"doc": "a.txt", "published": "2025-03-04", "events": [
		{"id": "g1", "type": "strike", "date": {"start": "2025-03-03", "end": "2025-03-03"},
		 "place": {"precision": "city", "geonames_id": 2803138, "lat": 51.21989, "lon": 4.40346, "country": "BE"}, "required": true}]}`)
	writeFile(t, dir, "quiet.txt", "An analysis of labour law, with no event in it.\n")
	writeFile(t, dir, "quiet.gold.json", `{"doc": "quiet.txt", "published": "2025-03-04", "events": []}`)
	out, errOut, code := runCmd(t, "", "eval", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	// The extractor finds nothing yet: recall 0 on the first, a perfect
	// score on the text with no event, as the referee counts them.
	for _, want := range []string{
		"a.txt: precision 0.0 recall 0.0 F1 0.0 (0 of 1 required, 0 records); counts 0/0",
		"quiet.txt: precision 1.0 recall 1.0 F1 1.0 (0 of 0 required, 0 records); counts 0/0",
		"macro over 2 documents: precision 0.500 recall 0.500 F1 0.500",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if _, _, code := runCmd(t, "", "eval", filepath.Join(dir, "none.gold.json")); code != 2 {
		t.Errorf("missing gold: exit %d, want 2", code)
	}
}

func TestExtractEvents(t *testing.T) {
	p := writeFile(t, t.TempDir(), "be.txt", "Dock workers in Antwerp walked out on 3 March 2025.\n\nThe next day police detained 40 people at the port gates.\n")
	out, errOut, code := runCmd(t, "", "extract", "--published", "2025-03-05", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Events []struct {
			Type     string
			Date     struct{ Start, End string }
			Arrested *int
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Events) != 2 || got.Events[0].Type != "strike" || got.Events[1].Type != "arrests" ||
		got.Events[1].Date.Start != "2025-03-04" || got.Events[1].Arrested == nil || *got.Events[1].Arrested != 40 {
		t.Errorf("events = %+v", got.Events)
	}
}

// TestExtractUndated: a text with no date of its own is read against the
// latest day it writes in full, and the user is told; one with none is
// told that nothing could be dated.
func TestExtractUndated(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "bd.txt", "Garment workers went on strike in Dhaka on 2 May 2024.\n")
	out, errOut, code := runCmd(t, "", "extract", "--format", "csv", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "bd.txt: no post carries a date; read against 2024-05-02, the latest day it writes") {
		t.Errorf("stderr = %q", errOut)
	}
	if !strings.Contains(out, "2024-05-02") || !strings.Contains(out, "Dhaka") {
		t.Errorf("stdout = %q", out)
	}
	q := writeFile(t, dir, "nodate.txt", "Garment workers went on strike in Dhaka on Monday.\n")
	_, errOut, code = runCmd(t, "", "extract", q)
	if code != 0 || !strings.Contains(errOut, "nodate.txt: no post carries a date and the text writes none in full") {
		t.Errorf("exit %d, stderr = %q", code, errOut)
	}
	// A date given says no more.
	_, errOut, _ = runCmd(t, "", "extract", "--published", "2024-05-06", q)
	if strings.Contains(errOut, "no post carries a date") {
		t.Errorf("stderr with --published = %q", errOut)
	}
}

// TestDemoShowsEvents: the README's first command ends with the events it
// extracted and stored.
func TestDemoShowsEvents(t *testing.T) {
	got, errOut, code := runCmd(t, "", "demo")
	if code != 0 {
		t.Fatalf("demo exited %d: %s", code, errOut)
	}
	for _, want := range []string{"events (", "══ ", "DAYS", "state_of_emergency", "Almaty (city)"} {
		if !strings.Contains(got, want) {
			t.Errorf("demo output lacks %q", want)
		}
	}
}
