package report

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxMIMEDepth bounds how deeply multiparts and attached messages may nest;
// real mail stays within a handful of levels.
const maxMIMEDepth = 24

// entity is a message or a MIME part: its header and where its body lies.
type entity struct {
	buf                   *buf
	fields                []field
	start, bodyStart, end int    // in buf.b
	defType               string // content type when none is given
}

// partName names a part in errors, IMAP style: "part 1.2 (text/plain)".
func partName(path, mt string) string {
	if path == "" {
		return "the message body (" + mt + ")"
	}
	return "part " + path + " (" + mt + ")"
}

func childPath(path string, i int) string {
	if path == "" {
		return strconv.Itoa(i)
	}
	return path + "." + strconv.Itoa(i)
}

// mediaParam finds a parameter in a Content-Type that mime.ParseMediaType
// rejected (a duplicate or badly quoted parameter elsewhere in it).
var mediaParam = regexp.MustCompile(`(?i)\b(boundary|charset)\s*=\s*(?:"([^"]*)"|([^;\s]+))`)

// contentType reads a Content-Type value. A missing or unreadable one is
// the default (RFC 2045 §5.2); bad parameters do not lose the type.
func contentType(v, def string) (string, map[string]string) {
	if strings.TrimSpace(v) == "" {
		return def, map[string]string{}
	}
	mt, params, err := mime.ParseMediaType(v)
	if err != nil {
		if mt == "" {
			mt = strings.ToLower(strings.TrimSpace(strings.SplitN(v, ";", 2)[0]))
			if strings.Count(mt, "/") != 1 || strings.ContainsAny(mt, " \t") {
				mt = def
			}
		}
		params = map[string]string{}
		for _, m := range mediaParam.FindAllStringSubmatch(v, -1) {
			params[strings.ToLower(m[1])] = m[2] + m[3]
		}
	}
	return mt, params
}

// walk reads an entity's body into pieces.
func (r *emailReader) walk(e *entity, path string, depth int) ([]piece, error) {
	mt, params := contentType(fieldValue(e.fields, "content-type"), e.defType)
	name := partName(path, mt)
	if depth > maxMIMEDepth {
		return nil, r.in.errAt(e.buf.textPos(e.start), malformed("%s: parts nested more than %d deep", name, maxMIMEDepth))
	}
	switch {
	case strings.HasPrefix(mt, "multipart/"):
		return r.walkMultipart(e, mt, params, path, name, depth)
	case mt == "message/rfc822" || mt == "message/global":
		return r.walkAttached(e, path, name, depth)
	case mt == "text/plain" || mt == "text/html":
		return r.walkText(e, mt, params, name)
	}
	r.otherTypes = appendNew(r.otherTypes, mt)
	return nil, nil
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func (r *emailReader) walkMultipart(e *entity, mt string, params map[string]string, path, name string, depth int) ([]piece, error) {
	boundary := params["boundary"]
	if boundary == "" {
		return nil, r.in.errAt(e.buf.textPos(e.start), malformed("%s has no boundary parameter", name))
	}
	spans, err := r.splitParts(e, boundary, name)
	if err != nil {
		return nil, err
	}
	childType := "text/plain"
	if mt == "multipart/digest" {
		childType = "message/rfc822"
	}
	children := make([]*entity, len(spans))
	for i, sp := range spans {
		fields, bodyStart, ok := parseHeaderBlock(e.buf.b, sp[0], sp[1])
		if !ok {
			// A part without a header block is all body.
			fields, bodyStart = nil, sp[0]
		}
		children[i] = &entity{buf: e.buf, fields: fields, start: sp[0], bodyStart: bodyStart, end: sp[1], defType: childType}
	}
	if mt == "multipart/alternative" {
		return r.walkAlternative(children, path, depth)
	}
	// multipart/mixed, related, signed, report, digest and the rest: every
	// part in order. A text file attached (Content-Disposition: attachment)
	// is someone's document, not the message; it is read only when the
	// message has no other text.
	var out []piece
	var attached []int
	for i, c := range children {
		if isAttachment(c) {
			if cmt, _ := contentType(fieldValue(c.fields, "content-type"), c.defType); cmt == "text/plain" || cmt == "text/html" {
				attached = append(attached, i)
				continue
			}
		}
		ps, err := r.walk(c, childPath(path, i+1), depth+1)
		if err != nil {
			return nil, err
		}
		out = append(out, ps...)
	}
	for _, i := range attached {
		if hasText(out) {
			break
		}
		ps, err := r.walk(children[i], childPath(path, i+1), depth+1)
		if err != nil {
			return nil, err
		}
		out = append(out, ps...)
	}
	return out, nil
}

func isAttachment(e *entity) bool {
	return strings.HasPrefix(strings.ToLower(fieldValue(e.fields, "content-disposition")), "attachment")
}

// walkAlternative picks one of the alternatives: plain text first (it is
// what the sender's client wrote; the HTML is usually made from it), then a
// nested multipart (multipart/related holding the HTML and its images),
// then HTML. An alternative that turns out empty gives way to the next.
func (r *emailReader) walkAlternative(children []*entity, path string, depth int) ([]piece, error) {
	rank := func(e *entity) int {
		mt, _ := contentType(fieldValue(e.fields, "content-type"), e.defType)
		switch {
		case mt == "text/plain":
			return 0
		case strings.HasPrefix(mt, "multipart/"):
			return 1
		case mt == "text/html":
			return 2
		}
		return 3
	}
	for want := 0; want <= 3; want++ {
		for i, c := range children {
			if rank(c) != want {
				continue
			}
			ps, err := r.walk(c, childPath(path, i+1), depth+1)
			if err != nil {
				return nil, err
			}
			if hasText(ps) {
				return ps, nil
			}
		}
	}
	return nil, nil
}

// splitParts finds the body parts of a multipart entity: the spans between
// its delimiter lines ("--boundary", perhaps followed by white space), the
// line end before each delimiter belonging to the delimiter (RFC 2046
// §5.1.1). The preamble and epilogue are ignored.
func (r *emailReader) splitParts(e *entity, boundary, name string) ([][2]int, error) {
	b := e.buf.b[:e.end]
	delim := []byte("--" + boundary)
	var spans [][2]int
	partStart := -1
	for i := e.bodyStart; i < e.end; {
		line, next := lineAt(b, i)
		if bytes.HasPrefix(line, delim) {
			rest := line[len(delim):]
			closing := bytes.HasPrefix(rest, []byte("--"))
			if closing {
				rest = rest[2:]
			}
			if len(bytes.TrimSpace(rest)) == 0 {
				if partStart >= 0 {
					end := i - 1 // the '\n' ending the line before
					if end > partStart && b[end-1] == '\r' {
						end--
					}
					spans = append(spans, [2]int{partStart, max(end, partStart)})
				}
				if closing {
					return spans, nil
				}
				partStart = next
			}
		}
		i = next
	}
	if partStart < 0 {
		return nil, r.in.errAt(e.buf.textPos(e.bodyStart), malformed("%s: its boundary %q never occurs", name, "--"+boundary))
	}
	// Point at the last line there is, not past it.
	last := e.end
	for last > e.bodyStart && (b[last-1] == '\n' || b[last-1] == '\r') {
		last--
	}
	return nil, r.in.errAt(e.buf.textPos(last), fmt.Errorf("%w: %s ends before its closing boundary %q", ErrTruncated, name, "--"+boundary+"--"))
}

// walkAttached reads an attached message (message/rfc822): a quote with
// its own author and date, whose body is read like any message's.
func (r *emailReader) walkAttached(e *entity, path, name string, depth int) ([]piece, error) {
	data, identity, err := r.bodyBytes(e, name)
	if err != nil {
		return nil, err
	}
	inner := &entity{buf: e.buf, start: e.bodyStart, end: e.end, defType: "text/plain"}
	if !identity {
		lo, hi := e.buf.textSpan(e.bodyStart, e.end)
		inner = &entity{buf: &buf{b: data, lo: lo, hi: hi}, start: 0, end: len(data), defType: "text/plain"}
	}
	fields, bodyStart, ok := parseHeaderBlock(inner.buf.b, inner.start, inner.end)
	if !ok {
		fields, bodyStart = nil, inner.start
	}
	inner.fields, inner.bodyStart = fields, bodyStart
	ps, err := r.walk(inner, path, depth+1)
	if err != nil {
		return nil, err
	}
	author, t, prec := r.sender(fields)
	lo, hi := e.buf.textSpan(e.bodyStart, e.end)
	return []piece{{quoted: &quotedMsg{author: author, t: t, prec: prec, pieces: ps}, start: lo, end: hi}}, nil
}

// walkText reads a text/plain or text/html part.
func (r *emailReader) walkText(e *entity, mt string, params map[string]string, name string) ([]piece, error) {
	r.sawText = true
	data, identity, err := r.bodyBytes(e, name)
	if err != nil {
		return nil, err
	}
	text, charset := r.toUTF8(data, params["charset"], identity)
	m := &bodyMapper{buf: e.buf, base: e.bodyStart, kind: mapWhole}
	m.lo, m.hi = e.buf.textSpan(e.bodyStart, e.end)
	switch {
	case mt == "text/html":
		// Markup: the post spans the part, as other markup readers do.
		text = htmlQuotedText(text)
	case !identity || e.buf.pos == nil:
	case text == string(data):
		m.kind = mapExact
	case utf8.RuneCountInString(text) == len(data):
		m.kind, m.cur = mapRunes, runeCursor{s: text}
	}
	ps := r.split.split(linesOf(text, m), 0)
	if hasText(ps) && r.encoding == "" {
		r.encoding = charset
	}
	return ps, nil
}
