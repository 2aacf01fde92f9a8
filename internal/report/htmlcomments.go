package report

import (
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Comment sections. Blogs, news sites and forums mark their comments in a
// handful of ways: WordPress's <div id="comments"> with <ol class=
// "comment-list"> of <li class="comment">, older themes' <ol class=
// "commentlist"> with <li id="li-comment-12">, schema.org microdata
// (itemtype=".../Comment"), Disqus's <ul id="post-list"> of <li class=
// "post">. Each marked comment becomes a post; a reply is a comment nested
// inside another and becomes its own post, its text left out of its
// parent's.

// Ids and classes of the element that holds a page's comments.
var pageCommentSectionNames = map[string]bool{
	"comments": true, "comment-list": true, "commentlist": true, "comments-list": true,
	"commentslist": true, "comment-section": true, "comments-section": true, "comments-area": true,
	"comment-area": true, "comments-container": true, "comment-thread": true, "comments-thread": true,
	"disqus_thread": true, "disqus-thread": true,
}

// Ids of comment sections that are only that as an id: Disqus's list of
// posts (a class "post-list" is too common elsewhere).
var pageCommentSectionIDs = map[string]bool{"post-list": true}

// Ids and classes of the reply form that follows a comment list.
var pageCommentFormNames = map[string]bool{
	"respond": true, "comment-respond": true, "commentform": true, "comment-form": true,
}

// Classes that mark one comment.
var pageCommentClasses = map[string]bool{
	"comment": true, "comment-item": true, "comment_item": true, "single-comment": true,
	"comments__item": true, "comments-item": true, "comment__item": true, "c-comment": true,
}

var (
	// WordPress gives each comment the id comment-N (older themes
	// li-comment-N); the inner div-comment-N is its body, not another one.
	pageCommentID = regexp.MustCompile(`^(?:li-)?comment[-_]\d+$`)
	// schema.org Comment microdata (not CommentAction and the like).
	pageCommentType = regexp.MustCompile(`(?i)schema\.org/(?:Comment|UserComments)/?(?:\s|$)`)
)

// pageComment is one comment found in a page.
type pageComment struct {
	node    *html.Node
	parent  int // index of the enclosing comment, -1 for none
	author  string
	stamp   string // the time stamp as written
	machine bool   // stamp is machine-readable (a datetime attribute)
	url     string
	text    string
	nested  int // how many comments sit directly inside this one
}

// pageIsCommentSection reports whether n holds a page's comments.
func pageIsCommentSection(n *html.Node) bool {
	if pageIs(n, "html", "head", "body", "main") {
		return false
	}
	id := strings.ToLower(strings.TrimSpace(pageAttr(n, "id")))
	if pageCommentSectionNames[id] || pageCommentSectionIDs[id] {
		return true
	}
	for _, c := range pageClasses(n) {
		if pageCommentSectionNames[c] {
			return true
		}
	}
	return false
}

// pageIsCommentForm reports whether n is a form for posting a comment.
func pageIsCommentForm(n *html.Node) bool {
	if pageCommentFormNames[strings.ToLower(pageAttr(n, "id"))] {
		return true
	}
	for _, c := range pageClasses(n) {
		if pageCommentFormNames[c] {
			return true
		}
	}
	return false
}

// pageIsComment reports whether n is one comment. inSection says whether n
// lies inside a comment section, where list items of the comment list, of
// a "children" or "replies" list and Disqus's li.post count too.
func pageIsComment(n *html.Node, inSection bool) bool {
	if n.Type != html.ElementNode || pageIs(n, "html", "head", "body", "main") {
		return false
	}
	if pageCommentType.MatchString(strings.TrimSpace(pageAttr(n, "itemtype"))) {
		return true
	}
	if !pageIs(n, "li", "article", "div", "section", "dd") {
		return false
	}
	// WordPress lists pingbacks and trackbacks among the comments, with
	// comment ids; they are notices of links from elsewhere, not comments.
	if pageHasClass(n, "pingback", "trackback") {
		return false
	}
	for _, c := range pageClasses(n) {
		if pageCommentClasses[c] {
			return true
		}
	}
	if pageCommentID.MatchString(strings.ToLower(pageAttr(n, "id"))) {
		return true
	}
	if inSection && n.Data == "li" {
		if pageHasClass(n, "post") {
			return true
		}
		if p := n.Parent; p != nil && pageIs(p, "ol", "ul") &&
			(pageIsCommentSection(p) || pageHasClass(p, "children", "replies", "comment-replies")) {
			return true
		}
	}
	return false
}

// pageHoldsHeading reports whether n contains an <h1>: the page's own
// heading, which no comment or comment section holds. It keeps an opinion
// column marked <article class="comment"> from being read as a comment.
func pageHoldsHeading(n *html.Node) bool {
	return pageFind(n, pageTag("h1"), nil) != nil
}

// pageFindComments returns the comments of doc in document order and the
// elements to take out of the document before its article is read: comment
// sections, comments outside any section, and reply forms.
func pageFindComments(doc *html.Node) (comments []pageComment, remove []*html.Node) {
	type frame struct {
		n         *html.Node
		inSection bool
		parent    int
	}
	stack := []frame{{doc, false, -1}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n, inSection, parent := f.n, f.inSection, f.parent
		if n.Type == html.ElementNode {
			// A <template> holds markup for scripts to copy (a blank
			// comment to fill in), not anything the page shows.
			if pageIs(n, "template", "script", "style", "noscript", "textarea") {
				continue
			}
			if !inSection && parent < 0 && pageIsCommentForm(n) {
				remove = append(remove, n)
				continue
			}
			if pageIsCommentSection(n) && !pageHoldsHeading(n) {
				if !inSection && parent < 0 {
					remove = append(remove, n)
				}
				inSection = true
			}
			if pageIsComment(n, inSection) && !pageHoldsHeading(n) {
				if !inSection && parent < 0 {
					remove = append(remove, n)
				}
				if parent >= 0 {
					comments[parent].nested++
				}
				comments = append(comments, pageComment{node: n, parent: parent})
				parent = len(comments) - 1
			}
		} else if n.Type != html.DocumentNode {
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode {
				stack = append(stack, frame{c, inSection, parent})
			}
		}
	}
	return comments, remove
}

// pageCommentPosts turns the comments into posts, in document order,
// leaving out those without text (wrappers, deleted comments). spanOf gives
// an element's span in the input. Machine-readable stamps are read as such;
// visible ones with order for all-numeric dates, which DateOrderAuto
// settles from all the page's stamps together.
func pageCommentPosts(comments []pageComment, spanOf func(*html.Node) pageSpan, loc *time.Location, order DateOrder) []Post {
	if order == DateOrderAuto {
		var visible []string
		for _, c := range comments {
			if !c.machine && c.stamp != "" {
				visible = append(visible, c.stamp)
			}
		}
		order = pageNumericOrder(visible, loc)
	}
	var posts []Post
	for _, c := range comments {
		if c.text == "" {
			continue
		}
		var t pageTime
		if c.machine {
			t = pageParseMachineTime(c.stamp, loc, order)
		} else if c.stamp != "" {
			t = pageParseVisibleTime(c.stamp, loc, order)
		}
		p := Post{Author: c.author, Text: c.text, URL: c.url, Precision: PrecisionNone}
		if t.known() {
			p.Published, p.Precision = t.t, t.prec
		}
		sp := spanOf(c.node)
		p.Start, p.End = sp.start, sp.end
		posts = append(posts, p)
	}
	return posts
}
