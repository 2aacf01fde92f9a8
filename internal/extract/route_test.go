package extract

import (
	"strings"
	"testing"

	"github.com/unrest-project/unrest/internal/geoparse"
)

func TestRouteEnd(t *testing.T) {
	for _, c := range []struct {
		text, a, b string
		want       bool
	}{
		{"the Kisumu-Kakamega road was barricaded", "Kisumu", "Kakamega", true},
		{"the Almaty–Bishkek highway", "Almaty", "Bishkek", true},
		{"on the Lima/Callao Railway", "Lima", "Callao", true},
		{"marches in Kisumu-Kakamega too", "Kisumu", "Kakamega", false},
		{"marches in Kisumu - Kakamega road", "Kisumu", "Kakamega", false},
		{"from Kisumu to the Kakamega road", "Kisumu", "Kakamega", false},
		{"the Kisumu-Kakamega roadshow", "Kisumu", "Kakamega", false},
	} {
		ai := strings.Index(c.text, c.a)
		bi := strings.Index(c.text, c.b)
		a := geoparse.Mention{ByteStart: ai, ByteEnd: ai + len(c.a)}
		b := geoparse.Mention{ByteStart: bi, ByteEnd: bi + len(c.b)}
		if got := routeEnd(c.text, a, b); got != c.want {
			t.Errorf("routeEnd(%q, %s, %s) = %v, want %v", c.text, c.a, c.b, got, c.want)
		}
	}
}
