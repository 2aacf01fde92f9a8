package extract

import "strings"

// Bengali: Bangladesh's protests, hartals and blockades are told in it,
// and West Bengal's. It joins its case endings to the noun ("ঢাকায়", in
// Dhaka; "বিক্ষোভে", in the protest; "পুলিশের", of the police), counts
// people with জন ("৬ জন নিহত", six killed; "একজন"), and puts its
// verb, and its denial, last: "হয়নি" (did not happen) bears it as an
// ending (bengaliNegativeVerb).

// bengaliLexicon holds the trigger patterns of each type; a stem with *
// takes the joined endings.
var bengaliLexicon = map[Type][]pattern{
	Protest: indicPats("বিক্ষোভ*", "বিক্ষোভকারী*", "সমাবেশ*", "মিছিল*", "আন্দোলন*", "আন্দোলনকারী*", "মানববন্ধন*",
		"অবস্থান কর্মসূচি*", "প্রতিবাদ*", "রাস্তায় নেমে", "রাস্তায় নামে", "রাজপথে নেমে", "রাজপথে নামে"),
	Strike:   indicPats("হরতাল*", "ধর্মঘট*", "কর্মবিরতি*", "শাটডাউন*"),
	Blockade: indicPats("অবরোধ*", "অবরুদ্ধ", "সড়ক অবরোধ*", "রেলপথ অবরোধ*", "ব্লকেড*"),
	Riot: indicPats("সংঘর্ষ*", "সহিংসতা*", "অগ্নিসংযোগ*", "ভাঙচুর*", "আগুন দেয়", "আগুন ধরিয়ে", "আগুন দেওয়া",
		"দাঙ্গা*"),
	Looting: indicPats("লুটপাট*", "লুট*"),
	Repression: indicPats("টিয়ারশেল*", "টিয়ার শেল*", "কাঁদানে গ্যাস*", "রাবার বুলেট*", "গুলি চালায়", "গুলি ছোড়ে",
		"গুলি*", "লাঠিচার্জ*", "সাউন্ড গ্রেনেড*", "জলকামান*"),
	Arrests:          indicPats("গ্রেপ্তার*", "গ্রেফতার*", "আটক*"),
	StateOfEmergency: indicPats("কারফিউ*", "জরুরি অবস্থা*", "১৪৪ ধারা*"),
	InternetShutdown: indicPats("ইন্টারনেট বন্ধ*", "ইন্টারনেট সেবা বন্ধ*", "মোবাইল ইন্টারনেট বন্ধ*", "ইন্টারনেট সংযোগ বন্ধ*",
		"ইন্টারনেট শাটডাউন*"),
	Deployment:       indicPats("সেনা মোতায়েন*", "সেনাবাহিনী মোতায়েন*", "বিজিবি মোতায়েন*", "মোতায়েন*"),
	GovernmentChange: indicPats("পদত্যাগ*"),
}

// bengaliFigures are the words of vague amounts; their values are in
// bengaliAmounts. ("হাজার হাজার", thousands upon thousands, reads its
// first হাজার as a thousand.)
var (
	bengaliFigures = plainIndic("হাজারো", "শতাধিক", "কয়েকশ", "লাখো")
	bengaliAmounts = indicAmounts(map[string]int{"হাজারো": 1000, "শতাধিক": 100, "কয়েকশ": 200, "লাখো": 100000})
)

// Words the counts hang on.
var (
	bengaliPeople   = plainIndic("জন", "মানুষ", "লোক", "শিক্ষার্থী", "শিক্ষার্থীরা", "বিক্ষোভকারী", "ছাত্র", "শ্রমিক")
	bengaliKilled   = plainIndic("নিহত", "মৃত্যু", "প্রাণ")
	bengaliInjured  = plainIndic("আহত")
	bengaliArrested = plainIndic("গ্রেপ্তার", "গ্রেফতার", "আটক")
)

// bengaliNegativeVerb reports whether w is a verb denied by its ending:
// "হয়নি", did not happen; "করেনি", did not do.
func bengaliNegativeVerb(w string) bool {
	return len(w) > len("নি")+3 && strings.HasSuffix(w, "নি") && w[0] == 0xE0
}

// bengaliActorGroups name the actors under actorGroups' labels.
var bengaliActorGroups = []lexGroup{
	{"protesters", plainIndic("বিক্ষোভকারী*", "আন্দোলনকারী*")},
	{"students", plainIndic("শিক্ষার্থী*", "ছাত্র*")},
	{"workers", plainIndic("শ্রমিক*", "পোশাকশ্রমিক*")},
	{"police", plainIndic("পুলিশ*", "র‍্যাব*")},
	{"security forces", plainIndic("বিজিবি*", "আইনশৃঙ্খলা বাহিনী*")},
	{"army", plainIndic("সেনাবাহিনী*", "সেনা*")},
	{"government", plainIndic("সরকার*", "মন্ত্রণালয়*", "প্রশাসন*")},
	{"opposition", plainIndic("বিরোধী দল*", "বিএনপি")},
}
