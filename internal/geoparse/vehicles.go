package geoparse

import "strings"

// Crash reports name cars by their makes, and some makes are towns:
// "a 1992 Toyota Corolla", "a silver Lincoln". A make after a model year
// or a colour is the car, and so is the word everywhere else in the text
// ("the Toyota failed to yield"), unless a preposition of place puts it
// somewhere ("in Lincoln"). Business news names firms that small towns
// share a name with ("Alcoa said", "a Gillette razor"): those are the
// firm's unless a preposition of place or a region after a comma makes
// them the town's.

// vehicleMakes are makes of cars and lorries that towns also bear.
var vehicleMakes = set("toyota", "lincoln", "mercedes", "cadillac", "pontiac", "dodge", "plymouth", "holden",
	"mercury", "saturn", "austin", "hudson", "desoto", "chrysler", "buick", "jeep", "lexus", "kia", "mazda",
	"subaru", "nissan", "honda", "hyundai", "volvo", "scania", "ford", "chevrolet", "chevy", "lada", "tata")

// colourWords describe a car before its make.
var colourWords = set("black", "white", "silver", "grey", "gray", "red", "blue", "green", "maroon", "tan",
	"gold", "beige", "brown", "dark", "light", "yellow", "orange", "purple", "burgundy")

// vehicleUse reports whether the one-word name f is a car's make: after a
// model year ("a 2007 Toyota") or a colour ("a silver Lincoln"), and not
// before the head of an event or a feature ("the 2012 Lincoln
// Marathon", "a red Lincoln Park bench").
func vehicleUse(text string, toks []token, f found) bool {
	if f.words != 1 || !vehicleMakes[f.key] {
		return false
	}
	k := f.first - 1
	if k < 0 || toks[k].end+1 != toks[f.first].start {
		return false
	}
	prev := text[toks[k].start:toks[k].end]
	year := toks[k].kind == tokNumber && len(prev) == 4 && (prev[:2] == "19" || prev[:2] == "20")
	if _, colour := lowerIn(colourWords, prev); !year && !(colour && toks[k].kind == tokWord && !toks[k].upper) {
		return false
	}
	if n := f.last + 1; n < len(toks) && toks[n].kind == tokWord && toks[n].upper {
		w := text[toks[n].start:toks[n].end]
		if _, ok := lowerIn(featureHeads, w); ok {
			return false
		}
		if _, ok := lowerIn(eventHeads, w); ok {
			return false
		}
	}
	return true
}

// eventHeads end the names of events named after their towns.
var eventHeads = set("marathon", "festival", "fair", "parade", "games", "olympics", "open", "cup", "show",
	"summit", "conference", "protest", "protests", "riots", "uprising", "strike", "march")

// firmNames are firms and brands far better known than the towns of
// their names (Alcoa, Tennessee; Gillette, Wyoming; Hershey,
// Pennsylvania; Nokia, Finland; Toyota, Aichi).
var firmNames = set("alcoa", "gillette", "hershey", "nokia", "cadillac", "toyota", "mercedes", "kellogg",
	"benz", "maytag", "harley", "kohler", "tyson")

// firmUse reports whether the one-word name f is a firm's: a name of
// firmNames that no preposition of place puts somewhere and no region
// after a comma qualifies ("Alcoa, Tennessee").
func firmUse(text string, toks []token, f found) bool {
	if f.words != 1 || !firmNames[f.key] || placeWordBefore(text, toks, f.first) {
		return false
	}
	return !strings.HasPrefix(text[toks[f.last].end:], ", ")
}
