package extract_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/report"
)

// TestLanguageEvents codes reports we wrote in Arabic, Persian, Hebrew,
// French, Spanish, Portuguese, Turkish, Greek, Georgian, Armenian, Urdu,
// Swahili, Hindi, Nepali and Bengali:
// triggers with the prefixes the languages join to words,
// verb-first counts with the subject between ("اعتقلت الشرطة 45 شخصا"),
// Persian digits and solar Hijri dates, Persian denials at the end of
// the clause, a general strike told countrywide, and denied or
// called-for events that are none.
func TestLanguageEvents(t *testing.T) {
	x := extractor(t)
	cases := []struct {
		name      string
		published time.Time
		text      string
		// want are the events as type@place@date, with their counts
		// ("p" participants, "k" killed, "i" injured, "a" arrested).
		want []string
	}{
		{"arabic", time.Date(2019, 6, 8, 0, 0, 0, 0, time.UTC),
			"تظاهر آلاف السودانيين في 6 أبريل 2019 أمام القيادة العامة في الخرطوم مطالبين برحيل البشير.\n\n" +
				"وفي 3 يونيو/حزيران فضت قوات الدعم السريع الاعتصام وقتل 35 متظاهرا.\n\n" +
				"وقالت لجنة الأطباء إن 40 شخصا أصيبوا بالرصاص الحي في أم درمان يوم 4 يونيو.\n\n" +
				"واعتقلت الشرطة 45 شخصا في عطبرة يوم 5 يونيو.\n\n" +
				"ونفت الشرطة اعتقال أي متظاهر في مدني.\n\n" +
				"وتدعو قوى الحرية والتغيير إلى عصيان مدني في بورتسودان.",
			[]string{"protest@Khartoum@2019-04-06 p1000", "protest@Khartoum@2019-06-03", "repression@Khartoum@2019-06-03 k35",
				"repression@Omdurman@2019-06-04 i40", "arrests@Atbara@2019-06-05 a45"}},
		{"arabic-national", time.Date(2019, 4, 8, 0, 0, 0, 0, time.UTC),
			"وأطلقت قوات الأمن الغاز المسيل للدموع على المحتجين في كسلا.\n\nوقطعت السلطات خدمة الإنترنت عن البلاد.",
			[]string{"protest@Kassala@2019-04-08", "repression@Kassala@2019-04-08", "internet_shutdown@Sudan@2019-04-08"}},
		{"persian", time.Date(2022, 10, 5, 0, 0, 0, 0, time.UTC),
			"هزاران نفر در ۲۶ شهریور ۱۴۰۱ در سقز در مراسم خاکسپاری تجمع کردند.\n\n" +
				"نیروهای امنیتی در سنندج گاز اشک‌آور شلیک کردند و ۱۵ نفر زخمی شدند.\n\n" +
				"پلیس در ۱۰ مهر در تهران ۴۰۰ نفر را بازداشت کرد.\n\n" +
				"مقامات قطع اینترنت در سراسر کشور را تکذیب کردند.",
			[]string{"protest@Saqqez@2022-09-17 p1000", "repression@Sanandaj@2022-09-17 i15", "arrests@Tehran@2022-10-02 a400"}},
		{"hebrew", time.Date(2023, 3, 28, 0, 0, 0, 0, time.UTC),
			"רבבות הפגינו במוצאי שבת בתל אביב נגד ההפיכה המשטרית.\n\n" +
				"ביום שני, 27 במרץ 2023, חסמו מפגינים את האיילון בתל אביב.\n\n" +
				"ההסתדרות הכריזה על שביתה כללית ב-27 במרץ.\n\n" +
				"ב-26 במרץ הפעילה המשטרה מכתזית נגד מפגינים בירושלים ונעצרו 15 מפגינים.\n\n" +
				"המשטרה הכחישה כי השתמשה באלימות בחיפה.",
			[]string{"protest@Tel Aviv@2023-03-25 p10000", "blockade@Tel Aviv@2023-03-27", "protest@Tel Aviv@2023-03-27",
				"strike@Israel@2023-03-27", "protest@Jerusalem@2023-03-26", "repression@Jerusalem@2023-03-26",
				"arrests@Jerusalem@2023-03-26 a15"}},
		// French: elided articles parted from their words ("l'ordre",
		// "d'internet"), "mars" a month in lower case, auxiliaries
		// between a count and its fate, a denial before the event, a
		// call that is no event, "dans tout le pays" countrywide.
		{"french", time.Date(2021, 3, 8, 0, 0, 0, 0, time.UTC),
			"Des milliers de manifestants sont descendus dans la rue à Dakar le 5 mars 2021 pour exiger la libération de l'opposant.\n\n" +
				"Le 6 mars, à Ziguinchor, des jeunes ont incendié une station-service et pillé des magasins.\n\n" +
				"Le 7 mars, les forces de l'ordre ont tiré des gaz lacrymogènes à Kaolack et ont interpellé 40 personnes.\n\n" +
				"Selon les médecins, trois manifestants ont été tués et 590 blessés dans tout le pays depuis le 4 mars.\n\n" +
				"Le gouvernement a démenti toute coupure d'internet.\n\n" +
				"Le mouvement M2D appelle à trois jours de manifestations à Thiès.",
			[]string{"protest@Dakar@2021-03-05 p1000", "riot@Ziguinchor@2021-03-06", "looting@Ziguinchor@2021-03-06",
				"repression@Kaolack@2021-03-07", "arrests@Kaolack@2021-03-07 a40", "protest@Senegal@2021-03-04",
				"repression@Senegal@2021-03-04 k3 i590"}},
		// Spanish: "de" between day, month and year, "la Alameda" a
		// landmark, "a" before the people a verb acts on, a street named
		// for a country, "paro nacional" countrywide; a denial and a
		// call that are no events.
		{"spanish", time.Date(2019, 10, 27, 0, 0, 0, 0, time.UTC),
			"Miles de manifestantes marcharon el 25 de octubre de 2019 en Santiago contra la desigualdad.\n\n" +
				"El 19 de octubre, el gobierno decretó el toque de queda en Santiago y desplegó a los militares.\n\n" +
				"El 20 de octubre, en Valparaíso, encapuchados saquearon supermercados e incendiaron un edificio.\n\n" +
				"Carabineros dispararon perdigones contra los manifestantes en Concepción, en la avenida Brasil, el 22 de octubre y detuvieron a 120 personas.\n\n" +
				"El gobierno negó que hubiera detenciones en Antofagasta.\n\n" +
				"La Central Unitaria de Trabajadores convocó a una huelga general para el 12 de noviembre.",
			[]string{"protest@Santiago@2019-10-25 p1000", "state_of_emergency@Santiago@2019-10-19",
				"deployment@Santiago@2019-10-19", "riot@Valparaíso@2019-10-20", "looting@Valparaíso@2019-10-20",
				"protest@Concepción@2019-10-22", "repression@Concepción@2019-10-22",
				"arrests@Concepción@2019-10-22 a120"}},
		// Portuguese: "no" before a name is "in the", no denial.
		{"portuguese", time.Date(2013, 6, 20, 0, 0, 0, 0, time.UTC),
			"Milhares de manifestantes foram às ruas de São Paulo em 13 de junho de 2013 contra o aumento das tarifas.\n\n" +
				"A Polícia Militar usou gás lacrimogêneo e balas de borracha e prendeu 230 pessoas.\n\n" +
				"No Rio de Janeiro, manifestantes bloquearam a avenida Presidente Vargas no dia 17 de junho.",
			[]string{"protest@São Paulo@2013-06-13 p1000", "repression@São Paulo@2013-06-13",
				"arrests@São Paulo@2013-06-13 a230", "protest@Rio de Janeiro@2013-06-17",
				"blockade@Rio de Janeiro@2013-06-17"}},
		// Turkish: months with case suffixes ("21 Mart'ta": the day
		// is no count), denials at the clause's end ("yaşanmadığını"),
		// a call that is no event.
		{"turkish", time.Date(2025, 3, 24, 0, 0, 0, 0, time.UTC),
			"Binlerce kişi 19 Mart 2025'te İstanbul'da Saraçhane'de toplandı.\n\n" +
				"Polis 20 Mart'ta Ankara'da göstericilere biber gazı ve tazyikli su ile müdahale etti.\n\n" +
				"İzmir'de 21 Mart'ta 120 kişi gözaltına alındı.\n\n" +
				"Valilik, Antalya'da gözaltı yaşanmadığını açıkladı.\n\n" +
				"Sendikalar genel greve çağırdı.",
			[]string{"protest@Istanbul@2025-03-19 p1000", "protest@Ankara@2025-03-20", "repression@Ankara@2025-03-20",
				"arrests@İzmir@2025-03-21 a120"}},
		// Greek, Georgian, Armenian: declined dates ("6 Δεκεμβρίου",
		// "28 ნოემბერს", "դեկտեմբերի 2-ին"), verb-first counts, and
		// the Armenian full stop ։ and caseless Georgian sentences
		// split.
		{"greek", time.Date(2024, 12, 8, 0, 0, 0, 0, time.UTC),
			"Χιλιάδες διαδηλωτές πραγματοποίησαν πορεία στην Αθήνα στις 6 Δεκεμβρίου 2024. Τα ΜΑΤ έκαναν χρήση χημικών και συνελήφθησαν 25 άτομα στη Θεσσαλονίκη.",
			[]string{"protest@Athens@2024-12-06 p1000", "repression@Thessaloníki@2024-12-06", "arrests@Thessaloníki@2024-12-06 a25"}},
		{"georgian", time.Date(2024, 12, 8, 0, 0, 0, 0, time.UTC),
			"ათასობით მომიტინგე შეიკრიბა თბილისში 28 ნოემბერს. პოლიციამ ცრემლსადენი გაზი გამოიყენა და 30 ადამიანი დააკავეს ბათუმში.",
			[]string{"protest@Tbilisi@2024-11-28 p1000", "repression@Batumi@2024-11-28", "arrests@Batumi@2024-11-28 a30"}},
		{"armenian", time.Date(2024, 12, 8, 0, 0, 0, 0, time.UTC),
			"Երևանում դեկտեմբերի 2-ին հազարավոր ցուցարարներ երթ անցկացրեցին։ Ոստիկանները Գյումրիում ձերբակալեցին 40 մարդու։",
			[]string{"protest@Yerevan@2024-12-02 p1000", "arrests@Gyumri@2024-12-02 a40"}},
		// Urdu: postpositions after the name, the object marker between a
		// count and its fate, a denial at the clause's end.
		{"urdu", time.Date(2023, 5, 10, 0, 0, 0, 0, time.UTC),
			"لاہور اور کراچی میں 9 مئی 2023 کو ہزاروں افراد نے احتجاج کیا۔ اسلام آباد میں پولیس نے آنسو گیس استعمال کی اور 50 کارکنوں کو گرفتار کر لیا۔ پشاور میں ہڑتال نہیں ہوئی۔",
			[]string{"protest@Lahore@2023-05-09 p1000", "protest@Karachi@2023-05-09 p1000", "repression@Islamabad@2023-05-09",
				"arrests@Islamabad@2023-05-09 a50"}},
		// Swahili: capitalised months and weekdays, a denial before the
		// event.
		{"swahili", time.Date(2024, 6, 28, 0, 0, 0, 0, time.UTC),
			"Maelfu ya waandamanaji waliandamana mjini Nairobi tarehe 25 Juni 2024. Polisi walifyatua risasi na watu 20 waliuawa. " +
				"Watu 50 walikamatwa mjini Mombasa Jumatano. Serikali ilikanusha kuzimwa kwa mtandao.",
			[]string{"protest@Nairobi@2024-06-25 p1000", "repression@Nairobi@2024-06-25 k20", "arrests@Mombasa@2024-06-26 a50"}},
		// Hindi: postpositions apart, the object marker and the genitive
		// between a count and its fate, nukta written or not (हड़ताल,
		// हडताल), Devanagari digits, denials and calls after the event.
		{"hindi", time.Date(2023, 3, 12, 0, 0, 0, 0, time.UTC),
			"बिहार की राजधानी पटना में शनिवार को हजारों शिक्षकों ने वेतन को लेकर प्रदर्शन किया। " +
				"पुलिस ने पटना में शनिवार को लाठीचार्ज किया और ४५ प्रदर्शनकारियों को गिरफ्तार किया। " +
				"आगरा में रविवार को पुलिस फायरिंग में 3 लोगों की मौत हो गई। " +
				"मुंबई में शुक्रवार को हडताल हुई। " +
				"प्रशासन ने लखनऊ में हिंसा से इनकार किया। " +
				"शिक्षक संघ ने सोमवार को भोपाल में हड़ताल का आह्वान किया है। " +
				"संभल शहर में शुक्रवार को बसों को जलाया गया। कानपुर में शुक्रवार को कर्फ्यू की घोषणा की गई।",
			[]string{"protest@Patna@2023-03-11 p1000", "repression@Patna@2023-03-11", "arrests@Patna@2023-03-11 a45",
				"protest@Patna@2023-03-11", "repression@Agra@2023-03-12 k3", "strike@Mumbai@2023-03-10",
				"riot@Sambhal@2023-03-10", "state_of_emergency@Kanpur@2023-03-10"}},
		// Nepali: postpositions joined to names and nouns, people counted
		// with जना, a denial in the verb.
		{"nepali", time.Date(2025, 9, 10, 0, 0, 0, 0, time.UTC),
			"काठमाडौंमा सोमबार हजारौं युवाले प्रदर्शन गरे। प्रहरीको गोली लागेर काठमाडौंमा सोमबार १९ जनाको मृत्यु भयो। " +
				"पोखरामा मंगलबार कर्फ्यु लगाइयो। विराटनगरमा कुनै झडप भएन। " +
				"जनकपुरमा मंगलबार प्रदर्शनकारीले टायर बालेर यातायात अवरुद्ध गरे र भीडले प्रहरी बिटमा आगो लगायो। " +
				"गृह मन्त्रालयले मंगलबार सशस्त्र प्रहरीका तीन कम्पनी जनकपुर पठाएको छ।",
			[]string{"protest@Kathmandu@2025-09-08 p1000", "repression@Kathmandu@2025-09-08 k19",
				"state_of_emergency@Pokhara@2025-09-09", "blockade@Janakpur@2025-09-09", "riot@Janakpur@2025-09-09",
				"protest@Janakpur@2025-09-09", "deployment@Janakpur@2025-09-09"}},
		// Marathi: endings joined (पुण्यात), stems with their case
		// endings (आंदोलकांनी, पोलिसांनी), a denial at the end
		// ("वृत्त … फेटाळले"), a district's seat (बीड).
		{"marathi", time.Date(2023, 9, 5, 0, 0, 0, 0, time.UTC),
			"पुण्यात रविवारी हजारो आंदोलकांनी जिल्हाधिकारी कार्यालयासमोर निदर्शने केली. बीड जिल्ह्यात सोमवारी जमावबंदी लागू करण्यात आली. " +
				"नागपूरमध्ये शनिवारी पोलिसांनी आंदोलकांवर लाठीमार केला. काही कार्यकर्त्यांना ताब्यात घेतल्याचे वृत्त मुंबई पोलिसांनी फेटाळले.",
			[]string{"protest@Pune@2023-09-03 p1000", "state_of_emergency@Beed@2023-09-04", "repression@Nagpur@2023-09-02",
				"protest@Nagpur@2023-09-02"}},
		// Hindi: a denial before its "कि" ("denied the reports that"), a
		// road named after a city, people from a town who came to
		// another.
		{"hindi-clauses", time.Date(2016, 2, 22, 0, 0, 0, 0, time.UTC),
			"पुलिस ने उन खबरों का खंडन किया कि आगरा में शनिवार को गोली चलाई गई। रोहतक में रविवार को हजारों लोग दिल्ली बाइपास पर धरने पर बैठ गए। " +
				"मेरठ से आए किसानों ने रविवार को आगरा में प्रदर्शन किया।",
			[]string{"protest@Rohtak@2016-02-21 p1000", "protest@Agra@2016-02-21"}},
		// Bengali: endings joined, Bengali digits and the classifier জন,
		// a call (ডাক) and a denial (-নি) that are no events.
		{"bengali", time.Date(2024, 7, 19, 0, 0, 0, 0, time.UTC),
			"ঢাকায় গতকাল পুলিশের গুলিতে ৬ জন নিহত হয়েছেন। রংপুরে বৃহস্পতিবার হাজারো শিক্ষার্থী বিক্ষোভ করেছে। " +
				"সরকার সারা দেশে মোবাইল ইন্টারনেট বন্ধ করে দিয়েছে। চট্টগ্রামে হরতালের ডাক দিয়েছে বিএনপি। সিলেটে কোনো সংঘর্ষ হয়নি। " +
				"খুলনায় বৃহস্পতিবার শত শত শিক্ষার্থী রাজপথে নেমে আসে। রাজশাহীতে শনিবার কমপ্লিট শাটডাউনের ঘোষণা দেওয়া হয়েছে। " +
				"শাহবাগে বৃহস্পতিবার শিক্ষার্থীরা মিছিল করে।",
			[]string{"repression@Dhaka@2024-07-18 k6", "protest@Rangpur@2024-07-18 p1000",
				"internet_shutdown@Bangladesh@2024-07-18", "protest@Khulna@2024-07-18 p200", "protest@Dhaka@2024-07-18"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := &report.Report{Posts: []report.Post{{Text: c.text, Published: c.published, Precision: report.PrecisionDay}}}
			var got []string
			for _, e := range x.Extract(r) {
				got = append(got, describeEvent(e))
			}
			slices.Sort(got)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("events\n got  %s\n want %s", strings.Join(got, "; "), strings.Join(want, "; "))
			}
		})
	}
}

// describeEvent writes an event as type@place@date and its counts.
func describeEvent(e extract.Event) string {
	s := string(e.Type) + "@" + e.Place.Name + "@" + e.Date.Start
	for _, n := range []struct {
		tag string
		v   *int
	}{{"p", e.Participants}, {"k", e.Fatalities}, {"i", e.Injured}, {"a", e.Arrested}} {
		if n.v != nil {
			s += fmt.Sprintf(" %s%d", n.tag, *n.v)
		}
	}
	return s
}
