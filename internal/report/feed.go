package report

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/itlightning/dateparse"
	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/atom"
	ext "github.com/mmcdole/gofeed/extensions"
	"github.com/mmcdole/gofeed/rss"
	xpp "github.com/mmcdole/goxpp/v2"
)

// readFeed reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: one post per item
// or entry, in feed order. The report's title is the feed's title.
//
// A post's text is the item's title as its first paragraph, then its body:
// content:encoded or Atom content when present, else the description or
// Atom summary, with HTML reduced to text. The title is left out when the
// body already starts with it. An item with neither title nor body text
// gives no post, as it has nothing to read.
//
// A post's author is the item's author name (its e-mail address when it has
// no name), else its dc:creator, else the feed's author. Its time is the
// item's pubDate or Atom published, else its Atom updated or dc:date; see
// feedDate for the forms read. Its URL is the item's link and its offsets
// span the whole <item> or <entry> element.
//
// Input that is not XML, XML whose root is not <rss>, <rdf:RDF> or <feed>,
// and XML that ends early are errors; a feed with no items is not.
func readFeed(in *input) (*Report, error) {
	sc, err := scanFeed(in)
	if err != nil {
		return nil, err
	}
	f, err := sc.parse()
	if err != nil {
		return nil, in.errAt(sc.orig(sc.gofeedErrOffset(err), false), malformed("feed: %v", err))
	}
	r := &Report{Title: feedLine(f.Title), Posts: make([]Post, 0, len(f.Items))}
	feedAuthor := ""
	if len(f.Authors) > 0 {
		feedAuthor = feedPersonName(f.Authors[0])
	} else if f.Author != nil {
		feedAuthor = feedPersonName(f.Author)
	}
	if feedAuthor == "" && f.DublinCoreExt != nil {
		feedAuthor = feedFirst(f.DublinCoreExt.Creator)
	}
	// The scan found the items where gofeed takes them from, so the two
	// lists match one to one. Should they ever differ (a feed shaped in a
	// way the scan does not mirror), pairing them by position could point a
	// post at another item's text; the whole feed element is then the only
	// honest span.
	matched := len(sc.items) == len(f.Items)
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		text := feedItemText(it)
		if text == "" {
			continue
		}
		p := Post{Text: text, URL: strings.TrimSpace(it.Link)}
		sp := sc.root
		if matched {
			sp = sc.items[i]
		}
		p.Start, p.End = sc.orig(sp.start, false), sc.orig(sp.end, true)
		p.Author = feedItemAuthor(it)
		if p.Author == "" {
			p.Author = feedAuthor
		}
		p.Published, p.Precision = feedItemDate(it, in.opts)
		r.Posts = append(r.Posts, p)
	}
	return r, nil
}

// feedItemText is an item's title and body as post text.
func feedItemText(it *gofeed.Item) string {
	title := feedLine(it.Title)
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	bodyText := feedBodyText(body)
	switch {
	case bodyText == "":
		return title
	case title == "" || feedStartsWith(bodyText, title):
		return bodyText
	}
	return cleanText(title + "\n\n" + bodyText)
}

// feedTag finds markup in a feed text field: a tag or an HTML entity. Feeds
// carry HTML escaped or in CDATA, so after XML decoding such a field holds
// markup as text.
var feedTag = regexp.MustCompile(`(?i)<[a-z!/][^>]*>|&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);`)

// feedBodyText reduces an item body to cleaned text. HTML goes through
// htmlFragmentText; a body with no markup at all is plain text, whose line
// breaks are kept rather than folded as HTML would fold them (Atom's
// type="text" and many RSS descriptions are written that way). Its lines
// lose their leading white space, which in a feed is the indentation of the
// XML around them (or an &nbsp; gofeed has already decoded), not the text's.
func feedBodyText(s string) string {
	if feedTag.MatchString(s) {
		return htmlFragmentText(s)
	}
	lines := strings.Split(cleanText(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimLeftFunc(l, unicode.IsSpace)
	}
	return strings.Join(lines, "\n")
}

// feedLine is a one-line field (a title, a name) as text: markup reduced,
// all white space folded to single spaces.
func feedLine(s string) string {
	if feedTag.MatchString(s) {
		s = htmlFragmentText(s)
	}
	// cleanText last, so the result is NFC even where folding joined a
	// combining mark to a new base.
	return cleanText(squash(s))
}

// feedStartsWith reports whether body opens with title, comparing folded
// white space and case, and ending at a word boundary so that the title
// "Strike" does not swallow a body opening "Strikers".
func feedStartsWith(body, title string) bool {
	b, t := strings.ToLower(squash(body)), strings.ToLower(squash(title))
	if t == "" || !strings.HasPrefix(b, t) {
		return false
	}
	if len(b) == len(t) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(b[len(t):])
	last, _ := utf8.DecodeLastRuneInString(t)
	return !isWordRune(next) || !isWordRune(last)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// feedItemAuthor is the item's own author: gofeed's author (RSS author,
// dc:author, dc:creator, itunes:author; Atom author), else a dc:creator the
// Atom translator leaves among the extensions.
func feedItemAuthor(it *gofeed.Item) string {
	if len(it.Authors) > 0 {
		if name := feedPersonName(it.Authors[0]); name != "" {
			return name
		}
	}
	if name := feedPersonName(it.Author); name != "" {
		return name
	}
	if dc := feedDublinCore(it); dc != nil {
		if name := feedFirst(dc.Creator); name != "" {
			return name
		}
		return feedFirst(dc.Author)
	}
	return ""
}

func feedPersonName(p *gofeed.Person) string {
	if p == nil {
		return ""
	}
	if name := feedLine(p.Name); name != "" {
		return name
	}
	return feedLine(p.Email)
}

// feedDublinCore is the item's Dublin Core extension; the RSS translator
// sets it, the Atom one leaves dc: elements among the raw extensions.
func feedDublinCore(it *gofeed.Item) *ext.DublinCoreExtension {
	if it.DublinCoreExt != nil {
		return it.DublinCoreExt
	}
	if dc, ok := it.Extensions["dc"]; ok {
		return ext.NewDublinCoreExtension(dc)
	}
	return nil
}

func feedFirst(values []string) string {
	for _, v := range values {
		if s := feedLine(v); s != "" {
			return s
		}
	}
	return ""
}

// feedItemDate is the item's published time: the first of its pubDate or
// published, updated and dc:date values that reads as a date. gofeed's own
// parsed times are not used: they read zone-less times as UTC and cannot
// tell a bare date from midnight.
func feedItemDate(it *gofeed.Item, opts Options) (time.Time, Precision) {
	candidates := []string{it.Published, it.Updated}
	if dc := feedDublinCore(it); dc != nil {
		candidates = append(candidates, dc.Date...)
	}
	for _, s := range candidates {
		if t, p := feedDate(s, opts); p != PrecisionNone {
			return t, p
		}
	}
	return time.Time{}, PrecisionNone
}

// Date forms of feeds. RSS uses RFC 822 ("Sat, 19 Oct 2019 21:30:00
// -0300"), written loosely in practice (no weekday, no seconds, two-digit
// years, full month names, zone names); Atom and Dublin Core use RFC 3339 /
// W3C-DTF ("2019-10-19T21:30:00-03:00", or just "2019-10-19").
var (
	feedRFC822 = regexp.MustCompile(`(?i)^(?:[a-z]+\.?,?\s*)?(\d{1,2})[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?(?:\s+(.*?)|([+-].*?))?)?$`)
	feedISO    = regexp.MustCompile(`(?i)^(\d{4})-(\d{2})-(\d{2})(?:(?:t|\s+)(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(.*?))?$`)
	// feedPartialISO is a W3C-DTF year or year and month: no day, so no
	// date we can give.
	feedPartialISO = regexp.MustCompile(`^\d{4}(?:-\d{2})?$`)
	// feedClock finds a time of day in a date the fallback parser read.
	feedClock = regexp.MustCompile(`\d:\d\d`)
	// feedNumericZone is a zone written as an offset, possibly after UTC or
	// GMT: "+0300", "-03:00", "+03", "GMT+3", "UTC+05:30".
	feedNumericZone = regexp.MustCompile(`(?i)^(?:utc|gmt|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$`)
	// feedZoneComment is a parenthesised comment after a zone, as in
	// "+0300 (MSK)", which RFC 822 allows and adds nothing to.
	feedZoneComment = regexp.MustCompile(`\s*\([^)]*\)\s*$`)
)

var feedMonths = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// feedZoneNames maps the zone names seen in feed dates to their offset in
// minutes. The US names are RFC 822's own (so CST is US Central, not China
// Standard Time); the rest are those of the regions whose feeds we read, BST
// being British Summer Time. Other names with several common meanings (IST:
// India, Ireland or Israel; AST: Atlantic or Arabia) are left out, so such a
// date is read as zone-less rather than guessed. Single military letters
// other than Z are also left out: RFC 2822 notes they were used with the
// wrong sign and must be taken as unknown.
var feedZoneNames = map[string]int{
	"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5 * 60, "EDT": -4 * 60, "CST": -6 * 60, "CDT": -5 * 60,
	"MST": -7 * 60, "MDT": -6 * 60, "PST": -8 * 60, "PDT": -7 * 60,
	"AKST": -9 * 60, "AKDT": -8 * 60, "HST": -10 * 60,
	"WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 2 * 60, "MET": 60, "MEST": 2 * 60,
	"EET": 2 * 60, "EEST": 3 * 60, "MSK": 3 * 60, "MSD": 4 * 60, "FET": 3 * 60, "TRT": 3 * 60,
	"SAMT": 4 * 60, "YEKT": 5 * 60, "ALMT": 6 * 60, "QYZT": 6 * 60, "AQTT": 5 * 60, "UZT": 5 * 60,
	"PKT": 5 * 60, "NPT": 5*60 + 45, "WIB": 7 * 60, "ICT": 7 * 60, "HKT": 8 * 60, "SGT": 8 * 60,
	"AWST": 8 * 60, "JST": 9 * 60, "KST": 9 * 60, "AEST": 10 * 60, "AEDT": 11 * 60,
	"NZST": 12 * 60, "NZDT": 13 * 60,
	"ART": -3 * 60, "BRT": -3 * 60, "BRST": -2 * 60, "CLT": -4 * 60, "CLST": -3 * 60,
	"UYT": -3 * 60, "PYT": -4 * 60, "BOT": -4 * 60, "PET": -5 * 60, "COT": -5 * 60, "VET": -4 * 60,
	"SAST": 2 * 60, "CAT": 2 * 60, "EAT": 3 * 60, "WAT": 60,
}

// feedDate reads one date value of a feed. A value with a time of day has
// PrecisionMinute, read in its own zone, else (no zone, or a zone name we do
// not know) in opts.Location. A value with only a date has PrecisionDay and
// is that date at midnight UTC, as written: converting a local midnight to
// UTC could move it to the day before. Anything else is PrecisionNone.
func feedDate(s string, opts Options) (time.Time, Precision) {
	s = squash(s)
	if s == "" || feedPartialISO.MatchString(s) || strings.Trim(s, "0123456789") == "" {
		// A bare year or year-month names no day; a bare number could be
		// a Unix time or a date without separators, and we do not guess.
		return time.Time{}, PrecisionNone
	}
	loc := opts.location()
	if m := feedISO.FindStringSubmatch(s); m != nil {
		zone := m[7]
		return feedBuild(feedAtoi(m[1]), time.Month(feedAtoi(m[2])), feedAtoi(m[3]), m[4] != "", m[4], m[5], m[6], "", zone, loc)
	}
	if m := feedRFC822.FindStringSubmatch(s); m != nil {
		month, ok := feedMonths[strings.ToLower(m[2])]
		if !ok {
			return time.Time{}, PrecisionNone
		}
		year := feedAtoi(m[3])
		if len(m[3]) == 2 {
			// RFC 822's two-digit years; RFC 2822 reads 00-49 as 20xx.
			if year < 50 {
				year += 2000
			} else {
				year += 1900
			}
		}
		zone := m[8] + m[9]
		return feedBuild(year, month, feedAtoi(m[1]), m[4] != "", m[4], m[5], m[6], m[7], zone, loc)
	}
	// Anything else: the general date parser, in the configured order of
	// all-numeric dates.
	dpOpts := []dateparse.ParserOption{dateparse.PreferMonthFirst(opts.DateOrder == DateOrderMDY)}
	if opts.DateOrder == DateOrderAuto {
		dpOpts = append(dpOpts, dateparse.RetryAmbiguousDateWithSwap(true))
	}
	t, err := feedDateparse(s, loc, dpOpts)
	if err != nil {
		return time.Time{}, PrecisionNone
	}
	if !feedClock.MatchString(s) {
		return feedValid(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), PrecisionDay)
	}
	return feedValid(t, PrecisionMinute)
}

// feedDateparse runs the general date parser, turning a panic into an
// error: it lexes free-form text by hand, and a date field of a feed is
// whatever its publisher typed, so an input it was never tried on must cost
// a date, not the run.
func feedDateparse(s string, loc *time.Location, opts []dateparse.ParserOption) (t time.Time, err error) {
	defer func() {
		if p := recover(); p != nil {
			t, err = time.Time{}, fmt.Errorf("date parser failed: %v", p)
		}
	}()
	return dateparse.ParseIn(s, loc, opts...)
}

// feedBuild assembles a date from its written parts, checking each: Go's
// time.Date would silently turn 31 April into 1 May.
func feedBuild(year int, month time.Month, day int, hasTime bool, hour, minute, sec, ampm, zone string, loc *time.Location) (time.Time, Precision) {
	if month < 1 || month > 12 || day < 1 || day > time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return time.Time{}, PrecisionNone
	}
	if !hasTime {
		return feedValid(time.Date(year, month, day, 0, 0, 0, 0, time.UTC), PrecisionDay)
	}
	h, mi, se := feedAtoi(hour), feedAtoi(minute), feedAtoi(sec)
	switch strings.ToLower(ampm) {
	case "a":
		if h < 1 || h > 12 {
			return time.Time{}, PrecisionNone
		}
		h %= 12
	case "p":
		if h < 1 || h > 12 {
			return time.Time{}, PrecisionNone
		}
		h = h%12 + 12
	}
	if h > 23 || mi > 59 || se > 60 {
		return time.Time{}, PrecisionNone
	}
	if z, ok := feedZone(zone); ok {
		loc = z
	}
	return feedValid(time.Date(year, month, day, h, mi, se, 0, loc), PrecisionMinute)
}

// feedZone reads the zone after a time: an offset, a known name, or both
// ("-0300 (CLT)", "+0300 MSK"), in which case the offset wins. It reports
// false for no zone or one it cannot read, which the caller takes as
// zone-less.
func feedZone(z string) (*time.Location, bool) {
	z = strings.TrimSpace(feedZoneComment.ReplaceAllString(strings.TrimSpace(z), ""))
	if z == "" {
		return nil, false
	}
	fields := strings.Fields(z)
	for _, f := range fields {
		if m := feedNumericZone.FindStringSubmatch(f); m != nil {
			h, mi := feedAtoi(m[2]), feedAtoi(m[3])
			if h > 14 || mi > 59 {
				return nil, false
			}
			off := (h*60 + mi) * 60
			if m[1] == "-" {
				off = -off
			}
			return time.FixedZone(feedOffsetName(off), off), true
		}
	}
	if off, ok := feedZoneNames[strings.ToUpper(fields[0])]; ok {
		return time.FixedZone(strings.ToUpper(fields[0]), off*60), true
	}
	return nil, false
}

func feedOffsetName(off int) string {
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%c%02d%02d", sign, off/3600, off/60%60)
}

// feedValid keeps times a report can hold: years 1 to 9999 in UTC, the
// range JSON output can write.
func feedValid(t time.Time, p Precision) (time.Time, Precision) {
	if y := t.UTC().Year(); y < 1 || y > 9999 {
		return time.Time{}, PrecisionNone
	}
	return t, p
}

func feedAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// feedMaxDepth bounds element nesting. Feeds nest a dozen levels and XHTML
// content a few dozen more; gofeed reads extension elements recursively,
// so absurd nesting is refused before it gets there.
const feedMaxDepth = 1000

// feedMaxTextCopies bounds the bytes gofeed copies to gather the text of
// one extension element (dc:creator, media:description, ...). It joins the
// pieces of such a text (cut by comments, CDATA sections or child elements)
// by appending each to all before it, which costs the square of the pieces:
// a few megabytes of text cut every few bytes would take hours. Real feeds
// have an element's text in one piece or a few, well inside this bound even
// at the largest input. Elements gofeed reads otherwise (titles,
// descriptions, Atom content) cost no more than their length.
const feedMaxTextCopies = 1 << 30

type feedKind int

const (
	feedRSS feedKind = iota + 1
	feedAtom
)

// feedSpan is a byte span [start, end) of the scanned text.
type feedSpan struct{ start, end int }

// feedScan is what scanFeed learns of a feed before gofeed reads it.
type feedScan struct {
	kind  feedKind
	text  string     // the text given to gofeed: in.text less illegal control characters, XML declarations blanked
	root  feedSpan   // the root element
	items []feedSpan // the items in the order gofeed returns them
	// removed holds, for each control character taken out of in.text, the
	// offset in text where it stood; orig maps back through it.
	removed []int
}

const feedContentNamespace = "http://purl.org/rss/1.0/modules/content/"

// Namespaces gofeed takes as RSS's own (elements in any other are
// extensions and never items), and as Atom's own.
var (
	feedRSSNamespaces = map[string]bool{
		"": true, "rss": true, "rdf": true,
		"http://www.w3.org/1999/02/22-rdf-syntax-ns#": true,
		"http://purl.org/rss/1.0/":                    true,
		"http://channel.netscape.com/rdf/simple/0.9/": true,
		"http://my.netscape.com/rdf/simple/0.9/":      true,
	}
	feedAtomNamespaces = map[string]bool{
		"":                            true,
		"http://www.w3.org/2005/Atom": true,
		"http://purl.org/atom/ns#":    true,
	}
	// feedExtensionNamespaces are extension vocabularies which, declared as
	// the default namespace of an <rss> root, do not make its children
	// RSS's own. Any other default namespace there does (feeds stamp bogus
	// ones on <rss>). This is the common part of gofeed's own list.
	feedExtensionNamespaces = map[string]bool{
		"http://www.w3.org/2005/Atom":                  true,
		"http://purl.org/atom/ns#":                     true,
		"http://purl.org/dc/elements/1.1/":             true,
		"http://purl.org/dc/terms/":                    true,
		"http://purl.org/rss/1.0/modules/content/":     true,
		"http://search.yahoo.com/mrss":                 true,
		"http://search.yahoo.com/mrss/":                true,
		"http://www.itunes.com/DTDs/PodCast-1.0.dtd":   true,
		"http://www.w3.org/1999/xhtml":                 true,
		"http://www.w3.org/2000/01/rdf-schema#":        true,
		"http://www.w3.org/XML/1998/namespace":         true,
		"http://purl.org/rss/1.0/modules/syndication/": true,
		"http://purl.org/rss/1.0/modules/slash/":       true,
		"http://wellformedweb.org/commentAPI/":         true,
	}
)

// scanFeed checks that in is a well-formed feed and finds its items.
//
// It reads the XML with the same decoder settings as gofeed (non-strict
// encoding/xml), so what one accepts the other does, but records where each
// element starts and ends, which gofeed does not. Items are found where
// gofeed takes them from: children of an RSS root or of its (last) channel,
// children of an Atom root, in RSS's or Atom's own namespace.
func scanFeed(in *input) (*feedScan, error) {
	sc := &feedScan{}
	// gofeed drops the control characters XML forbids rather than fail on
	// them; drop them too, remembering where, so offsets can be mapped back.
	var b strings.Builder
	for i := 0; i < len(in.text); i++ {
		c := in.text[i]
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			if sc.removed == nil {
				b.Grow(len(in.text))
				b.WriteString(in.text[:i])
			}
			sc.removed = append(sc.removed, b.Len())
			continue
		}
		if sc.removed != nil {
			b.WriteByte(c)
		}
	}
	text := in.text
	if sc.removed != nil {
		text = b.String()
	}

	trimmed := strings.TrimLeft(text, " \t\r\n")
	if !strings.HasPrefix(trimmed, "<") {
		return nil, in.errAt(0, malformed("not XML: the text starts with %s", feedQuoteHead(trimmed)))
	}
	// The text is already UTF-8, whatever the declaration says; a declared
	// encoding would make the decoder convert it a second time, and a
	// declared version 1.1 (the same syntax for feeds) would be refused.
	// Blank the declaration, keeping offsets and line numbers.
	text = feedBlank(text, len(text)-len(trimmed), feedDeclEnd(trimmed))

	dec := xml.NewDecoder(strings.NewReader(text))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }

	type open struct {
		name    string
		start   int
		channel bool // an RSS channel: its native <item> children are items
		item    bool
		ext     bool // read by gofeed as an extension element
		// text is the length of the element's own text so far, and
		// copies what appending each piece of it to the pieces before
		// costs; see feedMaxTextCopies.
		text, copies int
	}
	var (
		stack         []open
		rootItems     []feedSpan
		channelItems  []feedSpan
		channelActive bool
		native        map[string]bool
		decls         []feedSpan
	)
	for {
		start := int(dec.InputOffset())
		tok, err := dec.Token()
		if err == io.EOF {
			if len(stack) == 0 {
				// Only a prolog, comments or text: no element at all.
				return nil, in.errAt(len(in.text), fmt.Errorf("%w: XML with no root element", ErrTruncated))
			}
			err = &xml.SyntaxError{Msg: "unexpected EOF"}
		}
		if err != nil {
			off := sc.orig(int(dec.InputOffset()), false)
			var se *xml.SyntaxError
			if errors.As(err, &se) && strings.HasPrefix(se.Msg, "unexpected EOF") {
				where := "before the root element"
				if len(stack) > 0 {
					where = "inside <" + stack[len(stack)-1].name + ">"
				}
				if strings.Contains(se.Msg, "CDATA") {
					where = "in a CDATA section " + where
				}
				return nil, in.errAt(len(in.text), fmt.Errorf("%w: XML ends %s", ErrTruncated, where))
			}
			msg := err.Error()
			if se != nil {
				msg = se.Msg
			}
			if len(stack) == 0 && sc.kind == 0 {
				return nil, in.errAt(off, malformed("not XML: %s", msg))
			}
			return nil, in.errAt(off, malformed("XML: %s", msg))
		}
		switch t := tok.(type) {
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1].ext {
				o := &stack[len(stack)-1]
				o.text += len(t)
				o.copies += o.text
				if o.copies > feedMaxTextCopies {
					return nil, in.errAt(sc.orig(start, false), malformed("XML text of <%s> is cut into too many pieces (by comments, CDATA sections or child elements)", o.name))
				}
			}
		case xml.ProcInst:
			if t.Target == "xml" {
				decls = append(decls, feedSpan{start, int(dec.InputOffset())})
			}
		case xml.StartElement:
			name := t.Name.Local
			if len(stack) >= feedMaxDepth {
				return nil, in.errAt(sc.orig(start, false), malformed("XML elements nested more than %d deep", feedMaxDepth))
			}
			o := open{name: name, start: start}
			lower := strings.ToLower(name)
			space := strings.TrimSpace(t.Name.Space)
			switch {
			case len(stack) == 0:
				switch lower {
				case "rss", "rdf":
					sc.kind = feedRSS
					native = feedRSSNamespaces
					if space != "" && !feedExtensionNamespaces[space] {
						native = map[string]bool{space: true}
						for k := range feedRSSNamespaces {
							native[k] = true
						}
					}
				case "feed":
					sc.kind = feedAtom
					native = feedAtomNamespaces
				default:
					return nil, in.errAt(sc.orig(start, false), malformed("XML but not an RSS or Atom feed (root element <%s>)", feedQName(t.Name)))
				}
			case len(stack) == 1 && native[space]:
				switch {
				case sc.kind == feedRSS && lower == "channel":
					// gofeed keeps only the last channel's items.
					o.channel = true
					channelItems = nil
					channelActive = true
				case sc.kind == feedRSS && lower == "item", sc.kind == feedAtom && lower == "entry":
					o.item = true
				}
			case len(stack) == 2 && stack[1].channel && native[space] && lower == "item":
				o.item = true
			}
			if len(stack) > 0 {
				// gofeed reads foreign elements inside a channel, an item or
				// an Atom feed as extensions (but content:encoded, which RSS
				// items claim), and everything inside those likewise.
				parent := stack[len(stack)-1]
				container := parent.channel || parent.item || sc.kind == feedAtom && len(stack) == 1
				contentEncoded := lower == "encoded" && (space == feedContentNamespace || space == "content")
				o.ext = parent.ext || container && !native[space] && !(parent.item && contentEncoded)
			}
			stack = append(stack, o)
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			end := int(dec.InputOffset())
			switch {
			case o.item && len(stack) == 1:
				rootItems = append(rootItems, feedSpan{o.start, end})
			case o.item:
				channelItems = append(channelItems, feedSpan{o.start, end})
			}
			if len(stack) == 0 {
				sc.root = feedSpan{o.start, end}
				// gofeed reads no further than the root's end tag.
				if channelActive {
					sc.items = append(sc.items, channelItems...)
				}
				sc.items = append(sc.items, rootItems...)
				sc.text = text
				if len(decls) > 0 {
					bs := []byte(text)
					for _, d := range decls {
						copy(bs[d.start:d.end], feedBlank(text[d.start:d.end], 0, d.end-d.start))
					}
					sc.text = string(bs)
				}
				return sc, nil
			}
		}
	}
}

// feedDeclEnd is the length of the XML declaration opening s, 0 if none.
func feedDeclEnd(s string) int {
	if !strings.HasPrefix(s, "<?xml") || len(s) == 5 || !(s[5] == '?' || s[5] == ' ' || s[5] == '\t' || s[5] == '\r' || s[5] == '\n') {
		return 0
	}
	i := strings.Index(s, "?>")
	if i < 0 {
		return 0
	}
	return i + 2
}

// feedBlank returns s with s[from:from+n] turned to spaces, line breaks
// kept so that line numbers stay right.
func feedBlank(s string, from, n int) string {
	if n == 0 {
		return s
	}
	bs := []byte(s)
	for i := from; i < from+n; i++ {
		if bs[i] != '\n' && bs[i] != '\r' {
			bs[i] = ' '
		}
	}
	return string(bs)
}

// orig maps an offset in the scanned text back to in.text. An end offset
// stays before control characters that were removed right after it.
func (sc *feedScan) orig(off int, end bool) int {
	if off < 0 {
		return 0
	}
	n := sort.Search(len(sc.removed), func(i int) bool {
		if end {
			return sc.removed[i] >= off
		}
		return sc.removed[i] > off
	})
	return off + n
}

// parse runs gofeed's parser for the kind of feed found, with its
// default translation to a gofeed.Feed. The RSS and Atom parsers are
// called directly rather than through gofeed.Parser, whose type detection
// only looks at the first 4 KiB and so misses a root after a long prolog.
func (sc *feedScan) parse() (f *gofeed.Feed, err error) {
	// The scan has vetted the XML, and fuzzing found no input that makes
	// gofeed panic; but gofeed is not our code, and a panic there must not
	// take down a run over many inputs. Report it as a bad feed instead.
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, fmt.Errorf("feed parser failed: %v", p)
		}
	}()
	r := strings.NewReader(sc.text)
	if sc.kind == feedAtom {
		af, err := (&atom.Parser{}).Parse(r)
		if err != nil {
			return nil, err
		}
		return (&gofeed.DefaultAtomTranslator{}).Translate(af)
	}
	rf, err := (&rss.Parser{}).Parse(r)
	if err != nil {
		return nil, err
	}
	// The image scan parses every item's HTML to find a picture we do not use.
	return (&gofeed.DefaultRSSTranslator{DisableContentImageScan: true}).Translate(rf)
}

// gofeedErrOffset is where in the scanned text a gofeed error points, when
// it says; 0 (no place) otherwise.
func (sc *feedScan) gofeedErrOffset(err error) int {
	var ee *xpp.ExpectError
	if errors.As(err, &ee) && ee.Offset > 0 && int(ee.Offset) <= len(sc.text) {
		return int(ee.Offset)
	}
	return 0
}

func feedQName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	// encoding/xml puts the namespace URI in Space, or the prefix itself
	// when it was never declared; show a prefix, never a URI.
	if !strings.Contains(n.Space, "/") && !strings.Contains(n.Space, ":") {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// feedQuoteHead quotes the first few words of s for an error message.
func feedQuoteHead(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	line = strings.TrimSpace(line)
	if utf8.RuneCountInString(line) > 24 {
		r := []rune(line)
		line = string(r[:24]) + "…"
	}
	return strconv.Quote(line)
}
