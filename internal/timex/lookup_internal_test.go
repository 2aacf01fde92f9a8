package timex

import "testing"

// TestLookupLowerAllocs: lookupLower runs on every capitalised word of a
// text with a letter past ASCII, so an ASCII word must cost no garbage.
func TestLookupLowerAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(100, func() { lookupLower(turkishLexicon, "Washington") }); n != 0 {
		t.Errorf("lookupLower allocates %v times for an ASCII word", n)
	}
	for _, w := range []string{"Temmuz", "temmuz", "TEMMUZ", "Şubat", "Ağustos"} {
		if e, ok := lookupLower(turkishLexicon, w); !ok || e == nil {
			t.Errorf("%s: not found", w)
		}
	}
}
