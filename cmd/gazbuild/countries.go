package main

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// countrySources names the inputs of the country table.
type countrySources struct {
	worldCountries string                       // world-countries countries.json
	nationalityEn  string                       // i18n-nationality langs/en.json
	isoCodes       string                       // iso-codes iso_3166-1.json
	isoMO          map[string]string            // language → iso_3166-1.mo
	geonames       map[string]map[string]string // libgeonames-common catalogues
}

// worldCountry is the part of a world-countries entry that is used.
type worldCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
		Native   map[string]struct {
			Common string `json:"common"`
		} `json:"native"`
	} `json:"name"`
	CCA2         string            `json:"cca2"`
	CCA3         string            `json:"cca3"`
	CCN3         string            `json:"ccn3"`
	AltSpellings []string          `json:"altSpellings"`
	Languages    map[string]string `json:"languages"`
	Translations map[string]struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"translations"`
	LatLng   []float64 `json:"latlng"`
	Demonyms map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// notDemonyms are words a source gives as one country's demonym that name
// something else in text: the official languages "Latin" (VA) and
// "Catalan" (AD, mostly about Catalonia), and i18n-nationality's "Welsh"
// for Wallis and Futuna (a data error).
var notDemonyms = map[string]bool{"Latin": true, "Catalan": true, "Welsh": true}

// buildCountries joins the country sources into rows
//
//	cca2 cca3 ccn3 name_common lat lon names demonyms
//
// one per world-countries entry, sorted by cca2.
func buildCountries(src countrySources, ov *overrides) ([][]string, error) {
	var wc []worldCountry
	if err := readJSON(src.worldCountries, &wc); err != nil {
		return nil, err
	}
	var nat struct {
		Nationalities map[string]string `json:"nationalities"`
	}
	if err := readJSON(src.nationalityEn, &nat); err != nil {
		return nil, err
	}
	var ic struct {
		Entries []struct {
			Alpha2       string `json:"alpha_2"`
			Name         string `json:"name"`
			OfficialName string `json:"official_name"`
			CommonName   string `json:"common_name"`
		} `json:"3166-1"`
	}
	if err := readJSON(src.isoCodes, &ic); err != nil {
		return nil, err
	}
	isoMO := map[string]map[string]string{}
	for lang, p := range src.isoMO {
		m, err := readMOFile(p)
		if err != nil {
			return nil, err
		}
		isoMO[lang] = m
	}

	// A language name is a demonym candidate ("Kazakh", "Ukrainian") only
	// when it is official in exactly one country, that country has at most
	// two official languages (minority languages such as Zulu or Sorani
	// name peoples, not countries) and it is a single word.
	langCountries := map[string][]string{}
	for _, c := range wc {
		for _, l := range c.Languages {
			langCountries[l] = append(langCountries[l], c.CCA2)
		}
	}

	seen := map[string]bool{}
	rows := make([][]string, 0, len(wc))
	for _, c := range wc {
		if !isCountryCode(c.CCA2) || seen[c.CCA2] {
			return nil, fmt.Errorf("%s: bad or repeated cca2 %q", src.worldCountries, c.CCA2)
		}
		seen[c.CCA2] = true
		if len(c.LatLng) != 2 {
			return nil, fmt.Errorf("%s: %s: latlng has %d values", src.worldCountries, c.CCA2, len(c.LatLng))
		}
		names := nameSet{}
		names.add(c.Name.Common, c.Name.Official)
		for _, lang := range sortedKeys(c.Name.Native) {
			names.add(c.Name.Native[lang].Common)
		}
		for _, a := range c.AltSpellings {
			// The alpha-2 code itself ("KZ", "FR") is not how prose names
			// a country; longer abbreviations (USA, UK, UAE, DRC) are.
			if a != c.CCA2 {
				names.add(a)
			}
		}
		for _, lang := range []string{"rus", "ara", "per"} {
			if t, ok := c.Translations[lang]; ok {
				names.add(t.Common, t.Official)
			}
		}
		for _, e := range ic.Entries {
			if e.Alpha2 != c.CCA2 {
				continue
			}
			for _, n := range []string{e.Name, e.OfficialName, e.CommonName} {
				if n == "" {
					continue
				}
				names.add(n)
				for _, lang := range sortedKeys(isoMO) {
					names.add(isoMO[lang][n])
				}
			}
		}
		names.add(src.geonames["en"][c.CCA2], src.geonames["ru"][c.CCA2])
		names.add(ov.countryName[c.CCA2]...)

		dem := nameSet{}
		if d, ok := c.Demonyms["eng"]; ok {
			dem.add(splitDemonym(d.M)...)
			dem.add(splitDemonym(d.F)...)
		}
		// i18n-nationality falls back to the country name where it has no
		// adjective ("Guam", "Virgin Islands, British", "Holy See (Vatican
		// City State)"); those are names, not demonyms, and are dropped.
		if n := nat.Nationalities[c.CCA2]; n != "" && !strings.ContainsAny(n, "(,") && !isName(names, c, n) && !notDemonyms[n] {
			dem.add(splitDemonym(n)...)
		}
		for _, l := range c.Languages {
			if len(langCountries[l]) == 1 && len(c.Languages) <= 2 && !strings.ContainsAny(l, " ()") && !notDemonyms[l] {
				dem.add(l)
			}
		}
		dem.add(ov.demonyms[c.CCA2]...)

		rows = append(rows, []string{
			c.CCA2, c.CCA3, c.CCN3, c.Name.Common,
			strconv.FormatFloat(c.LatLng[0], 'f', 5, 64), strconv.FormatFloat(c.LatLng[1], 'f', 5, 64),
			strings.Join(names.sorted(c.Name.Common), "|"), strings.Join(dem.sorted(), "|"),
		})
	}
	for cc := range ov.demonyms {
		if !seen[cc] {
			return nil, fmt.Errorf("%s: demonym for unknown country %s", outOverrides, cc)
		}
	}
	for cc := range ov.countryName {
		if !seen[cc] {
			return nil, fmt.Errorf("%s: country-alias for unknown country %s", outOverrides, cc)
		}
	}
	sortRows(rows)
	return rows, nil
}

// isName reports whether s is one of the country's names, ignoring case
// ("Heard Island and Mcdonald Islands").
func isName(names nameSet, c worldCountry, s string) bool {
	if strings.EqualFold(s, c.Name.Common) {
		return true
	}
	for n := range names {
		if strings.EqualFold(s, n) {
			return true
		}
	}
	return false
}

// splitDemonym splits the pairs the sources write as one string
// ("Antiguan, Barbudan", "Trinidadian or Tobagonian",
// "Bosnian - Herzegovinian") into their demonyms.
func splitDemonym(s string) []string {
	for _, sep := range []string{", ", " or ", " - "} {
		s = strings.ReplaceAll(s, sep, "|")
	}
	return strings.Split(s, "|")
}

// sortRows orders rows by their first field.
func sortRows(rows [][]string) {
	slices.SortFunc(rows, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
}
