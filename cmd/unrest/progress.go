package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// progress draws a one-line progress bar on a terminal. On anything else
// (a pipe, a file, a test buffer) it draws nothing. A nil *progress is a
// bar that is never drawn.
type progress struct {
	w     io.Writer
	on    bool
	total int
	done  int
	shown bool
}

// newProgress returns a bar over total steps, drawn on w when w is a
// terminal and the batch is big enough for a bar to help.
func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) && total > 1 {
		p.on = true
	}
	return p
}

// step marks one more step done and redraws.
func (p *progress) step() {
	if p == nil {
		return
	}
	p.done++
	p.draw()
}

func (p *progress) draw() {
	if !p.on {
		return
	}
	const width = 30
	filled := width * p.done / max(p.total, 1)
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d", strings.Repeat("#", filled), strings.Repeat(" ", width-filled), p.done, p.total)
	p.shown = true
}

// clear erases the bar so a line can be printed; the next step redraws it.
func (p *progress) clear() {
	if p != nil && p.on && p.shown {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 50))
		p.shown = false
	}
}
