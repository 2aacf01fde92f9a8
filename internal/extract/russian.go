package extract

// Russian and Ukrainian: our users read Telegram channels and statements
// in both, and the 2022 Kazakh revolt was told in Russian first. These
// are the words that begin an event in them, the negators that deny one,
// and the words the counts hang on; the rules around them (clauses,
// counts, places, dates) read them as they read the English ones. Stems
// end in * as in the English lexicon: "задержа*" is задержали,
// задержаны, задержано.

// russianLexicon holds the trigger patterns of each type.
var russianLexicon = map[Type][]pattern{
	Protest: pats("митинг*", "протестн*", "протестовал*", "протестуют", "протестующ*", "демонстрац*", "демонстрант*",
		"шестви*", "пикет*", "вышли на улиц*", "вышли на площад*", "вышли на митинг*", "вышли на акци*",
		"акци* протеста", "мітинг*", "протестувальник*", "вийшли на вулиц*", "вийшли на площ*"),
	Strike: pats("забастовк*", "бастуют", "бастовал*", "бастующ*", "стачк*", "страйк*", "бастують", "прекратили работу"),
	Blockade: pats("перекрыли дорог*", "перекрыли трасс*", "перекрыли улиц*", "перекрыли движени*",
		"блокировал* дорог*", "блокировал* трасс*", "заблокировал* дорог*", "заблокировал* трасс*",
		"перекрили дорог*"),
	Riot: pats("беспорядк*", "погром*", "штурмовал*", "штурм*", "подожгли", "поджог*", "захватили здани*",
		"захватили аэропорт*", "заворушен*"),
	Looting: pats("мародер*", "мародёр*", "разграбил*", "грабил* магазин*"),
	Repression: pats("разогнал*", "разгон*", "слезоточив*", "светошумов*", "резинов* пул*", "открыли огонь",
		"стреляли по", "избил*", "сльозогінн*"),
	Arrests: pats("задержа*", "арестова*", "арест*", "затримал*", "затриман*", "заарештова*"),
	StateOfEmergency: pats("режим чп", "режим чрезвычайного положения", "чрезвычайное положение",
		"чрезвычайного положения", "комендантск* час", "надзвичайн* стан*", "комендантськ* годин*"),
	InternetShutdown: pats("отключили интернет", "отключен интернет", "отключён интернет", "интернет отключ*",
		"интернет не работает", "заблокировали мессенджер*", "відключили інтернет"),
	Deployment:       pats("ввели войска", "миротворц*", "миротворч*", "введены войска", "силы одкб", "войска одкб"),
	GovernmentChange: pats("отправил* в отставку", "отставк*", "ушел в отставку", "ушёл в отставку", "подал* в отставку"),
}

// russianNegators deny or make hypothetical what follows them, as
// negators do: "не было задержаний", "могут выйти".
var russianNegators = []string{"не", "нет", "ни", "никто", "ничего", "без", "может", "могут", "можуть", "ні"}

// russianFigures are the words of vague amounts, for the word table.
var russianFigures = []string{"тысячи", "тысяч", "тисячі", "тисяч", "сотни", "сотен", "сотні", "десятки", "десятков", "десятків"}

// russianAmount reads the vague amounts of Russian and Ukrainian as
// vagueAmount reads the English: тысячи 1000, сотни 200, десятки 24.
func russianAmount(w string) (int, bool) {
	switch w {
	case "тысячи", "тысяч", "тисячі", "тисяч":
		return 1000, true
	case "сотни", "сотен", "сотні":
		return 200, true
	case "десятки", "десятков", "десятків":
		return 24, true
	}
	return 0, false
}

// Words the counts hang on: people, and their fates.
var (
	russianPeople   = []string{"человек", "людей", "люди", "протестующих", "демонстрантов", "рабочих", "нефтяников", "осіб", "людей", "протестувальників"}
	russianKilled   = []string{"погибли", "погибших", "погиб", "убиты", "убитых", "убито", "загинули", "загиблих"}
	russianInjured  = []string{"ранены", "раненых", "пострадали", "пострадавших", "ранено", "поранені", "постраждалих"}
	russianArrested = []string{"задержаны", "задержано", "задержанных", "задержали", "задержала", "задержал", "арестованы",
		"затримано", "затримали"}
)

// russianFateVerbs count what they name when a figure follows them, as
// fateVerbs do ("задержала 200 человек", "погибли 26 человек": Russian
// puts the verb first more often than English).
var russianFateVerbs = [3][]string{
	{"погибли", "погиб", "убили", "убиты", "загинули", "вбили"},
	{"ранены", "ранили", "пострадали", "поранені", "постраждали"},
	{"задержала", "задержали", "задержаны", "задержано", "арестовали", "арестованы", "затримали", "затримано"},
}

// russianActorGroups name the actors of Russian and Ukrainian texts under
// actorGroups' labels (stems catch the cases: "полици*" is полиция,
// полиции, полицией).
var russianActorGroups = []lexGroup{
	{"protesters", []string{"протестующ*", "демонстрант*", "митингующ*", "активист*", "жители", "жителей",
		"протестувальник*", "мітингувальник*"}},
	{"workers", []string{"рабочи*", "нефтяник*", "шахтер*", "шахтёр*", "работник*", "профсоюз*", "робітник*",
		"нафтовик*"}},
	{"students", []string{"студент*"}},
	{"police", []string{"полици*", "полицейск*", "омон*", "росгварди*", "поліці*", "поліцейськ*"}},
	{"security forces", []string{"силовик*", "спецназ*", "кнб", "нацгварди*", "силовики"}},
	{"army", []string{"арми*", "военны*", "войск*", "солдат*", "десантник*", "армі*", "військов*"}},
	{"CSTO", []string{"одкб"}},
	{"government", []string{"правительств*", "власт*", "министерств*", "акимат*", "кремл*", "парламент*",
		"депутат*", "уряд*", "влада", "влади", "владу", "владою"}}, // (not "влад*": Владимир)
	{"president", []string{"президент*"}},
	{"opposition", []string{"оппозици*", "опозиці*"}},
	{"armed groups", []string{"боевик*", "бандит*", "террорист*"}},
	{"rioters", []string{"мародер*", "мародёр*", "погромщик*"}},
}
