package extract

import "strings"

// A sentence's words are looked up in the word table once, as it is
// split (lookupTokens); each step that asks whether a word is one of a list
// ("the", "this", "such" before a trigger; "killed", "dead" after a
// figure) then tests a bit of the word's class, not a map, and a step
// that needs some word of a list (a reporting verb, a figure, a local
// office) tests the sentence's.

// wordClass is the set of word lists a word is in, as bits.
type wordClass uint64

// The word lists, one bit each. The lists are in wordLists; a lexicon's
// start is set on the words (and heads) its phrases begin with.
const (
	classActorStart wordClass = 1 << iota // an actor phrase may start here
	classFrameStart                       // a demand frame may start here
	classTopicStart                       // a demand topic may start here

	classNational    // nationalWords
	classLocalOffice // localOffices
	classPastStop    // pastPerfectStops
	classCrowdNoun   // crowdNouns
	classActorOnly   // actorOnly
	classRemarkable  // remarkable
	classStrikeBody  // strikeBodies
	classSuspect     // suspects
	classMonthWord   // monthContext
	classEased       // eased
	classDefied      // defied
	classUndo        // undo
	classOffice      // offices
	classRiotForce   // riotForces
	classBackRef     // backReferences
	classTimeOfDay   // timesOfDay
	classGrievance   // grievance
	classClauseStop  // negationStops
	classNegator     // negators
	classPlanned     // plannedWords
	classAgreed      // agreedWords
	classAmount      // amountWords, but "a" and "many"
	classKilled      // killedWords
	classInjured     // injuredWords
	classArrested    // arrestedWords
	classPeople      // peopleWords
	classUnit        // unitWords
	classFateKilled  // the fateVerbs that count the dead
	classFateInjured // the fateVerbs that count the injured
	classFateArrest  // the fateVerbs that count arrests
	classReportVerb  // reportingWords
	classDemandNeg   // demandNegators
	classNotOnly     // notOnly
	classOverTaker   // overTakers
	classOverSpan    // overSpans
	classPayBefore   // payBefore
	classPayAfter    // payAfter
	classPolitician  // politicians
	classNumber      // a word that begins with a digit (no list)
	classTrigger     // a word that begins a trigger pattern or heads a proximity or sentence rule
	classStems       // a head the word table files stems under
	classPossessive  // a word that ends in 's or ’s (no list)
	classClauseWord  // clauseBreakWords
)

// lexiconStart is the class of the words a phrase of lexicon id may
// start at.
func lexiconStart(id int) wordClass {
	return classActorStart << id
}

// wordList is a list of words and its class.
type wordList struct {
	class wordClass
	words []string
}

// wordLists are the lists the word table files words of. (A list may
// hold phrases, as killedWords does "shot dead": no word is one.)
var wordLists = []wordList{
	{classNational, nationalWords},
	{classLocalOffice, localOffices},
	{classPastStop, pastPerfectStops},
	{classCrowdNoun, crowdNouns},
	{classActorOnly, actorOnly},
	{classRemarkable, remarkable},
	{classStrikeBody, strikeBodies},
	{classSuspect, suspects},
	{classMonthWord, monthContext},
	{classEased, eased},
	{classDefied, defied},
	{classUndo, undo},
	{classOffice, offices},
	{classRiotForce, riotForces},
	{classBackRef, backReferences},
	{classTimeOfDay, timesOfDay},
	{classGrievance, grievance},
	{classClauseStop, negationStops},
	{classNegator, negators},
	{classNegator, otherNegators},
	{classPlanned, plannedWords},
	{classAgreed, agreedWords},
	{classAmount, figureWords}, // and "70+", "thousands+": see lookupKeyed
	{classAmount, otherFigures},
	{classKilled, killedWords},
	{classInjured, injuredWords},
	{classArrested, arrestedWords},
	{classPeople, peopleWords},
	{classKilled, otherKilled},
	{classInjured, otherInjured},
	{classArrested, otherArrested},
	{classPeople, otherPeople},
	{classUnit, unitWords},
	{classFateKilled, fateVerbs[0]},
	{classFateInjured, fateVerbs[1]},
	{classFateArrest, fateVerbs[2]},
	{classFateKilled, otherFates[0]},
	{classFateInjured, otherFates[1]},
	{classFateArrest, otherFates[2]},
	{classReportVerb, reportingWords},
	{classDemandNeg, demandNegators},
	{classNotOnly, notOnly},
	{classOverTaker, overTakers},
	{classOverSpan, overSpans},
	{classPayBefore, payBefore},
	{classPayAfter, payAfter},
	{classPolitician, politicians},
	{classClauseWord, clauseBreakWords},
}

// tokens are a sentence's words (as wordsOf splits them) with what the
// word table says of each: refs[i] is words[i]'s, and class the union of
// their classes. hits are the words findTriggers reads: those that may
// begin a trigger pattern or stand in a proximity rule (all of them,
// were some stem too short for the word table to file).
type tokens struct {
	words []string
	refs  []wordRef
	class wordClass
	hits  []int
}

// tokensOf looks words up.
func tokensOf(words []string) tokens {
	return lookupTokens(words, nil, "", nil, nil)
}

// lookupTokens is tokensOf appending the refs to refs[:0] and the hits to
// hits[:0]. Where low is not "", each word is low[at[i]:] (as
// wordSpansInto cuts them from a lower case as long as the sentence),
// and read from there.
func lookupTokens(words []string, at []int, low string, refs []wordRef, hits []int) tokens {
	t := tokens{words: words, refs: refs[:0], hits: hits[:0]}
	// A word is possessive only in a sentence with an apostrophe.
	apostrophes := low == "" || strings.IndexByte(low, '\'') >= 0 || strings.Contains(low, "’")
	for i, w := range words {
		var r wordRef
		if low != "" {
			r = lookupKeyed(w, wordKeyIn(low, at[i], len(w)))
		} else {
			r = lookupKeyed(w, wordKey(w))
		}
		if apostrophes && possessive(w) {
			r.class |= classPossessive
		}
		// "he'll reshuffle instead": will, glued.
		if apostrophes && (strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll")) {
			r.class |= classPlanned
		}
		t.refs = append(t.refs, r)
		t.class |= r.class
		if r.class&(classTrigger|classStems|classNumber) != 0 || shortStems {
			t.hits = append(t.hits, i)
		}
	}
	return t
}

// shortStems reports whether some trigger or proximity stem is shorter
// than headLen: one the word table cannot file, tried on every word.
var shortStems bool

// is reports whether word i is in a list of c.
func (t *tokens) is(i int, c wordClass) bool {
	return t.refs[i].class&c != 0
}

// any reports whether some word is in a list of c.
func (t *tokens) any(c wordClass) bool {
	return t.class&c != 0
}
