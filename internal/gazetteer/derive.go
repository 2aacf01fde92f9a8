package gazetteer

import (
	"math"
	"slices"
	"strings"
)

// derive fills in what the tables do not state: region and country
// populations, region locations, country capitals and largest places, and
// the regions of each country. regionOf gives each place's region index
// (-1 for none).
func (g *Gazetteer) derive(regionOf []int32, points map[string]regionPoint) {
	nc := len(g.countries)
	g.capital = make([]int32, nc)
	g.largest = make([]int32, nc)
	for i := range nc {
		g.capital[i], g.largest[i] = -1, -1
	}
	for i := range g.places {
		p := &g.places[i]
		ci := g.countryIndex[p.Country]
		c := &g.countries[ci]
		c.Population += p.Population
		if l := g.largest[ci]; l < 0 || p.Population > g.places[l].Population {
			g.largest[ci] = int32(i)
		}
		// A few countries have several PPLC places in some snapshots;
		// the most populous one is taken as the capital.
		if p.Feature == "PPLC" {
			if k := g.capital[ci]; k < 0 || p.Population > g.places[k].Population {
				g.capital[ci] = int32(i)
			}
		}
		ri := regionOf[i]
		if ri < 0 {
			continue
		}
		g.regions[ri].Population += p.Population
	}
	for i := range nc {
		if k := g.capital[i]; k >= 0 {
			g.countries[i].Capital = g.places[k].ID
		}
	}

	// A region is placed at the centre of its area, where GeoNames and
	// maps put a region's point, rather than at its seat, which is often
	// at an edge (Austin is 180 km from the middle of Texas): from
	// admin1-points.tsv where it has the region, else in the middle of
	// the box that holds its places. A region whose places straddle the
	// antimeridian (Chukotka, Fiji) gets the mean of its places instead,
	// averaged as unit vectors so it is not put on the other side of the
	// world.
	type box struct {
		minLat, maxLat, minLon, maxLon float64
		x, y, z                        float64
		n                              int
	}
	boxes := make([]box, len(g.regions))
	for i := range g.places {
		ri := regionOf[i]
		if ri < 0 {
			continue
		}
		p := &g.places[i]
		b := &boxes[ri]
		if b.n == 0 {
			b.minLat, b.maxLat, b.minLon, b.maxLon = p.Lat, p.Lat, p.Lon, p.Lon
		}
		b.minLat, b.maxLat = min(b.minLat, p.Lat), max(b.maxLat, p.Lat)
		b.minLon, b.maxLon = min(b.minLon, p.Lon), max(b.maxLon, p.Lon)
		x, y, z := unitVector(p.Lat, p.Lon)
		b.x, b.y, b.z = b.x+x, b.y+y, b.z+z
		b.n++
	}
	for ri, b := range boxes {
		r := &g.regions[ri]
		if p, ok := points[r.Code]; ok {
			r.Lat, r.Lon = p.lat, p.lon
			continue
		}
		switch {
		case b.n == 0:
			// No places: no point (0, 0), as the type says.
		case b.maxLon-b.minLon > 180:
			r.Lat, r.Lon = fromVector(b.x, b.y, b.z)
		default:
			r.Lat, r.Lon = (b.minLat+b.maxLat)/2, (b.minLon+b.maxLon)/2
		}
	}

	g.countryRegions = make([][]*Region, nc)
	for i := range g.regions {
		ci := g.countryIndex[g.regions[i].Country]
		g.countryRegions[ci] = append(g.countryRegions[ci], &g.regions[i])
	}
	for _, rs := range g.countryRegions {
		slices.SortFunc(rs, func(a, b *Region) int { return strings.Compare(a.Code, b.Code) })
	}
}

// unitVector returns the point at lat, lon (degrees) on the unit sphere.
func unitVector(lat, lon float64) (x, y, z float64) {
	φ, λ := lat*math.Pi/180, lon*math.Pi/180
	return math.Cos(φ) * math.Cos(λ), math.Cos(φ) * math.Sin(λ), math.Sin(φ)
}

// fromVector returns the latitude and longitude (degrees) of the direction
// x, y, z, rounded to 5 decimals like the data.
func fromVector(x, y, z float64) (lat, lon float64) {
	lat = math.Atan2(z, math.Hypot(x, y)) * 180 / math.Pi
	lon = math.Atan2(y, x) * 180 / math.Pi
	return math.Round(lat*1e5) / 1e5, math.Round(lon*1e5) / 1e5
}
