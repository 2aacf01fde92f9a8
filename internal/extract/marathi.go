package extract

// Marathi: Maharashtra's protests, bandhs and crackdowns are told in it.
// It writes Devanagari like Hindi but joins its case endings to the
// noun ("पोलिसांनी", by the police; "आंदोलकांवर", on the protesters;
// "पुण्यात", in Pune), so most patterns are stems with *, and puts its
// verb, and the denial in it, last ("वृत्त फेटाळले", denied the
// report). "मोर्चा" is a march and a movement's name (मराठा क्रांती
// मोर्चा): a march is one that is "taken out" (काढला).

// marathiLexicon holds the trigger patterns of each type.
var marathiLexicon = map[Type][]pattern{
	Protest: indicPats("आंदोलक*", "आंदोलन केले", "आंदोलन केली", "धरणे आंदोलन", "ठिय्या आंदोलन", "निदर्शने", "निदर्शन*",
		"मोर्चा काढ*", "मोर्चे काढ*", "उपोषण*", "घोषणा दिल्या", "घोषणाबाजी"),
	Strike:   indicPats("संप*", "कडकडीत बंद", "बंद पाळण्यात", "बंद पाळला", "बंद पाळले"),
	Blockade: indicPats("रास्ता रोको", "रोखून धरला", "रोखून धरली", "रोखून धरले", "महामार्ग रोख*", "रस्ता रोख*"),
	Riot: indicPats("दगडफेक*", "जाळपोळ*", "पेटवल्या", "पेटवली", "पेटवला", "पेटवून", "तोडफोड*", "झटापट*", "हिंसाचार*",
		"हाणामारी*"),
	Looting:          indicPats("लूटमार*", "लुटालूट*"),
	Repression:       indicPats("लाठीमार*", "लाठीहल्ला*", "अश्रुधुर*", "गोळीबार*"),
	Arrests:          indicPats("अटक*", "ताब्यात घेतले", "ताब्यात घेतल्याचे", "ताब्यात घेण्यात"),
	StateOfEmergency: indicPats("जमावबंदी*", "संचारबंदी*"),
	InternetShutdown: indicPats("इंटरनेट सेवा बंद", "इंटरनेट बंद", "इंटरनेट सेवा खंडित"),
	Deployment:       indicPats("तैनात करण्यात", "तैनात केल्या", "तैनात केले"),
}

// marathiFigures are the words of vague amounts; their values are in
// marathiAmounts.
var (
	marathiFigures = plainIndic("हजारो", "शेकडो", "लाखो", "डझनभर")
	marathiAmounts = indicAmounts(map[string]int{"हजारो": 1000, "शेकडो": 200, "लाखो": 100000, "डझनभर": 12})
)

// Words the counts hang on.
var (
	marathiPeople   = plainIndic("जण", "जणांना", "जणांचा", "आंदोलक", "आंदोलकांनी", "कार्यकर्ते", "कार्यकर्त्यांनी", "पोलीस", "नागरिक", "विद्यार्थी")
	marathiKilled   = plainIndic("ठार", "मृत्यू")
	marathiInjured  = plainIndic("जखमी")
	marathiArrested = plainIndic("अटक", "ताब्यात")
)

// marathiActorGroups name the actors under actorGroups' labels.
var marathiActorGroups = []lexGroup{
	{"protesters", plainIndic("आंदोलक*", "आंदोलनकर्त*")},
	{"students", plainIndic("विद्यार्थ्यां*")},
	{"police", plainIndic("पोलीस", "पोलिसां*", "पोलिसांनी")},
	{"government", plainIndic("सरकार*", "प्रशासन*")},
}
