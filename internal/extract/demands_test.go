package extract

import (
	"strings"
	"testing"
)

// TestDemands: sentences we wrote, and the demand categories they state,
// in order of first cue, "|"-separated.
func TestDemands(t *testing.T) {
	const (
		labor    = demandLabor
		land     = demandLand
		police   = demandPolice
		politics = demandPolitics
		prices   = demandPrices
		removal  = demandRemoval
		social   = demandSocial
	)
	cases := []struct {
		text string
		want []string
	}{
		// Prices and taxes.
		{"Students in Santiago jumped turnstiles in protest at the rise in metro fares.", []string{prices}},
		{"Yellow vests blocked roundabouts against the new fuel tax.", []string{prices}},
		{"Drivers in Tehran abandoned their cars, angry over the overnight petrol price hike.", []string{prices}},
		{"A doubling of LPG prices sparked protests in Zhanaozen.", []string{prices}},
		{"Crowds in Colombo demanded relief from the soaring cost of living and fuel shortages.", []string{prices}},
		{"Anti-austerity marchers filled Syntagma Square.", []string{prices}},
		{"Shopkeepers shut their stores, saying no new taxes would be accepted, over the VAT increase.", []string{prices}},
		{"Residents in Yerevan rallied against higher electricity bills.", []string{prices}},
		// Labour.
		{"Platinum miners at Marikana struck for a monthly wage of 12,500 rand.", []string{labor}},
		{"Teachers rallied outside the ministry for better pay and smaller classes.", []string{labor}},
		{"Nurses walked out over unpaid salaries and long working hours.", []string{labor}},
		{"Dock workers picketed the port against layoffs and the new contracts.", []string{labor}},
		{"Unions marched in Paris against the pension reform.", []string{labor}},
		// Removal of politicians.
		{"Protesters in Almaty chanted 'Old man out!' and called for the government to resign.", []string{removal}},
		{"Crowds outside the presidential secretariat demanded that the president step down.", []string{removal}},
		{"Thousands marched under the #GoGotaGoHome banner in Colombo.", []string{removal}},
		{"Down with the dictator, the crowd shouted in Khartoum.", []string{removal}},
		// Political process.
		{"Opposition supporters in Minsk rallied against the rigged election and demanded new elections.", []string{politics}},
		{"Thousands marched in Hong Kong for democracy and the release of detained activists.", []string{politics}},
		{"Pro-democracy students occupied the campus.", []string{politics}},
		{"Students protested against corruption and the constitutional amendments.", []string{politics}},
		{"Marchers in Hong Kong demanded the withdrawal of the extradition bill.", []string{politics}},
		// Police brutality.
		{"Young Nigerians marched in Lagos to demand an end to police brutality.", []string{police}},
		{"#EndSARS protesters blocked the toll gate at Lekki.", []string{police}},
		{"Crowds gathered in Minneapolis, outraged by the killing of a Black man by officers.", []string{police}},
		{"Protests erupted after the government tripled petrol prices.", []string{prices}},
		{"The strike, which began over unpaid wages, has spread to the railways.", []string{labor}},
		{"Demonstrators accused the government of corruption and demanded that Lukashenko go.", []string{politics}},
		{"Demonstrators condemned the crackdown and the arrests of journalists.", []string{police, politics}},
		// Land and farms.
		{"Residents protested against the demolition of their homes.", []string{land}},
		{"Farmers demanded the minimum support price be guaranteed by law.", []string{land}},
		{"Farmers camped at Delhi's borders against the three farm laws.", []string{land}},
		{"Villagers protested the eviction of families from grazing land near the dam.", []string{land}},
		// Social restrictions.
		{"Women in Tehran burned headscarves in protest at the compulsory hijab and the morality police.", []string{social}},
		{"Crowds in Shanghai demonstrated against the endless lockdowns.", []string{social}},
		{"Students in Bangkok defied martial law, calling for its immediate end.", nil},
		{"Thousands rallied in Bishkek against martial law.", []string{social}},
		{"Students rallied against the internet blackout and the ban on social media.", []string{social}},
		// Several categories, in order of first cue.
		{"Strikers demanded higher wages, lower fuel prices and the resignation of the prime minister.",
			[]string{labor, prices, removal}},
		{"Protesters angry over the killing of a student demanded the interior minister's resignation.",
			[]string{police, removal}},
		{"Farmers demanded fair crop prices and an end to land sales to foreign companies.",
			[]string{land, prices}},
		{"Workers struck not only for pay rises but also against the new tax.", []string{labor, prices}},
		// Traps: no demand stated, or denied.
		{"The price of the ticket was announced on Sunday.", nil},
		{"The government raised fuel prices by 50 percent on Friday.", nil},
		{"Over 2,000 protesters gathered in Minsk on Sunday.", nil},
		{"Protests continued over the weekend in Lagos.", nil},
		{"Riot police took over the square near the bread factory.", nil},
		{"Anti-government protesters filled the streets of Khartoum.", nil},
		{"Protesters gathered outside the police station.", nil},
		{"The crowd made no demands about wages.", nil},
		{"The miners insisted the stoppage was not over pay but over safety.", nil},
		{"Mourners came to pay tribute to the victims.", nil},
		{"Protesters called for the removal of fuel subsidies to be reversed.", []string{prices}},
		{"Activists organised the march over the internet.", nil},
		{"Protesters rallied against the new tax while police enforced the curfew.", []string{prices}},
		{"Police detained 40 protesters for breaking the curfew in Almaty.", nil},
		{"Protesters queued for hours outside the bakery.", nil},
		{"The walkout had nothing to do with politics, the union said.", nil},
		{"Protesters did not demand higher wages.", nil},
		{"", nil},
	}
	for _, c := range cases {
		got := demandsOf(wordsOf(c.text))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("demandsOf(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDemandsLabels: every category demandsOf can give is one of the
// Mass Mobilization Project's.
func TestDemandsLabels(t *testing.T) {
	mm := map[string]bool{"labor wage dispute": true, "land farm issue": true, "police brutality": true,
		"political behavior, process": true, "price increases, tax policy": true, "removal of politician": true,
		"social restrictions": true}
	for _, g := range demandTopicGroups {
		if !mm[g.label] {
			t.Errorf("demand category %q is not a Mass Mobilization one", g.label)
		}
	}
}
