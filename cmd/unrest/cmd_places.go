package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/unrest-project/unrest/internal/gazetteer"
	"github.com/unrest-project/unrest/internal/geoparse"
	"github.com/unrest-project/unrest/internal/report"
)

func placesCommand() command {
	return command{
		name:    "places",
		summary: "find the places a text names and resolve them to GeoNames cities, regions and countries",
		usage:   "[flags] FILE|URL|-...",
		example: "  unrest places thread.txt\n  echo 'Protests spread from Zhanaozen to Aktau.' | unrest places --json -",
		run:     runPlaces,
	}
}

// jsonPlace is one mention in places --json.
type jsonPlace struct {
	Post       *int    `json:"post,omitempty"` // index of the post, for inputs that are not plain text
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Text       string  `json:"text"`
	GeonamesID int     `json:"geonames_id"`
	Name       string  `json:"name"`
	Country    string  `json:"country"`
	Admin1     string  `json:"admin1_code"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Precision  string  `json:"precision"`
	Score      float64 `json:"score"`
}

func runPlaces(ctx context.Context, e *env, args []string) error {
	c, _ := findCommand("places")
	fs := newFlagSet(c, e)
	var rf readFlags
	rf.register(fs)
	asJSON := fs.Bool("json", false, `print {"places": [{"start", "end", "text", "geonames_id", "name", "country", "admin1_code", "lat", "lon", "precision"}]}; offsets in code points of the text`)
	features := fs.Bool("features", false, "also report named features (streets, numbered roads, junctions, buildings, airports, rivers, mountains), placed at the town they are in; seas and macro-regions are always reported")
	demonyms := fs.Bool("demonyms", false, "also report demonyms and national adjectives (\"Kazakh\", \"American\") as mentions of their country")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("places: no input given")
	}
	l, err := rf.loader(e)
	if err != nil {
		return err
	}
	g, err := gazetteer.Default()
	if err != nil {
		return fmt.Errorf("places: %w", err)
	}
	p := geoparse.New(g)
	p.Demonyms = *demonyms
	p.Features = *features
	p.Roles = true
	return eachReport(ctx, e, l, expandTargets(fs.Args()), nil, func(_ target, r *report.Report) error {
		var out []jsonPlace
		add := func(post *int, ms []geoparse.Mention) {
			for _, m := range ms {
				out = append(out, jsonPlace{Post: post, Start: m.Start, End: m.End, Text: m.Text, GeonamesID: m.Place.ID,
					Name: m.Place.Name, Country: m.Place.Country, Admin1: m.Place.Admin1, Lat: m.Place.Lat, Lon: m.Place.Lon,
					Precision: string(m.Place.Precision), Score: m.Score})
			}
		}
		if r.Format == report.FormatText {
			// Offsets refer to the input text itself.
			add(nil, p.Parse(r.Input))
		} else {
			for i, post := range r.Posts {
				add(&i, p.Parse(post.Text))
			}
		}
		if out == nil {
			out = []jsonPlace{}
		}
		if *asJSON {
			return writeJSON(e.stdout, struct {
				Places []jsonPlace `json:"places"`
			}{out})
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "AT\tTEXT\tPLACE\tID\tCOUNTRY\tADMIN1\tPRECISION")
		for _, m := range out {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t%s\n", atLabel(m.Post, m.Start, m.End), m.Text, m.Name, m.GeonamesID, m.Country, m.Admin1, m.Precision)
		}
		return tw.Flush()
	})
}

// atLabel says where a mention is, for the tables of places and dates:
// "12-18", or "post 3: 12-18" when offsets are within a post.
func atLabel(post *int, start, end int) string {
	if post == nil {
		return fmt.Sprintf("%d-%d", start, end)
	}
	return fmt.Sprintf("post %d: %d-%d", *post+1, start, end)
}
