package timex_test

import (
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/timex"
)

// TestRightToLeftDates reads dates in Arabic, Persian and Hebrew as the
// English ones are read: months of three Arabic usages and two words,
// a month in two calendars' names, Arabic-Indic and Persian digits,
// weekdays, the solar Hijri calendar, Hebrew prefixes.
func TestRightToLeftDates(t *testing.T) {
	sep22 := time.Date(2022, 9, 30, 0, 0, 0, 0, time.UTC) // a Friday
	apr19 := time.Date(2019, 4, 11, 0, 0, 0, 0, time.UTC) // a Thursday
	mar23 := time.Date(2023, 3, 28, 0, 0, 0, 0, time.UTC) // a Tuesday
	cases := []struct {
		anchor    time.Time
		text      string
		want, day string
	}{
		{apr19, "خرج المتظاهرون في 6 أبريل 2019 إلى القيادة العامة.", "6 أبريل 2019", "2019-04-06"},
		{apr19, "فُض الاعتصام في 3 يونيو/حزيران 2019.", "3 يونيو/حزيران 2019", "2019-06-03"},
		{apr19, "بدأت الاحتجاجات في 25 تشرين الأول 2019 في بغداد.", "25 تشرين الأول 2019", "2019-10-25"},
		{apr19, "تظاهرات ١٩ كانون الأول ٢٠١٨ في عطبرة", "١٩ كانون الأول ٢٠١٨", "2018-12-19"},
		{apr19, "مسيرة حاشدة يوم 22 فيفري في الجزائر العاصمة", "22 فيفري", "2019-02-22"},
		{apr19, "خرج الآلاف يوم الجمعة في الخرطوم.", "الجمعة", "2019-04-05"},
		{apr19, "وأعلنت السلطات أمس حظر التجول.", "أمس", "2019-04-10"},
		// Persian: solar Hijri dates with and without the year, Persian
		// digits, a weekday written with a zero-width non-joiner.
		{sep22, "مهسا امینی در ۲۵ شهریور ۱۴۰۱ درگذشت.", "۲۵ شهریور ۱۴۰۱", "2022-09-16"},
		{sep22, "در ۸ مهر در زاهدان تیراندازی شد.", "۸ مهر", "2022-09-30"},
		{sep22, "تجمع روز سه‌شنبه در تهران برگزار شد.", "سه‌شنبه", "2022-09-27"},
		{sep22, "اعتراضات ۱۷ سپتامبر ۲۰۲۲ در سقز آغاز شد.", "۱۷ سپتامبر ۲۰۲۲", "2022-09-17"},
		// Hebrew: a month after "ב", a weekday after "ביום".
		{mar23, "השביתה הכללית החלה ב-27 במרץ 2023.", "27 במרץ 2023", "2023-03-27"},
		{mar23, "ביום שני נחסם האיילון.", "ביום שני", "2023-03-27"},
		{mar23, "אתמול הפגינו אלפים בירושלים.", "אתמול", "2023-03-27"},
		// Urdu.
		{mar23, "لاہور میں 9 مئی 2023 کو ہنگامے ہوئے۔", "9 مئی 2023", "2023-05-09"},
		{mar23, "پیر کو کراچی میں ہڑتال ہوئی۔", "پیر", "2023-03-27"},
	}
	for _, c := range cases {
		checkDay(t, c.anchor, c.text, c.want, c.day)
	}
}

// checkNoDate fails for each of texts in which the tagger finds a date.
func checkNoDate(t *testing.T, anchor time.Time, texts ...string) {
	t.Helper()
	tg := &timex.Tagger{}
	for _, text := range texts {
		if all := tg.Tag(text, anchor); len(all) != 0 {
			t.Errorf("%s: got %s=%s, want no date", text, all[0].Text, all[0].Value)
		}
	}
}

// checkDay tags text against anchor and checks that it yields the
// expression want, a date on day, at want's offsets.
func checkDay(t *testing.T, anchor time.Time, text, want, day string) {
	t.Helper()
	t.Run(text, func(t *testing.T) {
		var texts []string
		for _, e := range (&timex.Tagger{}).Tag(text, anchor) {
			texts = append(texts, e.Text)
			if e.Text != want {
				continue
			}
			if !e.HasSpan() || e.Span.Start.Format(time.DateOnly) != day || e.Span.End.Format(time.DateOnly) != day {
				t.Errorf("%q: got %s, want %s", want, e.Value, day)
			}
			if text[e.ByteStart:e.ByteEnd] != want || []rune(text)[e.Start] != []rune(want)[0] {
				t.Errorf("offsets wrong: runes %d-%d bytes %d-%d", e.Start, e.End, e.ByteStart, e.ByteEnd)
			}
			return
		}
		t.Errorf("no expression %q; got %q", want, texts)
	})
}

// TestJalaliDays checks the solar Hijri arithmetic on days whose
// Gregorian dates are known: new years, and dates of the news.
func TestJalaliDays(t *testing.T) {
	tg := &timex.Tagger{}
	for text, want := range map[string]string{
		"1 فروردین 1401": "2022-03-21",
		"1 فروردین 1403": "2024-03-20",
		"12 بهمن 1357":   "1979-02-01",
		"29 اسفند 1402":  "2024-03-19",
		"30 اسفند 1403":  "2025-03-20", // 1403 is a leap year
		"29 اسفند 1401":  "2023-03-20",
		"26 شهریور 1401": "2022-09-17",
		"10 دی 1398":     "2019-12-31",
		"31 شهریور 1399": "2020-09-21",
		"1 مهر 1399":     "2020-09-22",
		"25 آبان 1398":   "2019-11-16",
	} {
		all := tg.Tag(text, time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC))
		if len(all) != 1 || all[0].Text != text || all[0].Span.Start.Format(time.DateOnly) != want {
			var got []string
			for _, e := range all {
				got = append(got, e.Text+"="+e.Value)
			}
			t.Errorf("%s: got %q, want %s", text, got, want)
		}
	}
}

// TestJalaliNoSuchDay: the second half of the solar Hijri year has
// months of 30 days, so "31 Mehr" is no date, not the first of Aban.
func TestJalaliNoSuchDay(t *testing.T) {
	checkNoDate(t, time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), "31 مهر 1401", "31 دی 1399", "۳۱ بهمن", "۳۰ اسفند 1401")
}

// TestRomanceDates reads French, Spanish and Portuguese dates, weekdays
// and nearest days.
func TestRomanceDates(t *testing.T) {
	oct20 := time.Date(2020, 10, 24, 0, 0, 0, 0, time.UTC) // a Saturday
	cases := []struct{ text, want, day string }{
		{"Les heurts ont éclaté le 21 octobre 2020 à Conakry.", "21 octobre 2020", "2020-10-21"},
		{"Mercredi 21 octobre, l'armée a été déployée.", "Mercredi 21 octobre", "2020-10-21"},
		{"La marche prévue le 1er novembre a été interdite.", "1er novembre", "2020-11-01"},
		{"Hier, des jeunes ont érigé des barricades.", "Hier", "2020-10-23"},
		{"Les arrestations ont eu lieu jeudi à Labé.", "jeudi", "2020-10-22"},
		{"Le couvre-feu court jusqu'au 2 décembre.", "2 décembre", "2020-12-02"},
		// "mars" and "mai" are months in lower case, unlike "march" and
		// "may" in English.
		{"Des milliers de manifestants à Dakar le 5 mars 2020.", "5 mars 2020", "2020-03-05"},
		{"La grève du 3 mai a paralysé Abidjan.", "3 mai", "2020-05-03"},
		// Spanish and Portuguese, with the "de" between day, month and
		// year.
		{"La marcha del 5 de abril de 2017 llegó a Caracas.", "5 de abril de 2017", "2017-04-05"},
		{"El paro comenzó el 28 de abril del 2021 en Cali.", "28 de abril del 2021", "2021-04-28"},
		{"El miércoles 21 de octubre hubo cacerolazos.", "miércoles 21 de octubre", "2020-10-21"},
		{"Ayer la policía detuvo a diez jóvenes.", "Ayer", "2020-10-23"},
		{"A greve de 30 de setembro parou São Paulo.", "30 de setembro", "2020-09-30"},
		{"Ontem houve protestos em Brasília.", "Ontem", "2020-10-23"},
		// Swahili capitalises its months.
		{"Maandamano yalifanyika Nairobi tarehe 25 Juni 2024.", "25 Juni 2024", "2024-06-25"},
		{"Waandamanaji walikamatwa Jumanne mjini Mombasa.", "Jumanne", "2020-10-20"},
	}
	for _, c := range cases {
		checkDay(t, oct20, c.text, c.want, c.day)
	}
}

// TestTurkishDates reads Turkish dates, with the case suffix after an
// apostrophe, and weekdays.
func TestTurkishDates(t *testing.T) {
	mar25 := time.Date(2025, 3, 24, 0, 0, 0, 0, time.UTC) // a Monday
	cases := []struct{ text, want, day string }{
		{"Saraçhane'de 19 Mart 2025'te binlerce kişi toplandı.", "19 Mart 2025", "2025-03-19"},
		{"Polis 23 Mart'ta öğrencileri gözaltına aldı.", "23 Mart'ta", "2025-03-23"},
		{"Cuma günü İstanbul'da yürüyüş yapıldı.", "Cuma", "2025-03-21"},
		{"Dün Ankara'da biber gazı kullanıldı.", "Dün", "2025-03-23"},
	}
	for _, c := range cases {
		checkDay(t, mar25, c.text, c.want, c.day)
	}
	// English "Mart" (a shop) is no month.
	for _, e := range (&timex.Tagger{}).Tag("Shoppers queued at the Wal-Mart in Izmir’s port.", mar25) {
		t.Errorf("got %q in an English sentence", e.Text)
	}
}

// TestCaucasusDates reads Greek, Georgian and Armenian dates and days.
func TestCaucasusDates(t *testing.T) {
	dec24 := time.Date(2024, 12, 4, 0, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct{ text, want, day string }{
		{"Η πορεία έγινε στις 6 Δεκεμβρίου 2024 στην Αθήνα.", "6 Δεκεμβρίου 2024", "2024-12-06"},
		{"Την Τρίτη συνελήφθησαν φοιτητές.", "Τρίτη", "2024-12-03"},
		{"აქცია 28 ნოემბერს დაიწყო თბილისში.", "28 ნოემბერს", "2024-11-28"},
		{"გუშინ პოლიციამ აქციის მონაწილეები დააკავა.", "გუშინ", "2024-12-03"},
		{"Երևանում դեկտեմբերի 2-ին բողոքի ակցիա անցկացվեց։", "դեկտեմբերի 2", "2024-12-02"},
		{"Երեկ ոստիկանները ձերբակալեցին ցուցարարների։", "Երեկ", "2024-12-03"},
	}
	for _, c := range cases {
		checkDay(t, dec24, c.text, c.want, c.day)
	}
}

// TestRelativeDayPhrases reads other languages' "the next day", "the day
// before" and "that same day" against the last date named.
func TestRelativeDayPhrases(t *testing.T) {
	anchor := time.Date(2020, 10, 30, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, want, day string }{
		{"Les heurts ont éclaté le 21 octobre. Le lendemain, l'armée a été déployée.", "Le lendemain", "2020-10-22"},
		{"La marche a eu lieu le 21 octobre; la veille, des jeunes avaient érigé des barricades.", "la veille", "2020-10-20"},
		{"El paro comenzó el 21 de octubre y al día siguiente hubo bloqueos.", "al día siguiente", "2020-10-22"},
		{"Митинг прошёл 21 октября, а на следующий день начались задержания.", "на следующий день", "2020-10-22"},
		{"خرج المتظاهرون في 21 أكتوبر، وفي اليوم التالي أغلقت الطرق.", "اليوم التالي", "2020-10-22"},
		{"ההפגנה נערכה ב-21 באוקטובר. למחרת נעצרו עשרה.", "למחרת", "2020-10-22"},
		{"Yürüyüş 21 Ekim'de yapıldı; ertesi gün gözaltılar başladı.", "ertesi gün", "2020-10-22"},
		{"Η πορεία έγινε στις 21 Οκτωβρίου και την επόμενη μέρα συνελήφθησαν φοιτητές.", "την επόμενη μέρα", "2020-10-22"},
		{"Les gendarmes sont arrivés le 21 octobre, et ce jour-là trois jeunes sont morts.", "ce jour-là", "2020-10-21"},
		{"Grev 21 Ekim'de başladı; aynı gün polis sendika binasını bastı.", "aynı gün", "2020-10-21"},
	}
	for _, c := range cases {
		checkDay(t, anchor, c.text, c.want, c.day)
	}
	// The words the phrases stand for are no words of a text, and "the
	// next" before a week is no next day.
	tg := &timex.Tagger{}
	for _, text := range []string{
		"The shop promised sameday delivery and nextday returns.",
		"Η πορεία έγινε στις 21 Οκτωβρίου και την επόμενη εβδομάδα ξανά.",
	} {
		for _, e := range tg.Tag(text, anchor) {
			if e.Value != "2020-10-21" {
				t.Errorf("%s: got %s=%s", text, e.Text, e.Value)
			}
		}
	}
}

// TestArabicTheDay: اليوم before an adjective is "the day" ("the fifth
// day", "National Day"), not today; the Persian months' standard
// spellings with hamza are read.
func TestArabicTheDay(t *testing.T) {
	anchor := time.Date(2020, 10, 30, 0, 0, 0, 0, time.UTC)
	tg := &timex.Tagger{}
	for _, text := range []string{"استمر الإضراب لليوم الثالث، وفي اليوم الرابع أغلقت المدارس.", "احتفالات اليوم الوطني في الرياض"} {
		for _, e := range tg.Tag(text, anchor) {
			if e.Value == "2020-10-30" {
				t.Errorf("%s: %s read as today", text, e.Text)
			}
		}
	}
	checkDay(t, anchor, "تظاهر الآلاف اليوم في بغداد.", "اليوم", "2020-10-30")
	// A long run of Eastern digits is one number, not a day at its tail.
	for _, e := range tg.Tag("رقم الهاتف ١٢٣٤٥٦٧٨٩١٥ مارس", anchor) {
		if e.Value != "2020-03" {
			t.Errorf("phone number: got %s=%s", e.Text, e.Value)
		}
	}
	checkDay(t, anchor, "اعتراض‌ها از ۱۷ ژوئن آغاز شد.", "۱۷ ژوئن", "2020-06-17")
	checkDay(t, anchor, "تجمع کارگران در ۳ ژوئیه.", "۳ ژوئیه", "2020-07-03")
}

// TestWeekdaysThatAreWords: Greek "τρίτη", "τετάρτη", "πέμπτη" are also
// ordinals and Turkish "pazar" a market; each is a weekday only where a
// weekday is written so.
func TestWeekdaysThatAreWords(t *testing.T) {
	anchor := time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC) // a Saturday
	checkNoDate(t, anchor,
		"Οι αγρότες έκλεισαν τον δρόμο για πέμπτη συνεχή ημέρα.",
		"Για τρίτη φορά φέτος οι εργαζόμενοι απήργησαν.",
		"Esnaf pazar yerinde kepenk kapattı.",
	)
	checkDay(t, anchor, "Απεργία την Τρίτη στο λιμάνι του Πειραιά.", "Τρίτη", "2024-11-26")
	checkDay(t, anchor, "Η πορεία έγινε την τετάρτη.", "τετάρτη", "2024-11-27")
	checkDay(t, anchor, "İşçiler pazar günü fabrika önünde toplandı.", "pazar", "2024-11-24")
}

// TestRomanceNamesInEnglish: capitalised words that are also French,
// Spanish or Portuguese months and days are names or words in an English
// text; in a Spanish one they are dates.
func TestRomanceNamesInEnglish(t *testing.T) {
	anchor := time.Date(2024, 5, 8, 0, 0, 0, 0, time.UTC)
	checkNoDate(t, anchor,
		"Domingo Ruiz said the police arrived late.",
		"Mardi Gras parades went ahead in the city.",
		"Children handed out 3 Mars bars to the marchers.",
		"Hoy told reporters the strike would continue.",
	)
	checkDay(t, anchor, "Hoy la policía detuvo a veinte personas.", "Hoy", "2024-05-08")
	checkDay(t, anchor, "Domingo 5 de mayo: marcha en Quito.", "Domingo 5 de mayo", "2024-05-05")
}
