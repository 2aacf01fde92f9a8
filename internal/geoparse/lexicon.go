package geoparse

import (
	"strings"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Word lists behind the recogniser's judgement. Each holds lower-case
// words; each says why it exists. They are lexicons of English usage, not
// lists of places: no entry is here for one text.

// lowered returns w in lower case, as strings.ToLower gives it: in buf,
// without allocating, when w is ASCII and fits.
func lowered(buf []byte, w string) []byte {
	if len(w) <= cap(buf) {
		b := buf[:len(w)]
		ascii := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		if ascii {
			return b
		}
	}
	return []byte(strings.ToLower(w))
}

// lexClass says which word lists hold a word. The recogniser asks it of
// the words around every name it finds; the memo works a word's classes
// out once (spanFacts.classes) instead of lower-casing the word and
// hashing it for each list every time.
type lexClass uint32

const (
	lexRegion    lexClass = 1 << iota // regionWords holds the word in lower case
	lexConnector                      // connectors does
	lexDivision                       // a generic word of division names does (gazetteer.DivisionWord)
	lexFollower                       // followers does
	lexPremise                        // premises does
	lexMonth                          // monthsAndDays does
	lexCommon                         // commonWords does
	lexTitle                          // titles does
	lexPreceder                       // preceders does
	lexSaying                         // sayingVerbs does
	lexParticle                       // particles holds the word as written
	lexSurname                        // the word has a surname's ending (looksLikeSurname)
	lexGiven                          // givenNames holds the word in lower case
	lexPerson                         // personalNames does
	lexCompass                        // compassWords does
	lexMacro                          // macroStarts does: a macro-region may start on the word
	lexKnown                          // the classes are worked out
)

// lexicons are the lists looked up by a word's lower case, with their
// classes.
var lexicons = []struct {
	words map[string]bool
	class lexClass
}{
	{regionWords, lexRegion}, {connectors, lexConnector}, {followers, lexFollower}, {premises, lexPremise},
	{monthsAndDays, lexMonth}, {commonWords, lexCommon}, {titles, lexTitle}, {preceders, lexPreceder},
	{sayingVerbs, lexSaying}, {givenNames, lexGiven}, {personalNames, lexPerson}, {compassWords, lexCompass},
	{macroStarts, lexMacro},
}

// wordClasses works out the classes of a word, lexKnown among them.
func wordClasses(w string) lexClass {
	lw := strings.ToLower(w) // what lowered gives
	c := lexKnown
	for _, l := range lexicons {
		if l.words[lw] {
			c |= l.class
		}
	}
	// A plural of a person's title before a list of names: "lawyers Xie
	// Yang and Li Heping", "activists Aliya and Dana".
	if c&lexTitle == 0 && len(lw) > 3 && lw[len(lw)-1] == 's' && pluralTitles[lw[:len(lw)-1]] {
		c |= lexTitle
	}
	if gazetteer.DivisionWord(lw) {
		c |= lexDivision
	}
	if particles[w] {
		c |= lexParticle
	}
	if looksLikeSurname(w) {
		c |= lexSurname
	}
	return c
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// commonWords are frequent English words. Many are also names of some
// village somewhere (Energy, Republic, Police, Union, Reading, Bath); as
// the first word of a sentence, where everything is capitalised, they are
// read as words, and mid-sentence they must name a sizeable place.
var commonWords = set(
	"part", "parts", "half", "rest", "whole", "marches", "rallies", "strikes", "a", "about", "above", "across", "after", "again", "against", "all", "almost", "along", "already", "also",
	"although", "always", "among", "an", "and", "another", "any", "anyone", "are", "around", "as", "at", "away",
	"back", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
	"did", "do", "does", "down", "during", "each", "early", "either", "enough", "even", "ever", "every", "few",
	"first", "for", "from", "further", "had", "has", "have", "he", "her", "here", "hers", "him", "his", "how",
	"however", "i", "if", "in", "instead", "into", "is", "it", "its", "just", "last", "late", "later", "least",
	"less", "like", "many", "may", "me", "meanwhile", "might", "more", "most", "much", "must", "my", "near",
	"neither", "never", "new", "next", "no", "nor", "not", "now", "of", "off", "often", "old", "on", "once",
	"one", "only", "or", "other", "our", "out", "over", "own", "per", "perhaps", "rather", "same", "several",
	"she", "should", "since", "so", "some", "soon", "still", "such", "than", "that", "the", "their", "them",
	"then", "there", "these", "they", "this", "those", "though", "through", "thus", "to", "today", "together",
	"too", "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very", "was", "we", "well",
	"were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
	"within", "without", "would", "yet", "you", "your", "yesterday", "tomorrow", "tonight",
	// The articles, pronouns and prepositions of French, Spanish and
	// Portuguese that open sentences ("Una protesta", "Los manifestantes",
	// "Nos bairros") and that GeoNames also knows as places.
	"una", "uno", "unos", "unas", "los", "las", "les", "des", "del", "al", "em", "na", "nas", "nos", "da",
	"das", "dos", "ao", "aos", "une", "ces", "cette", "sus", "ese", "esa", "este", "esta", "estos", "estas",
	"durante", "desde", "hacia", "entre", "sobre", "tras", "contra", "mientras", "pero", "según", "segun",
	"selon", "après", "avant", "pendant", "depuis", "dans", "vers", "chez", "sous", "sans", "malgré",
	// Common nouns and adjectives that GeoNames also knows as places.
	"energy", "republic", "police", "union", "independence", "liberty", "victory", "unity", "progress", "commerce",
	"industry", "justice", "defence", "defense", "freedom", "hope", "harmony", "concord", "friendship", "mission",
	"enterprise", "opportunity", "success", "welfare", "future", "wisdom", "vision", "champion", "surprise",
	"strong", "winner", "sauce", "metro", "reserve", "arsenal",
	"peace", "reform", "reading", "bath", "mobile", "orange", "oral", "march", "power", "nation", "state",
	"national", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"upper", "lower", "great", "little", "big", "long", "green", "white", "black", "red", "blue", "gold", "silver",
	"golden", "royal", "federal", "general", "public", "social", "free", "united", "democratic", "popular",
	"people", "workers", "capital", "city", "town", "village", "square", "street", "market", "station", "church",
	"court", "centre", "center", "port", "bay", "lake", "river", "mountain", "valley", "island", "beach", "hill",
	"park", "garden", "bridge", "house", "home", "office", "army", "navy", "oil", "gas", "price", "prices",
	"strike", "protest", "protests", "police", "government", "minister", "president", "parliament", "senate",
	"congress", "council", "committee", "party", "opposition", "security", "interior", "foreign", "affairs",
	"health", "education", "labour", "labor", "trade", "bank", "news", "press", "media", "times", "post",
	"update", "breaking", "live", "video", "photo", "read", "more", "share", "comment", "comments", "reply",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
	"christmas", "easter", "spring", "summer", "autumn", "winter", "fall", "day", "week", "month", "year",
	"god", "lord", "saint", "man", "woman", "men", "women", "child", "children", "family", "friend", "friends",
	"school", "university", "college", "hospital", "airport", "prison", "camp", "base", "border", "region",
	"province", "district", "county", "oblast", "country", "world", "europe", "international", "global",
	"western", "soviet", "communist", "socialist", "liberal", "conservative", "green", "labour",
	"chief", "head", "leader", "secretary", "director", "officer", "commander", "mayor", "governor",
	"king", "queen", "prince", "emperor", "pope", "sheriff", "judge", "doctor", "professor",
	"plaza", "nacional", "nacionales", "central", "general", "popular", "republica", "república",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"twenty", "hundred", "thousand", "million", "star", "vice", "marine", "ranger", "snow", "hell", "were",
	// Movements, parties and armed groups news names bare, whose names
	// some town bears in another language ("Hamas" is Hamm in
	// Lithuanian).
	"hamas", "hezbollah", "hizbollah", "hizbullah", "fatah", "taliban", "houthi", "houthis", "shabaab",
	"daesh", "likud",
)

// sayingVerbs after a name make it a person (or a body) speaking.
var sayingVerbs = set("said", "says", "told", "added", "wrote", "asked", "explained", "replied", "noted",
	"argued", "stated", "announced", "tweeted", "insisted", "claimed", "admitted", "recalled", "warned")

// months and weekdays are capitalised in English and several are towns
// (March in England, May in Oklahoma, Sunday in Kwara): on their own they
// are dates.
var monthsAndDays = set(
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)

// pluralTitles are the titles whose plural also stands before the names
// of people ("lawyers Xie Yang and Li Heping"): occupations, not ranks
// that name a body ("ministers" of a cabinet, "generals" of an army
// stand before a country as often).
var pluralTitles = set("activist", "journalist", "lawyer", "spokesman", "professor", "senator", "judge",
	"brother", "sister", "son", "daughter", "cousin")

// titles before a capitalised word make it a person's name: "President
// Tokayev", "Minister Mirzagaliyev", "General Lee".
var titles = set(
	"president", "premier", "prime", "minister", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "general", "gen",
	"colonel", "col", "captain", "capt", "major", "lieutenant", "lt", "sergeant", "sgt", "judge", "justice",
	"senator", "sen", "governor", "gov", "mayor", "king", "queen", "prince", "princess", "pope", "chancellor",
	"secretary", "ambassador", "commissioner", "chairman", "chairwoman", "director", "rev", "reverend", "father",
	"sheikh", "emir", "ayatollah", "imam", "rabbi", "bishop", "archbishop", "cardinal", "officer", "deputy",
	"speaker", "lord", "lady", "comrade", "activist", "journalist", "lawyer", "spokesman", "spokeswoman",
	"spokesperson", "akim", "hokim", "marshal", "admiral", "commander", "chief", "leader", "professor", "prof",
	// Kin and partners: "his brother Alex", "girlfriend Olivia".
	"brother", "sister", "son", "daughter", "wife", "husband", "girlfriend", "boyfriend", "fiancee", "fiance",
	"uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter", "stepson", "stepdaughter",
)

// premises, written in lower case after a name, make it the name of a
// business or a street that is usually somewhere else ("the Riga
// supermarket" in Minsk, "the Moscow hotel").
var premises = set("supermarket", "hotel", "restaurant", "cafe", "café", "cinema", "shop", "store", "mall",
	"street", "avenue", "prospekt", "boulevard", "bazaar")

// followers after a name make it part of the name of something else: an
// office ("Energy Minister"), a body ("Moscow Times", "Union Party"), a
// street or square ("Republic Square"), a company. A town's own police
// and council are not among them: "Winnipeg Police", "Enfield Council"
// name the place they serve.
var followers = set(
	"minister", "ministry", "ministers", "party", "committee", "union", "university", "college",
	"school", "institute", "academy", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "bank",
	"group", "holding", "holdings", "times", "post", "news", "herald", "journal", "gazette", "tribune", "press",
	"daily", "weekly", "review", "magazine", "radio", "tv", "television", "fc", "club", "square", "street",
	"avenue", "road", "boulevard", "prospect", "prospekt", "lane", "drive", "highway", "trail", "hall", "palace",
	"tower", "stadium", "arena", "cathedral", "church", "mosque", "temple", "museum", "theatre", "theater",
	"hotel", "mall", "centre", "center", "plaza", "bridge", "gate", "court", "tribunal", "prison", "movement",
	"front", "alliance", "federation", "association", "society", "foundation", "fund", "agency", "service",
	"forces", "force", "army", "guard", "brigade", "regiment", "declaration", "accords", "accord",
	"agreement", "treaty", "protocol", "convention", "summit", "initiative", "strategy", "doctrine",
	"project", "programme", "program", "partnership", "trust", "network", "coalition",
	"oil", "gas", "energy", "air", "airlines", "airways", "railway", "railways", "motors",
	// Events and days named for a word that a town also bears: "the
	// Orange Revolution", "Independence Day", "the Lincoln Memorial".
	"revolution", "uprising", "day", "memorial", "monument",
	// Street abbreviations: "Orchard St.", "Main Ave.".
	"st", "ave", "rd", "blvd", "ln", "hwy", "pkwy", "sq",
)

// streetParts stand between a town's name and a street word in the name
// of a street named for the town: "Wulumuqi Middle Road", "Nanjing East
// Road".
var streetParts = set("middle", "north", "south", "east", "west", "upper", "lower", "central", "inner", "outer")

// streetHeads end a street's name.
var streetHeads = set("road", "street", "avenue", "boulevard", "lane", "rd", "st", "ave")

// stateAbbrevs are the abbreviations of US states (AP style), Canadian
// provinces (CP style) and Australian states that news writes after a
// town ("Dover, Del.", "Charleston, W.Va.", "London, Ont."): keys are
// normalised (letters separated by spaces), values admin1 codes. One-part
// abbreviations count only after a comma; dotted ones ("B.C.") anywhere
// but after a number ("500 B.C." is a year).
var stateAbbrevs = map[string]string{
	"ala": "US.AL", "ariz": "US.AZ", "ark": "US.AR", "calif": "US.CA", "colo": "US.CO", "conn": "US.CT",
	"del": "US.DE", "fla": "US.FL", "ga": "US.GA", "ill": "US.IL", "ind": "US.IN", "kan": "US.KS",
	"kans": "US.KS", "ky": "US.KY", "la": "US.LA", "md": "US.MD", "mass": "US.MA", "mich": "US.MI",
	"minn": "US.MN", "miss": "US.MS", "mo": "US.MO", "mont": "US.MT", "neb": "US.NE", "nebr": "US.NE",
	"nev": "US.NV", "n h": "US.NH", "n j": "US.NJ", "n m": "US.NM", "n y": "US.NY", "n c": "US.NC",
	"n d": "US.ND", "okla": "US.OK", "ore": "US.OR", "pa": "US.PA", "r i": "US.RI", "s c": "US.SC",
	"s d": "US.SD", "tenn": "US.TN", "tex": "US.TX", "vt": "US.VT", "va": "US.VA", "wash": "US.WA",
	"w va": "US.WV", "wis": "US.WI", "wyo": "US.WY", "d c": "US.DC",
	// Canadian provinces in Canadian Press style ("London, Ont.").
	"alta": "CA.01", "b c": "CA.02", "man": "CA.03", "n b": "CA.04", "nfld": "CA.05", "n l": "CA.05",
	"n s": "CA.07", "ont": "CA.08", "p e i": "CA.09", "que": "CA.10", "sask": "CA.11", "y t": "CA.12",
	"n w t": "CA.13",
	// Australian states as Australian papers shorten them.
	"n s w": "AU.02", "qld": "AU.04", "vic": "AU.07", "tas": "AU.06",
}

// languageVerbs before a demonym make it a language: "in Spanish",
// "speaks English".
var languageVerbs = set("in", "into", "speak", "speaks", "spoke", "speaking", "spoken", "fluent", "learn", "learned",
	"learning", "taught", "teach", "teaches", "translated", "dubbed", "subtitled")

// clauseWords go on a sentence after a word without qualifying it as a
// noun would: "in Spanish after", "in English and".
var clauseWords = set("after", "and", "or", "with", "to", "but", "as", "while", "when", "on", "at", "by", "for",
	"before", "then", "so", "because", "about", "from", "instead", "too")

// localPeople, after a town's name in small letters, are its people as
// local news names them: "a Lebanon woman", "the Paris teen".
var localPeople = set("man", "woman", "men", "women", "boy", "girl", "boys", "girls", "teen", "teens", "teenager",
	"youth", "resident", "residents", "couple", "native", "family", "student", "students", "driver",
	"motorcyclist", "mother", "father", "son", "daughter", "husband", "wife", "businessman", "businesswoman",
	"firefighter", "firefighters", "homeowner", "homeowners", "pastor", "attorney", "senior", "seniors",
	"elementary", "kids", "children", "child", "toddler", "infant", "baby", "citizens", "voters", "merchants")

// localInstitutions, capitalised after a town's name, are its own: "the
// Palestine Civic Center", "Jordan High School", "Lebanon City Council",
// "Carthage Police".
var localInstitutions = map[string]bool{
	"civic": true, "high": true, "middle": true, "elementary": true, "junior": true, "township": true,
	"independent": true, "public": true, "fire": true, "chamber": true, "city": true, "mayor": true,
	"board": true, "rotary": true, "kiwanis": true, "lions": true, "community": true, "area": true,
	"municipal": true, "village": true, "borough": true, "police": true,
}

// teamWords after a town's name make it a team's: "Notre Dame coach
// Muffet McGraw", "a Liverpool striker". (A country's name before them is
// its national side, still the country's.)
var teamWords = set("coach", "coaches", "player", "players", "star", "stars", "striker", "midfielder", "defender",
	"goalkeeper", "quarterback", "linebacker", "pitcher", "squad", "forward", "guard", "manager", "teammates",
	"teammate", "boss", "skipper", "captain")

// placeHeads are nouns a town's name modifies, written after it in small
// letters: "the Huntsville mayor", "the Leeds area".
var placeHeads = set("mayor", "police", "council", "area", "areas", "region", "residents", "resident", "community",
	"communities", "city", "town", "village", "suburb", "suburbs", "neighborhood", "neighbourhood", "district",
	"county", "school", "schools", "district's", "officials", "authorities", "government", "office", "offices",
	"branch", "campus", "airport", "station", "hospital", "courthouse", "court", "jail", "metro", "market",
	"economy", "businesses", "chapter", "plant", "factory", "facility", "location", "store", "native", "natives",
	"station", "stations", "center", "centre", "shop", "shops", "club", "church", "team", "company", "firm")

// postalCodes are the two-letter postal abbreviations of US states and
// Canadian provinces, as datelines and press releases write them after a
// town ("LOUISVILLE, KY--", "Toronto, ON (CNW)"): only there, in capitals,
// are they read.
var postalCodes = map[string]string{
	"AL": "US.AL", "AK": "US.AK", "AZ": "US.AZ", "AR": "US.AR", "CA": "US.CA", "CO": "US.CO", "CT": "US.CT",
	"DE": "US.DE", "FL": "US.FL", "GA": "US.GA", "HI": "US.HI", "ID": "US.ID", "IL": "US.IL", "IN": "US.IN",
	"IA": "US.IA", "KS": "US.KS", "KY": "US.KY", "LA": "US.LA", "ME": "US.ME", "MD": "US.MD", "MA": "US.MA",
	"MI": "US.MI", "MN": "US.MN", "MS": "US.MS", "MO": "US.MO", "MT": "US.MT", "NE": "US.NE", "NV": "US.NV",
	"NH": "US.NH", "NJ": "US.NJ", "NM": "US.NM", "NY": "US.NY", "NC": "US.NC", "ND": "US.ND", "OH": "US.OH",
	"OK": "US.OK", "OR": "US.OR", "PA": "US.PA", "RI": "US.RI", "SC": "US.SC", "SD": "US.SD", "TN": "US.TN",
	"TX": "US.TX", "UT": "US.UT", "VT": "US.VT", "VA": "US.VA", "WA": "US.WA", "WV": "US.WV", "WI": "US.WI",
	"WY": "US.WY", "DC": "US.DC", "AB": "CA.01", "BC": "CA.02", "MB": "CA.03", "NB": "CA.04", "NL": "CA.05",
	"NS": "CA.07", "ON": "CA.08", "PE": "CA.09", "QC": "CA.10", "SK": "CA.11", "YT": "CA.12", "NT": "CA.13",
	"NU": "CA.14",
}

// nationAdjectives are adjectives of nations within a country, keyed in
// lower case, with the country's code.
var nationAdjectives = map[string]string{
	"english": "GB", "scottish": "GB", "welsh": "GB", "cornish": "GB",
}

// legislatures, given alone as a place, sit in the capital of the
// country a text is about.
var legislatures = set("congress", "parliament", "senate", "national assembly", "house of commons",
	"house of representatives", "capitol hill")

// nationRegions are the regions of nations within a country, by their
// adjectives: where a given span is the adjective alone ("English",
// "an independent Basque homeland"), the region is meant.
var nationRegions = map[string]string{
	"english": "GB.ENG", "scottish": "GB.SCT", "welsh": "GB.WLS", "catalan": "ES.56", "basque": "ES.59",
	"flemish": "BE.VLG", "bavarian": "DE.02", "tibetan": "CN.14", "sicilian": "IT.15", "corsican": "FR.94",
	"breton": "FR.53", "chechen": "RU.12", "sindhi": "PK.05",
}

// countryShortNames are what news calls some countries, missing from the
// country tables as names of their own.
var countryShortNames = map[string]string{
	"america": "US", "u s": "US", "u s a": "US", "the states": "US", "britain": "GB", "great britain": "GB",
	"holland": "NL", "burma": "MM", "ivory coast": "CI", "east timor": "TL", "swaziland": "SZ",
	"the solomons": "SB", "solomons": "SB", "the philippines": "PH", "czechia": "CZ", "the gambia": "GM",
	"holy see": "VA",
	// The Soviet Union, gone, is read as Russia, its successor state: its
	// place, not Moscow's.
	"soviet union": "RU", "the soviet union": "RU", "ussr": "RU",
}

// preceders before a name make it part of the name of a street, square
// or institution, in the languages news quotes them in: "Plaza Italia",
// "Instituto Nacional", "Rue de Rivoli", "проспект Абая".
var preceders = set(
	"plaza", "calle", "avenida", "av", "rue", "boulevard", "piazza", "praça", "praca", "plac", "ulica",
	"ulitsa", "prospekt", "instituto", "institut", "universidad", "universidade", "université", "universita",
	"colegio", "escuela", "hospital", "hôpital", "museo", "musée", "estadio", "stade", "teatro", "théâtre",
	"banco", "banque", "club", "lake", "lago", "mount", "mt", "cerro", "río", "rio", "fort", "camp", "port",
	"улица", "проспект", "площадь", "бульвар", "переулок", "университет", "институт", "банк", "парк",
	"university", "college", "hotel", "radio", "team", "fc", "cape", "gulf", "bay", "isle",
	// Street words that come first in Malay and Indonesian ("Jalan Tun
	// Perak"), Romanian ("Calea Victoriei"), Catalan, Portuguese and
	// Spanish.
	"jalan", "jl", "jln", "lorong", "lebuh", "persiaran", "calea", "strada", "piata", "piața", "plaça",
	"carrer", "avinguda", "rua", "largo", "paseo", "carretera", "autopista", "expreso", "autovía", "autovia",
)

// metonyms are places standing for institutions: "the Kremlin said".
var metonyms = set(
	"kremlin", "white house", "pentagon", "downing street", "elysee", "whitehall", "capitol hill",
	"wall street", "akorda", "ak orda", "zhongnanhai", "blue house", "quai d orsay", "foggy bottom",
	"vatican", "holy see", "bankova", "united nations",
)

// metonymSeats say where the institution a metonym stands for sits: the
// city (and its country) to put on a map for "the Kremlin said".
var metonymSeats = map[string][2]string{
	"kremlin": {"Moscow", "RU"}, "white house": {"Washington", "US"}, "pentagon": {"Arlington", "US"},
	"downing street": {"London", "GB"}, "whitehall": {"London", "GB"}, "elysee": {"Paris", "FR"},
	"capitol hill": {"Washington", "US"}, "wall street": {"New York City", "US"}, "akorda": {"Astana", "KZ"},
	"ak orda": {"Astana", "KZ"}, "zhongnanhai": {"Beijing", "CN"}, "blue house": {"Seoul", "KR"},
	"quai d orsay": {"Paris", "FR"}, "foggy bottom": {"Washington", "US"}, "vatican": {"Vatican City", "VA"},
	"holy see": {"Vatican City", "VA"}, "bankova": {"Kyiv", "UA"},
	// The United Nations sits in New York: "the mission to the United
	// Nations", "protesters outside the United Nations".
	"united nations": {"New York City", "US"},
}

// notPlaces are proper names that news uses often and that the gazetteer
// also lists as small places: weather phenomena, peoples, police forces.
var notPlaces = set("el nino", "la nina", "red cross", "red crescent", "croix rouge", "croissant rouge",
	// Peoples and their languages, which small places also bear.
	"igbo", "yoruba", "hausa", "sinhala", "sinhalese", "zulu", "xhosa", "maasai", "tuareg", "pashtun", "arab", "arabs",
	"kurd", "kurds", "berber", "bedouin", "druze", "uyghur", "uighur", "tamil", "tamils", "baloch", "sindhi",
	// Police forces known by one word: Ireland's Garda ("a Garda car",
	// "under Garda guard"; also a town of 4,000 on Lake Garda), its
	// gardaí, Italy's Carabinieri.
	"garda", "gardai", "garda siochana", "carabinieri")

// particles are the lower-case words inside people's names ("Philippe de
// Marigny", "Ludwig van Beethoven"): a name right after one, itself after
// a capitalised word, is a surname.
var particles = set("de", "du", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "bin", "ibn", "al")

// connectors are lower-case words that may stand inside a place name:
// "Rio de Janeiro", "Frankfurt am Main", "Rostov-on-Don", "Isle of Man".
var connectors = set(
	"de", "del", "della", "dello", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los",
	"las", "el", "al", "am", "an", "im", "upon", "on", "sur", "sous", "en", "y", "of", "and", "na", "nad",
	"pod", "bei", "ob", "der", "den", "van", "von", "aan", "op",
	// Elided before a capital: "Côte d'Ivoire", "Val d'Isère".
	"d", "l",
	// The Arabic article as transliterations assimilate it: "Deir
	// ez-Zor", "Ras al-Ain", "Dar es-Salaam", "Jisr ash-Shughur".
	"ez", "ed", "er", "ad", "ar", "as", "at", "az", "ash", "ul", "ud",
	// "Port-au-Prince", "Dar es Salaam", "Saint-Pierre-et-Miquelon",
	// "Sotteville-lès-Rouen", "Neustadt zur Weinstraße".
	"au", "aux", "es", "et", "lès", "zu", "zum", "zur", "ter", "ten",
	// "Democratic Republic of the Congo", "Isle of the Dead".
	"the",
)

// regionWords turn a name into a region phrase: "the Mangystau region",
// "Mangistau oblast", "Karaganda Province".
var regionWords = set(
	"region", "oblast", "oblys", "oblysy", "province", "state", "district", "county", "governorate",
	"prefecture", "territory", "krai", "kray", "voblast", "canton", "department", "область", "облысы", "край",
	"регион", "губерния",
	// The last of a list: "in Kandal and Kampong Speu provinces".
	"regions", "oblasts", "provinces", "governorates", "prefectures",
)

// surnameEndings mark a capitalised word as a surname (Slavic, Central
// Asian, Caucasian, Turkish, Persian patterns): a word right before one is
// a given name, not a place ("Nursultan Nazarbayev", "Mukhtar Ablyazov").
var surnameEndings = []string{
	"ov", "ev", "yev", "ova", "eva", "yeva", "sky", "ski", "skiy", "skaya", "enko", "chuk", "vich", "wicz",
	"ovich", "evich", "uly", "kyzy", "dze", "shvili", "yan", "ian", "oglu", "zadeh", "bayev", "bekov",
}

// countryAcronyms are countries written as capitals; in lower case the
// same letters are words ("us").
// homeAbbrevs are initials that a country's own press writes bare, with
// the regions or countries (by code) they stand for there: "BC" in a
// Canadian paper, "NSW" in an Australian one, "SA" in a South African
// one (and South Australia in an Australian one).
var homeAbbrevs = map[string][]string{
	"BC": {"CA.02"}, "PEI": {"CA.09"}, "NWT": {"CA.13"},
	"NSW": {"AU.02"}, "WA": {"AU.08"}, "SA": {"ZA", "AU.05"}, "NT": {"AU.03"}, "QLD": {"AU.04"},
	"KZN": {"ZA.02"},
}

var countryAcronyms = map[string]string{"US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "DRC": "CD", "PRC": "CN", "ROK": "KR", "DPRK": "KP",
	"T&T": "TT", "BiH": "BA", "KSA": "SA"}

// continents are GeoNames' continent features (id and point), named by
// their English names and adjectives: news names them ("across Africa",
// "European leaders") and the gazetteer's tables do not.
var continents = map[string]Place{
	"africa":        {ID: 6255146, Name: "Africa", Lat: 7.1881, Lon: 21.0936, Precision: Continent},
	"asia":          {ID: 6255147, Name: "Asia", Lat: 29.8405, Lon: 89.2969, Precision: Continent},
	"europe":        {ID: 6255148, Name: "Europe", Lat: 48.6909, Lon: 9.1405, Precision: Continent},
	"north america": {ID: 6255149, Name: "North America", Lat: 46.0732, Lon: -100.5469, Precision: Continent},
	"south america": {ID: 6255150, Name: "South America", Lat: -14.6048, Lon: -57.6563, Precision: Continent},
	"oceania":       {ID: 6255151, Name: "Oceania", Lat: -18.3128, Lon: 138.5156, Precision: Continent},
	"antarctica":    {ID: 6255152, Name: "Antarctica", Lat: -78.1586, Lon: 16.4063, Precision: Continent},
}

// stateDemonyms are the people of US states, Canadian provinces and
// Australian states, singular, lower case ("Texans" is found by its
// singular): with demonyms on they are mentions of their state, as the
// benchmarks count them. Georgian, Carolinian and Washingtonian are left
// out: each names two places.
var stateDemonyms = map[string]string{
	"alabamian": "US.AL", "alaskan": "US.AK", "albertan": "CA.01", "arizonan": "US.AZ", "arkansan": "US.AR",
	"british columbian": "CA.02", "californian": "US.CA", "coloradan": "US.CO", "connecticuter": "US.CT",
	"delawarean": "US.DE", "floridian": "US.FL", "hawaiian": "US.HI", "hoosier": "US.IN", "idahoan": "US.ID",
	"illinoisan": "US.IL", "iowan": "US.IA", "kansan": "US.KS", "kentuckian": "US.KY", "louisianan": "US.LA",
	"louisianian": "US.LA", "mainer": "US.ME", "manitoban": "CA.03", "marylander": "US.MD",
	"michigander": "US.MI", "michiganian": "US.MI", "minnesotan": "US.MN", "mississippian": "US.MS",
	"missourian": "US.MO", "montanan": "US.MT", "nebraskan": "US.NE", "nevadan": "US.NV",
	"new brunswicker": "CA.04", "new hampshirite": "US.NH", "new jerseyan": "US.NJ", "new jerseyite": "US.NJ",
	"new mexican": "US.NM", "new yorker": "US.NY", "newfoundlander": "CA.05", "north dakotan": "US.ND",
	"nova scotian": "CA.07", "ohioan": "US.OH", "oklahoman": "US.OK", "ontarian": "CA.08", "oregonian": "US.OR",
	"pennsylvanian": "US.PA", "quebecer": "CA.10", "quebecker": "CA.10", "queenslander": "AU.04",
	"rhode islander": "US.RI", "saskatchewanian": "CA.11", "south dakotan": "US.SD",
	"tennessean": "US.TN", "texan": "US.TX", "utahn": "US.UT", "vermonter": "US.VT",
	"virginian": "US.VA", "west virginian": "US.WV", "wisconsinite": "US.WI", "wyomingite": "US.WY",
}

// continentUnions are unions of a continent's states, read as the
// continent: the EU is no region of the map.
var continentUnions = map[string]string{"eu": "europe", "european union": "europe", "african union": "africa"}

// continentAdjectives map adjectives to continents. They are context, as
// demonyms are, unless a benchmark counts them: Resolve uses them for
// spans it is given.
var continentAdjectives = map[string]string{
	"eu": "europe", "european union": "europe",
	"african": "africa", "asian": "asia", "european": "europe", "north american": "north america",
	"south american": "south america", "antarctic": "antarctica",
}

// romanceStreetWords come before a street's, a square's or a bridge's
// name in French, Spanish and Portuguese, in small letters: "avenida
// Brasil", "rue de Paris", "calle Lima", "praça da Sé".
var romanceStreetWords = set("avenida", "calle", "rua", "rue", "avenue", "boulevard", "praia",
	"bulevar", "quai", "paseo", "carrera", "jirón", "autopista", "autoroute", "carretera", "estrada", "rodovia",
	"puente", "ponte", "pont", "plaza", "praça", "glorieta", "alameda", "travessa", "callejón")

// streetWordBefore reports whether one of romanceStreetWords stands
// right before token i (linked is false), or before "de" and the like
// ("avenida de Mayo", "rue de la République"; linked), and whether it is
// capitalised, a part of the street's name ("Plaza de Mayo").
func streetWordBefore(text string, toks []token, i int) (found, linked, named bool) {
	k := i - 1
	for n := 0; n < 2 && k >= 0 && toks[k].kind == tokWord && !toks[k].upper && adjacent(text, toks, k, i-n) &&
		streetLinks[text[toks[k].start:toks[k].end]]; n++ {
		k-- // "de", "de la"
	}
	if k < 0 || toks[k].kind != tokWord || !adjacent(text, toks, k, k+1) {
		return false, false, false
	}
	w := text[toks[k].start:toks[k].end]
	if toks[k].upper {
		w = strings.ToLower(w)
	}
	return romanceStreetWords[w], k < i-1, toks[k].upper
}

// streetLinks join a street word to its name: "avenida de Mayo", "rue de
// la Paix", "praça da Sé".
var streetLinks = set("de", "del", "da", "do", "das", "dos", "des", "du", "la", "las", "los")

// capitalRunEnd returns the last of the capitalised words that run from
// token i with single spaces or hyphens between.
func capitalRunEnd(toks []token, i int) int {
	j := i
	for j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j+1].upper && toks[j+1].start <= toks[j].end+1 {
		j++
	}
	return j
}
