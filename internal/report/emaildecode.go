package report

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/htmlindex"
)

// Decoding a part's body: its transfer encoding, its charset, and for
// HTML its markup.

// bodyBytes undoes an entity's Content-Transfer-Encoding. identity is true
// when the bytes are the body as it stands in the buffer (7bit, 8bit,
// binary, or an encoding we do not know, which we read as it stands).
func (r *emailReader) bodyBytes(e *entity, name string) (data []byte, identity bool, err error) {
	data = e.buf.b[e.bodyStart:e.end]
	cte := strings.ToLower(strings.Trim(fieldValue(e.fields, "content-transfer-encoding"), " \t;\"'"))
	switch cte {
	case "quoted-printable":
		return decodeQP(data), false, nil
	case "base64":
		out, bad, err := decodeBase64(data)
		if err != nil {
			return nil, false, r.in.errAt(e.buf.textPos(e.bodyStart+bad), malformed("%s: broken base64: %v", name, err))
		}
		return out, false, nil
	}
	return data, true, nil
}

// decodeQP decodes quoted-printable leniently. mime/quotedprintable stops
// at the first malformed "=" sequence, which real mailers do write; here
// such an "=" is kept as it stands. Trailing white space on a line is
// transport padding and is dropped; a line ending in "=" continues on the
// next.
func decodeQP(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for len(data) > 0 {
		line, rest, nl := bytes.Cut(data, []byte("\n"))
		line = bytes.TrimRight(line, " \t\r")
		soft := bytes.HasSuffix(line, []byte("="))
		if soft {
			line = line[:len(line)-1]
		}
		for i := 0; i < len(line); i++ {
			if line[i] == '=' && i+2 < len(line) && isHex(line[i+1]) && isHex(line[i+2]) {
				out = append(out, unhex(line[i+1])<<4|unhex(line[i+2]))
				i += 2
				continue
			}
			out = append(out, line[i])
		}
		if nl && !soft {
			out = append(out, '\n')
		}
		data = rest
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// decodeBase64 decodes a base64 body, ignoring line breaks and white
// space. Some encoders pad every line, so padding may occur inside the
// data: each padded run is decoded on its own. On error bad is the offset
// in data of the problem.
func decodeBase64(data []byte) (out []byte, bad int, err error) {
	clean := make([]byte, 0, len(data))
	for i, c := range data {
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=':
			clean = append(clean, c)
		default:
			return nil, i, fmt.Errorf("%q at byte %d of the part is not a base64 character", rune(c), i)
		}
	}
	out = make([]byte, 0, base64.StdEncoding.DecodedLen(len(clean)))
	for s := clean; len(s) > 0; {
		chunk := s
		s = nil
		if k := bytes.IndexByte(chunk, '='); k >= 0 {
			j := k
			for j < len(chunk) && chunk[j] == '=' {
				j++
			}
			chunk, s = chunk[:k], chunk[j:]
		}
		if len(chunk)%4 == 1 {
			return nil, len(data), fmt.Errorf("the data stops one character into a group of four")
		}
		dec := make([]byte, base64.RawStdEncoding.DecodedLen(len(chunk)))
		n, err := base64.RawStdEncoding.Decode(dec, chunk)
		if err != nil {
			return nil, len(data), err
		}
		out = append(out, dec[:n]...)
	}
	return out, 0, nil
}

// toUTF8 converts a part's bytes to UTF-8 by its declared charset and names
// that charset for Report.Encoding. raw is true when the bytes stand in the
// buffer as they were (no transfer encoding).
func (r *emailReader) toUTF8(data []byte, declared string, raw bool) (string, string) {
	label := strings.ToLower(strings.Trim(strings.TrimSpace(declared), `"'`))
	if raw && r.predecoded {
		// The buffer is the input already decoded to UTF-8.
		if label == "" {
			label = "utf-8"
		}
		return strings.ToValidUTF8(string(data), "\uFFFD"), label
	}
	switch label {
	case "", "us-ascii", "ascii", "ansi_x3.4-1968", "us", "iso646-us", "utf-8", "utf8", "unicode-1-1-utf-8":
		if utf8.Valid(data) {
			if label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8" || !isASCII(data) {
				return string(data), "utf-8"
			}
			return string(data), "us-ascii"
		}
		if strings.HasPrefix(label, "utf") || strings.HasPrefix(label, "unicode") {
			return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8"
		}
		// 8-bit bytes labelled ASCII or not at all: guess as for input
		// that declares nothing.
		return decodeUnlabelled(data)
	}
	if utf8.Valid(data) && !isASCII(data) && !strings.HasPrefix(label, "utf-16") && !strings.HasPrefix(label, "utf-32") {
		// Labelled with a legacy charset but valid UTF-8 with non-ASCII
		// bytes: a mislabelled UTF-8 body. Text in a single-byte Cyrillic or
		// Western page practically never forms valid UTF-8 (see decode).
		return string(data), "utf-8"
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return decodeUnlabelled(data)
	}
	s, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD"), label
	}
	name, _ := htmlindex.Name(enc)
	if name == "windows-1252" && latin1Labels[label] {
		// htmlindex reads ISO-8859-1 as its superset windows-1252, as
		// browsers do; we still report what the message declared.
		name = "iso-8859-1"
	}
	return string(s), name
}

var latin1Labels = map[string]bool{
	"iso-8859-1": true, "iso8859-1": true, "iso_8859-1": true, "iso_8859-1:1987": true, "latin1": true,
	"l1": true, "cp819": true, "ibm819": true, "iso-ir-100": true, "csisolatin1": true, "iso88591": true,
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// decodeUnlabelled decodes bytes whose charset is not declared: UTF-8 when
// they are valid UTF-8, else the single-byte charset guessSingleByte picks.
func decodeUnlabelled(b []byte) (string, string) {
	if utf8.Valid(b) {
		if isASCII(b) {
			return string(b), "us-ascii"
		}
		return string(b), "utf-8"
	}
	enc, name := guessSingleByte(b)
	s, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD"), name
	}
	return string(s), name
}

// htmlQuotedText reduces an HTML body to text as htmlFragmentText does,
// except that <blockquote> content is written with "> " markers so that the
// quote splitter sees an HTML reply's quotes as it sees a plain one's. The
// body is parsed as a document, so that a <title> in its <head> stays out.
func htmlQuotedText(src string) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return cleanText(src)
	}
	quoteBlockquotes(doc, 0)
	var b strings.Builder
	writeNodeText(&b, doc)
	return cleanText(collapseInline(b.String()))
}

// quoteBlockquotes replaces each <blockquote> under n (innermost first) by
// its text with every line marked "> ", one <br> per line.
func quoteBlockquotes(n *html.Node, depth int) {
	isQuote := n.Type == html.ElementNode && n.DataAtom == atom.Blockquote
	inner := depth
	if isQuote {
		inner++
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		quoteBlockquotes(c, inner)
		c = next
	}
	if !isQuote || n.Parent == nil || depth >= maxQuoteDepth {
		return
	}
	div := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"}
	for _, line := range strings.Split(nodeText(n), "\n") {
		s := ">"
		if line != "" {
			s = "> " + line
		}
		div.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		div.AppendChild(&html.Node{Type: html.ElementNode, DataAtom: atom.Br, Data: "br"})
	}
	n.Parent.InsertBefore(div, n)
	n.Parent.RemoveChild(n)
}
