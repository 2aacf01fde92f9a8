package extract

import (
	"slices"
	"strings"
)

// French: the press and the movements of West and Central Africa, the
// Maghreb, Haiti, France, Belgium and Quebec write it. It elides the
// article and some short words before a vowel ("l'armée", "d'Alger",
// "qu'à Dakar"), which splitElisions parts from the word; the rest
// reads as the English lexicon does, with French words.

// elisions are the elided words, as the word table sees them (the
// apostrophe straight or curly).
var elisions = []string{"l", "d", "n", "s", "j", "m", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}

// elisionInitial holds the first letters of the elided words.
var elisionInitial = func() (t [256]bool) {
	for _, e := range elisions {
		t[e[0]] = true
	}
	return t
}()

// splitElisions parts an elided word from the word after it: "l'armée"
// is "l'" and "armée", at their own offsets. The words are reused where
// none is elided.
func splitElisions(words []string, at []int) ([]string, []int) {
	var outW []string
	var outA []int
	for i, w := range words {
		k := elisionEnd(w)
		if k < 0 {
			if outW != nil {
				outW, outA = append(outW, w), append(outA, at[i])
			}
			continue
		}
		if outW == nil {
			outW, outA = append(make([]string, 0, len(words)+4), words[:i]...), append(make([]int, 0, len(words)+4), at[:i]...)
		}
		outW, outA = append(outW, w[:k], w[k:]), append(outA, at[i], at[i]+k)
	}
	if outW == nil {
		return words, at
	}
	return outW, outA
}

// elisionEnd returns the end of an elided word that begins w (after its
// apostrophe), where a letter follows it, or -1. Most words are told
// from one by their first byte and a search of their first bytes.
func elisionEnd(w string) int {
	if len(w) < 3 || !elisionInitial[w[0]] {
		return -1
	}
	head := w[:min(len(w), len("lorsqu’"))]
	i := strings.IndexByte(head, '\'')
	if j := strings.Index(head, "’"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i < 1 || i > 6 {
		return -1
	}
	size := 1
	if w[i] != '\'' {
		size = len("’")
	}
	k := i + size
	if k >= len(w) || !isLetterStart(w[k]) {
		return -1
	}
	for _, e := range elisions {
		if w[:i] == e {
			return k
		}
	}
	return -1
}

// isLetterStart reports whether c begins a letter: an ASCII letter or a
// byte past ASCII (é, â).
func isLetterStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0xC0
}

// frenchLexicon holds the trigger patterns of each type. (Not "march*",
// which is the market, marché; not "arrêt*", a decree or a stoppage.)
var frenchLexicon = map[Type][]pattern{
	Protest: pats("manifestation*", "manifestant*", "manifesté", "manifestaient", "manifestent", "manifester",
		"rassemblement*", "rassemblé*", "marche", "marches", "ont marché", "défilé", "défilés", "défilaient",
		"défilent", "ont défilé", "cortège*", "sit-in", "protestataire*", "protestation*", "mobilisation*",
		"descendus dans la rue", "descendues dans la rue", "descendus dans les rues", "soulèvement*",
		"contestation*", "hirak"),
	Strike: pats("grève*", "gréviste*", "débrayage*", "arrêt de travail", "ville morte", "villes mortes",
		"journée morte", "journées mortes", "journées ville morte"),
	Blockade: pats("bloqué*", "bloquaient", "bloquent", "ont bloqué", "blocage*", "barricade*", "barrage*",
		"routes coupées", "ont coupé la route", "ont coupé les routes"),
	Riot: pats("émeute*", "émeutier*", "affrontement*", "heurts", "incendié*", "incendiaient", "ont incendié",
		"mis le feu", "saccag*", "vandalis*", "caillass*", "jets de pierres", "échauffourées"),
	Looting: pats("pill*"),
	Repression: pats("gaz lacrymogène*", "lacrymogène*", "grenades lacrymogènes", "grenades assourdissantes",
		"balles réelles", "balles en caoutchouc", "tirs à balles", "ont tiré", "ont ouvert le feu", "matraqu*",
		"dispersé*", "dispersaient", "ont dispersé", "canon à eau", "canons à eau", "réprimé*", "répression",
		"charges de police", "violemment dispersé*", "ont été tués", "a été tué", "ont été abattus", "a été abattu",
		"tués par balles", "tué par balle", "tués par la police", "tués par les forces", "manifestants tués",
		"manifestant tué", "ont été blessés par balles"),
	Arrests: pats("arrestation*", "interpellé*", "interpellation*", "arrêté", "arrêtés", "arrêtées",
		"garde à vue", "gardes à vue", "placés en détention", "incarcéré*", "écroué*"),
	StateOfEmergency: pats("état d' urgence", "état d’ urgence", "couvre-feu", "état de siège",
		"état d' exception", "état d’ exception"),
	InternetShutdown: pats("coupure d' internet", "coupure d’ internet", "coupure de l' internet",
		"coupure de l’ internet", "coupure* d' internet", "coupure* d’ internet", "internet coupé",
		"accès à internet", "réseaux sociaux suspendus", "restriction* des réseaux sociaux",
		"restriction* d' accès", "restriction* d’ accès", "internet mobile", "coupure* des réseaux sociaux",
		"coupure* de l' internet mobile", "coupure* de l’ internet mobile"),
	Deployment: pats("déploiement de l' armée", "déploiement de l’ armée", "armée déployée", "déployé*",
		"renforts militaires"),
	GovernmentChange: pats("démission*", "démissionné", "a démissionné", "limogé*", "limogeage", "destitué*",
		"destitution"),
	Concession: pats("retrait du projet", "retrait de la réforme", "suspendu la hausse", "renoncé à"),
}

// frenchNegators deny or make hypothetical what follows them: "n'a pas
// été arrêté", "le gouvernement a démenti", "appelle à la grève".
var frenchNegators = []string{"ne", "n'", "n’", "pas", "jamais", "sans", "aucun", "aucune", "ni", "pourrait",
	"pourraient", "si", "démenti", "dément", "démentent", "nié", "nie", "nient", "appelle", "appellent",
	"appelé", "appelaient", "appel", "menace", "menacent", "menacé", "envisage", "envisagent", "prévu", "prévue",
	"prévoit", "compte", "exige", "exigent", "exigeant", "réclame", "réclament", "réclamant", "rumeur*",
	"rumeurs", "projet", "projette", "éventuel", "éventuelle"}

// frenchFigures are the words of vague amounts, for the word table (their
// values: frenchAmounts).
var frenchFigures = []string{"milliers", "centaines", "dizaines", "millions", "centaine", "dizaine"}

// frenchAmounts are the values of the vague amounts.
var frenchAmounts = map[string]int{"milliers": 1000, "centaines": 200, "dizaines": 24, "millions": 1000000,
	"centaine": 100, "dizaine": 10}

// frenchNumbers are the numbers French spells out. (Not "neuf", nine
// and new; not "un", one and "a".)
var frenchNumbers = map[string]int{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8,
	"dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
	"soixante": 60, "cent": 100, "mille": 1000}

// Words the counts hang on: people, and their fates.
var (
	frenchPeople = []string{"personnes", "manifestants", "manifestantes", "jeunes", "étudiants", "travailleurs",
		"ouvriers", "militants", "civils", "protestataires", "grévistes", "habitants", "partisans"}
	frenchKilled   = []string{"morts", "mort", "tués", "tuées", "tué", "décès", "décédés", "victimes"}
	frenchInjured  = []string{"blessés", "blessées", "blessé", "blessée", "blessures"}
	frenchArrested = []string{"arrêtés", "arrêtées", "interpellés", "interpellées", "interpellations",
		"arrestations", "détenus", "gardes à vue"}
)

// frenchFateVerbs count what they name when a figure follows them ("ont
// tué trois manifestants", "a interpellé 30 personnes").
var frenchFateVerbs = [3][]string{
	{"tué", "tuant", "abattu"},
	{"blessé", "blessant"},
	{"interpellé", "arrêté", "interpellant", "arrêtant", "détenu"},
}

// frenchActorGroups name the actors of French texts under actorGroups'
// labels.
var frenchActorGroups = []lexGroup{
	{"protesters", []string{"manifestant*", "protestataire*", "militant*", "jeunes", "partisans", "gilets jaunes",
		"insurgés"}},
	{"workers", []string{"syndicat*", "travailleurs", "ouvriers", "grévistes", "cgt", "intersyndicale",
		"enseignants", "cheminots", "éboueurs", "salariés"}},
	{"students", []string{"étudiant*", "élèves", "lycéens"}},
	{"police", []string{"police", "policier*", "gendarme*", "crs", "forces de l' ordre", "forces de l’ ordre",
		"brigade anti-criminalité"}},
	{"security forces", []string{"forces de sécurité", "forces de défense et de sécurité", "fds", "forces spéciales"}},
	{"army", []string{"armée", "militaires", "soldats", "junte"}},
	{"government", []string{"gouvernement", "autorités", "ministère", "ministre", "préfet", "préfecture",
		"assemblée nationale", "parlement", "pouvoir", "régime"}},
	{"president", []string{"président", "chef de l' état", "chef de l’ état", "présidence"}},
	{"opposition", []string{"opposition", "opposants", "opposant"}},
	{"rioters", []string{"pillards", "casseurs", "émeutiers"}},
}

// frenchDemandTopicGroups are demandTopicGroups' cues in French.
var frenchDemandTopicGroups = []lexGroup{
	{demandPrices, []string{"prix", "vie chère", "carburant*", "essence", "taxe*", "impôt*", "hausse des prix",
		"coût de la vie", "cherté"}},
	{demandLabor, []string{"salaire*", "retraite*", "réforme des retraites", "emploi*", "chômage", "licenciement*",
		"conditions de travail"}},
	{demandRemoval, []string{"démission", "dégage", "départ", "destitution", "qu' il parte", "qu’ il parte"}},
	{demandPolitics, []string{"élection*", "électoral*", "libération", "constitution*", "troisième mandat",
		"démocratie", "corruption", "état de droit", "justice", "transition", "fraude*", "49.3"}},
	{demandPolice, []string{"violences policières", "bavure*", "brutalités"}},
	{demandSocial, []string{"interdiction*", "censure", "liberté d' expression", "liberté d’ expression"}},
}

// frenchDemandFrameGroups are demandFrameGroups' frames in French.
var frenchDemandFrameGroups = []lexGroup{
	{frameAhead, []string{"contre", "pour exiger", "pour réclamer", "réclamant", "exigeant", "pour protester",
		"pour dénoncer", "dénonçant", "en protestation", "scandant"}},
	{frameCause, []string{"après", "suite à", "à la suite de", "en raison de", "à cause de", "provoqué*"}},
	{frameBreak, []string{"mais", "tandis que", "alors que", "cependant", "toutefois"}},
}

// frenchCountrywide say an event covers the whole country.
var frenchCountrywide = []string{"dans tout le pays", "à travers le pays", "partout dans le pays",
	"sur tout le territoire", "dans tout le territoire", "sur l'ensemble du territoire", "sur l’ensemble du territoire",
	"grève générale", "grève nationale", "journée nationale", "à l'échelle nationale", "à l’échelle nationale"}

// frenchCountrywideIn reports whether a lower-cased text says an event
// covers the whole country, in French, Spanish or Portuguese: a search
// for a sign of the languages first, then for key words of the phrases
// that English does not use ("pays", "grève", "país", "huelga").
func frenchCountrywideIn(lower string) bool {
	// (Not in an English text: an accented letter of these languages
	// (é, ñ, ç, ã: a lead byte 0xC3), their commonest word or "nacional"
	// first.)
	if strings.IndexByte(lower, 0xC3) < 0 && !strings.Contains(lower, "que") && !strings.Contains(lower, "nacional") {
		return false
	}
	return (strings.Contains(lower, "pays") || strings.Contains(lower, "territoire") || strings.Contains(lower, "nationale") ||
		strings.Contains(lower, "grève")) && containsAny(lower, frenchCountrywide) ||
		(strings.Contains(lower, "país") || strings.Contains(lower, "territorio") || strings.Contains(lower, "nacional") ||
			strings.Contains(lower, "huelga") || strings.Contains(lower, "greve")) && containsAny(lower, spanishCountrywide)
}

// withoutArticleUN drops the UN from the actors of a sentence that names
// it neither "UN" nor "United Nations": the "un" read is the French or
// Spanish article ("incendiaron un edificio"). The list is changed in
// place.
func withoutArticleUN(actors []string, sentence string) []string {
	i := slices.Index(actors, "UN")
	if i < 0 || strings.Contains(sentence, "UN") || strings.Contains(strings.ToLower(sentence), "united nations") {
		return actors
	}
	return slices.Delete(actors, i, i+1)
}
