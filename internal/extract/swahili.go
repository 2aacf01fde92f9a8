package extract

// Swahili: East Africa's protests and strikes (Kenya, Tanzania, Uganda)
// are told in it. It joins its subject, tense and object to the verb's
// front ("walikamatwa", they were arrested; "waliwatawanya", they
// dispersed them); the patterns name whole words and stems.

// swahiliLexicon holds the trigger patterns of each type.
var swahiliLexicon = map[Type][]pattern{
	Protest:          pats("maandamano", "waandamanaji", "waliandamana", "wanaandamana", "kuandamana", "mkutano wa hadhara"),
	Strike:           pats("mgomo", "migomo", "waligoma", "wanagoma", "kugoma"),
	Blockade:         pats("walifunga barabara", "kufunga barabara", "walizuia barabara"),
	Riot:             pats("vurugu", "ghasia", "walichoma", "kuchoma moto"),
	Looting:          pats("uporaji", "walipora", "waliiba"),
	Repression:       pats("gesi ya kutoa machozi", "vitoa machozi", "walifyatua risasi", "risasi za moto", "waliwatawanya", "kuwatawanya"),
	Arrests:          pats("walikamatwa", "alikamatwa", "waliwakamata", "kukamatwa", "wamekamatwa"),
	StateOfEmergency: pats("amri ya kutotoka nje", "hali ya hatari"),
	InternetShutdown: pats("kuzimwa kwa mtandao", "mtandao ulizimwa", "intaneti ilizimwa"),
}

// swahiliNegators deny or make hypothetical what follows them.
var swahiliNegators = []string{"hakuna", "hakukuwa", "si", "sio", "bila", "walikanusha", "ilikanusha", "alikanusha",
	"huenda", "iwapo", "wito"}

// swahiliFigures are the words of vague amounts; their values are in
// swahiliAmounts.
var (
	swahiliFigures = []string{"maelfu", "mamia", "makumi"}
	swahiliAmounts = map[string]int{"maelfu": 1000, "mamia": 200, "makumi": 24}
)

// Words the counts hang on.
var (
	swahiliPeople   = []string{"watu", "waandamanaji", "wanafunzi", "wafanyakazi", "vijana"}
	swahiliKilled   = []string{"waliuawa", "walifariki", "vifo", "wamefariki"}
	swahiliInjured  = []string{"walijeruhiwa", "majeruhi", "wamejeruhiwa"}
	swahiliArrested = []string{"walikamatwa", "wamekamatwa"}
)

// swahiliActorGroups name the actors under actorGroups' labels.
var swahiliActorGroups = []lexGroup{
	{"protesters", []string{"waandamanaji"}},
	{"workers", []string{"wafanyakazi", "chama cha wafanyakazi"}},
	{"students", []string{"wanafunzi"}},
	{"police", []string{"polisi"}},
	{"army", []string{"jeshi", "wanajeshi"}},
	{"government", []string{"serikali"}},
	{"opposition", []string{"upinzani"}},
}
