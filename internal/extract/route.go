package extract

import (
	"strings"

	"github.com/unrest-project/unrest/internal/geoparse"
	"github.com/unrest-project/unrest/internal/report"
)

// Routes between two towns. "The Kisumu-Kakamega road was barricaded"
// names one stretch of road by its two ends: the event is on the road,
// seen from the town the text is about, which writers put first. The
// second end is no place of the sentence's events; without this rule a
// barricade would stand in both towns.

// routeWords are the words after "A-B" that make the pair a route.
var routeWords = map[string]bool{"road": true, "roads": true, "highway": true, "motorway": true,
	"expressway": true, "freeway": true, "railway": true, "railroad": true, "rail": true, "line": true,
	"pipeline": true, "route": true, "corridor": true, "bypass": true, "artery": true, "trunk": true}

// routeJoins are what stands between the two ends of a route's name.
var routeJoins = map[string]bool{"-": true, "–": true, "—": true, "/": true}

// dropRouteEnds drops from each post's mentions the second end of every
// "A-B road".
func dropRouteEnds(posts []report.Post, mentions [][]geoparse.Mention) {
	for pi, ms := range mentions {
		text := posts[pi].Text
		n := 0
		for i, m := range ms {
			if i > 0 && routeEnd(text, ms[i-1], m) {
				continue
			}
			ms[n] = m
			n++
		}
		mentions[pi] = ms[:n]
	}
}

// routeEnd reports whether b is the second end of a route "a-b road".
func routeEnd(text string, a, b geoparse.Mention) bool {
	if a.ByteEnd > b.ByteStart || b.ByteEnd > len(text) || !routeJoins[text[a.ByteEnd:b.ByteStart]] {
		return false
	}
	rest := strings.TrimLeft(text[b.ByteEnd:], " ")
	end := 0
	for end < len(rest) && rest[end] >= 'a' && rest[end] <= 'z' || end < len(rest) && rest[end] >= 'A' && rest[end] <= 'Z' {
		end++
	}
	return routeWords[strings.ToLower(rest[:end])]
}
