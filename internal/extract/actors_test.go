package extract

import (
	"strings"
	"testing"
)

// TestActors: sentences we wrote, and the actors they name, in order of
// first mention, "|"-separated.
func TestActors(t *testing.T) {
	cases := []struct {
		text string
		typ  Type
		want string
	}{
		// Crowds.
		{"Thousands of demonstrators marched through central Santiago on Friday.", Protest, "protesters"},
		{"A crowd of residents gathered outside the town hall in Zhanaozen.", Protest, "protesters"},
		{"Activists and pensioners rallied in Minsk for a third weekend.", Protest, "protesters"},
		{"Yellow vests blocked roundabouts across rural France.", Blockade, "protesters"},
		// Workers and trades.
		{"Oil workers in Mangystau downed tools and were joined by miners.", Strike, "workers"},
		{"The trade unions called a general strike, and strikers picketed the port.", Strike, "workers"},
		{"Platinum miners at Marikana refused to return to work.", Strike, "workers"},
		{"Truckers and taxi drivers parked across the highway into Ottawa.", Blockade, "drivers"},
		{"Junior doctors and nurses walked out of hospitals in Nairobi.", Strike, "doctors|health workers"},
		{"Health workers joined teachers at the rally in Lagos.", Protest, "health workers|teachers"},
		{"Students and farmers camped on the roads outside Delhi.", Protest, "students|farmers"},
		{"Peasants and herders marched on the regional capital.", Protest, "farmers"},
		// Forces: the longest phrase wins and a label comes once.
		{"Riot police fired tear gas as police officers made arrests.", Repression, "police"},
		{"OMON officers and gendarmes dragged protesters into vans.", Arrests, "police|protesters"},
		{"Security forces and the national guard sealed off the square.", Deployment, "security forces"},
		{"Troops and paratroopers were flown into Almaty.", Deployment, "army"},
		{"Army officers met government forces at the airport.", Deployment, "army|security forces"},
		{"Members of the Special Anti-Robbery Squad shot at the crowd.", Repression, "police|protesters"},
		{"The Basij militia beat women in Tehran.", Repression, "security forces|armed groups"},
		// Organisations keep their acronym.
		{"The CSTO sent peacekeepers at the request of the president.", Deployment, "CSTO|foreign forces|president"},
		{"The Collective Security Treaty Organization said its troops would leave.", Deployment, "CSTO|army"},
		{"Protesters blamed the IMF and the European Union for the cuts.", Protest, "protesters|IMF|EU"},
		{"The United Nations urged restraint from all sides.", Protest, "UN"},
		// Government and its heads.
		{"The government resigned and the president accepted it.", GovernmentChange, "government|president"},
		{"The prime minister met the head of state on Tuesday.", GovernmentChange, "prime minister|president"},
		{"Authorities in Colombo imposed a curfew.", StateOfEmergency, "government"},
		{"The president's guards fired on the opposition leader's supporters.", Repression, "president|opposition"},
		{"Gunmen and looters attacked banks in Almaty.", Looting, "armed groups|rioters"},
		// Traps.
		{"Anti-government protesters filled the streets of Khartoum.", Protest, "protesters"},
		{"Anti–government protesters filled the streets of Khartoum.", Protest, "protesters"}, // en dash
		{"Pro-government crowds waved flags in Caracas.", Protest, "protesters"},
		{"Anti-riot units were deployed.", Deployment, ""},
		{"Protesters set fire to a police station in Lagos.", Riot, "protesters|police"},
		{"Students angry about student loans rallied in London.", Protest, "students"},
		{"The price of the ticket was announced on Sunday.", PriceChange, ""},
		{"It rained all day in Paris.", Protest, ""},
		{"The union said the walkout would go on.", Strike, "workers"},
		{"Pensions have not been raised since the fall of the Soviet Union.", Protest, ""},
		{"The European Union condemned the crackdown.", Repression, "EU"},
	}
	for _, c := range cases {
		got := strings.Join(actorsOf(wordsOf(c.text), c.typ), "|")
		if got != c.want {
			t.Errorf("actorsOf(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestActorsLeavesInputAlone: reading the words does not change them.
func TestActorsLeavesInputAlone(t *testing.T) {
	words := wordsOf("The president's troops fired on the crowd.")
	before := strings.Join(words, " ")
	actorsOf(words, Repression)
	if after := strings.Join(words, " "); after != before {
		t.Errorf("actorsOf changed its input: %q -> %q", before, after)
	}
}
