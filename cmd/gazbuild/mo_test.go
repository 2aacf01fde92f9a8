package main

import (
	"encoding/binary"
	"maps"
	"strings"
	"testing"
)

// encodeMO builds a .mo catalogue the way msgfmt lays it out: header,
// msgid table, msgstr table, then the NUL-terminated strings.
func encodeMO(bo binary.ByteOrder, pairs [][2]string) []byte {
	n := len(pairs)
	origTab, transTab := 28, 28+8*n
	strStart := transTab + 8*n
	b := make([]byte, strStart)
	bo.PutUint32(b[0:], 0x950412de)
	bo.PutUint32(b[4:], 0)
	bo.PutUint32(b[8:], uint32(n))
	bo.PutUint32(b[12:], uint32(origTab))
	bo.PutUint32(b[16:], uint32(transTab))
	put := func(tab, i int, s string) {
		bo.PutUint32(b[tab+8*i:], uint32(len(s)))
		bo.PutUint32(b[tab+8*i+4:], uint32(len(b)))
		b = append(b, s...)
		b = append(b, 0)
	}
	for i, p := range pairs {
		put(origTab, i, p[0])
	}
	for i, p := range pairs {
		put(transTab, i, p[1])
	}
	return b
}

func TestParseMO(t *testing.T) {
	catalogue := [][2]string{
		{"", "Project-Id-Version: geonames\nContent-Type: text/plain; charset=UTF-8\n"},
		{"610612", "Актау"},
		{"KZ.09", "Мангистауская область"},
		{"Kazakhstan", "Казахстан"},
		{"ctx\x04Astana", "Астана"},
		{"city\x00cities", "город\x00города"},
		{"untranslated", ""},
	}
	want := map[string]string{
		"610612":     "Актау",
		"KZ.09":      "Мангистауская область",
		"Kazakhstan": "Казахстан",
		"Astana":     "Астана",
		"city":       "город",
	}
	tests := []struct {
		name    string
		in      []byte
		want    map[string]string
		wantErr string
	}{
		{"little endian", encodeMO(binary.LittleEndian, catalogue), want, ""},
		{"big endian", encodeMO(binary.BigEndian, catalogue), want, ""},
		{"empty catalogue", encodeMO(binary.LittleEndian, nil), map[string]string{}, ""},
		{"too short", []byte{0xde, 0x12, 0x04}, nil, "shorter than the header"},
		{"bad magic", make([]byte, 28), nil, "bad magic"},
		{"truncated strings", encodeMO(binary.LittleEndian, catalogue)[:200], nil, "out of range"},
		{"table past the end", func() []byte {
			b := encodeMO(binary.LittleEndian, catalogue)
			binary.LittleEndian.PutUint32(b[8:], 1000)
			return b
		}(), nil, "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseMO(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("parseMO error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseMO: %v", err)
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("parseMO = %q, want %q", got, tt.want)
			}
		})
	}
}
