package report

import (
	"strings"
	"unicode"
)

// readText reads a plain-text article or forum thread, as people paste or
// scrape them: an article, then comments, each introduced by a header of
// its own — an author line and a stamp line ("R Totale" / "Jan 8 2022
// 10:35"), a stamp line alone, "Posted on DATE by NAME", "Post by NAME »
// DATE", "NAME, DATE", "NAME wrote:" — or an article closed by a footer
// ("Posted By" / NAME / DATE after its text).
//
// Posts come out in input order:
//   - Text before the first header is the opening post. When a footer
//     follows it (a "Posted By" block, or a header with no text of its own
//     after it), the footer's author and time are the opening post's.
//   - Each later header starts a post that runs to the next header. A
//     header with no text after it (a deleted comment, a scrape that lost
//     the body) is kept as a post with empty text, so that every stamp the
//     input had is accounted for.
//   - A run of paragraphs that repeats what an earlier post said (a
//     pull-quote, a quoted reply) or is marked with "> " becomes a post of
//     its own with Quote set, attributed to the post it quotes.
//   - The first line, when short and set apart, is the report's title.
//     Paragraphs that a scrape duplicated collapse to one, and lines of site
//     chrome ("Attached files", "Reply", "Log in to post comments") are not
//     text.
func readText(in *input) (*Report, error) {
	lines := splitLines(in.text)
	t := &threadReader{in: in, lines: lines}
	t.findHeaders()
	t.order = t.dateOrder()
	r := &Report{Title: t.title()}
	r.Posts = t.posts()
	return r, nil
}

// line is one line of the input with its byte span.
type line struct {
	start, end int    // byte offsets in the input, without the line break
	text       string // trimmed
}

func splitLines(s string) []line {
	var out []line
	start := 0
	for start <= len(s) {
		i := strings.IndexByte(s[start:], '\n')
		end := len(s)
		if i >= 0 {
			end = start + i
		}
		raw := strings.TrimSuffix(s[start:end], "\r")
		lead := len(raw) - len(strings.TrimLeftFunc(raw, unicode.IsSpace))
		trimmed := strings.TrimSpace(stripInvisible(raw))
		out = append(out, line{start: start + lead, end: start + len(strings.TrimRightFunc(raw, unicode.IsSpace)), text: trimmed})
		if out[len(out)-1].end < out[len(out)-1].start {
			out[len(out)-1].end = out[len(out)-1].start
		}
		if i < 0 {
			break
		}
		start = end + 1
	}
	return out
}

// header is the run of lines that introduces (or, as a footer, closes) a
// post: its first and last line indexes, inclusive.
type header struct {
	first, last int
	author      string
	date        civilTime
	hasDate     bool
	postedBy    bool // a "Posted By" block, the form sites use as a footer
}

type threadReader struct {
	in      *input
	lines   []line
	headers []header
	order   DateOrder
	titleAt int // line index of the title, -1 when none
}

func (t *threadReader) blank(i int) bool { return i < 0 || i >= len(t.lines) || t.lines[i].text == "" }

// findHeaders marks every header in the input.
func (t *threadReader) findHeaders() {
	for i := 0; i < len(t.lines); i++ {
		l := t.lines[i].text
		if l == "" {
			continue
		}
		// A bare date counts as a stamp only right under a name line, where
		// it cannot be a dated heading of the text.
		nameAbove := t.blank(i-2) && !t.blank(i-1) && isName(t.lines[i-1].text) && !t.isChrome(i-1)
		st, ok := parseStamp(l, nameAbove)
		if !ok {
			continue
		}
		h := header{first: i, last: i, author: st.author, date: st.date, hasDate: st.date.year != 0}
		switch {
		case st.postedBy:
			// "Posted By", then the name, then perhaps the stamp, each on a
			// line of its own, blank lines allowed between.
			j := t.nextText(i + 1)
			if j < 0 || !isName(t.lines[j].text) {
				continue
			}
			h.author, h.last, h.postedBy = t.lines[j].text, j, true
			if k := t.nextText(j + 1); k >= 0 {
				if s2, ok := parseStamp(t.lines[k].text, true); ok && s2.date.year != 0 && s2.author == "" {
					h.date, h.hasDate, h.last = s2.date, true, k
				}
			}
		case st.author == "" && nameAbove && !t.inHeader(i-1):
			// An author line right above the stamp, set apart from the text
			// before it by a blank line.
			h.first, h.author = i-1, t.lines[i-1].text
		}
		t.headers = append(t.headers, h)
		i = h.last
	}
}

func (t *threadReader) inHeader(i int) bool {
	return len(t.headers) > 0 && t.headers[len(t.headers)-1].last >= i
}

// nextText returns the index of the first non-blank line at or after i, or -1.
func (t *threadReader) nextText(i int) int {
	for ; i < len(t.lines); i++ {
		if t.lines[i].text != "" {
			return i
		}
	}
	return -1
}

// chromeLines are lines that forum and blog software prints around posts;
// alone on a line they are never text of a post.
var chromeLines = map[string]bool{
	"attached files": true, "attachments": true, "reply": true, "reply with quote": true, "quote": true,
	"permalink": true, "report": true, "report abuse": true, "share": true, "like": true, "top": true,
	"back to top": true, "edit": true, "delete": true, "flag": true, "log in or register to post comments": true,
	"login or register to post comments": true, "log in to post comments": true, "read more": true,
	"comments": true, "add new comment": true, "leave a comment": true, "leave a reply": true,
	"print": true, "email": true, "tweet": true, "share this": true, "posted by": true,
}

func (t *threadReader) isChrome(i int) bool {
	s := strings.ToLower(strings.Trim(t.lines[i].text, " :|•·-–—"))
	return chromeLines[s]
}

// title picks the first line as the title when it is short, has no
// sentence end, and is set apart by a blank line (or repeated by a scrape).
func (t *threadReader) title() string {
	t.titleAt = -1
	i := t.nextText(0)
	if i < 0 || len(t.headers) > 0 && t.headers[0].first <= i {
		return ""
	}
	s := t.lines[i].text
	words := len(strings.Fields(s))
	if words == 0 || words > 20 || len(s) > 200 || endsSentence(s) || !t.blank(i+1) {
		return ""
	}
	t.titleAt = i
	return cleanText(s)
}

// endsSentence reports whether s ends with a full stop: ".", or the
// danda of Devanagari and Bengali, the Urdu ۔ or the Armenian ։, which
// end sentences as "." does (a title has none).
func endsSentence(s string) bool {
	for _, stop := range []string{".", "।", "۔", "։"} {
		if strings.HasSuffix(s, stop) {
			return true
		}
	}
	return false
}
