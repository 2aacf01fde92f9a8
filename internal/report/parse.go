package report

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"
	"time"
)

// DefaultMaxSize is the largest input read when Options.MaxSize is zero.
// Reports are text: 64 MiB is far beyond any thread or export we have seen
// and keeps a mistaken multi-gigabyte file from exhausting memory.
const DefaultMaxSize = 64 << 20

// DateOrder says how to read all-numeric dates such as 05/01/2022.
type DateOrder string

// Date orders. DateOrderAuto decides from the values in the input (a first
// number above 12 can only be a day; posts of a thread run forward in time)
// and falls back to day-first, the order most of the world writes.
const (
	DateOrderAuto DateOrder = ""
	DateOrderDMY  DateOrder = "dmy"
	DateOrderMDY  DateOrder = "mdy"
)

// Options control parsing. The zero value sniffs the format, decides the
// date order from the input and reads times without a zone as UTC.
type Options struct {
	// Format forces a reader; empty means sniff the content.
	Format Format
	// DateOrder for all-numeric dates; see DateOrder.
	DateOrder DateOrder
	// Location for times written without a zone; nil means UTC.
	Location *time.Location
	// MaxSize is the largest input accepted, in bytes; 0 means DefaultMaxSize.
	MaxSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return DefaultMaxSize
}

func (o Options) location() *time.Location {
	if o.Location != nil {
		return o.Location
	}
	return time.UTC
}

// input is what a format reader receives.
type input struct {
	name string // for errors
	raw  []byte // the bytes as read
	text string // raw decoded to UTF-8
	opts Options
}

// errorf returns an InputError for this input at byte offset off (0 for
// none), computing the line number from the offset.
func (in *input) errAt(off int, err error) error {
	e := &InputError{Name: in.name, Err: err}
	if off > 0 && off <= len(in.text) {
		e.Offset = off
		e.Line = 1 + strings.Count(in.text[:off], "\n")
	}
	return e
}

type reader func(in *input) (*Report, error)

func readerFor(f Format) (reader, bool) {
	switch f {
	case FormatText:
		return readText, true
	case FormatHTML:
		return readHTML, true
	case FormatFeed:
		return readFeed, true
	case FormatTelegram:
		return readTelegram, true
	case FormatEmail:
		return readEmail, true
	}
	return nil, false
}

// ParseFormat checks a --input-format value.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if f == "" || f == "auto" {
		return "", nil
	}
	if _, ok := readerFor(f); !ok {
		return "", fmt.Errorf("%w %q (want one of %s)", ErrUnknownFormat, s, formatList())
	}
	return f, nil
}

func formatList() string {
	var names []string
	for _, f := range Formats {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

// Parse reads one report from data. name is the file path, URL or "-" the
// data came from; it names the input in errors and its extension is a hint
// to the format. The returned report's Source is left for the caller to set
// (Load sets it).
func Parse(name string, data []byte, opts Options) (*Report, error) {
	if int64(len(data)) > opts.maxSize() {
		return nil, &InputError{Name: name, Err: fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(data), opts.maxSize())}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &InputError{Name: name, Err: ErrEmpty}
	}
	text, enc, err := decode(data)
	if err != nil {
		return nil, &InputError{Name: name, Err: err}
	}
	in := &input{name: name, raw: data, text: text, opts: opts}
	format := opts.Format
	if format == "" {
		format = sniff(text, path.Ext(strings.ToLower(name)))
	}
	read, ok := readerFor(format)
	if !ok {
		return nil, &InputError{Name: name, Err: fmt.Errorf("%w %q", ErrUnknownFormat, format)}
	}
	r, err := read(in)
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) {
			err = &InputError{Name: name, Err: err}
		}
		return nil, err
	}
	r.Format = format
	if r.Encoding == "" {
		r.Encoding = enc
	}
	r.Input = text
	for i := range r.Posts {
		p := &r.Posts[i]
		if p.Precision == "" {
			p.Precision = PrecisionNone
		}
		if p.Precision == PrecisionNone {
			p.Published = time.Time{}
		} else {
			p.Published = p.Published.UTC()
		}
	}
	return r, nil
}
