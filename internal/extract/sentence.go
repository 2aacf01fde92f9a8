package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is a sentence of a post with its byte span in the post text
// and the paragraph it belongs to.
type sentence struct {
	text       string
	start, end int
	para       int
}

// abbreviations end with a dot that ends no sentence.
var abbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"st": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "prof": true, "rev": true,
	"no": true, "vs": true, "etc": true, "approx": true, "est": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "dept": true, "gov": true, "sen": true, "rep": true, "u.s": true, "u.k": true, "a.m": true,
	"p.m": true, "e.g": true, "i.e": true, "mt": true, "ft": true, "ave": true, "blvd": true,
}

// splitSentences splits a post's text at sentence ends (. ! ? followed by
// space and a capital, a digit or a quote), at line breaks between
// paragraphs and before bullets, keeping abbreviations ("Jan.", "Dr.",
// "U.S.") and initials inside their sentence.
func splitSentences(text string) []sentence {
	return splitSentencesInto(text, nil)
}

// splitSentencesInto is splitSentences appending to out[:0].
func splitSentencesInto(text string, out []sentence) []sentence {
	out = out[:0]
	para := 0
	start := 0
	emit := func(end int) {
		s := strings.TrimSpace(text[start:end])
		if s != "" {
			lead := leadOf(text[start:end], s)
			out = append(out, sentence{text: s, start: start + lead, end: start + lead + len(s), para: para})
		}
		start = end
	}
	// Only the bytes of sentenceStops matter: the next of each is found
	// with strings.IndexByte, which skips the rest many bytes at a time.
	var next [len(sentenceStops)]int
	for k := range next {
		next[k] = indexByteFrom(text, 0, sentenceStops[k])
	}
	for {
		k := 0
		for m := 1; m < len(next); m++ {
			if next[m] < next[k] {
				k = m
			}
		}
		i := next[k]
		if i == len(text) {
			break
		}
		next[k] = indexByteFrom(text, i+1, sentenceStops[k])
		c := text[i]
		switch {
		case c == '\n':
			// A blank line ends a paragraph; a single break ends a line
			// of a list or a heading only when the next line starts one.
			if i+1 < len(text) && text[i+1] == '\n' {
				emit(i)
				para++
				continue
			}
			if next := nextRune(text, i+1); next == '•' || next == '-' || next == '*' {
				emit(i)
			} else if r := nextRune(text, i+1); (unicode.IsUpper(r) || unicode.IsDigit(r)) && headingLine(text[start:i]) {
				// "BACKGROUND", "WEDNESDAY 10 AUGUST": a heading in capitals
				// on a line of its own is a paragraph of its own.
				emit(i)
				para++
			}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[i:])
			if !otherStop(r) {
				continue
			}
			j := i + size
			if j < len(text) && text[j] != ' ' && text[j] != '\n' {
				continue
			}
			emit(j)
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')' || strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’")) {
				if text[j] < utf8.RuneSelf {
					j++
				} else {
					_, size := utf8.DecodeRuneInString(text[j:])
					j += size
				}
			}
			if j < len(text) && text[j] != ' ' && text[j] != '\n' {
				continue
			}
			if c == '.' && abbreviationBefore(text, i) {
				continue
			}
			k := j
			for k < len(text) && text[k] == ' ' {
				k++
			}
			if k < len(text) {
				r := nextRune(text, k)
				if !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '«' || r == '\n' || r == '•' ||
					caselessLetter(r)) {
					continue
				}
			}
			emit(j)
		}
	}
	emit(len(text))
	return out
}

// headingLine reports whether the text since the last sentence is a line
// in capitals that reads as a heading: one to eight words, three letters
// or more and none lower case, ending in no stop.
func headingLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || strings.IndexByte(line, '\n') >= 0 || strings.Count(line, " ") > 7 ||
		strings.IndexByte(line, ':') >= 0 {
		return false // ("PHOTO: AFP" is a caption, not a heading)
	}
	switch line[len(line)-1] {
	case '.', ',', ';', '!', '?':
		return false
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			// (Letters of scripts without capitals, Arabic or
			// Devanagari, make no heading in capitals.)
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				letters++
			}
		}
	}
	return letters >= 3
}

// capitalsHeadline reports whether a sentence is a headline written in
// capitals: six words or more, every letter a capital. (Shorter lines
// in capitals are datelines and section headings, read elsewhere.)
func capitalsHeadline(line string) bool {
	// (Read on every sentence that tells an event: the first small
	// letter, usually the second byte, ends it.)
	letters := 0
	for _, r := range line {
		if 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
		if 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 20 && strings.Count(strings.TrimSpace(line), " ") >= 5
}

// titleLike reports whether a line reads as a headline: one line, no
// stop at its end.
func titleLike(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || strings.IndexByte(line, '\n') >= 0 {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':':
		return false
	}
	return true
}

// shortTitle reports whether a line reads as a section's title in small
// letters: five words at most, a capital first, no figure and no stop
// at its end ("Strike and blockades", "How it began").
func shortTitle(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || line[0] < 'A' || line[0] > 'Z' || strings.Count(line, " ") > 4 || strings.ContainsAny(line, "0123456789\n:") {
		return false
	}
	switch line[len(line)-1] {
	case '.', ',', ';', '!', '?', '"', ')', '\'':
		return false
	}
	return true
}

// leadOf is strings.Index(span, s), where s is span trimmed of spaces:
// the length of the spaces trimmed when they are ASCII (no earlier place
// can then begin s, which begins with no space).
func leadOf(span, s string) int {
	lead := len(span) - len(strings.TrimLeftFunc(span, unicode.IsSpace))
	if isASCII(span[:lead]) && strings.HasPrefix(span[lead:], s) {
		return lead
	}
	return strings.Index(span, s)
}

// sentenceStops are the bytes splitSentencesInto reads text at.
const sentenceStops = ".\n!?\xd6\xd8\xdb\xe0"

// The lead bytes in sentenceStops of the full stops and question marks of
// other scripts: Armenian ։ (U+0589), Arabic ؟ (U+061F), Urdu ۔ (U+06D4),
// Devanagari । (U+0964). Most runes they lead are letters, which the loop
// passes over; English text has none.
func otherStop(r rune) bool {
	return r == '։' || r == '؟' || r == '۔' || r == '।'
}

// indexByteFrom is the index of the first c in text from byte from on, or
// len(text).
func indexByteFrom(text string, from int, c byte) int {
	if k := strings.IndexByte(text[from:], c); k >= 0 {
		return from + k
	}
	return len(text)
}

func nextRune(text string, i int) rune {
	if i >= len(text) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

// abbreviationBefore reports whether the dot at i ends an abbreviation or
// an initial ("J. Smith").
func abbreviationBefore(text string, i int) bool {
	j := i
	for j > 0 && (text[j-1] != ' ' && text[j-1] != '\n' && text[j-1] != '(') {
		j--
	}
	raw := strings.TrimSuffix(text[j:i], ".")
	if len(raw) <= 16 {
		// ASCII: lower-cased on the stack.
		var buf [16]byte
		ascii := true
		for k := 0; k < len(raw); k++ {
			c := raw[k]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			buf[k] = asciiLowerByte[c]
		}
		if ascii {
			w := buf[:len(raw)]
			if abbreviations[string(w)] {
				return true
			}
			if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
				return true
			}
			return bytes.IndexByte(w, '.') >= 0 && len(w) <= 5
		}
	}
	w := strings.ToLower(raw)
	if abbreviations[w] {
		return true
	}
	// A single letter: an initial.
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsLetter(r) {
		return true
	}
	// Dotted abbreviations: "u.s", "a.m".
	return strings.Count(w, ".") >= 1 && len(w) <= 5
}
