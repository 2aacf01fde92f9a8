package timexeval_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/timexeval"
)

func TestLoadFixtures(t *testing.T) {
	ds, err := timexeval.Load("testdata")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.Docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(ds.Docs))
	}
	tests := []struct {
		id   string
		dct  time.Time
		text string
		gold []timexeval.Timex
		span []string
	}{
		{
			id:   "fix_one",
			dct:  time.Date(2020, 5, 4, 0, 0, 0, 0, time.UTC),
			text: "Crowds & café owners marched yesterday for three hours.\nThey return next week — at 10 a.m. <local>.\n",
			gold: []timexeval.Timex{
				{Start: 29, End: 38, Type: "DATE", Value: "2020-05-03"},
				{Start: 43, End: 54, Type: "DURATION", Value: "PT3H"},
				{Start: 68, End: 77, Type: "DATE", Value: "2020-W20"},
				{Start: 83, End: 98, Type: "TIME", Value: "2020-05-11T10:00"},
			},
			span: []string{"yesterday", "three hours", "next week", "10 a.m. <local>"},
		},
		{
			// No DOCID: the ID is the file name. The DCT's time of day is
			// dropped, the empty TIMEX3 and the comment are left out.
			id:   "two",
			dct:  time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC),
			text: "Rallies  happen every week since this year.",
			gold: []timexeval.Timex{
				{Start: 16, End: 26, Type: "SET", Value: "P1W"},
				{Start: 33, End: 42, Type: "DATE", Value: "2021"},
			},
			span: []string{"every week", "this year"},
		},
	}
	for i, tt := range tests {
		d := ds.Docs[i]
		t.Run(tt.id, func(t *testing.T) {
			if d.ID != tt.id {
				t.Errorf("ID = %q, want %q", d.ID, tt.id)
			}
			if !d.DCT.Equal(tt.dct) {
				t.Errorf("DCT = %v, want %v", d.DCT, tt.dct)
			}
			if d.Text != tt.text {
				t.Errorf("Text = %q, want %q", d.Text, tt.text)
			}
			if len(d.Gold) != len(tt.gold) {
				t.Fatalf("got %d gold, want %d: %+v", len(d.Gold), len(tt.gold), d.Gold)
			}
			for j, g := range d.Gold {
				if g != tt.gold[j] {
					t.Errorf("gold %d = %+v, want %+v", j, g, tt.gold[j])
				}
				if got := d.Span(g.Start, g.End); got != tt.span[j] {
					t.Errorf("gold %d span = %q, want %q", j, got, tt.span[j])
				}
			}
		})
	}
	counts := ds.GoldCounts()
	want := map[string]int{"": 6, "DATE": 3, "DURATION": 1, "TIME": 1, "SET": 1}
	for k, v := range want {
		if counts[k] != v {
			t.Errorf("GoldCounts()[%q] = %d, want %d", k, counts[k], v)
		}
	}
}

func TestDecodeMalformed(t *testing.T) {
	const dct = `<DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-02">Jan 2</TIMEX3></DCT>`
	tests := []struct {
		name string
		in   string
		line int    // line the error should name
		msg  string // part of the message
	}{
		{"no TEXT", "<TimeML>\n" + dct + "\n</TimeML>", 3, "no TEXT"},
		{"no DCT", "<TimeML>\n<TEXT>x</TEXT>\n</TimeML>", 3, "no DCT"},
		{"bad DCT", "<TimeML>\n<DCT><TIMEX3 type=\"DATE\" value=\"March 2020\">x</TIMEX3></DCT>\n<TEXT>x</TEXT></TimeML>", 2, "DCT value"},
		{"nested TIMEX3", "<TimeML>" + dct + "\n<TEXT>a\n<TIMEX3 type=\"DATE\" value=\"2020\">b <TIMEX3 type=\"DATE\" value=\"2020\">c</TIMEX3></TIMEX3></TEXT></TimeML>", 3, "TIMEX3 inside TIMEX3"},
		{"bad type", "<TimeML>" + dct + "\n<TEXT>a\n\n<TIMEX3 type=\"DAY\" value=\"2020\">b</TIMEX3></TEXT></TimeML>", 4, `type "DAY"`},
		{"no value", "<TimeML>" + dct + "\n<TEXT>\n<TIMEX3 type=\"DATE\">b</TIMEX3></TEXT></TimeML>", 3, "no value"},
		{"second TEXT", "<TimeML>" + dct + "\n<TEXT>a</TEXT>\n<TEXT>b</TEXT></TimeML>", 3, "second TEXT"},
		{"mismatched tag", "<TimeML>" + dct + "\n<TEXT>a <EVENT>b</TIMEX3>\n</TEXT></TimeML>", 2, "bad XML"},
		{"unclosed", "<TimeML>" + dct + "\n<TEXT>a\n", 3, "bad XML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := timexeval.Decode(strings.NewReader(tt.in), "bad.tml")
			if err == nil {
				t.Fatal("got no error")
			}
			if !errors.Is(err, timexeval.ErrMalformed) {
				t.Errorf("error %v does not wrap ErrMalformed", err)
			}
			var fe *timexeval.FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FormatError", err)
			}
			if fe.File != "bad.tml" || fe.Line != tt.line {
				t.Errorf("error at %s:%d, want bad.tml:%d (%v)", fe.File, fe.Line, tt.line, err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not contain %q", err, tt.msg)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := timexeval.Load(t.TempDir()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("empty folder: got %v, want os.ErrNotExist", err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.tml"), []byte("<TimeML><TEXT>x</TEXT></TimeML>"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := timexeval.Load(dir)
	if !errors.Is(err, timexeval.ErrMalformed) || !strings.Contains(err.Error(), "x.tml") {
		t.Errorf("malformed file: got %v, want ErrMalformed naming x.tml", err)
	}
}

func TestSpan(t *testing.T) {
	d := &timexeval.Document{Text: "é — 2020"}
	tests := []struct {
		start, end int
		want       string
	}{
		{0, 1, "é"}, {2, 3, "—"}, {4, 8, "2020"}, {4, 99, "2020"}, {-3, 1, "é"}, {3, 3, ""}, {5, 2, ""}, {20, 30, ""},
	}
	for _, tt := range tests {
		if got := d.Span(tt.start, tt.end); got != tt.want {
			t.Errorf("Span(%d, %d) = %q, want %q", tt.start, tt.end, got, tt.want)
		}
	}
	if d.Len() != 8 {
		t.Errorf("Len() = %d, want 8", d.Len())
	}
}
