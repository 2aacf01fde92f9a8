package extract

// Nepali: Nepal's protests and bandhs are told in it. It writes
// Devanagari like Hindi but joins its postpositions to the noun
// ("काठमाडौंमा", in Kathmandu; "प्रदर्शनमा", at the protest), counts
// people with जना ("१९ जना मारिए", nineteen were killed) and puts its
// verb, and the denial in it, last ("भएन", did not happen).

// nepaliLexicon holds the trigger patterns of each type; a stem with *
// takes the joined postpositions.
var nepaliLexicon = map[Type][]pattern{
	Protest: indicPats("प्रदर्शन*", "प्रदर्शनकारी*", "विरोध प्रदर्शन*", "आन्दोलन*", "आन्दोलनकारी*", "जुलुस*", "र्‍याली*",
		"धर्ना*", "नाराबाजी", "सडकमा उत्रिए", "सडकमा ओर्लिए"),
	Strike: indicPats("हडताल*", "नेपाल बन्द", "बजार बन्द", "बन्द छ", "बन्दका कारण", "बन्द रह्यो"),
	Blockade: indicPats("सडक अवरुद्ध", "राजमार्ग अवरुद्ध", "सडक अवरोध", "चक्का जाम", "नाकाबन्दी", "यातायात अवरुद्ध",
		"अवरुद्ध गरे", "अवरुद्ध पारे"),
	Riot: indicPats("झडप*", "आगजनी*", "तोडफोड*", "आगो लगाए", "आगो लगायो", "आगो लगाइयो", "आगो लगाएर", "ढुंगामुढा*",
		"हिंसा*", "दंगा*"),
	Looting: indicPats("लुटपाट*", "लुट*"),
	Repression: indicPats("अश्रुग्यास*", "अश्रु ग्यास*", "गोली*", "लाठी चार्ज*",
		"पानीको फोहोरा", "रबरको गोली"),
	Arrests:          indicPats("पक्राउ*", "गिरफ्तार*", "नियन्त्रणमा लिए", "नियन्त्रणमा लिइयो"),
	StateOfEmergency: indicPats("कर्फ्यु*", "कर्फ्यू*", "निषेधाज्ञा*", "संकटकाल*"),
	InternetShutdown: indicPats("इन्टरनेट बन्द", "इन्टरनेट सेवा बन्द", "सामाजिक सञ्जाल बन्द", "सामाजिक सञ्जालमा प्रतिबन्ध"),
	Deployment: indicPats("सेना परिचालन", "सेना खटाइयो", "सेना तैनाथ", "सेना परिचालित", "प्रहरी परिचालन",
		"कम्पनी पठाएको", "कम्पनी _ पठाएको", "कम्पनी पठाइयो"),
	GovernmentChange: indicPats("राजीनामा*"),
}

// nepaliFigures are the words of vague amounts; their values are in
// nepaliAmounts.
var (
	nepaliFigures = plainIndic("हजारौं", "हजारौँ", "सयौं", "सयौँ", "दर्जनौं", "दर्जनौँ", "लाखौं")
	nepaliAmounts = indicAmounts(map[string]int{"हजारौं": 1000, "हजारौँ": 1000, "सयौं": 200, "सयौँ": 200,
		"दर्जनौं": 24, "दर्जनौँ": 24, "लाखौं": 100000})
)

// Words the counts hang on.
var (
	nepaliPeople = plainIndic("जना", "जनाको", "जनाले", "जनालाई", "मानिस", "मानिसहरू", "युवा", "युवाले", "युवाहरू",
		"युवाहरूले", "विद्यार्थी", "विद्यार्थीले", "विद्यार्थीहरू", "प्रदर्शनकारी", "प्रदर्शनकारीले")
	nepaliKilled   = plainIndic("मारिए", "मृत्यु", "ज्यान", "मारिएका", "मृतक")
	nepaliInjured  = plainIndic("घाइते")
	nepaliArrested = plainIndic("पक्राउ")
)

// nepaliActorGroups name the actors under actorGroups' labels.
var nepaliActorGroups = []lexGroup{
	{"protesters", plainIndic("प्रदर्शनकारी*", "आन्दोलनकारी*")},
	{"students", plainIndic("विद्यार्थी*")},
	{"police", plainIndic("प्रहरी*")},
	{"army", plainIndic("सेना*", "नेपाली सेना")},
	{"security forces", plainIndic("सुरक्षाकर्मी*", "सशस्त्र प्रहरी*")},
	{"government", plainIndic("सरकार*", "मन्त्रालय*", "मन्त्रिपरिषद्*")},
}
