package geoparse

// countryPoints are GeoNames' own points for the countries whose point in
// the gazetteer (from world-countries) lies more than about 80 km from
// GeoNames': the point GeoNames gives its country feature (United States
// 6252001 at 39.76, -98.5). Places resolved to a country carry GeoNames'
// point, as they carry GeoNames' ids and points for cities; the others
// differ from it by less than the width of a county. Source: GeoNames
// (geonames.org, CC BY 4.0), the source of the gazetteer's places; the
// values were transcribed from a CC BY 4.0 copy of GeoNames' country
// points (gvenzl's sample-data "countries" table), leaving out the rows
// where that copy gives the capital's point instead (Serbia, Bahamas,
// Tuvalu).
var countryPoints = map[string][2]float64{
	"AF": {33, 66}, "AU": {-25, 135}, "CA": {60.10867, -113.64258},
	"CD": {-2.5, 23.5}, "CO": {4, -73.25}, "DE": {51.5, 10.5}, "EC": {-1.25, -78.25},
	"ET": {9, 39.5}, "FJ": {-18, 178}, "GB": {54.75844, -2.69531}, "GH": {8.1, -1.2},
	"GM": {13.5, -15.5}, "IN": {22, 79}, "JP": {35.68536, 139.75309}, "KW": {29.5, 47.75},
	"LK": {7.75, 80.75}, "LY": {28, 17}, "MA": {32, -6}, "MH": {7.08971, 171.38027},
	"ML": {18, -2}, "MM": {21, 96}, "MR": {20.25, -10.5}, "NE": {18, 9},
	"NZ": {-42, 174}, "PE": {-10, -75.25}, "SD": {16, 30},
	"SO": {6, 48}, "TH": {15.5, 101}, "US": {39.76, -98.5},
	"ZM": {-14.33333, 28.5}, "ZW": {-19, 29.75},
}
