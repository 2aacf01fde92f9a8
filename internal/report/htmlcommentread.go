package report

import (
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Reading one comment: its author, its time stamp, its permalink and its
// own text, leaving out the comments nested in it.

var (
	// Texts of reply and edit links.
	pageReplyLink = regexp.MustCompile(`(?i)^\(?(?:reply|reply ↓|reply to this comment|edit|report|ответить|цитировать|répondre|responder|antworten|rispondi)\)?$`)
	// Class names of elements holding a comment's visible time stamp.
	pageStampClass = regexp.MustCompile(`(?i)date|time|meta|posted|published|stamp`)
)

// pageReadComments fills in the author, time stamp, link and text of every
// comment. base is the page's own URL, for resolving permalinks.
func pageReadComments(comments []pageComment, base string) {
	isComment := map[*html.Node]bool{}
	for _, c := range comments {
		isComment[c.node] = true
	}
	for i := range comments {
		pageReadComment(&comments[i], isComment, base)
	}
	// A comment element with no text of its own that wraps exactly one
	// other (microdata on an <li> around a <div class="comment">) is a
	// wrapper: its author and time belong to the comment inside.
	for i := range comments {
		c := &comments[i]
		if c.parent < 0 {
			continue
		}
		p := comments[c.parent]
		if p.text != "" || p.nested != 1 {
			continue
		}
		if c.author == "" {
			c.author = p.author
		}
		if c.stamp == "" {
			c.stamp, c.machine = p.stamp, p.machine
		}
		if c.url == "" {
			c.url = p.url
		}
	}
}

func pageReadComment(c *pageComment, isComment map[*html.Node]bool, base string) {
	n := c.node
	// Nothing of a nested comment is this comment's.
	skip := func(x *html.Node) bool { return x != n && isComment[x] }
	// The comment's own element is never its author or stamp.
	find := func(match func(*html.Node) bool) *html.Node {
		return pageFind(n, func(x *html.Node) bool { return x != n && match(x) }, skip)
	}
	drop := map[*html.Node]bool{} // author, stamp and chrome left out of the text

	// Author.
	var authorNode *html.Node
	if a := find(func(x *html.Node) bool { return strings.EqualFold(pageAttr(x, "itemprop"), "author") }); a != nil {
		authorNode = a
		if name := pageFind(a, func(x *html.Node) bool { return strings.EqualFold(pageAttr(x, "itemprop"), "name") }, nil); name != nil {
			a = name
		}
		c.author = pageAttr(a, "content")
		if c.author == "" {
			c.author = pageOneLine(a)
		}
	}
	if c.author == "" {
		if a := find(pageClass("comment-author", "comment__author", "comment-author-name", "comment_author", "comment-user")); a != nil {
			authorNode = a
			// WordPress: an avatar, the name in .fn, and "says:".
			name := pageFind(a, func(x *html.Node) bool {
				return pageHasClass(x, "fn", "name", "author-name", "url") || pageIs(x, "cite", "b", "strong")
			}, nil)
			if name == nil {
				says := pageSays(a)
				name = pageCloneWithout(a, func(x *html.Node) bool { return says[x] })
			}
			c.author = pageOneLine(name)
		}
	}
	if c.author == "" {
		if a := find(func(x *html.Node) bool {
			return pageHasClass(x, "fn", "author", "username", "user-name", "user_name", "comment-username", "nickname", "nick") ||
				x.Data == "cite" && !pageInText(x, n)
		}); a != nil {
			authorNode = a
			c.author = pageOneLine(a)
		}
	}
	c.author = pageCleanAuthor(c.author)
	if authorNode != nil {
		drop[authorNode] = true
	}

	// Time stamp.
	var stampNode *html.Node
	switch t := find(func(x *html.Node) bool { return x.Data == "time" && pageHasAttr(x, "datetime") }); {
	case t != nil:
		stampNode, c.stamp, c.machine = t, pageAttr(t, "datetime"), true
	default:
		t = find(func(x *html.Node) bool {
			ip := strings.ToLower(pageAttr(x, "itemprop"))
			return ip == "datepublished" || ip == "datecreated"
		})
		if t != nil {
			stampNode = t
			switch {
			case pageHasAttr(t, "content"):
				c.stamp, c.machine = pageAttr(t, "content"), true
			case pageHasAttr(t, "datetime"):
				c.stamp, c.machine = pageAttr(t, "datetime"), true
			default:
				c.stamp = pageOneLine(t)
			}
			break
		}
		if t = find(pageTag("time")); t != nil {
			stampNode, c.stamp = t, pageOneLine(t)
			break
		}
		// A link or abbreviation whose title holds the full date, as
		// Disqus's "2 years ago" link does.
		if t = find(func(x *html.Node) bool {
			return pageIs(x, "a", "abbr", "span") && pageHasAttr(x, "title") &&
				!pageInText(x, n) && pageParseVisibleTime(pageAttr(x, "title"), time.UTC, DateOrderAuto).known()
		}); t != nil {
			stampNode, c.stamp = t, pageAttr(t, "title")
			break
		}
		// A visible stamp in the comment's meta line or its permalink.
		if t = find(func(x *html.Node) bool {
			if pageInText(x, n) {
				return false
			}
			marked := pageStampClass.MatchString(pageAttr(x, "class")) ||
				x.Data == "a" && strings.Contains(strings.ToLower(pageAttr(x, "href")), "comment")
			if !marked {
				return false
			}
			s := pageOneLine(x)
			return len(s) <= 120 && pageParseVisibleTime(s, time.UTC, DateOrderAuto).known()
		}); t != nil {
			stampNode, c.stamp = t, pageOneLine(t)
		}
	}
	if stampNode != nil {
		drop[stampNode] = true
		// The permalink is the link around the stamp, or the stamp itself.
		for x := stampNode; x != nil && x != n.Parent; x = x.Parent {
			if x.Data == "a" && x.Type == html.ElementNode {
				c.url = pageAbsURL(base, pageAttr(x, "href"))
				break
			}
		}
	}

	// Text: the element made for it, else the whole comment without its
	// author, time, meta line and reply links.
	root := find(func(x *html.Node) bool {
		return strings.EqualFold(pageAttr(x, "itemprop"), "text") ||
			pageHasClass(x, "comment-content", "comment-text", "comment_text", "comment__content",
				"comment__text", "comment-entry", "comment-message", "post-message", "commentbody")
	})
	dedicated := root != nil
	if root == nil {
		root = find(pageClass("comment-body", "comment__body"))
	}
	if root == nil {
		root = n
	}
	pageWalk(root, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		if skip(x) {
			return false
		}
		chrome := pageIs(x, "button", "form", "input", "textarea", "select", "nav", "menu") ||
			pageHasClass(x, "reply", "comment-reply", "comment-reply-link", "comment-edit-link", "comment-actions",
				"comment-footer", "comment__footer", "comment__actions", "report", "share") ||
			x.Data == "a" && pageReplyLink.MatchString(pageOneLine(x))
		if !dedicated {
			chrome = chrome || pageIs(x, "header", "footer", "img", "figure") ||
				pageHasClass(x, "comment-meta", "comment-metadata", "commentmetadata", "comment-header",
					"comment__header", "comment-info", "says", "avatar", "vcard", "post-meta", "post-byline",
					"comment-awaiting-moderation")
		}
		if chrome && x != root {
			drop[x] = true
			return false
		}
		return true
	})
	clone := pageCloneWithout(root, func(x *html.Node) bool { return drop[x] || skip(x) })
	if clone.Type == html.ElementNode && clone.DataAtom == atom.Li {
		// nodeText bullets list items; a comment's own <li> is no bullet.
		clone.Data, clone.DataAtom = "div", atom.Div
	}
	c.text = strings.TrimSpace(nodeText(clone))
}

// pageSays returns the "says:" elements of a WordPress author line.
func pageSays(n *html.Node) map[*html.Node]bool {
	out := map[*html.Node]bool{}
	for _, s := range pageFindAll(n, pageClass("says"), nil) {
		out[s] = true
	}
	return out
}

// pageInText reports whether x lies inside the running text of comment n (a
// paragraph, a quotation or the element made for the text), where a <cite>
// is a citation and a date is something the commenter wrote about.
func pageInText(x, n *html.Node) bool {
	for p := x; p != nil && p != n; p = p.Parent {
		if pageIs(p, "p", "blockquote", "q", "pre") ||
			strings.EqualFold(pageAttr(p, "itemprop"), "text") ||
			pageHasClass(p, "comment-content", "comment-text", "comment_text", "comment__content", "comment__text", "post-message") {
			return true
		}
	}
	return false
}
