package gazetteer_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"aktau", "aktau"},
		{"Aktau", "aktau"},
		{"AKTAU", "aktau"},
		{"  Aktau  ", "aktau"},
		{"New  York", "new york"},
		{"New\tYork\n", "new york"},
		{"Alma-Ata", "alma ata"},
		{"St. Petersburg", "st petersburg"},
		{"Washington, D.C.", "washington d c"},
		{"(Aktau)", "aktau"},
		{"Île-de-France", "ile de france"},
		{"São Paulo", "sao paulo"},
		{"Zürich", "zurich"},
		{"Kraków", "krakow"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"Ærøskøbing", "aeroskobing"},
		{"İstanbul", "istanbul"},
		{"Almatı", "almati"},
		{"Gəncə", "gence"},
		{"Jañaözen", "janaozen"},
		{"Hà Nội", "ha noi"},
		{"N’Djamena", "ndjamena"},
		{"N'Djamena", "ndjamena"},
		{"Côte d’Ivoire", "cote divoire"},
		{"Ural’sk", "uralsk"},
		{"Uralʹsk", "uralsk"},
		{"Oʻral", "oral"},
		{"`Ayn", "ayn"},
		{"Москва", "москва"},
		{"МОСКВА", "москва"},
		{"Орёл", "орел"},
		{"Йошкар-Ола", "иошкар ола"},
		{"Ақтау", "актау"},
		{"Жаңаөзен", "жанаозен"},
		{"Қарағанды", "караганды"},
		{"Түркістан", "туркістан"},
		{"Київ", "киів"},
		{"Ґродно", "гродно"},
		{"Αθήνα", "αθηνα"},
		{"ΘΕΣΣΑΛΟΝΊΚΗΣ", "θεσσαλονικησ"}, // final sigma
		{"حماة", "حماه"},
		{"حمـــاه", "حماه"},            // tatweel
		{"إدلب", "ادلب"},               // hamza below: a mark
		{"مَدِينَة", "مدينه"},          // vowel marks
		{"کرمانشاه", "كرمانشاه"},       // Persian kaf
		{"سوریه", "سوريه"},             // Persian ye
		{"اسلام\u200cشهر", "اسلامشهر"}, // ZWNJ
		{"ירושלים", "ירושלים"},
		{"Երևան", "երեվան"},
		{"Երեւան", "երեվան"},
		{"ԵՐԵՎԱՆ", "երեվան"},
		{"თბილისი", "თბილისი"},
		{"दिल्ली", "दिल्ली"},              // vowel signs and virama stay
		{"फ़ैज़ाबाद", "फैजाबाद"},          // nukta after its letter
		{"\u095Cड", "डड"},                 // precomposed ड़
		{"चटगाँव", "चटगांव"},              // candrabindu as anusvara
		{"पटना।", "पटना"},                 // danda
		{"ঢাকায়", "ঢাকায"},               // Bengali য় precomposed
		{"ঢাকায\u09BC", "ঢাকায"},          // and with its nukta
		{"কোলকাতা", "ক\u09C7\u09BEলকাতা"}, // o-sign decomposed
		{"নারায়ণগঞ্জ\u200D", "নারাযণগঞ্জ"}, // ZWJ dropped
		{"Ala\u00ADbama", "alabama"}, // soft hyphen
		{"Aktau\u200B", "aktau"},     // zero-width space
		{"ＡＫＴＡＵ", "aktau"},           // fullwidth
		{"ﬁnland", "finland"},
		{"№ 5", "no 5"},
		{"½", "1 2"},
		{"Aktau\xff", "aktau"}, // invalid UTF-8 is a separator
		{"---", ""},
		{"서울", "서울"},
		{"東京", "東京"},
	}
	for _, tt := range tests {
		if got := gazetteer.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := string(gazetteer.AppendNormalize([]byte("x"), tt.in)); got != "x"+tt.want {
			t.Errorf("AppendNormalize(x, %q) = %q, want %q", tt.in, got, "x"+tt.want)
		}
		if got := refNormalize(tt.in); got != tt.want {
			t.Errorf("reference(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeAllocs(t *testing.T) {
	for _, s := range []string{"aktau", "new york", "москва", "караганды"} {
		if n := testing.AllocsPerRun(100, func() { gazetteer.Normalize(s) }); n != 0 {
			t.Errorf("Normalize(%q) of a key allocates %v times", s, n)
		}
	}
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() { gazetteer.AppendNormalize(buf[:0], "Мангистауская Область") }); n != 0 {
		t.Errorf("AppendNormalize into a large enough buffer allocates %v times", n)
	}
}

// TestNormalizeRunes checks Normalize against the reference for every rune
// in the fold tables' ranges and beyond, alone and between letters.
func TestNormalizeRunes(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b"} {
			if got, want := gazetteer.Normalize(s), refNormalize(s); got != want {
				t.Errorf("Normalize(%q) = %q, reference %q", s, got, want)
			}
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "Aktau", "  New  York ", "Île-de-France", "N’Djamena", "Жаңаөзен", "Straße", "a\u0301b", "\xff\xfe", "ﬁ½№", "İ", "ẞ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := gazetteer.Normalize(s)
		if k2 := gazetteer.Normalize(k); k2 != k {
			t.Errorf("Normalize not idempotent: %q → %q → %q", s, k, k2)
		}
		if strings.Contains(k, "  ") || strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") {
			t.Errorf("Normalize(%q) = %q has stray spaces", s, k)
		}
		if !utf8.ValidString(k) {
			t.Errorf("Normalize(%q) = %q is not valid UTF-8", s, k)
		}
		if want := refNormalize(s); k != want {
			t.Errorf("Normalize(%q) = %q, reference %q", s, k, want)
		}
	})
}

func BenchmarkNormalizeASCII(b *testing.B) {
	for _, s := range []string{"aktau", "Santa Maria de Jesus", "St. Petersburg"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				gazetteer.Normalize(s)
			}
		})
	}
}

func BenchmarkNormalizeCyrillic(b *testing.B) {
	for _, s := range []string{"москва", "Мангистауская область", "Жаңаөзен"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				gazetteer.Normalize(s)
			}
		})
	}
}

func TestNormalizesTo(t *testing.T) {
	names := []string{"", " ", "Aktau", "aktau", "N’Djamena", "Ndjamena", "St. Petersburg", "  Rio  de-Janeiro ",
		"Île-de-France", "Straße", "Ural'sk", "a", "ab", "-a-", "Жаңаөзен", "Almaty!", "x\xffy", "¼", "A B"}
	for _, s := range names {
		for _, k := range names {
			for _, key := range []string{k, gazetteer.Normalize(k)} {
				if got, want := gazetteer.NormalizesTo(s, key), gazetteer.Normalize(s) == key; got != want {
					t.Errorf("NormalizesTo(%q, %q) = %v, want %v", s, key, got, want)
				}
			}
		}
	}
}
