package extract

// Hebrew: Israel's protests are told in it. Hebrew joins its
// conjunction, article and prepositions to the next word (המפגינים,
// ובהפגנה, שנעצרו); the forms are spelt out (languages.go).

// hebrewLexicon holds the trigger patterns of each type.
var hebrewLexicon = map[Type][]pattern{
	Protest: pats(join(
		hebrewNouns("הפגנה", "הפגנות", "הפגנת*", "מחאה", "מחאת*", "עצרת*", "צעדה", "צעדת*", "משמרת מחאה",
			"מפגינים", "מפגינות", "מוחים"),
		hebrewVerbs("הפגינו", "הפגין", "הפגינה", "מפגינים", "מחו", "צעדו", "יצאו לרחובות", "יצאו להפגין"))...),
	Strike:   pats(join(hebrewNouns("שביתה", "שביתת*", "שביתות", "השבתה"), hebrewVerbs("שבתו", "השביתו", "שובתים"))...),
	Blockade: pats(join(hebrewNouns("חסימה", "חסימת*", "חסימות"), hebrewVerbs("חסמו", "חסמה", "נחסם", "נחסמו"))...),
	Riot: pats(join(hebrewNouns("התפרעות*", "עימותים", "עימות*", "הצתה", "הצתת*"),
		hebrewVerbs("התפרעו", "הציתו", "פרצו", "התעמתו"))...),
	Looting: pats(join(hebrewNouns("ביזה"), hebrewVerbs("בזזו"))...),
	Repression: pats(join(
		hebrewNouns("מכתזית", "מכתזיות", "רימוני הלם", "רימון הלם", "גז מדמיע", "אלות", "פיזור"),
		hebrewVerbs("פיזרו", "פיזרה", "היכו", "ירו", "תקפו"))...),
	Arrests: pats(join(hebrewNouns("מעצר*", "עצורים", "נעצרים"),
		hebrewVerbs("נעצרו", "נעצר", "נעצרה", "עצרה", "עצרו", "עוכבו", "עוכב"))...),
	StateOfEmergency: pats(hebrewNouns("מצב חירום", "עוצר")...),
	InternetShutdown: pats(hebrewNouns("ניתוק האינטרנט", "חסימת האינטרנט")...),
	Deployment:       pats(hebrewVerbs("תוגברו", "הוצבו כוחות", "גויסו כוחות")...),
	GovernmentChange: pats(join(hebrewNouns("התפטרות*", "פיטורי", "פיטורים"),
		hebrewVerbs("התפטר", "התפטרה", "פיטר", "פוטר"))...),
}

// hebrewNegators deny or make hypothetical what follows them.
var hebrewNegators = join(
	[]string{"לא", "אין", "ללא", "בלי", "אם", "עלול", "עלולים", "עשויים", "אולי"},
	hebrewVerbs("הכחיש", "הכחישה", "הכחישו", "מכחישה", "איים", "איימה", "איימו", "מאיים", "מאיימת", "קרא",
		"קראה", "קוראים", "תכנן", "מתכננים", "דרשו", "דורשים"),
	hebrewNouns("שמועות", "שמועה", "קריאה"))

// hebrewFigures are the words of vague amounts, for the word table.
var hebrewFigures = hebrewNouns("אלפים", "אלפי", "מאות", "עשרות", "רבבות")

// Words the counts hang on: people, and their fates.
var (
	hebrewPeople   = hebrewNouns("איש", "אנשים", "מפגינים", "בני אדם", "עובדים", "סטודנטים", "מוחים")
	hebrewKilled   = hebrewNouns("הרוגים", "נהרגו", "נהרג", "נרצחו")
	hebrewInjured  = hebrewNouns("פצועים", "נפצעו", "נפצע", "פצוע")
	hebrewArrested = hebrewNouns("עצורים", "נעצרו", "נעצר")
)

// hebrewFateVerbs count what they name when a figure follows them
// ("נעצרו 30 מפגינים"): Hebrew puts the verb first.
var hebrewFateVerbs = [3][]string{
	hebrewVerbs("נהרגו", "נרצחו"),
	hebrewVerbs("נפצעו"),
	hebrewVerbs("נעצרו", "עוכבו", "עצרה", "עצרו"),
}

// hebrewActorGroups name the actors of Hebrew texts under actorGroups'
// labels.
var hebrewActorGroups = []lexGroup{
	{"protesters", hebrewNouns("מפגינים", "מפגינות", "מוחים", "פעילים", "מחאת*")},
	{"workers", hebrewNouns("עובדים", "עובדי", "ההסתדרות", "הסתדרות", "איגוד*")},
	{"students", hebrewNouns("סטודנטים", "תלמידים")},
	{"police", hebrewNouns("משטרה", "משטרת*", "שוטרים", "שוטר")},
	{"security forces", hebrewNouns("מג\"ב", "משמר הגבול", "כוחות הביטחון")},
	{"army", hebrewNouns("צבא", "צה\"ל", "חיילים", "מילואימניקים")},
	{"government", hebrewNouns("ממשלה", "ממשלת*", "כנסת", "קואליציה", "שר", "שרים")},
	{"president", hebrewNouns("נשיא", "ראש הממשלה")},
	{"opposition", hebrewNouns("אופוזיציה")},
}

// hebrewDemandTopicGroups are demandTopicGroups' cues in Hebrew.
var hebrewDemandTopicGroups = []lexGroup{
	{demandPrices, hebrewNouns("יוקר המחיה", "מחירי*", "מחירים")},
	{demandLabor, hebrewNouns("שכר", "משכורות", "פיטורים", "תנאי העסקה")},
	{demandRemoval, hebrewNouns("התפטרות", "פיטורי", "ללכת הביתה")},
	{demandPolitics, hebrewNouns("המהפכה המשפטית", "ההפיכה המשטרית", "הרפורמה המשפטית", "דמוקרטיה", "בחירות",
		"שחיתות", "החקיקה")},
	{demandPolice, hebrewNouns("אלימות משטרתית", "אלימות השוטרים")},
	{demandSocial, hebrewNouns("איסור", "הגבלות")},
}

// hebrewDemandFrameGroups are demandFrameGroups' frames in Hebrew.
var hebrewDemandFrameGroups = []lexGroup{
	{frameAhead, hebrewNouns("נגד", "במחאה על", "בדרישה", "דרשו", "קראו")},
	{frameCause, hebrewNouns("בעקבות", "בשל", "בגלל")},
	{frameBreak, hebrewNouns("אבל", "אולם", "אך")},
}
