package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"strings"
)

// writeTSVGz writes rows as tab-separated lines, gzipped at
// BestCompression. The gzip header carries no file name and no
// modification time, so equal rows give byte-identical files.
func writeTSVGz(path string, rows [][]string) error {
	text, err := tsvText(path, rows)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(text); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return writeFile(path, buf.Bytes())
}

// writeTSV writes rows as plain tab-separated lines: for places.tsv, which
// the gazetteer embeds uncompressed so that loading it needs no
// decompression (see internal/gazetteer/embed.go).
func writeTSV(path string, rows [][]string) error {
	text, err := tsvText(path, rows)
	if err != nil {
		return err
	}
	return writeFile(path, text)
}

// tsvText joins rows into tab-separated lines, refusing a field that holds
// a tab or a line break.
func tsvText(path string, rows [][]string) ([]byte, error) {
	var buf bytes.Buffer
	for i, row := range rows {
		for j, f := range row {
			if strings.ContainsAny(f, "\t\n\r") {
				return nil, fmt.Errorf("%s: row %d field %d %q holds a separator", path, i+1, j+1, f)
			}
			if j > 0 {
				buf.WriteByte('\t')
			}
			buf.WriteString(f)
		}
		buf.WriteByte('\n')
	}
	return buf.Bytes(), nil
}

// copyFile copies src to dst byte for byte.
func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return writeFile(dst, b)
}

// writeFile replaces path through a temporary file in the same folder so
// that an interrupted build never leaves a truncated output behind.
func writeFile(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
