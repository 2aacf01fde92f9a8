package report

import (
	"regexp"
	"strings"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// readHTML reads a web page: a news article, a blog post, a forum page. The
// article's main text, found by readability without the page's navigation,
// banners, sidebars and footers, is the first post; each comment the page
// marks as one (see htmlcomments.go) follows as a post of its own, in
// document order.
//
// The article's title, time and author come from the page's metadata (see
// htmlmeta.go). Post offsets are those of the elements the text came from
// (see htmlpos.go): for the article, the passage from the first to the last
// element holding text readability kept, else the <body>, else the whole
// input; for a comment, its element.
//
// A page whose article has no text but which has comments (a forum thread
// marked up as comments) gives the comments alone; a page with neither is
// ErrMalformed.
func readHTML(in *input) (*Report, error) {
	marked, spans, ok := pageMarkTags(in.text)
	if !ok {
		marked, spans = in.text, nil
	}
	doc, err := html.Parse(strings.NewReader(marked))
	if err == nil && spans != nil && pageLabelLeaked(doc) {
		spans = nil
		doc, err = html.Parse(strings.NewReader(in.text))
	}
	if err != nil {
		// x/net/html refuses elements nested more than 512 deep.
		return nil, in.errAt(0, malformed("cannot parse the page: %v", err))
	}
	loc := in.opts.location()
	meta := pageReadMeta(doc)
	base := pageAbsURL("", meta.url)

	whole := pageSpan{0, len(in.text)}
	spanOf := func(n *html.Node) pageSpan {
		if s, ok := pageNodeSpan(n, spans); ok && 0 <= s.start && s.start <= s.end && s.end <= len(in.text) {
			return s
		}
		return whole
	}

	comments, remove := pageFindComments(doc)
	pageReadComments(comments, base)
	for _, n := range remove {
		pageDetach(n)
	}
	for _, n := range pageFindAll(doc, pageIsClutter, nil) {
		pageDetach(n)
	}

	article, readable := pageReadable(doc)
	text := ""
	var readableNode *html.Node
	if readable {
		readableNode = article.Node
		text = strings.TrimSpace(nodeText(article.Node))
	}
	if text == "" {
		readableNode = nil
		text = pageFallbackText(doc)
	}

	var h1s []string
	for _, h := range pageFindAll(doc, pageTag("h1"), nil) {
		h1s = append(h1s, pageOneLine(h))
	}
	r := &Report{Title: pageTitle(meta, h1s, article.Title())}

	if text != "" {
		post := Post{Text: text, URL: base}
		sp, found := pageSpanOfText(readableNode, spans, len(in.text))
		if !found {
			sp = whole
			if body := pageFind(doc, pageTag("body"), nil); body != nil {
				sp = spanOf(body)
			}
		}
		post.Start, post.End = sp.start, sp.end

		t := pageArticleTime(meta, pageArticleDates(doc, readableNode), loc, in.opts.DateOrder)
		post.Published, post.Precision = t.t, t.prec
		if !t.known() {
			post.Precision = PrecisionNone
		}
		post.Author = pageArticleAuthor(meta, doc, article.Byline())
		r.Posts = append(r.Posts, post)
	}

	r.Posts = append(r.Posts, pageCommentPosts(comments, spanOf, loc, in.opts.DateOrder)...)
	if len(r.Posts) == 0 {
		return nil, in.errAt(0, malformed("no readable text in the page"))
	}
	return r, nil
}

// Class and id names of advertising slots and of cookie and consent
// banners. Readability drops most page chrome by such names but keeps an
// "Advertisement" label or a consent notice that sits inside the article's
// container, so they go first.
var pageClutterName = regexp.MustCompile(`^(?:ads?|advert|adverts|advertisement|advertising|adsbygoogle|` +
	`ad[-_](?:slot|container|wrapper|unit|box|block|banner|label|placeholder)|dfp[-_]?ad|banner[-_]ad|` +
	`cookies?|cookie[-_].+|.+[-_]cookies?|gdpr.*|consent|consent[-_].+|.+[-_]consent|cc[-_](?:banner|window))$`)

// ARIA landmark roles of page chrome: the site's header, footer,
// navigation, sidebars and search box.
var pageChromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true, "search": true,
}

// pageIsClutter reports whether n is navigation, an ARIA landmark of page
// chrome, an advertising slot or a cookie or consent banner. Readability
// keeps navigation when a page has little else, which would make a menu
// the text of an empty page.
func pageIsClutter(n *html.Node) bool {
	if pageIs(n, "html", "head", "body", "main", "article") {
		return false
	}
	if n.Data == "nav" || pageChromeRoles[strings.ToLower(strings.TrimSpace(pageAttr(n, "role")))] {
		return true
	}
	if pageClutterName.MatchString(strings.ToLower(strings.TrimSpace(pageAttr(n, "id")))) {
		return true
	}
	for _, c := range pageClasses(n) {
		if pageClutterName.MatchString(c) {
			return true
		}
	}
	return false
}

// pageReadable runs readability on a copy of doc. ok is false when it
// finds nothing or fails; a panic inside it (a third-party DOM rewriter
// fed a hostile page) counts as failing, and the caller falls back to the
// page's plain body text.
func pageReadable(doc *html.Node) (article readability.Article, ok bool) {
	defer func() {
		if recover() != nil {
			article, ok = readability.Article{}, false
		}
	}()
	p := readability.NewParser()
	a, err := p.ParseDocument(doc, nil)
	if err != nil || a.Node == nil {
		return a, false
	}
	return a, true
}

// pageFallbackText is the text of the <body> without scripts, navigation,
// headers, footers, sidebars and forms, for pages readability finds nothing
// in.
func pageFallbackText(doc *html.Node) string {
	body := pageFind(doc, pageTag("body"), nil)
	if body == nil {
		return ""
	}
	clone := pageCloneWithout(body, pageTag("nav", "header", "footer", "aside", "form", "menu"))
	return strings.TrimSpace(nodeText(clone))
}

// pageHidden lists the elements whose text nodeText leaves out.
var pageHidden = []string{"script", "style", "noscript", "template", "head", "svg", "iframe", "object",
	"button", "select", "input", "textarea", "img"}

// pageSpanOfText returns the smallest span holding every element at or
// below n that holds text of its own (a paragraph, a heading, a list item):
// the passage readability took the article's text from, not the whole
// container around it.
func pageSpanOfText(n *html.Node, spans []pageSpan, size int) (pageSpan, bool) {
	if n == nil || spans == nil {
		return pageSpan{}, false
	}
	out, found := pageSpan{}, false
	pageWalk(n, func(x *html.Node) bool {
		if x.Type == html.ElementNode && pageIs(x, pageHidden...) {
			return false
		}
		if x.Type != html.TextNode {
			return true
		}
		if strings.TrimSpace(x.Data) == "" {
			return false
		}
		s, ok := pageNodeSpan(x.Parent, spans)
		if !ok || s.start < 0 || s.end < s.start || s.end > size {
			return false
		}
		if !found {
			out, found = s, true
		} else {
			out.start, out.end = min(out.start, s.start), max(out.end, s.end)
		}
		return false
	})
	return out, found
}

// pageArticleAuthor picks the article's author: meta name=author, else the
// JSON-LD author, else the text of a rel=author link, else readability's
// byline.
func pageArticleAuthor(m pageMeta, doc *html.Node, byline string) string {
	if a := pageCleanAuthor(m.author); a != "" {
		return a
	}
	if a := pageCleanAuthor(m.ldAuthor); a != "" {
		return a
	}
	if l := pageFind(doc, func(n *html.Node) bool { return n.Data == "a" && pageRelHas(n, "author") }, nil); l != nil {
		if a := pageCleanAuthor(pageOneLine(l)); a != "" {
			return a
		}
	}
	return pageCleanAuthor(byline)
}
