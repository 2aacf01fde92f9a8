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

// TestPhraseKeyAllocs: the look-up of a phrase's words in English or
// ASCII text costs no garbage (it runs on every "no", "la", "un"), and
// keys are written as the table writes them.
func TestPhraseKeyAllocs(t *testing.T) {
	words := []string{"no", "one", "was", "hurt"}
	var key [128]byte
	if n := testing.AllocsPerRun(100, func() {
		_ = relativeDayPhrases[string(appendPhraseKey(key[:0], words))]
		_ = mayOpenPhrase("la")
	}); n != 0 {
		t.Errorf("phrase look-up allocates %v times", n)
	}
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"Le", "lendemain"}, "nextday"},
		{[]string{"Την", "επόμενη", "μέρα"}, "nextday"},
		{[]string{"في", "اليوم", "التالي"}, "nextday"},
		{[]string{"AYNI", "gün"}, ""}, // Turkish dotless ı is not I lowered
		{[]string{"aynı", "gün"}, "sameday"},
	} {
		if got := relativeDayPhrases[phraseKey(c.words)]; got != c.want {
			t.Errorf("%q: %q, want %q", c.words, got, c.want)
		}
	}
}
