package extract

// Urdu: Pakistan's protests, sit-ins and strikes are told in it. It
// writes Arabic letters with its own (ٹ ڈ ڑ ں ھ ے), puts its verb, and
// the denial with it, last (persianDenialsAfter reads "نہیں"), and its
// postpositions after the noun ("50 کارکنوں کو گرفتار", fifty workers
// were arrested).

// urduLexicon holds the trigger patterns of each type. (احتجاج is
// Arabic's too: arabic.go.)
var urduLexicon = map[Type][]pattern{
	Protest:          pats("مظاہرہ", "مظاہرے", "مظاہروں", "مظاہرین", "ریلی", "ریلیاں", "دھرنا", "دھرنے", "جلوس", "لانگ مارچ"),
	Strike:           pats("ہڑتال", "ہڑتالی", "پہیہ جام"),
	Blockade:         pats("سڑکیں بند", "راستے بند", "ناکہ بندی", "شاہراہ بند"),
	Riot:             pats("ہنگامہ", "ہنگامے", "جھڑپیں", "جھڑپ", "آگ لگا دی", "توڑ پھوڑ", "جلاؤ گھیراؤ"),
	Looting:          pats("لوٹ مار"),
	Repression:       pats("آنسو گیس", "لاٹھی چارج", "فائرنگ", "ربڑ کی گولیاں", "شیلنگ"),
	Arrests:          pats("گرفتار", "گرفتاری", "گرفتاریاں", "حراست"),
	StateOfEmergency: pats("کرفیو", "ایمرجنسی", "دفعہ 144"),
	InternetShutdown: pats("انٹرنیٹ بند", "انٹرنیٹ سروس معطل", "موبائل انٹرنیٹ بند", "انٹرنیٹ سروس بند"),
	Deployment:       pats("فوج طلب", "رینجرز تعینات", "فوج تعینات"),
	GovernmentChange: pats("استعفیٰ", "مستعفی"),
}

// urduFigures are the words of vague amounts; their values are in
// urduAmounts.
var (
	urduFigures = []string{"ہزاروں", "سینکڑوں", "درجنوں"}
	urduAmounts = map[string]int{"ہزاروں": 1000, "سینکڑوں": 200, "درجنوں": 24}
)

// Words the counts hang on.
var (
	urduPeople   = []string{"افراد", "کارکن", "کارکنوں", "مظاہرین", "لوگ", "لوگوں", "طلبہ", "شہری"}
	urduKilled   = []string{"ہلاک", "جاں", "جاںبحق", "ہلاکتیں"}
	urduInjured  = []string{"زخمی"}
	urduArrested = []string{"گرفتار"}
)

// urduActorGroups name the actors under actorGroups' labels.
var urduActorGroups = []lexGroup{
	{"protesters", []string{"مظاہرین", "کارکن", "کارکنوں"}},
	{"students", []string{"طلبہ", "طالب علموں"}},
	{"police", []string{"پولیس"}},
	{"security forces", []string{"رینجرز", "سیکیورٹی فورسز"}},
	{"army", []string{"فوج"}},
	{"government", []string{"حکومت", "حکومتی", "وزارت"}},
	{"opposition", []string{"اپوزیشن"}},
}
