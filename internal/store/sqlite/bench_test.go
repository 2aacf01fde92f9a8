package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

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
