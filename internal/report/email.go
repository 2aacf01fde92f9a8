package report

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"net/mail"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/htmlindex"
)

// The e-mail reader. A message (RFC 5322, MIME) becomes one post for the
// sender's own text, authored by the From display name and dated by the
// Date header, plus one quote post for each message it quotes, forwards or
// attaches. The code is in several files: this one reads the message and
// its header; emailmime.go walks the MIME tree; emaildecode.go undoes
// transfer encodings and charsets; emailoffsets.go carries offsets back to
// the decoded input; emailquote.go splits a body into own text, quotes,
// forwards and signature; emailattr.go reads attribution lines;
// emaildate.go reads the dates mail clients write.
//
// The message is parsed from the raw bytes, not from the decoded input:
// each MIME part names its own charset, and a guess made for the whole
// input is wrong for parts that differ.

// readEmail reads an RFC 5322 message (an .eml file, or the first message
// of an mbox file).
func readEmail(in *input) (*Report, error) {
	r := newEmailReader(in)
	src := r.src.b
	// Leading blank lines are not part of the message; an mbox file opens
	// with a "From sender date" separator line, and in one the message
	// ends where the next "From " line begins (only the first is read).
	start, mbox := 0, false
	for start < len(src) {
		line, next := lineAt(src, start)
		if bytes.HasPrefix(line, []byte("From ")) {
			start, mbox = next, true
			break
		}
		if len(bytes.TrimSpace(line)) != 0 {
			break
		}
		start = next
	}
	end := len(src)
	if mbox {
		if loc := mboxSeparator.FindIndex(src[start:]); loc != nil {
			end = start + loc[0] + 1
		}
	}
	fields, bodyStart, ok := parseHeaderBlock(src, start, end)
	if !ok {
		return nil, in.errAt(r.src.textPos(start), malformed(`not an e-mail message: the input does not begin with a header block ("Name: value" lines)`))
	}
	if !hasMessageField(fields) {
		return nil, in.errAt(r.src.textPos(start), malformed("not an e-mail message: no From, To, Date or Subject header in the header block"))
	}
	top := &entity{buf: r.src, fields: fields, start: start, bodyStart: bodyStart, end: end, defType: "text/plain"}
	pieces, err := r.walk(top, "", 0)
	if err != nil {
		return nil, err
	}
	if !r.sawText {
		what := "it has no parts"
		if len(r.otherTypes) > 0 {
			what = "only " + strings.Join(r.otherTypes, ", ")
		}
		return nil, in.errAt(0, malformed("no text body (no text/plain or text/html part; %s)", what))
	}
	author, t, prec := r.sender(fields)
	posts := flattenMessage(author, t, prec, pieces, false)
	if posts == nil {
		posts = []Post{} // a message with an empty body
	}
	return &Report{
		Encoding: r.encoding,
		Title:    squash(cleanText(r.headerText(fieldValue(fields, "subject")))),
		Posts:    posts,
	}, nil
}

// mboxSeparator finds the "From " line that starts the next message of an
// mbox file: after a blank line, "From", an address, a weekday.
var mboxSeparator = regexp.MustCompile(`\n\r?\nFrom \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) `)

// emailReader holds what reading one message needs.
type emailReader struct {
	in         *input
	src        *buf // the message bytes as parsed
	predecoded bool // src is the decoded input, not the raw bytes
	split      quoteSplitter
	words      *mime.WordDecoder
	encoding   string   // charset of the first text part used
	sawText    bool     // a text/plain or text/html part was found
	otherTypes []string // types of parts that are not text, for the "no text body" error
}

func newEmailReader(in *input) *emailReader {
	r := &emailReader{in: in, split: quoteSplitter{order: in.opts.DateOrder, loc: in.opts.location()}}
	r.src, r.predecoded = newSourceBuf(in)
	r.words = &mime.WordDecoder{CharsetReader: func(charset string, input io.Reader) (io.Reader, error) {
		enc, err := htmlindex.Get(charset)
		if err != nil {
			return nil, fmt.Errorf("unknown charset %q", charset)
		}
		return enc.NewDecoder().Reader(input), nil
	}}
	return r
}

// field is one header field, unfolded; value is still raw (not decoded).
type field struct {
	name  string // lower case
	value string
}

func fieldValue(fs []field, name string) string {
	for _, f := range fs {
		if f.name == name {
			return strings.TrimSpace(f.value)
		}
	}
	return ""
}

// hasMessageField reports whether a header block has a field every real
// message has at least one of.
func hasMessageField(fs []field) bool {
	for _, f := range fs {
		switch f.name {
		case "from", "sender", "to", "cc", "date", "subject", "message-id", "mime-version",
			"content-type", "received", "return-path", "delivered-to", "reply-to", "in-reply-to":
			return true
		}
	}
	return false
}

// lineAt returns the line of b starting at i without its line end, and
// where the next line starts.
func lineAt(b []byte, i int) ([]byte, int) {
	j := bytes.IndexByte(b[i:], '\n')
	if j < 0 {
		return bytes.TrimSuffix(b[i:], []byte("\r")), len(b)
	}
	return bytes.TrimSuffix(b[i:i+j], []byte("\r")), i + j + 1
}

// parseHeaderBlock reads the header fields of b[start:end]: "Name: value"
// lines, folded lines continuing the field above. The block ends at a
// blank line. It also ends at a line that is no header field when fields
// came before it — mailers that forget the blank line exist — and then
// that line starts the body. ok is false when the first line is no field.
func parseHeaderBlock(b []byte, start, end int) (fields []field, bodyStart int, ok bool) {
	// The value of the field being read, in pieces: joining folded lines
	// one by one would copy a long folded field once per line.
	var value []string
	done := func() {
		if len(fields) > 0 {
			fields[len(fields)-1].value = strings.Join(value, " ")
		}
		value = value[:0]
	}
	i := start
	for i < end {
		line, next := lineAt(b[:end], i)
		if len(bytes.TrimSpace(line)) == 0 {
			done()
			return fields, next, true
		}
		if line[0] == ' ' || line[0] == '\t' {
			if len(fields) == 0 {
				return nil, start, false
			}
			value = append(value, strings.TrimSpace(string(line)))
			i = next
			continue
		}
		colon := bytes.IndexByte(line, ':')
		name := bytes.TrimRight(line[:max(colon, 0)], " \t")
		if colon <= 0 || !isFieldName(name) {
			if len(fields) == 0 {
				return nil, start, false
			}
			done()
			return fields, i, true
		}
		done()
		fields = append(fields, field{name: strings.ToLower(string(name))})
		value = append(value, strings.TrimSpace(string(line[colon+1:])))
		i = next
	}
	done()
	return fields, end, len(fields) > 0
}

// isFieldName reports whether b is a header field name: printable ASCII
// without spaces or colons (RFC 5322 ftext).
func isFieldName(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c <= ' ' || c > '~' || c == ':' {
			return false
		}
	}
	return true
}

// headerText decodes a header value: RFC 2047 encoded words, and raw
// 8-bit bytes, which some mailers write in the message's charset.
func (r *emailReader) headerText(v string) string {
	if !utf8.ValidString(v) {
		v, _ = decodeUnlabelled([]byte(v))
	}
	if d, err := r.words.DecodeHeader(v); err == nil {
		v = d
	}
	return strings.ToValidUTF8(v, "\uFFFD")
}

// sender returns the author and date of a message from its header.
func (r *emailReader) sender(fs []field) (string, time.Time, Precision) {
	from := fieldValue(fs, "from")
	if from == "" {
		from = fieldValue(fs, "sender")
	}
	var author string
	if from != "" {
		p := mail.AddressParser{WordDecoder: r.words}
		if as, err := p.ParseList(from); err == nil && len(as) > 0 {
			a := as[0]
			author = a.Name
			if author == "" {
				author = a.Address
			}
			author = r.headerText(author)
		} else {
			author = authorOf(r.headerText(from))
		}
	}
	author = squash(cleanText(author))
	t, prec, ok := parseMailDate(r.headerText(fieldValue(fs, "date")), r.in.opts.DateOrder, r.in.opts.location())
	if !ok {
		return author, time.Time{}, PrecisionNone
	}
	return author, t, prec
}

// angleAddr matches an address in angle brackets or Outlook's brackets.
var angleAddr = regexp.MustCompile(`\s*(?:<([^<>]*)>|\[mailto:([^\[\]]*)\])\s*`)

// authorOf reads the author from a From value that is already decoded: the
// display name, else the address; a value net/mail rejects is cleaned by
// hand (brackets and quotes dropped).
func authorOf(v string) string {
	v = strings.TrimSpace(v)
	if a, err := mail.ParseAddress(v); err == nil {
		if a.Name != "" {
			return squash(a.Name)
		}
		return a.Address
	}
	addr := ""
	if m := angleAddr.FindStringSubmatch(v); m != nil {
		addr = strings.TrimSpace(m[1] + m[2])
	}
	name := strings.Trim(strings.TrimSpace(angleAddr.ReplaceAllString(v, " ")), `"'*`)
	if name == "" {
		name = addr
	}
	return squash(name)
}
