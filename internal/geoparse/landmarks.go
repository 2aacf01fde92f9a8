package geoparse

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// Reports place a protest by the square, the street or the building it
// filled more often than by the town: "crowds returned to Tahrir
// Square", "a vigil on the Maidan". The gazetteer knows towns, not their
// squares; landmarkSites knows the squares and buildings where crowds
// gather, and the famous sights news names bare, with the town they are
// in. They are recognised as parts of the world are (features.go,
// macroAt), whatever Parser.Features says, and placed in their town
// unless the text places them itself ("Republic Square in Yerevan").

// landmark is a square, a street or a building known by its name, and
// the towns (name, country) a square of the name is famous in: the
// first, or the one in the country a text is about where several are
// (see shared).
type landmark struct {
	name  string
	towns [][2]string
	the   bool // named bare only after "the" ("the Maidan", "the Zócalo")
	// shared is set where the squares of the name are alike famous in
	// their towns ("Republic Square" in Almaty, Yerevan and Belgrade):
	// none is meant without the text's country. Otherwise the first
	// town is ("Tahrir Square" is Cairo's, unless the text is Iraqi).
	shared bool
}

// landmarkSites are keyed by their normalised names. Every town must be
// in the gazetteer (TestLandmarkTowns). A name several towns' squares
// bear lists them all; without the text's country it stays unplaced
// ("Republic Square" alone is Almaty's, Yerevan's or Belgrade's).
var landmarkSites = map[string]landmark{
	// Squares and streets of protest.
	"tahrir square":             {"Tahrir Square", [][2]string{{"Cairo", "EG"}, {"Baghdad", "IQ"}}, false, false},
	"liberation square":         {"Tahrir Square", [][2]string{{"Cairo", "EG"}, {"Baghdad", "IQ"}}, false, false},
	"mohamed mahmoud street":    {"Mohamed Mahmoud Street", [][2]string{{"Cairo", "EG"}}, false, false},
	"maidan":                    {"Maidan Nezalezhnosti", [][2]string{{"Kyiv", "UA"}}, true, false},
	"maidan nezalezhnosti":      {"Maidan Nezalezhnosti", [][2]string{{"Kyiv", "UA"}}, false, false},
	"independence square":       {"Independence Square", [][2]string{{"Kyiv", "UA"}, {"Minsk", "BY"}, {"Accra", "GH"}}, false, true},
	"taksim square":             {"Taksim Square", [][2]string{{"Istanbul", "TR"}}, false, false},
	"gezi park":                 {"Gezi Park", [][2]string{{"Istanbul", "TR"}}, false, false},
	"kizilay square":            {"Kızılay Square", [][2]string{{"Ankara", "TR"}}, false, false},
	"tiananmen square":          {"Tiananmen Square", [][2]string{{"Beijing", "CN"}}, false, false},
	"red square":                {"Red Square", [][2]string{{"Moscow", "RU"}}, false, false},
	"pushkin square":            {"Pushkin Square", [][2]string{{"Moscow", "RU"}}, false, false},
	"bolotnaya square":          {"Bolotnaya Square", [][2]string{{"Moscow", "RU"}}, false, false},
	"manezhnaya square":         {"Manezhnaya Square", [][2]string{{"Moscow", "RU"}}, false, false},
	"lubyanka":                  {"Lubyanka", [][2]string{{"Moscow", "RU"}}, false, false},
	"nevsky prospekt":           {"Nevsky Prospekt", [][2]string{{"Saint Petersburg", "RU"}}, false, false},
	"palace square":             {"Palace Square", [][2]string{{"Saint Petersburg", "RU"}}, false, false},
	"republic square":           {"Republic Square", [][2]string{{"Almaty", "KZ"}, {"Yerevan", "AM"}, {"Belgrade", "RS"}}, false, true},
	"freedom square":            {"Freedom Square", [][2]string{{"Tbilisi", "GE"}, {"Baku", "AZ"}, {"Kharkiv", "UA"}}, false, true},
	"rustaveli avenue":          {"Rustaveli Avenue", [][2]string{{"Tbilisi", "GE"}}, false, false},
	"october square":            {"October Square", [][2]string{{"Minsk", "BY"}}, false, false},
	"trafalgar square":          {"Trafalgar Square", [][2]string{{"London", "GB"}}, false, false},
	"parliament square":         {"Parliament Square", [][2]string{{"London", "GB"}}, false, false},
	"buckingham palace":         {"Buckingham Palace", [][2]string{{"London", "GB"}}, false, false},
	"windsor castle":            {"Windsor Castle", [][2]string{{"Windsor", "GB"}}, false, false},
	"george square":             {"George Square", [][2]string{{"Glasgow", "GB"}}, false, false},
	"place de la republique":    {"Place de la République", [][2]string{{"Paris", "FR"}}, false, false},
	"place de la bastille":      {"Place de la Bastille", [][2]string{{"Paris", "FR"}}, false, false},
	"place de la concorde":      {"Place de la Concorde", [][2]string{{"Paris", "FR"}}, false, false},
	"champs elysees":            {"Champs-Élysées", [][2]string{{"Paris", "FR"}}, false, false},
	"eiffel tower":              {"Eiffel Tower", [][2]string{{"Paris", "FR"}}, false, false},
	"puerta del sol":            {"Puerta del Sol", [][2]string{{"Madrid", "ES"}}, false, false},
	"placa de catalunya":        {"Plaça de Catalunya", [][2]string{{"Barcelona", "ES"}}, false, false},
	"plaza de mayo":             {"Plaza de Mayo", [][2]string{{"Buenos Aires", "AR"}}, false, false},
	"plaza italia":              {"Plaza Italia", [][2]string{{"Santiago", "CL"}, {"Buenos Aires", "AR"}}, false, false},
	"plaza de la dignidad":      {"Plaza de la Dignidad", [][2]string{{"Santiago", "CL"}}, false, false},
	"zocalo":                    {"Zócalo", [][2]string{{"Mexico City", "MX"}}, true, false},
	"plaza de la revolucion":    {"Plaza de la Revolución", [][2]string{{"Havana", "CU"}}, false, false},
	"avenida paulista":          {"Avenida Paulista", [][2]string{{"São Paulo", "BR"}}, false, false},
	"esplanada dos ministerios": {"Esplanada dos Ministérios", [][2]string{{"Brasília", "BR"}}, false, false},
	"syntagma square":           {"Syntagma Square", [][2]string{{"Athens", "GR"}}, false, false},
	// Squares news names by their first word alone: "half of Athens
	// seems to be in Syntagma", "back in Tahrir", "police sealed off
	// Taksim".
	"syntagma":                 {"Syntagma Square", [][2]string{{"Athens", "GR"}}, false, false},
	"tahrir":                   {"Tahrir Square", [][2]string{{"Cairo", "EG"}, {"Baghdad", "IQ"}}, false, false},
	"taksim":                   {"Taksim Square", [][2]string{{"Istanbul", "TR"}}, false, false},
	"brandenburg gate":         {"Brandenburg Gate", [][2]string{{"Berlin", "DE"}}, false, false},
	"alexanderplatz":           {"Alexanderplatz", [][2]string{{"Berlin", "DE"}}, false, false},
	"wenceslas square":         {"Wenceslas Square", [][2]string{{"Prague", "CZ"}}, false, false},
	"kossuth square":           {"Kossuth Square", [][2]string{{"Budapest", "HU"}}, false, false},
	"victory square":           {"Victory Square", [][2]string{{"Bucharest", "RO"}}, false, false},
	"dam square":               {"Dam Square", [][2]string{{"Amsterdam", "NL"}}, false, false},
	"st peters square":         {"St. Peter's Square", [][2]string{{"Vatican City", "VA"}}, false, false},
	"saint peters square":      {"St. Peter's Square", [][2]string{{"Vatican City", "VA"}}, false, false},
	"st peters basilica":       {"St. Peter's Basilica", [][2]string{{"Vatican City", "VA"}}, false, false},
	"saint peters basilica":    {"St. Peter's Basilica", [][2]string{{"Vatican City", "VA"}}, false, false},
	"palais des nations":       {"Palais des Nations", [][2]string{{"Geneva", "CH"}}, false, false},
	"pearl roundabout":         {"Pearl Roundabout", [][2]string{{"Manama", "BH"}}, false, false},
	"azadi square":             {"Azadi Square", [][2]string{{"Tehran", "IR"}}, false, false},
	"enghelab square":          {"Enghelab Square", [][2]string{{"Tehran", "IR"}}, false, false},
	"riad al solh square":      {"Riad al-Solh Square", [][2]string{{"Beirut", "LB"}}, false, false},
	"martyrs square":           {"Martyrs' Square", [][2]string{{"Beirut", "LB"}, {"Tripoli", "LY"}}, false, true},
	"green square":             {"Green Square", [][2]string{{"Tripoli", "LY"}}, false, false},
	"change square":            {"Change Square", [][2]string{{"Sanaa", "YE"}}, false, false},
	"habib bourguiba avenue":   {"Habib Bourguiba Avenue", [][2]string{{"Tunis", "TN"}}, false, false},
	"al aqsa mosque":           {"Al-Aqsa Mosque", [][2]string{{"Jerusalem", "IL"}}, false, false},
	"temple mount":             {"Temple Mount", [][2]string{{"Jerusalem", "IL"}}, false, false},
	"western wall":             {"Western Wall", [][2]string{{"Jerusalem", "IL"}}, false, false},
	"dome of the rock":         {"Dome of the Rock", [][2]string{{"Jerusalem", "IL"}}, false, false},
	"jantar mantar":            {"Jantar Mantar", [][2]string{{"New Delhi", "IN"}, {"Jaipur", "IN"}}, false, false},
	"ramlila maidan":           {"Ramlila Maidan", [][2]string{{"New Delhi", "IN"}}, false, false},
	"india gate":               {"India Gate", [][2]string{{"New Delhi", "IN"}}, false, false},
	"shaheen bagh":             {"Shaheen Bagh", [][2]string{{"New Delhi", "IN"}}, false, false},
	"azad maidan":              {"Azad Maidan", [][2]string{{"Mumbai", "IN"}}, false, false},
	"marina beach":             {"Marina Beach", [][2]string{{"Chennai", "IN"}}, false, false},
	"golden temple":            {"Golden Temple", [][2]string{{"Amritsar", "IN"}}, false, false},
	"gwanghwamun square":       {"Gwanghwamun Square", [][2]string{{"Seoul", "KR"}}, false, false},
	"shibuya crossing":         {"Shibuya Crossing", [][2]string{{"Tokyo", "JP"}}, false, false},
	"edsa":                     {"EDSA", [][2]string{{"Quezon City", "PH"}}, false, false},
	"ratchadamnoen avenue":     {"Ratchadamnoen Avenue", [][2]string{{"Bangkok", "TH"}}, false, false},
	"democracy monument":       {"Democracy Monument", [][2]string{{"Bangkok", "TH"}}, false, false},
	"sule pagoda":              {"Sule Pagoda", [][2]string{{"Yangon", "MM"}}, false, false},
	"uhuru park":               {"Uhuru Park", [][2]string{{"Nairobi", "KE"}}, false, false},
	"union buildings":          {"Union Buildings", [][2]string{{"Pretoria", "ZA"}}, false, false},
	"times square":             {"Times Square", [][2]string{{"New York City", "US"}}, false, false},
	"zuccotti park":            {"Zuccotti Park", [][2]string{{"New York City", "US"}}, false, false},
	"foley square":             {"Foley Square", [][2]string{{"New York City", "US"}}, false, false},
	"stonewall inn":            {"Stonewall Inn", [][2]string{{"New York City", "US"}}, false, false},
	"trump tower":              {"Trump Tower", [][2]string{{"New York City", "US"}}, false, false},
	"statue of liberty":        {"Statue of Liberty", [][2]string{{"New York City", "US"}}, false, false},
	"union square":             {"Union Square", [][2]string{{"New York City", "US"}, {"San Francisco", "US"}}, false, true},
	"national mall":            {"National Mall", [][2]string{{"Washington", "US"}}, false, false},
	"lincoln memorial":         {"Lincoln Memorial", [][2]string{{"Washington", "US"}}, false, false},
	"lafayette park":           {"Lafayette Park", [][2]string{{"Washington", "US"}}, false, false},
	"black lives matter plaza": {"Black Lives Matter Plaza", [][2]string{{"Washington", "US"}}, false, false},
	"george floyd square":      {"George Floyd Square", [][2]string{{"Minneapolis", "US"}}, false, false},
	"golden gate bridge":       {"Golden Gate Bridge", [][2]string{{"San Francisco", "US"}}, false, false},
	// Hong Kong's districts and roads of the 2014 and 2019 occupations:
	// GeoNames' cities500 holds the territory's new towns, not its
	// urban districts.
	"mong kok":      {"Mong Kok", [][2]string{{"Kowloon", "HK"}}, false, false},
	"mongkok":       {"Mong Kok", [][2]string{{"Kowloon", "HK"}}, false, false},
	"tsim sha tsui": {"Tsim Sha Tsui", [][2]string{{"Kowloon", "HK"}}, false, false},
	"nathan road":   {"Nathan Road", [][2]string{{"Kowloon", "HK"}}, false, false},
	"causeway bay":  {"Causeway Bay", [][2]string{{"Hong Kong", "HK"}}, false, false},
	"harcourt road": {"Harcourt Road", [][2]string{{"Hong Kong", "HK"}}, false, false},
	"victoria park": {"Victoria Park", [][2]string{{"Hong Kong", "HK"}, {"London", "GB"}}, false, true},
	// Universities whose campuses students occupy, known by names that
	// are no town's: "an encampment at Columbia University".
	"columbia university":                   {"Columbia University", [][2]string{{"New York City", "US"}}, false, false},
	"new york university":                   {"New York University", [][2]string{{"New York City", "US"}}, false, false},
	"harvard":                               {"Harvard University", [][2]string{{"Cambridge", "US"}}, false, false},
	"harvard university":                    {"Harvard University", [][2]string{{"Cambridge", "US"}}, false, false},
	"massachusetts institute of technology": {"MIT", [][2]string{{"Cambridge", "US"}}, false, false},
	"yale":                                  {"Yale University", [][2]string{{"New Haven", "US"}}, false, false},
	"yale university":                       {"Yale University", [][2]string{{"New Haven", "US"}}, false, false},
	"cornell university":                    {"Cornell University", [][2]string{{"Ithaca", "US"}}, false, false},
	"stanford university":                   {"Stanford University", [][2]string{{"Stanford", "US"}}, false, false},
	"howard university":                     {"Howard University", [][2]string{{"Washington", "US"}}, false, false},
	"georgetown university":                 {"Georgetown University", [][2]string{{"Washington", "US"}}, false, false},
	"sorbonne":                              {"Sorbonne", [][2]string{{"Paris", "FR"}}, false, false},
	"sciences po":                           {"Sciences Po", [][2]string{{"Paris", "FR"}}, false, false},
	"complutense university":                {"Complutense University", [][2]string{{"Madrid", "ES"}}, false, false},
	"tsinghua university":                   {"Tsinghua University", [][2]string{{"Beijing", "CN"}}, false, false},
	"peking university":                     {"Peking University", [][2]string{{"Beijing", "CN"}}, false, false},
	"al azhar university":                   {"Al-Azhar University", [][2]string{{"Cairo", "EG"}}, false, false},
	"jawaharlal nehru university":           {"Jawaharlal Nehru University", [][2]string{{"New Delhi", "IN"}}, false, false},
	"jamia millia islamia":                  {"Jamia Millia Islamia", [][2]string{{"New Delhi", "IN"}}, false, false},
	"aligarh muslim university":             {"Aligarh Muslim University", [][2]string{{"Aligarh", "IN"}}, false, false},
	"makerere university":                   {"Makerere University", [][2]string{{"Kampala", "UG"}}, false, false},
	"hebrew university":                     {"Hebrew University", [][2]string{{"Jerusalem", "IL"}}, false, false},
	"thammasat university":                  {"Thammasat University", [][2]string{{"Bangkok", "TH"}}, false, false},
	"chulalongkorn university":              {"Chulalongkorn University", [][2]string{{"Bangkok", "TH"}}, false, false},
	"yonsei university":                     {"Yonsei University", [][2]string{{"Seoul", "KR"}}, false, false},
	"universitas indonesia":                 {"Universitas Indonesia", [][2]string{{"Depok", "ID"}}, false, false},
	// Airports news names bare, where travellers are stopped, strikes
	// ground flights and protesters sit in.
	"heathrow":                            {"Heathrow Airport", [][2]string{{"London", "GB"}}, false, false},
	"gatwick":                             {"Gatwick Airport", [][2]string{{"London", "GB"}}, false, false},
	"stansted":                            {"Stansted Airport", [][2]string{{"London", "GB"}}, false, false},
	"schiphol":                            {"Schiphol", [][2]string{{"Amsterdam", "NL"}}, false, false},
	"sheremetyevo":                        {"Sheremetyevo", [][2]string{{"Moscow", "RU"}}, false, false},
	"domodedovo":                          {"Domodedovo", [][2]string{{"Moscow", "RU"}}, false, false},
	"vnukovo":                             {"Vnukovo", [][2]string{{"Moscow", "RU"}}, false, false},
	"ohare":                               {"O'Hare", [][2]string{{"Chicago", "US"}}, false, false},
	"laguardia":                           {"LaGuardia", [][2]string{{"New York City", "US"}}, false, false},
	"jfk airport":                         {"JFK Airport", [][2]string{{"New York City", "US"}}, false, false},
	"charles de gaulle airport":           {"Charles de Gaulle Airport", [][2]string{{"Paris", "FR"}}, false, false},
	"ben gurion airport":                  {"Ben Gurion Airport", [][2]string{{"Tel Aviv", "IL"}}, false, false},
	"pearson airport":                     {"Pearson Airport", [][2]string{{"Toronto", "CA"}}, false, false},
	"changi":                              {"Changi Airport", [][2]string{{"Singapore", "SG"}}, false, false},
	"jomo kenyatta international airport": {"Jomo Kenyatta International Airport", [][2]string{{"Nairobi", "KE"}}, false, false},
}

// landmarkKey looks up the lower-case words key among landmarkSites,
// normalising them only where they hold more than plain letters
// ("zócalo", "peter's").
func landmarkKey(key []byte) (string, landmark, bool) {
	if l, ok := landmarkSites[string(key)]; ok {
		return string(key), l, true
	}
	for _, c := range key {
		if c >= utf8.RuneSelf || c == '\'' {
			k := gazetteer.Normalize(string(key))
			l, ok := landmarkSites[k]
			return k, l, ok
		}
	}
	return "", landmark{}, false
}

// country returns the one country of l's towns, or "".
func (l landmark) country() string {
	cc := l.towns[0][1]
	for _, t := range l.towns[1:] {
		if t[1] != cc {
			return ""
		}
	}
	return cc
}

// landmarkTown places a landmark in its town: the one in country top
// (the country the text is about), else the first unless the name is
// shared.
func (p *Parser) landmarkTown(l landmark, top string) (Place, bool) {
	towns := l.towns
	if i := slices.IndexFunc(towns, func(t [2]string) bool { return t[1] == top }); i >= 0 {
		towns = towns[i : i+1]
	} else if l.shared && len(towns) > 1 {
		return Place{}, false
	}
	pl, ok := p.towns()[towns[0]]
	return pl, ok
}

// landmarkTowns looks up the towns of landmarkSites: the biggest place of
// each name in its country.
func (p *Parser) landmarkTowns() map[[2]string]Place {
	out := map[[2]string]Place{}
	for _, l := range landmarkSites {
		for _, t := range l.towns {
			if _, done := out[t]; done {
				continue
			}
			cc := t[1]
			if pl, ok := p.biggestPlace(t[0], func(c Place) bool { return c.Country == cc }); ok {
				out[t] = pl
			}
		}
	}
	return out
}

// withLandmarkTowns adds to support the town of each landmark of fs that
// has one: "the Champs-Elysees" supports the Paris of France against
// Paris, Kentucky, as a named neighbour would.
func (p *Parser) withLandmarkTowns(support []nameReadings, fs []found) []nameReadings {
	for _, f := range fs {
		if !f.macro {
			continue
		}
		l, ok := landmarkSites[f.key]
		if !ok || len(l.towns) != 1 {
			continue // which town is meant is not known yet
		}
		if t, ok := p.landmarkTown(l, ""); ok {
			support = append(support, nameReadings{f.key, []point{{t.Lat, t.Lon}}, 1})
		}
	}
	return support
}

// landmarkOwners reads the town before a possessive and a landmark as the
// landmark's: "Paris' iconic Champs-Elysees" is the Paris of France,
// "Baghdad's Tahrir Square" the one of Iraq, whatever the rest of the
// text is about, and so is the name wherever else the text uses it.
func landmarkOwners(text string, toks []token, fs []found, chosen []gazetteer.Candidate) {
	for i := 0; i+1 < len(fs); i++ {
		l, ok := landmarkSites[fs[i+1].key]
		if !ok || !fs[i+1].macro || fs[i].feature != featNone || !possessiveBefore(text[toks[fs[i].last].end:toks[fs[i+1].first].start]) {
			continue
		}
		for _, c := range fs[i].cands {
			if c.Kind == gazetteer.KindPlace && c.Place != nil && slices.ContainsFunc(l.towns, func(t [2]string) bool {
				return t[1] == c.Place.Country && gazetteer.Normalize(t[0]) == gazetteer.Normalize(c.Place.Name)
			}) {
				// The same name elsewhere in the text is the same town
				// ("... plans to leave Paris on Saturday").
				for k, g := range fs {
					if g.key == fs[i].key && g.feature == featNone && hasCandidate(g.cands, c) {
						chosen[k] = c
					}
				}
				break
			}
		}
	}
}

// possessiveBefore reports whether gap, the text between two names, is a
// possessive ending and at most two words in small letters ("'s ", "'
// iconic ").
func possessiveBefore(gap string) bool {
	rest, ok := "", false
	for _, p := range []string{"'s ", "’s ", "' ", "’ "} {
		if rest, ok = strings.CutPrefix(gap, p); ok {
			break
		}
	}
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) > 2 || rest != "" && !strings.HasSuffix(rest, " ") {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLower(r) && r != '-' {
				return false
			}
		}
	}
	return true
}

// townIn returns the biggest town named key in the region or country
// region, if any.
func (p *Parser) townIn(key string, region Place) (Place, bool) {
	return p.biggestPlace(key, func(c Place) bool { return holds(region, c) })
}

// biggestPlace returns the most populous place named name that keep
// accepts, if any.
func (p *Parser) biggestPlace(name string, keep func(Place) bool) (Place, bool) {
	var best gazetteer.Candidate
	for _, c := range p.g.Lookup(name) {
		if c.Kind == gazetteer.KindPlace && c.Place != nil && keep(toPlace(c)) && (best.Place == nil || c.Population() > best.Population()) {
			best = c
		}
	}
	if best.Place == nil {
		return Place{}, false
	}
	return toPlace(best), true
}
