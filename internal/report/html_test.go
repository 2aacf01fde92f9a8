package report_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/unrest-project/unrest/internal/report"
)

func TestHTMLFixtures(t *testing.T) { runFixtures(t, "html") }

func FuzzHTML(f *testing.F) {
	addFuzzSeeds(f, "html")
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := report.Parse("fuzz.html", data, report.Options{Format: report.FormatHTML})
		checkFuzzResult(t, r, err)
	})
}

// parseHTML parses a page given as a string with the HTML reader.
func parseHTML(t *testing.T, page string, opts report.Options) *report.Report {
	t.Helper()
	opts.Format = report.FormatHTML
	r, err := report.Parse("test.html", []byte(page), opts)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return r
}

const htmlBody = `<p>Several thousand people gathered in the square on Saturday afternoon to protest against the new law, which they say will make it harder to hold public meetings.</p>
<p>Speakers from trade unions and student groups addressed the crowd from a lorry, and the march then moved slowly along the main avenue towards the parliament building.</p>
<p>Police estimated the crowd at four thousand; organisers said it was three times that. There were no arrests, and the square was empty again by nightfall.</p>`

func TestHTMLTitle(t *testing.T) {
	tests := []struct {
		name, head, h1, want string
	}{
		{"og:title wins", `<meta property="og:title" content="OG title"><title>Page title | Site</title>`, "Page title", "OG title"},
		{"site suffix stripped when rest is the h1", `<title>March in the square | Daily Post</title>`, "March in the square", "March in the square"},
		{"dash suffix stripped", `<title>March in the square - Daily Post</title>`, "March in the square", "March in the square"},
		{"site prefix stripped", `<title>Daily Post | March in the square</title>`, "March in the square", "March in the square"},
		{"dash kept when the rest is no heading", `<title>Marchers - and police - fill the square</title>`, "Something else", "Marchers - and police - fill the square"},
		{"no h1 keeps the whole title", `<title>March in the square | Daily Post</title>`, "", "March in the square | Daily Post"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h1 := ""
			if tt.h1 != "" {
				h1 = "<h1>" + tt.h1 + "</h1>"
			}
			page := "<!doctype html><html><head>" + tt.head + "</head><body><article>" + h1 + htmlBody + "</article></body></html>"
			if got := parseHTML(t, page, report.Options{}).Title; got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLPublished(t *testing.T) {
	moscow := time.FixedZone("MSK", 3*3600)
	tests := []struct {
		name, head, article string
		loc                 *time.Location
		want                time.Time
		prec                report.Precision
	}{
		{"article:published_time with zone", `<meta property="article:published_time" content="2020-08-16T14:00:00+03:00">`, "", nil,
			time.Date(2020, 8, 16, 11, 0, 0, 0, time.UTC), report.PrecisionMinute},
		{"meta beats JSON-LD", `<meta property="article:published_time" content="2020-08-16T14:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-08-01"}</script>`, "", nil,
			time.Date(2020, 8, 16, 14, 0, 0, 0, time.UTC), report.PrecisionMinute},
		{"JSON-LD array, date only", `<script type="application/ld+json">[{"@type":"WebSite"},{"@type":"BlogPosting","datePublished":"2020-08-16"}]</script>`, "", nil,
			time.Date(2020, 8, 16, 0, 0, 0, 0, time.UTC), report.PrecisionDay},
		{"JSON-LD graph prefers the article", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-08-15T10:00:00Z"},{"@type":"Article","datePublished":"2020-08-16T10:00:00Z"}]}</script>`, "", nil,
			time.Date(2020, 8, 16, 10, 0, 0, 0, time.UTC), report.PrecisionMinute},
		{"time element without zone read in the location", "", `<time datetime="2020-08-16T14:00">16 Aug</time>`, moscow,
			time.Date(2020, 8, 16, 11, 0, 0, 0, time.UTC), report.PrecisionMinute},
		{"unparseable values are skipped", `<meta property="article:published_time" content="yesterday"><meta name="date" content="16.08.2020">`, "", nil,
			time.Date(2020, 8, 16, 0, 0, 0, 0, time.UTC), report.PrecisionDay},
		{"nothing", "", "", nil, time.Time{}, report.PrecisionNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!doctype html><html><head><title>T</title>" + tt.head + "</head><body><article>" + tt.article + htmlBody + "</article></body></html>"
			r := parseHTML(t, page, report.Options{Location: tt.loc})
			p := r.Posts[0]
			if !p.Published.Equal(tt.want) || p.Precision != tt.prec {
				t.Errorf("published = %v (%s), want %v (%s)", p.Published, p.Precision, tt.want, tt.prec)
			}
		})
	}
}

func TestHTMLAuthor(t *testing.T) {
	tests := []struct {
		name, head, article, want string
	}{
		{"meta author", `<meta name="author" content="Ana Pérez">`, "", "Ana Pérez"},
		{"JSON-LD author object", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Pérez"}}</script>`, "", "Ana Pérez"},
		{"JSON-LD author list", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ana Pérez"},"Luis Soto"]}</script>`, "", "Ana Pérez, Luis Soto"},
		{"rel=author", "", `<p class="byline">By <a rel="author" href="/a">Luis Soto</a></p>`, "Luis Soto"},
		{"byline", "", `<p class="byline">By Luis Soto</p>`, "Luis Soto"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!doctype html><html><head><title>T</title>" + tt.head + "</head><body><article>" + tt.article + htmlBody + "</article></body></html>"
			if got := parseHTML(t, page, report.Options{}).Posts[0].Author; got != tt.want {
				t.Errorf("author = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHTMLCommentStamps(t *testing.T) {
	tests := []struct {
		stamp string
		order report.DateOrder
		want  time.Time
		prec  report.Precision
	}{
		{"5 January 2022 at 23:59", "", time.Date(2022, 1, 5, 23, 59, 0, 0, time.UTC), report.PrecisionMinute},
		{"January 5, 2022 at 11:59 pm", "", time.Date(2022, 1, 5, 23, 59, 0, 0, time.UTC), report.PrecisionMinute},
		{"Wednesday, January 5, 2022 12:05 AM", "", time.Date(2022, 1, 5, 0, 5, 0, 0, time.UTC), report.PrecisionMinute},
		{"5th of Jan 2022", "", time.Date(2022, 1, 5, 0, 0, 0, 0, time.UTC), report.PrecisionDay},
		{"5 января 2022 в 23:59", "", time.Date(2022, 1, 5, 23, 59, 0, 0, time.UTC), report.PrecisionMinute},
		{"05.01.2022 23:59 UTC+3", "", time.Date(2022, 1, 5, 20, 59, 0, 0, time.UTC), report.PrecisionMinute},
		{"05/01/2022", report.DateOrderMDY, time.Date(2022, 5, 1, 0, 0, 0, 0, time.UTC), report.PrecisionDay},
		{"05/01/2022", "", time.Date(2022, 1, 5, 0, 0, 0, 0, time.UTC), report.PrecisionDay},
		{"2 hours ago", "", time.Time{}, report.PrecisionNone},
	}
	for _, tt := range tests {
		t.Run(tt.stamp, func(t *testing.T) {
			page := `<!doctype html><html><head><title>T</title></head><body><article>` + htmlBody + `</article>
<ol class="comment-list"><li class="comment"><span class="comment-author">Someone</span>
<span class="comment-date">` + tt.stamp + `</span><div class="comment-content"><p>A comment.</p></div></li></ol></body></html>`
			r := parseHTML(t, page, report.Options{DateOrder: tt.order})
			if len(r.Posts) != 2 {
				t.Fatalf("got %d posts, want 2", len(r.Posts))
			}
			p := r.Posts[1]
			if !p.Published.Equal(tt.want) || p.Precision != tt.prec {
				t.Errorf("published = %v (%s), want %v (%s)", p.Published, p.Precision, tt.want, tt.prec)
			}
			if p.Author != "Someone" || p.Text != "A comment." {
				t.Errorf("author %q, text %q", p.Author, p.Text)
			}
			if strings.Contains(r.Posts[0].Text, "A comment") {
				t.Errorf("comment leaked into the article: %q", r.Posts[0].Text)
			}
		})
	}
}

func TestHTMLOffsets(t *testing.T) {
	page := `<!doctype html><html><head><title>T</title></head><body><article>` + htmlBody + `</article>
<div id="comments"><ul><li class="comment" id="c1"><b class="fn">A</b><div class="comment-content">First <em>comment</em>.</div>
<ul class="children"><li class="comment" id="c2"><b class="fn">B</b><div class="comment-content">A reply.</div></li></ul></li></ul></div></body></html>`
	r := parseHTML(t, page, report.Options{})
	if len(r.Posts) != 3 {
		t.Fatalf("got %d posts, want 3", len(r.Posts))
	}
	c1 := r.Input[r.Posts[1].Start:r.Posts[1].End]
	if !strings.HasPrefix(c1, `<li class="comment" id="c1">`) || !strings.HasSuffix(c1, "</li></ul></li>") {
		t.Errorf("comment 1 spans %q", c1)
	}
	c2 := r.Input[r.Posts[2].Start:r.Posts[2].End]
	if c2 != `<li class="comment" id="c2"><b class="fn">B</b><div class="comment-content">A reply.</div></li>` {
		t.Errorf("comment 2 spans %q", c2)
	}
	if r.Posts[1].Text != "First comment." || r.Posts[2].Text != "A reply." {
		t.Errorf("texts %q, %q", r.Posts[1].Text, r.Posts[2].Text)
	}
	art := r.Input[r.Posts[0].Start:r.Posts[0].End]
	if !strings.Contains(art, "Several thousand") || !strings.Contains(art, "nightfall") {
		t.Errorf("article spans %q", art)
	}
}

func TestHTMLErrors(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"no text", `<html><body><div></div><script>var x = 1;</script></body></html>`, "no readable text in the page"},
		{"only navigation", `<html><body><header role="banner"><a href="/">Daily Post</a></header><nav><a href="/">Home</a> <a href="/world">World</a></nav><div id="app"></div><footer role="contentinfo"><a href="/t">Terms</a></footer></body></html>`, "no readable text in the page"},
		{"nested too deep", strings.Repeat("<div>", 600) + "text", "cannot parse the page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := report.Parse("bad.html", []byte(tt.page), report.Options{Format: report.FormatHTML})
			var ie *report.InputError
			if !errors.As(err, &ie) || !errors.Is(err, report.ErrMalformed) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want an InputError wrapping ErrMalformed saying %q", err, tt.want)
			}
		})
	}
}

func TestHTMLOnlyComments(t *testing.T) {
	page := `<html><body><nav><a href="/">Home</a></nav><ol class="comment-list">
<li class="comment"><cite class="fn">ira</cite> <time datetime="2020-08-16T22:04:00+03:00">22:04</time><div class="comment-content">First.</div></li>
<li class="comment"><cite class="fn">oleg</cite> <time datetime="2020-08-16">16 Aug</time><div class="comment-content">Second.</div></li>
</ol></body></html>`
	r := parseHTML(t, page, report.Options{})
	if len(r.Posts) != 2 {
		t.Fatalf("got %d posts, want the 2 comments", len(r.Posts))
	}
	if p := r.Posts[0]; p.Author != "ira" || p.Text != "First." || !p.Published.Equal(time.Date(2020, 8, 16, 19, 4, 0, 0, time.UTC)) || p.Precision != report.PrecisionMinute {
		t.Errorf("first comment = %+v", p)
	}
	if p := r.Posts[1]; p.Author != "oleg" || p.Text != "Second." || !p.Published.Equal(time.Date(2020, 8, 16, 0, 0, 0, 0, time.UTC)) || p.Precision != report.PrecisionDay {
		t.Errorf("second comment = %+v", p)
	}
}

// Markup inside an SVG CDATA section is text to the parser; the offsets
// must still be sound and no internal marker may reach the text.
func TestHTMLForeignContent(t *testing.T) {
	page := `<html><body><svg><![CDATA[ > <div class="comment">not a comment</div> ]]></svg><math><mi><![CDATA[<p>x</p>]]></mi></math>
<article>` + htmlBody + `</article></body></html>`
	r := parseHTML(t, page, report.Options{})
	if len(r.Posts) != 1 {
		t.Fatalf("got %d posts, want 1", len(r.Posts))
	}
	p := r.Posts[0]
	if strings.Contains(p.Text, "data-unrest") || !strings.HasPrefix(p.Text, "Several thousand") {
		t.Errorf("text = %q", p.Text)
	}
	if src := r.Input[p.Start:p.End]; !strings.Contains(src, "Several thousand") {
		t.Errorf("article spans %q", src)
	}
}
