package report_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/report"
)

// devThread is the forum thread of the Kazakhstan 2022 revolt kept beside
// the repository (../shared), never inside it.
const devThread = "../../../shared/eval/dev/kz-2022-forum-thread.txt"

func TestDevThread(t *testing.T) {
	data, err := os.ReadFile(devThread)
	if os.IsNotExist(err) {
		t.Skipf("skipping: %s not found (the shared evaluation folder sits beside the repository)", filepath.Clean(devThread))
	}
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Parse(devThread, data, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Format != report.FormatText {
		t.Errorf("format = %s, want text", r.Format)
	}
	if r.Title != "National Revolt in Kazakhstan" {
		t.Errorf("title = %q", r.Title)
	}
	type want struct {
		author string
		stamp  string
	}
	wants := []want{
		{"Andrew Heggie", "2022-01-05T23:59:00Z"},
		{"", "2022-01-06T10:17:00Z"},
		{"", "2022-01-06T16:57:00Z"},
		{"", "2022-01-08T09:50:00Z"},
		{"R Totale", "2022-01-08T10:35:00Z"},
	}
	var withText []report.Post
	var quotes []report.Post
	for _, p := range r.Posts {
		switch {
		case p.Quote:
			quotes = append(quotes, p)
		case p.Text != "":
			withText = append(withText, p)
		}
	}
	if len(withText) != len(wants) {
		for i, p := range r.Posts {
			t.Logf("post %d: %q %s quote=%v %.60q", i, p.Author, p.Published.Format(time.RFC3339), p.Quote, p.Text)
		}
		t.Fatalf("got %d posts with text, want %d", len(withText), len(wants))
	}
	for i, w := range wants {
		p := withText[i]
		if p.Author != w.author || p.Published.Format(time.RFC3339) != w.stamp || p.Precision != report.PrecisionMinute {
			t.Errorf("post %d = %q %s (%s), want %q %s", i, p.Author, p.Published.Format(time.RFC3339), p.Precision, w.author, w.stamp)
		}
		if got := r.Input[p.Start:p.End]; !strings.HasPrefix(got, firstWords(p.Text)) {
			t.Errorf("post %d: offsets point at %.40q, text starts %.40q", i, got, p.Text)
		}
	}
	article := withText[0].Text
	if n := strings.Count(article, "Over the past two days there have been mass protests"); n != 1 {
		t.Errorf("the duplicated opening paragraph appears %d times in the article", n)
	}
	if strings.Contains(article, "National Revolt in Kazakhstan") {
		t.Errorf("the title is repeated in the article text")
	}
	for _, p := range r.Posts {
		for _, chrome := range []string{"Posted By", "Attached files"} {
			if strings.Contains(p.Text, chrome) {
				t.Errorf("post by %q keeps the chrome line %q", p.Author, chrome)
			}
		}
	}
	if len(quotes) != 1 || !strings.Contains(quotes[0].Text, "educate ourselves") || quotes[0].Author != "Andrew Heggie" {
		t.Errorf("want the bulleted pull-quote as one quote post of the article's author, got %+v", quotes)
	}
}

func firstWords(s string) string {
	if len(s) > 20 {
		s = s[:20]
	}
	return s
}
