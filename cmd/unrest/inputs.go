package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/unrest-project/unrest/internal/report"
)

// readFlags are the flags of every command that reads reports.
type readFlags struct {
	format    string
	dateOrder string
	tz        string
	maxSize   int64
}

// defaultReadFlags are the reading defaults, for commands that read
// inputs without offering the flags (eval reads the documents of gold files).
func defaultReadFlags() readFlags {
	return readFlags{format: "auto", dateOrder: "auto", tz: "UTC", maxSize: report.DefaultMaxSize}
}

func (f *readFlags) register(fs *flag.FlagSet) {
	d := defaultReadFlags()
	fs.StringVar(&f.format, "input-format", d.format, "input format: auto (sniff the content), text, html, feed, telegram or email")
	fs.StringVar(&f.dateOrder, "date-order", d.dateOrder, "all-numeric dates like 05/01/2022: auto (decide from the values and the order of posts, else day-first), dmy or mdy")
	fs.StringVar(&f.tz, "tz", d.tz, "time zone of stamps that name none, as an IANA name (Asia/Almaty) or UTC")
	fs.Int64Var(&f.maxSize, "max-size", d.maxSize, "largest input read, in bytes")
}

// loader builds the report loader the flags describe.
func (f *readFlags) loader(e *env) (*report.Loader, error) {
	format, err := report.ParseFormat(f.format)
	if err != nil {
		return nil, usagef("-input-format: %v", err)
	}
	var order report.DateOrder
	switch strings.ToLower(f.dateOrder) {
	case "auto", "":
	case "dmy":
		order = report.DateOrderDMY
	case "mdy":
		order = report.DateOrderMDY
	default:
		return nil, usagef("-date-order: %q is not auto, dmy or mdy", f.dateOrder)
	}
	loc, err := time.LoadLocation(f.tz)
	if err != nil {
		return nil, usagef("-tz: unknown time zone %q", f.tz)
	}
	if f.maxSize <= 0 {
		return nil, usagef("-max-size: must be positive, got %d", f.maxSize)
	}
	return &report.Loader{
		Options: report.Options{Format: format, DateOrder: order, Location: loc, MaxSize: f.maxSize},
		Stdin:   e.stdin,
	}, nil
}

// target is one input to read, or the reason it cannot be.
type target struct {
	name string
	err  error
}

// expandTargets turns the command line's inputs into targets: folders are
// walked (hidden files and folders skipped, files in name order); a path
// that does not exist stays a target that carries its error, so that the
// batch reports it in its place and goes on.
func expandTargets(args []string) []target {
	var out []target
	for _, a := range args {
		if a == "-" || report.IsURL(a) {
			out = append(out, target{name: a})
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			out = append(out, target{name: a, err: &report.InputError{Name: a, Err: unwrapPathError(err)}})
			continue
		}
		if !fi.IsDir() {
			out = append(out, target{name: a})
			continue
		}
		var files []string
		err = filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				out = append(out, target{name: path, err: &report.InputError{Name: path, Err: unwrapPathError(err)}})
				return nil
			}
			if path != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			out = append(out, target{name: a, err: err})
		}
		sort.Strings(files)
		if len(files) == 0 {
			out = append(out, target{name: a, err: &report.InputError{Name: a, Err: errors.New("folder holds no files")}})
		}
		for _, f := range files {
			out = append(out, target{name: f})
		}
	}
	return out
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// eachReport loads every target in order and calls fn with each report.
// A target that cannot be read, or for which fn fails, is reported on
// stderr and skipped: one bad file never stops a batch. The result says
// whether all, some or none of the targets went through.
// A non-nil bar advances once per target.
func eachReport(ctx context.Context, e *env, l *report.Loader, targets []target, bar *progress, fn func(t target, r *report.Report) error) error {
	failed := 0
	for i, t := range targets {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("stopped after %d of %d inputs: %w", i, len(targets), err)
		}
		err := t.err
		var r *report.Report
		if err == nil {
			r, err = l.Load(ctx, t.name)
		}
		if err == nil {
			err = fn(t, r)
		}
		if err != nil {
			failed++
			bar.clear()
			fmt.Fprintf(e.stderr, "unrest: %v\n", err)
		}
		bar.step()
	}
	switch {
	case len(targets) == 0:
		return usagef("no input given")
	case failed == len(targets):
		if failed == 1 {
			return &inputError{errors.New("the input could not be read")}
		}
		return &inputError{fmt.Errorf("none of the %d inputs could be read", failed)}
	case failed > 0:
		return &partialError{failed: failed, total: len(targets)}
	}
	return nil
}
