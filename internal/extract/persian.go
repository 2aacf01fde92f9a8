package extract

import "slices"

// Persian: Iran's protests are told in it, by its press, its exiles'
// channels and its rights groups. Persian joins few prefixes to its
// words but writes its compounds and plurals with a zero-width
// non-joiner or a space (گاز اشک‌آور, معترضان), which splits them into
// words here; the patterns name the parts.

// persianLexicon holds the trigger patterns of each type.
var persianLexicon = map[Type][]pattern{
	Protest: pats("تظاهرات", "تظاهرکنندگان", "تجمع", "تجمعات", "تجمع*", "اعتراض*", "معترض*", "راهپیمایی",
		"تحصن", "شعار*", "خیزش", "به خیابان* آمدند"),
	Strike:   pats("اعتصاب*", "اعتصابات", "بازار* بسته", "مغازه* را بستند", "مغازه‌ها را بستند"),
	Blockade: pats("بستن جاده", "جاده* را بستند", "خیابان* را بستند", "راه* را بستند"),
	Riot: pats("آشوب*", "اغتشاش*", "اغتشاشات", "درگیری", "درگیری*", "آتش زدند", "به آتش کشیدند", "آتش زدن",
		"به آتش کشیده"),
	Looting: pats("غارت*"),
	Repression: pats("گاز اشک", "گاز اشک‌آور", "گاز اشک آور", "شلیک", "تیراندازی", "ساچمه*", "گلوله",
		"سرکوب*", "باتوم", "ضرب و شتم"),
	Arrests:          pats("بازداشت*", "دستگیر*"),
	StateOfEmergency: pats("حکومت نظامی", "وضعیت اضطراری", "منع آمد و شد"),
	InternetShutdown: pats("قطع اینترنت", "اینترنت قطع", "محدودیت اینترنت", "محدودیت‌های اینترنتی",
		"قطعی اینترنت", "اینترنت همراه قطع", "محدودیت* اینترنت"),
	Deployment:       pats("اعزام نیرو", "اعزام نیروهای", "استقرار نیروهای"),
	GovernmentChange: pats("استعفا*", "برکنار*"),
}

// persianNegators deny or make hypothetical what follows them; Persian
// denies with a prefix on the verb (نشد), which no list holds, so only
// the words of denial, calls, threats and conditions are here.
var persianNegators = []string{"نه", "هیچ", "بدون", "اگر", "تکذیب", "تکذیب کرد", "تکذیب کردند", "فراخوان",
	"فراخوانی", "خواستار", "شایعه", "شایعات", "ممکن", "احتمال", "تهدید", "قرار است"}

// persianFigures are the words of vague amounts, for the word table.
var persianFigures = []string{"هزاران", "صدها", "دهها", "ده‌ها"}

// Words the counts hang on: people, and their fates.
var (
	persianPeople   = []string{"نفر", "تن", "معترض", "معترضان", "شهروند", "کارگر", "دانشجو"}
	persianKilled   = []string{"کشته", "کشته‌شدگان", "جان باختند", "جان‌باختگان", "کشته شدند", "جانباختگان"}
	persianInjured  = []string{"زخمی", "مجروح", "مصدوم", "زخمی‌ها"}
	persianArrested = []string{"بازداشت", "بازداشتی", "بازداشت‌شدگان", "دستگیر", "دستگیرشدگان"}
)

// persianActorGroups name the actors of Persian texts under
// actorGroups' labels.
var persianActorGroups = []lexGroup{
	{"protesters", []string{"معترض*", "تظاهرکنندگان", "فعال*"}},
	{"workers", []string{"کارگر*", "معلم*", "بازاری*", "کامیون*"}},
	{"students", []string{"دانشجو*", "دانش‌آموز*"}},
	{"police", []string{"پلیس", "ماموران", "مأموران", "نیروی انتظامی", "یگان ویژه", "گشت ارشاد"}},
	{"security forces", []string{"نیروهای امنیتی", "نیروهای سرکوب", "بسیج*", "سپاه", "لباس شخصی*"}},
	{"army", []string{"ارتش"}},
	{"government", []string{"دولت", "حکومت", "مقامات", "وزارت*", "مجلس", "جمهوری اسلامی"}},
	{"president", []string{"رئیس جمهور", "رئیس‌جمهور"}},
	{"opposition", []string{"اپوزیسیون"}},
}

// persianDemandTopicGroups are demandTopicGroups' cues in Persian.
var persianDemandTopicGroups = []lexGroup{
	{demandPrices, []string{"گرانی", "قیمت*", "بنزین", "تورم"}},
	{demandLabor, []string{"حقوق", "دستمزد*", "معیشت*", "بیکاری"}},
	{demandRemoval, []string{"سرنگونی", "مرگ بر*"}},
	{demandPolitics, []string{"آزادی", "زن زندگی آزادی", "انتخابات", "فساد", "زندانیان سیاسی"}},
	{demandPolice, []string{"سرکوب", "قتل", "گشت ارشاد", "شکنجه"}},
	{demandSocial, []string{"حجاب*", "حجاب اجباری", "محدودیت*"}},
}

// persianDemandFrameGroups are demandFrameGroups' frames in Persian.
var persianDemandFrameGroups = []lexGroup{
	{frameAhead, []string{"در اعتراض به", "اعتراض به", "علیه", "خواستار", "شعار*"}},
	{frameCause, []string{"به دلیل", "به علت", "در پی"}},
	{frameBreak, []string{"اما", "ولی", "در حالی که"}},
}

// persianDenialsAfter deny what comes before them: Persian puts its verb,
// and with it the denial, at the end of the clause ("قطع اینترنت را تکذیب
// کردند", "اعتصابی برگزار نشد").
var persianDenialsAfter = func() map[string]bool {
	m := map[string]bool{"تکذیب": true, "نشد": true, "نشدند": true, "نکرد": true, "نکردند": true,
		"نبود": true, "نبودند": true, "نداشت": true, "نیست": true, "نگرفت": true, "نیامدند": true,
		// Urdu: "not", and a denial.
		"نہیں": true, "تردید": true}
	for _, w := range turkishDenialsAfter {
		m[w] = true
	}
	for _, w := range indicDenialsAfter {
		m[w] = true
	}
	return m
}()

// deniedAfter reports whether a denial later in the clause of a Persian,
// Urdu, Hindi, Nepali, Bengali or Turkish trigger denies it (or, in Turkish, a call makes a plan of
// it).
func (tk *tokens) deniedAfter(t trigger) bool {
	if t.start >= len(tk.words) || !(rightToLeft(tk.words[t.start]) || indicWord(tk.words[t.start]) || turkishWord(tk.words[t.start:t.end])) {
		return false
	}
	for k := t.end; k < len(tk.words) && k < t.end+12; k++ {
		if tk.is(k, classClauseStop) {
			return false
		}
		if persianDenialsAfter[tk.words[k]] || turkishNegative(tk.words[k]) || bengaliNegativeVerb(tk.words[k]) {
			return true
		}
		if (t.typ == Protest || t.typ == Strike || t.typ == Blockade) && slices.Contains(indicCallsAfter, tk.words[k]) {
			return true
		}
	}
	return false
}
