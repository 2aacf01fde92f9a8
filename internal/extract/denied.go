package extract

import (
	"regexp"
	"strings"

	"github.com/unrest-project/unrest/internal/geoparse"
)

// deniedBefore matches the end of the words before a place a sentence
// denies anything happened in, ahead of the place where something did:
// "Nothing in Riffa or Juffair, but in the villages", "detained 40 not in
// Moscow but in Saint Petersburg", "no marches at all in Kyiv, but".
// Up to three small-letter words may stand between the denial and "in"
// or "at", and other names of a list before the place ("Riffa or",
// "Kyiv, nor in").
var deniedBefore = regexp.MustCompile(`(?i:\b(?:nothing|not|no|never|none)\b)((?:\s+[a-z]+){0,3})\s+(?:in|at)\s+` +
	`(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+)(?:(?:in|at)\s+)?)*$`)

// withoutDenied drops from ms, the places of the sentence text that
// starts at byte start of its post, those the sentence denies before a
// "but" tells where it happened instead, and those it says stayed calm
// ("Mombasa was calm, shops open"). A denial that only widens ("not
// only in Moscow but also in Saint Petersburg") denies nothing.
func withoutDenied(text string, start int, ms []geoparse.Mention) []geoparse.Mention {
	but := strings.Index(text, " but ")
	if len(ms) == 0 || but < 0 && !strings.Contains(text, " calm") && !strings.Contains(text, " quiet") {
		return ms
	}
	var out []geoparse.Mention
	for i, m := range ms {
		at, end := m.ByteStart-start, m.ByteEnd-start
		if at >= 0 && end <= len(text) && quietAfter(text[end:]) {
			// "Mombasa was calm, shops open": nothing happened there.
		} else if but < 0 || at < 0 || at >= but || !denied(text[:at]) {
			if out != nil {
				out = append(out, m)
			}
			continue
		}
		if out == nil {
			out = append(make([]geoparse.Mention, 0, len(ms)), ms[:i]...)
		}
	}
	if out == nil {
		return ms
	}
	return out
}

// quietAfter reports whether the words after a place say it stayed
// quiet: "was calm", "stayed quiet", "remained calm".
func quietAfter(rest string) bool {
	for _, p := range [...]string{" was calm", " stayed calm", " remained calm", " was quiet", " stayed quiet",
		" remained quiet", " is calm", " is quiet", " were calm", " were quiet"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// denied reports whether the words before a place deny it (deniedBefore),
// not merely widen it ("not only in").
func denied(before string) bool {
	// The clause the place is in: after the last stop or semicolon.
	if i := strings.LastIndexAny(before, ".;:!?"); i >= 0 {
		before = before[i+1:]
	}
	sm := deniedBefore.FindStringSubmatch(before)
	if sm == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(sm[1])) {
		if w == "only" || w == "just" || w == "merely" || w == "simply" {
			return false
		}
	}
	return true
}
