package main

import (
	"bufio"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/unrest-project/unrest/internal/store"
	"github.com/unrest-project/unrest/internal/store/sqlite"
)

// TestIngestSurvivesKill kills an ingest of 1,000 reports midway with
// SIGKILL (no chance to clean up), then checks that the database is
// consistent — every stored report has all its posts and its source — and
// that a rerun stores exactly the rest.
func TestIngestSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "unrest")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	in := filepath.Join(dir, "reports")
	const total = 1000
	for i := range total {
		body := fmt.Sprintf("Report %d\n\nWorkers at depot %d stopped work.\n\nJan %d 2022 %02d:%02d\n\nA rally of %d people followed in the evening.\n\nFeb 1 2022 10:00\n\nPolice detained %d.\n",
			i, i, 1+i%28, i%24, i%60, 100+i, i%17)
		writeFile(t, in, fmt.Sprintf("r%04d.txt", i), body)
	}
	db := filepath.Join(dir, "u.db")

	cmd := exec.Command(bin, "ingest", "--db", db, in)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	seen := 0
	for sc.Scan() && seen < 100 {
		if strings.HasPrefix(sc.Text(), "new") {
			seen++
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if seen < 100 {
		t.Fatalf("ingest printed only %d new reports before it ended", seen)
	}

	stored := checkConsistent(t, db)
	t.Logf("killed after %d reports were stored", stored)
	if stored < 100 || stored >= total {
		t.Fatalf("%d reports stored after the kill, want at least 100 and fewer than %d", stored, total)
	}

	out, err := exec.Command(bin, "ingest", "--quiet", "--db", db, in).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	want := fmt.Sprintf("%d new, %d already known, 0 failed", total-stored, stored)
	if !strings.Contains(string(out), want) {
		t.Errorf("rerun said %q, want %q", out, want)
	}
	if n := checkConsistent(t, db); n != total {
		t.Errorf("%d reports after the rerun, want %d", n, total)
	}
}

// checkConsistent opens the database as a later run would and checks it,
// returning how many reports it holds.
func checkConsistent(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.SQL().QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	rows, err := db.SQL().QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	if rows.Next() {
		t.Error("foreign_key_check found dangling rows")
	}
	rows.Close()
	var bad int
	err = db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM reports r
		WHERE r.post_count != (SELECT count(*) FROM posts p WHERE p.report_id = r.id)
		   OR NOT EXISTS (SELECT 1 FROM report_sources s WHERE s.report_id = r.id)`).Scan(&bad)
	if err != nil {
		t.Fatal(err)
	}
	if bad > 0 {
		t.Errorf("%d reports stored without all their posts or their source", bad)
	}
	list, err := db.Reports(ctx, store.ReportFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range list {
		if r.PostCount != 3 {
			t.Errorf("report %d (%s) has %d posts, want 3", r.ID, r.Title, r.PostCount)
			break
		}
	}
	return len(list)
}
