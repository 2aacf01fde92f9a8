package gazetteer

import (
	"slices"
	"strings"
)

// compassWords open or close the names of the parts a county was split
// into: "East Sussex", "Cheshire West and Chester", "North Ayrshire".
var compassWords = []string{"north", "south", "east", "west", "central", "mid"}

// splitCore returns the name of the whole that a division's key (without
// its generic word) names a part of: "sussex" for "east sussex",
// "cheshire" for "cheshire west and chester", or "".
func splitCore(key string) string {
	key, _, _ = strings.Cut(key, " and ")
	core := key
	for {
		first, rest, ok := strings.Cut(core, " ")
		if !ok || !slices.Contains(compassWords, first) {
			break
		}
		core = rest
	}
	if core == key {
		if i := strings.LastIndexByte(key, ' '); i > 0 && slices.Contains(compassWords, key[i+1:]) {
			core = key[:i]
		}
	}
	if core == key || len(core) < 4 {
		return ""
	}
	return core
}

// addSplitCounties adds, as divisions of their own, the wholes that
// divisions are parts of where no division bears the whole's name:
// Sussex (East and West Sussex), Cheshire (Cheshire East, Cheshire West
// and Chester), Ayrshire, Lothian, Banat. News names the old county far
// more often than its parts. A whole needs two parts, or a name in
// "-shire", the word for a county: a single "Central Darling" makes no
// "Darling". Its point is the mean of its parts', its population their
// sum, its code theirs joined with "+".
func (d *Divisions) addSplitCounties() {
	type whole struct {
		country, admin1, core string
	}
	parts := map[whole][]int32{}
	var order []whole
	for i := range d.list {
		dv := &d.list[i]
		core := splitCore(stripDivisionWord(Normalize(dv.Name)))
		if core == "" || d.hasIn(core, dv.Country) {
			continue
		}
		w := whole{dv.Country, dv.Admin1, core}
		if parts[w] == nil {
			order = append(order, w)
		}
		parts[w] = append(parts[w], int32(i))
	}
	for _, w := range order {
		ps := parts[w]
		if len(ps) < 2 && !strings.HasSuffix(w.core, "shire") {
			continue
		}
		all := Division{Country: w.country, Admin1: w.admin1}
		var codes []string
		for _, i := range ps {
			p := d.list[i]
			codes = append(codes, p.Code)
			all.Lat += p.Lat / float64(len(ps))
			all.Lon += p.Lon / float64(len(ps))
			all.Population += p.Population
		}
		all.Code = strings.Join(codes, "+")
		all.Name = wholeName(d.list[ps[0]].Name, w.core)
		d.byKey[w.core] = append(d.byKey[w.core], int32(len(d.list)))
		d.list = append(d.list, all)
	}
}

// hasIn reports whether a division of country cc has key as its name,
// with or without its generic word.
func (d *Divisions) hasIn(key, cc string) bool {
	for _, i := range d.byKey[key] {
		if d.list[i].Country == cc {
			return true
		}
	}
	return false
}

// wholeName is the words of a part's name that name the whole ("Sussex"
// of "East Sussex"), as the part writes them, or the whole's key in
// title case where they cannot be found.
func wholeName(part, core string) string {
	words := strings.Fields(part)
	n := len(strings.Fields(core))
	for i := 0; i+n <= len(words); i++ {
		if s := strings.Join(words[i:i+n], " "); Normalize(s) == core {
			return s
		}
	}
	return core
}
