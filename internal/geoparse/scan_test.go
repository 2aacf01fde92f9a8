package geoparse_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/report/reporttest"
)

// FuzzParse checks that any text parses without panic and that every
// mention's offsets hold its words.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Protests spread from Zhanaozen to Aktau, Mangystau.",
		"HEERENVEEN. Rockingham, Northamptonshire; Khorog, Ishkashim or Rushan; IN THE STATES between Alberta and Montana, the Vienna Metro near Centreville, Va.",
		"Тысячи людей вышли на площадь в Алматы.",
		"St. Petersburg's mayor met President X in Rio de Janeiro (Brazil).",
		"N’Djamena — Côte d’Ivoire — São Paulo",
		"\xff\xfe broken \x00 bytes Almaty",
		"Kazakhstan: the capital, the Kazakh capital and the country's largest city; Nigeria's biggest city.",
		"Crews closed the A417 near the Air Balloon roundabout; I-75 and Highway 19 too. Harare’s Third Street, at State and Hubbard streets.",
		"Nurses marched on the Capitol and outside Parliament; the European Commission, BC, NSW and Oxfordshire.",
		"Акции в Москве, Твери и Жанаозене; жители Хабаровска-на-Амуре. Центре. Kiev's Maidan Square, said Georgia Martins, a nurse.",
		"В Западно-Казахстанской области и в Нур-Султане; Co. Antrim, County Cork, Co Kerry. St. Peter's Square, the Zócalo, Heathrow.",
		"В Нижнем Новгороде, под Ростовом-на-Дону, в Уфе и Оше; у Києві, з Харкова; Алматыда, Жанаөзеннен. Ростове-на-",
		"İstanbul'dan Ankara'ya, Bakı'da; Côte d'Ivoire, Val d’Isère, Sana'a, X'da, Y’, d'Z'e.",
		"w Warszawie, Krakowie i Gdańsku; v Praze a v Brně; u Zagrebu i Splitu; Roe v Wade; z , i Ź; u Nišu.",
		"d'Occitanie, l'Haÿ-les-Roses, L'Aquila, d'É, l'’X, d', l'', d’Z-les-Q; qu'Alger.",
		"Нарында, Ошто, Бишкектеги; Budapesten, Debrecenben, Győrből, Ébe, Aő, Budapestről.",
		"Clujului, Bucureștiului, Chișinăului, Aei, Blui, Timișoarei.",
		"Floods hit Van. A 1992 Toyota; Wal-Mart; Pack 122; Loop 286; St. John's Lutheran School; The City Council; Mary of Nazareth.",
		"في دمشق وحلب، للخرطوم وبالموصل ودير الزور؛ ال لل و ب؛ بتل אביב ובתל אביב; مح\u200cافظة إدلب; اسلام\u200cشهر ـــ",
		"თბილისში, ბათუმიდან, ში; στην Αθήνα, της Πάτρας, Σ; Երևանում, Երեւանի, ԵՐԵՎԱՆ, Ն.",
		"दिल्ली में, काठमाडौंमा, पुण्यात; पोखरा उपमहानगरपालिकाका; ঢাকায়, ঢাকায\u09bc, চট্টগ্রামের; मा; ে; पश्चिम बंगालमा.",
		"पटना में, मुजफ्फरपुर में, ड़ में; হলগুলোতে, বগুড\u09bcায়, য\u09bc; ़ ्य ং.",
	} {
		f.Add(s)
	}
	p := parser(f)
	p.Roles = true
	// The same text with every option on: features, demonyms.
	all := parser(f)
	all.Roles, all.Features, all.Demonyms = true, true, true
	f.Fuzz(func(t *testing.T, text string) {
		runes := utf8.RuneCountInString(text)
		for _, m := range append(p.Parse(text), all.Parse(text)...) {
			if m.ByteStart < 0 || m.ByteEnd > len(text) || m.ByteStart >= m.ByteEnd || text[m.ByteStart:m.ByteEnd] != m.Text {
				t.Fatalf("byte offsets [%d,%d) do not hold %q", m.ByteStart, m.ByteEnd, m.Text)
			}
			if m.Start < 0 || m.End > runes || m.Start >= m.End {
				t.Fatalf("rune offsets [%d,%d) outside %d runes", m.Start, m.End, runes)
			}
			if utf8.ValidString(text) && utf8.RuneCountInString(text[:m.ByteStart]) != m.Start {
				t.Fatalf("rune offset %d, want %d", m.Start, utf8.RuneCountInString(text[:m.ByteStart]))
			}
		}
	})
}

// devThread is kept beside the repository, never inside it.
const devThread = "../../../shared/eval/dev/kz-2022-forum-thread.txt"

// TestDevThread checks the places the dev thread names resolve as a
// reader would, and that its traps give no town.
func TestDevThread(t *testing.T) {
	data, err := os.ReadFile(devThread)
	if os.IsNotExist(err) {
		t.Skipf("skipping: %s not found (the shared evaluation folder sits beside the repository)", devThread)
	}
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]map[int]bool{}
	countries := map[string]bool{}
	for _, m := range parser(t).Parse(string(data)) {
		if got[m.Text] == nil {
			got[m.Text] = map[int]bool{}
		}
		got[m.Text][m.Place.ID] = true
		if m.Place.Precision == "country" {
			countries[m.Place.Country] = true
		}
	}
	for text, id := range map[string]int{
		"Zhanaozen": 607610, "Aktau": 610612, "Aktobe": 610611, "Taraz": 1516905, "Chimkent": 1518980,
		"Karaganda": 609655, "Uralsk": 608668, "Nur-Sultan": 1526273, "Astana": 1526273, "Almaty": 1526384,
		"Mangystau": 608879, "Mangistau": 608879,
	} {
		if len(got[text]) != 1 || !got[text][id] {
			t.Errorf("%s resolved to %v, want only %d", text, keys(got[text]), id)
		}
	}
	if !countries["KZ"] {
		t.Error("Kazakhstan not found as a country")
	}
	for _, trap := range []string{"Republic", "Energy", "NATO", "CSTO", "Kremlin", "OPEC", "Capital", "Kazakh", "West", "Anger", "Due", "Shal"} {
		if got[trap] != nil {
			t.Errorf("%q gave a place: %v", trap, keys(got[trap]))
		}
	}
}

func keys(m map[int]bool) []int {
	var out []int
	for k := range m {
		out = append(out, k)
	}
	return out
}

// BenchmarkParse measures recognition and resolution on news-like English
// text with a place name every sentence or two (MB/s per core).
func BenchmarkParse(b *testing.B) {
	p := parser(b)
	para := "Thousands of workers gathered in the central square of Almaty on Tuesday, demanding lower fuel prices and higher wages. " +
		"Police said the rally was peaceful, but later that evening officers detained several organisers near the city hall. " +
		"Similar protests were reported in Aktau and Zhanaozen, where oil workers have been on strike since the start of the month. " +
		"The government promised to review the price rise, according to a statement published by the ministry on its website. "
	text := strings.Repeat(para, 250) // about 120 KB
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Parse(text)
	}
}

// BenchmarkParseNoPlaces measures the scan over text with capitalised
// words but no place names: the cost of skipping.
func BenchmarkParseNoPlaces(b *testing.B) {
	p := parser(b)
	para := "the committee met again on the second floor and the members argued about the wording of the final statement for hours. " +
		"nobody expected the vote to pass, yet after midnight a majority agreed to publish the text with only minor changes. "
	text := strings.Repeat(para, 500)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Parse(text)
	}
}

// BenchmarkParseNews measures Parse on the posts of our test reports
// (../extract/testdata/reports, every input format), as the event
// extractor calls it: post by post, MB/s of post text per core.
func BenchmarkParseNews(b *testing.B) {
	posts, size := reporttest.Posts(reporttest.Dir(b, "../extract/testdata/reports"))
	p := parser(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range posts {
			p.Parse(t)
		}
	}
}
