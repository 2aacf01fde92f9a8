package geoparse_test

import "testing"

// TestCaselessScripts runs sentences we wrote in Arabic, Persian,
// Hebrew and Georgian, which write no capitals, and in Greek and
// Armenian, which decline names: the joined prefixes, the article, the
// case suffixes and endings, and the everyday words that are also the
// names of places.
func TestCaselessScripts(t *testing.T) {
	p := parser(t)
	cases := []struct {
		text string
		want []want
	}{
		// Arabic: names as written, after "و" (and), "ب" (in), "ل" (to),
		// with the article GeoNames leaves out (خرطوم).
		{"تظاهر المئات في درعا ودوما مطالبين بالإفراج عن المعتقلين.", []want{{"درعا", 170905, ""}, {"ودوما", 170592, ""}}},
		{"أغلق المحتجون الطرق المؤدية إلى بغداد والبصرة.", []want{{"بغداد", 98182, ""}, {"والبصرة", 99532, ""}}},
		{"قال مسؤول في الخرطوم إن القوات فرقت الاعتصام بالقوة.", []want{{"الخرطوم", 379252, ""}}},
		{"وصلت مسيرة للخرطوم وأخرى إلى أم درمان.", []want{{"للخرطوم", 379252, ""}, {"أم درمان", 365137, ""}}},
		{"انطلقت مسيرة من صيدا باتجاه بيروت.", []want{{"صيدا", 268064, ""}, {"بيروت", 276781, ""}}},
		{"خرج الآلاف في شوارع الموصل وكركوك وأربيل.", []want{{"الموصل", 99072, ""}, {"وكركوك", 94787, ""}, {"وأربيل", 95446, ""}}},
		{"اعتقالات في دير الزور والرقة", []want{{"دير الزور", 170794, ""}, {"والرقة", 172955, ""}}},
		// "ل" before a name without the article keeps the name whole
		// (للبنان is ل + لبنان, not ل + ال + بنان).
		{"وصلت قافلة مساعدات للبنان من الأردن.", []want{{"للبنان", 0, "LB"}, {"الأردن", 0, "JO"}}},
		{"إضراب عام بالموصل", []want{{"بالموصل", 99072, ""}}},
		// A province after its word; countries.
		{"أعلنت السلطات حظر التجول في محافظة السويداء وفي محافظة إدلب.", []want{{"السويداء", 172410, ""}, {"إدلب", 169387, ""}}},
		{"دعت نقابات في العراق ولبنان إلى إضراب عام.", []want{{"العراق", 0, "IQ"}, {"ولبنان", 0, "LB"}}},
		// Abroad, in a text about Syria: cities known to all.
		{"خرج متظاهرون في دمشق وحلب وحمص، كما نظمت الجالية السورية وقفة في باريس وبرلين.", []want{{"دمشق", 170654, ""}, {"وحلب", 170063, ""}, {"وحمص", 169577, ""}, {"باريس", 2988507, ""}, {"وبرلين", 2950159, ""}}},
		// Traps: pictures (صور, Tyre), the news (الخبر, al-Khobar), the
		// authorities (السلطات), "bin" in a name (بن, Bonn), the
		// adjective of a country (السورية), "by force".
		{"نشر الناشطون صور الجرحى على مواقع التواصل.", nil},
		{"قالت الشرطة السورية إن الخبر غير صحيح.", nil},
		{"التقى محمد بن سلمان وفدا من السلطات.", nil},
		{"فرقت القوات الاعتصام بالقوة.", nil},
		// Nouns for places in general are no names ("مدينة", city, is
		// an alternate of Medina; "القصر", the palace, of El Kseur);
		// a small town pointed at by a preposition alone is not one
		// abroad when the text's surer names are all in one country;
		// a TV channel is no island nor Algiers.
		{"وفي مدينة ود مدني خرج الآلاف في مسيرة جابت شوارع المدينة، وأطلقت الشرطة الغاز في الخرطوم قرب القصر الجمهوري.",
			[]want{{"ود مدني", 364103, ""}, {"الخرطوم", 379252, ""}}},
		{"نشرت قناة الجزيرة صورا للمتظاهرين.", nil},
		{"اعتقالات في كفرنبل", []want{{"كفرنبل", 168661, ""}}},
		// Al Bayda is a town in Yemen and one in Libya; in a story
		// from Sanaa, the Yemeni one. "The white flag" is no town, nor
		// "the valley" El Oued.
		{"خرجت تظاهرات في صنعاء وفي البيضاء", []want{{"صنعاء", 71137, ""}, {"البيضاء", 79836, ""}}},
		{"رفع المحتجون الراية البيضاء في الخرطوم", []want{{"الخرطوم", 379252, ""}}},
		{"نزح السكان إلى الوادي في جنوب لبنان", []want{{"لبنان", 0, "LB"}}},
		// After a preposition, and where the text names another place
		// in its country, the word is the place (GeoNames has النبطية
		// for the province only); a word of everyday use needs that
		// other place: "a number of martyrs fell" is no Ash Shuhada.
		{"احتجاجات في بيروت وفي صور وفي النبطية", []want{{"بيروت", 276781, ""}, {"صور", 267008, ""}, {"النبطية", 444191, ""}}},
		{"سقط عدد من الشهداء", nil},
		{"سقط عدد من الشهداء في بغداد", []want{{"بغداد", 98182, ""}}},
		// Persian: Persian letters, ZWNJ inside words.
		{"اعتصاب کامیون‌داران در اصفهان و شیراز ادامه دارد.", []want{{"اصفهان", 418863, ""}, {"شیراز", 115019, ""}}},
		{"بازداشت معترضان در سقز و مهاباد و سنندج", []want{{"سقز", 117392, ""}, {"مهاباد", 125446, ""}, {"سنندج", 117574, ""}}},
		{"تجمع در استان کردستان", []want{{"کردستان", 126584, ""}}},
		// Hebrew: prefixes ב, ו, ל, מ joined to the name.
		{"אלפים הפגינו בירושלים ובתל אביב נגד הממשלה.", []want{{"בירושלים", 281184, ""}, {"ובתל אביב", 293397, ""}}},
		{"המפגינים צעדו מחיפה לירושלים.", []want{{"מחיפה", 294801, ""}, {"לירושלים", 281184, ""}}},
		{"הוא פונה לבית המשפט העליון.", nil}, // "turns", not Pune
		// Georgian case suffixes.
		{"აქცია გაიმართა თბილისში და ქუთაისში.", []want{{"თბილისში", 611717, ""}, {"ქუთაისში", 613607, ""}}},
		{"საპროტესტო აქცია ბათუმში", []want{{"ბათუმში", 615532, ""}}},
		// Greek cases: genitive, accusative; a capital abroad.
		{"Διαδηλώσεις της Αθήνας, του Ηρακλείου και στον Βόλο. Η αστυνομία της Κύπρου.", []want{{"Αθήνας", 264371, ""}, {"Ηρακλείου", 261745, ""}, {"Βόλο", 251833, ""}, {"Κύπρου", 0, "CY"}}},
		{"Διαδηλώσεις στην Αθήνα, στη Θεσσαλονίκη και στο Παρίσι", []want{{"Αθήνα", 264371, ""}, {"Θεσσαλονίκη", 734077, ""}, {"Παρίσι", 2988507, ""}}},
		{"Η πορεία ξεκίνησε από το κέντρο της Πάτρας.", []want{{"Πάτρας", 255683, ""}}},
		// Armenian cases, and the ligature և spelt either way.
		{"Ցույցեր Երևանում և Գյումրիում, ինչպես նաև Մոսկվայում։ Հայաստանի ոստիկանությունը", []want{{"Երևանում", 616052, ""}, {"Գյումրիում", 616635, ""}, {"Մոսկվայում", 524901, ""}, {"Հայաստանի", 0, "AM"}}},
		{"Բողոքի ակցիաներ Երեւանում և Վանաձորում։", []want{{"Երեւանում", 616052, ""}, {"Վանաձորում", 616530, ""}}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) { checkMentions(t, p, c.text, c.want) })
	}
}
