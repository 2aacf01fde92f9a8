package extract

import "testing"

// TestDenied: the words before a place deny it, or only widen it.
func TestDenied(t *testing.T) {
	cases := []struct {
		before string
		want   bool
	}{
		{"Nothing in ", true},
		{"So it happened. Nothing in Riffa or ", true},
		{"Police detained 40 people not in ", true},
		{"There was no curfew in ", true},
		{"No marches at all in Kyiv, nor in ", true},
		{"Police detained 40 people not only in ", false},
		{"They marched not just at ", false},
		{"Nothing happened. Crowds gathered in ", false}, // the denial is another sentence's
		{"Police did not say how many were held in ", false},
		{"Protesters marched in ", false},
	}
	for _, c := range cases {
		if got := denied(c.before); got != c.want {
			t.Errorf("denied(%q) = %v, want %v", c.before, got, c.want)
		}
	}
}
