package gazetteer

import (
	"sync"
	"testing"
)

// BenchmarkVariantsBuild measures the skeleton index that the first call
// of Variants builds.
func BenchmarkVariantsBuild(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		g.variantsOnce = sync.Once{}
		g.Variants("Sulaimaniyah")
	}
}
