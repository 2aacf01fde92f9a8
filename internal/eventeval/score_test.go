package eventeval_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/unrest-project/unrest/internal/eventeval"
)

const shared = "../../../shared/eval"

// TestAgreesWithReferee scores outputs made from the dev gold file, with
// every kind of damage, with both this package and score.py, and wants
// the same line to the third decimal.
func TestAgreesWithReferee(t *testing.T) {
	goldPath := filepath.Join(shared, "dev", "kz-2022-forum-thread.gold.json")
	data, err := os.ReadFile(goldPath)
	if os.IsNotExist(err) {
		t.Skipf("skipping: %s not found (the shared evaluation folder sits beside the repository)", goldPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 is not installed, so score.py cannot run")
	}
	var gold eventeval.Gold
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Events []map[string]any `json:"events"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	// records turns gold events into records, then edit damages them.
	records := func(edit func(i int, r map[string]any) bool) []map[string]any {
		var out []map[string]any
		for i, g := range raw.Events {
			r := map[string]any{"date": g["date"], "place": g["place"]}
			switch ty := g["type"].(type) {
			case string:
				r["type"] = ty
			case []any:
				r["type"] = ty[0]
			}
			for _, f := range []string{"fatalities", "injured", "arrested", "participants"} {
				if rng, ok := g[f].(map[string]any); ok {
					r[f] = rng["min"]
				}
			}
			if edit == nil || edit(i, r) {
				out = append(out, r)
			}
		}
		return out
	}
	cases := map[string][]map[string]any{
		"perfect": records(nil),
		"none":    {},
		"half":    records(func(i int, r map[string]any) bool { return i%2 == 0 }),
		"wrong types": records(func(i int, r map[string]any) bool {
			if i%3 == 0 {
				r["type"] = "looting"
			}
			return true
		}),
		"shifted dates": records(func(i int, r map[string]any) bool {
			if i%2 == 1 {
				r["date"] = map[string]any{"start": "2020-01-01", "end": "2020-01-02"}
			}
			return true
		}),
		"no places and extras": append(records(func(i int, r map[string]any) bool {
			if i%4 == 0 {
				r["place"] = nil
			}
			if i%5 == 0 {
				r["participants"] = 1.0
			}
			return true
		}), map[string]any{"type": "protest", "date": map[string]any{"start": "2022-01-05"}, "place": map[string]any{"precision": "city", "lat": 43.25, "lon": 76.9}},
			map[string]any{"type": "riot", "date": map[string]any{"start": "2022-01-05", "end": "2022-01-04"}, "place": map[string]any{"precision": "country", "country": "kz"}}),
	}
	for name, recs := range cases {
		t.Run(name, func(t *testing.T) {
			out, err := json.Marshal(map[string]any{"events": recs})
			if err != nil {
				t.Fatal(err)
			}
			outPath := filepath.Join(t.TempDir(), "out.json")
			if err := os.WriteFile(outPath, out, 0o644); err != nil {
				t.Fatal(err)
			}
			ref, err := exec.Command(python, filepath.Join(shared, "score.py"), goldPath, outPath, "--json").Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			var want eventeval.Result
			if err := json.Unmarshal(ref, &want); err != nil {
				t.Fatalf("%v in %s", err, ref)
			}
			var parsed struct {
				Events []eventeval.Record `json:"events"`
			}
			if err := json.Unmarshal(out, &parsed); err != nil {
				t.Fatal(err)
			}
			got := eventeval.Score(gold, parsed.Events)
			got.Misses, got.Alarms = nil, nil
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v (score.py)", got, want)
			}
		})
	}
}
