package report

import (
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// pageMeta is what the head and the structured data of a page say about its
// article.
type pageMeta struct {
	ogTitle   string
	title     string // <title>
	author    string // meta name=author
	published string // meta property=article:published_time
	dateMeta  string // meta name=date and the like
	url       string // link rel=canonical or og:url
	ldDate    string // JSON-LD datePublished
	ldAuthor  string // JSON-LD author
}

// Meta names that carry a page's publication date when nothing better does.
var pageDateMetaNames = map[string]bool{
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
	"dc.date": true, "dc.date.issued": true, "dcterms.date": true, "dcterms.created": true,
	"dcterms.issued": true, "sailthru.date": true, "parsely-pub-date": true, "citation_publication_date": true,
}

// pageReadMeta collects the <head> metadata and JSON-LD of the document.
func pageReadMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var ld []any
	pageWalk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.Data {
		case "meta":
			key := strings.ToLower(strings.TrimSpace(pageAttr(n, "property")))
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(pageAttr(n, "name")))
			}
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(pageAttr(n, "itemprop")))
			}
			val := strings.TrimSpace(pageAttr(n, "content"))
			if val == "" {
				return false
			}
			switch {
			case key == "og:title" && m.ogTitle == "":
				m.ogTitle = val
			case key == "author" && m.author == "" && !pageLooksLikeURL(val):
				m.author = val
			case (key == "article:published_time" || key == "og:published_time") && m.published == "":
				m.published = val
			case pageDateMetaNames[key] && m.dateMeta == "":
				m.dateMeta = val
			case key == "og:url" && m.url == "":
				m.url = val
			}
			return false
		case "title":
			// An <svg><title> is a tooltip, not the page's title.
			if m.title == "" && n.Namespace == "" {
				m.title = squash(nodeText(n))
			}
			return false
		case "link":
			if pageRelHas(n, "canonical") && pageAttr(n, "href") != "" {
				m.url = pageAttr(n, "href") // canonical beats og:url
			}
			return false
		case "script":
			if strings.EqualFold(strings.TrimSpace(pageAttr(n, "type")), "application/ld+json") {
				if v, ok := pageParseJSONLD(pageRawText(n)); ok {
					ld = append(ld, v)
				}
			}
			return false
		}
		return true
	})
	m.ldDate, m.ldAuthor = pageJSONLDArticle(ld)
	return m
}

// pageRawText returns the text inside an element that holds raw text
// (script, style, title).
func pageRawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// pageRelHas reports whether n's rel attribute lists rel.
func pageRelHas(n *html.Node, rel string) bool {
	for _, r := range strings.Fields(strings.ToLower(pageAttr(n, "rel"))) {
		if r == rel {
			return true
		}
	}
	return false
}

// pageLooksLikeURL reports whether s is an absolute or protocol-relative
// URL, which some pages put where a name belongs (an author's profile).
func pageLooksLikeURL(s string) bool {
	s = strings.ToLower(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "//")
}

// pageAbsURL resolves ref against base and returns it when the result is an
// absolute http(s) URL, else "".
func pageAbsURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != "" {
		if b, err := url.Parse(strings.TrimSpace(base)); err == nil {
			u = b.ResolveReference(u)
		}
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// Separators between a page's title and its site's name (or section path)
// in <title>.
var pageTitleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " › ", " / ", " > "}

// pageTitle picks the report's title: og:title, else <title> without a
// leading or trailing site name, else the title readability found. A part
// of <title> is taken for the site's name only when the rest is the text of
// one of the page's <h1>s: "Thousands march in Minsk | Daily Bugle" loses
// its tail only if some <h1> reads "Thousands march in Minsk", so titles
// that merely contain a dash keep it. Every separator is tried, so "Forum ›
// Belarus › Thread title" gives the thread's title too.
func pageTitle(m pageMeta, h1s []string, fallback string) string {
	if t := cleanText(squash(m.ogTitle)); t != "" {
		return t
	}
	title := cleanText(squash(m.title))
	if title == "" {
		return cleanText(squash(fallback))
	}
	heads := map[string]bool{}
	for _, h := range h1s {
		if k := pageTitleKey(h); k != "" {
			heads[k] = true
		}
	}
	if len(heads) == 0 {
		return title
	}
	for _, sep := range pageTitleSeps {
		for off := 0; ; {
			i := strings.Index(title[off:], sep)
			if i < 0 {
				break
			}
			i += off
			if head := title[:i]; heads[pageTitleKey(head)] {
				return strings.TrimSpace(head)
			}
			if tail := title[i+len(sep):]; heads[pageTitleKey(tail)] {
				return strings.TrimSpace(tail)
			}
			off = i + len(sep)
		}
	}
	return title
}

// pageTitleKey is the form in which a title and a heading are compared:
// squashed, lower case, without surrounding quotes or punctuation.
func pageTitleKey(s string) string {
	return strings.Trim(strings.ToLower(squash(s)), " .:!?\"'«»“”‘’")
}

// pageBylinePrefix is the "By" and its like that bylines open with.
var pageBylinePrefix = regexp.MustCompile(`(?i)^(?:by|from|par|por|von|автор:?|author:?|written by|posted by)\s+`)

// pageCleanAuthor reduces an author line to the name: one line, no "By"
// prefix, no trailing "says:"; "" when what is left is too long to be a
// name (a whole sentence picked up by mistake).
func pageCleanAuthor(s string) string {
	s = squash(cleanText(s))
	s = pageBylinePrefix.ReplaceAllString(s, "")
	for _, suf := range []string{"says:", "says", "said:", "wrote:", "пишет:", "написал:", ":"} {
		if strings.HasSuffix(strings.ToLower(s), suf) {
			s = strings.TrimSpace(s[:len(s)-len(suf)])
		}
	}
	if len([]rune(s)) > 100 {
		return ""
	}
	return s
}

// pageArticleTime picks the article's published time in the documented
// order: article:published_time, JSON-LD datePublished, a <time datetime>
// (or itemprop=datePublished) inside the article, meta name=date and its
// kin. Values that do not parse are passed over.
func pageArticleTime(m pageMeta, inArticle []string, loc *time.Location, order DateOrder) pageTime {
	cands := append([]string{m.published, m.ldDate}, inArticle...)
	cands = append(cands, m.dateMeta)
	for _, c := range cands {
		if c == "" {
			continue
		}
		if t := pageParseMachineTime(c, loc, order); t.known() {
			return t
		}
	}
	return pageTime{}
}

// pageArticleDates returns the machine-readable dates inside the article:
// the datetime of <time> elements and the value of itemprop=datePublished,
// in the first <article>, else <main>, else the element marked as an
// Article with microdata, else the readability result.
func pageArticleDates(doc, readable *html.Node) []string {
	roots := []*html.Node{
		pageFind(doc, pageTag("article"), nil),
		pageFind(doc, pageTag("main"), nil),
		pageFind(doc, func(n *html.Node) bool {
			return pageArticleType.MatchString(strings.TrimRight(pageAttr(n, "itemtype"), "/"))
		}, nil),
		readable,
	}
	var out []string
	for _, r := range roots {
		if r == nil {
			continue
		}
		for _, n := range pageFindAll(r, func(n *html.Node) bool {
			return n.Data == "time" && pageHasAttr(n, "datetime") ||
				strings.EqualFold(pageAttr(n, "itemprop"), "datePublished")
		}, nil) {
			switch {
			case pageHasAttr(n, "datetime"):
				out = append(out, pageAttr(n, "datetime"))
			case pageHasAttr(n, "content"):
				out = append(out, pageAttr(n, "content"))
			}
		}
	}
	return out
}
