package geoparse

import "strings"

// Numbered roads are features news names by number: "Highway 19",
// "Route 1", "Interstate 45", "I-75", and British roads by letter and
// number ("the A417", "the M25"), which read as roads only where the
// sentence speaks of traffic (an "A380" is an aircraft).

// roadWords open a numbered road's name.
var roadWords = set("highway", "hwy", "route", "interstate", "motorway", "autoroute", "autobahn")

// trafficWords in a sentence make a letter and a number a British road.
var trafficWords = set("road", "roads", "roundabout", "junction", "carriageway", "southbound", "northbound",
	"eastbound", "westbound", "motorway", "traffic", "diversion", "closure", "closed", "crash", "collision",
	"lorry", "lane", "lanes", "exit", "slip", "jams", "queues", "motorists", "drivers")

// roadAt reads a numbered road at token i, a capitalised word.
func roadAt(text string, toks []token, i int) (found, bool) {
	t := toks[i]
	w := text[t.start:t.end]
	number := func(j int, gap string) bool {
		return j < len(toks) && toks[j].kind == tokNumber && text[toks[j-1].end:toks[j].start] == gap
	}
	road := func(last int) (found, bool) {
		return found{first: i, last: last, words: last - i + 1, feature: featWay,
			key: strings.ToLower(text[t.start:toks[last].end])}, true
	}
	switch {
	case !t.allCaps && number(i+1, " "):
		if _, ok := lowerIn(roadWords, w); ok {
			return road(i + 1) // "Highway 19"
		}
	case w == "I" && i+2 < len(toks) && text[toks[i+1].start:toks[i+1].end] == "-" && toks[i+1].start == t.end &&
		number(i+2, ""):
		return road(i + 2) // "I-75"
	case (w == "A" || w == "M" || w == "B") && number(i+1, "") && toks[i+1].end-toks[i+1].start <= 4 &&
		(i+2 >= len(toks) || toks[i+2].start > toks[i+1].end || toks[i+2].kind == tokPunct) && trafficSentence(text, toks, i):
		return road(i + 1) // "the A417"
	}
	return found{}, false
}

// trafficSentence reports whether the sentence of token i has a word of
// traffic in it.
func trafficSentence(text string, toks []token, i int) bool {
	start := i
	for start > 0 && !toks[start].sentStart {
		start--
	}
	for k := start; k < len(toks) && (k == start || !toks[k].sentStart); k++ {
		if toks[k].kind != tokWord {
			continue
		}
		if _, ok := lowerIn(trafficWords, text[toks[k].start:toks[k].end]); ok {
			return true
		}
	}
	return false
}
