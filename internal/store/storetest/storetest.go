// Package storetest is the conformance suite every store.Store
// implementation runs: the same behaviour on SQLite and PostgreSQL.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/store"
)

// Run runs the suite; open returns a new, empty store for each subtest.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	t.Run("SaveAndRead", func(t *testing.T) { testSaveAndRead(t, open(t)) })
	t.Run("SameContentStoredOnce", func(t *testing.T) { testSameContent(t, open(t)) })
	t.Run("NotFound", func(t *testing.T) { testNotFound(t, open(t)) })
	t.Run("Invalid", func(t *testing.T) { testInvalid(t, open(t)) })
	t.Run("ListOrderAndPaging", func(t *testing.T) { testList(t, open(t)) })
	t.Run("Concurrent", func(t *testing.T) { testConcurrent(t, open(t)) })
	t.Run("AllOrNothing", func(t *testing.T) { testAllOrNothing(t, open(t)) })
	runEvents(t, open)
}

// testAllOrNothing saves a report whose last post the store must refuse
// (a precision outside the schema) and expects nothing of it kept: not
// the report, not its first post, not its source.
func testAllOrNothing(t *testing.T, s store.Store) {
	ctx := context.Background()
	r := Sample(7)
	r.Posts = append(r.Posts, report.Post{Precision: "fortnight", Text: "bad"})
	if _, err := s.SaveReport(ctx, r); err == nil {
		t.Fatal("saving a post with precision \"fortnight\" succeeded")
	}
	list, err := s.Reports(ctx, store.ReportFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 0 {
		t.Fatalf("%d reports kept after a failed save, want 0", len(list))
	}
	// The same report, mended, saves as new.
	r.Posts = r.Posts[:2]
	saved, err := s.SaveReport(ctx, r)
	if err != nil || !saved.Created {
		t.Errorf("mended save = %+v, %v", saved, err)
	}
}

// Sample returns a report with two posts whose text is made from n, so
// that different n give different reports.
func Sample(n int) *report.Report {
	input := fmt.Sprintf("Report %d\n\nWorkers at plant %d walked out on Monday.\n\nJan 5 2022 10:00\n\nA rally of %d people followed.", n, n, n)
	return &report.Report{
		Source:   report.Source{Kind: report.SourceFile, Location: fmt.Sprintf("/reports/%d.txt", n)},
		Format:   report.FormatText,
		Encoding: "utf-8",
		Title:    fmt.Sprintf("Report %d", n),
		Input:    input,
		Posts: []report.Post{
			{Author: "Ana", Precision: report.PrecisionNone, Text: fmt.Sprintf("Workers at plant %d walked out on Monday.", n), Start: 10, End: 50},
			{Author: "Бахыт", Published: time.Date(2022, 1, 5, 10, 0, 0, 0, time.UTC), Precision: report.PrecisionMinute, Quote: true,
				Text: fmt.Sprintf("A rally of %d people followed.", n), Start: 70, End: 95, URL: "https://example.org/c/1"},
		},
	}
}

func testSaveAndRead(t *testing.T, s store.Store) {
	ctx := context.Background()
	in := Sample(1)
	saved, err := s.SaveReport(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if !saved.Created || saved.ID == 0 {
		t.Fatalf("first save = %+v, want created with an id", saved)
	}
	got, err := s.Report(ctx, saved.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Hash != store.ContentHash(in) || got.PostCount != 2 || got.Title != in.Title || got.Format != in.Format || got.Size != len(in.Input) {
		t.Errorf("info = %+v", got.ReportInfo)
	}
	if got.Report.Input != in.Input {
		t.Errorf("input not kept whole")
	}
	if len(got.Sources) != 1 || got.Sources[0] != in.Source {
		t.Errorf("sources = %v, want [%v]", got.Sources, in.Source)
	}
	if len(got.Report.Posts) != len(in.Posts) {
		t.Fatalf("got %d posts, want %d", len(got.Report.Posts), len(in.Posts))
	}
	for i, want := range in.Posts {
		p := got.Report.Posts[i]
		if p.Author != want.Author || !p.Published.Equal(want.Published) || p.Precision != want.Precision ||
			p.Quote != want.Quote || p.Text != want.Text || p.Start != want.Start || p.End != want.End || p.URL != want.URL {
			t.Errorf("post %d = %+v, want %+v", i, p, want)
		}
	}
}

func testSameContent(t *testing.T, s store.Store) {
	ctx := context.Background()
	first, err := s.SaveReport(ctx, Sample(2))
	if err != nil {
		t.Fatal(err)
	}
	again, err := s.SaveReport(ctx, Sample(2))
	if err != nil {
		t.Fatal(err)
	}
	if again.Created || again.ID != first.ID {
		t.Errorf("second save of the same report = %+v, want id %d not created", again, first.ID)
	}
	moved := Sample(2)
	moved.Source = report.Source{Kind: report.SourceURL, Location: "https://example.org/2"}
	third, err := s.SaveReport(ctx, moved)
	if err != nil {
		t.Fatal(err)
	}
	if third.Created || third.ID != first.ID {
		t.Errorf("save from another source = %+v, want id %d not created", third, first.ID)
	}
	list, err := s.Reports(ctx, store.ReportFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 {
		t.Fatalf("%d reports stored, want 1", len(list))
	}
	if len(list[0].Sources) != 2 {
		t.Errorf("sources = %v, want the file and the URL", list[0].Sources)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	_, err := s.Report(context.Background(), 4242)
	if !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Report(4242) error = %v, want ErrNotFound", err)
	}
}

func testInvalid(t *testing.T, s store.Store) {
	r := Sample(3)
	r.Source = report.Source{}
	if _, err := s.SaveReport(context.Background(), r); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("save without a source: error = %v, want ErrInvalid", err)
	}
	list, err := s.Reports(context.Background(), store.ReportFilter{})
	if err != nil || len(list) != 0 {
		t.Errorf("after a refused save: %d reports, err %v", len(list), err)
	}
}

func testList(t *testing.T, s store.Store) {
	ctx := context.Background()
	for i := 10; i < 15; i++ {
		if _, err := s.SaveReport(ctx, Sample(i)); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Reports(ctx, store.ReportFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 5 || all[0].Title != "Report 14" || all[4].Title != "Report 10" {
		t.Fatalf("list = %v, want 5 newest first", titles(all))
	}
	page, err := s.Reports(ctx, store.ReportFilter{Limit: 2, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if got := titles(page); len(got) != 2 || got[0] != "Report 13" || got[1] != "Report 12" {
		t.Errorf("page = %v, want [Report 13 Report 12]", got)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				// Every worker saves the same ten reports: each must be stored once.
				if _, err := s.SaveReport(ctx, Sample(100+i)); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	list, err := s.Reports(ctx, store.ReportFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 10 {
		t.Errorf("%d reports after concurrent saves, want 10", len(list))
	}
}

func titles(list []store.ReportInfo) []string {
	var out []string
	for _, r := range list {
		out = append(out, r.Title)
	}
	return out
}
