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
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	for i, row := range rows {
		for j, f := range row {
			if strings.ContainsAny(f, "\t\n\r") {
				return fmt.Errorf("%s: row %d field %d %q holds a separator", path, i+1, j+1, f)
			}
		}
		if _, err := zw.Write([]byte(strings.Join(row, "\t") + "\n")); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return writeFile(path, buf.Bytes())
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
