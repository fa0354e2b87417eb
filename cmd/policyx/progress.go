package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress draws a one-line progress report on stderr: documents done,
// failures, megabytes and throughput. It is silent unless enabled.
type progress struct {
	w       io.Writer
	on      bool
	start   time.Time
	last    time.Time
	lastRun runStats
}

func newProgress(w io.Writer, mode string) *progress {
	on := mode == "always"
	if mode == "auto" {
		if f, ok := w.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				on = true
			}
		}
	}
	now := time.Now()
	return &progress{w: w, on: on, start: now, last: now}
}

func (p *progress) update(st runStats) {
	p.lastRun = st
	if !p.on || time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.draw()
}

func (p *progress) draw() {
	st := p.lastRun
	secs := time.Since(p.start).Seconds()
	mb := float64(st.bytes) / 1e6
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	fmt.Fprintf(p.w, "\rpolicyx: %d documents, %d failed, %.1f MB, %.2f MB/s, %s ", st.docs, st.failed, mb, rate, time.Since(p.start).Round(time.Second))
}

func (p *progress) finish() {
	if !p.on {
		return
	}
	p.draw()
	fmt.Fprintln(p.w)
}
