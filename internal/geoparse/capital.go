package geoparse

import "github.com/unrest-project/unrest/internal/gazetteer"

// Capital returns a country's capital (its PPLC place in GeoNames) as a
// resolved city, for what a text places only by a national institution
// that sits there: "stormed the presidential palace", "broke into
// parliament".
func (p *Parser) Capital(cc string) (Place, bool) {
	c, ok := p.g.Capital(cc)
	if !ok {
		return Place{}, false
	}
	return toPlace(gazetteer.Candidate{Kind: gazetteer.KindPlace, Place: c}), true
}
