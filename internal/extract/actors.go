package extract

import (
	"slices"
	"strings"
)

// This file reads who a sentence names (actorsOf) and holds the small
// phrase matcher that demands.go shares: a lexicon of labelled phrases,
// indexed by first word, matched longest first.

// lexPhrase is one phrase of a labelled lexicon: words to match in
// order. A word ending in * matches any word it begins ("resign*":
// resign, resigned, resignation).
type lexPhrase struct {
	label string
	words []string
	match []patWord // words, compiled
}

// lexGroup is a label and the phrases that name it, each a
// space-separated string.
type lexGroup struct {
	label   string
	phrases []string
}

// Lexicons of phrases the word table indexes: a lexIndex's id.
const (
	lexActors = iota
	lexFrames
	lexTopics
	numLexicons
)

// lexIndex finds the phrases that may start at a word: by the word itself
// for phrases that begin with a whole word, by its first headLen bytes
// for those that begin with a stem (both filed in the word table, under
// the index's id), and by scanning the (few) phrases that begin with a
// shorter stem. Built once; read-only after.
type lexIndex struct {
	id     int
	exact  map[string][]lexPhrase
	byHead map[string][]lexPhrase // stemmed phrases by their stem's first headLen bytes
	stems  []lexPhrase            // stemmed phrases whose stem is shorter
}

// newLexIndex indexes the groups' phrases as lexicon id.
func newLexIndex(id int, groups []lexGroup) *lexIndex {
	ix := &lexIndex{id: id, exact: map[string][]lexPhrase{}, byHead: map[string][]lexPhrase{}}
	for _, g := range groups {
		for _, s := range g.phrases {
			ws := strings.Fields(s)
			p := lexPhrase{g.label, ws, compileWords(ws)}
			if stem, ok := strings.CutSuffix(p.words[0], "*"); ok {
				if len(stem) >= headLen {
					ix.byHead[stem[:headLen]] = append(ix.byHead[stem[:headLen]], p)
				} else {
					ix.stems = append(ix.stems, p)
				}
				continue
			}
			ix.exact[p.words[0]] = append(ix.exact[p.words[0]], p)
		}
	}
	return ix
}

// matchAt reports whether p matches words from i, and the index after it.
func (p *lexPhrase) matchAt(words []string, i int) (int, bool) {
	if i+len(p.match) > len(words) {
		return 0, false
	}
	for k, pw := range p.match {
		w := words[i+k]
		if pw.kind == patPrefix && !strings.HasPrefix(w, pw.text) || pw.kind == patExact && w != pw.text {
			return 0, false
		}
	}
	return i + len(p.match), true
}

// compileWords compiles the words of a phrase: whole words, and stems
// ending in *.
func compileWords(words []string) []patWord {
	out := make([]patWord, len(words))
	for k, w := range words {
		if stem, ok := strings.CutSuffix(w, "*"); ok {
			out[k] = patWord{stem, patPrefix}
		} else {
			out[k] = patWord{w, patExact}
		}
	}
	return out
}

// mayStart reports whether a phrase of the index may start at word i
// (the common case is that none does).
func (ix *lexIndex) mayStart(t *tokens, i int) bool {
	return t.is(i, lexiconStart(ix.id)) || len(ix.stems) > 0
}

// longestAt returns the longest phrase of the index that matches the
// words at i, and the index after it; on a tie the first indexed wins.
func (ix *lexIndex) longestAt(t *tokens, i int) (lexPhrase, int, bool) {
	if !ix.mayStart(t, i) {
		return lexPhrase{}, -1, false
	}
	r, words := t.refs[i], t.words
	var best lexPhrase
	bestEnd := -1
	try := func(ps []lexPhrase) {
		for k := range ps {
			if end, ok := ps[k].matchAt(words, i); ok && end > bestEnd {
				best, bestEnd = ps[k], end
			}
		}
	}
	if r.exact >= 0 {
		try(exactWords[r.exact].phrases[ix.id])
	}
	if r.bucket >= 0 {
		try(wordBuckets[r.bucket].stemmed[ix.id])
	}
	try(ix.stems)
	return best, bestEnd, bestEnd >= 0
}

// dropPossessive strips a possessive 's from each word, so that
// "government's" and "president’s" match their nouns. The input is not
// changed.
func dropPossessive(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		w = strings.TrimSuffix(w, "'s")
		out[i] = strings.TrimSuffix(w, "’s")
	}
	return out
}

// actorGroups is the actor vocabulary: each label with the phrases that
// name it, from general English usage of news about unrest. A longer
// phrase wins over a shorter one at the same word ("riot police" is
// police, "health workers" not workers, "government forces" security
// forces). Named organisations keep their acronym. Phrases of the empty
// label name no actor; they only keep their words from naming one
// ("Soviet Union" is no trade union).
var actorGroups = []lexGroup{
	{"protesters", []string{"protesters", "protester", "protestors", "protestor", "demonstrators", "demonstrator",
		"crowd", "crowds", "marchers", "activists", "activist", "residents", "locals", "rallygoers", "youths",
		"young people", "mourners", "pensioners", "yellow vests", "gilets jaunes"}},
	{"workers", []string{"workers", "worker", "oil workers", "miners", "miner", "employees", "strikers", "striker",
		"unionists", "trade union", "trade unions", "labor union", "labor unions", "labour union", "labour unions",
		"union members", "union leaders", "union activists", "union president", "laborers", "labourers", "dockworkers",
		"dockers", "steelworkers", "picketers", "civil servants", "union", "unions"}},
	{"students", []string{"students", "student", "pupils", "schoolchildren", "student union", "student unions"}},
	{"farmers", []string{"farmers", "farmer", "peasants", "growers", "herders", "pastoralists", "farm workers",
		"agricultural workers"}},
	{"teachers", []string{"teachers", "teacher", "lecturers", "professors", "educators"}},
	{"doctors", []string{"doctors", "doctor", "physicians", "surgeons", "junior doctors", "resident doctors"}},
	{"health workers", []string{"health workers", "healthcare workers", "health care workers", "medical workers",
		"medical staff", "health staff", "nurses", "nurse", "midwives", "paramedics"}},
	{"drivers", []string{"drivers", "driver", "truckers", "truck drivers", "lorry drivers", "taxi drivers",
		"bus drivers", "transport workers", "hauliers", "transporters", "cabbies"}},
	{"police", []string{"police", "policemen", "policeman", "policewomen", "police officers", "police forces",
		"riot police", "traffic police", "military police", "cops", "omon", "gendarmes", "gendarmerie",
		"law enforcement", "carabineros", "officers", "officer", "riot squad", "special anti-robbery squad", "special anti robbery squad"}},
	{"security forces", []string{"security forces", "security services", "security personnel", "security officers",
		"national guard", "national guardsmen", "special forces", "interior troops", "internal troops",
		"state security", "basij", "revolutionary guards", "irgc", "knb", "spetsnaz", "government forces",
		"regime forces", "paramilitaries", "paramilitary"}},
	{"army", []string{"army", "armies", "troops", "soldiers", "soldier", "military", "paratroopers", "armed forces",
		"marines", "junta", "army officers", "government troops"}},
	{"foreign forces", []string{"foreign forces", "foreign troops", "peacekeepers", "peacekeeping forces",
		"peacekeeping troops"}},
	{"CSTO", []string{"csto", "odkb", "collective security treaty organization",
		"collective security treaty organisation"}},
	{"NATO", []string{"nato"}},
	{"OPEC", []string{"opec"}},
	{"EU", []string{"eu", "european union"}},
	{"UN", []string{"un", "united nations"}},
	{"IMF", []string{"imf", "international monetary fund"}},
	{"ECOWAS", []string{"ecowas"}},
	{"AU", []string{"african union"}},
	{"government", []string{"government", "governments", "govt", "cabinet", "ministry", "ministries", "minister",
		"ministers", "authorities", "officials", "parliament", "lawmakers", "legislators", "mps", "regime",
		"administration", "governor", "mayor", "akimat", "kremlin", "vice president"}},
	{"president", []string{"president", "head of state"}},
	{"prime minister", []string{"prime minister", "premier"}},
	{"opposition", []string{"opposition", "opposition leader", "opposition leaders", "opposition supporters",
		"opposition parties", "opposition activists"}},
	{"armed groups", []string{"gunmen", "armed men", "unknown armed men", "armed groups", "armed group", "armed gangs",
		"militants", "militia", "militias", "insurgents", "rebels", "separatists", "bandits", "terrorists", "thugs",
		"gangs"}},
	{"rioters", []string{"rioters", "looters", "vandals", "hooligans", "mob"}},
	// Unions that are no trade union: matched to name nothing.
	{"", []string{"soviet union", "customs union", "eurasian economic union", "state of the union"}},
}

// actorIndex indexes actorGroups.
var actorIndex = newLexIndex(lexActors, append(slices.Clip(actorGroups), otherActorGroups...))

// actorsOf returns the actors a sentence names, as labels of actorGroups,
// in order of first mention, each once. words is the sentence as wordsOf
// splits it. The role an actor plays is not read, only that it is named:
// "protesters stormed the police station" names protesters and police.
//
// A phrase right after a separate "anti" or "pro" (an en dash splits
// "anti–government" in two) names what the crowd is for or against, not
// an actor: "anti-government protesters" names protesters, not the
// government; "anti-riot police" names police. Hyphenated words such as
// "anti-government" or "pro-government" are one word and name nothing.
func actorsOf(words []string, typ Type) []string {
	_ = typ // the vocabulary is the same for every type
	tk := tokensOf(dropPossessive(words))
	return tk.actors(nil)
}

// actorsOf is actorsOf for a sentence's tokens, reusing sc's buffers
// for the words with their possessives dropped, the list kept in sc's
// block of labels.
func (sc *scratch) actorsOf(t *tokens) []string {
	if !t.any(classPossessive) {
		sc.list = t.actors(sc.list)
		return sc.keepLabels(sc.list)
	}
	ws := tokens{words: appendPossessiveDropped(sc.ws[:0], t.words), refs: sc.wsRefs[:0]}
	for i, w := range ws.words {
		r := t.refs[i]
		if w != t.words[i] {
			r = lookupWord(w)
		}
		ws.refs, ws.class = append(ws.refs, r), ws.class|r.class
	}
	sc.ws, sc.wsRefs = ws.words, ws.refs
	sc.list = ws.actors(sc.list)
	return sc.keepLabels(sc.list)
}

// appendPossessiveDropped appends the words to out as dropPossessive
// returns them.
func appendPossessiveDropped(out, words []string) []string {
	for _, w := range words {
		w = strings.TrimSuffix(w, "'s")
		out = append(out, strings.TrimSuffix(w, "’s"))
	}
	return out
}

// actors is actorsOf for tokens of words with the possessives dropped,
// appended to out[:0] (nil, where out is, when they name none).
func (t *tokens) actors(out []string) []string {
	out = out[:0]
	if !t.any(classActorStart) && len(actorIndex.stems) == 0 {
		return out // no actor named
	}
	ws := t.words
	for i := 0; i < len(ws); {
		if !actorIndex.mayStart(t, i) {
			i++
			continue
		}
		p, end, ok := actorIndex.longestAt(t, i)
		if !ok || (i > 0 && (ws[i-1] == "anti" || ws[i-1] == "pro")) {
			i++
			continue
		}
		if p.label != "" {
			out = appendOnce(out, p.label)
		}
		i = end
	}
	return out
}

// appendOnce appends s to list unless it is there already.
func appendOnce(list []string, s string) []string {
	for _, t := range list {
		if t == s {
			return list
		}
	}
	return append(list, s)
}
