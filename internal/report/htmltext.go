package report

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlFragmentText reduces an HTML fragment (a feed description, an e-mail's
// HTML part) to cleaned text. Block elements become paragraph breaks, <br>
// a line break; scripts, styles and other invisible elements are dropped.
func htmlFragmentText(fragment string) string {
	nodes, err := html.ParseFragment(strings.NewReader(fragment), &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div"})
	if err != nil {
		// x/net/html recovers from any markup; an error here means a read
		// error, which a strings.Reader cannot give. Fall back to the raw text.
		return cleanText(fragment)
	}
	var b strings.Builder
	for _, n := range nodes {
		writeNodeText(&b, n)
	}
	return cleanText(collapseInline(b.String()))
}

// nodeText reduces the children of one parsed HTML node to cleaned text.
// The node itself may be one whose content a page never shows as text (a
// <title>, a <script> holding JSON-LD): asked for, it is read.
func nodeText(n *html.Node) string {
	var b strings.Builder
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeNodeText(&b, c)
	}
	return cleanText(collapseInline(b.String()))
}

// Markers written while walking the tree: paragraph and line breaks are
// written as private-use runes so that the white space inside text nodes can
// be folded first (HTML ignores source line breaks) and the breaks restored
// after.
const (
	paraMark = '\uE000'
	lineMark = '\uE001'
)

func writeNodeText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.WriteString(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Title, atom.Meta, atom.Link, atom.Svg, atom.Iframe, atom.Object, atom.Button, atom.Select, atom.Input, atom.Textarea:
			return
		case atom.Br:
			b.WriteRune(lineMark)
			return
		case atom.Img:
			// An image says nothing in text unless it has alt text a reader
			// would see in its place; we keep none, as alts are often file names.
			return
		}
	}
	block := n.Type == html.ElementNode && isBlock(n.DataAtom)
	if block {
		b.WriteRune(paraMark)
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Li {
		b.WriteString("• ")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		writeNodeText(b, c)
	}
	if block {
		b.WriteRune(paraMark)
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th) {
		b.WriteByte(' ')
	}
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Aside, atom.Nav, atom.Main,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li, atom.Dl, atom.Dt, atom.Dd,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Figure, atom.Figcaption, atom.Hr, atom.Address,
		atom.Details, atom.Summary, atom.Form, atom.Fieldset, atom.Body, atom.Html:
		return true
	}
	return false
}

// collapseInline folds white space as a browser does and then turns the
// break markers back into newlines.
func collapseInline(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == paraMark:
			b.WriteString("\n\n")
			space = false
		case r == lineMark:
			b.WriteByte('\n')
			space = false
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f':
			space = true
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	// Trim spaces next to the line breaks we restored.
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, "\n")
}
