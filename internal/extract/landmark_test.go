package extract

import (
	"testing"

	"github.com/unrest-project/unrest/internal/geoparse"
)

func TestLandmarkBefore(t *testing.T) {
	cases := []struct{ text, want string }{
		{"crowds gathered at the Fourth Circle", "fourth circle"},
		{"protesters filled Tahrir Square", "tahrir square"},
		{"About 100,000 filled Avenida Rio Branco", "avenida rio branco"},
		{"students camped on Ala-Too Square", "ala-too square"},
		{"a rally at the Square", ""},                // a head alone
		{"workers from the Minsk Tractor Works", ""}, // no head word
		{"he spoke. Independence Avenue", "independence avenue"},
		{"they met on Main Street, Long Road", "long road"},                  // a comma ends the run
		{"One Two Three Four Five Six Square", "three four five six square"}, // at most five words
	}
	for _, c := range cases {
		if got := landmarkBefore(c.text); got != c.want {
			t.Errorf("landmarkBefore(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestLandmarksLearnFind(t *testing.T) {
	amman := geoparse.Place{ID: 250441, Name: "Amman", Country: "JO", Precision: geoparse.City}
	text := "Crowds gathered at the Fourth Circle in Amman."
	at := len("Crowds gathered at the Fourth Circle in ")
	var lm landmarks
	lm.learn(text, []geoparse.Mention{{ByteStart: at, ByteEnd: at + len("Amman"), Text: "Amman", Place: amman}})
	if p, ok := lm.find("troops were deployed around the fourth circle on saturday."); !ok || p.ID != amman.ID {
		t.Errorf("find: got %v %v, want Amman", p, ok)
	}
	if _, ok := lm.find("a fourth circler said nothing."); ok {
		t.Error("find matched inside a longer word")
	}
}
