// Package store defines how unrest keeps what it has read: sources, the
// reports read from them and their posts, and the events read from the
// reports, merged across them. Implementations live in
// sub-packages named for what they adapt (store/sqlite now, store/postgres
// for teams later); all of them pass the conformance suite in
// store/storetest.
//
// A report is stored whole or not at all, and stored once: its identity is
// the SHA-256 of its decoded text ([ContentHash]), so ingesting the same
// report again, from the same or another source, adds nothing but the
// record that the other source had it too.
//
// Events are saved per report ([Store.SaveEvents]), once per report: each
// is merged into a stored event that tells the same event (by
// incident.Same and incident.Absorb) or stored as a new one, so a
// stored event gathers the evidence of every report that tells it.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/report"
)

// Kinds of store error, wrapped with context by implementations.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid")
)

// Store keeps reports and their events. Every method is safe for
// concurrent use and every write is one transaction.
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

	// SaveEvents stores the events of report reportID (as incident.Merge
	// returns them for the report) in one transaction. Every evidence
	// gets Report = reportID; then each event is absorbed into a stored
	// event that incident.Same says tells it (the one stored first when
	// several do), else stored as a new one. It runs once per report:
	// when events of reportID were already saved it changes nothing and
	// returns Skipped. An event that fails extract.Event.Validate fails
	// the whole call with an error wrapping ErrInvalid, an unknown report
	// one wrapping ErrNotFound; either way nothing is kept.
	SaveEvents(ctx context.Context, reportID int64, events []extract.Event) (EventsSaved, error)
	// Events lists stored events by date (start, then type, place and
	// id), each with all its evidence. A filter naming a type outside
	// the taxonomy or a day not written YYYY-MM-DD is refused with an
	// error wrapping ErrInvalid.
	Events(ctx context.Context, f EventFilter) ([]StoredEvent, error)
	// Event returns one stored event with its evidence, or an error
	// wrapping ErrNotFound.
	Event(ctx context.Context, id int64) (*StoredEvent, error)

	// Close releases the store.
	Close() error
}

// Saved tells what SaveReport did.
type Saved struct {
	ID      int64
	Created bool // false when the report was already stored
	// EventsSaved is set when SaveEvents has already run for the report:
	// its events are stored and it need not be read for events again. A
	// known report without it (stored without events, or by a run that
	// stopped between the two saves) still needs them.
	EventsSaved bool
}

// EventsSaved tells what SaveEvents did.
type EventsSaved struct {
	Created int // events stored as new
	Merged  int // events absorbed into stored ones
	// IDs are the stored events the given events went into, in the
	// order given.
	IDs []int64
	// Skipped is set when the report's events were already saved: the
	// call changed nothing.
	Skipped bool
}

// EventFilter narrows Events. The zero value lists everything.
type EventFilter struct {
	Type    extract.Type // "": every type
	Country string       // ISO 3166-1 alpha-2 code of the place, any case; "": every country
	// Since and Until (ISO days, YYYY-MM-DD, inclusive) keep the events
	// whose span meets [Since, Until]; "" leaves that side open.
	Since, Until string
	Report       int64 // 0: any; else only events with evidence from this report
	Limit        int   // 0: no limit
	Offset       int
}

// StoredEvent is a stored event with its store id. Its evidence carries
// the id of the report each passage was read from.
type StoredEvent struct {
	ID int64 `json:"id"`
	extract.Event
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
