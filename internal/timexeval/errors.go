package timexeval

import (
	"errors"
	"fmt"
)

// ErrMalformed is wrapped by every [*FormatError].
var ErrMalformed = errors.New("malformed TimeML")

// FormatError describes malformed TimeML input: the file, the line of the
// offending element (1-based, 0 when unknown) and the problem.
type FormatError struct {
	File string
	Line int
	Msg  string
	Err  error // the underlying cause, if any
}

func (e *FormatError) Error() string {
	s := e.File
	if e.Line > 0 {
		s += fmt.Sprintf(":%d", e.Line)
	}
	s += ": " + e.Msg
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns [ErrMalformed] and the underlying cause, if any.
func (e *FormatError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrMalformed}
	}
	return []error{ErrMalformed, e.Err}
}
