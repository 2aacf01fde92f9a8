package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// overrides is the parsed content of the hand-kept overrides.tsv; the file
// header documents each row kind.
type overrides struct {
	placeName   map[int]string            // place-name: geonameid → display name
	placeAlias  map[int][]string          // place-alias: geonameid → extra names
	admin1      map[string]admin1Override // admin1: "KZ.09" → fixes
	admin2      map[string]string         // admin2: "GB.ENG.J1" → English name
	demonyms    map[string][]string       // demonym: "KZ" → extra demonyms
	countryName map[string][]string       // country-alias: "KZ" → extra names
}

// admin1Override completes one admin1 row; empty fields keep what the
// sources say.
type admin1Override struct {
	iso     string // ISO 3166-2 code, e.g. "KZ-10"
	display string // English display name
	names   []string
}

// readOverridesFile parses the overrides file at path; see parseOverrides.
func readOverridesFile(path string) (*overrides, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseOverrides(f, path)
}

// parseOverrides reads rows of tab-separated fields (runs of tabs count as
// one separator, so columns may be aligned; "-" stands for an empty
// field). Lines starting with '#' and blank lines are ignored. Errors name
// the file and line.
func parseOverrides(r io.Reader, name string) (*overrides, error) {
	o := &overrides{
		placeName:   map[int]string{},
		placeAlias:  map[int][]string{},
		admin1:      map[string]admin1Override{},
		admin2:      map[string]string{},
		demonyms:    map[string][]string{},
		countryName: map[string][]string{},
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), " \r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := o.addRow(splitTabs(text)); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	return o, nil
}

// splitTabs splits on runs of tabs.
func splitTabs(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '\t' })
}

// addRow interprets one data row.
func (o *overrides) addRow(f []string) error {
	want := map[string]int{"place-name": 3, "place-alias": 3, "admin1": 5, "admin2": 3, "demonym": 3, "country-alias": 3}
	n, ok := want[f[0]]
	if !ok {
		return fmt.Errorf("unknown row kind %q", f[0])
	}
	if len(f) != n {
		return fmt.Errorf("%s row has %d fields, want %d", f[0], len(f), n)
	}
	for i, v := range f {
		if strings.TrimSpace(v) != v {
			return fmt.Errorf("field %d %q has surrounding spaces", i+1, v)
		}
	}
	switch f[0] {
	case "place-name", "place-alias":
		id, err := strconv.Atoi(f[1])
		if err != nil || id <= 0 {
			return fmt.Errorf("bad geonameid %q", f[1])
		}
		names, err := overrideNames(f[2])
		if err != nil {
			return err
		}
		if f[0] == "place-alias" {
			o.placeAlias[id] = append(o.placeAlias[id], names...)
			return nil
		}
		if len(names) != 1 {
			return fmt.Errorf("place-name takes one name, got %d", len(names))
		}
		if _, dup := o.placeName[id]; dup {
			return fmt.Errorf("second place-name for %d", id)
		}
		o.placeName[id] = names[0]
	case "admin1":
		cc, _, ok := strings.Cut(f[1], ".")
		if !ok || !isCountryCode(cc) {
			return fmt.Errorf("bad admin1 code %q, want CC.code", f[1])
		}
		if _, dup := o.admin1[f[1]]; dup {
			return fmt.Errorf("second admin1 row for %s", f[1])
		}
		a := admin1Override{iso: dash(f[2]), display: dash(f[3])}
		if a.iso != "" && !strings.HasPrefix(a.iso, cc+"-") {
			return fmt.Errorf("ISO code %q is not in country %s", a.iso, cc)
		}
		if a.display != "" {
			if _, ok := cleanName(a.display); !ok {
				return fmt.Errorf("display name %q is not a clean name in one kept script", a.display)
			}
		}
		if dash(f[4]) != "" {
			names, err := overrideNames(f[4])
			if err != nil {
				return err
			}
			a.names = names
		}
		o.admin1[f[1]] = a
	case "admin2":
		parts := strings.Split(f[1], ".")
		if len(parts) != 3 || !isCountryCode(parts[0]) || parts[1] == "" || parts[2] == "" {
			return fmt.Errorf("bad admin2 code %q, want CC.ADMIN1.ADMIN2", f[1])
		}
		if _, dup := o.admin2[f[1]]; dup {
			return fmt.Errorf("second admin2 row for %s", f[1])
		}
		names, err := overrideNames(f[2])
		if err != nil {
			return err
		}
		if len(names) != 1 {
			return fmt.Errorf("admin2 takes one name, got %d", len(names))
		}
		o.admin2[f[1]] = names[0]
	case "demonym", "country-alias":
		if !isCountryCode(f[1]) {
			return fmt.Errorf("bad country code %q", f[1])
		}
		names, err := overrideNames(f[2])
		if err != nil {
			return err
		}
		if f[0] == "demonym" {
			o.demonyms[f[1]] = append(o.demonyms[f[1]], names...)
		} else {
			o.countryName[f[1]] = append(o.countryName[f[1]], names...)
		}
	}
	return nil
}

// overrideNames splits a '|'-joined list and rejects names the outputs
// could not carry, so a typo fails the build instead of vanishing.
func overrideNames(s string) ([]string, error) {
	parts := strings.Split(s, "|")
	for _, p := range parts {
		if c, ok := cleanName(p); !ok || c != p {
			return nil, fmt.Errorf("name %q is not a clean name in one kept script", p)
		}
	}
	return parts, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}
