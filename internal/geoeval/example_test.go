package geoeval_test

import (
	"fmt"
	"strings"

	"github.com/unrest-project/unrest/internal/geoeval"
)

// lyonOnly knows one place; it stands in for the real geoparser.
type lyonOnly struct{}

func (lyonOnly) Parse(text string) []geoeval.Prediction {
	var out []geoeval.Prediction
	if i := strings.Index(text, "Lyon"); i >= 0 { // the example's texts are ASCII: bytes are code points
		out = append(out, geoeval.Prediction{Span: geoeval.Span{Start: i, End: i + 4}, Lat: 45.75, Lon: 4.85, Found: true})
	}
	return out
}

func (lyonOnly) Resolve(text string, spans []geoeval.Span) []geoeval.Prediction {
	out := make([]geoeval.Prediction, len(spans))
	for i, s := range spans {
		out[i] = geoeval.Prediction{Span: s}
		if text[s.Start:s.End] == "Lyon" {
			out[i].Lat, out[i].Lon, out[i].Found = 45.75, 4.85, true
		}
	}
	return out
}

func Example() {
	const file = `<articles><article docid="1">
<text><![CDATA[Teachers marched in Lyon and Nantes.]]></text>
<toponyms>
<toponym><phrase>Lyon</phrase><start>20</start><end>24</end>
  <gaztag geonameid="2996944"><lat>45.74846</lat><lon>4.84671</lon></gaztag></toponym>
<toponym><phrase>Nantes</phrase><start>29</start><end>35</end>
  <gaztag geonameid="2990969"><lat>47.21725</lat><lon>-1.55336</lon></gaztag></toponym>
</toponyms></article></articles>`
	ds, err := geoeval.Decode(strings.NewReader(file), "example.xml")
	if err != nil {
		fmt.Println(err)
		return
	}
	rep := geoeval.Run(ds, lyonOnly{}, geoeval.Both)
	s := rep.Scopes[0]
	fmt.Printf("exact: P %.2f R %.2f F1 %.2f\n", s.Exact.Precision, s.Exact.Recall, s.Exact.F1)
	fmt.Printf("end to end: n %d, acc@161 %.2f\n", s.EndToEnd.N, s.EndToEnd.AccAt161)
	fmt.Printf("gold spans: n %d, acc@161 %.2f, unresolved %d\n", s.GoldSpans.N, s.GoldSpans.AccAt161, s.GoldSpans.Unresolved)
	// Output:
	// exact: P 1.00 R 0.50 F1 0.67
	// end to end: n 1, acc@161 1.00
	// gold spans: n 2, acc@161 0.50, unresolved 1
}
