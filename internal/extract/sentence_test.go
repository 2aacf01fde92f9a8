package extract

import (
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"Police moved in on Jan. 5. Dr. Smith was hurt.", []string{"Police moved in on Jan. 5.", "Dr. Smith was hurt."}},
		{"The U.S. embassy closed. Crowds stayed.", []string{"The U.S. embassy closed.", "Crowds stayed."}},
		{"He said \"We will stay.\" Then he left.", []string{"He said \"We will stay.\"", "Then he left."}},
		{"Heading\n\nFirst para. Second one.", []string{"Heading", "First para.", "Second one."}},
		{"Demands:\n• lower prices\n• higher wages", []string{"Demands:", "• lower prices", "• higher wages"}},
		{"Prices rose 3.5 percent. J. R. Doe said so.", []string{"Prices rose 3.5 percent.", "J. R. Doe said so."}},
		{"", nil},
		// A heading in capitals on a line of its own is a sentence of its
		// own; a line broken inside a sentence is not.
		{"BACKGROUND\nPrices rose. Crowds came out.", []string{"BACKGROUND", "Prices rose.", "Crowds came out."}},
		{"WEDNESDAY 10 AUGUST\nCrowds gathered.", []string{"WEDNESDAY 10 AUGUST", "Crowds gathered."}},
		{"Police fired tear gas at the\ncrowd near the UN office.", []string{"Police fired tear gas at the\ncrowd near the UN office."}},
		{"NATO\nsummit ends.", []string{"NATO\nsummit ends."}},
		// Scripts without capitals start sentences with any letter; the
		// Armenian full stop and the Arabic question mark end them.
		{"خرج الآلاف في الخرطوم. وأطلقت الشرطة الغاز.", []string{"خرج الآلاف في الخرطوم.", "وأطلقت الشرطة الغاز."}},
		{"הפגינו בחיפה. נעצרו עשרה.", []string{"הפגינו בחיפה.", "נעצרו עשרה."}},
		{"აქცია თბილისში. პოლიციამ დააკავა.", []string{"აქცია თბილისში.", "პოლიციამ დააკავა."}},
		{"Ցույց Երևանում։ Ոստիկանները ձերբակալեցին։", []string{"Ցույց Երևանում։", "Ոստիկանները ձերբակալեցին։"}},
		{"هل تظاهروا؟ نعم في بغداد.", []string{"هل تظاهروا؟", "نعم في بغداد."}},
	}
	for _, c := range cases {
		got := splitSentences(c.text)
		var texts []string
		for _, s := range got {
			texts = append(texts, s.text)
			if c.text[s.start:s.end] != s.text {
				t.Errorf("%q: span %d-%d holds %q", c.text, s.start, s.end, c.text[s.start:s.end])
			}
		}
		if len(texts) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, texts, c.want)
			continue
		}
		for i := range texts {
			if texts[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, texts, c.want)
				break
			}
		}
	}
}

// TestStoryConnectives: continuesStory looks only at sentences opening
// with the first letter of some connective; every connective must begin
// with one of them.
func TestStoryConnectives(t *testing.T) {
	for _, c := range storyConnectives.phrases {
		if !continuesStory(strings.ToUpper(c[:1]) + c[1:] + " the crowd grew.") {
			t.Errorf("%q does not continue the story", c)
		}
	}
	if continuesStory("Police fired tear gas.") {
		t.Error("a plain sentence continues the story")
	}
}
