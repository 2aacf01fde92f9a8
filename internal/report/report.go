package report

import (
	"time"
)

// Format names an input format, as accepted by --input-format.
type Format string

// The formats this package reads.
const (
	FormatText     Format = "text"     // plain-text article or forum thread
	FormatHTML     Format = "html"     // a web page
	FormatFeed     Format = "feed"     // RSS 2.0, RSS 1.0 or Atom
	FormatTelegram Format = "telegram" // Telegram Desktop export, result.json
	FormatEmail    Format = "email"    // RFC 5322 message (.eml)
)

// Formats lists every format in the order help texts show them.
var Formats = []Format{FormatText, FormatHTML, FormatFeed, FormatTelegram, FormatEmail}

// SourceKind says where a report came from.
type SourceKind string

// Kinds of source.
const (
	SourceFile       SourceKind = "file"
	SourceURL        SourceKind = "url"
	SourceStdin      SourceKind = "stdin"
	SourceFeed       SourceKind = "feed"
	SourceSubmission SourceKind = "submission"
)

// Source identifies where a report was read from: a file path, a URL, "-"
// for standard input, or a submission id.
type Source struct {
	Kind     SourceKind `json:"kind"`
	Location string     `json:"location"`
}

// Precision says how much of a published time is known.
type Precision string

// Precisions of a published time. A time with PrecisionNone is the zero time.
const (
	PrecisionNone   Precision = "none"
	PrecisionDay    Precision = "day"
	PrecisionMinute Precision = "minute"
)

// Report is one input document: an article with its comments, a feed, a
// channel export, a message.
type Report struct {
	Source   Source `json:"source"`
	Format   Format `json:"format"`
	Encoding string `json:"encoding"` // the input's encoding before decoding, e.g. "utf-8", "windows-1251"
	Title    string `json:"title"`
	// Input is the whole input decoded to UTF-8 (not normalised); post
	// offsets index into it.
	Input string `json:"-"`
	Posts []Post `json:"posts"`
}

// Post is one dated piece of text by one author: an article, a comment, a
// feed item, a channel message, an e-mail body or a quoted block in one.
type Post struct {
	Author string `json:"author"`
	// Published is when the post was published, in UTC; the zero time when
	// Precision is PrecisionNone. With PrecisionDay only the date counts.
	Published time.Time `json:"published"`
	Precision Precision `json:"precision"`
	// Quote is set when the post only repeats or quotes earlier material (a
	// pull-quote of the article, a quoted reply, a forwarded message) and so
	// brings no new text of its author.
	Quote bool `json:"quote"`
	// Text is in Unicode NFC, lines joined within a paragraph as the input
	// had them, paragraphs separated by one blank line.
	Text string `json:"text"`
	// Start and End are the byte offsets in Report.Input of the passage the
	// text was read from (for markup formats, the element or item holding it).
	Start int `json:"start"`
	End   int `json:"end"`
	// URL is the post's own address where the input gives one (a feed
	// item's link, a message's permalink).
	URL string `json:"url,omitempty"`
}

// HasTime reports whether the post's published time is known.
func (p Post) HasTime() bool { return p.Precision != "" && p.Precision != PrecisionNone }
