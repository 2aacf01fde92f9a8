package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// env is what every command gets: its streams and the environment.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// command is one subcommand of unrest.
type command struct {
	name    string
	summary string
	usage   string // the arguments after the command name
	example string
	run     func(ctx context.Context, e *env, args []string) error
}

func commands() []command {
	return []command{
		parseCommand(),
		ingestCommand(),
		reportsCommand(),
		showCommand(),
		eventsCommand(),
		extractCommand(),
		evalCommand(),
		placesCommand(),
		datesCommand(),
		benchCommand(),
		demoCommand(),
		versionCommand(),
	}
}

// usageError is bad usage of a command: exit status 2 with the usage hint.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// inputError means no input of the command could be read: exit status 2.
type inputError struct{ err error }

func (e *inputError) Error() string { return e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

// partialError means some inputs failed and the rest were processed: exit
// status 1. The failures were already reported one by one.
type partialError struct{ failed, total int }

func (e *partialError) Error() string {
	return fmt.Sprintf("%d of %d inputs could not be read", e.failed, e.total)
}

// run is the whole program: it parses args and runs one command.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) error {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	if len(args) == 0 {
		writeHelp(stderr)
		return usagef("no command given")
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 {
			if c, ok := findCommand(rest[0]); ok {
				writeCommandHelp(stdout, c)
				return nil
			}
			return usagef("unknown command %q (run unrest help)", rest[0])
		}
		writeHelp(stdout)
		return nil
	}
	c, ok := findCommand(name)
	if !ok {
		return usagef("unknown command %q (run unrest help)", name)
	}
	err := c.run(ctx, e, rest)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return err
}

func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func writeHelp(w io.Writer) {
	fmt.Fprint(w, `unrest turns reports of protests, strikes, riots and crackdowns into a
sourced, dated record of events.

Usage:
  unrest COMMAND [flags] [arguments]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run "unrest help COMMAND" or "unrest COMMAND -h" for a command's flags.

Inputs are files, folders (read recursively), http(s) URLs, or "-" for
standard input. Formats are recognised from the content: plain-text
articles and forum threads, HTML pages, RSS and Atom feeds, Telegram
Desktop exports (result.json) and e-mail (.eml).

Exit status: 0 when all went well, 1 when something failed (some inputs
could not be read, the others were processed), 2 for bad usage or when no
input could be read.
`)
}

// newFlagSet makes a command's flag set whose -h prints the command help.
func newFlagSet(c command, e *env) *flag.FlagSet {
	fs := flag.NewFlagSet("unrest "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "Usage: unrest %s %s\n\n%s\n", c.name, c.usage, c.summary)
		if hasFlags(fs) {
			fmt.Fprintf(out, "\nFlags:\n")
			fs.PrintDefaults()
		}
		if c.example != "" {
			fmt.Fprintf(out, "\nExample:\n%s\n", c.example)
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// writeCommandHelp prints a command's usage as its -h does.
func writeCommandHelp(w io.Writer, c command) {
	var b strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: &b, getenv: func(string) string { return "" }}
	c.run(context.Background(), e, []string{"-h"})
	fmt.Fprint(w, b.String())
}

// parseFlags parses args and turns flag errors into usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return &usageError{msg: err.Error()}
	}
	return nil
}

// exitCode maps run's error to the exit status, printing it first.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "unrest: %v\n", err)
	var ue *usageError
	var ie *inputError
	switch {
	case errors.As(err, &ue), errors.As(err, &ie):
		return 2
	}
	return 1
}
