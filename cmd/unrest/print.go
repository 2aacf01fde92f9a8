package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/store"
)

// jsonReport is the --json shape of a report, as the README documents it.
type jsonReport struct {
	ID       int64           `json:"id,omitempty"`
	Title    string          `json:"title"`
	Format   report.Format   `json:"format"`
	Encoding string          `json:"encoding"`
	Sources  []report.Source `json:"sources"`
	Posts    []jsonPost      `json:"posts"`
}

type jsonPost struct {
	Author    string           `json:"author"`
	Published *string          `json:"published"` // null when unknown
	Precision report.Precision `json:"precision"`
	Quote     bool             `json:"quote"`
	Text      string           `json:"text"`
	Start     int              `json:"start"`
	End       int              `json:"end"`
	URL       string           `json:"url,omitempty"`
}

func toJSON(r *report.Report, id int64, sources []report.Source) jsonReport {
	if sources == nil {
		sources = []report.Source{r.Source}
	}
	out := jsonReport{ID: id, Title: r.Title, Format: r.Format, Encoding: r.Encoding, Sources: sources, Posts: []jsonPost{}}
	for _, p := range r.Posts {
		jp := jsonPost{Author: p.Author, Precision: p.Precision, Quote: p.Quote, Text: p.Text, Start: p.Start, End: p.End, URL: p.URL}
		if p.HasTime() {
			s := p.Published.UTC().Format(time.RFC3339)
			if p.Precision == report.PrecisionDay {
				s = p.Published.UTC().Format(time.DateOnly)
			}
			jp.Published = &s
		}
		out.Posts = append(out.Posts, jp)
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// formatPublished renders a post's time for people.
func formatPublished(p report.Post) string {
	switch p.Precision {
	case report.PrecisionMinute:
		return p.Published.UTC().Format("2006-01-02 15:04 UTC")
	case report.PrecisionDay:
		return p.Published.UTC().Format("2006-01-02")
	}
	return "no date"
}

// writeReport prints a report for people: a header, then each post with
// its author, time and text.
func writeReport(w io.Writer, r *report.Report, header []string) {
	title := r.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(w, "%s\n", title)
	for _, h := range header {
		fmt.Fprintf(w, "  %s\n", h)
	}
	fmt.Fprintf(w, "  %s, %s, %d posts\n", r.Format, r.Encoding, len(r.Posts))
	for i, p := range r.Posts {
		author := p.Author
		if author == "" {
			author = "(no author)"
		}
		mark := ""
		if p.Quote {
			mark = " · quote"
		}
		fmt.Fprintf(w, "\n── post %d/%d · %s · %s%s\n", i+1, len(r.Posts), author, formatPublished(p), mark)
		if p.Text == "" {
			fmt.Fprintln(w, "   (no text)")
			continue
		}
		for line := range strings.SplitSeq(p.Text, "\n") {
			if line == "" {
				fmt.Fprintln(w)
				continue
			}
			fmt.Fprintf(w, "   %s\n", line)
		}
	}
}

// writeEventTable prints stored events a line each: days, type, place and
// precision, the counts given, how many posts tell it, and the first
// passage.
func writeEventTable(w io.Writer, events []store.StoredEvent) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DAYS\tTYPE\tPLACE\tCOUNTS\tSOURCES\tEVIDENCE")
	for _, e := range events {
		days := e.Date.Start
		if e.Date.End != e.Date.Start {
			days += ".." + e.Date.End
		}
		var counts []string
		for _, c := range []struct {
			name string
			n    *int
		}{{"killed", e.Fatalities}, {"injured", e.Injured}, {"arrested", e.Arrested}, {"present", e.Participants}} {
			if c.n != nil {
				counts = append(counts, fmt.Sprintf("%d %s", *c.n, c.name))
			}
		}
		ev := ""
		if len(e.Evidence) > 0 {
			ev = shorten(strings.Join(strings.Fields(e.Evidence[0].Text), " "), 70)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s (%s)\t%s\t%d\t%s\n", days, e.Type, e.Place.Name, e.Place.Precision,
			strings.Join(counts, ", "), e.Sources, ev)
	}
	tw.Flush()
}
