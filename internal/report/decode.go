package report

import (
	"bytes"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	xunicode "golang.org/x/text/encoding/unicode"
)

// decode turns raw input into UTF-8 text and names the encoding it found.
//
// The order matters: a byte-order mark is proof; valid UTF-8 is next to
// proof for anything longer than a few words (legacy 8-bit text almost never
// happens to be valid UTF-8); an encoding declared inside the document
// (<meta charset>, <?xml encoding?>, a MIME charset) comes next; only then do
// we guess between the Cyrillic code pages and ISO-8859-1 from the bytes.
func decode(raw []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return checkText(string(raw[3:]), "utf-8")
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeUTF16(raw, xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder(), "utf-16le")
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(raw, xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder(), "utf-16be")
	}
	if e, name := utf16WithoutBOM(raw); e != nil {
		return decodeUTF16(raw, e.NewDecoder(), name)
	}
	if kind := binaryKind(raw); kind != "" {
		return "", "", fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	if utf8.Valid(raw) {
		return checkText(string(raw), "utf-8")
	}
	if name := declaredCharset(raw); name != "" {
		if enc, err := htmlindex.Get(name); err == nil {
			canon, _ := htmlindex.Name(enc)
			if canon != "utf-8" {
				s, err := enc.NewDecoder().String(string(raw))
				if err == nil {
					return checkText(s, canon)
				}
			}
		}
	}
	enc, name := guessSingleByte(raw)
	s, err := enc.NewDecoder().String(string(raw))
	if err != nil {
		return "", "", fmt.Errorf("%w: as %s: %v", ErrEncoding, name, err)
	}
	return checkText(s, name)
}

func decodeUTF16(raw []byte, dec *encoding.Decoder, name string) (string, string, error) {
	if len(raw)%2 == 1 {
		return "", "", fmt.Errorf("%w: UTF-16 input has an odd number of bytes", ErrTruncated)
	}
	s, err := dec.String(string(raw))
	if err != nil {
		return "", "", fmt.Errorf("%w: as %s: %v", ErrEncoding, name, err)
	}
	return checkText(strings.TrimPrefix(s, "\ufeff"), name)
}

// utf16WithoutBOM recognises UTF-16 text that lacks a byte-order mark by
// its zero bytes: ASCII-heavy UTF-16 has a zero in every other byte.
func utf16WithoutBOM(raw []byte) (encoding.Encoding, string) {
	n := min(len(raw), 4096) &^ 1
	if n < 16 {
		return nil, ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			even++
		}
		if raw[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd > half*7/10 && even < half/20:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "utf-16le"
	case even > half*7/10 && odd < half/20:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "utf-16be"
	}
	return nil, ""
}

// binaryKind names what raw is when it is not text: a known file type, or
// "NUL bytes" for anything else with zero bytes in its head. Text is "".
func binaryKind(raw []byte) string {
	head := raw[:min(len(raw), 8192)]
	ct := http.DetectContentType(head)
	switch {
	case strings.HasPrefix(ct, "text/"), ct == "application/json", strings.HasPrefix(ct, "application/xml"):
	case ct == "application/octet-stream":
		if bytes.IndexByte(head, 0) >= 0 {
			return "NUL bytes"
		}
	default:
		// A PDF, an image, an archive, audio, video, a font.
		return ct
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes"
	}
	return ""
}

// checkText rejects decoded text that is mostly control characters: binary
// data that happened to pass decoding.
func checkText(s, enc string) (string, string, error) {
	var ctrl, total int
	for i, r := range s {
		if i > 1<<16 {
			break
		}
		total++
		if r == utf8.RuneError || unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		}
	}
	if total > 0 && ctrl*20 > total {
		return "", "", fmt.Errorf("%w (%d of the first %d characters are control characters)", ErrBinary, ctrl, total)
	}
	return s, enc, nil
}

var charsetDecl = regexp.MustCompile(`(?i)(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9._:-]+)`)

// declaredCharset finds an encoding named in the head of the input: an HTML
// meta tag, an XML declaration or a MIME Content-Type header.
func declaredCharset(raw []byte) string {
	m := charsetDecl.FindSubmatch(raw[:min(len(raw), 4096)])
	if m == nil {
		return ""
	}
	return strings.ToLower(string(m[1]))
}

// guessSingleByte picks among windows-1251, KOI8-R and ISO-8859-1 for text
// that is not UTF-8 and declares nothing.
//
// Cyrillic text in a single-byte code page is words made entirely of high
// bytes; Western European text is ASCII words with a high byte here and
// there. Between the two Cyrillic pages, the same bytes decode to lower-case
// letters in one and capitals in the other (windows-1251 has а-я at
// 0xE0-0xFF, KOI8-R at 0xC0-0xDF), and running text is mostly lower case.
func guessSingleByte(raw []byte) (encoding.Encoding, string) {
	var highWords, mixedWords int
	inWord, high, ascii := false, 0, 0
	flush := func() {
		if inWord {
			if high >= 2 && ascii == 0 {
				highWords++
			} else if high > 0 {
				mixedWords++
			}
		}
		inWord, high, ascii = false, 0, 0
	}
	for _, c := range raw {
		switch {
		case c >= 0xC0 || c == 0xA8 || c == 0xB8 || c == 0xA3 || c == 0xB3: // letters in the three pages
			inWord = true
			high++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			inWord = true
			ascii++
		default:
			flush()
		}
	}
	flush()
	if highWords <= mixedWords {
		return charmap.ISO8859_1, "iso-8859-1"
	}
	var lower1251, lowerKOI int
	for _, c := range raw {
		switch {
		case c >= 0xE0:
			lower1251++
		case c >= 0xC0:
			lowerKOI++
		}
	}
	if lowerKOI > lower1251 {
		return charmap.KOI8R, "koi8-r"
	}
	return charmap.Windows1251, "windows-1251"
}
