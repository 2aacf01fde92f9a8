package extract

import (
	"slices"
	"strings"
)

// This file reads what a protest or strike sentence asks for (demandsOf):
// topic cues ("fuel prices", "wages", "resignation") count only where the
// sentence frames them as a demand or grievance ("demanding", "against",
// "over", "angry at", "sparked"), never from a bare mention.

// The Mass Mobilization Project's demand categories.
const (
	demandLabor    = "labor wage dispute"
	demandLand     = "land farm issue"
	demandPolice   = "police brutality"
	demandPolitics = "political behavior, process"
	demandPrices   = "price increases, tax policy"
	demandRemoval  = "removal of politician"
	demandSocial   = "social restrictions"
)

// demandTopicGroups are the topic cues of each category, from general
// English usage of news about unrest. At one word the longest cue wins,
// so "pension reform" is a labor dispute, "morality police" a social
// restriction, and "police reform" police brutality, not a process.
var demandTopicGroups = []lexGroup{
	{demandPrices, []string{"price", "prices", "pricing", "tariff*", "tax", "taxes", "taxation", "taxed", "vat",
		"levy", "levies", "fare", "fares", "subsid*", "cost of living", "living costs", "inflation", "fuel",
		"petrol", "gasoline", "diesel", "lpg", "bread", "hike", "hikes", "hiked", "austerity", "rent", "rents",
		"tax reform", "tax reforms", "tax bill", "utility bill*", "electricity bill*", "gas bill*"}},
	{demandLabor, []string{"wage", "wages", "pay", "payment", "payments", "unpaid", "salary", "salaries",
		"pension*", "pension reform", "pension reforms", "overtime", "working conditions", "work conditions",
		"labor conditions", "labour conditions", "better conditions", "working hours", "layoff*", "lay offs",
		"laid off", "job cuts", "job losses", "jobs", "unemployment", "contract", "contracts", "collective agreement",
		"bonus", "bonuses", "arrears", "right to strike", "labor reform", "labour reform", "labor law",
		"labour law"}},
	{demandRemoval, []string{"resign*", "step down", "steps down", "stepped down", "stepping down", "ouster",
		"oust", "ousted", "ousting", "removal", "remove", "removed", "removing", "impeach*", "go away", "must go",
		"old man out", "old man go", "shal ket", "down with", "quit", "topple", "toppling", "overthrow*",
		"regime change", "fall of the regime", "gogotagohome", "go home gota", "gota go home"}},
	{demandPolitics, []string{"election*", "electoral", "vote", "votes", "voting", "ballot*", "referendum",
		"reform*", "constitution*", "corrupt*", "democra*", "political prisoners", "release of", "release the",
		"releasing", "freedom for", "rigged", "rigging", "fraud", "transparency", "accountability", "term limit*",
		"third term", "human rights", "civil rights", "citizenship", "independence", "autonomy",
		"self determination", "bill", "legislation", "new law", "draft law", "arrest of", "arrests of", "detention of", "jailing of", "imprisonment of", "dictatorship"}},
	{demandPolice, []string{"police brutality", "police violence", "police abuse*", "police killing*",
		"police shooting*", "police repression", "police harassment", "police misconduct", "police impunity",
		"police crackdown", "police reform*", "brutality", "killing of", "killings", "death of", "murder of",
		"shooting of", "justice for", "extrajudicial", "torture", "impunity", "crackdown", "repression",
		"death in custody", "deaths in custody", "died in custody", "custodial death*", "endsars", "end sars"}},
	{demandLand, []string{"land", "lands", "evict*", "farm", "farms", "farm laws", "farming", "agricultur*",
		"grazing", "pasture*", "land sale*", "land grab*", "land reform*", "crop", "crops", "harvest",
		"irrigation", "fertili*", "demolition*", "minimum support price", "minimum support prices"}},
	{demandSocial, []string{"ban", "bans", "banned", "banning", "restriction*", "lockdown*", "lock down",
		"curfew*", "internet shut*", "internet black*", "internet cut*", "internet restrict*", "internet ban*",
		"internet censor*", "internet outage*", "internet block*", "shutdown of the internet", "blocking of social",
		"freedom of speech", "free speech", "freedom of expression", "freedom of assembly",
		"press freedom", "censorship", "martial law", "hijab", "headscarf", "veil", "dress code", "morality police", "mandate*",
		"vaccin*", "quarantine", "abortion"}},
}

// demandTopics indexes demandTopicGroups.
var demandTopics = newLexIndex(lexTopics, append(slices.Clip(demandTopicGroups), otherDemandTopicGroups...))

// Roles of the cues that frame topics.
const (
	frameAhead = "ahead" // frames the topics after it: "demanding", "against"
	frameCause = "cause" // frames the topics before it: "sparked", "triggered"
	frameShort = "short" // frames the next few words: "anti-tax", "for democracy"
	frameBreak = "break" // ends the clause a frame reaches over: "but", "while"
)

// demandFrameGroups are the words that make a topic a demand or grievance.
var demandFrameGroups = []lexGroup{
	{frameAhead, []string{"demand*", "call for", "calls for", "called for", "calling for", "call on", "calls on",
		"called on", "calling on", "urge", "urged", "urges", "urging", "insist*", "seek", "seeks", "seeking",
		"sought", "want", "wants", "wanted", "wanting", "against", "over", "protested", "protesting",
		"to protest", "in protest", "protest for", "protests for", "protested for", "protesting for",
		"strike for", "strikes for", "striking for", "struck for", "out for", "march for", "marches for",
		"marched for", "marching for", "rally for", "rallied for", "rallying for", "demonstrate for",
		"demonstrated for", "demonstrating for", "campaign* for", "erupted after", "broke out after",
		"began after", "started after", "flared after", "spread after", "accus*",
		"fight* for", "fought for", "push* for", "press* for", "angry", "anger", "angered by", "outraged by", "outraged at", "outraged over", "fury", "furious",
		"outrage*", "discontent", "dissatisf*", "frustrat*", "grievance*", "unhappy", "oppose", "opposed",
		"opposes", "opposing", "opposition to", "reject*", "denounc*", "condemn*", "because of", "in response to",
		"in reaction to", "sparked by", "triggered by", "prompted by", "provoked by", "fuelled by", "fueled by",
		"driven by", "slogan*", "chant*", "placard*", "banner*", "no to", "an end to", "for better", "for higher",
		"for fair", "for equal", "for decent", "for increased", "for improved", "for more", "for lower",
		"for cheaper", "for an end"}},
	{frameCause, []string{"sparked", "triggered", "prompted", "provoked", "fuelled", "fueled", "ignited",
		"set off", "led to", "caused", "angered", "enraged", "outraged", "infuriated", "drove", "spurred"}},
	{frameShort, []string{"anti", "pro", "for"}},
	{frameBreak, []string{"but", "while", "whereas", "although", "though", "however", "meanwhile"}},
}

// demandFrames indexes demandFrameGroups.
var demandFrames = newLexIndex(lexFrames, append(slices.Clip(demandFrameGroups), otherDemandFrameGroups...))

// demandReach is how many words after a frame (or after a topic it
// framed, so that lists chain) a topic is still framed by it; a short
// frame reaches only the next shortReach words.
const (
	demandReach = 12
	shortReach  = 2
)

// selfFraming topics are slogans: they tell a demand with no frame.
var selfFraming = map[string]bool{"old man out": true, "old man go": true, "shal ket": true, "down with": true,
	"must go": true, "gogotagohome": true, "go home gota": true, "gota go home": true, "endsars": true,
	"end sars": true}

// demandNegators deny the frame or topic that follows them closely.
var demandNegators = []string{"not", "never", "didn't", "don't", "doesn't", "wasn't", "weren't", "isn't", "aren't",
	"nor", "no", "without"}

// demandsOf returns the demands a protest or strike sentence states, as
// the Mass Mobilization Project's categories, ordered by the first word
// that tells each, each once. words is the sentence as wordsOf splits it.
//
// A topic counts when a frame before it reaches it ("demanding higher
// wages", "angry over fuel prices"), a cause after it follows it closely
// ("fuel price hikes sparked protests"), a short frame holds it
// ("anti-tax", "pro-democracy", "for democracy"), or it is a slogan
// ("down with", "#EndSARS"). A frame reaches
// demandReach words, renewed by each topic it frames, and no further than
// a clause break ("but", "while"). A negated frame or topic ("made no
// demands", "not over pay") tells nothing. "anti-government" alone names
// no category: it says whom the crowd is against, not what it asks.
func demandsOf(words []string) []string {
	tk := tokensOf(demandWords(words))
	return tk.demands(nil)
}

// demandsOf is demandsOf for a sentence's tokens, reusing sc's buffers
// for the words split.
func (sc *scratch) demandsOf(t *tokens) []string {
	split := false
	for _, w := range t.words {
		if strings.IndexByte(w, '-') >= 0 {
			split = true
			break
		}
	}
	if !split && !t.any(classPossessive) {
		sc.list = t.demands(sc.list)
		return sc.keepLabels(sc.list)
	}
	ws := tokens{words: sc.ws[:0], refs: sc.wsRefs[:0]}
	add := func(w string, r wordRef) {
		ws.words, ws.refs, ws.class = append(ws.words, w), append(ws.refs, r), ws.class|r.class
	}
	for i, whole := range t.words {
		w := strings.TrimSuffix(whole, "'s")
		w = strings.TrimSuffix(w, "’s")
		if w == whole && strings.IndexByte(w, '-') < 0 {
			add(w, t.refs[i]) // the word as it was
			continue
		}
		for w != "" {
			part := w
			if k := strings.IndexByte(w, '-'); k >= 0 {
				part, w = w[:k], w[k+1:]
			} else {
				w = ""
			}
			if part != "" {
				add(part, lookupWord(part))
			}
		}
	}
	sc.ws, sc.wsRefs = ws.words, ws.refs
	sc.list = ws.demands(sc.list)
	return sc.keepLabels(sc.list)
}

// demands is demandsOf for tokens of words split as demandWords does,
// appended to out[:0] (nil, where out is, when they state none).
func (t *tokens) demands(out []string) []string {
	out = out[:0]
	if !t.any(classTopicStart) && len(demandTopics.stems) == 0 {
		return out // no topic, no demand
	}
	ws := t.words
	reach := 0 // topics starting before reach are framed
	for i := 0; i < len(ws); {
		if !demandFrames.mayStart(t, i) && !demandTopics.mayStart(t, i) {
			i++
			continue
		}
		if f, end, ok := demandFrames.longestAt(t, i); ok && t.frameHolds(f, i) {
			switch f.label {
			case frameAhead:
				reach = max(reach, end+demandReach)
			case frameShort:
				reach = max(reach, end+shortReach)
			case frameBreak:
				reach = 0
			}
			i = end
			continue
		}
		p, end, ok := demandTopics.longestAt(t, i)
		if !ok || !t.topicHolds(p, i, end) {
			i++
			continue
		}
		if i < reach || selfFraming[strings.Join(p.words, " ")] || t.causedAfter(end) {
			out = appendOnce(out, p.label)
			reach = max(reach, end+demandReach)
		}
		i = end
	}
	return out
}

// demandWords splits hyphenated words into their parts ("anti-tax",
// "cost-of-living", "vote-rigging") and drops possessives.
func demandWords(words []string) []string {
	var out []string
	for _, w := range dropPossessive(words) {
		for _, part := range strings.Split(w, "-") {
			if part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// frameHolds reports whether the frame f found at i frames anything:
// not when negated ("made no demands"), "but also" is no break, and
// "over" of an amount, a time or a takeover is no frame.
func (t *tokens) frameHolds(f lexPhrase, i int) bool {
	ws := t.words
	switch {
	case f.label == frameBreak:
		return !(ws[i] == "but" && i+1 < len(ws) && ws[i+1] == "also")
	case f.label == frameCause:
		return false // read by causedAfter, from the topic
	case t.negatedAt(i, 2, true):
		return false
	case f.words[0] == "over":
		return t.overFrames(i)
	}
	return true
}

// topicHolds reports whether the topic p found at [i, end) is one: not
// when negated ("not over pay"), "pay" only as a noun of wages, and
// "removal" only of a politician (not "removal of subsidies").
func (t *tokens) topicHolds(p lexPhrase, i, end int) bool {
	if t.negatedAt(i, 3, false) {
		return false
	}
	switch p.words[0] {
	case "pay":
		return t.payNoun(i)
	case "removal", "remove", "removed", "removing":
		return t.politicianWithin(end, 4)
	}
	return true
}

// negatedAt reports whether one of the n words before i denies what
// follows; "not only" does not, nor "no" unless withNo: "made no
// demands" denies the demand, but "no new taxes" is a demand on taxes.
func (t *tokens) negatedAt(i, n int, withNo bool) bool {
	ws := t.words
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		w := ws[j]
		if w == "no" && !withNo {
			continue
		}
		if t.is(j, classDemandNeg) && !(w == "not" && j+1 < len(ws) && t.is(j+1, classNotOnly)) {
			return true
		}
	}
	return false
}

// notOnly follow "not" in "not only X but also Y", which denies nothing.
var notOnly = []string{"only", "just", "merely"}

// causedAfter reports whether a cause ("sparked", "led to") follows the
// topic ending at end within demandReach words, in the same clause.
func (t *tokens) causedAfter(end int) bool {
	for j := end; j < len(t.words) && j < end+demandReach; j++ {
		if !demandFrames.mayStart(t, j) {
			continue
		}
		f, _, ok := demandFrames.longestAt(t, j)
		if !ok {
			continue
		}
		switch f.label {
		case frameCause:
			return !t.negatedAt(j, 2, true)
		case frameBreak:
			return false
		}
	}
	return false
}

// overTakers precede an "over" that is no grievance: "took over".
var overTakers = []string{"took", "take", "takes", "taken", "taking", "handed", "hand", "turned", "all", "fell",
	"presided", "won", "win", "ruled", "watched", "flew", "spilled", "stretched", "organised", "organized",
	"coordinated", "spread", "shared", "posted", "broadcast", "streamed"}

// overSpans follow "over" (or "over the", "over a") when it tells an
// amount or a time: "over 2,000 people", "over the weekend".
var overSpans = []string{"weekend", "weekends", "night", "nights", "time", "day", "days", "week", "weeks", "month",
	"months", "year", "years", "decade", "decades", "hour", "hours", "past", "last", "next", "several", "recent",
	"course", "period", "holidays", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
	"dozens", "half", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
	"fifty", "a", "an", "the", "there", "here", "again"}

// overFrames reports whether "over" at i frames a grievance ("over fuel
// prices", "over the new tax") rather than an amount, a time or a
// takeover ("over 2,000", "over the weekend", "took over").
func (t *tokens) overFrames(i int) bool {
	ws := t.words
	if i > 0 && t.is(i-1, classOverTaker) {
		return false
	}
	for j := i + 1; j < len(ws) && j <= i+2; j++ {
		w := ws[j]
		if w[0] >= '0' && w[0] <= '9' {
			return false
		}
		if !t.is(j, classOverSpan) {
			return true
		}
		if w != "a" && w != "an" && w != "the" {
			return false
		}
	}
	return true
}

// payBefore and payAfter mark "pay" as the noun of wages: "better pay",
// "over pay", "pay rise", "pay dispute" (not "pay tribute", "to pay").
var (
	payBefore = []string{"better", "higher", "more", "equal", "fair", "decent", "their", "back", "low", "unpaid",
		"over", "for", "of", "in", "improved", "increased", "the", "and", "minimum", "overdue", "delayed"}
	payAfter = []string{"rise", "rises", "raise", "raises", "increase", "increases", "hike", "hikes", "cut", "cuts",
		"freeze", "dispute", "disputes", "deal", "gap", "scale", "scales", "arrears", "parity", "talks", "offer",
		"award", "claim", "claims", "demands"}
)

// payNoun reports whether "pay" at i is the noun of wages.
func (t *tokens) payNoun(i int) bool {
	return (i > 0 && t.is(i-1, classPayBefore)) || (i+1 < len(t.words) && t.is(i+1, classPayAfter))
}

// politicians are whom a removal is of.
var politicians = []string{"president", "prime", "premier", "minister", "ministers", "government", "cabinet",
	"regime", "leader", "leaders", "mayor", "governor", "chief", "head", "dictator", "king", "monarch", "junta",
	"official", "officials", "chairman", "akim", "speaker"}

// politicianWithin reports whether one of the n words from i names a
// politician.
func (t *tokens) politicianWithin(i, n int) bool {
	for j := i; j < len(t.words) && j < i+n; j++ {
		if t.is(j, classPolitician) {
			return true
		}
	}
	return false
}
