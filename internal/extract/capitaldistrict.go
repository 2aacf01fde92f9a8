package extract

import "github.com/unrest-project/unrest/internal/geoparse"

// capitalDistricts reads each region that is little more than its
// country's capital, a federal district around it ("the Federal
// District" of Brasília, the District of Columbia), as the capital: an
// event "in the Federal District" happened in Brasília, as a coder
// codes it. A region holds little more than its capital when its
// people are under half as many again as the capital's. The slice is
// changed in place.
func (x *Extractor) capitalDistricts(ms []geoparse.Mention) []geoparse.Mention {
	for i, m := range ms {
		if m.Place.Precision != geoparse.Admin1 || m.Place.Population == 0 {
			continue
		}
		c, ok := x.Places.Capital(m.Place.Country)
		if ok && c.Admin1 == m.Place.Admin1 && c.Population > 0 && 2*m.Place.Population < 3*c.Population {
			ms[i].Place = c
		}
	}
	return ms
}
