// Package store defines how unrest keeps what it has read: sources, the
// reports read from them and their posts. Implementations live in
// sub-packages named for what they adapt (store/sqlite now, store/postgres
// for teams later); all of them pass the conformance suite in
// store/storetest.
//
// A report is stored whole or not at all, and stored once: its identity is
// the SHA-256 of its decoded text ([ContentHash]), so ingesting the same
// report again, from the same or another source, adds nothing but the
// record that the other source had it too.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"github.com/unrest-project/unrest/internal/report"
)

// Kinds of store error, wrapped with context by implementations.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid")
)

// Store keeps reports. Every method is safe for concurrent use and every
// write is one transaction.
type Store interface {
	// SaveReport stores r with its source and posts. When a report with
	// the same content is already stored, it only links r.Source to it
	// and returns its id with Created false.
	SaveReport(ctx context.Context, r *report.Report) (Saved, error)
	// Reports lists stored reports, newest first.
	Reports(ctx context.Context, f ReportFilter) ([]ReportInfo, error)
	// Report returns one stored report with its posts, or an error
	// wrapping ErrNotFound.
	Report(ctx context.Context, id int64) (*StoredReport, error)
	// Close releases the store.
	Close() error
}

// Saved tells what SaveReport did.
type Saved struct {
	ID      int64
	Created bool // false when the report was already stored
}

// ReportFilter narrows Reports. The zero value lists everything.
type ReportFilter struct {
	Limit  int // 0: no limit
	Offset int
}

// ReportInfo describes a stored report without its posts.
type ReportInfo struct {
	ID         int64
	Hash       string // ContentHash of the report
	Format     report.Format
	Encoding   string
	Title      string
	PostCount  int
	Size       int // bytes of decoded input
	IngestedAt time.Time
	Sources    []report.Source // every source it was read from, first first
}

// StoredReport is a stored report with its posts; Report.Input holds the
// decoded input the post offsets index into.
type StoredReport struct {
	ReportInfo
	Report *report.Report
}

// ContentHash is the identity of a report: the hex SHA-256 of its decoded
// input and its format, so that one file read as two formats stays two
// reports.
func ContentHash(r *report.Report) string {
	h := sha256.New()
	h.Write([]byte(r.Format))
	h.Write([]byte{0})
	h.Write([]byte(r.Input))
	return hex.EncodeToString(h.Sum(nil))
}
