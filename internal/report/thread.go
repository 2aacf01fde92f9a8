package report

import (
	"strings"
	"time"
	"unicode"
)

// dateOrder settles the order of all-numeric stamps for the whole input.
// A first number above 12 proves day-first and a second above 12 proves
// month-first; failing proof, the order the user asked for; failing that,
// the order under which the posts run forward in time; failing that,
// day-first.
func (t *threadReader) dateOrder() DateOrder {
	var numeric []civilTime
	for _, h := range t.headers {
		if h.hasDate && h.date.numeric {
			numeric = append(numeric, h.date)
		}
	}
	for _, c := range numeric {
		switch {
		case c.day > 12 && c.month <= 12:
			return DateOrderDMY
		case c.month > 12 && c.day <= 12:
			return DateOrderMDY
		}
	}
	if t.in.opts.DateOrder != DateOrderAuto || len(numeric) < 2 {
		if t.in.opts.DateOrder == DateOrderAuto {
			return DateOrderDMY
		}
		return t.in.opts.DateOrder
	}
	if t.inversions(numeric, DateOrderMDY) < t.inversions(numeric, DateOrderDMY) {
		return DateOrderMDY
	}
	return DateOrderDMY
}

// inversions counts the stamps that come before their predecessor when the
// dates are read in the given order (an invalid date counts as one).
func (t *threadReader) inversions(cs []civilTime, order DateOrder) int {
	n := 0
	var prev int64
	for i, c := range cs {
		tm, _, ok := c.resolve(order, t.in.opts.location())
		if !ok {
			n++
			continue
		}
		if i > 0 && tm.Unix() < prev {
			n++
		}
		prev = tm.Unix()
	}
	return n
}

// draft is a post before its paragraphs are sorted into text and quotes.
type draft struct {
	author   string
	date     civilTime
	hasDate  bool
	lines    []int // indexes of the lines that hold its text
	hdrStart int   // byte span of its header, for posts with no text
	hdrEnd   int
}

// para is a paragraph of a post with its byte span.
type para struct {
	text       string
	start, end int
	marked     bool // every line began with ">"
}

func (t *threadReader) posts() []Post {
	var drafts []draft
	rangeLines := func(from, to int) []int {
		var idx []int
		for i := max(from, 0); i < to && i < len(t.lines); i++ {
			if i != t.titleAt {
				idx = append(idx, i)
			}
		}
		return idx
	}
	if len(t.headers) == 0 {
		drafts = append(drafts, draft{lines: rangeLines(0, len(t.lines))})
	} else if t.allFooters() {
		// Every block is a "Posted By" footer and the last closes the
		// thread: each closes the text above it.
		prev := 0
		for k, h := range t.headers {
			d := t.draftFor(h)
			d.lines = rangeLines(prev, h.first)
			drafts = append(drafts, d)
			prev = t.headers[k].last + 1
		}
	} else {
		h0 := t.headers[0]
		preamble := rangeLines(0, h0.first)
		body0 := rangeLines(h0.last+1, t.bodyEnd(0))
		switch {
		case t.substantive(preamble) && (h0.postedBy || !t.substantive(body0)):
			// The first header is the article's footer.
			d := t.draftFor(h0)
			d.lines = append(preamble, body0...)
			drafts = append(drafts, d)
		default:
			if t.substantive(preamble) {
				drafts = append(drafts, draft{lines: preamble})
			}
			d := t.draftFor(h0)
			d.lines = body0
			drafts = append(drafts, d)
		}
		for k := 1; k < len(t.headers); k++ {
			d := t.draftFor(t.headers[k])
			d.lines = rangeLines(t.headers[k].last+1, t.bodyEnd(k))
			drafts = append(drafts, d)
		}
	}

	var out []Post
	var seen quoteIndex // the text of every post so far, for quote detection
	for _, d := range drafts {
		post := Post{Author: cleanText(d.author)}
		if d.hasDate {
			post.Published, post.Precision, _ = d.date.resolve(t.order, t.in.opts.location())
		}
		paras := t.paragraphs(d.lines)
		if len(paras) == 0 {
			post.Start, post.End = d.hdrStart, d.hdrEnd
			out = append(out, post)
			continue
		}
		// Split the paragraphs into runs of new text and runs of quotes.
		var run []para
		var runSrc *quoteSource
		runQuote := false
		flush := func() {
			if len(run) == 0 {
				return
			}
			p := post
			texts := make([]string, len(run))
			for i, r := range run {
				texts[i] = r.text
			}
			p.Text = cleanText(strings.Join(texts, "\n\n"))
			p.Start, p.End = run[0].start, run[len(run)-1].end
			if runQuote {
				p.Quote = true
				p.Author, p.Published, p.Precision = "", post.Published, PrecisionNone
				if runSrc != nil {
					p.Author, p.Published, p.Precision = runSrc.author, runSrc.published, runSrc.precision
				}
			}
			out = append(out, p)
			if !runQuote {
				seen.add(quoteKey(p.Text), quoteSource{author: p.Author, published: p.Published, precision: p.Precision})
			}
			run, runSrc = nil, nil
		}
		// The post's own earlier paragraphs count as quotable too: a
		// pull-quote often repeats the article it sits in.
		own := quoteSource{author: post.Author, published: post.Published, precision: post.Precision}
		var ownIdx quoteIndex
		for _, pa := range paras {
			key := quoteKey(pa.text)
			src, isQuote := findQuoted(key, &seen, &ownIdx)
			ownIdx.add(key, own)
			if pa.marked {
				isQuote = true
			}
			if len(run) > 0 && isQuote != runQuote {
				flush()
			}
			runQuote = isQuote
			if isQuote && runSrc == nil {
				runSrc = src
			}
			run = append(run, pa)
		}
		flush()
	}
	return out
}

// allFooters reports whether the thread is written with footers only:
// two or more "Posted By" blocks, every header one, and no text after the
// last (a header with nothing under it closes what stands above it).
func (t *threadReader) allFooters() bool {
	if len(t.headers) < 2 {
		return false
	}
	for _, h := range t.headers {
		if !h.postedBy {
			return false
		}
	}
	var tail []int
	for i := t.headers[len(t.headers)-1].last + 1; i < len(t.lines); i++ {
		tail = append(tail, i)
	}
	return !t.substantive(tail)
}

// bodyEnd is the line index where the text after header k ends.
func (t *threadReader) bodyEnd(k int) int {
	if k+1 < len(t.headers) {
		return t.headers[k+1].first
	}
	return len(t.lines)
}

func (t *threadReader) draftFor(h header) draft {
	return draft{author: h.author, date: h.date, hasDate: h.hasDate,
		hdrStart: t.lines[h.first].start, hdrEnd: t.lines[h.last].end}
}

// substantive reports whether lines hold any text that is not chrome.
func (t *threadReader) substantive(idx []int) bool {
	for _, i := range idx {
		if t.lines[i].text != "" && !t.isChrome(i) {
			return true
		}
	}
	return false
}

// paragraphs groups lines into paragraphs, dropping chrome lines and
// paragraphs that a scrape duplicated: a paragraph equal to the one before
// it, the title again, or a long paragraph seen earlier in the same post.
func (t *threadReader) paragraphs(idx []int) []para {
	var out []para
	var cur []int
	seen := map[string]bool{}
	title := ""
	if t.titleAt >= 0 {
		title = squash(t.lines[t.titleAt].text)
	}
	emit := func() {
		if len(cur) == 0 {
			return
		}
		texts := make([]string, len(cur))
		marked := true
		for i, li := range cur {
			s := t.lines[li].text
			if strings.HasPrefix(s, ">") {
				s = strings.TrimSpace(strings.TrimLeft(s, "> "))
			} else {
				marked = false
			}
			texts[i] = s
		}
		p := para{text: strings.Join(texts, "\n"), start: t.lines[cur[0]].start, end: t.lines[cur[len(cur)-1]].end, marked: marked}
		cur = nil
		key := squash(p.text)
		switch {
		case key == "":
			return
		case len(out) == 0 && key == title:
			return
		case len(out) > 0 && squash(out[len(out)-1].text) == key:
			return
		case len(key) >= 60 && seen[key]:
			return
		}
		seen[key] = true
		out = append(out, p)
	}
	prev := -2
	for _, i := range idx {
		if t.lines[i].text == "" || t.isChrome(i) || i != prev+1 {
			emit()
		}
		prev = i
		if t.lines[i].text == "" || t.isChrome(i) {
			continue
		}
		cur = append(cur, i)
	}
	emit()
	return out
}

// quoteSource is the attribution a quote of an earlier post takes.
type quoteSource struct {
	author    string
	published time.Time
	precision Precision
}

// quoteIndex holds the keyed text of every post so far. A paragraph can
// only repeat a post that holds its first minQuoteWords words in a row,
// so posts are indexed by a hash of every such run (shingle) and only the
// posts that share the paragraph's first one are searched: the cost grows
// with the text, not with the square of the number of posts.
type quoteIndex struct {
	keys     []string
	sources  []quoteSource
	shingles map[uint64][]int32 // hash of minQuoteWords words → posts holding them
}

func (q *quoteIndex) add(key string, src quoteSource) {
	if q.shingles == nil {
		q.shingles = make(map[uint64][]int32, len(key)/6)
	}
	n := int32(len(q.keys))
	q.keys = append(q.keys, key)
	q.sources = append(q.sources, src)
	shingleHashes(key, func(h uint64) bool {
		if posts := q.shingles[h]; len(posts) == 0 || posts[len(posts)-1] != n {
			q.shingles[h] = append(posts, n)
		}
		return true
	})
}

// maxQuoteCandidates bounds the posts searched for one paragraph, so that
// text repeated across thousands of posts (spam, a signature) cannot make
// the search quadratic.
const maxQuoteCandidates = 32

// find returns the first post whose key contains key.
func (q *quoteIndex) find(key string) (*quoteSource, bool) {
	var first uint64
	found := false
	shingleHashes(key, func(h uint64) bool {
		first, found = h, true
		return false
	})
	if !found {
		return nil, false
	}
	cands := q.shingles[first]
	if len(cands) > maxQuoteCandidates {
		cands = cands[:maxQuoteCandidates]
	}
	for _, n := range cands {
		if strings.Contains(q.keys[n], key) {
			return &q.sources[n], true
		}
	}
	return nil, false
}

// shingleHashes calls yield with a hash of every run of minQuoteWords
// consecutive words of key (words separated by single spaces, as quoteKey
// makes them), until yield returns false. Each word is hashed once (FNV-1a)
// and a window's hash mixes its words' hashes, so nothing is allocated.
func shingleHashes(key string, yield func(uint64) bool) {
	var window [minQuoteWords]uint64
	count := 0
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	inWord := false
	for i := 0; i <= len(key); i++ {
		if i < len(key) && key[i] != ' ' {
			h = (h ^ uint64(key[i])) * prime
			inWord = true
			continue
		}
		if !inWord {
			continue
		}
		window[count%minQuoteWords] = h
		count++
		h, inWord = offset, false
		if count < minQuoteWords {
			continue
		}
		var w uint64 = offset
		for j := count - minQuoteWords; j < count; j++ {
			w = (w ^ window[j%minQuoteWords]) * prime
			w ^= w >> 29
		}
		if !yield(w) {
			return
		}
	}
}

// minQuoteWords is the shortest paragraph taken for a quote when it repeats
// earlier text: shorter ones ("Solidarity with the workers!") recur by
// chance.
const minQuoteWords = 6

// findQuoted reports whether the paragraph with the given key repeats the
// text of an earlier post (seen) or of an earlier paragraph of its own
// post (own), and which.
func findQuoted(key string, seen, own *quoteIndex) (*quoteSource, bool) {
	if strings.Count(key, " ")+1 < minQuoteWords {
		return nil, false
	}
	if src, ok := seen.find(key); ok {
		return src, true
	}
	return own.find(key)
}

// quoteKey reduces text to lower-case words and digits separated by single
// spaces, so that a quote matches its source whatever bullets, quote marks
// and line breaks surround it.
func quoteKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '’' {
			continue // "nation’s" and "nations" alike
		}
		space = true
	}
	return b.String()
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
