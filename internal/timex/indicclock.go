package timex

import "strings"

// Hindi, Nepali, Marathi and Bengali tell the hour by a word after it
// ("4 बजे", "१० बजेसम्म", "10 वाजता", "১০টায়", the last joined to the
// digits) and the part of the day by a word before it ("शाम 4 बजे", four
// in the evening; "রাত ১১টায়", eleven at night). Such a time, like "4
// pm", is on the day the text last named, not on the post's own.

// indicClockWords are the words after an hour, as PlainIndic keys; a
// Nepali ending may follow them ("बजेसम्म", until; "बजेदेखि", from;
// "बजेतिर", about).
var indicClockWords = plainSet("बजे", "बजकर", "वाजता", "वाजले", "वाजेपर्यंत", "वाजल्यापासून",
	"টায়", "টা", "টার", "টাতে")

// indicClockEndings are the endings joined to a clock word.
var indicClockEndings = []string{"सम्म", "देखि", "तिर", "को", "मा", "पछि"}

// Parts of the day, as PlainIndic keys: morning, noon and afternoon,
// evening, night.
const (
	dayMorning = iota + 1
	dayAfternoon
	dayEvening
	dayNight
)

var indicDayParts = func() map[string]int {
	m := map[string]int{}
	for part, words := range map[int][]string{
		dayMorning:   {"सुबह", "सवेरे", "प्रातः", "बिहान", "बिहानै", "सकाळी", "सकाळ", "সকাল", "সকালে", "ভোর", "ভোরে"},
		dayAfternoon: {"दोपहर", "दिउँसो", "दुपारी", "দুপুর", "দুপুরে", "বিকেল", "বিকেলে", "বিকাল", "বিকালে"},
		dayEvening:   {"शाम", "साँझ", "बेलुका", "बेलुकी", "संध्याकाळी", "सायंकाळी", "সন্ধ্যা", "সন্ধ্যায়"},
		dayNight:     {"रात", "रात्रि", "राति", "रातमा", "रात्री", "রাত", "রাতে"},
	} {
		for _, w := range words {
			m[PlainIndic(w)] = part
		}
	}
	return m
}()

// plainSet is a set of the PlainIndic keys of words.
func plainSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[PlainIndic(w)] = true
	}
	return m
}

// indicClockWord reports whether w, a word after an hour, says it is
// one: "बजे", "बजेसम्म", "টায়".
func indicClockWord(w string) bool {
	if w == "" || w[0] < 0xE0 {
		return false // no Devanagari or Bengali letter
	}
	w = PlainIndic(w)
	if indicClockWords[w] {
		return true
	}
	for _, e := range indicClockEndings {
		if stem, ok := strings.CutSuffix(w, e); ok && indicClockWords[stem] {
			return true
		}
	}
	return false
}

// indicHour turns hour h, told at token i, into the hour of the day by
// the part of the day named before it ("शाम 4 बजे", "शाम को 4 बजे": 16;
// "রাত ১১টায়": 23; "रात 2 बजे": 2), or leaves it as it is.
func (s *state) indicHour(i, h int) int {
	k := i - 1
	if w := s.tok(k).low; w == "को" || w == "के" || w == "च्या" {
		k-- // "शाम को 4 बजे"
	}
	part := 0
	if t := s.tok(k); t.kind == tWord && t.low != "" && t.low[0] >= 0xE0 {
		part = indicDayParts[PlainIndic(t.low)]
	}
	switch part {
	case dayMorning:
		if h == 12 {
			return 0
		}
	case dayAfternoon:
		if h >= 1 && h <= 7 { // (noon and "दोपहर 11" stay)
			return h + 12
		}
	case dayEvening:
		if h >= 1 && h < 12 {
			return h + 12
		}
	case dayNight:
		if h >= 6 && h < 12 {
			return h + 12
		}
		if h == 12 {
			return 0
		}
	}
	return h
}
