package extract

import (
	"slices"
	"strings"

	"github.com/unrest-project/unrest/internal/timex"
)

// Hindi: India's protests, strikes and crackdowns are told in it by its
// press and its activists. It writes its postpositions apart after the
// noun ("40 लोगों को गिरफ्तार किया", forty people were arrested) and its
// verb, and the denial with it, last ("हड़ताल नहीं हुई", no strike took
// place: indicDenialsAfter). Words are compared under timex.PlainIndic,
// which forgets the nukta writers add or leave out (हड़ताल, हडताल), so
// the lists here are folded the same way when built (plainIndic).

// hindiLexicon holds the trigger patterns of each type. ("मार्च" is a
// march and March: only with the verbs and words of a march.)
var hindiLexicon = map[Type][]pattern{
	Protest: indicPats("प्रदर्शन", "प्रदर्शनों", "प्रदर्शनकारी", "प्रदर्शनकारियों", "विरोध प्रदर्शन", "धरना", "धरने",
		"धरना-प्रदर्शन", "रैली", "रैलियां", "रैलियों", "जुलूस", "आंदोलन", "आंदोलनकारी", "आंदोलनकारियों", "नारेबाजी",
		"घेराव", "मार्च निकाला", "मार्च निकाली", "कैंडल मार्च", "पैदल मार्च", "मार्च किया", "सड़कों पर उतरे",
		"सड़कों पर उतर आए", "भूख हड़ताल", "अनशन", "मोर्चा", "मोर्चे"),
	Strike: indicPats("हड़ताल", "हड़तालें", "भारत बंद", "बाजार बंद", "दुकानें बंद", "काम बंद", "चक्का जाम हड़ताल"),
	Blockade: indicPats("चक्का जाम", "रास्ता रोको", "रेल रोको", "सड़क जाम", "हाईवे जाम", "रास्ता जाम", "नाकाबंदी", "जाम लगा",
		"जाम लगाया", "राजमार्ग जाम", "मार्ग जाम", "जाम कर दिया", "जाम कर दी", "रेल पटरियों पर", "पटरियों पर डटे",
		"पटरियों पर बैठ", "पटरियां रोक"),
	Riot: indicPats("दंगा", "दंगे", "दंगों", "झड़प", "झड़पें", "झड़पों", "पथराव", "आगजनी", "तोड़फोड़", "आग लगा दी",
		"आग लगाई", "आग के हवाले", "उपद्रव", "बवाल", "हिंसक", "जलाया", "जला दिया", "जला दी", "जला दिए", "फूंक दिया",
		"फूंक दी", "फूंक दिए"),
	Looting: indicPats("लूटपाट", "लूट*"),
	Repression: indicPats("लाठीचार्ज", "लाठी चार्ज", "लाठियां बरसाईं", "आंसू गैस", "गोलीबारी", "फायरिंग", "गोली चलाई",
		"गोलियां चलाईं", "गोली लगने", "गोली लगी", "गोली मारी", "गोलियां बरसाईं", "पानी की बौछार", "पानी की बौछारें", "वाटर कैनन", "रबर की गोलियां", "बल प्रयोग"),
	Arrests:          indicPats("गिरफ्तार", "गिरफ्तारी", "गिरफ्तारियां", "गिरफ्तारियों", "हिरासत", "नजरबंद"),
	StateOfEmergency: indicPats("कर्फ्यू", "धारा 144", "आपातकाल", "निषेधाज्ञा"),
	InternetShutdown: indicPats("इंटरनेट बंद", "इंटरनेट सेवा बंद", "इंटरनेट सेवाएं बंद", "इंटरनेट सेवाएं निलंबित",
		"इंटरनेट सेवा निलंबित", "इंटरनेट पर रोक", "मोबाइल इंटरनेट बंद", "इंटरनेट निलंबित", "इंटरनेट सेवाओं पर रोक"),
	Deployment:       indicPats("सेना तैनात", "अर्धसैनिक बल तैनात", "सुरक्षा बल तैनात", "अर्धसैनिक बलों की तैनाती", "सेना की तैनाती", "सेना बुलाई"),
	GovernmentChange: indicPats("इस्तीफा दे दिया", "इस्तीफा दिया", "इस्तीफे", "पद से हटा"),
	Concession: indicPats("कानून वापस", "कानूनों को वापस", "रद्द करने की घोषणा", "मांगें मान", "मांग मान",
		"मांगें स्वीकार", "वापस ले लिया", "वापस लेने की घोषणा", "विधेयक लाया जाएगा", "विधेयक लाने की घोषणा"),
}

// hindiNegators deny or make hypothetical what follows them ("बिना
// हिंसा के", without violence; "अगर", if). The words of denial, calls
// and threats come after what they deny in Hindi, Nepali and Bengali:
// indicDenialsAfter.
var hindiNegators = plainIndic("बिना", "अगर", "यदि", "शायद", "যদি", "ছাড়া")

// indicDenialsAfter deny, or make a call or a threat of, the trigger
// before them in their clause: Hindi "नहीं" (not), "इनकार" (denied),
// "आह्वान" (a call), "धमकी" (a threat), "अफवाह" (a rumour), "योजना" (a
// plan); Nepali "भएन" (did not happen), "छैन"; Bengali "না", "অস্বীকার",
// "ডাক" (a call: "হরতালের ডাক").
var indicDenialsAfter = plainIndic("नहीं", "न", "इनकार", "इंकार", "खंडन", "धमकी", "चेतावनी", "अफवाह",
	"योजना", "भएन", "गरेन", "गरेनन्", "छैन", "होइन", "अस्वीकार", "खण्डन", "না", "নয়", "অস্বীকার", "নাকচ",
	"হুমকি", "গুজব", "পরিকল্পনা",
	// Marathi: denied, refused, "that there was none", not, a rumour, a warning.
	"फेटाळले", "फेटाळला", "फेटाळली", "नाकारले", "नसल्याचे", "नाही", "नाहीत", "अफवा", "इशारा",
	// Nepali and Hindi: a rumour, a report that spread ("खबर फैलियो"),
	// "that it did not happen".
	"हल्ला", "फैलियो", "फैलिएको", "फैल गई", "फैली", "नभएको", "नहीं हुआ")

// indicDenialNouns deny the clause "कि" opens after them: a denial, a
// refusal, a rumour.
var indicDenialNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range plainIndic("खंडन", "इनकार", "इंकार", "अफवाह", "खण्डन") {
		m[w] = true
	}
	return m
}()

// indicCallsAfter make a plan of a protest, a strike or a blockade told
// before them: a call ("बंद का आह्वान", "হরতালের ডাক"), an appeal, an
// announcement ("हड़ताल का ऐलान", "শাটডাউনের ঘোষণা"). (A curfew
// announced is one imposed: they are read for those three types only.)
var indicCallsAfter = plainIndic("आह्वान", "अपील", "ऐलान", "घोषणा", "ডাক", "আহ্বান", "ঘোষণা", "हाक")

// hindiFigures are the words of vague amounts; their values are in
// hindiAmounts.
var (
	hindiFigures = plainIndic("हजारों", "सैकड़ों", "सैंकड़ों", "दर्जनों", "लाखों")
	hindiAmounts = indicAmounts(map[string]int{"हजारों": 1000, "सैकड़ों": 200, "सैंकड़ों": 200, "दर्जनों": 24,
		"लाखों": 100000})
)

// Words the counts hang on.
var (
	hindiPeople = plainIndic("लोग", "लोगों", "शिक्षक", "शिक्षकों", "व्यक्ति", "व्यक्तियों", "प्रदर्शनकारी", "प्रदर्शनकारियों", "छात्र", "छात्रों",
		"किसान", "किसानों", "मजदूर", "मजदूरों", "कार्यकर्ता", "कार्यकर्ताओं", "युवक", "युवकों", "नागरिक", "नागरिकों")
	hindiKilled   = plainIndic("मारे", "मौत", "मौतें", "मृत्यु", "मृतकों", "शहीद")
	hindiInjured  = plainIndic("घायल", "जख्मी")
	hindiArrested = plainIndic("गिरफ्तार", "हिरासत")
)

// hindiActorGroups name the actors under actorGroups' labels.
var hindiActorGroups = []lexGroup{
	{"protesters", plainIndic("प्रदर्शनकारी*", "आंदोलनकारी*", "कार्यकर्ता*")},
	{"students", plainIndic("छात्र*", "विद्यार्थी*")},
	{"farmers", plainIndic("किसान*")},
	{"teachers", plainIndic("शिक्षक*", "अध्यापक*")},
	{"workers", plainIndic("मजदूर*", "श्रमिक*", "कर्मचारी*")},
	{"police", plainIndic("पुलिस", "पुलिसकर्मी*")},
	{"security forces", plainIndic("सुरक्षा बल*", "अर्धसैनिक*", "सीआरपीएफ")},
	{"army", plainIndic("सेना")},
	{"government", plainIndic("सरकार", "सरकारी", "मंत्रालय", "प्रशासन")},
	{"opposition", plainIndic("विपक्ष", "विपक्षी")},
}

// indicPats is pats with each pattern folded as the coder's words are.
func indicPats(ss ...string) []pattern { return pats(plainIndic(ss...)...) }

// plainIndic folds each of ws as the coder's words are (timex.PlainIndic).
func plainIndic(ws ...string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = timex.PlainIndic(w)
	}
	return out
}

// indicSpellings returns ws with, for each that has one, its spelling
// with the other form of its nukta letters: Unicode writes ड़ and য় as
// one code point or as a letter and its nukta, and keyboards type both.
// (For lists compared with the text itself rather than with its words.)
func indicSpellings(ws ...string) []string {
	out := slices.Clone(ws)
	for _, w := range ws {
		for _, r := range []*strings.Replacer{nuktaJoined, nuktaApart} {
			if v := r.Replace(w); v != w && !slices.Contains(out, v) {
				out = append(out, v)
			}
		}
	}
	return out
}

// nuktaJoined and nuktaApart write the letters with a nukta that Unicode
// also has as one code point (ड़ ढ़ फ़ ज़ क़ ख़ ग़ য় ড় ঢ়) one way or the
// other.
var nuktaJoined, nuktaApart = func() (*strings.Replacer, *strings.Replacer) {
	pairs := []string{"\u0921\u093c", "\u095c", "\u0922\u093c", "\u095d", "\u092b\u093c", "\u095e",
		"\u091c\u093c", "\u095b", "\u0915\u093c", "\u0958", "\u0916\u093c", "\u0959", "\u0917\u093c", "\u095a",
		"\u09af\u09bc", "\u09df", "\u09a1\u09bc", "\u09dc", "\u09a2\u09bc", "\u09dd"}
	rev := make([]string, len(pairs))
	for i := 0; i < len(pairs); i += 2 {
		rev[i], rev[i+1] = pairs[i+1], pairs[i]
	}
	return strings.NewReplacer(pairs...), strings.NewReplacer(rev...)
}()

// indicAmounts folds the keys of m.
func indicAmounts(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for w, n := range m {
		out[timex.PlainIndic(w)] = n
	}
	return out
}
