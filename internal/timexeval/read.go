package timexeval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Load reads every .tml file of dir, sorted by file name. A folder with no
// .tml file is an error; so is any malformed file (a [*FormatError]).
func Load(dir string) (*Dataset, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, fmt.Errorf("timexeval: load %s: %w", dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("timexeval: load %s: %w", dir, os.ErrNotExist)
	}
	slices.Sort(names)
	ds := &Dataset{Dir: dir}
	for _, name := range names {
		doc, err := loadFile(name)
		if err != nil {
			return nil, fmt.Errorf("timexeval: load: %w", err)
		}
		ds.Docs = append(ds.Docs, doc)
	}
	return ds, nil
}

func loadFile(name string) (*Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Decode(f, name)
}

// Decode reads one TimeML document from r; name is the file name used in
// errors and, when the document has no DOCID, as its ID.
//
// The document needs a DCT holding a TIMEX3 whose value starts with a date
// (YYYY-MM-DD) and exactly one TEXT. Document.Text is the character data of
// TEXT with all tags (EVENT, SIGNAL, TIMEX3 …) removed; each TIMEX3 inside
// TEXT, at any depth, becomes a gold [Timex]. A TIMEX3 inside another, one
// with an unknown type or no value is a [*FormatError]. An empty TIMEX3
// (TimeML's non-consuming expression) has no span and is left out. TIMEX3
// elements outside TEXT and DCT (in a TITLE, say) are ignored, since the
// tagger never sees that text.
func Decode(r io.Reader, name string) (*Document, error) {
	p := &parser{file: name, dec: xml.NewDecoder(r)}
	// HTML entities such as &nbsp; are decoded rather than rejected.
	p.dec.Entity = xml.HTMLEntity
	if err := p.run(); err != nil {
		return nil, err
	}
	return p.doc, nil
}

// parser walks the XML tokens of one document.
type parser struct {
	file string
	dec  *xml.Decoder
	doc  *Document

	stack   []string        // names of the open elements
	text    strings.Builder // TEXT character data so far
	pos     int             // code points in text
	inText  int             // depth of TEXT elements open (0 or 1)
	seenTxt bool
	docID   strings.Builder
	dct     string // value of the DCT's TIMEX3
	dctLine int
	timex   *openTimex // the TIMEX3 open inside TEXT, if any
	spans   []string   // gold span texts, as read, for the final check
}

// openTimex is a gold TIMEX3 whose end tag has not been read yet.
type openTimex struct {
	Timex
	line int
	text strings.Builder
}

func (p *parser) fail(line int, err error, format string, args ...any) error {
	if line == 0 {
		line, _ = p.dec.InputPos()
	}
	return &FormatError{File: p.file, Line: line, Msg: fmt.Sprintf(format, args...), Err: err}
}

func (p *parser) run() error {
	p.doc = &Document{File: p.file}
	for {
		tok, err := p.dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return p.fail(se.Line, err, "bad XML")
			}
			return p.fail(0, err, "read")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := p.start(t); err != nil {
				return err
			}
		case xml.EndElement:
			if err := p.end(t); err != nil {
				return err
			}
		case xml.CharData:
			p.charData(t)
		}
	}
	return p.finish()
}

func (p *parser) start(t xml.StartElement) error {
	name := t.Name.Local
	p.stack = append(p.stack, name)
	switch {
	case name == "TEXT":
		if p.seenTxt {
			return p.fail(0, nil, "second TEXT element")
		}
		p.seenTxt = true
		p.inText++
	case name == "TIMEX3" && p.inText > 0:
		if p.timex != nil {
			return p.fail(0, nil, "TIMEX3 inside TIMEX3 %q", p.timex.text.String())
		}
		line, _ := p.dec.InputPos()
		p.timex = &openTimex{Timex: Timex{Start: p.pos, Type: attr(t, "type"), Value: attr(t, "value")}, line: line}
	case name == "TIMEX3" && slices.Contains(p.stack, "DCT"):
		p.dct = attr(t, "value")
		p.dctLine, _ = p.dec.InputPos()
	}
	return nil
}

func (p *parser) end(t xml.EndElement) error {
	// The decoder has already checked that t closes the last open element.
	p.stack = p.stack[:len(p.stack)-1]
	switch {
	case t.Name.Local == "TEXT":
		p.inText--
	case t.Name.Local == "TIMEX3" && p.timex != nil:
		tx := p.timex
		p.timex = nil
		tx.End = p.pos
		if tx.End == tx.Start {
			return nil
		}
		if !slices.Contains(Types[:], tx.Type) {
			return p.fail(tx.line, nil, "TIMEX3 %q: type %q is not DATE, TIME, DURATION or SET", tx.text.String(), tx.Type)
		}
		if strings.TrimSpace(tx.Value) == "" {
			return p.fail(tx.line, nil, "TIMEX3 %q: no value", tx.text.String())
		}
		p.doc.Gold = append(p.doc.Gold, tx.Timex)
		p.spans = append(p.spans, tx.text.String())
	}
	return nil
}

func (p *parser) charData(t xml.CharData) {
	if p.inText > 0 {
		p.text.Write(t)
		p.pos += utf8.RuneCount(t)
		if p.timex != nil {
			p.timex.text.Write(t)
		}
		return
	}
	if len(p.stack) > 0 && p.stack[len(p.stack)-1] == "DOCID" {
		p.docID.Write(t)
	}
}

// finish checks the document as a whole: a DCT, a TEXT, and every gold span
// holding the text it enclosed.
func (p *parser) finish() error {
	if !p.seenTxt {
		return p.fail(0, nil, "no TEXT element")
	}
	if p.dct == "" {
		return p.fail(0, nil, "no DCT with a TIMEX3 value")
	}
	dct, err := parseDCT(p.dct)
	if err != nil {
		return p.fail(p.dctLine, err, "DCT value %q", p.dct)
	}
	d := p.doc
	d.DCT = dct
	d.Text = p.text.String()
	d.ID = strings.TrimSpace(p.docID.String())
	if d.ID == "" {
		d.ID = strings.TrimSuffix(filepath.Base(p.file), filepath.Ext(p.file))
	}
	runes := []rune(d.Text)
	for i, g := range d.Gold {
		if got := string(runes[g.Start:g.End]); got != p.spans[i] {
			return p.fail(0, nil, "gold TIMEX3 %d: text at [%d,%d) is %q, want %q", i+1, g.Start, g.End, got, p.spans[i])
		}
	}
	return nil
}

// parseDCT reads the day of a DCT value such as 2013-03-22 or
// 2013-03-22T09:30:00; the time of day, when given, is dropped.
func parseDCT(v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if len(v) > 10 && v[10] == 'T' {
		v = v[:10]
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, fmt.Errorf("want YYYY-MM-DD: %w", err)
	}
	return t, nil
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
