package geoparse

import "github.com/unrest-project/unrest/internal/gazetteer"

// Exported for the external tests.
var (
	LatinSkeleton = func(name string) string { return latinSkeleton(gazetteer.Normalize(name)) }
	IndicSkeleton = indicSkeleton
)
