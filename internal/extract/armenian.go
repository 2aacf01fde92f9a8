package extract

// Armenian: Armenia's protests are told in it. It joins case endings to
// its nouns, which stems catch ("ցույց*": ցույց, ցույցեր, ցույցին).

// armenianLexicon holds the trigger patterns of each type.
var armenianLexicon = map[Type][]pattern{
	Protest: pats("ցույց*", "ցուցար*", "երթ*", "հանրահավաք*", "բողոքի ակցիա*", "բողոքի ակցիաներ*", "նստացույց*",
		"անհնազանդության ակցիա*"),
	Strike:           pats("գործադուլ*"),
	Blockade:         pats("փակեցին", "փողոցները փակ*", "ճանապարհները փակ*", "արգելափակ*"),
	Riot:             pats("բախում*", "ընդհարում*"),
	Repression:       pats("արցունքաբեր", "ռետինե գնդակ*", "լուսաձայնային", "ուժ կիրառ*", "ծեծի ենթարկ*"),
	Arrests:          pats("ձերբակալ*", "բերման ենթարկ*", "բերման է ենթարկվել", "բերման են ենթարկվել"),
	StateOfEmergency: pats("արտակարգ դրություն", "ռազմական դրություն"),
	GovernmentChange: pats("հրաժարական*", "հրաժարվեց պաշտոնից"),
}

// armenianNegators deny or make hypothetical what follows them.
var armenianNegators = []string{"ոչ", "չի", "չեն", "չէ", "առանց", "հերքել", "հերքեց", "հերքում", "կոչ", "եթե",
	"լուրեր"}

// armenianFigures are the words of vague amounts, and their values.
var (
	armenianFigures = []string{"հազարավոր", "հարյուրավոր", "տասնյակ", "տասնյակների"}
	armenianAmounts = map[string]int{"հազարավոր": 1000, "հարյուրավոր": 200, "տասնյակ": 24, "տասնյակների": 24}
)

// Words the counts hang on.
var (
	armenianPeople   = []string{"մարդ", "մարդու", "քաղաքացի", "ցուցարար", "ցուցարարի", "ցուցարարներ", "ուսանող"}
	armenianKilled   = []string{"զոհվել", "զոհ", "սպանվել"}
	armenianInjured  = []string{"վիրավոր", "վիրավորվել", "տուժել"}
	armenianArrested = []string{"ձերբակալվել", "բերման"}
)

// armenianActorGroups name the actors under actorGroups' labels.
var armenianActorGroups = []lexGroup{
	{"protesters", []string{"ցուցարար*"}},
	{"students", []string{"ուսանող*"}},
	{"police", []string{"ոստիկան*"}},
	{"government", []string{"կառավարությ*", "ազգային ժողով*", "իշխանություն*"}},
	{"opposition", []string{"ընդդիմությ*"}},
}

// armenianFateVerbs count what they name when a figure follows them
// ("ձերբակալեցին 40 մարդու").
var armenianFateVerbs = [3][]string{{"սպանեցին"}, {"վիրավորեցին"}, {"ձերբակալեցին", "ձերբակալել"}}
