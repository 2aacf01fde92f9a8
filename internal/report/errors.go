package report

import (
	"errors"
	"fmt"
)

// Kinds of bad input. An [*InputError] wraps one of them.
var (
	ErrEmpty         = errors.New("empty input")
	ErrBinary        = errors.New("binary data, not text")
	ErrTooLarge      = errors.New("input too large")
	ErrTruncated     = errors.New("input truncated")
	ErrUnknownFormat = errors.New("unknown format")
	ErrMalformed     = errors.New("malformed input")
	ErrEncoding      = errors.New("undecodable text")
	ErrFetch         = errors.New("fetch failed")
)

// InputError describes bad input: which input, where in it (when known) and
// what is wrong. Line is 1-based and Offset a byte offset; both are zero when
// unknown.
type InputError struct {
	Name   string // file path, URL or "-"
	Line   int
	Offset int
	Err    error
}

func (e *InputError) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
	case e.Offset > 0:
		return fmt.Sprintf("%s: byte %d: %v", e.Name, e.Offset, e.Err)
	default:
		return fmt.Sprintf("%s: %v", e.Name, e.Err)
	}
}

func (e *InputError) Unwrap() error { return e.Err }

// malformed returns an error of kind ErrMalformed with a message.
func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
}
