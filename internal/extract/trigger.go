package extract

import (
	"slices"
	"strings"
)

// A pattern is a sequence of word stems: "opened fire on". A stem ending
// in * matches any word it begins ("protest*": protests, protested,
// protesters); "_" matches any one word; "#" any number.
type pattern []string

// lexicon holds the trigger patterns of each type, from general English
// usage of news about unrest (not from any one text).
var lexicon = map[Type][]pattern{
	Protest: pats("protest*", "demonstrat*", "rally", "rallies", "rallied", "marched", "marchers", "marching",
		"march", "marches", "chanted", "chanting", "crowds were out", "crowds came out", "gathered near",
		"gathered around", "gathered in front", "converged on", "assembled outside", "assembled in", "# filled", "thousands filled", "crowds filled", "filled the streets",
		// A crowd that fills a square: "have filled Imam Khomeini Square".
		"filled the square", "filled * square", "filled * * square", "filled * * * square", "filled * avenue",
		"filled * * avenue", "filled the plaza", "filled * plaza", "filled * * plaza", "filled the park",
		"filled the centre", "filled the center",
		"took to the streets", "take to the streets", "taking to the streets", "taken to the streets",
		"sit-in", "sit-ins", "gathered in", "gathered on", "gathered outside", "gathered at", "picket*", "vigil*",
		"uprising*", "revolt", "mass gathering*", "protesters", "protestors", "went out to the street*",
		"gone out to the street*", "came out onto the street*", "big crowds", "huge crowds", "large crowds",
		"massive crowds", "vast crowds", "crowds massed", "crowds gathered", "put the crowd", "estimated the crowd",
		"put the turnout at", "crowd was estimated", "crowds also came out", "students came out", "students also came out",
		"workers came out", "supporters came out",
		"thousands came out", "hundreds came out", "thousands also came out", "crowds in the streets",
		"crowds on the streets", "crowds in the street", "were on the streets", "were out on the streets",
		"are on the streets", "are out on the streets", "were out in the streets",
		"supporters were out", "protesters were out", "crowds were out", "demonstrators were out",
		"sat down in", "staged a sit-in", "held a sit-in", "sit-in", "thousands back on", "hundreds back on",
		// A crowd sitting in a street: "thousands are sitting on Tim Mei
		// Avenue" (across it, a blockade: below).
		"sitting on * street", "sitting on * * street", "sitting on * road", "sitting on * * road",
		"sitting on * avenue", "sitting on * * avenue", "sitting in the street", "sitting in the streets",
		"sitting in the road", "sat in the street", "sat in the road",
		// Pots and pans beaten in protest: "pot-banging in Córdoba".
		"pot-banging", "banging pots", "banged pots", "banging pans", "cacerolazo*", "casserolade*",
		"crowds back on", "back on the streets", "back in the streets", "crowds turned out", "crowds also turned out",
		"thousands turned out", "hundreds turned out", "thousands also turned out",
		// A square taken back: "thousands walked back onto the
		// roundabout", "crowds poured back into the square".
		"walked back onto", "walked back into", "poured back into", "poured back onto", "streamed back into",
		"streamed back onto", "reoccupied the", "retook the square", "retook the roundabout"),
	Strike: pats("strike", "strikes", "striking", "strikers", "walked out", "walk out", "walkout*", "stoppage",
		"stoppages",
		"stopped work", "stop work", "downed tools", "work stoppage*", "general strike", "walked off", "walk off",
		"walking off", "laid down tools", "stayaway", "stay-away", "stayed away from work", "ghost town",
		"ghost towns", "ville morte", "villes mortes", "industrial action",
		"go-slow", "sick-out",
		// The words of the countries where strikes are called: "the paro
		// nacional", "a hartal", "the bandh", "la grève générale".
		"paro nacional", "paro cívico", "paro civico", "paro general", "huelga general", "huelga",
		"grève générale", "greve geral", "hartal*", "bandh", "bandhs"),
	Blockade: pats("blockad*", "barricad*", "burning tyres", "burning tires", "roadblock*", "road block*", "blocked the road*", "blocked road*",
		"blocked the railway*", "blocked the highway*", "blocked highways", "blocking roads", "blocked traffic",
		"blocked the border", "blocked the port", "blocked the bridge", "blocked streets", "blocked the main",
		// Traffic held up by a crowd: "drivers and pedestrians stopped
		// traffic at roundabouts".
		"stopped traffic", "stopping traffic", "halted traffic", "halting traffic", "brought traffic to a standstill",
		"blocked junctions", "blocked roundabouts", "blocking junctions", "blocking roundabouts",
		// Bodies across a road: "protesters sat down across the main
		// boulevard".
		"onto the tracks", "onto the railway tracks", "onto the rails", "on the railway tracks",
		"sat down across", "sat across", "sitting across", "sitting down across", "lay down across",
		// Vehicles across a road: "a convoy has stopped across Highway 4".
		"stopped across", "parked their trucks across", "parked their tractors across",
		// A way blocked, named with a word or two before it: "blocked
		// the small ferry harbour", "blocked the Canadian end of the
		// Ambassador Bridge".
		"blocked the * bridge", "blocked the * * bridge", "blocked the * crossing", "blocked the * * crossing",
		"blocked the * harbour", "blocked the * * harbour", "blocked the * harbor", "blocked the * port",
		"blocked the * motorway", "blocked the * highway", "blocked the * road", "blocked the * junction",
		"blocked the * end of", "blocking the * bridge", "blocking the * crossing", "blocking the * highway",
		"lying across", "sat down on the road", "sat down in the road"),
	Riot: pats("riot*", "stormed", "storming", "set fire to", "set on fire", "torched", "burning of", "burned down",
		"burnt down", "set ablaze", "seized the", "seizing the", "seizing national", "clash*", "attacking armed",
		"attacked police", "attacked the police", "vandal*", "arson", "broke into", "break into", "breaking into",
		"forced their way into", "force their way into", "force its way into", "forced its way into",
		"forcing their way into", "forcing its way into", "burst into", "took over the", "take over the", "taking over the",
		"set alight", "set * alight", "on fire", "threw stones", "throwing stones", "hurled stones", "hurling stones",
		"pelted", "stone-throwing", "stone throwing", "running battles", "street battles", "pitched battles",
		"paving stones", "cobblestones", "tearing up paving", "tore up paving", "broke through the gate",
		"broke through the main gate", "broke through the police", "broke through police lines", "broke through the cordon",
		"windows were smashed", "windows were broken", "were smashed in", "windows smashed",
		"throwing bottles", "threw bottles", "hurled bottles", "hurling bottles", "throwing rocks", "threw rocks",
		"throwing fireworks", "threw fireworks", "fired fireworks at", "firing fireworks at", "throwing flares",
		"threw flares", "throwing projectiles", "threw projectiles", "hurled projectiles",
		"battled police", "battled with police", "battled riot police", "fought police", "fought with police",
		"fought running", "attacked officers", "attacking officers", "attacked police officers",
		"attacking police", "turned on the police", "smashed their way", "smashing their way", "smashed windows",
		"smashing windows", "smashed the windows", "smashing the glass", "smashed the glass", "on the rampage",
		"rampaged", "ran amok", "hurled rocks", "threw rocks", "hurling rocks", "molotov*", "petrol bomb*",
		"firebomb*", "setting fire to", "sets fire to", "setting alight"),
	Looting: pats("loot*", "ransack*", "pillag*", "plunder*", "stripped bare", "stripped", "popular expropriation", "destruction of instruments",
		"destroying many", "destroyed shops", "smashed shop*", "destruction of shops",
		"walking off with", "walked off with", "made off with", "making off with", "carried off", "carrying off",
		"carrying out goods", "carried out goods", "carted off", "carting off", "carted away", "carting away",
		// Stores emptied: "a crowd emptying a hard-currency store".
		"emptying * store", "emptying * * store", "emptied * store", "emptied * * store", "emptied shops",
		"emptied stores", "emptied supermarkets", "emptied the shelves", "emptying the shelves"),
	Repression: pats("fired into", "broke up the", "broke up a", "broke up protests", "break up the", "breaking up the",
		"broke the blockade", "break the blockade", "cleared the square", "cleared the camp", "cleared protesters", "live rounds", "live fire", "used live", "fired live", "opened fire", "open fire on", "fired on", "fired at", "shots being fired", "shots were fired",
		"fired shots", "fired warning shots", "fired several shots", "fired two shots", "fired three shots",
		"shot dead", "stun grenade*", "tear gas", "teargas", "teargassed", "teargassing", "tear-gassed", "tear-gassing",
		"rubber bullets", "water cannon*", "beaten",
		"beating protesters", "cracked down", "crack down", "crackdown", "massacre*", "killed by police",
		"killed by cops", "killed by security", "brutally suppressed", "suppress*", "dispersed", "punitive operation*",
		"repressive forces", "violently dispersed", "live ammunition", "protester died", "protesters died",
		"demonstrator died", "was shot", "were shot", "protester was killed", "protesters were killed",
		"people were killed", "pepper spray", "batons", "charged the crowd", "have been killed", "had been killed",
		"have been shot", "were shot dead", "moved in on", "shoving people", "shoving protesters", "shoved protesters",
		"charged protesters", "charged demonstrators", "baton charge*", "baton-charg*", "lathi charge*",
		"lathi-charg*", "opened up on", "beat protesters", "beat demonstrators", "clubbed", "bludgeoned",
		"rubber pellets", "flash-bang*", "flashbang*", "sound grenades", "kettled", "pepper-spray*", "pepper sprayed",
		"pepper spraying",
		// Forces moving in on a crowd or a camp: "at dawn soldiers and
		// riot police moved in".
		"police moved in", "troops moved in", "soldiers moved in", "army moved in", "forces moved in"),
	InternetShutdown: pats("is offline", "went offline", "knocked offline", "taken offline", "gone offline"),
	Arrests: pats("arrest*", "detain*", "detention*", "rounded up", "taken into custody", "jailed", "imprisoned",
		"picked up", "picked * up", "apprehended", "away in vans", "away in police", "away in trucks", "away in a van",
		"away in a police",
		// "taken from their homes in night raids".
		"taken from their homes", "taken from his home", "taken from her home", "dragged from their homes",
		"dragged from his home", "seized from their homes", "night raids", "dawn raids",
		// Held by a court's order: "was ordered held in the barracks",
		// "remanded in custody".
		"ordered held", "ordered detained", "ordered jailed", "remanded", "was seized by",
		// Crowds loaded onto trucks: "bundled dozens of them into trucks".
		"bundled * into", "bundled * * into", "bundled * * * into", "bundled into"),
	StateOfEmergency: pats("state of emergency", "curfew*", "martial law", "state of national emergency",
		"state of national safety", "state of alarm", "state of exception", "state of calamity", "state of public danger", "banned rallies", "banned protests",
		"ban on gatherings", "ban on rallies", "banned gatherings", "banned the march", "banned the rally",
		"banned the protest", "banned the demonstration", "banned the gathering", "banned the sit-in",
		"banned a march", "banned a rally", "banned the planned",
		// A court or the police keeping everyone off a square: "the
		// court order bars everyone from the square until 1 May".
		"bars everyone from", "barred everyone from", "barring everyone from", "bars protesters from",
		"barred protesters from", "barring protesters from", "bars the public from", "barred the public from",
		"banned from the square", "barred from the square", "emergency rule", "section 144",
		"extended the emergency", "declared an emergency", "emergency decree",
		// A law of emergency powers invoked: "has invoked the Emergencies Act".
		"emergencies act", "emergency powers",
		// A mayor's order for an area: "the mayor has issued an
		// emergency order for the area around the house".
		"emergency order", "emergency was declared",
		"emergency was extended", "state of siege", "banned * marches", "banned * rallies", "banned * protests",
		"banned * demonstrations", "banned * gatherings", "banned all marches", "banned all rallies",
		"gatherings * banned", "gatherings * * banned", "protests * banned", "protests * * banned", "rallies * banned",
		"rallies * * banned", "demonstrations * banned", "demonstrations * * banned", "banned all gatherings",
		"banned all protests", "ban on protests", "ban on demonstrations", "ban on public gatherings",
		// A city shut down by order ("a 36-hour lockdown of the
		// capital"), not a lockdown protested against.
		"lockdown of the", "ordered a lockdown", "ordered a * lockdown", "imposed a lockdown", "imposed a * lockdown",
		"declared a lockdown", "declared a * lockdown"),
	Deployment: pats("deploy*", "paratroop*", "peacekeep*", "sent in troops", "sent troops", "troops * brought",
		"troops were sent", "troops arrived", "soldiers were deployed", "army was deployed", "brought into the country",
		"call in the army", "called in the army", "calling in the army", "call out the army", "called out the army",
		"called in troops", "called in the military", "army was called in", "army was called out",
		"troops were called in",
		// Police sent in numbers: "hundreds of police officers were
		// sent to reopen the highway", "riot police were bused in".
		"police were sent", "officers were sent", "policemen were sent", "police were dispatched",
		"officers were dispatched", "police were bused", "police were flown", "police were airlifted",
		"police reinforcements",
		// Forces arriving: "the first Australian police officers landed
		// in Honiara".
		"officers landed", "troops landed", "soldiers landed", "police landed", "personnel landed",
		"officers arrived", "soldiers arrived", "riot police arrived", "riot police have arrived", "riot police had arrived",
		"riot police were brought in", "riot units arrived", "police were flown in", "troops were flown in",
		"troops came over", "troops came into", "troops came across", "troops crossed", "troops entered", "troops rolled",
		"tanks rolled", "sent extra riot units", "sent riot units", "sent extra police", "sent extra units",
		// Forces standing in the streets: "soldiers and armoured vehicles
		// are now on the main crossroads", "troops patrolled the roads".
		"armoured vehicles", "armored vehicles", "armoured personnel carriers", "armored personnel carriers",
		"coils of barbed wire", "coils of razor wire", "rolls of barbed wire", "rolls of razor wire",
		"humvees", "army trucks", "military trucks", "military vehicles", "army vehicles",
		"soldiers are now on", "troops are now on", "soldiers on the streets", "troops on the streets",
		"soldiers joined the police", "troops joined the police", "army joined the police", "soldiers joined police",
		"troops joined police",
		"soldiers posted at", "troops posted at", "police posted at", "soldiers were posted", "troops were posted",
		"police were posted", "officers were posted",
		"full of soldiers", "full of troops", "full of police", "full of riot police", "swarming with police",
		"swarming with soldiers", "crawling with police", "crawling with soldiers",
		"soldiers patrol*", "troops patrol*", "troops were patrolling", "soldiers were patrolling"),
	GovernmentChange: pats("resign*", "dismiss*", "sacked", "stepped down", "step down", "stepping down", "steps down",
		"reshuffled", "reshuffle*",
		"ousted",
		"removed * from the post", "appointed acting", "appointing * acting", "cabinet resigned", "sworn in", "declared herself", "declares herself", "declared himself", "declares himself", "interim president",
		"made himself acting", "made herself acting", "named acting", "became acting", "took over as", "took office",
		"impeached", "was overthrown", "were overthrown", "was ousted", "fled the country",
		// Officials suspended from office: "suspended the police
		// commissioner", "suspended the heads of the finance department".
		"suspended the police commissioner", "suspended the police chief", "suspended the commissioner",
		"suspended the chief", "suspended the head", "suspended the heads", "suspended the minister",
		"suspended the governor", "suspended the director", "suspended the mayor",
		"left the country", "fled abroad", "into exile"),
	Concession: pats("restored a cap", "restored the cap", "restored the price", "disband*", "abolish*", "withdraw the", "withdrew the", "withdrawn", "freed", "released the detained", "released _ on bail", "released on bail", "freed on bail", "released _ under judicial supervision",
		"granted bail", "released from custody", "released from prison", "released from detention",
		"released detainees", "released the prisoners", "reduced to", "cut the price", "lowered the price", "prices will be capped",
		"scrapped", "reversed the", "withdrew the", "freeze prices", "froze prices", "rolled back", "roll back",
		"was suspended", "were suspended", "been suspended", "was cancelled", "was canceled", "was revoked", "were revoked",
		"was reversed", "were reversed", "be set free", "were set free", "was set free",
		"made concessions", "make concessions", "ordered his release", "ordered her release", "ordered their release",
		"ordered the release", "moratorium on", "backed down", "backs down", "u-turn", "climbdown", "climb-down",
		"bowed to pressure", "back to their old", "back to the old", "back to their previous",
		"back to previous", "return to their old", "return to the old", "fresh election", "fresh elections",
		"new elections", "not seek a", "not seek re-election", "not seek another", "not run again",
		"not stand again", "will not run for", "would not run for", "postponed the election", "postponed the vote",
		"postponed the poll", "election was postponed", "elections were postponed", "vote was postponed",
		"poll was postponed", "poll would be put off", "election would be put off", "vote would be put off",
		"put off the election", "put off the vote", "demands were met", "met the demands", "price fixing would be",
		"drop in gas prices", "drop in prices", "early elections", "early election", "snap election", "snap elections",
		// Wages docked, then given back: "every kina wrongly deducted
		// would be paid back".
		"be paid back", "been paid back", "were paid back", "was paid back", "be refunded", "be reimbursed",
		"were reimbursed", "was reimbursed",
		// A disputed count opened again: "ready to recount the ballots",
		// "ordered a partial recount".
		"ready to recount", "agreed to recount", "agreed to a recount", "agreed to a partial recount",
		"ordered a recount", "ordered a partial recount", "will recount", "would recount", "to be recounted",
		"will be recounted", "would be recounted",
		// Let out: "the activist was let go a couple of hours ago".
		"was let go", "were let go", "been let go", "let him go", "let her go", "let them go",
		// A price brought down: "petrol and diesel will come down by ten
		// cents a gallon".
		"will come down by", "comes down by", "come down by", "coming down by", "brought down by",
		"will be lowered", "will be cut by", "to be cut by",
		// A leader's immunity lifted for his trial: "voted to strip the
		// president of his immunity".
		"of his immunity", "of her immunity", "lifted his immunity", "lifted her immunity", "immunity was lifted",
		"immunity was stripped", "immunity had been lifted"),
	Defection: pats("joined the protesters", "joining the protesters", "join the protesters", "refused to open fire",
		"will not confront", "would not confront", "refused to confront", "will not repress", "would not repress",
		"refused to repress", "not turn their weapons", "not turn its weapons",
		"refused to fire", "refused to shoot", "sided with the protesters", "switched sides", "laid down their arms",
		"defected"),
}

func pats(ss ...string) []pattern {
	out := make([]pattern, len(ss))
	for i, s := range ss {
		out[i] = strings.Fields(s)
	}
	return out
}

// patWord is a word of a pattern past its first, compiled: what it
// matches, by kind.
type patWord struct {
	text string // the word, or the stem of a word ending in *
	kind uint8
}

// Kinds of patWord.
const (
	patExact  = iota // the word itself
	patPrefix        // any word it begins
	patAny           // "_": any word
	patNumber        // "#": any number
)

// compileRest compiles the words of p past its first.
func compileRest(p pattern) []patWord {
	out := make([]patWord, 0, len(p)-1)
	for _, stem := range p[1:] {
		switch {
		case stem == "_":
			out = append(out, patWord{kind: patAny})
		case stem == "#":
			out = append(out, patWord{kind: patNumber})
		case strings.HasSuffix(stem, "*"):
			out = append(out, patWord{stem[:len(stem)-1], patPrefix})
		default:
			out = append(out, patWord{stem, patExact})
		}
	}
	return out
}

// matchRestAt reports whether a pattern whose first word matches word i
// (the word table found it there) matches the words from i, rest its
// other words compiled, and the index after the match.
func matchRestAt(rest []patWord, words []string, i int) (int, bool) {
	i++
	for _, pw := range rest {
		if i >= len(words) {
			return 0, false
		}
		w := words[i]
		switch pw.kind {
		case patAny:
		case patNumber:
			if w == "" || w[0] < '0' || w[0] > '9' {
				return 0, false
			}
		case patPrefix:
			if !strings.HasPrefix(w, pw.text) {
				return 0, false
			}
		default:
			if w != pw.text {
				return 0, false
			}
		}
		i++
	}
	return i, true
}

// trigger is a type found at words [start, end) of a sentence.
type trigger struct {
	typ        Type
	start, end int
}

// entry is one pattern of one type, in the trigger index.
type entry struct {
	typ   Type
	order int       // typeOrder(typ)
	rest  []patWord // the pattern past its first word (the index's key), compiled
}

// triggerIndex finds the patterns that can start at a word: by the word
// itself for patterns that begin with a whole word, by its first
// headLen bytes for those that begin with a stem (one lookup a word, then
// a prefix test of the few stems that share that head). Built once from
// the lexicon; read-only after.
type triggerIndex struct {
	exact  map[string][]entry
	byHead map[string][]stemmed
	short  []stemmed // stems shorter than headLen, tried on every word
}

// stemmed is the patterns that begin with one stem.
type stemmed struct {
	stem    string
	entries []entry
}

const headLen = 4

var triggers = func() *triggerIndex {
	ix := &triggerIndex{exact: map[string][]entry{}, byHead: map[string][]stemmed{}}
	add := func(list []stemmed, stem string, e entry) []stemmed {
		for i := range list {
			if list[i].stem == stem {
				list[i].entries = append(list[i].entries, e)
				return list
			}
		}
		return append(list, stemmed{stem, []entry{e}})
	}
	for _, t := range Types {
		for _, p := range append(slices.Clip(lexicon[t]), otherPatterns(t)...) {
			first := p[0]
			e := entry{t, typeOrder(t), compileRest(p)}
			if stem, ok := strings.CutSuffix(first, "*"); ok {
				if len(stem) < headLen {
					ix.short = add(ix.short, stem, e)
				} else {
					ix.byHead[stem[:headLen]] = add(ix.byHead[stem[:headLen]], stem, e)
				}
				continue
			}
			ix.exact[first] = append(ix.exact[first], e)
		}
	}
	return ix
}()

// findTriggers returns every type a pattern of which matches the
// sentence's words, at the first place one matches.
func findTriggers(words []string) []trigger {
	t := tokensOf(words)
	out := findTriggersInto(&scratch{}, &t)
	if len(out) == 0 {
		return nil
	}
	return out
}

// crowdNouns name the people at a protest; as a trigger they tell a
// protest only when the sentence tells nothing else the crowd did.
var crowdNouns = []string{"protesters", "protestors", "protester", "protestor", "demonstrators", "demonstrator",
	"marchers"}

// dropActorProtest drops a protest read only from the word for the crowd
// when the sentence says what that crowd did: "protesters blocked the
// road" is a blockade, "protesters broke into parliament" a riot.
func dropActorProtest(tk *tokens, ts []trigger) []trigger {
	acted := false
	for _, t := range ts {
		switch t.typ {
		case Blockade, Riot, Looting, Strike:
			acted = true
		}
	}
	// A protest told by a pattern of its own ("took to the streets")
	// stands for the sentence's protest over the word for the crowd.
	told := false
	for _, t := range ts {
		if t.typ == Protest && !(t.end-t.start == 1 && tk.is(t.start, classCrowdNoun)) {
			told = true
		}
	}
	out := ts[:0]
	crowd := false // a protest read from the crowd's word is kept already
	for _, t := range ts {
		if t.typ == Protest && t.end-t.start == 1 && tk.is(t.start, classCrowdNoun) {
			if acted || told || crowd {
				continue
			}
			crowd = true
		}
		// "smashed windows and stripped the shops bare": the windows of
		// the shops looted, no riot of their own.
		if t.typ == Riot && hasType(ts, Looting) && (tk.words[t.start] == "smashed" || tk.words[t.start] == "smashing") {
			continue
		}
		// "operations against protesters and rioters": the crowd's
		// name among other events is no riot of its own.
		if len(ts) > 1 && t.end-t.start == 1 && tk.is(t.start, classActorOnly) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// actorOnly names people by what they did elsewhere; beside other
// events in a sentence, they add no event of their own.
var actorOnly = []string{"rioters", "rioter", "looters", "looter", "strikers", "picketers"}

func typeOrder(t Type) int {
	for i, k := range Types {
		if k == t {
			return i
		}
	}
	return len(Types)
}

// excluded drops readings a word has in other senses: an air strike, a
// hunger strike is a protest, "strike a deal".
func excluded(t Type, tk *tokens, i int) bool {
	words := tk.words
	prev := ""
	if i > 0 {
		prev = words[i-1]
	}
	switch t {
	case Strike:
		// "the striking thing about this week": remarkable, not on strike.
		if words[i] == "striking" && i+1 < len(words) && tk.is(i+1, classRemarkable) {
			return true
		}
		// "the strike committee says", "a strike ballot": who leads or
		// decides a strike, not one under way.
		if i+1 < len(words) && tk.is(i+1, classStrikeBody) {
			return true
		}
		// "the internet shutdown", "a government shutdown".
		for k := max(1, i-4); k < len(words) && k <= i+4; k++ {
			if w, p := words[k], words[k-1]; strings.HasPrefix(w, "shutdown") && (p == "internet" || p == "data" ||
				p == "mobile" || p == "government" || p == "network" || p == "web" || p == "communications") {
				return true
			}
		}
		// "shops remained open": business as usual; "shops remained
		// closed for the holiday": a holiday.
		if w := words[i]; w == "shops" || w == "markets" || w == "businesses" || w == "stores" {
			for k := max(0, i-6); k < len(words) && k <= i+10; k++ {
				switch words[k] {
				case "open", "opened", "reopened", "holiday", "holidays", "christmas", "eid", "sabbath", "festival":
					return true
				}
			}
		}
		// "walking off with TVs": goods carried away, not a walkout.
		if i+2 < len(words) && words[i+1] == "off" && words[i+2] == "with" {
			return true
		}
		return prev == "air" || prev == "drone" || prev == "missile" || prev == "military" ||
			(i+1 < len(words) && (words[i+1] == "a" || words[i+1] == "deal"))
	case Arrests:
		// "arrested the gunman": a crime's suspect, not a crackdown.
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if tk.is(k, classSuspect) {
				return true
			}
		}
		return prev == "cardiac" // "cardiac arrest"
	case Protest:
		// "banned opposition marches", "a ban on rallies": the ban is the
		// news, not a march. ("Defying the ban, protesters marched": a
		// march.)
		if bannedBefore(words, i) {
			return true
		}
		// "Millions of people turned out to vote": an election.
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			if w := words[k]; w == "vote" || w == "voting" || w == "polls" || w == "ballot" {
				return true
			}
		}
		// "Police were on the streets of Minsk in force": the forces,
		// not a crowd.
		if w := words[i]; (w == "were" || w == "are" || w == "was") && i > 0 && isForce(prev) {
			return true
		}
		// "on 3 March", "in March", "March 5": the month.
		if w := words[i]; w == "march" || w == "marches" {
			next := ""
			if i+1 < len(words) {
				next = words[i+1]
			}
			if isNumber(prev) || isNumber(next) {
				return true
			}
			if i == 0 || !tk.is(i-1, classMonthWord) {
				return false
			}
			// "to march", "and march" join a range only after another
			// month or a day: "from January to March"; else "a call to
			// march", "began to march" are the verb.
			switch prev {
			case "to", "and", "or", "till", "until", "through":
				for k := max(0, i-4); k < i-1; k++ {
					if isNumber(words[k]) || monthName(words[k]) {
						return true
					}
				}
				return false
			}
			return true
		}
	case StateOfEmergency:
		// "the curfew will be relaxed", "lifted the state of emergency":
		// a measure eased, not imposed.
		for k := max(0, i-3); k < len(words) && k <= i+8; k++ {
			if tk.is(k, classEased) {
				return true
			}
		}
		// "in defiance of the curfew", "despite the state of emergency":
		// one imposed before.
		for k := max(0, i-3); k < i; k++ {
			if tk.is(k, classDefied) {
				return true
			}
		}
	case Concession:
		// "the restrictions have not been fully lifted": the lifting,
		// after the restriction's noun, is denied.
		if w := words[i]; w == "ban" || w == "bans" || w == "restrictions" || w == "blocking" {
			for k := i + 1; k < len(words) && k <= i+7; k++ {
				if tk.is(k, classNegator) {
					return true
				}
			}
		}
		// "abolished the price cap", "scrapped fuel subsidies": a rise.
		if tk.is(i, classUndo) || strings.HasPrefix(words[i], "abolish") {
			for k := max(0, i-3); k < len(words) && k <= i+4; k++ {
				if w := words[k]; w == "cap" || w == "caps" || w == "ceiling" || strings.HasPrefix(w, "subsid") {
					return true
				}
			}
		}
	case GovernmentChange:
		// "declared himself the winner": a claim to an election, not
		// an office taken.
		if w := words[i]; w == "declared" || w == "declares" {
			for k := i + 2; k < len(words) && k <= i+4; k++ {
				switch words[k] {
				case "winner", "victor", "victorious", "winners":
					return true
				}
			}
		}
		// "a mock resignation letter", "a fake dismissal": a stunt.
		if prev == "mock" || prev == "fake" || prev == "symbolic" {
			return true
		}
		// "its call for the government to be dismissed": an aim.
		if i >= 2 && words[i-2] == "to" && prev == "be" {
			return true
		}
		// "four officers were dismissed": the rank and file, not a
		// government.
		for k := max(0, i-4); k < i; k++ {
			switch words[k] {
			case "officers", "policemen", "soldiers", "agents", "guards", "sergeant", "constables", "employees",
				"workers", "staff", "teachers":
				return true
			}
		}
		// "dismissed the protesters as thugs", "dismissed the reports":
		// brushed aside, not removed from office.
		if strings.HasPrefix(words[i], "dismiss") {
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				switch words[k] {
				case "claims", "protesters", "protests", "demonstrators", "criticism", "criticisms", "reports",
					"allegations", "concerns", "calls", "demands", "idea", "suggestions", "rumours", "rumors", "fears",
					"accusations", "charges", "complaints":
					return true
				}
			}
		}
		// "will sleep there until Prayut resigns", "unless he steps
		// down": a demand's condition, not a fall ("until Mubarak
		// resigned" tells one).
		if w := words[i]; !strings.HasSuffix(w, "ed") {
			for k := max(0, i-4); k < i; k++ {
				if w := words[k]; w == "until" || w == "unless" || w == "till" {
					return true
				}
			}
		}
		// "The commander fired on the crowd": shots, not a sacking.
		for f := i; f < len(words)-1 && f <= i+3; f++ {
			if w := words[f]; w != "fired" && w != "fires" && w != "firing" {
				continue
			}
			switch words[f+1] {
			case "on", "at", "into", "upon", "shots", "tear", "live", "rubber", "warning", "bullets", "rounds", "gas",
				"guns", "weapons", "water", "pellets", "stun", "teargas":
				return true
			}
		}
	case Looting:
		// "several people were carried off in ambulances", "the wounded
		// were carried off on stretchers": people, not goods.
		if w := words[i]; w == "carried" || w == "carrying" {
			for k := i + 1; k < len(words) && k <= i+4; k++ {
				switch words[k] {
				case "ambulance", "ambulances", "stretcher", "stretchers", "hospital", "arms", "shoulders", "unconscious":
					return true
				}
			}
			for k := max(0, i-4); k < i; k++ {
				switch words[k] {
				case "people", "wounded", "injured", "bodies", "body", "protesters", "demonstrators", "victims", "casualties":
					return true
				}
			}
		}
	case Riot:
		// "burned an effigy outside parliament", "burnt flags": a
		// protest's props, not arson.
		if w := words[i]; w == "burned" || w == "burnt" {
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				switch words[k] {
				case "effigy", "effigies", "flag", "flags", "tyres", "tires", "portrait", "portraits", "posters",
					"photos", "pictures", "candles", "copies", "banners":
					return true
				}
			}
		}
		// "set himself on fire": a self-immolation, not arson.
		for k := max(0, i-2); k < i; k++ {
			if w := words[k]; w == "himself" || w == "herself" || w == "themselves" {
				return true
			}
		}
		// "took over the chairmanship": an office, not a building.
		if (words[i] == "took" || words[i] == "take" || words[i] == "taking") && i+3 < len(words) && words[i+1] == "over" {
			for k := i + 3; k < len(words) && k <= i+4; k++ {
				if tk.is(k, classOffice) {
					return true
				}
			}
		}
		// "riot police", "anti-riot units": the force, not a riot.
		if strings.HasPrefix(words[i], "riot") && i+1 < len(words) && tk.is(i+1, classRiotForce) {
			return true
		}
		return prev == "anti" || strings.HasPrefix(words[i], "anti-riot")
	case Repression:
		// "the crowd dispersed peacefully", "and then dispersed": people
		// going home, not a crackdown.
		return words[i] == "dispersed" && selfDispersed(words, i)
	}
	return false
}

// selfDispersed reports whether "dispersed" at word i tells a crowd
// leaving of its own accord: not passive ("were dispersed", "was
// forcibly dispersed"), with no object after it, the sentence ending or
// going on with a manner, a time or "of their own accord".
func selfDispersed(words []string, i int) bool {
	for k := max(0, i-2); k < i; k++ {
		switch words[k] {
		case "was", "were", "be", "been", "being", "is", "are", "get", "got", "gets":
			return false
		}
	}
	if i+1 == len(words) {
		return true
	}
	switch words[i+1] {
	case "peacefully", "quietly", "calmly", "voluntarily", "without", "after", "before", "when", "once", "at",
		"around", "shortly", "soon", "later", "late", "of", "on", "slowly", "gradually", "by":
		// "dispersed by police" is the passive's agent with its
		// auxiliary left out; "dispersed by nightfall" a time.
		if words[i+1] == "by" {
			return i+2 < len(words) && (words[i+2] == "nightfall" || words[i+2] == "evening" || words[i+2] == "midnight" ||
				words[i+2] == "dusk" || words[i+2] == "noon")
		}
		return true
	}
	return false
}

// monthContext words before "march" make it the month.
var monthContext = []string{"in", "on", "of", "since", "until", "till", "by", "early", "late", "mid", "mid-march",
	"from", "to", "last", "next", "this", "and", "or", "through", "between", "during"}

// undo words remove a measure; before a cap or a subsidy they raise
// prices.
var undo = []string{"scrapped", "withdrew", "withdrawn", "reversed", "suspended", "suspending"}

// offices are what one takes over without a crowd.
var offices = []string{"chairmanship", "presidency", "leadership", "post", "role", "helm", "chair", "command", "duties",
	"running", "premiership", "government", "company", "business", "portfolio", "job", "powers"}

// remarkable nouns after "striking" make it an adjective.
var remarkable = []string{"thing", "feature", "fact", "example", "image", "contrast", "difference", "similarity",
	"resemblance", "aspect", "detail", "sight", "scene", "moment", "success", "result", "point", "change"}

// suspects are whom police arrest for a crime, not a protest.
var suspects = []string{"gunman", "gunmen", "suspect", "suspects", "attacker", "attackers", "shooter", "killer",
	"murderer", "thief", "thieves"}

// riotForces follow "riot" when it names a police unit or its kit.
var riotForces = []string{"police", "policemen", "officers", "squad", "squads", "units", "unit", "gear", "shields",
	"troops", "control", "act"}

// reversals before a price rise make it a concession, not a rise:
// "suspending the fare increase", "scrapped the fuel tax hike".
var reversals = []string{"suspend", "scrap", "cancel", "revers", "withdr", "freez", "froze", "halt", "rescind",
	"revok", "postpon", "abandon", "drop", "moratorium", "abolit", "abolish", "repeal"}

// moneyUnits are the words for money that a sum ends with ("12
// shillings more", "40 cents more").
var moneyUnits = map[string]bool{"bob": true, "shillings": true, "cents": true, "pence": true, "pesos": true,
	"naira": true, "cedis": true, "rupees": true, "tenge": true, "rubles": true, "roubles": true, "dollars": true,
	"euros": true, "pounds": true, "kwacha": true, "rand": true, "birr": true, "francs": true, "dinars": true,
	"riyals": true, "lira": true, "liras": true, "bolivianos": true, "soles": true, "reais": true, "kyat": true,
	"taka": true, "som": true, "soms": true, "manat": true, "lari": true, "dram": true, "hryvnias": true,
	"leones": true, "kip": true, "baht": true, "ringgit": true, "rupiah": true, "yuan": true, "dong": true,
	"quetzales": true, "cordobas": true, "córdobas": true, "lempiras": true, "colones": true, "guaranies": true}

// isDigits reports whether w is a number in digits ("12", "1,500", "2.5").
func isDigits(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// priceChange: a price, fare or tariff that rose, doubled or jumped.
func priceChange(words []string) (trigger, bool) {
	for i, w := range words {
		if !(strings.HasPrefix(w, "price") || strings.HasPrefix(w, "fare") || w == "tariff" || w == "tariffs" ||
			w == "cost" || w == "costs") {
			continue
		}
		// The verb that tells the rise ("went up", "rose") stands for it
		// before a noun ("the rise in fares, which went up on June 2"):
		// its clause carries the rise's day.
		noun := -1
		for j := max(0, i-6); j < min(len(words), i+8); j++ {
			v := words[j]
			if v == "jumping" {
				continue // "jumping turnstiles"
			}
			up := j+1 < len(words) && words[j+1] == "up" && (v == "went" || v == "gone" || v == "go" || v == "goes" || v == "going" ||
				v == "put" || v == "puts" || v == "pushed")
			more := j > 0 && v == "more" && (words[j-1] == "percent" || words[j-1] == "cent" || strings.HasSuffix(words[j-1], "%") ||
				moneyUnits[words[j-1]] || isDigits(words[j-1])) // "petrol costs about 12 bob more a litre"
			if up || more || strings.HasPrefix(v, "doubl") || strings.HasPrefix(v, "tripl") || strings.HasPrefix(v, "jump") ||
				strings.HasPrefix(v, "hike") || strings.HasPrefix(v, "soar") || strings.HasPrefix(v, "increas") ||
				strings.HasPrefix(v, "surg") || strings.HasPrefix(v, "climb") || v == "rose" || v == "risen" ||
				v == "rise" || v == "rises" || strings.HasPrefix(v, "rais") {
				if v == "rise" || v == "rises" || v == "increase" || v == "increases" || v == "hike" || v == "hikes" {
					if noun < 0 {
						noun = j
					}
					continue
				}
				if reversed(words, min(i, j), max(i, j)) {
					return trigger{}, false
				}
				// (The trigger starts at the verb, so that its clause is
				// the verb's.)
				return trigger{PriceChange, j, max(i, j) + 1}, true
			}
		}
		if noun >= 0 {
			if reversed(words, min(i, noun), max(i, noun)) {
				return trigger{}, false
			}
			return trigger{PriceChange, min(i, noun), max(i, noun) + 1}, true
		}
	}
	return trigger{}, false
}

// platforms are the social networks and messengers a government bans or
// blocks.
var platforms = map[string]bool{"facebook": true, "twitter": true, "tiktok": true, "instagram": true,
	"youtube": true, "viber": true, "whatsapp": true, "telegram": true, "signal": true,
	// "several opposition websites are blocked", "news sites were blocked".
	"websites": true, "sites": true}

// platformGlue are the words that may stand between a platform and the
// verb that bans it.
var platformGlue = map[string]bool{"has": true, "have": true, "had": true, "been": true, "was": true, "were": true,
	"is": true, "are": true, "being": true, "also": true, "now": true, "access": true, "to": true, "the": true,
	"all": true, "app": true}

// shutdown: the internet, a messenger or social networks cut or blocked.
func shutdown(words []string) (trigger, bool) {
	// "TikTok has been banned", "authorities blocked Facebook and
	// WhatsApp": a platform with a verb of banning right beside it (not
	// "organised on Facebook and blocked the highway").
	banning := func(v string) bool {
		return v == "banned" || v == "ban" || v == "bans" || v == "blocked" || v == "blocking" || v == "suspended" ||
			strings.HasPrefix(v, "restrict") || v == "inaccessible" || v == "unavailable" || v == "offline"
	}
	for i, w := range words {
		if !platforms[w] {
			continue
		}
		// After it, past auxiliaries only: "TikTok has been banned".
		for j := i + 1; j < min(len(words), i+4); j++ {
			if banning(words[j]) {
				return trigger{InternetShutdown, i, j + 1}, true
			}
			if !platformGlue[words[j]] {
				break
			}
		}
		// Before it: "blocked Facebook", "restricted access to TikTok".
		for j := i - 1; j >= max(0, i-3); j-- {
			if banning(words[j]) {
				return trigger{InternetShutdown, j, i + 1}, true
			}
			if !platformGlue[words[j]] {
				break
			}
		}
	}
	for i, w := range words {
		if !(w == "internet" || w == "telegram" || w == "whatsapp" || strings.HasPrefix(w, "messeng") ||
			(w == "social" && i+1 < len(words) && (strings.HasPrefix(words[i+1], "network") || words[i+1] == "media")) ||
			w == "mobile" && i+1 < len(words) && (words[i+1] == "internet" || words[i+1] == "data") ||
			// "text messaging has been down", "SMS services were cut",
			// "mobile phone networks have gone dead".
			w == "messaging" || w == "sms" || w == "texting" ||
			(w == "network" || w == "networks") && i > 0 && (words[i-1] == "phone" || words[i-1] == "mobile" ||
				words[i-1] == "cellular" || words[i-1] == "cellphone" || words[i-1] == "telephone")) {
			continue
		}
		// "people on social media are talking about blocking it",
		// "calls went out on Telegram": where people speak, not what
		// is cut.
		if i > 0 && (words[i-1] == "on" || words[i-1] == "via") {
			continue
		}
		for j := max(0, i-5); j < min(len(words), i+10); j++ {
			v := words[j]
			if v == "cut" || v == "shut" || v == "closed" || strings.HasPrefix(v, "block") || v == "blackout" ||
				v == "offline" || strings.HasPrefix(v, "disrupt") || strings.HasPrefix(v, "restrict") || v == "down" ||
				v == "dead" || v == "unavailable" || v == "outage" || v == "vanished" || v == "dark" || v == "severed" ||
				strings.HasPrefix(v, "throttl") || v == "shutdown" || v == "switched" || v == "unreachable" ||
				v == "inaccessible" || (v == "load" || v == "loads") && j > 0 && (words[j-1] == "barely" || words[j-1] == "not") {
				return trigger{InternetShutdown, min(i, j), max(i, j) + 1}, true
			}
		}
	}
	return trigger{}, false
}

// negated reports whether the words before a trigger, in its clause,
// deny it or make it hypothetical: "did not", "no reports of", "may",
// "if", "threatened to", "warned of", "calls for". A clause ends at a
// conjunction: in "would not sign the bill and said it would be
// withdrawn" the withdrawal stands.
func negated(words []string, t trigger) bool {
	tk := tokensOf(words)
	return tk.negated(t)
}

// negated is negated for the sentence's tokens.
func (tk *tokens) negated(t trigger) bool {
	return tk.negatorOf(t) >= 0 || tk.calledOff(t) || tk.generic(t) || tk.deniedAfter(t) || tk.plannedAfter(t)
}

// negatorOf is negated, returning the index of the word that negates the
// trigger, or -1.
func (tk *tokens) negatorOf(t trigger) int {
	// A modal inside a trigger read from two words apart: "the army
	// could be sent onto the streets". (Not "not": some phrases hold it,
	// "will not confront", "will not run again".)
	for j := t.start + 1; j < t.end-1 && j < len(tk.words); j++ {
		switch tk.words[j] {
		case "could", "may", "might", "should":
			return j
		}
	}
	// "called on Xi Jinping and the Communist Party to step down",
	// "demanded that the president and the whole cabinet resign": a
	// demand, its object named at length between.
	// (After "to" or "should"; or a bare verb after the demand and
	// "that": "demanded that the cabinet resign", not "resigned".)
	// (Only for a resignation: crowds demand one every day; "has
	// asked the government to resign" is a leader's dismissal, "called
	// on the armed forces to refuse orders" a defection.)
	if k := t.start - 1; k >= 1 && t.start < len(tk.words) && t.typ == GovernmentChange {
		infinitive := tk.words[k] == "to" || tk.words[k] == "should"
		bare := !strings.HasSuffix(tk.words[t.start], "ed") && !strings.HasSuffix(tk.words[t.start], "s")
		for j := k - 1; j >= 0 && j >= k-14 && (infinitive || bare); j-- {
			if demandVerbs[tk.words[j]] && (infinitive || j+1 < len(tk.words) && tk.words[j+1] == "that") {
				return j
			}
			// ("and" joins the people asked; "that" follows the verb.)
			if tk.is(j, classClauseStop) && tk.words[j] != "and" && tk.words[j] != "that" {
				break
			}
		}
	}
	lo, joined := t.start-6, false
	if t.start < len(tk.words) && indicWord(tk.words[t.start]) {
		lo -= 4 // (postpositions take a word of their own after each noun)
	}
	// "I did not see the police fire a single tear gas canister": "a
	// single" or "any" right before the trigger carries a denial from
	// further back.
	if t.start >= 2 && (tk.words[t.start-1] == "single" || tk.words[t.start-1] == "any" || tk.words[t.start-2] == "single") {
		lo -= 4
	}
	for j := t.start - 1; j >= 0 && j >= lo; j-- {
		// "no attempt to block Twitter or to cut mobile networks": the
		// second of two acts joined by "or" is denied with the first.
		if !joined && (tk.words[j] == "or" || tk.words[j] == "nor") {
			lo, joined = lo-4, true
		}
		if tk.is(j, classClauseStop) {
			// "The police denied that officers had fired": the clause
			// after a denial is denied.
			if tk.words[j] == "that" && j > 0 && (denialVerb(tk.words[j-1]) || wishVerb(tk.words[j-1])) {
				return j - 1
			}
			// "उन ख़बरों का खंडन किया कि … गोली चलाई थी", denied the
			// reports that … had fired: Hindi's denial stands before
			// its "कि" with its light verb between.
			if tk.words[j] == "कि" {
				for k := j - 1; k >= 0 && k >= j-3; k-- {
					if indicDenialNouns[tk.words[k]] {
						return k
					}
				}
			}
			return -1
		}
		// "stopped short of declaring a state of emergency".
		if tk.words[j] == "short" && j+1 < len(tk.words) && tk.words[j+1] == "of" {
			return j
		}
		// "anyone caught bringing fuel can now be arrested": what may
		// befall, no event.
		if tk.words[j] == "can" && j < t.start && onlyBe(tk.words[j+1:t.start]) {
			return j
		}
		switch {
		// ("would" is left out of negators: in reported speech it tells
		// what was announced, "said the bill would be withdrawn";
		// conditionals carry "if". For a crowd or a strike it tells a
		// plan: "said the party would march again on Sunday".)
		case tk.is(j, classNegator):
			return j
		case tk.words[j] == "would" && j == t.start-1 && (t.typ == Protest || t.typ == Strike || t.typ == Blockade):
			return j
		case tk.is(j, classPlanned):
			// "will call a national strike": a plan; "the curfew will be
			// relaxed" is a measure announced, taken now; "answered his
			// call to march" is the march.
			if !forTheFuture(t.typ) && !answeredCall(tk.words, j) {
				return j
			}
			return -1
		case tk.is(j, classAgreed):
			// "agreed to resign" is not yet a resignation; "agreed to
			// lower prices" is the concession itself.
			if t.typ != Concession {
				return j
			}
			return -1
		}
	}
	return -1
}

// calledOff reports whether the words right after a crowd's or a strike's
// trigger make it a plan or one that did not happen: "the rally planned
// for today will not take place", "the march set for Friday", "the strike
// was called off", "the protest was cancelled". A comma or a stop ends
// the search.
func (tk *tokens) calledOff(t trigger) bool {
	if t.typ != Protest && t.typ != Strike {
		return false
	}
	words := tk.words
	for k := t.end; k < len(words) && k < t.end+8; k++ {
		if tk.is(k, classClauseStop) {
			return false
		}
		// "a further day of demonstrations for 17 August": a day set.
		if k == t.end && words[k] == "for" && k+1 < len(words) && (isNumber(words[k+1]) || monthName(words[k+1])) {
			return true
		}
		switch words[k] {
		case "planned", "scheduled", "set":
			// ("The strike set for Monday went ahead": it happened.)
			if k == t.end && k+1 < len(words) && (words[k+1] == "for" || words[k+1] == "on") && !wentAhead(words[k:min(len(words), k+10)]) {
				return true
			}
		case "cancelled", "canceled", "postponed", "aborted":
			return true
		case "off":
			if words[k-1] == "called" || words[k-1] == "call" {
				return true
			}
		case "place", "ahead":
			if k >= 2 && words[k-2] == "not" && (words[k-1] == "take" || words[k-1] == "go") {
				return true
			}
		}
	}
	return false
}

// wentAhead reports whether words tell that a plan was carried out: "went
// ahead", "took place", "was held".
func wentAhead(words []string) bool {
	for k := 1; k < len(words); k++ {
		switch p, w := words[k-1], words[k]; {
		case w == "ahead" && (p == "went" || p == "goes"), w == "place" && (p == "took" || p == "takes"),
			w == "held" && (p == "was" || p == "were"):
			return true
		}
	}
	return false
}

// bannedBefore reports whether a ban governs the word at i: "banned
// (opposition) marches", "a ban on (street) protests".
func bannedBefore(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch words[k] {
		case "banned", "banning", "bans", "prohibited", "outlawed", "forbade", "forbidden":
			return true
		case "on":
			if k > 0 && (words[k-1] == "ban" || words[k-1] == "bans") {
				return true
			}
		}
	}
	return false
}

// isForce reports whether w names the police or the military.
func isForce(w string) bool {
	switch w {
	case "police", "policemen", "officers", "soldiers", "troops", "army", "forces", "gendarmes", "guards":
		return true
	}
	return false
}

// wishVerb reports whether w asks for what its "that" clause tells:
// "demand that Keita resign", "urged that the curfew be lifted".
func wishVerb(w string) bool {
	switch w {
	case "demand", "demands", "demanded", "demanding", "urge", "urged", "urges", "urging", "insist", "insisted",
		"insists", "ask", "asked", "asks", "asking", "call", "calls", "called", "calling":
		return true
	}
	return false
}

// denialVerb reports whether w denies what its "that" clause tells.
func denialVerb(w string) bool {
	switch w {
	case "denied", "denies", "deny", "denying", "rejected", "rejects", "refuted", "refutes", "disputed", "disputes":
		return true
	}
	return false
}

// answeredCall reports whether the call at word j was heeded: "answered
// Mondlane's call", "heeded the call", "responded to the call".
func answeredCall(words []string, j int) bool {
	for k := max(0, j-3); k < j; k++ {
		switch words[k] {
		case "answered", "heeded", "responded", "followed", "obeyed", "answering", "heeding", "responding", "following":
			return true
		}
	}
	return false
}

// negationStops end the clause a negation reaches over.
var negationStops = []string{"and", "but", "that", "which", "while", "after", "before", "because", "so", "then",
	"और", "लेकिन", "मगर", "जबकि", "कि", "तर", "र", "এবং", "কিন্তু", "যে", "आणि", "पण"}

// demandVerbs ask for what follows them, told at length: "called on the
// president and his government to resign".
var demandVerbs = map[string]bool{"called": true, "calls": true, "calling": true, "urged": true, "urges": true,
	"urging": true, "demanded": true, "demands": true, "demanding": true}

// onlyBe reports whether words are "be", with "now", "also" or "still"
// beside it: "can now be", "can also be".
func onlyBe(words []string) bool {
	be := false
	for _, w := range words {
		switch w {
		case "be":
			be = true
		case "now", "also", "still", "even":
		default:
			return false
		}
	}
	return be
}

// negators deny or make hypothetical what follows them.
var negators = []string{"not", "no", "never", "nobody", "none", "nothing", "without", "didn't", "don't", "won't", "may", "might", "could",
	"if", "unless", "should", "threatened", "threatens", "threaten", "warned", "warns", "called", "calls",
	"demanded", "demands", "demand", "demanding", "calling", "urged", "urges", "plans", "planned", "want", "wants", "likely",
	"vowed", "vows", "vow", "pledged", "pledges", "keep", "intend", "intends", "intended", "planning",
	"threatening", "ready", "prepared", "prepare", "preparing", "avoid", "prevent", "prevented"}

// plannedWords tell of a plan, or of a measure announced.
var plannedWords = []string{"will", "shall", "call"}

// agreedWords tell of a promise: of a concession, or of a plan.
var agreedWords = []string{"agreed", "agrees", "offered", "offers", "promised", "promises"}

func hasType(ts []trigger, t Type) bool {
	for _, x := range ts {
		if x.typ == t {
			return true
		}
	}
	return false
}

// near is a trigger read from two words close together in either order:
// "blocking the expressway", "army trucks are arriving".
type near struct {
	typ    Type
	heads  []string // stems
	others []string // stems
	window int
}

var proximity = []near{
	// A crowd on the move: "thousands of people walking towards the
	// square", "hundreds poured into the streets", "tens of thousands are
	// on the move".
	{Protest, []string{"thousands", "hundreds", "crowds", "throngs"}, []string{"walking", "streamed", "streaming",
		"poured", "pouring", "pour", "converged", "converging", "flooded", "flooding", "thronged", "massed", "move", "came",
		"turned", "packed", "jammed", "crammed", "gathered", "assembled", "waited", "cheered", "camped", "stood", "sat",
		"massing", "gathering"}, 4},
	// "A few thousand of us sat on the Esplanade", "several thousand
	// people had waited outside".
	{Protest, []string{"thousand", "hundred"}, []string{"sat", "waited", "camped", "cheered", "arrived"}, 4},
	// "about 100,000 people had gathered outside the Knesset".
	{Protest, []string{"people", "residents", "supporters", "activists", "citizens"}, []string{"gathered", "assembled",
		"massed", "rallied"}, 3},
	{Blockade, []string{"block*", "occup*", "cut"}, []string{"road*", "highway*", "expressway*", "motorway*", "railway*",
		"rail", "bridge*", "port", "ports", "street*", "traffic", "border", "crossing*", "entrance*", "junction*",
		"toll", "line",
		// "blocking supermarket distribution centres", "blockaded fuel
		// depots", "blocked the refinery gates".
		"distribution", "depot*", "warehouse*", "terminal*", "refiner*", "gates"}, 4},
	{Deployment, []string{"army", "troops", "soldiers", "military", "gendarme*", "guardsmen", "csto", "contingent*",
		"reinforcements", "battalion*", "regiment*", "forces", "armoured", "armored", "tanks", "paramilitar*",
		"militia*", "humvees"},
		[]string{"arriv*", "deploy*", "dispatch*", "stationed", "sent", "sending", "roll*", "moved", "moving", "patrol*",
			"landed", "flown", "airlifted", "enter*", "positions", "capital", "parked", "checkpoint*", "guarding",
			"streets", "brought", "posted"}, 5},
	// Buildings and vehicles burned: "the offices of several parties were
	// burned", "protesters burnt police cars". (Tyres and flags burn at
	// protests and roadblocks: not riots.)
	{Riot, []string{"burned", "burnt", "firebombed", "petrol-bombed"}, []string{"office*", "headquarters", "building*",
		"station*", "car", "cars", "shop*", "store*", "bank*", "courthouse*", "parliament", "tribunal*",
		"villa*", "bus", "buses", "mall*", "supermarket*", "warehouse*", "premises", "residence*", "townhall*",
		"hall", "homes", "houses", "palace", "ministry", "embassy", "consulate", "church*", "mosque*"}, 5},
	// A shutdown called by the opposition or unions: "shops, markets and
	// taxi ranks stayed closed", "a second two-day shutdown was widely
	// observed".
	{Strike, []string{"shops", "markets", "businesses", "stores"}, []string{"stayed", "remained", "shut", "shuttered"}, 6},
	{Strike, []string{"shutdown", "shutdowns"}, []string{"observed", "widely", "general", "two-day", "three-day",
		"day-long", "total", "called"}, 3},
	// Shops broken into and emptied.
	{Looting, []string{"shops", "stores", "supermarket*", "warehouse*", "banks", "malls"}, []string{"emptied",
		"raided", "stripped", "broken"}, 6},
	// People taken away: "hauled away 21 activists", "dragging them into
	// trucks", "bundled dozens of them into vans".
	{Arrests, []string{"hauled", "hauling", "dragged", "dragging", "bundled", "bundling", "carted", "frogmarched"},
		[]string{"away", "off", "truck*", "van", "vans", "vehicle*", "bus", "buses", "custody", "cells", "jail"}, 5},
	// "refused the order to fire on the crowds".
	{Defection, []string{"refus*", "disobey*", "defied", "defy*"}, []string{"fire", "shoot", "order", "orders"}, 5},
	// A measure undone: "suspending the fuel tax rise", "the decree was
	// suspended".
	// "parliament would revoke the allowance", "repealed the law".
	{Concession, []string{"suspend*", "suspension", "revok*", "revocation", "rescind*", "repeal*", "delaying",
		"delayed", "shelv*"}, []string{"price*",
		"fare*", "tax", "taxes", "law", "decree", "bill", "increase*", "hike*", "rise", "rises", "reform*", "measure*",
		"allowance*", "perks", "privileges", "legislation", "overhaul", "vote", "votes"}, 5},
	// Detainees set free: "the detained M5 leaders are released".
	{Concession, []string{"released", "freed"}, []string{"detained", "detainees", "prisoners", "jailed", "custody",
		"bail", "prison", "jail", "arrested"}, 4},
	// A ban or restriction lifted: "the ban on social media has been
	// lifted".
	{Concession, []string{"ban", "bans", "restrictions", "blocking", "lockdown", "lockdowns"}, []string{"lifted", "lifting", "scrapped",
		"rescinded", "revoked"}, 7},
	// An office holder quits: "the culture minister, Marek Madaric, quit
	// three days later".
	{GovernmentChange, []string{"quit", "quits"}, []string{"minister", "premier", "president", "governor", "mayor",
		"chief", "commissioner", "chancellor", "speaker"}, 6},
	// A head of government named: "Rajoelina on Monday named an army
	// officer, General Ruphin Fortunat Zafisambo, as prime minister".
	{GovernmentChange, []string{"named", "appointed", "nominated", "installed"}, []string{"premier", "prime"}, 10},
	// A new commander or minister sworn in: "Arce swore in a new army
	// commander".
	{GovernmentChange, []string{"swore", "swears", "sworn"}, []string{"commander", "chief", "chiefs", "minister",
		"ministers", "cabinet", "government", "premier", "president"}, 5},
	// Pay raised by those in power: "offered to lift the wage to $100",
	// "raised the minimum wage".
	{Concession, []string{"wage", "wages", "salary", "salaries"}, []string{"lift", "lifted", "lifting", "raise",
		"raised", "raising", "increase", "increased", "increasing", "boost", "boosted"}, 3},
	// A minister sacked: "Netanyahu fired his defence minister".
	{GovernmentChange, []string{"fired", "fires", "firing"}, []string{"minister", "ministers", "premier", "governor",
		"chief", "commander", "cabinet"}, 3},
	// Prices brought down by those in power: "agreed to lower bread
	// prices", "cut fares by half".
	{Concession, []string{"lower", "lowered", "lowering", "cut", "cuts", "reduc*", "slash*", "roll*"},
		[]string{"price*", "fare*", "tariff*", "tax", "taxes"}, 3},
	// "ordered the fuel increases frozen".
	{Concession, []string{"frozen", "froze", "freez*"}, []string{"price*", "increase*", "hike*", "rise", "rises", "tax",
		"taxes", "tariff*", "fare*"}, 4},
	// "bring the vote forward to April", "brought forward the elections".
	{Concession, []string{"forward"}, []string{"election*", "vote", "polls"}, 4},
	// "the curfew will be relaxed", "lifted the state of emergency".
	{Concession, []string{"curfew*", "emergency"}, []string{"lifted", "lifting", "relaxed", "relaxing", "eased",
		"easing", "ended", "revoked", "rescinded"}, 6},
	// A cap on prices put back is a concession, one lifted a rise.
	{Concession, []string{"cap", "caps", "ceiling", "ceilings"}, []string{"restor*", "reimpos*", "re-impos*", "imposed",
		"reintroduc*", "re-introduc*", "introduced", "capped", "returned", "brought"}, 4},
	{PriceChange, []string{"cap", "caps", "ceiling", "ceilings", "subsid*"}, []string{"lifted", "lifting", "removed",
		"removal", "scrapped", "scrapping", "abolish*", "ended", "ending", "liberali*", "cut", "cuts", "axed"}, 4},
	// People beaten: "are beating students in their rooms", "beat
	// marchers with sticks".
	{Repression, []string{"beating", "beat", "clubbing", "kicking", "whipping", "whipped", "flogging", "flogged"},
		[]string{"students", "people", "protesters", "protestors", "demonstrators", "marchers", "youths", "women",
			"men", "journalists", "reporters", "worshippers", "strikers", "workers", "residents", "detainees",
			"activists", "supporters", "mourners", "passers-by", "bystanders", "them"}, 2},
	// Forces posted in the streets: "riot police and water cannon were
	// stationed on every bridge", "troops took up positions".
	{Deployment, []string{"stationed", "positioned", "positions"}, []string{"police", "policemen", "forces",
		"troops", "soldiers", "army", "officers", "gendarmes", "guardsmen", "units", "militia", "militiamen"}, 8},
	{Repression, []string{"police", "forces", "troops", "soldiers", "army", "officers"},
		[]string{"killed", "killing", "shot", "opened", "beat", "beating", "wounded", "ran", "rammed", "crushed",
			"tortured", "clubbed"}, 3},
}

// findFrom is find with the heads and the others already marked: bit r
// of heads[i] is set when word i is a head of this rule, of others[i]
// when it is one of its others.
func (n *near) findFrom(words []string, heads, others []uint64, r int) (trigger, bool) {
	for i := range words {
		if heads[i]&(1<<r) == 0 {
			continue
		}
		for j := max(0, i-n.window); j < min(len(words), i+n.window+1); j++ {
			if j != i && others[j]&(1<<r) != 0 {
				return trigger{n.typ, min(i, j), max(i, j) + 1}, true
			}
		}
	}
	return trigger{}, false
}

// headIndex tells, for a word, which proximity rules it is a head (or an
// other) of, as a bit mask: one map lookup for whole words, one for the
// first headLen bytes of stems, then a prefix test of the few stems
// sharing them. The word table files its words and stems; mask reads it
// directly.
type headIndex struct {
	exact  map[string]uint64
	byHead map[string][]maskedStem
	short  []maskedStem
}

type maskedStem struct {
	stem string
	mask uint64
}

func (ix *headIndex) mask(w string) uint64 {
	m := ix.exact[w]
	if len(w) >= headLen {
		for _, st := range ix.byHead[w[:headLen]] {
			if strings.HasPrefix(w, st.stem) {
				m |= st.mask
			}
		}
	}
	for _, st := range ix.short {
		if strings.HasPrefix(w, st.stem) {
			m |= st.mask
		}
	}
	return m
}

// proximityHeads and proximityOthers index the heads and the others of
// the proximity table (built in init, read-only after; the word table
// files them).
var (
	proximityHeads  = &headIndex{exact: map[string]uint64{}, byHead: map[string][]maskedStem{}}
	proximityOthers = &headIndex{exact: map[string]uint64{}, byHead: map[string][]maskedStem{}}
)

// add files the stems ("road*", "port") under bit.
func (ix *headIndex) add(list []string, bit uint64) {
	for _, x := range list {
		stem, prefix := strings.CutSuffix(x, "*")
		switch {
		case !prefix:
			ix.exact[stem] |= bit
		case len(stem) < headLen:
			ix.short = append(ix.short, maskedStem{stem, bit})
		default:
			ix.byHead[stem[:headLen]] = append(ix.byHead[stem[:headLen]], maskedStem{stem, bit})
		}
	}
}

// The proximity table is indexed once, before any use.
func init() {
	if len(proximity) > 64 {
		panic("extract: more than 64 proximity rules for a 64-bit mask")
	}
	for i := range proximity {
		bit := uint64(1) << i
		proximityHeads.add(proximity[i].heads, bit)
		proximityOthers.add(proximity[i].others, bit)
	}
	shortStems = len(triggers.short) > 0 || len(proximityHeads.short) > 0 || len(proximityOthers.short) > 0
	buildWordTable()
}

// determiners that point back at something already told: "the
// protests", "this revolt", "such riots".
var backReferences = []string{"the", "this", "these", "that", "those", "such", "any", "its", "their", "our", "his",
	"her"}

// anaphoric reports whether a trigger is a noun that refers back to an
// event ("calm the protests", "this revolt is no longer about prices")
// rather than telling one.
func anaphoric(words []string, t trigger) bool {
	tk := tokensOf(words)
	return tk.anaphoric(t)
}

// anaphoric is anaphoric for the sentence's tokens.
func (tk *tokens) anaphoric(t trigger) bool {
	words := tk.words
	if t.start == 0 {
		return false
	}
	// "everyone detained during the protests": those arrests, told before.
	if t.typ == Arrests {
		switch words[t.start-1] {
		case "everyone", "everybody", "anyone", "those", "all", "people":
			if strings.HasSuffix(words[t.start], "ed") {
				return true
			}
		}
	}
	// "marching against the fare rise": the grievance, told before.
	if t.typ == PriceChange {
		for j := max(0, t.start-3); j < t.start; j++ {
			if tk.is(j, classGrievance) {
				return true
			}
		}
	}
	// A noun phrase: one word that is no verb form, or a price and its
	// rise ("this sudden price increase").
	w := words[t.start]
	noun := t.end-t.start == 1 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
	// "the storming of Congress": a deed named as a noun.
	if strings.HasSuffix(w, "ing") && t.end < len(words) && words[t.end] == "of" {
		noun = true
	}
	if t.typ == PriceChange && (strings.HasPrefix(w, "price") || strings.HasPrefix(w, "fare") || strings.HasPrefix(w, "tariff")) {
		noun = true
	}
	if !noun {
		return false
	}
	prev := t.start - 1
	// "accepted the resignation of the prime minister", "announced the
	// dismissal of": the deed told now, not one told before.
	if t.typ == GovernmentChange && t.start >= 2 {
		switch words[t.start-2] {
		case "accepted", "accepts", "announced", "announces", "tendered", "tenders", "submitted", "submits", "ordered",
			"orders", "handed", "sent", "sends", "offered", "offers", "delivered":
			return false
		}
	}
	// One modifier may stand between: "the current protests", "this
	// sudden price increase"; not a time of day, which is a phrase of its
	// own ("by the afternoon protests had spread").
	if t.start >= 2 && !tk.is(prev, classBackRef|classNumber|classTimeOfDay) {
		prev = t.start - 2
	}
	if !tk.is(prev, classBackRef) {
		return false
	}
	// "The demonstration went on meanwhile at a spot near the hospital",
	// "the last day of the protest drew a smaller crowd": the event goes
	// on, told for a day of its own.
	// (A strike or a curfew that goes on is one that lasts.)
	return !(t.typ == Protest || t.typ == Riot) || !goesOn(words, t.end)
}

// followsSuit returns the index of "follow(ed) suit" or "did the same"
// in words, or -1.
func followsSuit(words []string) int {
	for i := 0; i+1 < len(words); i++ {
		switch w, next := words[i], words[i+1]; {
		case next == "suit" && (w == "follow" || w == "follows" || w == "followed" || w == "following"):
			return i
		case next == "the" && i+2 < len(words) && words[i+2] == "same" && (w == "did" || w == "do" || w == "does"):
			return i
		// "Police count at least twelve so far, among them the ones in
		// Zwolle and Nieuwegein": the deed's places, listed after it.
		case w == "among" && next == "them" || w == "including" && (next == "those" || next == "ones" ||
			next == "the" && i+2 < len(words) && words[i+2] == "ones"):
			return i
		}
	}
	return -1
}

// plannedAfter reports whether a gathering or a strike is told as planned
// by the words after it: "A vigil for the injured children is planned
// outside the school on Monday", "a march is scheduled for Saturday".
func (tk *tokens) plannedAfter(t trigger) bool {
	if t.typ != Protest && t.typ != Strike && t.typ != Blockade {
		return false
	}
	w := tk.words
	for k := t.end; k+1 < len(w) && k < t.end+6; k++ {
		if tk.is(k, classClauseStop) {
			return false
		}
		if (w[k] == "is" || w[k] == "are") && (w[k+1] == "planned" || w[k+1] == "scheduled" || w[k+1] == "due") {
			return true
		}
	}
	return false
}

// generic reports whether a trigger names a kind of thing, not an event:
// a noun after "a" that opens the sentence, before "is" ("A stoppage is
// not a riot", "A strike is a right"), or a gerund opening it that a
// law punishes ("Blocking roads now carries fines").
func (tk *tokens) generic(t trigger) bool {
	w := tk.words
	if t.start == 1 && (w[0] == "a" || w[0] == "an") && t.end < len(w) &&
		(w[t.end] == "is" || w[t.end] == "isn't" || w[t.end] == "means") {
		return true
	}
	// "Blocking roads, bridges and other critical infrastructure now
	// carries fines of up to $100,000": an act a law punishes, told by
	// a gerund opening the sentence.
	if t.start == 0 && strings.HasSuffix(w[0], "ing") {
		for _, v := range w[t.end:] {
			switch v {
			case "carries", "carry", "punishable", "illegal", "unlawful", "offence", "offense", "criminal", "banned", "prohibited", "forbidden":
				return true
			}
		}
	}
	return false
}

// goesOn reports whether the words at i tell that an event named before
// went on, on the day the sentence tells.
func goesOn(words []string, i int) bool {
	if i >= len(words) {
		return false
	}
	switch words[i] {
	case "continued", "continues", "resumed", "resumes", "drew", "draws", "grew", "swelled":
		return true
	case "went", "carried", "goes", "carries":
		return i+1 < len(words) && words[i+1] == "on"
	case "entered":
		return i+1 < len(words) && words[i+1] == "its"
	}
	return false
}

// strikeBodies after "strike" make it a modifier: the committee, the
// fund or the vote of a strike.
var strikeBodies = []string{"committee", "committees", "fund", "funds", "leader", "leaders", "organisers",
	"organizers", "council", "headquarters", "ballot", "ballots", "vote", "threat", "threats", "notice"}

// defied are the words that tell of a measure in force, not imposed.
var defied = []string{"defiance", "defying", "defied", "defy", "despite", "ignoring", "ignored", "violating",
	"violated", "breaking", "broke", "breach", "breaching", "flouting", "flouted"}

// eased are the words of a measure lifted or eased.
var eased = []string{"lifted", "lifting", "lift", "relaxed", "relaxing", "relax", "eased", "easing", "ease",
	"ended", "ending", "ends", "expires", "expired", "revoked", "rescinded"}

// timesOfDay end a phrase of time that may stand right before a trigger.
var timesOfDay = []string{"morning", "afternoon", "evening", "night", "day", "week", "weekend", "time", "moment"}

// grievance words before a price rise make it the cause of a protest.
var grievance = []string{"against", "over", "protesting", "opposing", "anger", "angry", "outrage", "denounced",
	"denouncing"}

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// reversed reports whether a verb that undoes a measure comes in the four
// words before the rise (words [i, k]) or the four after it ("the price
// rise was suspended").
func reversed(words []string, i, k int) bool {
	for j := max(0, i-4); j < min(len(words), k+5); j++ {
		if j >= i && j <= k {
			continue
		}
		for _, r := range reversals {
			if strings.HasPrefix(words[j], r) {
				return true
			}
		}
	}
	return false
}
