package gazetteer

import "testing"

func TestFirstPartName(t *testing.T) {
	demonym := func(w string) bool { return w == "French" }
	for _, c := range []struct{ name, want string }{
		{"Bosnia and Herzegovina", "Bosnia"},
		{"Saint Kitts and Nevis", "Saint Kitts"},
		{"Saint Vincent and the Grenadines", "Saint Vincent"},
		{"Heard Island and McDonald Islands", "Heard Island"},
		{"Saint Helena, Ascension and Tristan da Cunha", "Saint Helena"},
		// The first part shares the plural last word: no name alone.
		{"Turks and Caicos Islands", ""},
		// A demonym opens it.
		{"French Southern and Antarctic Lands", ""},
		{"Kazakhstan", ""},
	} {
		got, ok := firstPartName(c.name, demonym)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("firstPartName(%q) = %q, %v; want %q", c.name, got, ok, c.want)
		}
	}
}
