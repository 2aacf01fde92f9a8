package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// readTelegram reads a Telegram Desktop export in JSON (result.json).
//
// Two shapes are read. The export of one chat or channel is an object with
// the chat's "name", "type" and "id" and its "messages" list. The export of
// a whole account holds its chats under "chats": {"list": [...]} and the
// chats it has left under "left_chats": {"list": [...]}, each one chat as
// above; their messages are read chat by chat, in file order (chats before
// left chats, as Telegram writes them). Other parts of an account export
// (contacts, sessions, personal information) are ignored. The report's
// title is the chat's name; for several chats it names them.
//
// Each message of type "message" with text gives one post. Service messages
// (a pin, a join, a renamed chat, a call) are skipped, and so are messages
// whose text is empty: stickers, photos and files sent without a caption. A
// photo or file with a caption gives a post of the caption.
//
// The text is "text" when it has any, else "text_entities": either a string
// or a list of strings and entity objects (bold, links, mentions, hashtags,
// ...), whose texts are joined in order; a link's address is not part of
// the text. A part of another shape (a number where a string belongs) is
// skipped rather than refused: one odd field should not lose a whole export.
//
// A post's time is "date_unixtime" (seconds, exact, UTC) when present, else
// "date", a local time without zone read in Options.Location; edits are not
// counted. Its author is "from", else the chat's name (channel posts, and
// exports that leave the sender out). A forwarded message only repeats a
// post published elsewhere: it is a Quote, and its author is the original's
// ("forwarded_from") where the export names one. A post's offsets span the
// message's JSON object. Telegram exports hold no link to a message, so
// posts have no URL.
//
// Input that is not valid JSON, JSON that ends early, and JSON that is not
// an export (no "messages" list) are errors; an export with no messages is
// not.
func readTelegram(in *input) (*Report, error) {
	// Check the whole text first, so that every later step reads valid
	// JSON and the error for bad JSON names the first fault.
	data := []byte(in.text)
	if !json.Valid(data) {
		var v json.RawMessage
		return nil, tgSyntaxError(in, json.Unmarshal(data, &v))
	}
	// Offsets count from the start of data, leading white space included.
	top, ok := tgObject(data, 0)
	if !ok {
		return nil, in.errAt(0, malformed("JSON but not a Telegram export: the top level is %s, not an object", tgKind(data)))
	}

	var chats []tgChat
	if f, ok := top.get("messages"); ok {
		chat, err := tgReadChat(in, top, f)
		if err != nil {
			return nil, err
		}
		chats = append(chats, chat)
	} else {
		found := false
		for _, f := range top {
			if f.key != "chats" && f.key != "left_chats" {
				continue
			}
			section, ok := tgObject(f.raw, f.start)
			if !ok {
				continue
			}
			list, ok := section.get("list")
			if !ok {
				continue
			}
			items, ok := tgArray(list.raw, list.start)
			if !ok {
				return nil, in.errAt(list.start, malformed("JSON but not a Telegram export: %q is %s, not a list", f.key+".list", tgKind(list.raw)))
			}
			found = true
			for _, it := range items {
				obj, ok := tgObject(it.raw, it.start)
				if !ok {
					continue
				}
				m, ok := obj.get("messages")
				if !ok {
					// A chat exported without its messages.
					continue
				}
				chat, err := tgReadChat(in, obj, m)
				if err != nil {
					return nil, err
				}
				chats = append(chats, chat)
			}
		}
		if !found {
			return nil, in.errAt(0, malformed("JSON but not a Telegram export: no \"messages\" list"))
		}
	}

	r := &Report{Title: tgTitle(chats), Posts: []Post{}}
	for _, c := range chats {
		r.Posts = append(r.Posts, c.posts...)
	}
	return r, nil
}

// tgChat is one chat's name and posts.
type tgChat struct {
	name  string
	posts []Post
}

// tgTitle names the chats of a report: the chat's own name for one, the
// first few names for several.
func tgTitle(chats []tgChat) string {
	if len(chats) == 1 {
		return chats[0].name
	}
	var names []string
	for _, c := range chats {
		if c.name != "" {
			names = append(names, c.name)
		}
	}
	switch {
	case len(chats) == 0:
		return ""
	case len(names) == 0:
		return fmt.Sprintf("Telegram export of %d chats", len(chats))
	case len(names) > 3:
		return fmt.Sprintf("Telegram export: %s and %d more", strings.Join(names[:3], ", "), len(chats)-3)
	}
	return "Telegram export: " + strings.Join(names, ", ")
}

// tgReadChat reads the posts of one chat object whose "messages" field is m.
func tgReadChat(in *input, chat tgFields, m tgField) (tgChat, error) {
	var c tgChat
	if f, ok := chat.get("name"); ok {
		c.name = cleanText(squash(tgString(f.raw)))
	}
	msgs, ok := tgArray(m.raw, m.start)
	if !ok {
		return c, in.errAt(m.start, malformed("JSON but not a Telegram export: \"messages\" is %s, not a list", tgKind(m.raw)))
	}
	for _, v := range msgs {
		if p, ok := tgPost(v, c.name, in.opts); ok {
			c.posts = append(c.posts, p)
		}
	}
	return c, nil
}

// tgMessage holds the fields of a message we read, each left raw so that a
// field of an unexpected type is skipped rather than failing the message.
type tgMessage struct {
	Type          json.RawMessage `json:"type"`
	Date          json.RawMessage `json:"date"`
	DateUnix      json.RawMessage `json:"date_unixtime"`
	From          json.RawMessage `json:"from"`
	ForwardedFrom json.RawMessage `json:"forwarded_from"`
	Text          json.RawMessage `json:"text"`
	TextEntities  json.RawMessage `json:"text_entities"`
}

// tgPost turns one element of a messages list into a post; false when it
// gives none (a service message, no text, not an object).
func tgPost(v tgValue, chatName string, opts Options) (Post, bool) {
	if len(v.raw) == 0 || v.raw[0] != '{' {
		return Post{}, false
	}
	var m tgMessage
	if err := json.Unmarshal(v.raw, &m); err != nil {
		return Post{}, false
	}
	// Exports always say "message" or "service"; a hand-made file that
	// leaves the type out is taken as messages.
	if typ := tgString(m.Type); len(m.Type) > 0 && !tgIsNull(m.Type) && typ != "message" {
		return Post{}, false
	}
	text := tgClean(tgText(m.Text))
	if text == "" {
		text = tgClean(tgText(m.TextEntities))
	}
	if text == "" {
		return Post{}, false
	}
	p := Post{Text: text, Start: v.start, End: v.end}
	p.Author = cleanText(squash(tgString(m.From)))
	if p.Author == "" {
		p.Author = chatName
	}
	if len(m.ForwardedFrom) > 0 {
		// Present even when null: Telegram writes null when the original
		// sender hides their name, and the message is still a forward.
		p.Quote = true
		if orig := cleanText(squash(tgString(m.ForwardedFrom))); orig != "" {
			p.Author = orig
		}
	}
	p.Published, p.Precision = tgDate(m, opts.location())
	return p, true
}

// tgDate is a message's time: date_unixtime when it reads as seconds, else
// date as a local time in loc.
func tgDate(m tgMessage, loc *time.Location) (time.Time, Precision) {
	unix := tgString(m.DateUnix)
	if unix == "" && len(m.DateUnix) > 0 && m.DateUnix[0] != '"' {
		unix = string(m.DateUnix) // a number rather than a string of digits
	}
	if n, err := strconv.ParseInt(strings.TrimSpace(unix), 10, 64); err == nil {
		// Years 1 to 9999 only, the range JSON output can write.
		if n >= -62135596800 && n <= 253402300799 {
			return time.Unix(n, 0).UTC(), PrecisionMinute
		}
	}
	s := strings.TrimSpace(tgString(m.Date))
	if t, err := time.ParseInLocation("2006-01-02T15:04:05", s, loc); err == nil {
		return feedValid(t, PrecisionMinute)
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return feedValid(t, PrecisionMinute)
	}
	return time.Time{}, PrecisionNone
}

// tgClean is a message text as a post's text: cleaned, and without the
// spaces cleanText keeps at the start of the first line (it keeps a line's
// indentation, and a message may start with a space or an exotic one).
// Later lines keep theirs: in a message, that is the sender's layout.
func tgClean(s string) string {
	return strings.TrimLeftFunc(cleanText(s), unicode.IsSpace)
}

// tgText joins the texts of a "text" or "text_entities" value: a string, or
// a list of strings and objects with a "text" string. Anything else counts
// as no text.
func tgText(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return ""
	}
	switch raw[0] {
	case '"':
		return tgString(raw)
	case '[':
		var parts []json.RawMessage
		if json.Unmarshal(raw, &parts) != nil {
			return ""
		}
		var b strings.Builder
		for _, part := range parts {
			part = bytes.TrimSpace(part)
			if len(part) == 0 {
				continue
			}
			switch part[0] {
			case '"':
				b.WriteString(tgString(part))
			case '{':
				var ent struct {
					Text json.RawMessage `json:"text"`
				}
				if json.Unmarshal(part, &ent) == nil {
					b.WriteString(tgString(ent.Text))
				}
			}
		}
		return b.String()
	}
	return ""
}

// tgString is raw as a string, "" when it is not one.
func tgString(raw json.RawMessage) string {
	var s string
	if len(raw) == 0 || raw[0] != '"' || json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}

func tgIsNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// tgKind names the JSON type of raw for error messages.
func tgKind(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "empty"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// tgValue is a JSON value with its byte span [start, end) in the input.
type tgValue struct {
	raw        json.RawMessage
	start, end int
}

// tgField is one member of a JSON object: its key and value.
type tgField struct {
	key string
	tgValue
}

type tgFields []tgField

// get returns the last member named key: with duplicate keys, the last one
// counts, as in encoding/json.
func (fs tgFields) get(key string) (tgField, bool) {
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i].key == key {
			return fs[i], true
		}
	}
	return tgField{}, false
}

// tgObject splits a JSON object found at byte offset base of the input into
// its members, with their spans; false if raw is not an object. raw must be
// valid JSON.
func tgObject(raw json.RawMessage, base int) (tgFields, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, false
	}
	var fs tgFields
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, false
		}
		key, _ := tok.(string)
		v, err := tgNext(dec, base)
		if err != nil {
			return nil, false
		}
		fs = append(fs, tgField{key, v})
	}
	return fs, true
}

// tgArray splits a JSON list found at byte offset base of the input into
// its elements, with their spans; false if raw is not a list.
func tgArray(raw json.RawMessage, base int) ([]tgValue, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, false
	}
	var vs []tgValue
	for dec.More() {
		v, err := tgNext(dec, base)
		if err != nil {
			return nil, false
		}
		vs = append(vs, v)
	}
	return vs, true
}

// tgNext decodes the decoder's next value. The decoder stops right after
// the value, so its offset less the value's length is where it began.
func tgNext(dec *json.Decoder, base int) (tgValue, error) {
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return tgValue{}, err
	}
	end := int(dec.InputOffset())
	start := max(end-len(raw), 0)
	return tgValue{raw: raw, start: base + start, end: base + end}, nil
}

// tgSyntaxError describes input that is not valid JSON, at the place the
// decoder stopped.
func tgSyntaxError(in *input, err error) error {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return in.errAt(0, malformed("invalid JSON: %v", err))
	}
	if se.Error() == "unexpected end of JSON input" {
		return in.errAt(len(in.text), fmt.Errorf("%w: JSON ends before its last value is complete", ErrTruncated))
	}
	return in.errAt(int(se.Offset), malformed("invalid JSON: %s", se.Error()))
}
