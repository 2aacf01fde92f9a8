package geoeval

import (
	"cmp"
	"math"
	"slices"
)

// Constants of the resolution measures, as in Gritta et al.
const (
	// AccuracyKm is the k of accuracy@k: 161 km, 100 miles.
	AccuracyKm = 161.0
	// MaxErrorKm is the largest error counted: half the Earth's
	// circumference. An unresolved toponym counts as this error.
	MaxErrorKm = 20039.0
	// EarthRadiusKm is the mean Earth radius used by [DistanceKm] (IUGG).
	EarthRadiusKm = 6371.0088
	// WorstCases is how many of the largest errors a [Resolution] keeps.
	WorstCases = 20
)

// DistanceKm returns the great-circle (haversine) distance between two
// points given in degrees.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	φ1, φ2 := lat1*rad, lat2*rad
	dφ, dλ := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dφ/2)*math.Sin(dφ/2) + math.Cos(φ1)*math.Cos(φ2)*math.Sin(dλ/2)*math.Sin(dλ/2)
	return 2 * EarthRadiusKm * math.Asin(math.Sqrt(min(h, 1)))
}

// AUC returns the area under the curve of log errors, Gritta et al.'s
// geocoding AUC: errors are sorted, each becomes ln(1 + km), the curve is
// integrated with the trapezoidal rule over unit steps and divided by the
// largest possible area, so 0 is perfect and 1 is every toponym at the
// maximum error. Errors are clamped to [0, MaxErrorKm]. The original
// divides by ln(20039) while taking ln(1 + km), which lets the worst case
// reach 1.000005; we divide by ln(1 + 20039) so it is exactly 1. One error
// gives its own normalised value; none gives 0.
func AUC(errorsKm []float64) float64 {
	n := len(errorsKm)
	if n == 0 {
		return 0
	}
	norm := math.Log1p(MaxErrorKm)
	xs := make([]float64, n)
	for i, e := range errorsKm {
		xs[i] = math.Log1p(min(max(e, 0), MaxErrorKm)) / norm
	}
	slices.Sort(xs)
	if n == 1 {
		return xs[0]
	}
	area := 0.0
	for i := 1; i < n; i++ {
		area += (xs[i-1] + xs[i]) / 2
	}
	return area / float64(n-1)
}

// Recognition holds toponym recognition figures for one way of matching
// spans. A predicted span matches a gold one when they are equal (exact) or
// share a code point (relaxed). Precision is the share of counted
// predictions that match some gold toponym, recall the share of gold
// toponyms matched by some prediction, as in TempEval-3's relaxed scoring;
// with exact matching both counts are the same matched pairs. A prediction
// that matches no counted gold toponym but does match a gold toponym outside
// the scope (an associative one in GWN's standard scope) is Ignored: neither
// right nor wrong. Ratios with a zero denominator are 0.
type Recognition struct {
	Gold        int     `json:"gold"`
	Predicted   int     `json:"predicted"` // counted predictions: all minus Ignored
	Ignored     int     `json:"ignored"`
	MatchedPred int     `json:"matched_pred"`
	MatchedGold int     `json:"matched_gold"`
	Precision   float64 `json:"precision"`
	Recall      float64 `json:"recall"`
	F1          float64 `json:"f1"`
}

func (r *Recognition) finish() {
	r.Precision = ratio(r.MatchedPred, r.Predicted)
	r.Recall = ratio(r.MatchedGold, r.Gold)
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Resolution holds toponym resolution figures over N gold toponyms with
// coordinates. An unresolved toponym (Found false, or no prediction for it
// where one was owed) counts as an error of [MaxErrorKm] and a wrong id.
type Resolution struct {
	N          int     `json:"n"`
	Unresolved int     `json:"unresolved"`
	WithID     int     `json:"with_id"`  // gold toponyms with a GeoNames id
	AccAt161   float64 `json:"acc_161"`  // share within AccuracyKm (≤ 161 km)
	ExactID    float64 `json:"exact_id"` // share of WithID resolved to the same id
	MeanKm     float64 `json:"mean_km"`
	MedianKm   float64 `json:"median_km"`
	AUC        float64 `json:"auc"` // see [AUC]; lower is better
	// Worst are the WorstCases largest errors, largest first.
	Worst []ErrorCase `json:"worst,omitempty"`
}

// ErrorCase is one scored resolution, kept for diagnosis.
type ErrorCase struct {
	Article string  `json:"article"`
	Text    string  `json:"text"` // the gold phrase
	Span    Span    `json:"span"`
	GoldID  int     `json:"gold_id"`
	PredID  int     `json:"pred_id"`
	Found   bool    `json:"found"`
	Km      float64 `json:"km"`
}

// newErrorCase scores prediction p (nil when none was made) against gold t.
func newErrorCase(article string, t Toponym, p *Prediction) ErrorCase {
	c := ErrorCase{Article: article, Text: t.Text, Span: t.Span, GoldID: t.GeonamesID, Km: MaxErrorKm}
	if p != nil {
		c.PredID, c.Found = p.GeonamesID, p.Found
		if p.Found {
			c.Km = min(DistanceKm(t.Lat, t.Lon, p.Lat, p.Lon), MaxErrorKm)
		}
	}
	return c
}

// summarize computes the figures of cases.
func summarize(cases []ErrorCase) Resolution {
	r := Resolution{N: len(cases)}
	if r.N == 0 {
		return r
	}
	kms := make([]float64, 0, len(cases))
	within, sameID, sum := 0, 0, 0.0
	for _, c := range cases {
		kms = append(kms, c.Km)
		sum += c.Km
		if !c.Found {
			r.Unresolved++
		}
		if c.Found && c.Km <= AccuracyKm {
			within++
		}
		if c.GoldID != 0 {
			r.WithID++
			if c.Found && c.PredID == c.GoldID {
				sameID++
			}
		}
	}
	r.AccAt161 = ratio(within, r.N)
	r.ExactID = ratio(sameID, r.WithID)
	r.MeanKm = sum / float64(r.N)
	r.MedianKm = median(kms)
	r.AUC = AUC(kms)
	worst := slices.Clone(cases)
	slices.SortStableFunc(worst, func(a, b ErrorCase) int { return cmp.Compare(b.Km, a.Km) })
	r.Worst = worst[:min(WorstCases, len(worst))]
	return r
}

// median sorts xs in place and returns its median (the mean of the middle
// two for an even count).
func median(xs []float64) float64 {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}
