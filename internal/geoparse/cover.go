package geoparse

import (
	"slices"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// coverShare is how big, against the biggest town bearing a name as its
// own, a namesake must be to count as a likely reading of it for
// coverCountry: Córdoba in Spain (325,000) against Córdoba in Argentina
// (1.3 million) is; London, Ohio against London is not.
const coverShare = 0.1

// coverMinPopulation is how big the biggest town of a name must be for
// the name to count in coverCountry: a name borne only by villages (or
// by a region, with villages for namesakes) says little of the country.
const coverMinPopulation = 10000

// coverCountry returns the one country where every name of a text that
// names no country has a likely reading, where there is exactly one and
// the text has two names at least: "cortaron carreteras en Córdoba y
// Granada, mientras en León" is in Spain, the only country with a
// sizeable Córdoba, Granada and León, though Argentina's Córdoba and
// Nicaragua's Granada and León are each as likely alone. Towns are
// weighed against towns: a region's people are not a city's, and a
// region of a name has its own reading. Names with a reading in one
// country only already say theirs (documentContext).
func coverCountry(fs []found) string {
	var common []string
	names := 0
	for i, f := range fs {
		if f.feature != featNone || f.hidden || f.continent || f.homeAbbrev || len(f.cands) == 0 ||
			slices.ContainsFunc(fs[:i], func(g found) bool { return g.key == f.key }) {
			continue
		}
		var own []string
		biggest := 0
		for _, c := range f.cands {
			if c.Kind == gazetteer.KindPlace && !c.Demonym && c.Population() > biggest && primaryName(c, f.key) {
				biggest = c.Population()
			}
		}
		if biggest < coverMinPopulation {
			continue
		}
		for _, c := range f.cands {
			if c.Kind != gazetteer.KindPlace || c.Demonym || float64(c.Population()) < coverShare*float64(biggest) ||
				!primaryName(c, f.key) {
				continue
			}
			if cc := c.CountryCode(); !slices.Contains(own, cc) {
				own = append(own, cc)
			}
		}
		if names == 0 {
			common = own
		} else {
			common = slices.DeleteFunc(common, func(cc string) bool { return !slices.Contains(own, cc) })
		}
		names++
		if len(common) == 0 {
			return ""
		}
	}
	if names < 2 || len(common) != 1 {
		return ""
	}
	return common[0]
}
