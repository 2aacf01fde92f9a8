package report

import (
	"regexp"
	"strings"
)

// sniff decides the format of decoded text. What the content shows outright
// (JSON, a feed's root element, HTML, an e-mail header block) wins; then the
// file extension ext (lower case, with its dot) decides; plain text is the
// rest. A file whose extension promises a format its content lacks goes to
// that format's reader, which then says what is wrong with it.
func sniff(text, ext string) Format {
	t := strings.TrimLeft(text, " \t\r\n\ufeff")
	head := strings.ToLower(t[:min(len(t), 4096)])
	switch {
	case strings.HasPrefix(head, "{"), jsonArrayStart(head):
		if ext == ".txt" {
			break
		}
		return FormatTelegram
	case strings.HasPrefix(head, "<rss"), strings.HasPrefix(head, "<feed"), strings.HasPrefix(head, "<rdf:rdf"):
		return FormatFeed
	case strings.HasPrefix(head, "<?xml"):
		body := stripXMLProlog(head)
		switch {
		case strings.HasPrefix(body, "<rss"), strings.HasPrefix(body, "<feed"), strings.HasPrefix(body, "<rdf:rdf"):
			return FormatFeed
		case strings.HasPrefix(body, "<html"), strings.HasPrefix(body, "<!doctype html"):
			return FormatHTML
		}
		if ext == ".html" || ext == ".htm" || ext == ".xhtml" {
			return FormatHTML
		}
		return FormatFeed
	case strings.HasPrefix(head, "<!doctype html"), strings.HasPrefix(head, "<html"),
		strings.HasPrefix(head, "<head"), strings.HasPrefix(head, "<body"),
		strings.HasPrefix(head, "<!--") && strings.Contains(head, "<html"):
		return FormatHTML
	case looksLikeEmail(t):
		return FormatEmail
	}
	switch ext {
	case ".json":
		return FormatTelegram
	case ".xml", ".rss", ".atom", ".rdf":
		return FormatFeed
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".eml", ".mbox":
		return FormatEmail
	}
	return FormatText
}

// jsonArrayStart reports whether head opens a JSON array of objects,
// strings or arrays: "[{", "[ \"", "[]". A text that opens with a
// bracketed stamp ("[05.01.22 14:32] Orda.kz:", a Telegram copy) is
// plain text.
func jsonArrayStart(head string) bool {
	rest, ok := strings.CutPrefix(head, "[")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " \t\r\n")
	return rest == "" || rest[0] == '{' || rest[0] == '[' || rest[0] == '"' || rest[0] == ']'
}

// stripXMLProlog drops the XML declaration, processing instructions,
// comments and a doctype from the head of a lower-cased document.
func stripXMLProlog(s string) string {
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		switch {
		case strings.HasPrefix(s, "<?"):
			i := strings.Index(s, "?>")
			if i < 0 {
				return s
			}
			s = s[i+2:]
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s, "-->")
			if i < 0 {
				return s
			}
			s = s[i+3:]
		case strings.HasPrefix(s, "<!doctype") && !strings.HasPrefix(s, "<!doctype html"):
			i := strings.Index(s, ">")
			if i < 0 {
				return s
			}
			s = s[i+1:]
		default:
			return s
		}
	}
}

var (
	headerLine = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*:[ \t]?`)
	mailHeader = regexp.MustCompile(`(?im)^(from|to|date|subject|message-id|received|mime-version|return-path|content-type|cc|reply-to|delivered-to|x-[a-z0-9-]+):`)
)

// looksLikeEmail reports whether text opens with an RFC 5322 header block:
// every line up to the first blank one is a header or a folded
// continuation, and at least two are headers that messages carry.
func looksLikeEmail(t string) bool {
	end := strings.Index(t, "\n\n")
	if crlf := strings.Index(t, "\r\n\r\n"); crlf >= 0 && (end < 0 || crlf < end) {
		end = crlf
	}
	if end < 0 {
		end = len(t)
	}
	block := t[:min(end, 64<<10)]
	if strings.HasPrefix(block, "From ") { // mbox separator line
		if i := strings.IndexByte(block, '\n'); i >= 0 {
			block = block[i+1:]
		}
	}
	known := 0
	for i, line := range strings.Split(block, "\n") {
		line = strings.TrimRight(line, "\r")
		if i > 0 && (strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t")) {
			continue
		}
		if !headerLine.MatchString(line) {
			return false
		}
		if mailHeader.MatchString(line) {
			known++
		}
	}
	return known >= 2
}
