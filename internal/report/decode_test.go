package report_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/unrest-project/unrest/internal/report"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// TestEncodings feeds the same thread in every encoding we promise and
// expects the same text back, with the encoding named.
func TestEncodings(t *testing.T) {
	const ru = "Забастовка в Жанаозене\n\nАйгуль\n5 января 2022 в 10:00\n\nРабочие вышли на площадь, их поддержали жители Актау и Уральска.\n"
	const fr = "Grève générale à Nantes\n\nCécile\n5 Jan 2023 18:00\n\nLes cheminots ont bloqué la gare; près de 800 manifestants selon la préfecture.\n"
	mustEncode := func(s string, e interface {
		String(string) (string, error)
	}) []byte {
		out, err := e.String(s)
		if err != nil {
			t.Fatal(err)
		}
		return []byte(out)
	}
	cases := []struct {
		name, enc, text string
		data            []byte
	}{
		{"utf8", "utf-8", ru, []byte(ru)},
		{"utf8-bom", "utf-8", ru, append([]byte{0xEF, 0xBB, 0xBF}, ru...)},
		{"utf16le-bom", "utf-16le", ru, mustEncode(ru, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder())},
		{"utf16be-bom", "utf-16be", fr, mustEncode(fr, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder())},
		{"utf16le-nobom", "utf-16le", fr, mustEncode(fr, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder())},
		{"windows-1251", "windows-1251", ru, mustEncode(ru, charmap.Windows1251.NewEncoder())},
		{"koi8-r", "koi8-r", ru, mustEncode(ru, charmap.KOI8R.NewEncoder())},
		{"iso-8859-1", "iso-8859-1", fr, mustEncode(fr, charmap.ISO8859_1.NewEncoder())},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := report.Parse(c.name+".txt", c.data, report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if r.Encoding != c.enc {
				t.Errorf("encoding = %q, want %q", r.Encoding, c.enc)
			}
			if r.Input != c.text {
				t.Errorf("decoded input = %q, want %q", r.Input, c.text)
			}
			if len(r.Posts) != 1 || r.Posts[0].Author == "" || !r.Posts[0].HasTime() {
				t.Errorf("posts = %+v, want one dated post with its author", r.Posts)
			}
		})
	}
}

func TestUndecodableAndBinary(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		kind error
		msg  string
	}{
		{"empty", nil, report.ErrEmpty, "empty input"},
		{"spaces", []byte(" \n\t\r\n"), report.ErrEmpty, "empty input"},
		{"nul", []byte("text\x00with\x00nuls\x00\x01\x02"), report.ErrBinary, "NUL bytes"},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), report.ErrBinary, "application/pdf"},
		{"gzip", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"), report.ErrBinary, "gzip"},
		{"controls", []byte(strings.Repeat("\x01\x02\x03abc", 50)), report.ErrBinary, "control characters"},
		{"utf16-odd", []byte{0xFF, 0xFE, 'a', 0, 'b'}, report.ErrTruncated, "odd number of bytes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := report.Parse("in/"+c.name, c.data, report.Options{})
			if !errors.Is(err, c.kind) || !strings.Contains(err.Error(), c.msg) || !strings.HasPrefix(err.Error(), "in/"+c.name+": ") {
				t.Errorf("error = %v, want %v naming the input and saying %q", err, c.kind, c.msg)
			}
		})
	}
	_, err := report.Parse("big.txt", make([]byte, 2048), report.Options{MaxSize: 1024})
	if !errors.Is(err, report.ErrTooLarge) {
		t.Errorf("over MaxSize: %v", err)
	}
}

func TestSniff(t *testing.T) {
	cases := []struct {
		name, body string
		want       report.Format
	}{
		{"a.txt", "Just a text.\n\nWith paragraphs.", report.FormatText},
		{"noext", "<!DOCTYPE html><html><body><p>Hello there, this is a page.</p></body></html>", report.FormatHTML},
		{"page.txt", "<html><head><title>T</title></head><body><p>A page saved as .txt.</p></body></html>", report.FormatHTML},
		{"feed", "<?xml version=\"1.0\"?>\n<!-- generator -->\n<rss version=\"2.0\"><channel><title>T</title></channel></rss>", report.FormatFeed},
		{"atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>", report.FormatFeed},
		{"mail", "From: A <a@example.org>\nTo: b@example.org\nSubject: Hi\nDate: Wed, 5 Jan 2022 10:00:00 +0000\n\nBody.\n", report.FormatEmail},
		{"result.json", "{\"name\": \"Channel\", \"messages\": []}", report.FormatTelegram},
		{"notes.txt", "Subject: the strike\n\nWe met on Monday.", report.FormatText},
		// A Telegram copy opens with a bracketed stamp: text, not JSON.
		{"pasted", "[05.01.22 14:32] Orda.kz:\nPolice moved in.\n", report.FormatText},
		{"messages", "[{\"text\": \"hello\"}]", report.FormatTelegram},
	}
	for _, c := range cases {
		r, err := report.Parse(c.name, []byte(c.body), report.Options{})
		if err != nil {
			// Readers may reject a minimal body; the format is what counts.
			var ie *report.InputError
			if !errors.As(err, &ie) {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		if r.Format != c.want {
			t.Errorf("%s: format %s, want %s", c.name, r.Format, c.want)
		}
	}
}
