package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/store/sqlite"
	"github.com/unrest-project/unrest/internal/store/storetest"
)

// BenchmarkSaveReport measures storing a new two-post report, one
// transaction each, on a file database in WAL mode.
func BenchmarkSaveReport(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := db.SaveReport(ctx, storetest.Sample(i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkSaveKnownReport measures the second ingest of a report that is
// already stored: the hash lookup and the source link.
func BenchmarkSaveKnownReport(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	r := storetest.Sample(1)
	if _, err := db.SaveReport(ctx, r); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := db.SaveReport(ctx, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSaveEvents measures saving the events of a new report into a
// store that already holds many: five events, each looked up among the
// stored ones of its type and days, about half merged.
func BenchmarkSaveEvents(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	places := []extract.Place{storetest.Minsk, storetest.Salihorsk, storetest.Antwerp}
	types := []extract.Type{extract.Protest, extract.Strike, extract.Arrests, extract.Riot, extract.Blockade}
	day := func(i int) string {
		return time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365).Format(time.DateOnly)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		b.StopTimer()
		saved, err := db.SaveReport(ctx, storetest.Sample(i))
		if err != nil {
			b.Fatal(err)
		}
		evs := make([]extract.Event, len(types))
		for j, typ := range types {
			d := day(i*7 + j)
			evs[j] = storetest.SampleEvent(typ, places[(i+j)%len(places)], d, d, j)
		}
		b.StartTimer()
		if _, err := db.SaveEvents(ctx, saved.ID, evs); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
