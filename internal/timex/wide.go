package timex

// Russian and Ukrainian name months, weekdays and the nearest days with
// words of their own; a date reads as it does in English ("5 января 2022
// года" as "5 January 2022", "в понедельник" as "on Monday"). Each word
// stands for its English equivalent in the lexicon, so every rule that
// reads one reads the other.

// wideSynonyms maps a lower-case Cyrillic word to the English lexicon word
// it stands for: months in the genitive a date puts them in and in the
// nominative, weekdays in the nominative and the accusative after "в",
// and yesterday, today, tomorrow.
var wideSynonyms = map[string]string{
	// Russian months.
	"января": "january", "февраля": "february", "марта": "march", "апреля": "april", "мая": "may",
	"июня": "june", "июля": "july", "августа": "august", "сентября": "september", "октября": "october",
	"ноября": "november", "декабря": "december",
	"январь": "january", "февраль": "february", "март": "march", "апрель": "april", "май": "may",
	"июнь": "june", "июль": "july", "август": "august", "сентябрь": "september", "октябрь": "october",
	"ноябрь": "november", "декабрь": "december",
	// Ukrainian months.
	"січня": "january", "лютого": "february", "березня": "march", "квітня": "april", "травня": "may",
	"червня": "june", "липня": "july", "серпня": "august", "вересня": "september", "жовтня": "october",
	"листопада": "november", "грудня": "december",
	// Russian weekdays.
	"понедельник": "monday", "вторник": "tuesday", "среду": "wednesday", // (not "среда", also "environment")
	"четверг": "thursday", "пятница": "friday", "пятницу": "friday", "суббота": "saturday", "субботу": "saturday",
	"воскресенье": "sunday",
	// Ukrainian weekdays.
	"понеділок": "monday", "вівторок": "tuesday", "середа": "wednesday", "середу": "wednesday",
	"четвер": "thursday", "пʼятниця": "friday", "пʼятницю": "friday", "п'ятниця": "friday", "п'ятницю": "friday",
	"субота": "saturday", "суботу": "saturday", "неділя": "sunday", "неділю": "sunday",
	// The nearest days.
	"вчера": "yesterday", "сегодня": "today", "завтра": "tomorrow",
	"вчора": "yesterday", "сьогодні": "today",
}

// wideLexicon is wideSynonyms with the English words' entries.
var wideLexicon = synonymEntries(wideSynonyms, nil)

// synonymEntries maps each word of syn, under key(word) where key is
// set, to the entry of the English word it stands for. It panics on an
// English word the lexicon lacks: a table's typo, caught at start-up.
func synonymEntries(syn map[string]string, key func(string) string) map[string]*lexEntry {
	m := make(map[string]*lexEntry, len(syn))
	for w, en := range syn {
		e, ok := lexicon[en]
		if !ok {
			panic("timex: synonym " + w + " stands for " + en + ", which the lexicon lacks")
		}
		if key != nil {
			w = key(w)
		}
		m[w] = e
	}
	return m
}
