package extract_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/eventeval"
	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/gazetteer"
	"github.com/unrest-project/unrest/internal/geoparse"
	"github.com/unrest-project/unrest/internal/incident"
	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/timex"
)

func extractor(t testing.TB) *extract.Extractor {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	return &extract.Extractor{Places: geoparse.New(g), Dates: &timex.Tagger{}}
}

// extractDay extracts the events of one post of text published on the
// day of at.
func extractDay(t testing.TB, text string, at time.Time) []extract.Event {
	r := &report.Report{Posts: []report.Post{{Text: text, Published: at, Precision: report.PrecisionDay}}}
	return extractor(t).Extract(r)
}

// TestReport extracts a short report we wrote and checks each record.
func TestReport(t *testing.T) {
	text := "Dock workers in Antwerp walked out on 3 March 2025 over pension cuts.\n\n" +
		"The next day police detained 40 people at the port gates. " +
		"In Brussels, thousands of protesters marched to parliament on 4 March.\n\n" +
		"The union did not call a general strike."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2025, 3, 5, 9, 0, 0, 0, time.UTC), Precision: report.PrecisionMinute}}}
	got := extractor(t).Extract(r)
	var lines []string
	for _, e := range got {
		s := string(e.Type) + "@" + e.Place.Name + "@" + e.Date.Start
		if e.Arrested != nil {
			s += "#arrested"
		}
		if e.Participants != nil {
			s += "#participants"
		}
		lines = append(lines, s)
	}
	want := []string{"strike@Antwerpen@2025-03-03", "arrests@Antwerpen@2025-03-04#arrested", "protest@Brussels@2025-03-04#participants"}
	if strings.Join(lines, " ") != strings.Join(want, " ") {
		t.Errorf("got  %v\nwant %v", lines, want)
	}
	for _, e := range got {
		if err := e.Validate(); err != nil {
			t.Error(err)
		}
	}
}

// TestQuotePostsCorroborate: a post that only quotes another adds no
// event of its own, but counts as one more telling of the event it
// repeats.
func TestQuotePostsCorroborate(t *testing.T) {
	at := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	quote := report.Post{Text: "Police detained 40 people in Antwerp on 3 March 2025.", Quote: true, Published: at, Precision: report.PrecisionDay}
	if got := incident.Merge(extractor(t).Extract(&report.Report{Posts: []report.Post{quote}})); len(got) != 0 {
		t.Errorf("a quote post alone gave %d events", len(got))
	}
	told := report.Post{Text: "On 3 March 2025 police in Antwerp detained 40 dock workers.", Published: at, Precision: report.PrecisionDay}
	got := incident.Merge(extractor(t).Extract(&report.Report{Posts: []report.Post{told, quote}}))
	if len(got) != 1 || got[0].Sources != 2 || len(got[0].Evidence) != 2 {
		t.Errorf("got %+v, want one arrest told by the post and corroborated by the quote", got)
	}
}

// FuzzExtract: any text extracts without panic, and every record is valid.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"Police detained 40 people in Antwerp on 3 March 2025.", "Thousands protested in Almaty yesterday.", "•\n\n..!?",
		"واعتقلت الشرطة ٤٥ شخصا في عطبرة يوم الجمعة. تظاهر آلاف السودانيين في 6 أبريل.",
		"پلیس در ۱۰ مهر در تهران ۴۰۰ نفر را بازداشت کرد. قطع اینترنت را تکذیب کردند.",
		"רבבות הפגינו במוצאי שבת בתל אביב; נעצרו 15 מפגינים ב-27 במרץ.",
		"Le 1er mai, les forces de l'ordre ont interpellé 40 personnes à l’Université d'Abidjan; qu'à Dakar, l'état d'urgence.",
		"El 5 de abril de 2017 la GNB detuvo a 30 personas en la avenida de Mayo; No Rio de Janeiro, no dia 17, prendeu 230.",
		"İzmir'de 21 Mart'ta 120 kişi gözaltına alındı; Antalya'da gözaltı yaşanmadığını açıkladı.",
		"لاہور میں 9 مئی کو ہزاروں افراد نے احتجاج کیا۔ 50 کارکنوں کو گرفتار کر لیا۔ ہڑتال نہیں ہوئی۔",
		"Maelfu ya waandamanaji waliandamana Nairobi tarehe 25 Juni 2024; watu 20 waliuawa Jumatano.",
		"बिहार की राजधानी पटना में ४५ प्रदर्शनकारियों को गिरफ्तार किया। हड़ताल नहीं हुई। काठमाडौंमा १९ जनाको मृत्यु भयो।",
		"ঢাকায় গতকাল পুলিশের গুলিতে ৬ জন নিহত হয়েছেন। সারা দেশে ইন্টারনেট বন্ধ। সিলেটে সংঘর্ষ হয়নি।",
		"Nothing in Riffa or Juffair, but in the villages riot police (ME) fired shots; Morton County says 28 were arrested.\n25 November 2022. On Friday crowds gathered in Walthamstow, where police stood by, and in Bristol (UK)",
		"("} {
		f.Add(s)
	}
	x := extractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2022, 1, 6, 0, 0, 0, 0, time.UTC), Precision: report.PrecisionDay}}}
		for _, e := range x.Extract(r) {
			if err := e.Validate(); err != nil {
				t.Fatalf("%v: %+v", err, e)
			}
		}
	})
}

// TestDevThread scores the dev thread with the referee's rules and holds
// the extractor to issue 5's target, F1 0.90.
func TestDevThread(t *testing.T) {
	const dir = "../../../shared/eval/dev/"
	goldData, err := os.ReadFile(dir + "kz-2022-forum-thread.gold.json")
	if os.IsNotExist(err) {
		t.Skipf("skipping: %s not found (the shared evaluation folder sits beside the repository)", dir)
	}
	if err != nil {
		t.Fatal(err)
	}
	var gold eventeval.Gold
	if err := json.Unmarshal(goldData, &gold); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(dir + gold.Doc)
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Parse(gold.Doc, data, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	buf, _ := json.Marshal(incident.Merge(extractor(t).Extract(r)))
	var records []eventeval.Record
	if err := json.Unmarshal(buf, &records); err != nil {
		t.Fatal(err)
	}
	res := eventeval.Score(gold, records)
	t.Logf("dev thread: precision %.3f recall %.3f F1 %.3f", res.Precision, res.Recall, res.F1)
	if res.F1 < 0.90 {
		t.Errorf("F1 %.3f fell below 0.90", res.F1)
	}
}

// BenchmarkExtract measures the coder (sentences, places, dates,
// triggers, counts) on news-like text built from our own test reports.
func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	for _, name := range []string{"chile-2019-wire.txt", "kazakhstan-2022-wire.txt", "georgia-2024-statement.txt"} {
		data, err := os.ReadFile("testdata/reports/" + name)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
	}
	text := strings.Repeat(sb.String(), 20)
	r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2022, 1, 6, 0, 0, 0, 0, time.UTC), Precision: report.PrecisionDay}}}
	x := extractor(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(r)
	}
}

// TestSeatOfPower: a crowd at a national institution is in the capital,
// and the story stays there; a government changes at home even when the
// news of it comes from abroad.
func TestSeatOfPower(t *testing.T) {
	text := "Kenya's finance bill passed on Tuesday 25 June 2024. Protesters broke into Kenya's parliament and set part of it on fire.\n\n" +
		"Police fired tear gas at the crowd outside.\n\n" +
		"The finance minister sent his resignation from London on Friday."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2024, 6, 29, 9, 0, 0, 0, time.UTC), Precision: report.PrecisionMinute}}}
	got := incident.Merge(extractor(t).Extract(r))
	want := map[extract.Type]string{extract.Riot: "Nairobi", extract.Repression: "Nairobi", extract.GovernmentChange: "Kenya"}
	for _, e := range got {
		if name, ok := want[e.Type]; ok {
			if e.Place.Name != name {
				t.Errorf("%s at %s, want %s", e.Type, e.Place.Name, name)
			}
			delete(want, e.Type)
		}
	}
	for typ := range want {
		t.Errorf("no %s record", typ)
	}
}

// TestPastPerfect: an undated event told in the past perfect happened
// before the day it was told.
func TestPastPerfect(t *testing.T) {
	text := "Officials in Quito said dozens of shops had been set on fire or looted."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2019, 10, 10, 9, 0, 0, 0, time.UTC), Precision: report.PrecisionMinute}}}
	got := extractor(t).Extract(r)
	if len(got) == 0 {
		t.Fatal("no event")
	}
	for _, e := range got {
		if e.Date.Start != "2019-10-09" {
			t.Errorf("%s dated %s, want the day before the telling, 2019-10-09", e.Type, e.Date.Start)
		}
	}
}

// TestVagueDay: a vague day ("this morning", "overnight") yields to the
// day named right after it, or to the sentence's other day when it is
// only the day of the telling; not to a day further on that dates
// something else.
func TestVagueDay(t *testing.T) {
	cases := []struct {
		text      string
		published time.Time
		typ       extract.Type
		want      string
	}{
		// Saturday 20 March 2021.
		{"This morning the minister said she would withdraw the bill, the demand of the 12 March walkout in Dhaka.",
			time.Date(2021, 3, 20, 12, 0, 0, 0, time.UTC), extract.Concession, "2021-03-20"},
		// Sunday 21 March 2021: Friday is the 19th.
		{"Overnight on Friday police detained 30 students in Dhaka.",
			time.Date(2021, 3, 21, 12, 0, 0, 0, time.UTC), extract.Arrests, "2021-03-19"},
		// Thursday 11 March 2021: Monday is the 8th.
		{"The union now says 12 people were killed in Lagos since Monday's raid.",
			time.Date(2021, 3, 11, 12, 0, 0, 0, time.UTC), extract.Repression, "2021-03-08"},
	}
	for _, c := range cases {
		r := &report.Report{Posts: []report.Post{{Text: c.text, Published: c.published, Precision: report.PrecisionMinute}}}
		found := false
		for _, e := range extractor(t).Extract(r) {
			if e.Type != c.typ {
				continue
			}
			found = true
			if e.Date.Start != c.want {
				t.Errorf("%q: %s dated %s, want %s", c.text, e.Type, e.Date.Start, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no %s", c.text, c.typ)
		}
	}
}

// TestStoryTime: a paragraph that goes on from the one before ("Within
// hours") keeps its day; a heading in capitals with no date ends the day
// a dated heading set; "by Sunday" tallies the days since the story's.
func TestStoryTime(t *testing.T) {
	published := time.Date(2023, 5, 12, 12, 0, 0, 0, time.UTC) // a Friday
	cases := []struct {
		text string
		typ  extract.Type
		want string // start..end
	}{
		{"The opposition leader was arrested in Islamabad on Tuesday.\n\nWithin hours, a mob set fire to a military building in Lahore.",
			extract.Riot, "2023-05-09..2023-05-09"},
		{"The opposition leader was arrested in Islamabad on Tuesday.\n\nA mob set fire to a military building in Lahore.",
			extract.Riot, "2023-05-12..2023-05-12"},
		{"The opposition leader was arrested in Islamabad on Tuesday.\n\nArmy property targeted\n\nWithin hours, a mob set fire to a military building in Lahore.",
			extract.Riot, "2023-05-09..2023-05-09"},
		{"The opposition leader was arrested in Islamabad on Tuesday.\n\nThe following day, protesters torched a radio station in Peshawar.",
			extract.Riot, "2023-05-10..2023-05-10"},
		{"WEDNESDAY 10 MAY\nPolice fired tear gas in Lahore.\n\nOUTLOOK\nThousands marched in Karachi.",
			extract.Protest, "2023-05-12..2023-05-12"},
		{"WEDNESDAY 10 MAY\nPolice fired tear gas in Lahore.\n\nOUTLOOK\nThousands marched in Karachi.",
			extract.Repression, "2023-05-10..2023-05-10"},
		{"On Tuesday protests broke out in Lahore. By Thursday, officials acknowledged protests in Lahore and its suburbs.",
			extract.Protest, "2023-05-09..2023-05-11"},
		// The day of what a protest is over is not the protest's.
		{"Hundreds marched in Lahore over the police killing of a student in March.",
			extract.Protest, "2023-05-12..2023-05-12"},
	}
	for _, c := range cases {
		r := &report.Report{Posts: []report.Post{{Text: c.text, Published: published, Precision: report.PrecisionDay}}}
		var got []string
		for _, e := range extractor(t).Extract(r) {
			if e.Type == c.typ {
				got = append(got, e.Date.Start+".."+e.Date.End)
			}
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: %s dated %v, want %s among them", c.text, c.typ, got, c.want)
		}
	}
}

// TestColonEndsNegation: a negation does not reach past a colon or a
// semicolon, nor a plan or a modal past a comma; a denial and a condition
// do.
func TestColonEndsNegation(t *testing.T) {
	at := time.Date(2020, 10, 17, 12, 0, 0, 0, time.UTC)
	for text, want := range map[string]int{
		"It did not work: flash rallies popped up across Bangkok.": 1,
		"There were no rallies in Bangkok on Saturday.":            0,
		// A modal in another clause: the rally happened.
		"Before the petition could be handed over, students rallied in Bangkok.": 1,
		// A condition reaches over its comma.
		"If the talks fail, students will rally in Bangkok.":   0,
		"No rallies were held in Bangkok; the city was quiet.": 0,
	} {
		if n := countOfType(t, text, at, extract.Protest); n != want {
			t.Errorf("%q: %d protests, want %d", text, n, want)
		}
	}
}

// TestOneArea: with no place of its own, an event after a sentence that
// named a city and its neighbour is in the first of them; after towns far
// apart, in their country.
func TestOneArea(t *testing.T) {
	at := time.Date(2024, 11, 8, 12, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"On Monday shops stayed shut in Maputo and the neighbouring city of Matola. Police fired tear gas at a crowd.": "Maputo",
		"On Monday shops stayed shut in Maputo, Beira and Nampula. Police fired tear gas at a crowd.":                  "Mozambique",
	} {
		r := &report.Report{Posts: []report.Post{{Text: text, Published: at, Precision: report.PrecisionDay}}}
		got := ""
		for _, e := range extractor(t).Extract(r) {
			if e.Type == extract.Repression {
				got = e.Place.Name
			}
		}
		if got != want {
			t.Errorf("%q: repression in %q, want %q", text, got, want)
		}
	}
}

// TestTheCapital: a clause that names "the capital" and no town is in
// the capital of the country the post is about.
func TestTheCapital(t *testing.T) {
	at := time.Date(2019, 3, 12, 12, 0, 0, 0, time.UTC)
	text := "Algeria's president said he would step aside. Last Friday hundreds of thousands filled the streets of the capital, and big crowds also turned out in Oran, Algeria's second city."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: at, Precision: report.PrecisionDay}}}
	var got []string
	for _, e := range extractor(t).Extract(r) {
		if e.Type == extract.Protest {
			got = append(got, e.Place.Name)
		}
	}
	slices.Sort(got)
	if strings.Join(got, ",") != "Algiers,Oran" {
		t.Errorf("protests in %v, want Algiers and Oran", got)
	}
}

// TestLiveBlogEntryPlace: a live blog's entry that names no place is
// about the city the blog names most, not the towns of the entry before.
func TestLiveBlogEntryPlace(t *testing.T) {
	at := time.Date(2011, 1, 28, 23, 0, 0, 0, time.UTC)
	text := "Friday 28 January 2011.\n\n09:30\nPolice picked up 20 activists in Cairo overnight.\n\n" +
		"13:15\nTens of thousands are marching in Cairo, and big crowds are reported in Alexandria and Suez.\n\n" +
		"14:50\nOn the bridge riot police are firing tear gas at marchers.\n\n17:05\nA curfew was ordered in Cairo."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: at, Precision: report.PrecisionMinute}}}
	got := ""
	for _, e := range extractor(t).Extract(r) {
		if e.Type == extract.Repression {
			got = e.Place.Name
		}
	}
	if got != "Cairo" {
		t.Errorf("repression in %q, want Cairo", got)
	}
}

// TestPriceRiseDay: a rise told by its verb is dated in the verb's
// clause: "the rise in fares, which went up on June 2".
func TestPriceRiseDay(t *testing.T) {
	at := time.Date(2013, 6, 14, 12, 0, 0, 0, time.UTC) // a Friday
	text := "Police in Sao Paulo fired tear gas on Thursday at people marching against the rise in bus fares, which went up from 3.00 to 3.20 reais on June 2."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: at, Precision: report.PrecisionDay}}}
	for _, e := range extractor(t).Extract(r) {
		if e.Type == extract.PriceChange && e.Date.Start != "2013-06-02" {
			t.Errorf("price change dated %s, want 2013-06-02", e.Date.Start)
		}
	}
}

// TestCapitalBySeats: a channel whose posts keep to parliament and name
// no city is about the capital.
func TestCapitalBySeats(t *testing.T) {
	day := func(d, h int) time.Time { return time.Date(2019, 6, d, h, 0, 0, 0, time.UTC) }
	r := &report.Report{Posts: []report.Post{
		{Text: "A rally has been called for 7 pm outside parliament in Georgia.", Published: day(20, 13), Precision: report.PrecisionMinute},
		{Text: "The avenue is full from the parliament steps down. Police put the crowd at more than 10,000.", Published: day(20, 21), Precision: report.PrecisionMinute},
		{Text: "The interior ministry says 305 people were detained overnight.", Published: day(21, 10), Precision: report.PrecisionMinute},
	}}
	got := ""
	for _, e := range extractor(t).Extract(r) {
		if e.Type == extract.Arrests {
			got = e.Place.Name
		}
	}
	if got != "Tbilisi" {
		t.Errorf("arrests in %q, want Tbilisi", got)
	}
}

// TestLabelPlaces: a label of places before a colon ("Columbus, Ohio:")
// places its whole sentence, after a live blog's stamp too.
func TestLabelPlaces(t *testing.T) {
	at := time.Date(2020, 5, 28, 23, 50, 0, 0, time.UTC)
	text := "23:40\nColumbus, Ohio: protesters smashed windows at the Ohio Statehouse and tried to force the doors."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: at, Precision: report.PrecisionMinute}}}
	got := ""
	for _, e := range extractor(t).Extract(r) {
		if e.Type == extract.Riot {
			got = e.Place.Name
		}
	}
	if got != "Columbus" {
		t.Errorf("riot in %q, want Columbus", got)
	}
}

// TestReviewCases: cases a review of the day's rules found wrong.
func TestReviewCases(t *testing.T) {
	at := time.Date(2021, 1, 25, 12, 0, 0, 0, time.UTC) // a Monday
	cases := []struct {
		text  string
		typ   extract.Type
		place string // "" for any
		start string // "" for any
	}{
		// A birthplace is where a person comes from, not where the story is.
		{"A man attacked children in Southport on Friday. Police said he had been born in Cardiff. On Saturday a crowd set fire to a police van.",
			extract.Riot, "Southport", "2021-01-23"},
		// Riot police arriving, a mayor's emergency order, shots fired at
		// a protester's vehicle.
		{"Farmers drove tractors to the minister's house in Hellendoorn on Saturday. Riot police have arrived.", extract.Deployment, "Hellendoorn", "2021-01-23"},
		{"The mayor of Hellendoorn issued an emergency order for the area on Saturday.", extract.StateOfEmergency, "Hellendoorn", "2021-01-23"},
		{"Police fired shots at a tractor in Heerenveen on Saturday.", extract.Repression, "Heerenveen", "2021-01-23"},
		// A federal district that is little more than its capital is the
		// capital; a capital territory twice the city's size is not.
		{"The Federal District's government says about 400 people were arrested in and around the buildings on Saturday.", extract.Arrests, "Brasília", "2021-01-23"},
		{"Police arrested 30 protesters in the Australian Capital Territory on Saturday.", extract.Arrests, "Australian Capital Territory", "2021-01-23"},
		// Vehicles stopped across a road, a harbour blocked, an
		// emergencies act invoked.
		{"On Saturday a convoy of trucks stopped across Highway 4 at Coutts, Alberta.", extract.Blockade, "Alberta", "2021-01-23"},
		{"On Saturday farmers blocked the small ferry harbour of Dagebüll.", extract.Blockade, "Dagebüll", "2021-01-23"},
		{"On Saturday the prime minister invoked the Emergencies Act in Ottawa.", extract.StateOfEmergency, "Ottawa", "2021-01-23"},
		// A place that speaks is the authority the news comes from.
		{"Protesters camped near Cannon Ball on Friday. Morton County says 28 people were arrested on Saturday.", extract.Arrests, "Cannon Ball", "2021-01-23"},
		// A capital acting from afar is its government, not the place.
		{"Protesters blocked roads across Catalonia on Saturday, and Madrid has sent extra riot units of the national police.", extract.Deployment, "Catalonia", "2021-01-23"},
		// A lockdown lifted after protests.
		{"On Saturday Guangzhou lifted the lockdowns in most of its districts.", extract.Concession, "Guangzhou", "2021-01-23"},
		// A crowd sitting in a street is a sit-in.
		{"Thousands of people are now sitting on Queen Street outside the parliament in Nairobi.", extract.Protest, "Nairobi", "2021-01-25"},
		{"Pensioners were sitting in the road outside the ministry in Athens on Saturday.", extract.Protest, "Athens", "2021-01-23"},
		// A wire's dateline is where it was filed, not where events were.
		{"RABAT, Oct. 2 (eval wire) - Gendarmes shot dead two men overnight in Agadir.", extract.Repression, "Agadir", ""},
		// A country label does not override the town the sentence names.
		{"Belarus: police detained 200 protesters in Minsk on Sunday.", extract.Arrests, "Minsk", "2021-01-24"},
		// A photo credit is no section heading: the story's day goes on.
		{"On Sunday thousands marched in Minsk.\n\nPHOTO: AFP\n\nLater police detained 100 people in Minsk.", extract.Arrests, "Minsk", "2021-01-24"},
		// A verb after the grievance: the date is the protest's.
		{"Protests over the arrest of Navalny spread to Moscow on Saturday.", extract.Protest, "Moscow", "2021-01-23"},
		{"Thousands protested over the disputed election in Minsk on Sunday.", extract.Protest, "Minsk", "2021-01-24"},
		// A measure decided abroad governs at home; a crowd's origin is
		// not where it gathered.
		{"Riots shook Noumea, New Caledonia, for a second night.\n\nDecisions from Paris: President Macron has declared a state of emergency covering the whole territory.",
			extract.StateOfEmergency, "New Caledonia", ""},
		{"Riots broke out in Honiara on Sunday.\n\nOn Monday a crowd, many of them people from the neighbouring island of Malaita, gathered outside parliament.",
			extract.Protest, "Honiara", "2021-01-25"},
		// "after two days of rioting in which crowds looted": the two
		// days before the sentence's own.
		{"Police found three bodies on Wednesday in Honiara, after two days of rioting in which crowds looted shops.",
			extract.Looting, "Honiara", "2021-01-18"},
		// A nickname taken for a village abroad ("Baba", in Romania) is
		// no place of a report about Kenya.
		{"Thousands marched in Nairobi, Kenya, on Friday.\n\nLater Baba was teargassed by police in the centre.", extract.Repression, "Nairobi", ""},
		// A heading in capitals naming a day dates its section, with a
		// day's number or a bracket beside it.
		{"Notes on the week.\n\nTHURSDAY 14TH\nWhen thousands arrived in Quito, police fired tear gas.", extract.Repression, "Quito", "2021-01-14"},
		{"Notes on the week.\n\nSUNDAY (YESTERDAY)\nThousands marched in Quito.", extract.Protest, "Quito", "2021-01-24"},
		// A small town abroad that nothing else in a report about one
		// country names is a local name taken for a namesake: Buxton
		// is an estate of Mombasa, not a town in England or Maine.
		{"Police in Nairobi, Kenya, were on every corner.\n\nMy cousin in Mombasa sent a video from today: a few hundred people marched from Buxton towards the county offices.", extract.Protest, "Mombasa", ""},
		// A live blog gone on past its first day: "now" is the day its
		// headings reached.
		{"LIVE: Minsk\n\nMonday 25 January 2021\n\n10:00\nCrowds marched in Minsk.\n\nWednesday 27 January 2021\n\n18:10\nShooting near the station in Minsk. State radio now says seven people were killed.",
			extract.Repression, "Minsk", "2021-01-27"},
		// A clause opened by "when" after a date is of that date.
		{"Police raided a dormitory in Tehran on Monday, which brought back July 1999, when security forces stormed the same halls.",
			extract.Repression, "Tehran", "1999-07-01"},
		// Hamlets abroad taken for a capital's landmarks ("La Fortaleza",
		// "Las Américas", in Mexico) do not name Mexico for each other.
		{"Crowds marched in Ponce and Mayagüez, Puerto Rico, on Monday. In San Juan they walked from Las Américas to La Fortaleza.\n\nLater police fired tear gas outside La Fortaleza.",
			extract.Repression, "San Juan", ""},
		// A date in a relative clause after the trigger is that clause's.
		{"On Sunday thousands marched in Sofia. Large crowds were also reported in Blagoevgrad, the town where the first small rallies took place in late December.",
			extract.Protest, "", "2021-01-24"},
		// "their January bills": a month that names a thing, not a day.
		{"On Sunday protesters in Sofia piled up their January bills and set them alight.", extract.Riot, "Sofia", "2021-01-24"},
		// A demonstration told before that went on is told for the day
		// the sentence is on.
		{"Police detained dozens in Accra on Thursday.\n\nOn Friday a court bailed them. The demonstration went on meanwhile near the hospital, with 200 people chanting.",
			extract.Protest, "Accra", "2021-01-22"},
		// "now says ... in yesterday's massacre": the day before the
		// telling's.
		{"Amnesty International now says at least 66 people were killed in yesterday's massacre in Zahedan.", extract.Repression, "Zahedan", "2021-01-24"},
		// A town and the region it is in, told together, are the town.
		{"Protests in Ecuador go on.\n\nNews from Puyo, in the Amazon province of Pastaza, where things got out of hand on Sunday. Hours later an angry crowd torched the town's police station.",
			extract.Riot, "Puyo", ""},
		// A post about one city: a crowd told after a sentence that names
		// only the country is the city's.
		{"About 100,000 people marched through Warsaw on Friday. Warsaw police detained 37. In Warsaw the mayor spoke.\n\nThe anger began on 21 January with a court ruling on abortion in Poland. That evening thousands gathered outside the tribunal.",
			extract.Protest, "Warsaw", ""},
		// A day the sentence looks back to ("the pattern of 31
		// December") is not its own.
		{"21 January. The CLC called a second march in Kinshasa. The security forces repeated the pattern of 31 December, with soldiers posted at church gates.",
			extract.Deployment, "Kinshasa", "2021-01-21"},
		// A list of places is in focus for its paragraph only: in a
		// one-post report about a city, the next paragraph goes on
		// from the city.
		{"Guatemala City notes.\n\nOn Saturday thousands filled the plaza in Guatemala City. Rallies were held in Guatemala City again on Sunday. Police in Guatemala City stood by.\n\nThat same day there were rallies in Quetzaltenango and in Cobán.\n\nOn Monday the former vice president was arrested in a private hospital.",
			extract.Arrests, "Guatemala City", ""},
		// A road named by its two ends is placed at the first, not in
		// both towns.
		{"Protesters barricaded the Eldoret-Nakuru highway with burning tyres on Friday.", extract.Blockade, "Eldoret", ""},
		{"Farmers blocked the Cochabamba–Oruro road for a third day.", extract.Blockade, "Cochabamba", ""},
		// A heading in capitals tells no event of its own: the arrests
		// are the body's, on the body's day.
		{"Riots shook Ulaanbaatar on 1 July.\n\nDETENTIONS AND TREATMENT IN CUSTODY\n\nPolice detained 700 people in the early hours of 2 July.",
			extract.Arrests, "Ulan Bator", "2020-07-02"},
	}
	for _, c := range cases {
		found := false
		for _, e := range extractDay(t, c.text, at) {
			if e.Type != c.typ {
				continue
			}
			found = true
			if c.place != "" && e.Place.Name != c.place || c.start != "" && e.Date.Start != c.start {
				t.Errorf("%q: %s at %s on %s, want %s on %s", c.text, e.Type, e.Place.Name, e.Date.Start, c.place, c.start)
			}
		}
		if !found {
			t.Errorf("%q: no %s", c.text, c.typ)
		}
	}
}

// TestFollowSuit: "follow suit" tells the deed of the sentence before,
// at the places and on the day of its own.
func TestFollowSuit(t *testing.T) {
	at := time.Date(2021, 1, 25, 12, 0, 0, 0, time.UTC)
	got := map[string]string{}
	for _, e := range extractDay(t, "On Friday police units in Cochabamba mutinied and refused to open fire. The next day units in Sucre follow suit.", at) {
		if e.Type == extract.Defection {
			got[e.Place.Name] = e.Date.Start
		}
	}
	if got["Cochabamba"] != "2021-01-22" || got["Sucre"] != "2021-01-23" || len(got) != 2 {
		t.Errorf("defections %v, want Cochabamba on 2021-01-22 and Sucre on 2021-01-23", got)
	}
}

// TestHeadlineCountry: a plain text's headline says where it is, against
// a country its body names in passing more often.
func TestHeadlineCountry(t *testing.T) {
	at := time.Date(2009, 4, 7, 23, 0, 0, 0, time.UTC)
	text := "LIVE: Chisinau erupts over election result\n\n13:10\nYoung men have smashed their way into the parliament building. " +
		"A Romanian flag flies on the roof.\n\n18:30\nThe president hints that Romania is behind it; students rallied in Romania too."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: at, Precision: report.PrecisionMinute}}}
	got := ""
	for _, e := range extractor(t).Extract(r) {
		if e.Type == extract.Riot {
			got = e.Place.Name
		}
	}
	if got != "Chisinau" {
		t.Errorf("riot in %q, want Chisinau", got)
	}
}

// TestCitySection: a section of a city ("Kolonaki", a quarter of Athens)
// is the city the report is about.
func TestCitySection(t *testing.T) {
	at := time.Date(2011, 6, 15, 22, 0, 0, 0, time.UTC)
	r := &report.Report{Title: "Athens: strikes and the austerity vote", Posts: []report.Post{
		{Text: "General strike today; tens of thousands in Athens.", Published: at, Precision: report.PrecisionMinute},
		{Text: "Riot police fired enough tear gas to reach our balcony in Kolonaki.", Published: at, Precision: report.PrecisionMinute},
	}}
	got := ""
	for _, e := range extractor(t).Extract(r) {
		if e.Type == extract.Repression {
			got = e.Place.Name
		}
	}
	if got != "Athens" {
		t.Errorf("repression in %q, want Athens", got)
	}
}

// TestSemicolon: a date after a semicolon tells of the clause it stands
// in, not of a trigger before it; a date that opens the sentence frames
// all of it.
func TestSemicolon(t *testing.T) {
	published := time.Date(2013, 6, 18, 12, 0, 0, 0, time.UTC) // a Tuesday
	text := "On Monday thousands rallied in Recife. In Natal some 5,000 marched peacefully; unlike last week, police held back.\n\n" +
		"2 June: dockers in Santos begin a strike; the port closes."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: published, Precision: report.PrecisionMinute}}}
	want := map[string]string{"protest@Natal": "2013-06-17", "strike@Santos": "2013-06-02"}
	got := map[string]string{}
	for _, e := range extractor(t).Extract(r) {
		got[string(e.Type)+"@"+e.Place.Name] = e.Date.Start
	}
	for k, d := range want {
		if got[k] != d {
			t.Errorf("%s dated %q, want %s (all: %v)", k, got[k], d, got)
		}
	}
}

// TestTitleCity: a report whose title names one city ("Thread: Lagos
// after the vote") is about it where its posts name no place.
func TestTitleCity(t *testing.T) {
	day := time.Date(2020, 10, 21, 22, 0, 0, 0, time.UTC)
	posts := []report.Post{
		{Text: "Gangs looted shops along the main avenue tonight.", Published: day, Precision: report.PrecisionMinute},
		{Text: "Soldiers opened fire on the crowd at the toll gate in Nigeria's biggest city.", Published: day, Precision: report.PrecisionMinute},
	}
	for _, c := range []struct{ title, want string }{
		{"Thread: Lagos after the shooting - what is happening", "Lagos"},
		{"Thread: after the shooting - what is happening", ""},
		{"Thread: Lagos and Abuja after the shooting", ""}, // two cities: neither
	} {
		testTitleCity(t, posts, c.title, c.want)
	}
	// A title whose city has a bigger namesake abroad, read beside the
	// report's country: Barcelona in Spain, not in Venezuela.
	spain := []report.Post{
		{Text: "Gangs looted shops along the main avenue tonight.", Published: day, Precision: report.PrecisionMinute},
		{Text: "Friends say there were marches in Girona, Lleida and Tarragona, all in Spain.", Published: day, Precision: report.PrecisionMinute},
	}
	testTitleCity(t, spain, "Barcelona after the sentences - airport, trains, riots", "Barcelona")
}

func testTitleCity(t *testing.T, posts []report.Post, title, want string) {
	t.Helper()
	for _, c := range []struct{ title, want string }{{title, want}} {
		got := extractor(t).Extract(&report.Report{Title: c.title, Posts: posts})
		found := false
		for _, e := range got {
			if e.Type != extract.Looting {
				continue
			}
			found = true
			if c.want != "" && e.Place.Name != c.want || c.want == "" && e.Place.Precision == extract.PlaceCity {
				t.Errorf("%q: looting placed at %s, want %q", c.title, e.Place.Name, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no looting", c.title)
		}
	}
}

// TestLandmarkTown: a landmark the report once put in a town places a
// later sentence that names only the landmark.
func TestLandmarkTown(t *testing.T) {
	day := time.Date(2019, 11, 19, 18, 0, 0, 0, time.UTC)
	text := "On Saturday thousands gathered at Azadi Square in Tehran and in Shiraz.\n\n" +
		"Today riot police fired tear gas at the crowd on Azadi Square."
	checkTypePlaced(t, onePost(text, day), extract.Repression, "Tehran")
}

// checkTypePlaced extracts r and checks that it tells an event of type
// typ, every one placed at want.
func checkTypePlaced(t *testing.T, r *report.Report, typ extract.Type, want string) {
	t.Helper()
	found := false
	for _, e := range extractor(t).Extract(r) {
		if e.Type == typ {
			found = true
			if e.Place.Name != want {
				t.Errorf("%s placed at %s, want %s", typ, e.Place.Name, want)
			}
		}
	}
	if !found {
		t.Errorf("no %s", typ)
	}
}

// onePost is a report of one post of text, published at day to the minute.
func onePost(text string, day time.Time) *report.Report {
	return &report.Report{Posts: []report.Post{{Text: text, Published: day, Precision: report.PrecisionMinute}}}
}

// checkAllPlaced extracts text, a post of 5 October 2014, and checks that
// it tells events, all placed at want.
func checkAllPlaced(t *testing.T, text, want string) {
	t.Helper()
	got := extractor(t).Extract(onePost(text, time.Date(2014, 10, 5, 18, 0, 0, 0, time.UTC)))
	if len(got) == 0 {
		t.Errorf("%q: no event", text)
	}
	for _, e := range got {
		if e.Place.Name != want {
			t.Errorf("%q: %s placed at %s, want %s", text, e.Type, e.Place.Name, want)
		}
	}
}

// TestKnownLandmarkOnly: a report that names no town, only squares and
// districts the geoparser knows ("Mong Kok", "Tahrir Square"), has its
// events in their towns, not in a town it names in passing abroad.
func TestKnownLandmarkOnly(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Protesters blocked Nathan Road in Mong Kok for a third night. Police arrested 30 people there. " +
			"A small solidarity vigil was held in Taipei.", "Kowloon"},
		{"Tens of thousands filled Tahrir Square again on Friday, and riot police fired tear gas at them.", "Cairo"},
	}
	for _, c := range cases {
		checkAllPlaced(t, c.text, c.want)
	}
}

// TestDeniedPlace: a place the sentence says nothing happened in, before
// a "but" that tells where it did, or says stayed calm, is not the
// event's place.
func TestDeniedPlace(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Police detained 40 people not in Moscow but in Saint Petersburg.", "Saint Petersburg"},
		{"There was no curfew in Lagos, but in Abuja soldiers fired on marchers.", "Abuja"},
		{"Nothing in Riffa or Juffair, but in the villages along the Budaiya road riot police fired tear gas at marchers.", "Bahrain"},
		{"Protesters marched in Nairobi on Sunday. Mombasa was calm, shops open. Later riot police fired tear gas at them.", "Nairobi"},
	}
	for _, c := range cases {
		checkAllPlaced(t, c.text, c.want)
	}
}

// TestNobodyArrested: "nobody", "none", "nothing" deny what follows;
// "can now be arrested" tells what may befall, "Blocking roads carries
// fines" a law, and social media where people speak is not cut.
func TestNobodyArrested(t *testing.T) {
	for _, text := range []string{
		"Police said nobody was arrested in Lusaka last night.",
		"Nothing was looted in the centre of Lagos on Sunday.",
		// What may befall, a law's punishment, talk on social media.
		"Police say anyone caught bringing fuel to the convoy in Ottawa can now be arrested.",
		"Blocking roads and bridges in Ontario now carries fines of up to 100,000 dollars.",
		"Some people on social media in Windsor are already talking about blocking it again.",
		// A gathering told as planned, after it.
		"A vigil for the injured children is planned outside the school in Dublin on Monday.",
		"A march is scheduled for Saturday in Lagos.",
		// Demands for a resignation, the people asked named at length.
		"In Shanghai crowds called on Xi Jinping and the Communist Party to step down.",
		"The opposition in Lima demanded that the president and the whole cabinet resign.",
	} {
		for _, e := range extractor(t).Extract(onePost(text, time.Date(2021, 1, 25, 12, 0, 0, 0, time.UTC))) {
			t.Errorf("%q: %s at %s", text, e.Type, e.Place.Name)
		}
	}
}

// TestAmongThem: depots blocked across a country, and the places of the
// deed listed in the next sentence ("among them the ones in Zwolle and
// Nieuwegein"): a record for each, beside the country's.
func TestAmongThem(t *testing.T) {
	text := "On Saturday farmers blocked supermarket distribution centres across the Netherlands. " +
		"Police count at least twelve, among them the ones in Zwolle and Nieuwegein."
	var got []string
	for _, e := range extractor(t).Extract(onePost(text, time.Date(2021, 1, 25, 12, 0, 0, 0, time.UTC))) {
		if e.Type == extract.Blockade && e.Date.Start == "2021-01-23" {
			got = append(got, e.Place.Name)
		}
	}
	slices.Sort(got)
	if want := []string{"Netherlands", "Nieuwegein", "Zwolle"}; !slices.Equal(got, want) {
		t.Errorf("blockades at %q, want %q", got, want)
	}
}

// TestLocalOffice: a governor's measure told of no place, in a post that
// names a town only later, is the region of the report's main city, not
// the country; a mayor's, the city.
func TestLocalOffice(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2016, 8, d, 18, 0, 0, 0, time.UTC) }
	for office, want := range map[string]string{"governor": "North Dakota", "mayor": "Bismarck"} {
		r := &report.Report{Posts: []report.Post{
			{Text: "Hundreds of people have camped by the river near Bismarck for a week.", Published: day(15), Precision: report.PrecisionMinute},
			{Text: "The " + office + " declared an emergency yesterday. There is now a checkpoint on the road south of Bismarck.", Published: day(20), Precision: report.PrecisionMinute},
			{Text: "Traffic into Bismarck was slow again today.", Published: day(21), Precision: report.PrecisionMinute},
		}}
		t.Run(office, func(t *testing.T) { checkTypePlaced(t, r, extract.StateOfEmergency, want) })
	}
}

// TestLocativeTails: places listed after a relative clause ("and in
// Brighton, Bristol and Liverpool") are the deed's; a tail with a deed
// of its own ("and in Gomel crowds marched") is not.
func TestLocativeTails(t *testing.T) {
	places := func(text string, typ extract.Type) []string {
		var got []string
		for _, e := range extractor(t).Extract(onePost(text, time.Date(2024, 8, 8, 12, 0, 0, 0, time.UTC))) {
			if e.Type == typ {
				got = append(got, e.Place.Name)
			}
		}
		slices.Sort(got)
		return got
	}
	got := places("Thousands of people gathered on Wednesday in Walthamstow, where the crowd filled Hoe Street, and in Brighton, Bristol and Liverpool.", extract.Protest)
	if want := []string{"Brighton", "Bristol", "Liverpool", "Walthamstow"}; !slices.Equal(got, want) {
		t.Errorf("protests at %q, want %q", got, want)
	}
	got = places("Police fired tear gas on Wednesday in Minsk, and in Gomel crowds marched peacefully.", extract.Repression)
	if want := []string{"Minsk"}; !slices.Equal(got, want) {
		t.Errorf("repression at %q, want %q", got, want)
	}
}

// TestSquareOnlyPost: a post that names only its city's square ("Syntagma
// full from late morning") is about the report's city, as one naming no
// place is; its events are the city's, not the country's.
func TestSquareOnlyPost(t *testing.T) {
	r := &report.Report{Title: "Athens: strikes and the austerity vote", Posts: []report.Post{
		{Text: "General strike today in Athens, tens of thousands in the streets.", Published: time.Date(2011, 6, 28, 20, 0, 0, 0, time.UTC), Precision: report.PrecisionMinute},
		{Text: "The bill went through this afternoon. Part of the finance ministry building was set alight with petrol bombs. Syntagma was full until late.",
			Published: time.Date(2011, 6, 29, 22, 0, 0, 0, time.UTC), Precision: report.PrecisionMinute},
	}}
	checkTypePlaced(t, r, extract.Riot, "Athens")
}

// TestLiveBlogNextDay: a live blog anchored on its first day goes on
// past midnight under a date heading and clock times: what it tells then
// happened, it is no plan.
func TestLiveBlogNextDay(t *testing.T) {
	text := "Monday 1 July 2019. Live from Hong Kong.\n\n22:30\nProtesters broke into the legislature in Hong Kong.\n\n" +
		"Tuesday 2 July 2019\n\n00:05\nRiot police are firing tear gas in Hong Kong to clear the area."
	r := &report.Report{Posts: []report.Post{{Text: text}}}
	x := extractor(t)
	x.Options.Published = time.Date(2019, 7, 1, 0, 0, 0, 0, time.UTC)
	found := false
	for _, e := range incident.Merge(x.Extract(r)) {
		if e.Type == extract.Repression && e.Date.Start == "2019-07-02" {
			found = true
		}
	}
	if !found {
		t.Error("no repression on 2019-07-02")
	}
}

// TestForeignLandmark: a town named like a landmark ("Victoria Park", a
// suburb of Perth) in a report about another country is the park.
func TestForeignLandmark(t *testing.T) {
	text := "The march set off from Victoria Park at three. Crowds filled Victoria Park all afternoon. " +
		"Thousands more waited at Victoria Park. Police in Hong Kong said the march was peaceful."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2019, 7, 1, 18, 0, 0, 0, time.UTC),
		Precision: report.PrecisionMinute}}}
	got := extractor(t).Extract(r)
	if len(got) == 0 {
		t.Fatal("no event")
	}
	for _, e := range got {
		if e.Place.Country != "HK" {
			t.Errorf("%s placed at %s (%s), want Hong Kong", e.Type, e.Place.Name, e.Place.Country)
		}
	}
}

// TestReleaseNotArrest: "everyone detained ... will be set free" tells a
// concession, not new arrests.
func TestReleaseNotArrest(t *testing.T) {
	text := "In Tunis the prime minister announced that everyone detained during the protests will be set free."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2011, 1, 13, 20, 0, 0, 0, time.UTC),
		Precision: report.PrecisionMinute}}}
	var types []string
	for _, e := range extractor(t).Extract(r) {
		types = append(types, string(e.Type))
	}
	if got := " " + strings.Join(types, " ") + " "; !strings.Contains(got, " concession ") || strings.Contains(got, " arrests ") {
		t.Errorf("got %v, want a concession and no arrests", types)
	}
}

// TestAnnouncedMeasure: a measure announced for later is dated by its
// announcing.
func TestAnnouncedMeasure(t *testing.T) {
	// Wednesday 14 December 2022: Monday is the 12th.
	text := "In Lima the president, who had first spoken of elections in 2026, said on Monday she would ask Congress to bring the vote forward to April 2024."
	r := &report.Report{Posts: []report.Post{{Text: text, Published: time.Date(2022, 12, 14, 9, 0, 0, 0, time.UTC),
		Precision: report.PrecisionMinute}}}
	found := false
	for _, e := range extractor(t).Extract(r) {
		if e.Type == extract.Concession {
			found = true
			if e.Date.Start != "2022-12-12" {
				t.Errorf("concession dated %s, want 2022-12-12", e.Date.Start)
			}
		}
	}
	if !found {
		t.Error("no concession")
	}
}

// TestMainCity: in a thread about one city, a post that names no place
// tells of that city; in a thread with no city standing out, of the
// country.
func TestMainCity(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2020, 10, d, 20, 0, 0, 0, time.UTC) }
	posts := []report.Post{
		{Text: "Thousands marched through Bishkek to the main square.", Published: day(5), Precision: report.PrecisionMinute},
		{Text: "Bishkek is quiet this morning; in Bishkek the shops stay shut. Osh too.", Published: day(6), Precision: report.PrecisionMinute},
		{Text: "Gangs looted shops along the avenue tonight.", Published: day(6), Precision: report.PrecisionMinute},
		{Text: "People in Bishkek are tired.", Published: day(7), Precision: report.PrecisionMinute},
	}
	got := extractor(t).Extract(&report.Report{Posts: posts})
	found := false
	for _, e := range got {
		if e.Type == extract.Looting {
			found = true
			if e.Place.Name != "Bishkek" {
				t.Errorf("looting placed at %s, want the thread's city, Bishkek", e.Place.Name)
			}
		}
	}
	if !found {
		t.Error("no looting record")
	}
}

// TestLookingBack: a weekly summary goes on telling of the days it named
// from one paragraph to the next; a daily post does not.
func TestLookingBack(t *testing.T) {
	text := "Fuel prices. On Friday 6 July the government raised petrol prices by 38 percent.\n\n" +
		"The riots. Barricades went up in Cap-Haitien and Gonaives.\n\n" +
		"The rollback. On Saturday afternoon the prime minister in Port-au-Prince said the price rise was suspended."
	for _, c := range []struct {
		published time.Time
		want      string
	}{
		{time.Date(2018, 7, 15, 10, 0, 0, 0, time.UTC), "2018-07-06"}, // nine days on: a summary
		{time.Date(2018, 7, 8, 10, 0, 0, 0, time.UTC), "2018-07-08"},  // two days on: today's news
	} {
		r := &report.Report{Posts: []report.Post{{Text: text, Published: c.published, Precision: report.PrecisionMinute}}}
		for _, e := range extractor(t).Extract(r) {
			if e.Type == extract.Blockade && e.Date.Start != c.want {
				t.Errorf("published %s: blockade dated %s, want %s", c.published.Format(time.DateOnly), e.Date.Start, c.want)
			}
			// In the summary the Saturday is the one after 6 July.
			if e.Type == extract.Concession && c.want == "2018-07-06" && e.Date.Start != "2018-07-07" {
				t.Errorf("concession dated %s, want the Saturday after Friday 6 July, 2018-07-07", e.Date.Start)
			}
		}
	}
}

// TestLentCounts: a sentence that tells no event lends its figures to the
// event told just before it, unless it names another day or place.
func TestLentCounts(t *testing.T) {
	at := time.Date(2022, 6, 28, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		typ  extract.Type
		want func(e extract.Event) *int
		n    int // 0: none lent
	}{
		{"Police fired tear gas at marchers in Quito on Monday. The ombudsman counted 24 people hurt.",
			extract.Repression, func(e extract.Event) *int { return e.Injured }, 24},
		{"Police fired tear gas at marchers in Quito on Monday. In Guayaquil 24 people were hurt last year.",
			extract.Repression, func(e extract.Event) *int { return e.Injured }, 0},
		{"Protesters marched in Quito on Monday. Several people were seen crying.",
			extract.Protest, func(e extract.Event) *int { return e.Participants }, 0},
	}
	for _, c := range cases {
		found := false
		for _, e := range extractDay(t, c.text, at) {
			if e.Type != c.typ {
				continue
			}
			found = true
			got := c.want(e)
			if c.n == 0 && got != nil || c.n != 0 && (got == nil || *got != c.n) {
				t.Errorf("%q: %s count %v, want %d", c.text, e.Type, got, c.n)
			}
		}
		if !found {
			t.Errorf("%q: no %s", c.text, c.typ)
		}
	}
}

// TestPortugueseNo: "no" before a capitalised name is Portuguese "in
// the" only in a sentence with Portuguese's marks; in English it is still
// a denial.
func TestPortugueseNo(t *testing.T) {
	at := time.Date(2024, 6, 26, 12, 0, 0, 0, time.UTC)
	for text, want := range map[string]int{
		"No Kenyans were arrested in Nairobi on Tuesday.":                     0,
		"No Brazilians were detained at the border crossing.":                 0,
		"Dezenas de manifestantes foram presos no Recife durante o protesto.": 1,
	} {
		if n := countOfType(t, text, at, extract.Arrests); n != want {
			t.Errorf("%q: %d arrests, want %d", text, n, want)
		}
	}
}

// countOfType is how many events of type typ one post of text, published
// at, gives.
func countOfType(t *testing.T, text string, at time.Time, typ extract.Type) int {
	t.Helper()
	r := &report.Report{Posts: []report.Post{{Text: text, Published: at, Precision: report.PrecisionDay}}}
	n := 0
	for _, e := range extractor(t).Extract(r) {
		if e.Type == typ {
			n++
		}
	}
	return n
}

// TestSelfDispersal: a crowd that dispersed of its own accord is no
// crackdown; one dispersed by the police is.
func TestSelfDispersal(t *testing.T) {
	at := time.Date(2024, 3, 9, 12, 0, 0, 0, time.UTC)
	for text, want := range map[string]int{
		"About 300 nurses rallied in Lusaka on Friday and dispersed peacefully at dusk.":         0,
		"The marchers in Harare sang for an hour before they dispersed.":                         0,
		"In Dakar the crowd dispersed shortly after the speeches on Friday.":                     0,
		"Riot police dispersed the students in Dakar with batons on Friday.":                     1,
		"The sit-in outside parliament in Nairobi was forcibly dispersed on Friday.":             1,
		"Protesters in Kampala were dispersed by soldiers on Friday.":                            1,
		"On Friday demonstrators in Lomé dispersed by nightfall without any arrests being made.": 0,
	} {
		if n := countOfType(t, text, at, extract.Repression); n != want {
			t.Errorf("%q: %d repression events, want %d", text, n, want)
		}
	}
}

// TestCapitalByRole: "the capital" in a clause that names one country
// alone is that country's capital; "east of the capital" is not in it.
func TestCapitalByRole(t *testing.T) {
	at := time.Date(2024, 3, 9, 12, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"On Friday police fired tear gas at a march in the capital of Senegal.":              "Dakar",
		"On Friday thousands of people in Peru marched in the capital.":                      "Lima",
		"On Friday farmers blocked a highway 40 km from the capital of Kenya.":               "Kenya",
		"On Friday miners rallied in a town east of the capital of Peru.":                    "Peru",
		"On Friday striking teachers marched in Kenya, in the capital and in the provinces.": "Nairobi",
	} {
		got := ""
		for _, e := range extractDay(t, text, at) {
			got = e.Place.Name
			break
		}
		if got != want {
			t.Errorf("%q: first event in %q, want %q", text, got, want)
		}
	}
}
