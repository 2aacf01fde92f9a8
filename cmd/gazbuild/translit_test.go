package main

import (
	"slices"
	"testing"
)

func TestTransliterate(t *testing.T) {
	tests := []struct {
		in   string
		want []string // BGN-ish first, then GOST-lite when it differs
	}{
		// Russian.
		{"Александровка", []string{"Aleksandrovka", "Alexandrovka"}},
		{"Жанаозен", []string{"Zhanaozen"}},
		{"Уральск", []string{"Uralsk"}},
		{"Екатеринбург", []string{"Yekaterinburg", "Ekaterinburg"}},
		{"Королёв", []string{"Korolev", "Korolyov"}},
		{"Нижний Новгород", []string{"Nizhniy Novgorod", "Nizhny Novgorod"}},
		{"Красный Яр", []string{"Krasnyy Yar", "Krasny Yar"}},
		{"Майкоп", []string{"Maykop", "Maikop"}},
		{"Щучинск", []string{"Shchuchinsk"}},
		{"Усть-Каменогорск", []string{"Ust-Kamenogorsk"}},
		{"Новый Узень", []string{"Novyy Uzen", "Novy Uzen"}},
		{"Подъём", []string{"Podyem", "Podyom"}},
		{"СССР", []string{"SSSR"}},
		{"ЖАНА", []string{"ZHANA"}},
		// Kazakh letters ә ғ қ ң ө ұ ү һ і.
		{"Ақтау", []string{"Aktau", "Aqtau"}},
		{"Жаңаөзен", []string{"Zhanaozen", "Zhangaozen"}},
		{"Қарағанды", []string{"Karagandy", "Qaraghandy"}},
		{"Өскемен", []string{"Oskemen"}},
		{"Түркістан", []string{"Turkistan"}},
		{"Ұлытау", []string{"Ulytau"}},
		{"Әулиекөл", []string{"Auliyekol", "Auliekol"}},
		{"Һ", []string{"H"}},
		// Ukrainian: national system, then Russian values.
		{"Київ", []string{"Kyiv", "Kiyiv"}},
		{"Харків", []string{"Kharkiv"}},
		{"Кривий Ріг", []string{"Kryvyi Rih", "Krivy Rig"}},
		{"Згурівка", []string{"Zghurivka", "Zgurivka"}},
		{"Мар'янівка", []string{"Marianivka", "Maryanivka"}},
		{"Євпаторія", []string{"Yevpatoriia", "Yevpatoriya"}},
		// Belarusian.
		{"Гомель Ўсход", []string{"Homel Uskhod", "Gomel Uskhod"}},
		// Serbian letters.
		{"Љубовија", []string{"Ljubovija"}},
		// Not Cyrillic-only, or an unknown letter: nothing.
		{"Aktau", nil},
		{"Nұr-Sұltan", nil},
		{"Ԥ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := transliterate(tt.in)
			if !slices.Equal(got, tt.want) {
				t.Errorf("transliterate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCyrillicLang(t *testing.T) {
	tests := []struct {
		in   string
		want cyrLang
	}{
		{"Москва", langRussian},
		{"Ақтау", langKazakh},
		{"Түркістан", langKazakh},
		{"Київ", langUkrainian},
		{"Ріддер", langUkrainian},
		{"Гомель", langRussian},
		{"Віцебск", langUkrainian},
		{"Мазыр Ўсход", langBelarusian},
		{"Віцебскі раён", langBelarusian},
		{"Бярэзінскі", langBelarusian},
	}
	for _, tt := range tests {
		if got := cyrillicLang([]rune(tt.in)); got != tt.want {
			t.Errorf("cyrillicLang(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
