package gazetteer_test

import (
	"fmt"

	"github.com/unrest-project/unrest/internal/gazetteer"
)

func ExampleGazetteer_Lookup() {
	g, err := gazetteer.Default()
	if err != nil {
		panic(err)
	}
	for _, name := range []string{"Aktau", "Mangistau oblast", "Kazakhs"} {
		c := g.Lookup(name)[0]
		fmt.Printf("%s: %s %s (%s) demonym=%v\n", name, c.Kind, c.Name(), c.CountryCode(), c.Demonym)
	}
	// Output:
	// Aktau: place Aktau (KZ) demonym=false
	// Mangistau oblast: region Mangystau (KZ) demonym=false
	// Kazakhs: country Kazakhstan (KZ) demonym=true
}

func ExampleNormalize() {
	fmt.Println(gazetteer.Normalize("Île-de-France"))
	fmt.Println(gazetteer.Normalize("N’Djamena"))
	fmt.Println(gazetteer.Normalize("Жаңаөзен"))
	// Output:
	// ile de france
	// ndjamena
	// жанаозен
}
