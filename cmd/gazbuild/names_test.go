package main

import (
	"slices"
	"testing"
)

func TestCleanName(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Aktau", "Aktau", true},
		{"Ақтау", "Ақтау", true},
		{"Oʻral", "Oʻral", true},                        // modifier letter is neutral
		{"awral  kazakhstan", "awral kazakhstan", true}, // white space collapsed
		{"Santo Ângelo", "Santo Ângelo", true},          // a real Â
		{"Ân Thi", "Ân Thi", true},
		{"Novyy Uzen’", "Novyy Uzen’", true},
		{"Nұr-Sұltan", "", false}, // Latin + Cyrillic
		{"Aστάνα", "", false},     // Latin + Greek
		{"astanٱ", "", false},     // Latin + Arabic
		{"アスタナ", "", false},       // a script not kept
		{"دمشق", "دمشق", true},
		{"\u200fحلب\u200e", "حلب", true},           // direction marks removed
		{"اسلام\u200cشهر", "اسلام\u200cشهر", true}, // Persian's ZWNJ kept
		{"ירושלים", "ירושלים", true},
		{"Αθήνα", "Αθήνα", true},
		{"თბილისი", "თბილისი", true},
		{"Երևան", "Երևան", true},
		{"Αθήνα Athens", "", false}, // two scripts
		{"دمشق Δ", "", false},
		{"aq\u200ctaw", "", false}, // zero-width non-joiner
		{"Mosc£", "", false},       // mojibake
		{"MÃ©xico", "", false},     // UTF-8 read as Latin-1
		{"Bad\uFFFD", "", false},
		{"A|B", "", false},
		{"1234", "", false}, // no letter
		{"  ", "", false},
	}
	for _, tt := range tests {
		got, ok := cleanName(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("cleanName(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestIsCodeLike(t *testing.T) {
	for in, want := range map[string]bool{
		"NQZ": true, "TSE": true, "UKK": true, "KZ": true, "A1B2C": true,
		"A": false, "ABCDEF": false, "Aktau": false, "NQ-Z": false, "Ала": false,
	} {
		if got := isCodeLike(in); got != want {
			t.Errorf("isCodeLike(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNameSetSorted(t *testing.T) {
	ns := nameSet{}
	ns.add("Шевченко", "Aktau", "Shevchenko", "Aktau", "SCO ", "Nұr")
	got := ns.sorted("Aktau")
	want := []string{"SCO", "Shevchenko", "Шевченко"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted = %q, want %q", got, want)
	}
}

func TestGeneratedForms(t *testing.T) {
	names := func(s ...string) nameSet { ns := nameSet{}; ns.add(s...); return ns }
	tests := []struct {
		cc, display, wiki string
		names             nameSet
		want              []string
	}{
		{"KZ", "Mangystau", "Mangystau Region", names("Мангистауская область"), []string{"Mangystau Oblast", "Mangystau Region"}},
		{"KZ", "Pavlodar Region", "Pavlodar Region", names("Pavlodar oblysy"), []string{"Pavlodar Oblast", "Pavlodar Region"}},
		{"KZ", "Almaty", "Almaty", names("Алматы"), nil}, // the city
		{"RU", "Moscow Oblast", "Moscow Oblast", names("Московская область"), []string{"Moscow Oblast"}},
		{"FR", "Île-de-France", "", names("Île-de-France Region"), nil},
		{"IR", "Yazd Province", "", names("Yazd"), []string{"Yazd Province"}},
		{"CZ", "Liberec Region", "Liberec Region", names(), []string{"Liberec Region"}},
		{"ZM", "Western Province", "Western Province (Zambia)", names(), nil}, // generic
		{"DE", "Bavaria", "Bavaria", names("Бавария"), nil},
		{"RU", "Leningradskaya Oblast'", "Leningrad Oblast", names("Ленинградская область"), nil},
		{"RU", "Bashkortostan Republic", "Bashkortostan", names("Республика Башкортостан"), nil},
		{"", "", "", names(), nil},
	}
	for _, tt := range tests {
		got := generatedForms(tt.cc, tt.display, tt.wiki, tt.names)
		if !slices.Equal(got, tt.want) {
			t.Errorf("generatedForms(%s, %q, %q) = %q, want %q", tt.cc, tt.display, tt.wiki, got, tt.want)
		}
	}
}
