package geoeval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Load reads a GeoWebNews, TR-News or LGL file. The shape is recognised from
// the content; the name comes from the file name (GWN.xml is "GeoWebNews",
// TR-News.xml "TR-News", lgl.xml "LGL"). Malformed input is a [*FormatError].
func Load(path string) (*Dataset, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("geoeval: load %s: %w", path, err)
	}
	defer f.Close()
	ds, err := Decode(f, path)
	if err != nil {
		return nil, fmt.Errorf("geoeval: load: %w", err)
	}
	return ds, nil
}

// Decode reads a benchmark file from r; name is used in errors and for the
// dataset's name. Offsets are converted to code points when the file counts
// bytes or UTF-16 units, and every gold span is checked against its phrase
// (see [OffsetCheck]); a mismatch is counted, never an error.
func Decode(r io.Reader, name string) (*Dataset, error) {
	var file xmlFile
	d := xml.NewDecoder(r)
	if err := d.Decode(&file); err != nil {
		return nil, decodeError(name, d, err)
	}
	p := parser{file: name}
	ds, err := p.dataset(file.Articles)
	if err != nil {
		return nil, err
	}
	ds.Name = datasetName(name)
	ds.Offsets = align(ds.Articles)
	return ds, nil
}

// datasetName names the three benchmarks as their authors do.
func datasetName(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	switch strings.ToLower(base) {
	case "gwn", "geowebnews":
		return "GeoWebNews"
	case "tr-news", "trnews":
		return "TR-News"
	case "lgl":
		return "LGL"
	}
	return base
}

func decodeError(name string, d *xml.Decoder, err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return &FormatError{File: name, Line: se.Line, Msg: "XML syntax", Err: err}
	}
	line, _ := d.InputPos()
	if errors.Is(err, io.EOF) {
		return &FormatError{File: name, Line: line, Msg: "no <articles> element", Err: err}
	}
	return &FormatError{File: name, Line: line, Msg: "not a GeoWebNews, TR-News or LGL file", Err: err}
}

// The XML as both shapes have it; pointers tell an absent element from an empty one.
type xmlFile struct {
	XMLName  xml.Name     `xml:"articles"`
	Articles []xmlArticle `xml:"article"`
}

type xmlArticle struct {
	line     int
	File     *string      `xml:"file,attr"`  // GWN
	DocID    *string      `xml:"docid,attr"` // TR-News, LGL
	Text     *string      `xml:"text"`
	Toponyms []xmlToponym `xml:"toponyms>toponym"`
}

type xmlToponym struct {
	line  int
	Start *string `xml:"start"`
	End   *string `xml:"end"`
	// GWN
	ExtractedName *string `xml:"extractedName"`
	Type          *string `xml:"type"`
	NonLocational string  `xml:"nonLocational"`
	GeonamesID    string  `xml:"geonamesID"`
	Latitude      *string `xml:"latitude"`
	Longitude     *string `xml:"longitude"`
	// TR-News, LGL
	Phrase *string    `xml:"phrase"`
	Gaztag *xmlGaztag `xml:"gaztag"`
}

type xmlGaztag struct {
	ID  string  `xml:"geonameid,attr"`
	Lat *string `xml:"lat"`
	Lon *string `xml:"lon"`
}

// UnmarshalXML records the line of the <article> start tag for errors.
func (a *xmlArticle) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	line, _ := d.InputPos()
	type plain xmlArticle
	if err := d.DecodeElement((*plain)(a), &start); err != nil {
		return err
	}
	a.line = line
	return nil
}

// UnmarshalXML records the line of the <toponym> start tag for errors.
func (t *xmlToponym) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	line, _ := d.InputPos()
	type plain xmlToponym
	if err := d.DecodeElement((*plain)(t), &start); err != nil {
		return err
	}
	t.line = line
	return nil
}

// parser turns the decoded XML into a Dataset, naming file, line and article in errors.
type parser struct {
	file   string
	format Format
}

func (p *parser) errorf(line int, article, format string, args ...any) error {
	return &FormatError{File: p.file, Line: line, Article: article, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) wrap(line int, article, msg string, err error) error {
	return &FormatError{File: p.file, Line: line, Article: article, Msg: msg, Err: err}
}

func (p *parser) dataset(arts []xmlArticle) (*Dataset, error) {
	if len(arts) == 0 {
		return nil, p.errorf(0, "", "no <article> elements")
	}
	p.format = detectFormat(arts)
	ds := &Dataset{Format: p.format, Articles: make([]Article, 0, len(arts))}
	for i, xa := range arts {
		a, err := p.article(i, xa)
		if err != nil {
			return nil, err
		}
		ds.Articles = append(ds.Articles, a)
	}
	return ds, nil
}

// detectFormat decides by the first toponym, or by the article attributes
// when no article has any.
func detectFormat(arts []xmlArticle) Format {
	for _, a := range arts {
		for _, t := range a.Toponyms {
			if t.ExtractedName != nil {
				return FormatGWN
			}
			if t.Phrase != nil {
				return FormatTRNews
			}
		}
	}
	if arts[0].File != nil {
		return FormatGWN
	}
	return FormatTRNews
}

func (p *parser) article(i int, xa xmlArticle) (Article, error) {
	id := fmt.Sprintf("#%d", i+1)
	switch {
	case p.format == FormatGWN && xa.File != nil:
		id = *xa.File
	case p.format == FormatTRNews && xa.DocID != nil:
		id = *xa.DocID
	}
	if xa.Text == nil {
		return Article{}, p.errorf(xa.line, id, "missing <text>")
	}
	a := Article{ID: id, Text: *xa.Text, Gold: make([]Toponym, 0, len(xa.Toponyms))}
	for j, xt := range xa.Toponyms {
		t, err := p.toponym(xt)
		if err != nil {
			return Article{}, p.wrap(xt.line, id, fmt.Sprintf("toponym %d", j+1), err)
		}
		a.Gold = append(a.Gold, t)
	}
	return a, nil
}

func (p *parser) toponym(xt xmlToponym) (Toponym, error) {
	var t Toponym
	var err error
	if t.Start, err = offset("start", xt.Start); err != nil {
		return t, err
	}
	if t.End, err = offset("end", xt.End); err != nil {
		return t, err
	}
	if p.format == FormatGWN {
		err = gwnToponym(&t, xt)
	} else {
		err = trToponym(&t, xt)
	}
	return t, err
}

func gwnToponym(t *Toponym, xt xmlToponym) error {
	if xt.ExtractedName == nil {
		return errors.New("missing <extractedName> (a TR-News toponym in a GeoWebNews file?)")
	}
	if t.Text = *xt.ExtractedName; t.Text == "" {
		return errors.New("empty <extractedName>")
	}
	if xt.Type == nil {
		return errors.New("missing <type>")
	}
	t.Type = strings.TrimSpace(*xt.Type)
	if _, ok := typeClass[t.Type]; !ok {
		return fmt.Errorf("unknown <type> %q", t.Type)
	}
	switch v := strings.TrimSpace(xt.NonLocational); v {
	case "Yes":
		t.NonLocational = true
	case "No", "":
	default:
		return fmt.Errorf("<nonLocational> %q is neither Yes nor No", v)
	}
	var err error
	if t.GeonamesID, err = geonamesID(xt.GeonamesID); err != nil {
		return err
	}
	return coords(t, xt.Latitude, xt.Longitude)
}

func trToponym(t *Toponym, xt xmlToponym) error {
	if xt.Phrase == nil {
		return errors.New("missing <phrase> (a GeoWebNews toponym in a TR-News file?)")
	}
	if t.Text = *xt.Phrase; t.Text == "" {
		return errors.New("empty <phrase>")
	}
	if xt.Gaztag == nil {
		return nil // no gazetteer entry: recognition only
	}
	var err error
	if t.GeonamesID, err = geonamesID(xt.Gaztag.ID); err != nil {
		return err
	}
	return coords(t, xt.Gaztag.Lat, xt.Gaztag.Lon)
}

func offset(elem string, s *string) (int, error) {
	if s == nil {
		return 0, fmt.Errorf("missing <%s>", elem)
	}
	n, err := strconv.Atoi(strings.TrimSpace(*s))
	if err != nil {
		return 0, fmt.Errorf("bad <%s> %q: %w", elem, *s, err)
	}
	return n, nil
}

func geonamesID(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	id, err := strconv.Atoi(s)
	if err != nil || id < 0 {
		return 0, fmt.Errorf("bad GeoNames id %q", s)
	}
	return id, nil
}

// coords sets t's coordinates when both are given; one without the other,
// a non-number or a value off the globe is an error.
func coords(t *Toponym, lat, lon *string) error {
	la, lo := "", ""
	if lat != nil {
		la = strings.TrimSpace(*lat)
	}
	if lon != nil {
		lo = strings.TrimSpace(*lon)
	}
	if la == "" && lo == "" {
		return nil
	}
	if la == "" || lo == "" {
		return fmt.Errorf("latitude %q without longitude %q or the reverse", la, lo)
	}
	var err error
	if t.Lat, err = strconv.ParseFloat(la, 64); err != nil || math.Abs(t.Lat) > 90 || math.IsNaN(t.Lat) {
		return fmt.Errorf("bad latitude %q", la)
	}
	if t.Lon, err = strconv.ParseFloat(lo, 64); err != nil || math.Abs(t.Lon) > 180 || math.IsNaN(t.Lon) {
		return fmt.Errorf("bad longitude %q", lo)
	}
	t.HasCoords = true
	return nil
}
