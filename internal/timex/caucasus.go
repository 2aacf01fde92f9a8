package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Greek, Georgian and Armenian name months, weekdays and the nearest days
// with words of their own, each standing for its English lexicon word.
// Greek writes a date's month in the genitive ("5 Ιανουαρίου 2022"),
// Georgian in the dative or genitive ("5 იანვარს", "იანვრის"), Armenian
// in the genitive before the day ("հունվարի 5-ին"): each form is listed,
// or its suffix taken off (greekKey folds the accents and final sigma).

// caucasusWordList pairs each word with the English word it stands for
// (a constant: see romanceWordList).
const caucasusWordList = `ιανουαριοσ january  ιανουαριου january  φεβρουαριοσ february  φεβρουαριου february
	μαρτιοσ march  μαρτιου march  απριλιοσ april  απριλιου april  μαιοσ may  μαιου may  ιουνιοσ june
	ιουνιου june  ιουλιοσ july  ιουλιου july  αυγουστοσ august  αυγουστου august  σεπτεμβριοσ september
	σεπτεμβριου september  οκτωβριοσ october  οκτωβριου october  νοεμβριοσ november  νοεμβριου november
	δεκεμβριοσ december  δεκεμβριου december
	δευτερα monday  τριτη tuesday  τεταρτη wednesday  πεμπτη thursday  παρασκευη friday  σαββατο saturday
	κυριακη sunday  χθεσ yesterday  χτεσ yesterday  σημερα today  αυριο tomorrow
	იანვარი january  თებერვალი february  მარტი march  აპრილი april  მაისი may  ივნისი june  ივლისი july
	აგვისტო august  სექტემბერი september  ოქტომბერი october  ნოემბერი november  დეკემბერი december
	იანვარს january  თებერვალს february  მარტს march  აპრილს april  მაისს may  ივნისს june  ივლისს july
	აგვისტოს august  სექტემბერს september  ოქტომბერს october  ნოემბერს november  დეკემბერს december
	იანვრის january  თებერვლის february  მარტის march  აპრილის april  მაისის may  ივნისის june
	ივლისის july  სექტემბრის september  ოქტომბრის october  ნოემბრის november  დეკემბრის december
	ორშაბათს monday  სამშაბათს tuesday  ოთხშაბათს wednesday  ხუთშაბათს thursday  პარასკევს friday
	შაბათს saturday  ორშაბათი monday  სამშაბათი tuesday  ოთხშაბათი wednesday  ხუთშაბათი thursday
	პარასკევი friday  შაბათი saturday  გუშინ yesterday  დღეს today  ხვალ tomorrow
	հունվար january  հունվարի january  փետրվար february  փետրվարի february  մարտ march  մարտի march
	ապրիլ april  ապրիլի april  մայիս may  մայիսի may  հունիս june  հունիսի june  հուլիս july  հուլիսի july
	օգոստոս august  օգոստոսի august  սեպտեմբեր september  սեպտեմբերի september  հոկտեմբեր october
	հոկտեմբերի october  նոյեմբեր november  նոյեմբերի november  դեկտեմբեր december  դեկտեմբերի december
	երկուշաբթի monday  երեքշաբթի tuesday  չորեքշաբթի wednesday  հինգշաբթի thursday  ուրբաթ friday
	շաբաթ saturday  կիրակի sunday  երեկ yesterday  այսօր today  վաղը tomorrow`

// caucasusLexicon maps the words to the English words' entries.
var caucasusLexicon = pairedLexicon(caucasusWordList)

// greekPlain folds the Greek accents, the diaeresis and the final sigma.
var greekPlain = strings.NewReplacer("ά", "α", "έ", "ε", "ή", "η", "ί", "ι", "ΐ", "ι", "ϊ", "ι", "ό", "ο", "ύ", "υ",
	"ΰ", "υ", "ϋ", "υ", "ώ", "ω", "ς", "σ")

// caucasusWord returns the entry of a lower-case Greek, Georgian or
// Armenian word, or nil.
func caucasusWord(low string) *lexEntry {
	if low == "" || low[0] < 0xCE {
		return nil
	}
	if e, ok := caucasusLexicon[low]; ok {
		return e
	}
	if low[0] <= 0xCF { // Greek
		return caucasusLexicon[greekPlain.Replace(low)]
	}
	return nil
}

// greekOrdinal reports whether the Greek word text[i:j] (low in lower
// case) that names Tuesday, Wednesday or Thursday is here the ordinal it
// also is ("για πέμπτη συνεχή ημέρα", for the fifth day running): a
// weekday is written with a capital or after the article ("την τρίτη").
func greekOrdinal(toks []token, text string, i, j int, low string) bool {
	switch greekPlain.Replace(low) {
	case "τριτη", "τεταρτη", "πεμπτη":
	default:
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[i:j]); unicode.IsUpper(r) {
		return false
	}
	if n := len(toks); n > 0 && toks[n-1].kind == tWord {
		switch toks[n-1].low {
		case "τη", "την", "η", "της":
			return false
		}
	}
	return true
}
