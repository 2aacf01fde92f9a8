package report

import (
	"regexp"
	"strings"
	"time"
)

// This file splits the text of one e-mail body into the sender's own text
// and the material it quotes: replies quoted with "> ", forwarded messages
// and the sender's signature. The result is a tree of pieces (a quoted
// message holds pieces of its own) that flattenMessage turns into posts.
//
// Nested quoting is handled by recursion: a "> " block loses one level of
// markers and is split again as the text of the quoted message, so
// ">>" lines under an attribution of their own become a quote post of their
// own, by their own author, rather than staying in the quoting post.

// maxQuoteDepth bounds the recursion; deeper quotes stay in the text of the
// quote post at this depth with their remaining markers.
const maxQuoteDepth = 10

// bodyLine is one line of body text: its content (line end and any quote
// markers already taken off) and the span of Report.Input it came from.
type bodyLine struct {
	s          string
	start, end int
}

// piece is a run of a message's own text or a message quoted in it.
type piece struct {
	text       string // own text, not yet cleaned; unused when quoted is set
	start, end int
	quoted     *quotedMsg
}

// quotedMsg is a message quoted, forwarded or attached within another.
type quotedMsg struct {
	author string
	t      time.Time
	prec   Precision
	pieces []piece
}

// hasText reports whether any of the pieces holds text.
func hasText(ps []piece) bool {
	for _, p := range ps {
		if p.quoted != nil && hasText(p.quoted.pieces) || p.quoted == nil && strings.TrimSpace(p.text) != "" {
			return true
		}
	}
	return false
}

var (
	// Lines that open a forwarded or copied-below original message, in the
	// wordings of Gmail, Outlook, Apple Mail and Thunderbird in the
	// languages we meet.
	fwdMarker = regexp.MustCompile(`(?i)^\s*(?:-{2,}\s*(?:forwarded message|original message|message transféré|message d'origine|message original|weitergeleitete nachricht|ursprüngliche nachricht|пересылаемое сообщение|исходное сообщение|пересланное сообщение|mensaje reenviado|mensaje original)\s*-{2,}|-{2,}\s*forwarded message from .*|begin forwarded message\s*:|début du message réexpédié\s*:|начало переадресованного сообщения\s*:)\s*$`)
	// Outlook separates a reply from the original with a rule of
	// underscores followed by the original's From: line.
	outlookRule = regexp.MustCompile(`^\s*_{10,}\s*$`)
	// The header lines of a forwarded block; Outlook's HTML-to-text turns
	// bold names into "*From:*".
	fwdHeader = regexp.MustCompile(`(?i)^\s*\*?(from|von|de|от|date|sent|datum|gesendet|envoyé|дата|отправлено|subject|betreff|objet|тема|asunto|to|an|à|para|кому|cc|копия|reply-to|enviado|fecha)\*?\s*:\s*(.*)$`)
)

func fwdHeaderKind(s string) (kind, value string) {
	m := fwdHeader.FindStringSubmatch(s)
	if m == nil {
		return "", ""
	}
	switch strings.ToLower(m[1]) {
	case "from", "von", "de", "от":
		return "from", m[2]
	case "date", "sent", "datum", "gesendet", "envoyé", "дата", "отправлено", "enviado", "fecha":
		return "date", m[2]
	}
	return "other", m[2]
}

// isQuoteLine reports whether a line is quoted. ">From " is not: mbox
// files escape a body line beginning "From " that way.
func isQuoteLine(s string) bool {
	return strings.HasPrefix(s, ">") && !strings.HasPrefix(s, ">From ")
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// quoteSplitter splits body lines into pieces; it carries the options for
// the dates it reads.
type quoteSplitter struct {
	order DateOrder
	loc   *time.Location
}

// split turns lines of one message's body into pieces, in order.
func (q *quoteSplitter) split(lines []bodyLine, depth int) []piece {
	var out []piece
	var own []bodyLine
	inSig := false
	flush := func() {
		for len(own) > 0 && isBlank(own[0].s) {
			own = own[1:]
		}
		for len(own) > 0 && isBlank(own[len(own)-1].s) {
			own = own[:len(own)-1]
		}
		if len(own) == 0 {
			return
		}
		parts := make([]string, len(own))
		for i, l := range own {
			parts[i] = l.s
		}
		out = append(out, piece{text: strings.Join(parts, "\n"), start: own[0].start, end: own[len(own)-1].end})
		own = nil
	}
	for i := 0; i < len(lines); {
		if depth < maxQuoteDepth {
			if n, ok := q.forwardAt(lines, i); ok {
				flush()
				out = append(out, q.forwarded(lines[i+n:], depth))
				return out
			}
			if n, who, ok := q.attributionAt(lines, i); ok {
				flush()
				j := i + n
				for j < len(lines) && isBlank(lines[j].s) {
					j++
				}
				k := quoteEnd(lines, j)
				out = append(out, q.quote(lines[j:k], who, depth))
				i, inSig = k, false
				continue
			}
			if isQuoteLine(lines[i].s) {
				flush()
				k := quoteEnd(lines, i)
				out = append(out, q.quote(lines[i:k], attribution{}, depth))
				i, inSig = k, false
				continue
			}
		}
		if !inSig && q.sigAt(lines, i) {
			inSig = true
		}
		if !inSig {
			own = append(own, lines[i])
		}
		i++
	}
	flush()
	return out
}

// sigAt reports whether a signature starts at line i. The standard
// delimiter is "-- " on a line of its own; many clients strip the trailing
// space, so a bare "--" counts too, but only when what follows up to the
// next quote is short, as signatures are — a bare "--" is also used as a
// separator inside text.
func (q *quoteSplitter) sigAt(lines []bodyLine, i int) bool {
	s := strings.TrimRight(lines[i].s, "\r")
	if s == "-- " {
		return true
	}
	if strings.TrimRight(s, " \t") != "--" {
		return false
	}
	n := 0
	for _, l := range lines[i+1:] {
		if isQuoteLine(l.s) || fwdMarker.MatchString(l.s) {
			break
		}
		if !isBlank(l.s) {
			n++
		}
		if n > 10 {
			return false
		}
	}
	return true
}

// quoteEnd returns the end of the quote block starting at i: quote lines
// and blank lines between them.
func quoteEnd(lines []bodyLine, i int) int {
	end := i
	for j := i; j < len(lines); j++ {
		switch {
		case isQuoteLine(lines[j].s):
			end = j + 1
		case isBlank(lines[j].s):
		default:
			return end
		}
	}
	return end
}

// quote makes the quoted message of a "> " block: one level of markers
// taken off ("> " or a bare ">"), the rest split again.
func (q *quoteSplitter) quote(lines []bodyLine, who attribution, depth int) piece {
	inner := make([]bodyLine, len(lines))
	for i, l := range lines {
		s := strings.TrimPrefix(l.s, ">")
		s = strings.TrimPrefix(s, " ")
		inner[i] = bodyLine{s: s, start: l.start, end: l.end}
	}
	p := piece{quoted: &quotedMsg{author: who.author, t: who.t, prec: who.prec, pieces: q.split(inner, depth+1)}}
	if len(lines) > 0 {
		p.start, p.end = lines[0].start, lines[len(lines)-1].end
	}
	return p
}

// forwardAt reports whether a forwarded message starts at line i, and how
// many marker lines it has: one for a marker line, none for Outlook's bare
// "From:" line directly followed by "Sent:".
func (q *quoteSplitter) forwardAt(lines []bodyLine, i int) (int, bool) {
	s := lines[i].s
	if fwdMarker.MatchString(s) {
		return 1, true
	}
	if outlookRule.MatchString(s) {
		j := i + 1
		for j < len(lines) && isBlank(lines[j].s) {
			j++
		}
		if j < len(lines) {
			if k, _ := fwdHeaderKind(lines[j].s); k == "from" {
				return 1, true
			}
		}
		return 0, false
	}
	if k, _ := fwdHeaderKind(s); k == "from" && i+1 < len(lines) {
		if k2, _ := fwdHeaderKind(lines[i+1].s); k2 == "date" {
			return 0, true
		}
	}
	return 0, false
}

// forwarded reads a forwarded block after its marker: the From:/Date:/
// Subject:/To: lines give the author and date and are not text; the body
// after them is the forwarded message's text, split again.
func (q *quoteSplitter) forwarded(lines []bodyLine, depth int) piece {
	i := 0
	for i < len(lines) && isBlank(lines[i].s) {
		i++
	}
	msg := &quotedMsg{prec: PrecisionNone}
	last := ""
	for i < len(lines) {
		s := lines[i].s
		if kind, v := fwdHeaderKind(s); kind != "" {
			last = kind
			switch kind {
			case "from":
				if msg.author == "" {
					msg.author = authorOf(v)
				}
			case "date":
				if msg.prec == PrecisionNone {
					if t, p, ok := parseMailDate(v, q.order, q.loc); ok {
						msg.t, msg.prec = t, p
					}
				}
			}
			i++
			continue
		}
		// A wrapped To: or Cc: list continues on indented lines.
		if last != "" && !isBlank(s) && (s[0] == ' ' || s[0] == '\t') {
			i++
			continue
		}
		break
	}
	body := lines[i:]
	msg.pieces = q.split(body, depth+1)
	p := piece{quoted: msg}
	if len(lines) > 0 {
		p.start, p.end = lines[0].start, lines[len(lines)-1].end
	}
	return p
}

// attributionAt reports whether line i (or lines i and i+1, for an
// attribution the client wrapped) is an attribution followed by a quote
// block, with at most two blank lines between.
func (q *quoteSplitter) attributionAt(lines []bodyLine, i int) (int, attribution, bool) {
	if isBlank(lines[i].s) || isQuoteLine(lines[i].s) {
		return 0, attribution{}, false
	}
	quoteAfter := func(j int) bool {
		for n := 0; j < len(lines) && n <= 2; j, n = j+1, n+1 {
			if isQuoteLine(lines[j].s) {
				return true
			}
			if !isBlank(lines[j].s) {
				return false
			}
		}
		return false
	}
	if quoteAfter(i + 1) {
		if a, ok := parseAttribution(lines[i].s, q.order, q.loc); ok {
			return 1, a, true
		}
		return 0, attribution{}, false
	}
	if i+1 < len(lines) && !isBlank(lines[i+1].s) && !isQuoteLine(lines[i+1].s) && quoteAfter(i+2) {
		if a, ok := parseAttribution(strings.TrimSpace(lines[i].s)+" "+strings.TrimSpace(lines[i+1].s), q.order, q.loc); ok {
			return 2, a, true
		}
	}
	return 0, attribution{}, false
}

// flattenMessage turns a message's pieces into posts: its own text runs
// joined into one post by its author, placed where its first run sits, and
// every quoted message flattened after its own rules with Quote set.
func flattenMessage(author string, t time.Time, prec Precision, pieces []piece, quote bool) []Post {
	var out []Post
	ownAt := -1
	var texts []string
	var start, end int
	for _, p := range pieces {
		if p.quoted != nil {
			qm := p.quoted
			out = append(out, flattenMessage(qm.author, qm.t, qm.prec, qm.pieces, true)...)
			continue
		}
		text := cleanText(p.text)
		if text == "" {
			continue
		}
		if ownAt < 0 {
			ownAt = len(out)
			out = append(out, Post{})
			start, end = p.start, p.end
		}
		texts = append(texts, text)
		start, end = min(start, p.start), max(end, p.end)
	}
	if ownAt >= 0 {
		if prec == "" || prec == PrecisionNone {
			t, prec = time.Time{}, PrecisionNone
		}
		out[ownAt] = Post{
			Author:    author,
			Published: t,
			Precision: prec,
			Quote:     quote,
			Text:      strings.Join(texts, "\n\n"),
			Start:     start,
			End:       end,
		}
	}
	return out
}
