package geoeval

import (
	"errors"
	"fmt"
)

// ErrMalformed is wrapped by every [*FormatError].
var ErrMalformed = errors.New("malformed benchmark file")

// FormatError describes malformed benchmark input: the file, the line of the
// offending element (1-based, 0 when unknown), the article and the problem.
type FormatError struct {
	File    string
	Line    int
	Article string // article id; "" when the problem is not inside an article
	Msg     string
	Err     error // the underlying cause, if any
}

func (e *FormatError) Error() string {
	s := e.File
	if e.Line > 0 {
		s += fmt.Sprintf(":%d", e.Line)
	}
	if e.Article != "" {
		s += fmt.Sprintf(": article %s", e.Article)
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
