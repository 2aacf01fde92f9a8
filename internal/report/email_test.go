package report_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/report"
)

func TestEmailFixtures(t *testing.T) { runFixtures(t, "email") }

// TestEmailAttribution checks the attribution-line parser through the
// reader: each line is put above a quoted line in a minimal message, and
// the quote post must carry the author and time the line gives.
func TestEmailAttribution(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi int) time.Time { return time.Date(y, mo, d, h, mi, 0, 0, time.UTC) }
	tests := []struct {
		line   string
		author string // "" with quote false: the line is not an attribution
		when   time.Time
		prec   report.Precision
		isAttr bool
	}{
		{"On Mon, Jan 3, 2022 at 10:15 AM Ivan Petrov <ivan@example.org> wrote:", "Ivan Petrov", utc(2022, 1, 3, 10, 15), report.PrecisionMinute, true},
		{"On Mon, Jan 3, 2022 at 10:15 PM Ivan Petrov <ivan@example.org> wrote:", "Ivan Petrov", utc(2022, 1, 3, 22, 15), report.PrecisionMinute, true},
		{"On 3 Jan 2022, at 10:15, Aigerim Nurlanova <aigerim@example.kz> wrote:", "Aigerim Nurlanova", utc(2022, 1, 3, 10, 15), report.PrecisionMinute, true},
		{"On 03/01/2022 10:15, Ivan Petrov wrote:", "Ivan Petrov", utc(2022, 1, 3, 10, 15), report.PrecisionMinute, true},
		{"On 2022-01-03 10:15, Ivan Petrov wrote:", "Ivan Petrov", utc(2022, 1, 3, 10, 15), report.PrecisionMinute, true},
		{"On Mon, 3 Jan 2022 10:15:00 +0600, Ivan Petrov wrote:", "Ivan Petrov", utc(2022, 1, 3, 4, 15), report.PrecisionMinute, true},
		{"On Monday, January 3, 2022, Ivan Petrov wrote:", "Ivan Petrov", utc(2022, 1, 3, 0, 0), report.PrecisionDay, true},
		{"Ivan Petrov <ivan@example.org> wrote:", "Ivan Petrov", time.Time{}, report.PrecisionNone, true},
		{`"Petrov, Ivan" <ivan@example.org> wrote:`, "Petrov, Ivan", time.Time{}, report.PrecisionNone, true},
		{"ivan@example.org wrote:", "ivan@example.org", time.Time{}, report.PrecisionNone, true},
		{"On a cold morning, Ivan wrote:", "Ivan", time.Time{}, report.PrecisionNone, true},
		{"Le lun. 3 janv. 2022 à 10:15, Camille Martin <camille@example.fr> a écrit :", "Camille Martin", utc(2022, 1, 3, 10, 15), report.PrecisionMinute, true},
		{"Le mar. 4 janv. 2022 à 18:20, Camille Martin <camille@example.fr> a écrit :", "Camille Martin", utc(2022, 1, 4, 18, 20), report.PrecisionMinute, true},
		{"Le 03/01/2022 à 10:15, Camille Martin a écrit :", "Camille Martin", utc(2022, 1, 3, 10, 15), report.PrecisionMinute, true},
		{"03.01.2022 10:15, Иван Петров пишет:", "Иван Петров", utc(2022, 1, 3, 10, 15), report.PrecisionMinute, true},
		{"пн, 3 янв. 2022 г. в 10:15, Иван Петров <ivan@example.org>:", "Иван Петров", utc(2022, 1, 3, 10, 15), report.PrecisionMinute, true},
		{"Иван Петров написал(а):", "Иван Петров", time.Time{}, report.PrecisionNone, true},
		{"Am 03.01.2022 um 10:15 schrieb Ivan Petrov:", "Ivan Petrov", utc(2022, 1, 3, 10, 15), report.PrecisionMinute, true},
		// Not attributions: a sentence, and a line with no verb and no date.
		{"This is what the chairman of the strike committee told the assembled workers he wrote:", "", time.Time{}, report.PrecisionNone, false},
		{"Ivan Petrov <ivan@example.org>:", "", time.Time{}, report.PrecisionNone, false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			msg := "From: Desk <desk@example.org>\nSubject: t\nDate: Tue, 4 Jan 2022 09:00:00 +0000\n\nMy reply.\n\n" +
				tt.line + "\n> The quoted words.\n"
			r, err := report.Parse("t.eml", []byte(msg), report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Posts) != 2 {
				t.Fatalf("got %d posts, want 2: %+v", len(r.Posts), r.Posts)
			}
			own, q := r.Posts[0], r.Posts[1]
			if !q.Quote || q.Text != "The quoted words." {
				t.Errorf("quote post = %+v", q)
			}
			if !tt.isAttr {
				if q.Author != "" || !strings.Contains(own.Text, tt.line) {
					t.Errorf("line taken as an attribution: quote author %q, own text %q", q.Author, own.Text)
				}
				return
			}
			if own.Text != "My reply." {
				t.Errorf("own text = %q, want the attribution removed", own.Text)
			}
			if q.Author != tt.author || !q.Published.Equal(tt.when) || q.Precision != tt.prec {
				t.Errorf("got %q %v %s, want %q %v %s", q.Author, q.Published, q.Precision, tt.author, tt.when, tt.prec)
			}
		})
	}
}

// TestEmailDateHeader checks the Date header forms the reader accepts: RFC
// 5322 and the broken shapes mailers and scripts write.
func TestEmailDateHeader(t *testing.T) {
	tests := []struct {
		date  string
		order report.DateOrder
		want  time.Time
		prec  report.Precision
	}{
		{"Mon, 03 Jan 2022 10:15:00 +0600", "", time.Date(2022, 1, 3, 4, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"Mon, 3 Jan 2022 10:15:00 +0600 (ALMT)", "", time.Date(2022, 1, 3, 4, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"3 Jan 2022 10:15 MSK", "", time.Date(2022, 1, 3, 7, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"Mon, 3 Jan 2022 10:15:00 EST", "", time.Date(2022, 1, 3, 15, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"Mon, 3 Jan 2022 10:15:00 +06:00", "", time.Date(2022, 1, 3, 4, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"2022-01-03T10:15:00+06:00", "", time.Date(2022, 1, 3, 4, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"2022-01-03 10:15:00", "", time.Date(2022, 1, 3, 10, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"Mon Jan  3 10:15:00 2022", "", time.Date(2022, 1, 3, 10, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"Monday, January 3, 2022 10:15 AM", "", time.Date(2022, 1, 3, 10, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"01/03/2022 10:15", "", time.Date(2022, 3, 1, 10, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"01/03/2022 10:15", report.DateOrderMDY, time.Date(2022, 1, 3, 10, 15, 0, 0, time.UTC), report.PrecisionMinute},
		{"3 January 2022", "", time.Date(2022, 1, 3, 0, 0, 0, 0, time.UTC), report.PrecisionDay},
		{"yesterday evening", "", time.Time{}, report.PrecisionNone},
		{"Mon, 31 Feb 2022 10:15:00 +0000", "", time.Time{}, report.PrecisionNone},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			msg := "From: Desk <desk@example.org>\nDate: " + tt.date + "\n\nText.\n"
			r, err := report.Parse("t.eml", []byte(msg), report.Options{DateOrder: tt.order})
			if err != nil {
				t.Fatal(err)
			}
			p := r.Posts[0]
			if !p.Published.Equal(tt.want) || p.Precision != tt.prec {
				t.Errorf("got %v %s, want %v %s", p.Published, p.Precision, tt.want, tt.prec)
			}
		})
	}
}

// TestEmailNotAMessage forces the e-mail reader on inputs that are not
// messages; sniffing would never send them there.
func TestEmailNotAMessage(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"prose", "Workers gathered at the gate at noon.\nThen they marched.\n", "not an e-mail message"},
		{"json", `{"name": "channel", "messages": []}`, "not an e-mail message"},
		{"no message fields", "Note: this is a list\nItem: one\n\nbody\n", "no From, To, Date or Subject"},
		{"folded first line", "  indented: x\nFrom: a@example.org\n\nbody\n", "not an e-mail message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := report.Parse("x.txt", []byte(tt.in), report.Options{Format: report.FormatEmail})
			var ie *report.InputError
			if !errors.As(err, &ie) || !errors.Is(err, report.ErrMalformed) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want an InputError of kind ErrMalformed saying %q", err, tt.want)
			}
		})
	}
}

// TestEmailErrorKinds checks that the failing fixtures fail with the right
// kind of error, which the golden .err text alone does not show.
func TestEmailErrorKinds(t *testing.T) {
	for name, kind := range map[string]error{
		"truncated.eml":     report.ErrTruncated,
		"no_text.eml":       report.ErrMalformed,
		"broken_base64.eml": report.ErrMalformed,
	} {
		data, err := os.ReadFile(filepath.Join("testdata", "email", name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := report.Parse(name, data, report.Options{}); !errors.Is(err, kind) {
			t.Errorf("%s: err = %v, want kind %v", name, err, kind)
		}
	}
}

// TestEmailOffsets checks that the spans of posts read from plain bodies
// (UTF-8 and windows-1251, which the input decoder turns into multi-byte
// UTF-8) hold the posts' text.
func TestEmailOffsets(t *testing.T) {
	for _, name := range []string{"gmail_reply.eml", "signature_1251.eml", "forwarded.eml", "no_date_outlook.eml"} {
		data, err := os.ReadFile(filepath.Join("testdata", "email", name))
		if err != nil {
			t.Fatal(err)
		}
		r, err := report.Parse(name, data, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range r.Posts {
			span := r.Input[p.Start:p.End]
			first, _, _ := strings.Cut(p.Text, "\n")
			last := p.Text[strings.LastIndexByte(p.Text, '\n')+1:]
			if !strings.HasPrefix(span, first) && !strings.HasPrefix(strings.TrimLeft(span, "> "), first) {
				t.Errorf("%s post %d: span %q does not begin with %q", name, i, span, first)
			}
			if !strings.HasSuffix(strings.TrimRight(span, "\r"), last) {
				t.Errorf("%s post %d: span %q does not end with %q", name, i, span, last)
			}
		}
	}
}

func FuzzEmail(f *testing.F) {
	addFuzzSeeds(f, "email")
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := report.Parse("fuzz.eml", data, report.Options{Format: report.FormatEmail})
		checkFuzzResult(t, r, err)
	})
}
