package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"strings"
)

// readMOFile reads a GNU gettext .mo catalogue from path; see parseMO.
func readMOFile(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := parseMO(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// parseMO decodes a GNU gettext .mo catalogue into msgid → msgstr.
//
// The format is a header of 32-bit words in either byte order (magic
// 0x950412de, revision, count N, offset of the msgid table, offset of the
// msgstr table, hash table size and offset), then two tables of N
// (length, offset) pairs pointing at the strings. The header entry (empty
// msgid) and untranslated entries are skipped; a msgctxt ("ctx\x04id") is
// dropped from the key and only the first plural form is kept.
func parseMO(b []byte) (map[string]string, error) {
	if len(b) < 28 {
		return nil, fmt.Errorf("mo: %d bytes is shorter than the header", len(b))
	}
	var bo binary.ByteOrder
	switch {
	case binary.LittleEndian.Uint32(b) == 0x950412de:
		bo = binary.LittleEndian
	case binary.BigEndian.Uint32(b) == 0x950412de:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("mo: bad magic %#x at byte 0", binary.LittleEndian.Uint32(b))
	}
	if rev := bo.Uint32(b[4:]); rev>>16 > 1 {
		return nil, fmt.Errorf("mo: unsupported major revision %d at byte 4", rev>>16)
	}
	n := int(bo.Uint32(b[8:]))
	origTab, transTab := int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(tab, i int) (string, error) {
		at := tab + 8*i
		if at < 0 || at+8 > len(b) {
			return "", fmt.Errorf("mo: string table entry %d at byte %d is out of range", i, at)
		}
		l, off := int(bo.Uint32(b[at:])), int(bo.Uint32(b[at+4:]))
		if off < 0 || l < 0 || off+l > len(b) {
			return "", fmt.Errorf("mo: string %d (byte %d, length %d) is out of range", i, off, l)
		}
		return string(b[off : off+l]), nil
	}
	m := make(map[string]string, n)
	for i := range n {
		id, err := str(origTab, i)
		if err != nil {
			return nil, err
		}
		tr, err := str(transTab, i)
		if err != nil {
			return nil, err
		}
		if _, after, ok := strings.Cut(id, "\x04"); ok {
			id = after
		}
		id, _, _ = strings.Cut(id, "\x00")
		tr, _, _ = strings.Cut(tr, "\x00")
		if id == "" || tr == "" {
			continue
		}
		m[id] = tr
	}
	return m, nil
}
