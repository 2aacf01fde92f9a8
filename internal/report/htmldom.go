package report

import (
	"strings"

	"golang.org/x/net/html"
)

// Small helpers over x/net/html trees for the HTML reader.

// pageAttr returns the value of n's attribute key (lower case), or "".
func pageAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// pageHasAttr reports whether n has the attribute key.
func pageHasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// pageClasses returns n's class names in lower case.
func pageClasses(n *html.Node) []string {
	return strings.Fields(strings.ToLower(pageAttr(n, "class")))
}

// pageHasClass reports whether n has one of the class names (lower case).
func pageHasClass(n *html.Node, names ...string) bool {
	for _, c := range pageClasses(n) {
		for _, name := range names {
			if c == name {
				return true
			}
		}
	}
	return false
}

// pageIs reports whether n is an element with one of the tag names.
func pageIs(n *html.Node, tags ...string) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	for _, t := range tags {
		if n.Data == t {
			return true
		}
	}
	return false
}

// pageWalk calls fn for n and every node below it in document order; where
// fn returns false the node's children are skipped. It uses an explicit
// stack, as hostile pages nest elements very deep.
func pageWalk(n *html.Node, fn func(*html.Node) bool) {
	if n == nil {
		return
	}
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !fn(c) {
			continue
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
}

// pageFind returns the first element at or below n, in document order, for
// which match is true, not looking inside elements for which skip is true
// (skip may be nil).
func pageFind(n *html.Node, match, skip func(*html.Node) bool) *html.Node {
	var found *html.Node
	pageWalk(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.Type != html.ElementNode && c.Type != html.DocumentNode {
			return false
		}
		if c != n && skip != nil && skip(c) {
			return false
		}
		if c.Type == html.ElementNode && match(c) {
			found = c
			return false
		}
		return true
	})
	return found
}

// pageFindAll returns every element at or below n for which match is true,
// in document order, not looking inside matches or skipped elements.
func pageFindAll(n *html.Node, match, skip func(*html.Node) bool) []*html.Node {
	var found []*html.Node
	pageWalk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode && c.Type != html.DocumentNode {
			return false
		}
		if c != n && skip != nil && skip(c) {
			return false
		}
		if c.Type == html.ElementNode && match(c) {
			found = append(found, c)
			return false
		}
		return true
	})
	return found
}

// pageTag returns a matcher for elements with one of the tag names.
func pageTag(tags ...string) func(*html.Node) bool {
	return func(n *html.Node) bool { return pageIs(n, tags...) }
}

// pageClass returns a matcher for elements with one of the class names.
func pageClass(names ...string) func(*html.Node) bool {
	return func(n *html.Node) bool { return pageHasClass(n, names...) }
}

// pageOneLine reduces the text of n to one squashed line, as for a name or
// a title.
func pageOneLine(n *html.Node) string {
	return squash(nodeText(n))
}

// pageCloneWithout returns a deep copy of n leaving out the nodes for which
// drop is true and every node below them.
func pageCloneWithout(n *html.Node, drop func(*html.Node) bool) *html.Node {
	root := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: n.Attr}
	type pair struct{ src, dst *html.Node }
	stack := []pair{{n, root}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := p.src.FirstChild; c != nil; c = c.NextSibling {
			if drop(c) {
				continue
			}
			k := &html.Node{Type: c.Type, DataAtom: c.DataAtom, Data: c.Data, Namespace: c.Namespace, Attr: c.Attr}
			p.dst.AppendChild(k)
			stack = append(stack, pair{c, k})
		}
	}
	return root
}

// pageDetach removes n from its parent, if it has one.
func pageDetach(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}
