package report

import (
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// x/net/html builds a tree but keeps no source positions. To know where an
// element sits in the input, pageMarkTags tokenizes the input once with the same
// tokenizer the parser uses, records the byte span of every start tag's
// element, and writes a copy of the input in which each start tag carries
// one extra attribute, pageTagAttr="N", N indexing those spans. Parsing the
// copy gives the same tree as parsing the input, with every element that
// came from a start tag labelled; elements the parser makes up (an implied
// <body>, <tbody>) and clones made when it repairs misnested formatting tags
// carry no label or their original's.
//
// The end of an element is found with a simplified version of the parser's
// open-element stack: an end tag closes the nearest open element of its name
// (and everything opened inside it); <li>, <dt>, <dd>, <p>, <option> and
// table rows and cells are closed by the start tags that imply their end;
// what is left open at the end of the input ends there. Where this differs
// from the real parser's view the spans still lie within the input and still
// start at the element's own tag, which is all callers rely on.

// pageTagAttr is the attribute pageMarkTags adds to every start tag. The
// tokenizer keeps the first of duplicate attributes, so a page's own
// attribute of this name cannot override ours.
const pageTagAttr = "data-unrest-tag"

// pageSpan is the byte span [start, end) of an element in the input, from
// the '<' of its start tag to the '>' of its end tag.
type pageSpan struct{ start, end int }

// pageOpen is an element on pageMarkTags' stack of open elements.
type pageOpen struct {
	idx     int    // index into the spans
	name    string // lower-case tag name
	foreign bool   // an SVG or MathML element
}

// Void elements never have content or an end tag.
var pageVoid = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true,
	"wbr": true, "keygen": true, "basefont": true, "bgsound": true, "frame": true,
}

// Start tags that close an open <p> (the HTML parser's "close a p element").
var pageClosesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "center": true,
	"details": true, "dialog": true, "dir": true, "div": true, "dl": true, "fieldset": true,
	"figcaption": true, "figure": true, "footer": true, "form": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true, "hr": true,
	"li": true, "dd": true, "dt": true, "main": true, "menu": true, "nav": true, "ol": true,
	"p": true, "pre": true, "listing": true, "section": true, "summary": true, "table": true,
	"ul": true, "xmp": true, "plaintext": true,
}

// HTML start tags that end SVG or MathML content when they appear inside it.
var pageBreaksForeign = map[string]bool{
	"b": true, "big": true, "blockquote": true, "body": true, "br": true, "center": true,
	"code": true, "dd": true, "div": true, "dl": true, "dt": true, "em": true, "embed": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "head": true,
	"hr": true, "i": true, "img": true, "li": true, "listing": true, "menu": true, "meta": true,
	"nobr": true, "ol": true, "p": true, "pre": true, "ruby": true, "s": true, "small": true,
	"span": true, "strong": true, "strike": true, "sub": true, "sup": true, "table": true,
	"tt": true, "u": true, "ul": true, "var": true,
}

// SVG and MathML elements whose children are HTML again.
var pageIntegrationPoint = map[string]bool{
	"foreignobject": true, "desc": true, "title": true,
	"mi": true, "mo": true, "mn": true, "ms": true, "mtext": true, "annotation-xml": true,
}

// pageMarkTags returns text with every start tag labelled (see above) and the
// spans the labels index. ok is false when the tokens do not add up to the
// input, which would make the spans meaningless.
func pageMarkTags(text string) (marked string, spans []pageSpan, ok bool) {
	z := html.NewTokenizer(strings.NewReader(text))
	var b strings.Builder
	b.Grow(len(text) + len(text)/4)
	var stack []pageOpen
	pos := 0
	bodyEnd, htmlEnd := -1, -1 // where </body> and </html> ended, while nothing followed them

	closeFrom := func(i, at int) {
		for j := len(stack) - 1; j >= i; j-- {
			spans[stack[j].idx].end = at
		}
		stack = stack[:i]
	}
	// nearest finds the topmost open element named in names, not looking
	// below an element named in stop; -1 if none.
	nearest := func(stop map[string]bool, names ...string) int {
		for j := len(stack) - 1; j >= 0; j-- {
			for _, n := range names {
				if stack[j].name == n {
					return j
				}
			}
			if stop[stack[j].name] {
				return -1
			}
		}
		return -1
	}

	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start := pos
		raw := z.Raw()
		if len(raw) > len(text)-pos || text[pos:pos+len(raw)] != string(raw) {
			return "", nil, false
		}
		pos += len(raw)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			bodyEnd, htmlEnd = -1, -1
			// The tag name runs from after '<' to the first space, '/' or '>',
			// as the tokenizer reads it; the label goes right after it.
			ins := start + 1 + strings.IndexAny(text[start+1:pos], " \t\n\r\f/>")
			if ins <= start {
				ins = pos
			}
			idx := len(spans)
			b.WriteString(text[start:ins])
			b.WriteString(" " + pageTagAttr + `="`)
			b.WriteString(strconv.Itoa(idx))
			b.WriteByte('"')
			b.WriteString(text[ins:pos])
			spans = append(spans, pageSpan{start, pos})

			nameB, _ := z.TagName()
			name := string(nameB)
			top := func() *pageOpen {
				if len(stack) == 0 {
					return nil
				}
				return &stack[len(stack)-1]
			}
			if t := top(); t != nil && t.foreign && pageBreaksForeign[name] {
				i := len(stack)
				for i > 0 && stack[i-1].foreign {
					i--
				}
				closeFrom(i, start)
			}
			t := top()
			inForeign := t != nil && t.foreign && !pageIntegrationPoint[t.name]
			foreign := name == "svg" || name == "math" || inForeign
			if !foreign {
				switch {
				case name == "li":
					if i := nearest(map[string]bool{"ul": true, "ol": true, "menu": true, "table": true}, "li"); i >= 0 {
						closeFrom(i, start)
					}
				case name == "dt" || name == "dd":
					if i := nearest(map[string]bool{"dl": true, "table": true}, "dt", "dd"); i >= 0 {
						closeFrom(i, start)
					}
				case name == "option" || name == "optgroup":
					if i := nearest(map[string]bool{"select": true}, "option"); i >= 0 {
						closeFrom(i, start)
					}
				case name == "tr":
					if i := nearest(map[string]bool{"table": true}, "tr"); i >= 0 {
						closeFrom(i, start)
					}
				case name == "td" || name == "th":
					if i := nearest(map[string]bool{"tr": true, "table": true}, "td", "th"); i >= 0 {
						closeFrom(i, start)
					}
				}
				if pageClosesP[name] {
					if i := nearest(map[string]bool{"table": true, "td": true, "th": true, "button": true, "caption": true, "object": true, "template": true, "html": true}, "p"); i >= 0 {
						closeFrom(i, start)
					}
				}
			}
			if foreign {
				// The parser keeps the tokenizer out of raw-text mode inside
				// SVG and MathML (an SVG <title> or <style> holds markup).
				z.NextIsNotRawText()
			}
			if pageVoid[name] && !foreign || tt == html.SelfClosingTagToken && foreign {
				break
			}
			stack = append(stack, pageOpen{idx: idx, name: name, foreign: foreign})
		case html.EndTagToken:
			b.WriteString(text[start:pos])
			nameB, _ := z.TagName()
			name := string(nameB)
			switch name {
			case "body":
				bodyEnd = pos
				continue
			case "html":
				htmlEnd = pos
				continue
			}
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j].name == name {
					idx := stack[j].idx
					closeFrom(j, start)
					spans[idx].end = pos
					break
				}
			}
		default:
			b.WriteString(text[start:pos])
			if tt == html.TextToken && strings.TrimSpace(text[start:pos]) != "" {
				bodyEnd, htmlEnd = -1, -1
			}
		}
		// CDATA sections are text in SVG and MathML and bogus comments
		// elsewhere; follow the parser.
		z.AllowCDATA(len(stack) > 0 && stack[len(stack)-1].foreign)
	}
	if z.Err() != io.EOF {
		return "", nil, false
	}
	// An incomplete tag at the very end yields no token; keep its bytes.
	b.WriteString(text[pos:])
	for _, o := range stack {
		end := len(text)
		// The parser keeps adding to <body> after </body>; only when
		// nothing followed does the body end at its end tag.
		switch {
		case o.name == "body" && bodyEnd >= 0:
			end = bodyEnd
		case o.name == "html" && htmlEnd >= 0:
			end = htmlEnd
		}
		spans[o.idx].end = end
	}
	return b.String(), spans, true
}

// pageNodeSpan returns the span of n, or of its nearest ancestor that came
// from a start tag; ok is false when there is none.
func pageNodeSpan(n *html.Node, spans []pageSpan) (pageSpan, bool) {
	for ; n != nil; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			if a.Key != pageTagAttr || a.Namespace != "" {
				continue
			}
			i, err := strconv.Atoi(a.Val)
			if err == nil && i >= 0 && i < len(spans) {
				return spans[i], true
			}
			break
		}
	}
	return pageSpan{}, false
}

// pageLabelLeaked reports whether a label ended up in a text node, which
// happens only where pageMarkTags and the parser tokenized differently (markup
// in an SVG CDATA section, say). The caller then parses the unlabelled input.
func pageLabelLeaked(n *html.Node) bool {
	if n.Type == html.TextNode && strings.Contains(n.Data, pageTagAttr) {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if pageLabelLeaked(c) {
			return true
		}
	}
	return false
}
