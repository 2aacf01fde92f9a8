package report

import (
	"encoding/json"
	"regexp"
	"strings"
)

// JSON-LD: the schema.org data pages embed in <script type=
// "application/ld+json">, where news sites and SEO plugins put the
// article's publication date and author.

// pageParseJSONLD decodes one JSON-LD script. Pages wrap them in HTML
// comments or CDATA markers and leave trailing semicolons; those are cut.
func pageParseJSONLD(s string) (any, bool) {
	s = strings.TrimSpace(s)
	for _, cut := range []string{"<!--", "//<![CDATA[", "<![CDATA["} {
		s = strings.TrimSpace(strings.TrimPrefix(s, cut))
	}
	for _, cut := range []string{"-->", "//]]>", "]]>", ";"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, cut))
	}
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return nil, false
	}
	return v, true
}

// Schema.org types of an article or post, as opposed to the WebSite,
// Organization, BreadcrumbList and Person entries a page's graph also holds.
var pageArticleType = regexp.MustCompile(`(?i)(article|posting|report|blog|newsarticle)$`)

// pageJSONLDArticle returns the datePublished and author of the page's
// article from its JSON-LD: a top-level object, an array of them, or the
// "@graph" of either. Objects of an article type are preferred; otherwise
// the first object that has the field (a WebPage) counts. An author given
// only as an {"@id"} reference is looked up among the graph's objects. Only
// top-level and graph objects are read, not the comments nested inside.
func pageJSONLDArticle(scripts []any) (date, author string) {
	var objs []map[string]any
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				add(e, depth+1)
			}
		case map[string]any:
			objs = append(objs, v)
			if g, ok := v["@graph"]; ok {
				add(g, depth+1)
			}
		}
	}
	for _, s := range scripts {
		add(s, 0)
	}
	byID := map[string]map[string]any{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok && id != "" {
			if _, dup := byID[id]; !dup {
				byID[id] = o
			}
		}
	}
	ordered := make([]map[string]any, 0, len(objs))
	for _, o := range objs {
		if pageLDIsArticle(o) {
			ordered = append(ordered, o)
		}
	}
	for _, o := range objs {
		if !pageLDIsArticle(o) {
			ordered = append(ordered, o)
		}
	}
	for _, o := range ordered {
		if s, ok := o["datePublished"].(string); ok && strings.TrimSpace(s) != "" && date == "" {
			date = s
		}
		if a := pageLDName(o["author"], byID, 0); a != "" && author == "" {
			author = a
		}
	}
	return date, author
}

func pageLDIsArticle(o map[string]any) bool {
	switch t := o["@type"].(type) {
	case string:
		return pageArticleType.MatchString(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && pageArticleType.MatchString(s) {
				return true
			}
		}
	}
	return false
}

// pageLDName reads a JSON-LD author: a string, an object with a name (or an
// @id naming one elsewhere in the graph), or an array of those, joined with
// ", ".
func pageLDName(v any, byID map[string]map[string]any, depth int) string {
	if depth > 3 {
		return ""
	}
	switch v := v.(type) {
	case string:
		if pageLooksLikeURL(v) {
			return ""
		}
		return squash(v)
	case map[string]any:
		if name, ok := v["name"]; ok {
			return pageLDName(name, byID, depth+1)
		}
		if id, ok := v["@id"].(string); ok {
			if o, ok := byID[id]; ok && o["name"] != nil {
				return pageLDName(o["name"], byID, depth+1)
			}
		}
	case []any:
		var names []string
		for _, e := range v {
			if n := pageLDName(e, byID, depth+1); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}
