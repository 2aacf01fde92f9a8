package geoeval_test

import (
	"math"
	"testing"

	"github.com/unrest-project/unrest/internal/geoeval"
)

func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

func TestDistanceKm(t *testing.T) {
	R := geoeval.EarthRadiusKm
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want, tol              float64
	}{
		{"same point", 47.37, 8.55, 47.37, 8.55, 0, 1e-9},
		{"quarter meridian", 0, 0, 90, 0, math.Pi / 2 * R, 1e-6},
		{"quarter equator", 0, 0, 0, 90, math.Pi / 2 * R, 1e-6},
		{"antipodes", 0, 0, 0, 180, math.Pi * R, 1e-6},
		{"across the date line", 0, 179.5, 0, -179.5, math.Pi / 180 * R, 1e-6},
		{"Paris–London (about 343.5 km)", 48.8566, 2.3522, 51.5074, -0.1278, 343.5, 0.5},
	}
	for _, tt := range tests {
		if got := geoeval.DistanceKm(tt.lat1, tt.lon1, tt.lat2, tt.lon2); !near(got, tt.want, tt.tol) {
			t.Errorf("%s: DistanceKm = %.6f; want %.6f", tt.name, got, tt.want)
		}
	}
}

func TestAUC(t *testing.T) {
	M := geoeval.MaxErrorKm
	e := math.E - 1 // ln(1 + e) = 1
	norm := math.Log1p(M)
	tests := []struct {
		name string
		errs []float64
		want float64
	}{
		{"none", nil, 0},
		{"all perfect", []float64{0, 0, 0}, 0},
		{"all at the maximum", []float64{M, M}, 1},
		{"unsorted, beyond the maximum clamped", []float64{M, 0, 3 * M, 0}, 0.5}, // [0,0,1,1]: (0+0.5+1)/3
		{"one error", []float64{e}, 1 / norm},
		// sorted [0, e, M] → [0, 1/norm, 1]; trapezoids (0+1/norm)/2 + (1/norm+1)/2 over 2 steps
		{"three", []float64{M, 0, e}, (1/norm + 0.5) / 2},
	}
	for _, tt := range tests {
		if got := geoeval.AUC(tt.errs); !near(got, tt.want, 1e-12) {
			t.Errorf("%s: AUC(%v) = %.12f; want %.12f", tt.name, tt.errs, got, tt.want)
		}
	}
}

func TestSpanOverlaps(t *testing.T) {
	s := func(a, b int) geoeval.Span { return geoeval.Span{Start: a, End: b} }
	tests := []struct {
		a, b geoeval.Span
		want bool
	}{
		{s(0, 4), s(0, 4), true},
		{s(0, 4), s(3, 9), true},
		{s(0, 4), s(4, 9), false}, // touching is not overlapping
		{s(5, 11), s(0, 20), true},
		{s(3, 3), s(0, 9), false}, // empty
		{s(8, 2), s(0, 9), false}, // reversed
	}
	for _, tt := range tests {
		if got := tt.a.Overlaps(tt.b); got != tt.want || tt.b.Overlaps(tt.a) != tt.want {
			t.Errorf("%v.Overlaps(%v) = %v; want %v both ways", tt.a, tt.b, got, tt.want)
		}
	}
}
