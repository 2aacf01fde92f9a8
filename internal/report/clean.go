package report

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// cleanText returns s as every reader hands text out: Unicode NFC, "\n" line
// ends, no trailing spaces, no control or zero-width characters, runs of
// blank lines collapsed to one blank line (a paragraph break), and no blank
// lines or spaces at either end. Single line breaks inside a paragraph, and
// the indentation of lines after the first, are kept.
func cleanText(s string) string {
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var b strings.Builder
	b.Grow(len(s))
	blank := 0 // blank lines seen since the last text line
	wrote := false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRightFunc(stripInvisible(line), unicode.IsSpace)
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		if wrote {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		if !wrote {
			// Indentation inside the text is kept; before its first
			// character it is only noise.
			line = strings.TrimLeftFunc(line, unicode.IsSpace)
		}
		b.WriteString(line)
		wrote = true
		blank = 0
	}
	return b.String()
}

// stripInvisible removes control characters (but tabs), zero-width
// characters and the byte-order mark, and turns non-breaking and other
// exotic spaces into plain spaces.
func stripInvisible(s string) string {
	clean := true
	for _, r := range s {
		if r == '\t' || r >= ' ' && r < 0x7f {
			continue
		}
		if unicode.IsControl(r) || isZeroWidth(r) || r != ' ' && unicode.IsSpace(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t':
			return r
		case isZeroWidth(r):
			return -1
		case unicode.IsControl(r):
			return -1
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
}

func isZeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// paragraphs splits cleaned text into its paragraphs.
func paragraphs(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n\n")
}

// squash folds every run of white space in s to one space and trims it: the
// key used to compare paragraphs and titles.
func squash(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
