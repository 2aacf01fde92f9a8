package extract

import (
	"strings"
	"unicode/utf8"
)

// Arabic: the news of Sudan, Iraq, Lebanon, Syria, Algeria and Egypt,
// and the statements and channels of their movements, are written in
// Modern Standard Arabic. These are the words that begin an event, the
// negators, the amounts and the words counts hang on, with every prefix
// the language joins to them (languages.go); stems end in * as in the
// English lexicon ("تظاهر*" is تظاهر, تظاهرة, تظاهرات, تظاهروا).

// arabicLexicon holds the trigger patterns of each type.
var arabicLexicon = map[Type][]pattern{
	Protest: pats(join(
		arabicNouns("تظاهر*", "مظاهرة", "مظاهرات", "احتجاج*", "اعتصام*", "مسيرة", "مسيرات", "وقفة احتجاجية",
			"وقفات احتجاجية", "حراك", "انتفاضة", "هتافات"),
		arabicVerbs("تظاهر*", "احتج", "احتجت", "احتجوا", "يحتج", "يحتجون", "اعتصم*", "هتف*", "خرج* إلى الشوارع", "خرج* إلى الشارع",
			"نزل* إلى الشوارع", "نزل* إلى الشارع", "خرج* في مظاهرات", "خرج* في تظاهرات"),
		arabicNouns("متظاهر*", "محتجون", "محتجين", "محتجا", "محتجة", "معتصم*"))...),
	Strike: pats(join(
		arabicNouns("إضراب*", "العصيان المدني", "عصيان مدني"),
		arabicVerbs("أضرب*", "اضرب*"),
		arabicNouns("مضرب*"))...),
	Blockade: pats(arabicVerbs("قطع* الطرق", "قطع* الطريق", "أغلق* الطرق", "أغلق* الطريق", "أغلق* الطرقات",
		"قطع* الطرقات", "أحرق* الإطارات", "أشعل* الإطارات", "سد* الطرق", "سد* الطريق", "قطع* _ الطرق",
		"قطع* _ الطريق", "أغلق* _ الطرق", "أغلق* _ الطريق", "أغلق* _ الطرقات", "قطع* _ الطرقات")...),
	Riot: pats(join(
		arabicNouns("أعمال شغب", "شغب", "اشتباك*", "صدامات", "مواجهات", "إحراق", "حرق", "اقتحام*"),
		arabicVerbs("أحرق*", "اقتحم*", "رشق* بالحجارة", "اشتبك*", "أضرم* النار", "اضرم* النار"))...),
	Looting: pats(join(arabicNouns("نهب", "أعمال نهب"), arabicVerbs("نهب*", "سلبوا"))...),
	Repression: pats(join(
		arabicNouns("الغاز المسيل للدموع", "الغاز المسيل", "غاز مسيل للدموع", "قنابل الغاز", "قنابل مسيلة",
			"الرصاص الحي", "الرصاص المطاطي", "رصاص حي", "رصاص مطاطي", "خراطيم المياه", "الهراوات", "قمع",
			"إطلاق النار", "إطلاق الرصاص", "فض الاعتصام", "فض اعتصام", "فض المظاهرة", "فض التظاهرة"),
		arabicVerbs("أطلق* النار", "أطلق* الرصاص", "أطلق* الغاز", "أطلق* _ النار", "أطلق* _ الرصاص",
			"أطلق* _ الغاز", "أطلق* _ _ النار", "أطلق* _ _ الرصاص", "أطلق* _ _ الغاز", "فرقت", "فرقوا", "فضت", "فضوا", "قمع*", "ضرب* المتظاهرين",
			"اعتدى* على", "اعتد* على"))...),
	Arrests: pats(join(
		arabicNouns("اعتقال*", "احتجاز*", "توقيف*", "حملة اعتقالات", "القبض على"),
		arabicVerbs("اعتقل*", "احتجز*", "أوقف*", "ألقت القبض", "ألقى القبض", "ألقوا القبض", "قبض* على"))...),
	StateOfEmergency: pats(arabicNouns("حالة الطوارئ", "حالة طوارئ", "حظر التجول", "حظر تجول", "حظر التجوال",
		"حظر تجوال", "منع التجول", "الأحكام العرفية")...),
	InternetShutdown: pats(join(
		arabicNouns("قطع الإنترنت", "قطع الانترنت", "قطع خدمة الإنترنت", "قطع خدمة الانترنت", "انقطاع الإنترنت",
			"انقطاع الانترنت", "حجب الإنترنت", "حجب الانترنت", "حجب مواقع التواصل"),
		arabicVerbs("قطع* الإنترنت", "قطع* الانترنت", "قطع* خدمة الإنترنت", "حجب* مواقع",
			// (The subject between: "قطعت السلطات الإنترنت".)
			"قطع* _ الإنترنت", "قطع* _ الانترنت", "قطع* _ خدمة الإنترنت", "قطع* _ خدمة الانترنت",
			"قطع* _ خدمات الإنترنت", "حجب* _ مواقع"))...),
	Deployment: pats(join(
		arabicNouns("نشر الجيش", "انتشار الجيش", "انتشار قوات", "نشر قوات", "تعزيزات عسكرية", "نزول الجيش"),
		arabicVerbs("نشر* الجيش", "نشر* قوات", "انتشر* الجيش", "نزل* الجيش", "دفع* بتعزيزات", "نشر* _ الجيش",
			"نشر* _ قوات", "دفع* _ بتعزيزات"))...),
	GovernmentChange: pats(join(
		arabicNouns("استقالة", "إقالة", "تنحي", "عزل الرئيس", "الإطاحة ب*"),
		arabicVerbs("استقال*", "أقال*", "تنحى", "أطاح* ب*"))...),
	Concession: pats(arabicVerbs("تراجع* عن", "ألغى* قرار", "ألغت قرار")...),
}

// join concatenates lists of patterns' strings.
func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// arabicNegators deny or make hypothetical what follows them: "لم تقع
// اعتقالات", "نفت الشرطة", "دعا إلى إضراب", "قد يخرج".
var arabicNegators = join(
	[]string{"لا", "لم", "لن", "ليس", "ليست", "غير", "دون", "بدون", "قد", "ربما", "إذا", "اذا", "لو", "حال"},
	arabicVerbs("نفى", "نفت", "ينفي", "تنفي", "نفوا", "دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "هدد", "هددت",
		"هددوا", "يهدد", "تهدد", "يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي", "طالب", "طالبت", "طالبوا",
		"يطالب", "تطالب", "يطالبون", "مطالبين", "مطالبة", "للمطالبة", "ستنظم", "سينظم", "سيخرج"),
	arabicNouns("دعوة", "دعوات", "شائعات", "إشاعات", "نفي"))

// arabicFigures are the words of vague amounts, for the word table
// (their values: languages.go).
var arabicFigures = arabicNouns("آلاف", "ألوف", "مئات", "عشرات", "ملايين")

// Words the counts hang on: people, and their fates.
var (
	arabicPeople = arabicNouns("شخص", "شخصا", "أشخاص", "متظاهرا", "متظاهرين", "متظاهرون", "محتجا", "محتجين",
		"محتجون", "مواطنا", "مواطنين", "مواطنون", "عامل", "عاملا", "عمال", "طالبا", "طلاب", "ناشطا", "ناشطين",
		"ناشطون", "معتصما", "معتصمين", "معلم", "معلمين")
	arabicKilled   = arabicNouns("قتيل", "قتيلا", "قتلى", "شهيد", "شهيدا", "شهداء", "مقتل", "قتلوا", "قتل")
	arabicInjured  = arabicNouns("جريح", "جريحا", "جرحى", "مصاب", "مصابا", "مصابين", "إصابة", "إصابات", "أصيب", "أصيبوا")
	arabicArrested = arabicNouns("معتقل", "معتقلا", "معتقلين", "موقوف", "موقوفين", "محتجز", "محتجزين", "اعتقال")
)

// arabicFateVerbs count what they name when a figure follows them
// ("قتل 20 متظاهرا", "اعتقلت الشرطة 50 شخصا"): Arabic puts the verb
// first.
var arabicFateVerbs = [3][]string{
	// (And the nouns of a fate before a figure: "مقتل ثلاثة متظاهرين",
	// the killing of three protesters.)
	arabicVerbs("قتل", "قتلت", "سقط", "استشهد", "مقتل"),
	arabicVerbs("أصيب", "أصيبت", "جرح", "أصابت", "إصابة"),
	arabicVerbs("اعتقلت", "اعتقل", "اعتقلوا", "أوقفت", "احتجزت", "اعتقال"),
}

// arabicActorGroups name the actors of Arabic texts under actorGroups'
// labels.
var arabicActorGroups = []lexGroup{
	{"protesters", arabicNouns("متظاهر*", "محتجون", "محتجين", "معتصم*", "ناشط*", "ثوار", "الثوار", "لجان المقاومة")},
	{"workers", arabicNouns("عمال", "عامل*", "نقابة*", "نقابات", "موظف*", "تجمع المهنيين", "معلم*")},
	{"students", arabicNouns("طلاب", "طلبة", "طالب", "طالبة")},
	{"police", arabicNouns("الشرطة", "شرطة", "شرطي*", "رجال الأمن", "عناصر الأمن")},
	{"security forces", arabicNouns("قوات الأمن", "قوى الأمن", "الأجهزة الأمنية", "قوات مكافحة الشغب",
		"قوات الدعم السريع", "الدعم السريع", "الأمن")},
	{"army", arabicNouns("الجيش", "جيش", "الجنود", "جنود", "العسكر*", "القوات المسلحة")},
	{"government", arabicNouns("الحكومة", "حكومة", "السلطات", "سلطات", "الوزارة", "وزارة", "البرلمان",
		"مجلس النواب", "النظام", "المجلس العسكري")},
	{"president", arabicNouns("الرئيس", "رئيس الجمهورية")},
	{"opposition", arabicNouns("المعارضة", "معارضة")},
	{"armed groups", arabicNouns("مسلح*", "ميليشي*", "ميليشيات", "الحشد الشعبي", "فصائل مسلحة")},
}

// arabicDemandTopicGroups are demandTopicGroups' cues in Arabic.
var arabicDemandTopicGroups = []lexGroup{
	{demandPrices, arabicNouns("أسعار", "الغلاء", "غلاء", "الخبز", "خبز", "الوقود", "وقود", "البنزين", "المحروقات",
		"الضرائب", "ضريبة", "رفع الدعم")},
	{demandLabor, arabicNouns("الرواتب", "رواتب", "الأجور", "أجور", "فرص عمل", "البطالة", "التوظيف")},
	{demandRemoval, arabicNouns("إسقاط النظام", "رحيل", "ارحل", "إسقاط", "تنحي", "استقالة")},
	{demandPolitics, arabicNouns("الإفراج", "المعتقلين", "الانتخابات", "انتخابات", "الفساد", "فساد", "الحرية",
		"الديمقراطية", "الحكم المدني", "حكومة مدنية", "الإصلاح", "الدستور", "المحاصصة")},
	{demandPolice, arabicNouns("القمع", "التعذيب", "العنف", "قتل المتظاهرين")},
	{demandSocial, arabicNouns("حظر", "منع", "الرقابة")},
}

// arabicDemandFrameGroups are demandFrameGroups' frames in Arabic.
var arabicDemandFrameGroups = []lexGroup{
	{frameAhead, arabicNouns("مطالبين", "للمطالبة", "مطالبة", "طالب*", "يطالب*", "احتجاجا على", "احتجاجاً على",
		"رفضا ل*", "رفضاً ل*", "ضد", "تنديدا ب*", "شعار*")},
	{frameCause, arabicNouns("بسبب", "إثر", "على خلفية")},
	{frameBreak, arabicNouns("لكن", "ولكن", "بينما", "غير أن")},
}

// nisbaPlural reports whether w is the plural of an Arabic adjective of
// belonging used as a noun, which names a people: "آلاف السودانيين"
// (thousands of Sudanese), "مئات العراقيين".
func nisbaPlural(w string) bool {
	if !rightToLeft(w) || utf8.RuneCountInString(w) < 6 {
		return false
	}
	return strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون")
}
