package timex_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/timex"
)

// Anchors used below: Thursday 6 January 2022, and Monday 15 July 2019.
var (
	jan6  = time.Date(2022, 1, 6, 10, 17, 0, 0, time.UTC)
	jul15 = time.Date(2019, 7, 15, 0, 0, 0, 0, time.UTC)
)

// TestExpressions: one sentence, the expression it must yield (its text,
// type, value and span).
func TestExpressions(t *testing.T) {
	cases := []struct {
		anchor                       time.Time
		text                         string
		want, typ, value, start, end string
	}{
		// Absolute dates in the orders people write.
		{jan6, "Police moved in on 5 January 2022.", "5 January 2022", "DATE", "2022-01-05", "2022-01-05", "2022-01-05"},
		{jan6, "It began on January 5th, 2022, in the west.", "January 5th, 2022", "DATE", "2022-01-05", "2022-01-05", "2022-01-05"},
		{jan6, "The strike began Jan. 3 at dawn.", "Jan. 3", "DATE", "2022-01-03", "2022-01-03", "2022-01-03"},
		{jan6, "Prices doubled on 02.01.2022 at the pumps.", "02.01.2022", "DATE", "2022-01-02", "2022-01-02", "2022-01-02"},
		{jan6, "The decree is dated 2022-01-05.", "2022-01-05", "DATE", "2022-01-05", "2022-01-05", "2022-01-05"},
		{jan6, "Rallies on 25/12/2021 were small.", "25/12/2021", "DATE", "2021-12-25", "2021-12-25", "2021-12-25"},
		{jan6, "the 4th of January saw clashes", "the 4th of January", "DATE", "2022-01-04", "2022-01-04", "2022-01-04"},
		{jan6, "as of January Fifth 2022 the situation is uncertain", "January Fifth 2022", "DATE", "2022-01-05", "2022-01-05", "2022-01-05"},
		{jan6, "the fifth of January", "the fifth of January", "DATE", "2022-01-05", "2022-01-05", "2022-01-05"},
		{jan6, "On January 3, a general strike began.", "January 3", "DATE", "2022-01-03", "2022-01-03", "2022-01-03"},
		{jan6, "Workers struck on 28 December.", "28 December", "DATE", "2021-12-28", "2021-12-28", "2021-12-28"},
		{jul15, "Marches on 14 July drew thousands.", "14 July", "DATE", "2019-07-14", "2019-07-14", "2019-07-14"},
		{jul15, "The vote will be held on 2 August.", "2 August", "DATE", "2019-08-02", "2019-08-02", "2019-08-02"},
		// Russian and Ukrainian dates read as the English do.
		{jan6, "Митинг прошёл 5 января 2022 года в Алматы.", "5 января 2022", "DATE", "2022-01-05", "2022-01-05", "2022-01-05"},
		{jan6, "Вчера в Жанаозене задержали активистов.", "Вчера", "DATE", "2022-01-05", "2022-01-05", "2022-01-05"},
		{jan6, "Акция началась в понедельник.", "понедельник", "DATE", "2022-01-03", "2022-01-03", "2022-01-03"},
		{jan6, "Страйк почався 3 січня.", "3 січня", "DATE", "2022-01-03", "2022-01-03", "2022-01-03"},
		// A date that names a square or a movement is no date of the text.
		{jul15, "Crowds filled 13 May Square on 14 July.", "14 July", "DATE", "2019-07-14", "2019-07-14", "2019-07-14"},
		// A colon parts tenses: the heading's verb does not make the
		// measure after it past.
		{jul15, "Decree just published: a curfew from tonight until 2 August.", "2 August", "DATE", "2019-08-02", "2019-08-02", "2019-08-02"},
		{jul15, "The curfew was lifted on 2 August.", "2 August", "DATE", "2018-08-02", "2018-08-02", "2018-08-02"},
		// Months and years.
		{jan6, "In December 2021, 30,000 lost their jobs.", "December 2021", "DATE", "2021-12", "2021-12-01", "2021-12-31"},
		{jan6, "In December, thousands were laid off.", "December", "DATE", "2021-12", "2021-12-01", "2021-12-31"},
		{jul15, "Protests began in June.", "June", "DATE", "2019-06", "2019-06-01", "2019-06-30"},
		{jan6, "In 2011 oil workers went on strike.", "2011", "DATE", "2011", "2011-01-01", "2011-12-31"},
		{jan6, "the first day of 2022", "the first day of 2022", "DATE", "2022-01-01", "2022-01-01", "2022-01-01"},
		{jan6, "the last day of 2021", "the last day of 2021", "DATE", "2021-12-31", "2021-12-31", "2021-12-31"},
		{jan6, "unrest of the 1990s", "the 1990s", "DATE", "199", "1990-01-01", "1999-12-31"},
		{jan6, "Strikes began in early December.", "early December", "DATE", "2021-12", "2021-12-01", "2021-12-10"},
		{jan6, "The fire was in late last July.", "late last July", "DATE", "2021-07", "2021-07-22", "2021-07-31"},
		{jan6, "Reform is due by mid-2022.", "mid-2022", "DATE", "2022", "2022-05-02", "2022-09-01"},
		// Relative days and parts of days.
		{jan6, "Crowds gathered yesterday.", "yesterday", "DATE", "2022-01-05", "2022-01-05", "2022-01-05"},
		{jan6, "They will march tomorrow.", "tomorrow", "DATE", "2022-01-07", "2022-01-07", "2022-01-07"},
		{jan6, "Shots were heard last night.", "last night", "TIME", "2022-01-05TNI", "2022-01-05", "2022-01-05"},
		{jan6, "This morning the square was empty.", "This morning", "TIME", "2022-01-06TMO", "2022-01-06", "2022-01-06"},
		{jan6, "Overnight the city buzzed with stun grenades.", "Overnight", "TIME", "2022-01-05TNI", "2022-01-05", "2022-01-06"},
		{jan6, "He spoke yesterday evening.", "yesterday evening", "TIME", "2022-01-05TEV", "2022-01-05", "2022-01-05"},
		{jan6, "It happened the day before yesterday.", "the day before yesterday", "DATE", "2022-01-04", "2022-01-04", "2022-01-04"},
		{jan6, "Talks resume today.", "today", "DATE", "2022-01-06", "2022-01-06", "2022-01-06"},
		// Relative and absolute together: the absolute wins.
		{jan6, "Just yesterday evening 4 January the president spoke.", "yesterday evening 4 January", "TIME", "2022-01-04TEV", "2022-01-04", "2022-01-04"},
		{jan6, "By dawn today 5 January he had dismissed the government.", "dawn today 5 January", "TIME", "2022-01-05TMO", "2022-01-05", "2022-01-05"},
		// Weekdays.
		{jan6, "Police detained 40 people on Tuesday.", "Tuesday", "DATE", "2022-01-04", "2022-01-04", "2022-01-04"},
		{jan6, "Unions will meet on Tuesday.", "Tuesday", "DATE", "2022-01-11", "2022-01-11", "2022-01-11"},
		{jan6, "Last Friday the mine closed.", "Friday", "DATE", "2021-12-31", "2021-12-31", "2021-12-31"},
		{jan6, "Next Monday they return.", "Monday", "DATE", "2022-01-10", "2022-01-10", "2022-01-10"},
		{jan6, "By Monday, officials had counted 40 dead.", "Monday", "DATE", "2022-01-03", "2022-01-03", "2022-01-03"},
		{jan6, "The curfew will be lifted by Monday.", "Monday", "DATE", "2022-01-10", "2022-01-10", "2022-01-10"},
		{jan6, "On Friday 31 December the government said prices would double.", "Friday 31 December", "DATE", "2021-12-31", "2021-12-31", "2021-12-31"},
		{jan6, "On Thursday the strike ended.", "Thursday", "DATE", "2022-01-06", "2022-01-06", "2022-01-06"}, // a Thursday's story: that day
		{jan6, "Last Thursday the strike ended.", "Thursday", "DATE", "2021-12-30", "2021-12-30", "2021-12-30"},
		{jan6, "Wednesday night saw looting.", "Wednesday night", "TIME", "2022-01-05TNI", "2022-01-05", "2022-01-05"},
		// Relative periods.
		{jan6, "Last week the price rose.", "Last week", "DATE", "2021-W52", "2021-12-27", "2022-01-02"},
		{jan6, "Talks are due next week.", "next week", "DATE", "2022-W02", "2022-01-10", "2022-01-16"},
		{jan6, "Strikes spread this month.", "this month", "DATE", "2022-01", "2022-01-01", "2022-01-31"},
		{jan6, "Inflation rose last year.", "last year", "DATE", "2021", "2021-01-01", "2021-12-31"},
		{jan6, "Prices rose last month.", "last month", "DATE", "2021-12", "2021-12-01", "2021-12-31"},
		{jan6, "Strikes have not stopped since last summer.", "last summer", "DATE", "2021-SU", "2021-06-01", "2022-01-06"},
		{jul15, "Last summer the square was full.", "Last summer", "DATE", "2018-SU", "2018-06-01", "2018-08-31"},
		{jan6, "Earlier this month the talks failed.", "Earlier this month", "DATE", "2022-01", "2022-01-01", "2022-01-05"},
		{jan6, "Ten years ago the strike was crushed.", "Ten years ago", "DATE", "2012", "2011-07-06", "2012-07-06"},
		{jan6, "Three days ago the army arrived.", "Three days ago", "DATE", "2022-01-03", "2022-01-03", "2022-01-03"},
		{jan6, "Two weeks ago prices rose.", "Two weeks ago", "DATE", "2021-W51", "2021-12-20", "2021-12-26"},
		{jan6, "Over the past two days there were mass protests.", "the past two days", "DURATION", "P2D", "2022-01-05", "2022-01-06"},
		{jan6, "In recent months wages fell.", "recent months", "DURATION", "PXM", "2021-07-06", "2022-01-06"},
		{jan6, "Prices rose over the past several months.", "the past several months", "DURATION", "PXM", "2021-07-06", "2022-01-06"},
		{jan6, "About 2000 people marched in 2019 and 2021.", "2019", "DATE", "2019", "2019-01-01", "2019-12-31"},
		{jan6, "Growth stayed below 2009 levels.", "2009", "DATE", "2009", "2009-01-01", "2009-12-31"},
		{jan6, "The regime was shaken last weekend.", "last weekend", "DATE", "2021-W52-WE", "2022-01-01", "2022-01-02"},
		{jan6, "Over the weekend protests spread.", "the weekend", "DATE", "2021-W52-WE", "2022-01-01", "2022-01-02"},
		{jan6, "They will march over the weekend.", "the weekend", "DATE", "2022-W01-WE", "2022-01-08", "2022-01-09"},
		{jan6, "Prices rose over the past year.", "the past year", "DURATION", "P1Y", "2021-01-07", "2022-01-06"},
		// The story's days: "the Tuesday" after 3 January (a Monday), the
		// week after 20 December.
		{jan6, "On 3 January crowds gathered; on the Tuesday night police moved in.", "Tuesday night", "TIME", "2022-01-04TNI", "2022-01-04", "2022-01-04"},
		{jan6, "On 20 December the union met; the following week it struck.", "the following week", "DATE", "2021-W52", "2021-12-27", "2022-01-02"},
		// A day of the month after the last date named: of its month,
		// or of the next when it would be a fortnight before it.
		{jan6, "31 December 2021. At dawn on the 31st police took up positions.", "the 31st", "DATE", "2021-12-31", "2021-12-31", "2021-12-31"},
		{jan6, "The march of 28 December failed; another is set for the 3rd.", "the 3rd", "DATE", "2022-01-03", "2022-01-03", "2022-01-03"},
		// A weekday after the last day named: "the following Saturday"
		// of a Friday is the week after's (the next day is "the next
		// day"); "that same day" is it.
		{jan6, "She resigned on Friday 10 December, and the following Saturday the crowd was bigger.", "the following Saturday", "DATE", "2021-12-18", "2021-12-18", "2021-12-18"},
		{jan6, "On Monday 13 December police came; the previous Friday had been calm.", "the previous Friday", "DATE", "2021-12-10", "2021-12-10", "2021-12-10"},
		{jan6, "On 14 December the union met, and the following Saturday it marched. That same day the minister resigned.", "That same day", "DATE", "2021-12-18", "2021-12-18", "2021-12-18"},
		{jan6, "He will resign on Friday, 4 February; the minister who should succeed him quit on the 3rd.", "the 3rd", "DATE", "2022-01-03", "2022-01-03", "2022-01-03"},
		{jan6, "On 22 December crowds gathered. By the next evening the anger had spread.", "the next evening", "TIME", "2021-12-23TEV", "2021-12-23", "2021-12-23"},
		// Nor is one that names another event, or ends a span over the
		// part of a day.
		{jan6, "2 January. The security forces repeated the pattern of 31 December. Six died that day.", "that day", "DATE", "2022-01-02", "2022-01-02", "2022-01-02"},
		{jan6, "On 2 January the internet was cut until the afternoon of the 4th. Six died that day.", "that day", "DATE", "2022-01-02", "2022-01-02", "2022-01-02"},
		// Nor is a day that starts one.
		{jan6, "On Friday 31 December the road had been blocked since Wednesday night. The day before, soldiers charged.", "The day before", "DATE", "2021-12-30", "2021-12-30", "2021-12-30"},
		// A day that ends a span is no day "that day" refers to.
		{jan6, "On 30 December the internet was cut; it stayed down until 2 January. Police arrested 100 people that day.", "that day", "DATE", "2021-12-30", "2021-12-30", "2021-12-30"},
		{time.Date(2018, 7, 15, 0, 0, 0, 0, time.UTC), "On Friday 6 July fuel prices rose; over the weekend shops were looted.",
			"the weekend", "DATE", "2018-W27-WE", "2018-07-07", "2018-07-08"},
		// Holidays.
		{jan6, "The price announcement for the New Year angered drivers.", "New Year", "DATE", "2022-01-01", "2022-01-01", "2022-01-01"},
		{jan6, "Rallies on Christmas Eve were banned.", "Christmas Eve", "DATE", "2021-12-24", "2021-12-24", "2021-12-24"},
		{time.Date(2021, 12, 28, 0, 0, 0, 0, time.UTC), "A march is planned for New Year's Day.", "New Year's Day", "DATE", "2022-01-01", "2022-01-01", "2022-01-01"},
		{jan6, "On International Women's Day women marched.", "International Women's Day", "DATE", "2021-03-08", "2021-03-08", "2021-03-08"},
		// Ranges.
		{jan6, "A curfew from 5 to 19 January.", "from 5 to 19 January", "DATE", "2022-01-05", "2022-01-05", "2022-01-19"},
		{jan6, "Clashes between 2 and 4 January left dozens hurt.", "between 2 and 4 January", "DATE", "2022-01-02", "2022-01-02", "2022-01-04"},
		{jan6, "The emergency lasts 5–19 Jan nationwide.", "5–19 Jan", "DATE", "2022-01-05", "2022-01-05", "2022-01-19"},
		{jan6, "Strikes ran January 3-5 in the west.", "January 3-5", "DATE", "2022-01-03", "2022-01-03", "2022-01-05"},
		{jan6, "Protests ran from 28 December to 3 January.", "from 28 December to 3 January", "DATE", "2021-12-28", "2021-12-28", "2022-01-03"},
		// Durations.
		{jan6, "Prices are frozen for six months.", "six months", "DURATION", "P6M", "", ""},
		{jan6, "He declared a two-week state of emergency.", "two-week", "DURATION", "P2W", "", ""},
		{jan6, "the seven-month strike of oil workers", "seven-month", "DURATION", "P7M", "", ""},
		{jan6, "prices frozen for 180 days", "180 days", "DURATION", "P180D", "", ""},
		// Clock times.
		{jan6, "The curfew starts at 11 p.m. tonight.", "11 p.m. tonight", "TIME", "2022-01-06T23:00", "2022-01-06", "2022-01-06"},
		{jan6, "Polls close at 20:00 GMT on 9 January.", "20:00 GMT on 9 January", "TIME", "2022-01-09T20:00", "2022-01-09", "2022-01-09"},
		// References, sets, quarters.
		{jan6, "Talks are now stalled.", "now", "DATE", "PRESENT_REF", "2022-01-06", "2022-01-06"},
		{jan6, "Prices are checked daily.", "daily", "SET", "XXXX-XX-XX", "", ""},
		{jan6, "Unions meet every week.", "every week", "SET", "P1W", "", ""},
		{jan6, "Profits fell in the first quarter of 2021.", "the first quarter of 2021", "DATE", "2021-Q1", "2021-01-01", "2021-03-31"},
		{jan6, "Talks resume on the first Monday of February.", "the first Monday of February", "DATE", "2022-02-07", "2022-02-07", "2022-02-07"},
		{jan6, "Crowds returned on the twenty-third of December.", "the twenty-third of December", "DATE", "2021-12-23", "2021-12-23", "2021-12-23"},
		{jan6, "Schools closed on March the fifteenth, 2021.", "March the fifteenth, 2021", "DATE", "2021-03-15", "2021-03-15", "2021-03-15"},
		{jan6, "The bombing was on 4/15/13, police said.", "4/15/13", "DATE", "2013-04-15", "2013-04-15", "2013-04-15"},
		{jan6, "Unrest of the 20th century shaped the city.", "20th century", "DATE", "19", "1901-01-01", "2000-12-31"},
		{jan6, "The strike lasted almost seven years.", "almost seven years", "DURATION", "P7Y", "", ""},
		{jan6, "Reforms are due by the end of the year.", "the end of the year", "DATE", "2022", "2022-09-02", "2022-12-31"},
		{jan6, "The strike lasted several days.", "several days", "DURATION", "PXD", "", ""},
		{jan6, "Profits fell this fiscal year.", "this fiscal year", "DATE", "2022", "2022-01-01", "2022-12-31"},
		{time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC), "The fire was in August.", "August", "DATE", "2012-08", "2012-08-01", "2012-08-31"},
		{time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC), "The congress meets in August.", "August", "DATE", "2013-08", "2013-08-01", "2013-08-31"},
		{jan6, "The talks dragged on for weeks.", "weeks", "DURATION", "PXW", "", ""},
		// Anchoring on a date named earlier.
		{jan6, "On 3 January crowds gathered; the next day police moved in.", "the next day", "DATE", "2022-01-04", "2022-01-04", "2022-01-04"},
		{jan6, "On 3 January crowds gathered. Two days later the army arrived.", "Two days", "DURATION", "P2D", "2022-01-05", "2022-01-05"},
		// A weekday with a day's number: that recent day.
		{jan6, "THURSDAY 16TH\nPolice fired.", "THURSDAY 16TH", "DATE", "2021-12-16", "2021-12-16", "2021-12-16"},
		{jan6, "On Friday the 31st prices doubled.", "Friday the 31st", "DATE", "2021-12-31", "2021-12-31", "2021-12-31"},
		// "the next three days" told in the past: after the day named.
		{jan6, "On 3 January crowds gathered. Over the next three days police used tear gas.", "the next three days", "DURATION", "P3D", "2022-01-04", "2022-01-06"},
		{jan6, "Talks will go on over the next three days.", "the next three days", "DURATION", "P3D", "2022-01-07", "2022-01-09"},
		// From a month named, the month shifted.
		{jan6, "Rioters burned the district in April 2006, and the premier quit eight days later.", "eight days", "DURATION", "P8D", "2006-04-09", "2006-05-08"},
		{jan6, "The vote was on 2 January; the day before, police raided offices.", "the day before", "DATE", "2022-01-01", "2022-01-01", "2022-01-01"},
	}
	tg := &timex.Tagger{}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got *timex.Expression
			all := tg.Tag(c.text, c.anchor)
			for i := range all {
				if all[i].Text == c.want {
					got = &all[i]
				}
			}
			if got == nil {
				var texts []string
				for _, e := range all {
					texts = append(texts, e.Text)
				}
				t.Fatalf("no expression %q; got %q", c.want, texts)
			}
			span := ""
			if got.HasSpan() {
				span = got.Span.Start.Format(time.DateOnly) + ".." + got.Span.End.Format(time.DateOnly)
			}
			want := ""
			if c.start != "" {
				want = c.start + ".." + c.end
			}
			if string(got.Type) != c.typ || got.Value != c.value || span != want {
				t.Errorf("got %s %s %s, want %s %s %s", got.Type, got.Value, span, c.typ, c.value, want)
			}
			if []rune(c.text)[got.Start] != []rune(c.want)[0] || c.text[got.ByteStart:got.ByteEnd] != c.want {
				t.Errorf("offsets wrong: runes %d-%d bytes %d-%d", got.Start, got.End, got.ByteStart, got.ByteEnd)
			}
		})
	}
}

// TestNotDates: numbers and words that are not dates.
func TestNotDates(t *testing.T) {
	tg := &timex.Tagger{}
	for _, text := range []string{
		"Gas rose from 60 to 120 tenge a litre.",
		"About 2000 people marched, and 500 were detained.",
		"The protesters may return; they march for dignity.",
		"It was the fourth march called by the union in a week.",
		"Unions say a second march may follow.",
		"He paid $2021 in fines.",
		"Защита окружающей среды важна.", // (среда, the environment, is no Wednesday)
		"Section 5/1/22 of the code was cited.",
		"The ratio was 3/4.",
		"The vote was 3:1 in favour.",
		"",
	} {
		for _, e := range tg.Tag(text, jan6) {
			if e.Type == timex.Date {
				t.Errorf("%q: found date %q (%s)", text, e.Text, e.Value)
			}
		}
	}
}

func TestConflictReported(t *testing.T) {
	tg := &timex.Tagger{}
	// Written on 6 January, a quote says "yesterday evening 4 January".
	got := tg.Tag("Just yesterday evening 4 January he spoke.", jan6)
	if len(got) != 1 || got[0].Conflict == "" || !strings.Contains(got[0].Conflict, "2022-01-05") {
		t.Errorf("want a conflict naming 2022-01-05, got %+v", got)
	}
	// Written on 5 January, it agrees.
	got = tg.Tag("Just yesterday evening 4 January he spoke.", time.Date(2022, 1, 5, 23, 0, 0, 0, time.UTC))
	if len(got) != 1 || got[0].Conflict != "" {
		t.Errorf("want no conflict, got %+v", got)
	}
}

func TestWeekdayWithDate(t *testing.T) {
	tg := &timex.Tagger{}
	// A full date with its weekday is no conflict, whatever the anchor.
	got := tg.Tag("Stations closed on Friday 18 October.", time.Date(2019, 10, 26, 0, 0, 0, 0, time.UTC))
	if len(got) != 1 || got[0].Value != "2019-10-18" || got[0].Conflict != "" {
		t.Errorf("Friday 18 October: %+v", got)
	}
	// A wrong weekday is.
	got = tg.Tag("Stations closed on Monday 18 October.", time.Date(2019, 10, 26, 0, 0, 0, 0, time.UTC))
	if len(got) != 1 || got[0].Value != "2019-10-18" || !strings.Contains(got[0].Conflict, "Friday") {
		t.Errorf("Monday 18 October: %+v", got)
	}
}

func TestMonthFirst(t *testing.T) {
	got := (&timex.Tagger{MonthFirst: true}).Tag("Rally on 1/5/2022.", jan6)
	if len(got) != 1 || got[0].Value != "2022-01-05" {
		t.Errorf("month-first 1/5/2022: %+v", got)
	}
	got = (&timex.Tagger{}).Tag("Rally on 1/5/2022.", jan6)
	if len(got) != 1 || got[0].Value != "2022-05-01" {
		t.Errorf("day-first 1/5/2022: %+v", got)
	}
	// Values overrule the policy when only one order is a date.
	got = (&timex.Tagger{}).Tag("Rally on 12/25/2021.", jan6)
	if len(got) != 1 || got[0].Value != "2021-12-25" {
		t.Errorf("12/25/2021: %+v", got)
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{"On 5 January 2022 and 05.01.2022", "from 5 to 19 January", "ten years ago last summer", "the 1990s", "Tuesday evening 4 January",
		"5 января 2022 года, вчера, в понедельник; 3 січня, сьогодні, в п'ятницю",
		"el 5 de abril de 2017, 28 de abril del 2021, Rio de Janeiro, 1er mai, Mercredi 21 octobre, de de 2020",
		"19 Mart 2025'te, 23 Mart'ta, Cuma günü, Dün, Wal-Mart, Mart' 2025",
		"le 21 octobre. Le lendemain, la veille, ce jour-là; al día siguiente; на следующий день; في اليوم التالي; למחרת; ertesi gün",
		"٣ يونيو/حزيران ٢٠١٩، 25 تشرين الأول، الجمعة، أمس؛ ۸ مهر ۱۴۰۱، 31 اسفند 1500، سه\u200cشنبه؛ ב-27 במרץ, ביום שני, 0 دی",
		"20 दिसंबर 2019 को, गुरुवार को, कल करेंगे। ८ सेप्टेम्बरमा, भोलिपल्ट, जुन, मे; ১৬ জুলাই ২০২৪, জুলাইয়ের, গতকাল, পরদিন, কাল হবে",
		"२०८२ भदौ २३ गते, २३ भदौ २०८२, भदौ ३२, माघ ५ गते, ३२ बैशाख गते, भदौ 99, 2089 चैत 1"} {
		f.Add(s)
	}
	tg := &timex.Tagger{}
	f.Fuzz(func(t *testing.T, text string) {
		for _, e := range tg.Tag(text, jan6) {
			if e.ByteStart < 0 || e.ByteEnd > len(text) || e.ByteStart >= e.ByteEnd || text[e.ByteStart:e.ByteEnd] != e.Text {
				t.Fatalf("bad offsets %d-%d for %q", e.ByteStart, e.ByteEnd, e.Text)
			}
			if e.HasSpan() && e.Span.End.Before(e.Span.Start) {
				t.Fatalf("span ends before it starts: %+v", e)
			}
		}
	})
}

// BenchmarkTag measures the tagger on news text with a date expression in
// most sentences.
func BenchmarkTag(b *testing.B) {
	para := "Over the past two days there have been mass protests. Just yesterday evening 4 January the president spoke, " +
		"and by dawn today 5 January he had dismissed the government. Strikes have not stopped since last summer, " +
		"and ten years ago a seven-month strike was crushed. Prices are frozen for six months from 5 to 19 January. "
	text := strings.Repeat(para, 200)
	tg := &timex.Tagger{}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(text, jan6)
	}
}

// BenchmarkTagScaling tags texts of 10 and 100 times the same size, one
// with sentences and one with no full stop at all: time per byte must
// stay flat (linear time).
func BenchmarkTagScaling(b *testing.B) {
	unit := "Over the past two days strikes spread and by dawn today 5 January the government resigned while crowds returned on Tuesday "
	tg := &timex.Tagger{}
	for _, n := range []int{10, 100} {
		for _, stop := range []string{". ", " "} {
			text := strings.Repeat(unit+stop, n)
			name := fmt.Sprintf("x%d/stops=%v", n, stop == ". ")
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					tg.Tag(text, jan6)
				}
			})
		}
	}
}

// TestLiveBlogStamps: a clock time alone on its line is a live blog's
// stamp, on the day of the stamps and date headings before it (not a day
// some entry named), and on the next day once the stamps pass midnight.
func TestLiveBlogStamps(t *testing.T) {
	tg := &timex.Tagger{}
	// days checks the day each expression of want is read on.
	days := func(text string, anchor time.Time, want map[string]string) {
		t.Helper()
		got := map[string]string{}
		for _, e := range tg.Tag(text, anchor) {
			if _, ok := want[e.Text]; ok {
				got[e.Text] = e.Span.Start.Format("2006-01-02")
			}
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s on %q, want %s", k, got[k], v)
			}
		}
	}
	days("Thursday, May 28, 2020\n\n21:05\nThe curfew runs tonight and Saturday night.\n\n23:40\nCrowds grew.\n\n"+
		"00:15\nFires burned.\n\nFriday, May 29, 2020\n\n18:50\nA march began at 6 pm.\n", time.Date(2020, 5, 28, 0, 0, 0, 0, time.UTC),
		map[string]string{"21:05": "2020-05-28", "23:40": "2020-05-28", "00:15": "2020-05-29", "18:50": "2020-05-29"})
	// A stamp that opens its entry on the line ("3:40 pm: The march
	// ..."), after an entry that named another day; and the relative
	// days of a later day's entries count from that day.
	days("Wednesday, July 17, 2019\n\n2:15 pm: On Saturday a chat was leaked.\n\n3:40 pm: The march set off.\n\n"+
		"Monday, July 22, 2019\n\n9:05 am: He spoke in a video last night. Today is the strike.\n", time.Date(2019, 7, 17, 0, 0, 0, 0, time.UTC),
		map[string]string{"3:40 pm": "2019-07-17", "9:05 am": "2019-07-22", "last night": "2019-07-21", "Today": "2019-07-22"})
	// Newest entries first: the stamps go back in time on one day.
	for _, e := range tg.Tag("Thursday, May 28, 2020\n\n18:05\nCrowds grew.\n\n11:30\nThousands marched.\n", time.Date(2020, 5, 28, 0, 0, 0, 0, time.UTC)) {
		if e.Text == "11:30" && e.Span.Start.Format("2006-01-02") != "2020-05-28" {
			t.Errorf("11:30 after 18:05 on %v, want 2020-05-28", e.Span.Start)
		}
	}
	// A time inside a sentence still stands on the day last named.
	for _, e := range tg.Tag("On 3 May police moved in at 21:05 and left.", time.Date(2020, 5, 28, 0, 0, 0, 0, time.UTC)) {
		if e.Text == "21:05" && e.Span.Start.Format("2006-01-02") != "2020-05-03" {
			t.Errorf("21:05 in a sentence on %v, want 2020-05-03", e.Span.Start)
		}
	}
}

// TestIntentionNoun: "his government's plan to overhaul" names an
// intention; it does not turn the sentence's weekday forward as "plans to
// strike on Monday" does.
func TestIntentionNoun(t *testing.T) {
	tg := &timex.Tagger{}
	anchor := time.Date(2023, 3, 28, 9, 0, 0, 0, time.UTC) // a Tuesday
	for text, want := range map[string]string{
		"Netanyahu on Monday evening put his government's plan to overhaul the judiciary on hold.": "2023-03-27",
		"Netanyahu on Monday put the plan to overhaul the courts on hold.":                         "2023-03-27",
		"The union plans to strike on Monday.":                                                     "2023-04-03",
	} {
		got := tg.Tag(text, anchor)
		if len(got) != 1 || got[0].Span.Start.Format("2006-01-02") != want {
			t.Errorf("%q: %+v, want %s", text, got, want)
		}
	}
}

// TestHoursAgo: "an hour ago", "two hours ago" are the day of the telling.
func TestHoursAgo(t *testing.T) {
	tg := &timex.Tagger{}
	for _, text := range []string{"About an hour ago police fired tear gas.", "Two hours ago crowds gathered."} {
		got := tg.Tag(text, jan6)
		if len(got) != 1 || got[0].Span.Start.Format("2006-01-02") != "2022-01-06" {
			t.Errorf("%q: %+v, want the day of telling", text, got)
		}
	}
}
