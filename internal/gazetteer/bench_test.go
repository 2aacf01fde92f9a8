package gazetteer_test

import (
	"runtime"
	"testing"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

// BenchmarkLoad measures Load of the embedded data. Besides time and
// allocations per load it reports heap-MB, the live heap after a garbage
// collection with one Gazetteer loaded (HeapAlloc).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var g *gazetteer.Gazetteer
	for b.Loop() {
		var err error
		if g, err = gazetteer.Load(); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	runtime.KeepAlive(g)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
}

func BenchmarkLookup(b *testing.B) {
	g := load(b)
	for _, name := range []string{"Aktau", "Мангистауская область", "Santiago", "Xyzzyville"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				g.Lookup(name)
			}
		})
	}
}

func BenchmarkHasPrefix(b *testing.B) {
	g := load(b)
	b.ReportAllocs()
	for b.Loop() {
		g.HasPrefix("santa maria")
	}
}
