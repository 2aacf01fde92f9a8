package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/unrest-project/unrest/internal/store/sqlite"
)

// dbFlag registers --db, whose default is $UNREST_DB or a file in the
// user's data folder.
func dbFlag(fs *flag.FlagSet, e *env) *string {
	return fs.String("db", defaultDBPath(e.getenv), "SQLite database file (default from $UNREST_DB, else the user's data folder)")
}

// defaultDBPath follows each system's convention for application data:
// $XDG_DATA_HOME or ~/.local/share on Unix, ~/Library/Application Support
// on macOS, %LocalAppData% on Windows.
func defaultDBPath(getenv func(string) string) string {
	if p := getenv("UNREST_DB"); p != "" {
		return p
	}
	var dir string
	switch runtime.GOOS {
	case "windows":
		dir = getenv("LocalAppData")
	case "darwin":
		if h := getenv("HOME"); h != "" {
			dir = filepath.Join(h, "Library", "Application Support")
		}
	default:
		dir = getenv("XDG_DATA_HOME")
		if dir == "" && getenv("HOME") != "" {
			dir = filepath.Join(getenv("HOME"), ".local", "share")
		}
	}
	if dir == "" {
		return "unrest.db"
	}
	return filepath.Join(dir, "unrest", "unrest.db")
}

// openExistingDB opens the database at path for a command that only
// reads it: a path where there is none is an error, not a new empty
// database (a mistyped --db would otherwise list nothing, silently).
func openExistingDB(ctx context.Context, path string) (*sqlite.DB, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, &inputError{fmt.Errorf("no database at %s (store reports first: unrest ingest --db %s FILE)", path, path)}
	} else if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	return openDB(ctx, path)
}

func openDB(ctx context.Context, path string) (*sqlite.DB, error) {
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	return db, nil
}
