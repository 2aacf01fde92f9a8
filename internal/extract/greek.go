package extract

// Greek: Greece's and Cyprus's protests and strikes are told in it. Its
// nouns decline, which stems catch ("διαδηλώσ*": διαδήλωση, διαδηλώσεις).
// Words are read as written, with their accents.

// greekLexicon holds the trigger patterns of each type.
var greekLexicon = map[Type][]pattern{
	Protest: pats("διαδήλωσ*", "διαδηλωτ*", "διαδήλωσαν", "πορεία", "πορείες", "πορεία*", "συγκέντρωσ*",
		"συλλαλητήρι*", "κινητοποίησ*", "διαμαρτυρία*", "διαμαρτυρήθηκαν"),
	Strike:           pats("απεργία*", "απεργ*", "στάση εργασίας", "στάσεις εργασίας"),
	Blockade:         pats("μπλόκα", "μπλόκο", "οδοφράγματα", "απέκλεισαν"),
	Riot:             pats("επεισόδια", "επεισοδί*", "συγκρούσεις", "συγκρούστηκαν", "μολότοφ", "πυρπόλησαν", "φωτιά σε"),
	Looting:          pats("λεηλασ*", "λεηλάτησαν"),
	Repression:       pats("χημικά", "δακρυγόνα", "χρήση χημικών", "κρότου λάμψης", "ρίψη χημικών", "αύρα"),
	Arrests:          pats("συλλήψεις", "σύλληψη", "συνελήφθησαν", "συνελήφθη", "προσαγωγές", "προσήχθησαν"),
	StateOfEmergency: pats("κατάσταση έκτακτης ανάγκης", "απαγόρευση κυκλοφορίας"),
	GovernmentChange: pats("παραιτήθηκε", "παραίτηση"),
}

// greekNegators deny or make hypothetical what follows them.
var greekNegators = []string{"δεν", "μη", "μην", "χωρίς", "διέψευσε", "διαψεύδει", "καλεί", "κάλεσε", "καλούν",
	"απειλεί", "απείλησε", "φήμες", "ενδέχεται", "αν"}

// greekFigures are the words of vague amounts, and their values.
var (
	greekFigures = []string{"χιλιάδες", "εκατοντάδες", "δεκάδες"}
	greekAmounts = map[string]int{"χιλιάδες": 1000, "εκατοντάδες": 200, "δεκάδες": 24}
)

// Words the counts hang on.
var (
	greekPeople   = []string{"άτομα", "διαδηλωτές", "πολίτες", "φοιτητές", "εργαζόμενοι", "ατόμων"}
	greekKilled   = []string{"νεκροί", "νεκρός", "νεκρούς", "σκοτώθηκαν"}
	greekInjured  = []string{"τραυματίες", "τραυματίστηκαν", "τραυματίας"}
	greekArrested = []string{"συλλήψεις", "συνελήφθησαν", "προσαγωγές", "προσήχθησαν"}
)

// greekActorGroups name the actors under actorGroups' labels.
var greekActorGroups = []lexGroup{
	{"protesters", []string{"διαδηλωτ*"}},
	{"workers", []string{"εργαζόμεν*", "συνδικάτ*", "γσεε", "αδεδυ", "εργάτ*"}},
	{"students", []string{"φοιτητ*", "μαθητ*"}},
	{"police", []string{"αστυνομ*", "ματ", "αστυνομικ*", "δρασ"}},
	{"government", []string{"κυβέρνησ*", "υπουργ*", "βουλή"}},
}

// greekFateVerbs count what they name when a figure follows them
// ("συνελήφθησαν 25 άτομα").
var greekFateVerbs = [3][]string{{"σκοτώθηκαν", "σκότωσαν"}, {"τραυματίστηκαν"}, {"συνελήφθησαν", "συνέλαβαν", "προσήχθησαν"}}
