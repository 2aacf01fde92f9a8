package gazetteer

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// ErrMalformed is wrapped by the errors about data that does not follow the
// layout of data/README.md.
var ErrMalformed = errors.New("malformed data")

// A DataError reports a problem with a data file: a missing or unreadable
// file, or (when Line > 0) a malformed line.
type DataError struct {
	File string // file name within the loaded file system, e.g. "places.tsv.gz"
	Line int    // 1-based line number, 0 when the problem is not on a line
	Err  error
}

func (e *DataError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("gazetteer: %s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("gazetteer: %s: %v", e.File, e.Err)
}

func (e *DataError) Unwrap() error { return e.Err }

// malformed returns a DataError for line of file that wraps ErrMalformed.
func malformed(file string, line int, format string, args ...any) error {
	return &DataError{File: file, Line: line, Err: fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)}
}

// maxTableSize bounds a data file's decompressed size, so that a corrupt
// gzip size field cannot make Load allocate without bound.
const maxTableSize = 1 << 30

// readRaw returns the bytes of the table base ("places.tsv") from fsys:
// of base+".gz" when that exists (as in the embedded data), else of base
// (as in readable test fixtures); it reports which it read.
func readRaw(fsys fs.FS, base string) (name string, raw []byte, gzipped bool, err error) {
	raw, err = fs.ReadFile(fsys, base+".gz")
	if err == nil {
		return base + ".gz", raw, true, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return base + ".gz", nil, false, &DataError{File: base + ".gz", Err: err}
	}
	if raw, err = fs.ReadFile(fsys, base); err != nil {
		return base + ".gz", nil, false, &DataError{File: base + ".gz", Err: err}
	}
	return base, raw, false, nil
}

// readTable returns the text of a small table (see readRaw).
func readTable(fsys fs.FS, base string) (name, text string, err error) {
	name, raw, gzipped, err := readRaw(fsys, base)
	if err != nil || !gzipped {
		return name, string(raw), err
	}
	ts := newTextStream(name, raw, gzipped)
	defer ts.stop()
	for text = range ts.c {
	}
	return name, text, ts.err
}

// A textStream delivers a table's text while it is decompressed, so that
// parsing can start before decompression ends: decompressing
// places.tsv.gz is the longest single step of Load. Each string received
// from c is a longer prefix of the text; all share one buffer, sized up
// front from the gzip trailer (ISIZE, the length modulo 2³²), so the text
// is written once and never copied, and bytes already sent are never
// written again. c is closed at the end, and err is then set if the text
// is incomplete.
type textStream struct {
	name string
	size int // expected length of the text
	c    chan string
	quit chan struct{}
	err  error
}

// streamChunk is how much text the decompressor writes between two sends.
const streamChunk = 512 << 10

// newTextStream starts delivering the text of raw (gzip-compressed if
// gzipped). The caller must call stop when done with it.
func newTextStream(name string, raw []byte, gzipped bool) *textStream {
	ts := &textStream{name: name, size: len(raw), c: make(chan string, 4), quit: make(chan struct{})}
	if !gzipped {
		ts.c <- string(raw)
		close(ts.c)
		return ts
	}
	if n := len(raw); n >= 4 {
		if size := int(binary.LittleEndian.Uint32(raw[n-4:])); size < maxTableSize {
			ts.size = size
		}
	}
	go ts.gunzip(raw)
	return ts
}

// gunzip decompresses raw into the stream.
func (ts *textStream) gunzip(raw []byte) {
	defer close(ts.c)
	fail := func(err error) { ts.err = &DataError{File: ts.name, Err: err} }
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		fail(err)
		return
	}
	var sb strings.Builder
	sb.Grow(ts.size)
	buf := make([]byte, streamChunk)
	for {
		n, err := fill(zr, buf)
		sb.Write(buf[:n])
		if sb.Len() > maxTableSize {
			fail(errors.New("larger than 1 GiB"))
			return
		}
		if err == io.EOF {
			break // gzip checked the length and checksum
		}
		if err != nil {
			fail(err)
			return
		}
		select {
		case ts.c <- sb.String():
		case <-ts.quit:
			return
		}
	}
	select {
	case ts.c <- sb.String():
	case <-ts.quit:
	}
}

// fill reads from r until buf is full or r fails; unlike io.ReadFull, it
// returns r's own error (io.EOF at a clean end, io.ErrUnexpectedEOF for a
// truncated gzip stream).
func fill(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// stop releases the decompressing goroutine when the consumer gives up.
func (ts *textStream) stop() { close(ts.quit) }

// splitFields splits line at tabs into f and returns the number of fields,
// or len(f)+1 when there are more than len(f).
func splitFields(line string, f []string) int {
	n := 0
	for {
		i := strings.IndexByte(line, '\t')
		if n == len(f) {
			return n + 1
		}
		if i < 0 {
			f[n] = line
			return n + 1
		}
		f[n] = line[:i]
		line = line[i+1:]
		n++
	}
}

// nextLine returns the line of text starting at i (without its "\n" and a
// trailing "\r") and the index after it.
func nextLine(text string, i int) (line string, next int) {
	j := strings.IndexByte(text[i:], '\n')
	if j < 0 {
		line, next = text[i:], len(text)
	} else {
		line, next = text[i:i+j], i+j+1
	}
	return strings.TrimSuffix(line, "\r"), next
}

// forEachName calls fn for each '|'-separated name of a list field,
// skipping empty ones.
func forEachName(list string, fn func(string)) {
	for list != "" {
		name := list
		if i := strings.IndexByte(list, '|'); i >= 0 {
			name, list = list[:i], list[i+1:]
		} else {
			list = ""
		}
		if name != "" {
			fn(name)
		}
	}
}
