package report

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// DefaultUserAgent is sent with every fetch, so that site operators can
// tell who is asking.
const DefaultUserAgent = "unrest/0.1 (+https://github.com/unrest-project/unrest; event monitoring)"

// DefaultFetchTimeout bounds a whole fetch, connection to last byte.
const DefaultFetchTimeout = 30 * time.Second

// Loader reads reports from file paths, http(s) URLs and standard input.
// The zero value is ready to use; set its fields to change the defaults.
type Loader struct {
	Options   Options
	Client    *http.Client // nil: a client with DefaultFetchTimeout
	UserAgent string       // "": DefaultUserAgent
	Stdin     io.Reader    // read for "-"; nil: no standard input
}

// IsURL reports whether target names an http or https URL.
func IsURL(target string) bool {
	u, err := url.Parse(target)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Load reads one report from target: "-" for standard input, an http(s)
// URL, or a file path. Errors are *InputError values naming target.
func (l *Loader) Load(ctx context.Context, target string) (*Report, error) {
	var (
		data []byte
		hint = target
		src  Source
		err  error
	)
	switch {
	case target == "-":
		src = Source{Kind: SourceStdin, Location: "-"}
		if l.Stdin == nil {
			return nil, &InputError{Name: target, Err: fmt.Errorf("%w: no standard input", ErrEmpty)}
		}
		data, err = readLimited(l.Stdin, l.Options.maxSize())
	case IsURL(target):
		src = Source{Kind: SourceURL, Location: target}
		data, hint, err = l.fetch(ctx, target)
	default:
		src = Source{Kind: SourceFile, Location: target}
		data, err = l.readFile(target)
	}
	if err != nil {
		var ie *InputError
		if errors.As(err, &ie) {
			return nil, err
		}
		return nil, &InputError{Name: target, Err: err}
	}
	r, err := Parse(hint, data, l.Options)
	if err != nil {
		var ie *InputError
		if errors.As(err, &ie) {
			ie.Name = target
		}
		return nil, err
	}
	r.Source = src
	return r, nil
}

func (l *Loader) readFile(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("is a directory")
	}
	if fi.Mode().IsRegular() && fi.Size() > l.Options.maxSize() {
		// Refuse before reading: a mistaken 1 GB file must not be loaded.
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, fi.Size(), l.Options.maxSize())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readLimited(f, l.Options.maxSize())
}

// readLimited reads all of r, failing with ErrTooLarge past max bytes.
func readLimited(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return data, nil
}

// fetch GETs a URL and returns its body and a name whose extension hints
// at the format the server declared.
func (l *Loader) fetch(ctx context.Context, target string) ([]byte, string, error) {
	client := l.Client
	if client == nil {
		client = &http.Client{Timeout: DefaultFetchTimeout}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %v", ErrFetch, err)
	}
	ua := l.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, application/json;q=0.8, text/plain;q=0.8, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", fmt.Errorf("%w: %v", ErrFetch, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", fmt.Errorf("%w: HTTP %s", ErrFetch, resp.Status)
	}
	if resp.ContentLength > l.Options.maxSize() {
		return nil, "", fmt.Errorf("%w: the server announces %d bytes, the limit is %d", ErrTooLarge, resp.ContentLength, l.Options.maxSize())
	}
	data, err := readLimited(resp.Body, l.Options.maxSize())
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, "", err
		}
		return nil, "", fmt.Errorf("%w: reading the body: %v", ErrFetch, err)
	}
	return data, target + extForContentType(resp.Header.Get("Content-Type")), nil
}

// extForContentType maps a declared media type to the extension that
// hints the same format to sniff.
func extForContentType(ct string) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		return "#.html"
	case mt == "application/rss+xml" || mt == "application/atom+xml" || mt == "application/rdf+xml" ||
		mt == "application/xml" || mt == "text/xml":
		return "#.xml"
	case mt == "application/json":
		return "#.json"
	case mt == "message/rfc822":
		return "#.eml"
	case strings.HasPrefix(mt, "text/"):
		return "#.txt"
	}
	return ""
}
