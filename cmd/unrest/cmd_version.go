package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

func versionCommand() command {
	return command{
		name:    "version",
		summary: "print the version of unrest and of Go it was built with",
		usage:   "",
		run: func(ctx context.Context, e *env, args []string) error {
			c, _ := findCommand("version")
			fs := newFlagSet(c, e)
			if err := parseFlags(fs, args); err != nil {
				return err
			}
			v, goVersion := "(devel)", ""
			if bi, ok := debug.ReadBuildInfo(); ok {
				goVersion = bi.GoVersion
				if bi.Main.Version != "" {
					v = bi.Main.Version
				}
			}
			fmt.Fprintf(e.stdout, "unrest %s %s\n", v, goVersion)
			return nil
		},
	}
}
