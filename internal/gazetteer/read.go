package gazetteer

import (
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"strings"
	"sync"
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

// openTable opens the table base ("places.tsv") in fsys: base+".gz" when
// that exists (as in the embedded data), else base (as in readable test
// fixtures). It returns the name it opened.
func openTable(fsys fs.FS, base string) (name string, f fs.File, gzipped bool, err error) {
	f, err = fsys.Open(base + ".gz")
	if err == nil {
		return base + ".gz", f, true, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return base + ".gz", nil, false, &DataError{File: base + ".gz", Err: err}
	}
	if f, err = fsys.Open(base); err != nil {
		return base + ".gz", nil, false, &DataError{File: base + ".gz", Err: err}
	}
	return base, f, false, nil
}

// readTable returns the text of a small table (see openTable).
func readTable(fsys fs.FS, base string) (name, text string, err error) {
	name, f, gzipped, err := openTable(fsys, base)
	if err != nil {
		return name, "", err
	}
	ts := newTextStream(name, f, gzipped)
	defer ts.stop()
	text, _, err = ts.wait(math.MaxInt)
	return name, text, err
}

// A textStream delivers a table's text while it is decompressed, so that
// parsing can start before decompression ends (a large gzipped
// places.tsv.gz given to LoadFrom; the embedded table is plain, and
// completeText hands it over whole). Readers wait for the
// text to grow past a length and get the text so far: each is a longer
// prefix of the text, and all share one buffer, sized up front from the
// gzip trailer (ISIZE, the length modulo 2³²), so the text is written once
// and never copied, and bytes already published are never written again.
type textStream struct {
	name string
	size int // expected length of the text, 0 if unknown

	mu   sync.Mutex
	grew sync.Cond // signalled when text grows or the stream ends
	text string    // the text so far
	done bool      // text is complete, or err is set
	quit bool      // the readers gave up
	err  error
}

// streamChunk is how much text the decompressor writes between two
// publications.
const streamChunk = 256 << 10

// newTextStream starts delivering the text of f (gzip-compressed if
// gzipped), which it closes. The caller must call stop when done with it.
func newTextStream(name string, f fs.File, gzipped bool) *textStream {
	ts := &textStream{name: name}
	ts.grew.L = &ts.mu
	if !gzipped {
		b, err := io.ReadAll(f)
		f.Close()
		ts.text, ts.size, ts.done = string(b), len(b), true
		if err != nil {
			ts.err = &DataError{File: name, Err: err}
		}
		return ts
	}
	// The embedded files, os.DirFS's and fstest's can all read at an
	// offset; the size is only a hint, so others simply go without.
	if ra, ok := f.(io.ReaderAt); ok {
		if st, err := f.Stat(); err == nil && st.Size() >= 4 {
			var trailer [4]byte
			if _, err := ra.ReadAt(trailer[:], st.Size()-4); err == nil {
				if size := int(binary.LittleEndian.Uint32(trailer[:])); size < maxTableSize {
					ts.size = size
				}
			}
		}
	}
	go ts.gunzip(f)
	return ts
}

// completeText returns a stream whose text is all there: text, named name.
func completeText(name, text string) *textStream {
	ts := &textStream{name: name, size: len(text), text: text, done: true}
	ts.grew.L = &ts.mu
	return ts
}

// now returns the text so far and whether it is complete.
func (ts *textStream) now() (text string, done bool) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.text, ts.done && ts.err == nil
}

// wait blocks until the text is longer than n bytes or complete, and
// returns the text so far and whether it is complete; err is set when the
// stream failed.
func (ts *textStream) wait(n int) (text string, done bool, err error) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	for len(ts.text) <= n && !ts.done {
		ts.grew.Wait()
	}
	return ts.text, ts.done, ts.err
}

// publish makes text (and the end of the stream, with err, if done)
// visible to readers; it reports whether they still want more.
func (ts *textStream) publish(text string, done bool, err error) bool {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.text, ts.done, ts.err = text, done, err
	ts.grew.Broadcast()
	return !ts.quit
}

// stop tells the decompressing goroutine that the readers gave up.
func (ts *textStream) stop() {
	ts.mu.Lock()
	ts.quit = true
	ts.mu.Unlock()
}

// gunzip decompresses f into the stream and closes f.
func (ts *textStream) gunzip(f fs.File) {
	defer f.Close()
	var sb strings.Builder
	fail := func(err error) { ts.publish(sb.String(), true, &DataError{File: ts.name, Err: err}) }
	zr, err := gzip.NewReader(f)
	if err != nil {
		fail(err)
		return
	}
	sb.Grow(ts.size)
	buf := make([]byte, streamChunk)
	for {
		n, err := fill(zr, buf)
		sb.Write(buf[:n])
		switch {
		case sb.Len() > maxTableSize:
			fail(errors.New("larger than 1 GiB"))
			return
		case err == io.EOF: // gzip checked the length and checksum
			ts.publish(sb.String(), true, nil)
			return
		case err != nil:
			fail(err)
			return
		}
		if !ts.publish(sb.String(), false, nil) {
			return
		}
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
