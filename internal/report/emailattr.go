package report

import (
	"regexp"
	"strings"
	"time"
)

// Attribution lines: the line a mail client writes above a quoted reply to
// say who wrote it and when.

var (
	// The ends of an attribution line ("… wrote:") in the languages of
	// our sources: English, French, Russian, German, Spanish, Italian,
	// Dutch, Scandinavian, Polish.
	attrSuffix = regexp.MustCompile(`(?i)[\s,]*(?:wrote|writes|a écrit|пишет|написала?|написал\(а\)|schrieb|escribió|ha scritto|schreef|skrev|napisała?|napisał\(a\))\s*:\s*$`)
	// Gmail in Russian and some other locales writes no verb at all:
	// "пн, 3 янв. 2022 г. в 10:15, Иван <ivan@example.org>:". Such a line
	// only counts when it opens with a date.
	attrAddrColon = regexp.MustCompile(`<[^<>\s]+@[^<>\s]+>\s*:\s*$`)
	// The word before the date: "On", "Le", "Am", "El", "Il", "Op", "Den".
	attrPrefix = regexp.MustCompile(`(?i)^(?:on|le|am|el|il|op|den|w dniu)\s+`)
	// German puts the verb before the name: "Am <date> schrieb <name>:".
	attrGerman = regexp.MustCompile(`(?i)^am\s+(.+?)\s+schrieb\s+(.+?)\s*:\s*$`)
)

// attribution is who wrote a quoted block and when, as an attribution line
// says.
type attribution struct {
	author string
	t      time.Time
	prec   Precision
}

// parseAttribution reads an attribution line: "On <date>, <name> wrote:",
// "On <date> at <time> <name> <addr> wrote:", "<name> wrote:",
// "Le <date>, <name> a écrit :", "<date>, <name> пишет:" and the like. The
// date is the longest run of leading words that parses as a date; the
// name is what follows it. A "name" of more than eight words is a sentence
// that happens to end in "wrote:", not an attribution.
func parseAttribution(s string, order DateOrder, loc *time.Location) (attribution, bool) {
	var a attribution
	// Clients put no-break spaces around times and before French colons.
	s = strings.TrimSpace(stripInvisible(s))
	if len(s) > 300 {
		return a, false
	}
	var mid string
	needDate := false
	if m := attrGerman.FindStringSubmatch(s); m != nil {
		// Rewritten to the usual order: "<date>, <name>".
		s = "Am " + m[1] + ", " + m[2] + " wrote:"
	}
	if m := attrSuffix.FindStringIndex(s); m != nil {
		mid = s[:m[0]]
	} else if attrAddrColon.MatchString(s) {
		mid = strings.TrimRight(s, ": \t")
		needDate = true
	} else {
		return a, false
	}
	hadPrefix := false
	if m := attrPrefix.FindString(mid); m != "" {
		mid, hadPrefix = mid[len(m):], true
	}
	mid = strings.TrimSpace(mid)
	addr := ""
	switch {
	case strings.HasSuffix(mid, ">"):
		if k := strings.LastIndexByte(mid, '<'); k >= 0 {
			addr = strings.TrimSpace(mid[k+1 : len(mid)-1])
			mid = mid[:k]
		}
	case strings.HasSuffix(mid, "]"):
		// Outlook: "Ivan Petrov [mailto:ivan@example.org]".
		if k := strings.LastIndex(mid, "[mailto:"); k >= 0 {
			addr = strings.TrimSpace(mid[k+len("[mailto:") : len(mid)-1])
			mid = mid[:k]
		}
	}
	mid = strings.Trim(strings.TrimSpace(mid), ",")
	words := strings.Fields(mid)
	name := ""
	found := false
	// No date a client writes runs past a dozen words ("Monday, 3 January
	// 2022 at 10:15:00 AM GMT+06:00"); trying longer prefixes would only
	// cost time.
	for k := min(len(words), 14); k >= 1; k-- {
		if t, p, ok := parseLooseDate(strings.Join(words[:k], " "), order, loc); ok {
			a.t, a.prec, found = t, p, true
			name = strings.Join(words[k:], " ")
			break
		}
	}
	switch {
	case found:
	case needDate:
		return a, false
	case hadPrefix:
		// "On <a date we cannot read>, <name> wrote:": the name is after the
		// last comma.
		if k := strings.LastIndexByte(mid, ','); k >= 0 {
			name = mid[k+1:]
		} else {
			name = mid
		}
	default:
		name = mid
	}
	name = strings.Trim(strings.TrimSpace(name), ` ,"'«»“”`)
	if len(strings.Fields(name)) > 8 || len(name) > 120 {
		return attribution{}, false
	}
	if name == "" {
		name = addr
	}
	if name == "" && !found {
		return attribution{}, false
	}
	a.author = squash(name)
	if !found {
		a.prec = PrecisionNone
	}
	return a, true
}
