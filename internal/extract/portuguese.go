package extract

import "strings"

// Portuguese: Brazil's, Mozambique's and Angola's protests and strikes
// are told in it. A first lexicon, read as the English one is.

// portugueseLexicon holds the trigger patterns of each type.
var portugueseLexicon = map[Type][]pattern{
	Protest: pats("protestos", "protestaram", "manifestação", "manifestações", "manifestante*", "passeata*",
		"mobilização", "mobilizações", "foram às ruas", "saíram às ruas"),
	Strike:   pats("greve*", "grevista*", "paralisação", "paralisações", "paralisaram"),
	Blockade: pats("bloqueio*", "bloquearam", "trancaram", "barricada*"),
	Riot:     pats("confronto*", "tumulto*", "quebra-quebra", "incendiaram", "depredaram", "depredação"),
	Looting:  pats("saque*", "saquearam", "pilhagem", "pilharam"),
	Repression: pats("gás lacrimogêneo", "gás lacrimogénio", "bombas de gás", "balas de borracha", "dispersou",
		"dispersaram", "repressão", "reprimiu", "reprimiram", "balas reais"),
	Arrests: pats("presos", "presas", "preso", "detido*", "detida*", "prenderam", "prendeu", "prisão", "prisões",
		"detenção", "detenções"),
	StateOfEmergency: pats("estado de emergência", "estado de sítio", "toque de recolher"),
	InternetShutdown: pats("corte da internet", "bloqueio da internet", "sem internet"),
	GovernmentChange: pats("renúncia", "renunciou", "impeachment", "destituição", "destituído*"),
}

// portugueseNegators deny or make hypothetical what follows them.
var portugueseNegators = []string{"não", "nem", "nunca", "sem", "nenhum", "nenhuma", "negou", "nega", "negaram",
	"desmentiu", "convocou", "convocaram", "convoca", "ameaçou", "ameaçam", "pode", "podem", "poderia",
	"poderiam", "boatos", "boato"}

// portugueseFigures are the words of vague amounts.
var portugueseFigures = []string{"milhares", "centenas", "dezenas", "milhões"}

// portugueseAmounts are the values of the vague amounts.
var portugueseAmounts = map[string]int{"milhares": 1000, "centenas": 200, "dezenas": 24, "milhões": 1000000}

// Words the counts hang on.
var (
	portuguesePeople   = []string{"pessoas", "manifestantes", "estudantes", "trabalhadores", "jovens"}
	portugueseKilled   = []string{"mortos", "mortas", "morto", "mortes"}
	portugueseInjured  = []string{"feridos", "feridas", "ferido"}
	portugueseArrested = []string{"presos", "detidos", "detidas"}
)

// portugueseActorGroups name the actors under actorGroups' labels.
var portugueseActorGroups = []lexGroup{
	{"protesters", []string{"manifestantes"}},
	{"workers", []string{"sindicato*", "trabalhadores", "professores", "caminhoneiros", "centrais sindicais"}},
	{"students", []string{"estudantes"}},
	{"police", []string{"polícia", "policiais", "polícia militar"}},
	{"army", []string{"exército", "militares", "soldados", "forças armadas"}},
	{"government", []string{"governo", "autoridades", "ministério", "ministro", "congresso"}},
	{"president", []string{"presidente", "presidenta"}},
}

// portugueseFateVerbs count what they name when a figure follows them
// ("prendeu 230 pessoas").
var portugueseFateVerbs = [3][]string{
	{"matou", "mataram"},
	{"feriu", "feriram"},
	{"prendeu", "prenderam", "deteve", "detiveram"},
}

// inTheName reports whether the negator at word j is the Portuguese "no"
// (in the) before a name the sentence capitalises ("No Rio de Janeiro,
// manifestantes bloquearam"), or before a day ("no dia 17"): no denial.
// A sentence with none of Portuguese's marks keeps its "no" (English "No
// Kenyans were arrested").
func inTheName(words []string, at []int, sentence string, j int) bool {
	if words[j] != "no" || j+1 >= len(words) {
		return false
	}
	if words[j+1] == "dia" {
		return true
	}
	k := at[j+1]
	return k < len(sentence) && sentence[k] >= 'A' && sentence[k] <= 'Z' && portugueseMarks(sentence)
}

// portugueseMarks reports whether a sentence has letters or words that
// English does not: ã, õ, ç, ê, or " de ", " em ", " dos ", " das ",
// " ao ".
func portugueseMarks(s string) bool {
	if strings.ContainsAny(s, "ãõçê") {
		return true
	}
	for _, w := range []string{" de ", " em ", " dos ", " das ", " ao "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
