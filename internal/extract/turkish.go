package extract

import "strings"

// Turkish: Turkey's protests and crackdowns are told in it. Turkish
// joins its suffixes to a word's end ("gözaltına", into custody;
// "protestolara", to the protests), which stems catch, and puts its
// verb, and the denial with it, at the clause's end (persianDenialsAfter
// reads those too).

// turkishLexicon holds the trigger patterns of each type.
var turkishLexicon = map[Type][]pattern{
	Protest: pats("protesto*", "gösteri", "gösteriler*", "gösteriye", "gösterici*", "eylem", "eylemler*",
		"eylemci*", "yürüyüş*", "miting*", "oturma eylemi", "sokaklara döküldü", "toplandı"),
	Strike:           pats("grev*", "iş bırak*", "boykot*"),
	Blockade:         pats("barikat*", "yolu kapat*", "yolları kapat*"),
	Riot:             pats("çatışma*", "arbede*", "ateşe verdi*", "kundakla*"),
	Looting:          pats("yağma*"),
	Repression:       pats("biber gazı", "tazyikli su", "plastik mermi", "müdahale etti", "müdahalesi", "copla*", "orantısız güç"),
	Arrests:          pats("gözaltı*", "tutuklan*", "tutuklama*"),
	StateOfEmergency: pats("sokağa çıkma yasağı", "olağanüstü hal", "eylem yasağı", "toplantı ve gösteri yasağı"),
	InternetShutdown: pats("erişim engeli", "erişim kısıtlaması", "bant daraltma", "internet kesintisi"),
	GovernmentChange: pats("istifa etti", "istifasını", "görevden alındı", "görevden alınan"),
}

// turkishWord reports whether the words of a trigger are Turkish: one
// has a letter of Turkish's own or begins as a Turkish trigger that no
// English word does.
func turkishWord(words []string) bool {
	for _, w := range words {
		if !isASCII(w) && strings.ContainsAny(w, "çğıöşü") {
			return true
		}
		for _, p := range turkishOnlyStarts {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// turkishOnlyStarts begin Turkish triggers, and no English word.
var turkishOnlyStarts = []string{"protestolar", "grev", "eylem", "miting", "tutuklan", "barikat", "boykot", "yağma"}

// turkishDenialsAfter deny or make a plan of what comes before them in
// its clause: "gözaltı yaşanmadı" (there were no detentions),
// "yalanladı" (denied), "yürüyüşe çağırdı" (called for a march).
var turkishDenialsAfter = []string{"yalanladı", "reddetti", "olmadı", "yaşanmadı", "gerçekleşmedi", "yapılmadı",
	"değil", "yok", "çağırdı", "çağrıda", "çağrısında", "çağrı", "planlıyor", "tehdit", "edilmedi", "alınmadı"}

// turkishFigures are the words of vague amounts.
var turkishFigures = []string{"binlerce", "yüzlerce", "onlarca", "milyonlarca"}

// turkishAmounts are the values of the vague amounts.
var turkishAmounts = map[string]int{"binlerce": 1000, "yüzlerce": 200, "onlarca": 24, "milyonlarca": 1000000}

// turkishNumbers are the numbers Turkish spells out. (Not "on", ten and
// an English word; not "bin", a thousand and one.)
var turkishNumbers = map[string]int{"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
	"dokuz": 9, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "yüz": 100}

// Words the counts hang on: people, and their fates.
var (
	turkishPeople   = []string{"kişi", "kişiyi", "kişinin", "öğrenci", "öğrenciyi", "gösterici", "eylemci", "işçi"}
	turkishKilled   = []string{"öldü", "ölü", "hayatını", "öldürüldü"}
	turkishInjured  = []string{"yaralandı", "yaralı", "yaralanan"}
	turkishArrested = []string{"gözaltına", "gözaltı", "tutuklandı", "gözaltındaki"}
)

// turkishActorGroups name the actors under actorGroups' labels.
var turkishActorGroups = []lexGroup{
	{"protesters", []string{"gösterici*", "eylemci*", "protestocu*"}},
	{"workers", []string{"işçi*", "sendika*"}},
	{"students", []string{"öğrenci*", "üniversiteliler"}},
	{"police", []string{"polis", "polisler", "polise", "polisin", "polisi", "çevik kuvvet", "jandarma"}},
	{"army", []string{"asker", "askerler", "ordu"}},
	{"government", []string{"hükümet*", "bakanlık*", "valilik*", "içişleri bakanlığı"}},
	{"president", []string{"cumhurbaşkanı*"}},
	{"opposition", []string{"muhalefet*"}},
}

// turkishNegative reports whether w is a Turkish verb in the negative
// past or a negative participle ("yaşanmadı", it did not happen;
// "yaşanmadığını", that it did not happen; "edilmedi").
func turkishNegative(w string) bool {
	for _, neg := range []string{"madı", "medi", "madığ", "mediğ"} {
		if strings.Contains(w, neg) {
			return true
		}
	}
	return false
}
