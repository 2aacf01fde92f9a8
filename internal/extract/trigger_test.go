package extract

import (
	"strings"
	"testing"
)

// TestTriggers: sentences we wrote, the types they must give, and the
// ones they must not.
func TestTriggers(t *testing.T) {
	cases := []struct {
		text string
		want string // types, space-separated, in taxonomy order
	}{
		{"Thousands of teachers protested outside parliament.", "protest"},
		{"Demonstrators took to the streets of the capital.", "protest"},
		{"Dock workers walked out at dawn.", "strike"},
		{"A general strike shut the mines.", "strike"},
		{"Farmers blocked the roads with tractors.", "blockade"},
		{"Protesters stormed the city hall and set fire to cars.", "riot"}, // the crowd's act, not a second event
		{"Crowds looted shops and ransacked a bank.", "looting"},
		{"Police fired tear gas and rubber bullets at the crowd.", "repression"},
		{"Troops opened fire on the marchers.", "protest repression"},
		{"Police detained 120 people.", "arrests"},
		{"Army Humvees are parked at both ends of the bridges.", "deployment"},
		{"The government declared a state of alarm in the region.", "state_of_emergency"},
		{"Protesters broke through the main gate of the army headquarters.", "riot"},
		{"The opposition leader was seized by paramilitary rangers at the court.", "arrests"},
		{"A few hundred people got down onto the tracks at the station.", "blockade"},
		{"Thousands are massing outside the police station for the third day.", "protest"},
		{"The pump price of fuel was put up again in July.", "price_change"},
		{"Soldiers joined the police on the streets of the capital on Sunday.", "deployment"},
		{"The president stopped short of declaring a state of emergency.", ""},
		{"Workers held a short strike at noon.", "strike"},
		{"A spokesman said the party would march again at the funeral on Sunday.", ""},
		{"Plain-clothes police bundled dozens of them into trucks.", "arrests"},
		{"Video showed a crowd emptying a hard-currency store on Sunday.", "looting"},
		{"Shop windows along the main street were smashed in.", "riot"},
		{"The security forces came back, with soldiers posted at church gates from early morning.", "deployment"},
		{"On Dec. 31 the labour ministry offered to lift the wage to $100 from February.", "concession"},
		{"Workers demanded that the government raise wages.", ""},
		{"The lawyer was let go a couple of hours ago.", "concession"},
		{"The president said petrol and diesel will come down by ten cents a gallon.", "concession"},
		{"A stoppage is not a riot.", ""},
		{"A strike is a right that workers won long ago.", ""},
		{"The minister said the army could be sent onto the streets.", ""},
		{"They say they'll march on parliament on Friday.", ""},
		{"A deputy who walked out to talk to the officers was pepper-sprayed.", "repression"},
		{"Young men began tearing up paving stones and hurling them at the police.", "riot"},
		{"When several thousand people arrived at Congress, the gates were shut.", "protest"},
		{"The ministry of public security has banned the march and warns that any gathering will be dispersed.", "state_of_emergency"},
		{"Our correspondent says the town is calm but full of soldiers.", "deployment"},
		{"The faithful tried to walk out of Sunday Mass in procession.", ""},
		{"Thousands of nurses walked out of their wards at noon.", "strike"},
		{"Dock workers walked out at dawn.", "strike"},
		{"In the port city protesters sat down across the main boulevard for two hours.", "blockade"},
		{"Drivers and pedestrians stopped traffic at roundabouts and junctions.", "blockade"},
		{"A few dozen people are throwing bottles and fireworks at the police line.", "riot"},
		{"A few thousand of us sat on the Esplanade from 2 pm.", "protest"},
		{"The court order bars everyone from the square until 1 May.", "state_of_emergency"},
		{"The council has laid coils of barbed wire all round the square.", "deployment"},
		{"Thursday was the paro nacional: shops and schools stayed shut.", "strike"},
		{"A dawn-to-dusk hartal shut shops across the city.", "strike"},
		{"Between 15,000 and 30,000 people filled the plaza in front of the palace.", "protest"},
		{"Congress voted 132 to 0 to strip the president of his immunity.", "concession"},
		{"The former president was ordered held in a military barracks.", "arrests"},
		{"Thousands of people had waited outside the building since the morning.", "protest"},
		{"In twenty weeks I did not see the police fire a single tear gas canister.", ""},
		{"Their demands: the abolition of the increase in bread prices and higher wages.", ""},
		{"Militiamen are beating students in their rooms.", "repression"},
		{"The home side beat the visitors two goals to nil.", ""},
		{"Riot police and armoured trucks were stationed on every bridge into the centre.", "deployment"},
		{"Soldiers took up positions around the state television building.", "deployment"},
		{"Several police officers have posted videos of themselves throwing their uniforms in the bin.", ""},
		{"There has been no attempt to block Twitter or to cut mobile networks.", ""},
		{"Tens of thousands, many of them holding candles, have filled Freedom Square.", "protest"},
		{"The electoral council says it is ready to recount the ballots from disputed districts.", "concession"},
		{"The opposition demanded a recount.", ""},
		{"Text messaging has been down across the country since Friday.", "internet_shutdown"},
		{"Mobile phone networks in the centre have gone dead.", "internet_shutdown"},
		{"Several opposition websites are blocked.", "internet_shutdown"},
		{"Activists shared the video on opposition websites and blocked the bridge.", "blockade"},
		{"Since Saturday petrol costs about 12 shillings more a litre.", "price_change"},
		{"Bread costs 40 cents more than last year in the capital's markets.", "price_change"},
		{"It costs more to hire a lawyer than to pay the fine.", ""},
		{"Activists were rounded up overnight.", "arrests"},
		{"The government declared a state of emergency and a curfew.", "state_of_emergency"},
		{"The internet was cut across the country.", "internet_shutdown"},
		{"Social networks and messengers were blocked.", "internet_shutdown"},
		{"TikTok has been banned in the territory.", "internet_shutdown"},
		{"Authorities blocked Facebook and WhatsApp on Friday.", "internet_shutdown"},
		{"Students organised on Facebook and blocked the highway.", "blockade"},
		{"The mayor ordered a 36-hour lockdown of the capital.", "state_of_emergency"},
		{"Protesters marched against the lockdown.", "protest"},
		{"The first police officers landed in Honiara late that night.", "deployment"},
		{"Crowds went back to the shops, carrying out goods and setting fire to buildings.", "riot looting"},
		{"On Malaita there were no reports of violence.", ""},
		{"Several people were carried off in ambulances.", ""},
		{"The rally planned for today will obviously not take place.", ""},
		{"The organisers have announced a further day of demonstrations for 17 August.", ""},
		{"Marape also suspended the police commissioner for two weeks.", "government_change"},
		{"Then thousands of people walked back onto the roundabout.", "protest"},
		{"The state of emergency ends at midnight.", ""},
		{"On Monday he named an army officer, General Ruphin Zafisambo, as prime minister.", "government_change"},
		{"The culture minister, Marek Madaric, quit three days later.", "government_change"},
		{"Police put the crowd on SNP Square at 40,000.", "protest"},
		{"She quit smoking last year.", ""},
		{"Second night. Thousands back on Rustaveli.", "protest"},
		{"Friends report pot-banging in Rosario too.", "protest"},
		{"When his convoy came through town they teargassed the lot.", "repression"},
		{"When they set off up the road, officers blocked the way.", ""},
		{"Minutes later Arce swore in a new army commander.", "government_change"},
		{"By the afternoon about 100,000 people had gathered outside the Knesset.", "protest"},
		{"Madrid has sent extra riot units of the national police.", "deployment"},
		{"Last night a few thousand people sat down in the square.", "protest"},
		{"At 1 am the Republican Guard stormed the opposition's campaign headquarters.", "repression"},
		{"Protesters stormed the presidential palace.", "riot"},
		{"Soldiers and armoured vehicles are now on the main crossroads of the capital.", "deployment"},
		{"Ping has declared himself the winner and wants a recount.", ""},
		{"Within an hour his supporters were out in three districts.", "protest"},
		{"Saudi troops came over the causeway this afternoon.", "deployment"},
		{"At dawn soldiers and riot police moved in with helicopters overhead.", "repression deployment"},
		{"Seven opposition leaders were taken from their homes in night raids.", "arrests"},
		{"He said every kina wrongly deducted would be paid back in the next pay.", "concession"},
		{"The march was called off after the arrests.", "arrests"},
		{"Part of the crowd tried to force its way into the parliament building.", "riot"},
		{"The strike set for Monday went ahead despite the ban.", "strike"},
		{"Looters carried off televisions and fridges.", "looting"},
		{"Paratroopers were deployed to the airport.", "deployment"},
		{"The prime minister resigned on Wednesday.", "government_change"},
		{"The fare rise was withdrew the next day; prices were reduced to 50.", "concession"}, // a rise undone: its undoing is the news
		{"Fuel prices doubled overnight.", "price_change"},
		{"Some police joined the protesters.", "protest defection"},
		{"Soldiers refused to open fire.", "defection"},
		{"Protesters occupied the toll plaza, blocking the expressway.", "blockade"},
		{"Demonstrators broke into the parliament building.", "riot"},
		{"Protesters marched to the square in silence.", "protest"},
		{"Riot police threw stun grenades into the courtyards.", "repression"},
		{"Anti-riot units patrolled the port.", ""},
		{"Overnight the offices of several parties were burned.", "riot"},
		{"Youths burnt two police cars and a bank.", "riot"},
		{"Protesters burned tyres and flags outside the station.", "protest"},
		{"Special forces were brought into the capital on Monday.", "deployment"},
		{"Armoured vehicles of the army are posted at the main junctions.", "deployment"},
		{"Hundreds of police officers were sent to reopen the highway.", "deployment"},
		{"Police officers sent a letter to the mayor.", ""},
		{"Youths threw stones at the police and attacked officers with clubs.", "riot"},
		{"Gatherings have been banned under Section 144.", "state_of_emergency"},
		{"The cabinet approved requests to call in the army.", "deployment"},
		{"The court ruled the arrest unlawful and ordered his release.", "arrests concession"},
		{"Police picked him up at his campaign stop.", "arrests"},
		{"Crowds also came out in the northern towns.", "protest"},
		{"Students also came out in three provincial cities.", "protest"},
		{"The results came out in May.", ""},
		{"Police put the crowd at the monument at 8,000.", "protest"},
		{"Police had already hauled away 21 activists.", "arrests"},
		{"Officers moved in, dragging people into trucks.", "arrests"},
		{"They will camp there until the prime minister resigns.", ""},
		{"The prime minister resigned on Friday.", "government_change"},
		{"People streamed out of the store, walking off with TVs and clothes.", "looting"},
		{"Nurses walked off the job at dawn.", "strike"},
		{"Shops, markets and taxi ranks stayed closed on Monday.", "strike"},
		{"Shops remained open despite the call.", ""},
		{"Shops are closed.", ""},
		{"A second two-day shutdown was widely observed.", "strike"},
		{"The internet shutdown was widely observed by monitors.", "internet_shutdown"},
		{"A shutdown was observed, and protesters took to the streets in three cities.", "protest strike"},
		{"There were running battles with the police all afternoon.", "riot"},
		{"He has been released on bail by the court.", "concession"},
		{"A friend sent me videos of crowds in the streets.", "protest"},
		{"Shops on the main road were broken into and emptied.", "looting"},
		{"He said he would not seek a fifth term and that the poll would be put off.", "concession concession"}, // one a clause
		{"Thousands answered his call to march on the capital.", "protest"},
		{"The union will call a march next week.", ""},
		{"Prices rose from January to March.", "price_change"},
		{"The vice president dismissed the protesters as tiny groups.", "protest"}, // the crowd, not a dismissal
		{"The president dismissed the interior minister on Friday.", "government_change"},
		{"He has sent his resignation letter from Singapore.", "government_change"},
		{"The government extended the emergency to the port city.", "state_of_emergency"},
		{"At least 27 people have been killed since Monday.", "repression"},
		{"Paramilitary units are stationed at every junction.", "deployment"},
		{"The president signed a moratorium on new mining concessions.", "concession"},
		{"Thousands packed the junction in front of the malls.", "protest"},
		{"Before first light riot police moved in on the camp.", "repression"},
		{"They marched to hand in a mock resignation letter.", "protest"},
		{"The mayors said bus and metro fares would go back to their old levels.", "concession"},
		{"The armed forces announced that they will not confront the people.", "defection"},
		{"The president promised a fresh election.", "concession"},
		{"Netanyahu fired his defence minister on Sunday.", "government_change"},
		{"Police fired tear gas at the minister's supporters.", "repression"},
		{"He said he was delaying the final votes on the legislation.", "concession"},
		{"The ban on social media has been lifted.", "concession"},
		{"The restrictions have not been fully lifted.", ""},
		{"The authorities banned opposition marches on weekdays.", "state_of_emergency"},
		{"The president declared a 30-day state of siege.", "state_of_emergency"},
		{"Within an hour tens of thousands of people were on the streets.", "protest"},
		{"The three-day taxi stoppage began on Monday.", "strike"},
		{"The police denied that officers had fired live ammunition.", ""},
		{"The police said that officers had fired live ammunition.", "repression"},
		{"Protesters smashed windows at the Statehouse and tried to force the doors.", "riot"},
		{"Police baton-charged the sit-in at dawn.", "protest repression"},
		{"Youths went on the rampage and hurled rocks at the police station.", "riot"},
		// Words that misfire in ordinary news (from a review).
		{"Defying the ban, protesters marched through the capital on Sunday.", "protest"},
		{"The authorities banned opposition marches on weekdays.", "state_of_emergency"},
		{"Protesters toppled a statue of Lenin in the main square.", "protest"},
		{"Police stepped aside to let the marchers pass.", "protest"},
		{"Millions of people turned out to vote in the capital.", ""},
		{"Police were on the streets of the capital in force.", ""},
		{"Trains will not run in the capital on Monday.", ""},
		{"The commander fired on the crowd.", "repression"},
		{"Protesters burned an effigy outside parliament.", "protest"},
		{"Banks, schools and shops remained closed for the holiday.", ""},
		{"Many residents stayed at home for fear of violence.", ""},
		{"The roof of the stadium caved in.", ""},
		{"Residents came out to survey the damage.", ""},
		{"The king dismissed him as prime minister.", "government_change"},
		{"Crowds stayed in the square until Mubarak resigned.", "government_change"},
		{"Dock workers walked out in Antwerp, and strikes spread to Ghent.", "strike strike"},
		{"Protesters rallied in Almaty, and crowds turned out in Aktau.", "protest protest"},
		{"Tens of thousands pour into the square and demand that the president resign.", "protest"},
		{"The detained opposition leaders are released.", "arrests concession"}, // the coder keeps only the release
		{"Shortly before midnight he announced that he is stepping down.", "government_change"},
		{"The president reshuffled his cabinet on Monday.", "government_change"},
		{"It repeated its call for the government to be dismissed.", ""},
		{"The sergeant and four other officers were dismissed.", ""},
		{"The president fled the country on a military plane.", "government_change"},
		{"The president has not fled the country, his office said.", ""},
		{"After a week of pressure the government backed down.", "concession"},
		{"Two organisers were apprehended at the airport.", "arrests"},
		{"Police took a number of demonstrators away in vans.", "protest arrests"},
		{"Thousands are on the move in Cairo, and big crowds are reported in Alexandria.", "protest protest"},
		{"Hours later he announced he was suspending the fare increase.", "concession"},
		{"The bus fare rose by a third on Monday.", "price_change"},
		{"Students answered by jumping the metro turnstiles.", ""},
		{"Leaders vowed to keep marching until the law is repealed.", ""},
		{"Gas doubled in price when the price cap was lifted.", "price_change"},
		{"The ministry abolished the price cap on diesel.", "price_change"},
		{"On Tuesday the government restored a cap of 50 pesos a litre.", "concession"},
		{"Fuel subsidies were scrapped at midnight.", "price_change"},
		{"The first troops of the alliance's contingent landed at the airport.", "deployment"},
		{"The speaker says the president has agreed to resign.", ""},
		{"The government agreed to lower bread prices.", "concession"},
		{"Midday prayers are over and the marches have begun.", "protest"},
		{"Strikes began on 3 March in the ports.", "strike"},
		{"Contract workers at the refinery walked off the job.", "strike"},
		{"A doctor says security forces used live rounds this afternoon.", "repression"},
		{"Armoured vehicles are rolling into the city centre.", "deployment"},
		{"The general refused the order to fire on the crowds.", "defection"},
		{"On Saturday the fuel price rise was suspended until further notice.", "concession"},
		{"The government declared a state of emergency, suspending the right to assemble.", "state_of_emergency"},
		{"Fares went up from 3.00 to 3.20 on Sunday.", "price_change"},
		{"Petrol would cost 38 percent more from Saturday.", "price_change"},
		{"Gangs smashed windows and stripped the shops bare.", "looting"},
		{"In two towns people took over the regional administration buildings.", "riot"},
		{"The president took over the chairmanship of the security council.", ""},
		{"An armoured police vehicle ran over a delivery driver.", "repression"},
		{"Army trucks are parked on the main avenue.", "deployment"},
		{"A fruit seller set himself on fire outside the governor's office.", ""},
		{"The country has more or less vanished from the internet.", "internet_shutdown"},
		{"Mobile data went dark at midnight.", "internet_shutdown"},
		{"Lorries and piles of burning tyres have cut the highways around the city.", "blockade"},
		{"Crowds were out today in three southern cities.", "protest"},
		{"Some 5,000 filled Independence Square at noon.", "protest"},
		{"Crowds gathered near the prime ministry at dusk.", "protest"},
		{"Snipers on the rooftops fired into the crowd.", "repression"},
		{"Security forces broke up the sit-in at dawn.", "protest repression"},
		{"Monitors say most of the country is offline.", "internet_shutdown"},
		{"The king ordered the fuel and electricity increases frozen.", "concession"},
		{"A senator declared herself interim president.", "government_change"},
		{"The striking thing about this week was the middle class.", ""},
		{"Police arrested the gunman at the scene.", ""},
		{"Army trucks are already arriving in the city.", "deployment"},
		{"The police unit was disbanded nationwide.", "concession"},
		{"The internet has been almost dead since Sunday.", "internet_shutdown"},
		{"He said he would not sign the bill and that it would be withdrawn.", "concession"},
		{"Parliament will revoke the housing allowance paid to its members.", "concession"},
		{"Huge crowds were reported in the port city.", "protest"},
		{"The strike committee says the talks will resume.", ""},
		{"She would ask Congress to bring the vote forward to April.", "concession"},
		{"The president agreed to early elections.", "concession"},
		{"Nurses voted in a strike ballot.", ""},
		{"By ten there were thousands of people walking towards the monument.", "protest"},
		{"Tens of thousands are on the move in the capital.", "protest"},
		{"Hundreds poured into the streets after the verdict.", "protest"},
		{"He announced that the curfew in the capital will be relaxed.", "concession"},
		{"In defiance of the curfew, crowds took to the streets again.", "protest"},
		{"The union warned that it will call a national strike if the army stays.", ""},
		{"Teachers will strike next week.", ""},
		{"The army lifted the state of emergency on Friday.", "concession"},
		{"A judge released Sonko under judicial supervision.", "concession"},
		{"WhatsApp and Facebook barely load on the mobile networks tonight.", "internet_shutdown"},
		{"For a second day the capital was a ghost town, shops shuttered.", "strike"},
		{"The assembly voted to repeal the new tax law.", "concession"},
		{"The regulator revoked the licence of the broadcaster.", ""},
		{"Security forces killed dozens overnight.", "repression"},
		{"Soldiers patrolled the streets of the capital.", "deployment"},
		// Not events, or not of that type.
		{"An air strike hit the village.", ""},
		{"The union did not strike.", ""},
		{"Workers may strike next week.", ""},
		{"The union threatened to strike.", ""},
		{"He suffered a cardiac arrest.", ""},
	}
	for _, c := range cases {
		words := wordsOf(c.text)
		var got []string
		for _, tr := range findTriggers(words) {
			if !negated(words, tr) {
				got = append(got, string(tr.typ))
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: got %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

func TestCounts(t *testing.T) {
	cases := []struct {
		text                                   string
		fatalities, injured, arrested, partake int // 0: none
	}{
		{"70+ were killed by police and 500+ injured.", 70, 500, 0, 0},
		{"Police detained 1,200 people.", 0, 0, 1200, 0},
		{"Thousands of people marched.", 0, 0, 0, 1000},
		{"a demonstration of thousands in the square", 0, 0, 0, 1000},
		{"Dozens were wounded.", 0, 24, 0, 0},
		{"Tens of thousands of workers joined the strike.", 0, 0, 0, 10000},
		{"The army opened fire, killing 16.", 16, 0, 0, 0},
		{"Seven protesters were arrested.", 0, 0, 7, 0},
		{"Hundreds of hospital employees walked out.", 0, 0, 0, 200},
		{"Some 874 people were taken into custody across the country.", 0, 0, 874, 0},
		{"Dozens were hauled off to police stations.", 0, 0, 24, 0},
		{"About 3,000 pensioners rallied outside the ministry.", 0, 0, 0, 3000},
		{"There are tens or even hundreds of people killed.", 10, 0, 0, 0},
		{"Between 40 and 60 students were detained overnight.", 0, 0, 40, 0},
		{"Hundreds of miners hurt in the clashes.", 0, 200, 0, 0},
		{"Fares rose from 60 to 120 pesos.", 0, 0, 0, 0},
		{"Some 5,000 to 8,000 people rallied.", 0, 0, 0, 5000},
		// A decimal comma before a word for a million, and the words for
		// a thousand after a figure, in other languages.
		{"3,5 millions de manifestants selon la CGT", 0, 0, 0, 3500000},
		{"1,2 millones de personas marcharon", 0, 0, 0, 1200000},
		{"20 mil personas marcharon", 0, 0, 0, 20000},
		{"вышли 40 тысяч человек", 0, 0, 0, 40000},
		{"Police killed 3 and 12 people were arrested.", 3, 0, 12, 0},
		{"Troops wounded 12 and killed 3 near the mine.", 3, 12, 0, 0},
		{"Officers arrested 25 in the capital on Monday.", 0, 0, 25, 0},
		{"Police detained 15 and injured 8.", 0, 8, 15, 0},
		{"2 killed, 3 injured in the clashes.", 2, 3, 0, 0},
		{"He was arrested 2 days ago.", 0, 0, 0, 0},
		{"Between 5 and 10 were killed.", 5, 0, 0, 0},
		{"Riot police injured 40, the union said.", 0, 40, 0, 0},
		// People counted by what befell them, past auxiliaries.
		{"The ministry said 2,298 people had been detained nationwide.", 0, 0, 2298, 0},
		{"About 1,000 people have reportedly been arrested.", 0, 0, 1000, 0},
		{"Nine miners were shot dead at the gate.", 9, 0, 0, 0},
		{"Four students were beaten to death.", 4, 0, 0, 0},
		// A verb before the figure, past a hedge.
		{"Soldiers opened fire, killing at least three people.", 3, 0, 0, 0},
		{"Rights groups say troops killed at least 106 protesters.", 106, 0, 0, 0},
		{"Police said they had detained more than 350 people.", 0, 0, 350, 0},
		{"The police had shot dead at least 22 people.", 22, 0, 0, 0},
		{"The raid ended in the arrest of dozens of workers.", 0, 0, 24, 0},
		// Crowds: adjectives before the people, a verb of crowds after
		// the figure.
		{"Thousands of young protesters marched on parliament.", 0, 0, 0, 1000},
		{"Tens of thousands marched through the capital.", 0, 0, 0, 10000},
		{"Some 65,000 filled the avenue.", 0, 0, 0, 65000},
		{"A million march as the protests widen.", 0, 0, 0, 1000000},
		{"Two million people marched.", 0, 0, 0, 2000000},
		{"Three of the students were detained.", 0, 0, 3, 0},
		{"Monitors saw dozens of beatings of protesters.", 0, 0, 0, 0},
		// One person.
		{"A young man was shot dead during the clashes.", 1, 0, 0, 0},
		{"A student was hurt when police charged.", 0, 1, 0, 0},
		{"An opposition activist was arrested at home.", 0, 0, 1, 0},
		// Not counts: days, and a figure put elsewhere by a preposition.
		{"Dock workers walked out on 3 March.", 0, 0, 0, 0},
		{"Since 13 October protesters have occupied the toll plaza.", 0, 0, 0, 0},
		{"Two days after protesters stormed parliament, police arrested 40 people.", 0, 0, 40, 0},
		{"A man said police had arrested his son.", 0, 0, 0, 0},
		// Tallies, crowds estimated, people taken to hospital or shot.
		{"Officials put the death toll at 18 across the country.", 18, 0, 0, 0},
		{"Police put the crowd at Democracy Monument at 8,000.", 0, 0, 0, 8000},
		{"Several hundred protesters marched to the Capitol.", 0, 0, 0, 200},
		{"A few thousand people sat down in the square.", 0, 0, 0, 2000},
		{"240 people were taken to hospital overnight.", 0, 240, 0, 0},
		{"Seven people have been shot downtown.", 0, 7, 0, 0},
		{"Police had already hauled away 21 activists.", 0, 0, 21, 0},
		{"Hospitals report dozens of gunshot wounds.", 0, 24, 0, 0},
		// Not counts, or other counts (from a review).
		{"At least 20 may have been killed.", 20, 0, 0, 0},
		{"The crowd gathered at 3 pm outside the station.", 0, 0, 0, 0},
		{"The crowd marched to 10 Downing Street.", 0, 0, 0, 0},
		{"Crowds marked the anniversary of 1989.", 0, 0, 0, 0},
		{"Police arrested the 2019 protest leader.", 0, 0, 0, 0},
		{"Two hundred thousand people marched.", 0, 0, 0, 200000},
		{"A man was shot dead as police killed 12 protesters.", 12, 0, 0, 0},
		{"The death toll rose to 37 on Friday.", 37, 0, 0, 0},
	}
	get := func(p *int) int {
		if p == nil {
			return 0
		}
		return *p
	}
	for _, c := range cases {
		got := readCounts(wordsOf(c.text))
		if get(got.fatalities) != c.fatalities || get(got.injured) != c.injured || get(got.arrested) != c.arrested || get(got.participants) != c.partake {
			t.Errorf("%q: got killed %d injured %d arrested %d participants %d", c.text,
				get(got.fatalities), get(got.injured), get(got.arrested), get(got.participants))
		}
	}
}

// TestAnaphoric: a trigger noun after a determiner refers back to an
// event told before; after a phrase of time it tells a new one.
func TestAnaphoric(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Police tried to calm the protests.", true},
		{"Police tried to calm the current protests.", true},
		{"By the afternoon protests had spread to three towns.", false},
		{"Over the weekend protests spread to the north.", false},
		{"Thousands joined protests in the capital.", false},
	}
	for _, c := range cases {
		words := wordsOf(c.text)
		trigs := findTriggers(words)
		if len(trigs) == 0 {
			t.Errorf("%q: no trigger", c.text)
			continue
		}
		if got := anaphoric(words, trigs[0]); got != c.want {
			t.Errorf("%q: anaphoric = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestNoShortStems: a stem shorter than the word table's head cannot be
// filed under it, so every word of every sentence is read for it (the
// trigger search ran three times slower for one "van*"). Spell such
// words out instead.
func TestNoShortStems(t *testing.T) {
	for _, st := range triggers.short {
		t.Errorf("patterns: stem %q is shorter than %d bytes", st.stem, headLen)
	}
	for name, list := range map[string][]maskedStem{"proximity heads": proximityHeads.short,
		"proximity others": proximityOthers.short} {
		for _, st := range list {
			t.Errorf("%s: stem %q is shorter than %d bytes", name, st.stem, headLen)
		}
	}
}

// TestNumberGroups joins the groups of figures written apart ("12 000",
// "1.200", "3.5 million") and leaves a day and the figure after it apart.
func TestNumberGroups(t *testing.T) {
	for text, want := range map[string]int{
		"Plus de 12 000 personnes ont manifesté.":     12000,
		"Según la policía, 1.200 personas marcharon.": 1200,
		"The unions said 3.5 million people marched.": 3500000,
		"On March 5 200 protesters gathered.":         200,
		"Mais de 30\u00a0000 pessoas protestaram.":    30000,
		// A point before a million-word is a decimal point even with three
		// digits after it, not a thousands separator.
		"Organisers counted 1.125 million marchers.": 1125000,
		"Unas 2.000 personas marcharon el lunes.":    2000,
	} {
		words, at := wordSpans(text)
		words, _, _ = joinNumberGroups(text, words, at)
		c := readCounts(words)
		if c.participants == nil || *c.participants != want {
			t.Errorf("%q: participants %v, want %d (words %q)", text, c.participants, want, words)
		}
	}
}
