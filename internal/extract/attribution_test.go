package extract

import "testing"

func TestClaimant(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The interior ministry said 2,298 people had been detained across the country.", "The interior ministry"},
		{"According to Amnesty International, security forces killed at least 106 protesters.", "Amnesty International"},
		{"Police say 13 officers were taken to hospital.", "Police"},
		{"Rights groups claimed that dozens were beaten in custody.", "Rights groups"},
		{"Witnesses said soldiers fired on the crowd.", "Witnesses"},
		{"Thousands marched through the capital on Sunday.", ""},
		{"He said the march would go ahead.", ""},
		{"On Tuesday, the union announced a general strike.", "the union"},
		{"Demonstrations were also reported in three other cities.", ""},
		{"Clashes have been reported near the port.", ""},
		// A conjunction and a phrase of time before the teller are not
		// the teller.
		{"The court ordered his release, and shortly after dawn his lawyer announced an appeal.", "his lawyer"},
		{"The strike went on, but early on Monday police said the depot was open.", "police"},
		{"Roads were shut; yesterday Human Rights Watch said 40 people were held.", "Human Rights Watch"},
		{"In Almaty the regional governor said order had returned.", "the regional governor"},
		// A plural noun of people names its tellers on its own.
		{"The boy was shot near the market, and neighbours said police fired first.", "neighbours"},
	} {
		if got := claimant(c.text); got != c.want {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
