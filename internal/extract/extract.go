package extract

import (
	"time"

	"github.com/unrest-project/unrest/internal/report"
)

// Options for extraction.
type Options struct {
	// Published anchors relative dates in posts that carry no date of
	// their own; the zero time means none is known.
	Published time.Time
}

// Extractor finds events in reports.
type Extractor struct {
	Options Options
}

// Extract returns the events of r. No event rules exist yet (they come
// with the place and date stages), so it returns none: an empty list is
// the honest answer, an invented event never is.
func (x *Extractor) Extract(r *report.Report) []Event {
	return []Event{}
}
