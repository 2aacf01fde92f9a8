package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseOverrides(t *testing.T) {
	const good = "# header comment\n" +
		"\n" +
		"# why\n" +
		"place-name\t610612\tAktau\n" +
		"place-alias\t607610\tЖаңаөзен|Zhangaozen\n" +
		"place-alias\t607610\tNovy Uzen\n" +
		"admin1\t\tKZ.12510143\tKZ-10\tAbai\tAbai Region|Абайская область\n" +
		"admin1\tKZ.09\t-\t-\tMangistau\n" +
		"admin1\tKZ.1537272\tKZ-SHY\t-\t-\r\n" +
		"admin2\tGB.ENG.J1\tNorthamptonshire\n" +
		"demonym\tKZ\tKazakh|казахстанский\n" +
		"country-alias\tKZ\tQazaqstan\n"
	want := &overrides{
		placeName:  map[int]string{610612: "Aktau"},
		placeAlias: map[int][]string{607610: {"Жаңаөзен", "Zhangaozen", "Novy Uzen"}},
		admin1: map[string]admin1Override{
			"KZ.12510143": {iso: "KZ-10", display: "Abai", names: []string{"Abai Region", "Абайская область"}},
			"KZ.09":       {names: []string{"Mangistau"}},
			"KZ.1537272":  {iso: "KZ-SHY"},
		},
		admin2:      map[string]string{"GB.ENG.J1": "Northamptonshire"},
		demonyms:    map[string][]string{"KZ": {"Kazakh", "казахстанский"}},
		countryName: map[string][]string{"KZ": {"Qazaqstan"}},
	}
	got, err := parseOverrides(strings.NewReader(good), "overrides.tsv")
	if err != nil {
		t.Fatalf("parseOverrides: %v", err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseOverrides =\n%+v\nwant\n%+v", got, want)
	}
}

func TestParseOverridesErrors(t *testing.T) {
	tests := []struct {
		name, in, wantErr string
	}{
		{"unknown kind", "# c\nplace-rename\t1\tX\n", "overrides.tsv:2: unknown row kind"},
		{"too few fields", "admin1\tKZ.09\tKZ-MAN\n", "overrides.tsv:1: admin1 row has 3 fields, want 5"},
		{"too many fields", "place-name\t1\tA\tB\n", "place-name row has 4 fields"},
		{"bad geonameid", "place-name\tx1\tAktau\n", "bad geonameid"},
		{"two names", "place-name\t1\tA|B\n", "place-name takes one name"},
		{"second place-name", "place-name\t1\tA\nplace-name\t1\tB\n", "overrides.tsv:2: second place-name"},
		{"mixed script", "place-alias\t1\tNұr-Sұltan\n", "not a clean name in one kept script"},
		{"empty name in list", "place-alias\t1\tA||B\n", "not a clean"},
		{"other script", "demonym\tKZ\tカザフ\n", "not a clean"},
		{"bad country", "demonym\tKAZ\tKazakh\n", "bad country code"},
		{"bad admin1 code", "admin1\tKZ09\t-\t-\t-\n", "bad admin1 code"},
		{"ISO of another country", "admin1\tKZ.09\tRU-MOW\t-\t-\n", "not in country KZ"},
		{"second admin1", "admin1\tKZ.09\t-\t-\t-\nadmin1\tKZ.09\t-\t-\t-\n", "second admin1 row"},
		{"bad admin2 code", "admin2\tGB.J1\tNorthamptonshire\n", "bad admin2 code"},
		{"admin2 of no country", "admin2\tXXX.ENG.J1\tNorthamptonshire\n", "bad admin2 code"},
		{"second admin2", "admin2\tGB.ENG.J1\tA\nadmin2\tGB.ENG.J1\tB\n", "overrides.tsv:2: second admin2 row"},
		{"two admin2 names", "admin2\tGB.ENG.J1\tA|B\n", "admin2 takes one name"},
		{"spaces around a field", "place-name\t1\t Aktau\n", "surrounding spaces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseOverrides(strings.NewReader(tt.in), "overrides.tsv")
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestCommittedOverrides parses the real file so a bad edit fails go test,
// not only the next data refresh.
func TestCommittedOverrides(t *testing.T) {
	o, err := readOverridesFile("../../internal/gazetteer/data/overrides.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if o.placeName[610612] != "Aktau" {
		t.Errorf("place-name 610612 = %q, want Aktau", o.placeName[610612])
	}
}
