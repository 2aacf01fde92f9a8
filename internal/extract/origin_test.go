package extract

import (
	"strings"
	"testing"
)

func TestOrigin(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"a crowd, many of them people from the neighbouring island of Malaita, gathered", "Malaita", true},
		{"Hundreds of workers from Mangystau marched in Almaty.", "Mangystau", true},
		{"Protests spread from Zhanaozen to Aktau.", "Zhanaozen", false},
		{"thousands of workers from the Minsk Tractor Works marched out", "Minsk", false},
		{"delegates arrived from Nukus on Monday", "Nukus", false},
		{"students from Yerevan State University", "Yerevan", false},
		{"Protesters gathered in Tunis.", "Tunis", false},
		{"this comes to you by landline via colleagues in Tashkent", "Tashkent", true},
	} {
		at := strings.Index(c.text, c.name)
		if got := origin(c.text, at, at+len(c.name)); got != c.want {
			t.Errorf("origin(%q, %s) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
