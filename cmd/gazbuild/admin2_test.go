package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// admin2Fixture writes a cities500 dump of three places and an admin2
// list that names one of their two divisions.
func admin2Fixture(t *testing.T) (cities, names string) {
	t.Helper()
	row := func(id, name, lat, lon, cc, a1, a2, pop string) string {
		c := make([]string, numCols)
		c[colID], c[colName], c[colLat], c[colLon] = id, name, lat, lon
		c[colCountry], c[colAdmin1], c[colAdmin2], c[colPopulation] = cc, a1, a2, pop
		return strings.Join(c, "\t")
	}
	dir := t.TempDir()
	cities = filepath.Join(dir, "cities500.txt")
	names = filepath.Join(dir, "admin2.json")
	dump := strings.Join([]string{
		row("2641430", "Northampton", "52.25", "-0.88", "GB", "ENG", "J1", "200000"),
		row("2645298", "Kettering", "52.40", "-0.73", "GB", "ENG", "J1", "60000"),
		row("2643743", "London", "51.51", "-0.13", "GB", "ENG", "GLA", "8000000"),
	}, "\n") + "\n"
	if err := os.WriteFile(cities, []byte(dump), 0o644); err != nil {
		t.Fatal(err)
	}
	list := `[{"code":"GB.ENG.GLA","name":"Greater London"},{"code":"GB.ENG.NNH","name":"North Northamptonshire"}]`
	if err := os.WriteFile(names, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	return cities, names
}

func TestBuildAdmin2(t *testing.T) {
	cities, names := admin2Fixture(t)
	// Without an override the renumbered county's places name no division.
	rows, err := buildAdmin2(cities, names, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"GB.ENG.GLA", "Greater London", "51.51000", "-0.13000", "8000000"}}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows = %q, want %q", rows, want)
	}
	// An override names it; its point is the middle of its places' box.
	rows, err = buildAdmin2(cities, names, map[string]string{"GB.ENG.J1": "Northamptonshire"})
	if err != nil {
		t.Fatal(err)
	}
	want = [][]string{
		{"GB.ENG.GLA", "Greater London", "51.51000", "-0.13000", "8000000"},
		{"GB.ENG.J1", "Northamptonshire", "52.32500", "-0.80500", "260000"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows = %q, want %q", rows, want)
	}
}

func TestBuildAdmin2StaleOverrides(t *testing.T) {
	cities, names := admin2Fixture(t)
	for _, tt := range []struct {
		extra   map[string]string
		wantErr string
	}{
		{map[string]string{"GB.ENG.GLA": "London"}, `admin2 GB.ENG.GLA is already named "Greater London"`},
		{map[string]string{"GB.ENG.ZZ": "Nowhere"}, "no place of " + cities + " is in admin2 GB.ENG.ZZ"},
	} {
		if _, err := buildAdmin2(cities, names, tt.extra); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("buildAdmin2 with %v: error %v, want one containing %q", tt.extra, err, tt.wantErr)
		}
	}
}
