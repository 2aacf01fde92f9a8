package extract

// Georgian: Georgia's protests are told in it. It joins case suffixes to
// its nouns, which stems catch ("აქცი*": აქცია, აქციაზე, აქციის).

// georgianLexicon holds the trigger patterns of each type.
var georgianLexicon = map[Type][]pattern{
	Protest: pats("აქცი*", "საპროტესტო", "დემონსტრაცი*", "მსვლელობ*", "მიტინგ*", "პროტესტ*", "მომიტინგე*",
		"დემონსტრანტ*"),
	Strike:           pats("გაფიცვ*", "გაიფიცნენ"),
	Blockade:         pats("გადაკეტეს", "გადაკეტილ*", "ბლოკად*"),
	Riot:             pats("შეტაკებ*", "დაპირისპირებ*", "ცეცხლი წაუკიდეს"),
	Repression:       pats("ცრემლსადენი", "წყლის ჭავლი", "წყალსატყორცნ*", "რეზინის ტყვი*", "წიწაკის სპრეი", "ძალადობ*", "დაარბიეს", "სცემეს"),
	Arrests:          pats("დააკავეს", "დაკავებ*", "დაკავებულ*", "დააკავა"),
	StateOfEmergency: pats("საგანგებო მდგომარეობა"),
	GovernmentChange: pats("გადადგა", "გადადგომ*", "თანამდებობიდან გაათავისუფლეს"),
}

// georgianNegators deny or make hypothetical what follows them.
var georgianNegators = []string{"არ", "არა", "ვერ", "უარყო", "უარყოფს", "მოუწოდა", "მოუწოდებს", "შესაძლოა", "თუ",
	"ჭორები"}

// georgianFigures are the words of vague amounts, and their values.
var (
	georgianFigures = []string{"ათასობით", "ასობით", "ათეულობით"}
	georgianAmounts = map[string]int{"ათასობით": 1000, "ასობით": 200, "ათეულობით": 24}
)

// Words the counts hang on.
var (
	georgianPeople   = []string{"ადამიანი", "ადამიანს", "მომიტინგე", "მოქალაქე", "დემონსტრანტი"}
	georgianKilled   = []string{"დაიღუპა", "გარდაიცვალა", "მოკლეს"}
	georgianInjured  = []string{"დაშავდა", "დაშავებული", "დაჭრილი"}
	georgianArrested = []string{"დააკავეს", "დაკავებული", "დაკავებულია"}
)

// georgianActorGroups name the actors under actorGroups' labels.
var georgianActorGroups = []lexGroup{
	{"protesters", []string{"მომიტინგე*", "დემონსტრანტ*", "აქციის მონაწილე*"}},
	{"students", []string{"სტუდენტ*"}},
	{"police", []string{"პოლიცი*", "სპეცრაზმ*", "შსს"}},
	{"government", []string{"მთავრობ*", "პარლამენტ*", "ხელისუფლებ*"}},
	{"opposition", []string{"ოპოზიცი*"}},
}
