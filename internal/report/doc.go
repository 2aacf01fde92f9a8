// Package report reads the inputs our users have — plain-text forum threads,
// HTML pages, RSS and Atom feeds, Telegram Desktop exports and e-mail — into
// one shape: a [Report] of ordered [Post]s, each with its author, its
// published time and the precision of that time, its text and where that
// text sits in the input.
//
// Data enters through [Parse] (bytes already in memory) or [Load] (a file
// path, an http(s) URL or "-" for standard input). Parse decodes the bytes to
// UTF-8 (UTF-8, UTF-16 with a byte-order mark, windows-1251, KOI8-R and
// ISO-8859-1 are recognised), sniffs the format from the content (a file
// extension is only a hint; [Options.Format] overrides both) and hands the
// text to the reader for that format.
//
// Every text a reader returns is in Unicode NFC with paragraphs separated by
// one blank line. Offsets ([Post.Start], [Post.End]) are byte offsets into
// [Report.Input], the input as decoded to UTF-8, so a caller can always show
// the original passage a post came from.
//
// Bad input is an [*InputError] naming the input and, where known, the line
// and byte offset of the problem; it wraps one of the Err* kinds of this
// package so callers can tell an empty file from a binary one.
package report
