//go:build ignore

// Memstats prints how long Load of the embedded gazetteer takes and how
// much memory it holds afterwards:
//
//	go run internal/gazetteer/memstats.go
//	GOMAXPROCS=1 go run internal/gazetteer/memstats.go
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

func main() {
	start := time.Now()
	g, err := gazetteer.Load()
	took := time.Since(start)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	const mb = 1 << 20
	fmt.Printf("Load: %v (GOMAXPROCS %d)\n", took.Round(time.Millisecond), runtime.GOMAXPROCS(0))
	fmt.Printf("after GC: HeapAlloc %.1f MB, HeapInuse %.1f MB, HeapSys %.1f MB, Sys %.1f MB\n",
		float64(ms.HeapAlloc)/mb, float64(ms.HeapInuse)/mb, float64(ms.HeapSys)/mb, float64(ms.Sys)/mb)
	fmt.Printf("%+v\n", g.Stats())
	runtime.KeepAlive(g)
}
