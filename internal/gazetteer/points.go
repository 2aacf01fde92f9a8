package gazetteer

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
)

// regionPoint is where admin1-points.tsv puts a region: the centre of its
// area (cmd/gazbuild/regionpoints.go).
type regionPoint struct{ lat, lon float64 }

// readRegionPoints reads the optional table admin1-points.tsv (code,
// latitude, longitude). A data folder without it (test fixtures) gives
// no points: regions are then placed by their places alone (derive).
func readRegionPoints(fsys fs.FS) (map[string]regionPoint, error) {
	name, text, err := readTable(fsys, "admin1-points.tsv")
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	return parseRegionPoints(name, text)
}

// parseRegionPoints parses the rows of admin1-points.tsv.
func parseRegionPoints(file, text string) (map[string]regionPoint, error) {
	points := make(map[string]regionPoint, strings.Count(text, "\n")+1)
	var f [3]string
	for i, line := 0, 1; i < len(text); line++ {
		var row string
		row, i = nextLine(text, i)
		if row == "" {
			return nil, malformed(file, line, "empty line")
		}
		if k := splitFields(row, f[:]); k != len(f) {
			return nil, malformed(file, line, "%d fields, want %d", k, len(f))
		}
		lat, err1 := strconv.ParseFloat(f[1], 64)
		lon, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return nil, malformed(file, line, "coordinates %q %q", f[1], f[2])
		}
		if _, dup := points[f[0]]; dup {
			return nil, malformed(file, line, "region %s listed twice", f[0])
		}
		points[f[0]] = regionPoint{lat, lon}
	}
	return points, nil
}
