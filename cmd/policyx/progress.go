package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressTick is how often the progress line is redrawn while no document
// finishes, so that a long document still shows the run is alive.
const progressTick = time.Second

// progress draws a one-line progress report on stderr: documents done,
// failures, megabytes, throughput and time. It is silent unless enabled;
// when enabled it redraws at least every progressTick until finish.
type progress struct {
	w     io.Writer
	on    bool
	start time.Time

	mu      sync.Mutex
	last    time.Time
	lastRun runStats
	stop    chan struct{}
	done    chan struct{}
}

func newProgress(w io.Writer, mode string) *progress {
	return newProgressEvery(w, mode, progressTick)
}

// newProgressEvery is newProgress redrawing every tick.
func newProgressEvery(w io.Writer, mode string, tick time.Duration) *progress {
	on := mode == "always"
	if mode == "auto" {
		if f, ok := w.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				on = true
			}
		}
	}
	now := time.Now()
	p := &progress{w: w, on: on, start: now, last: now}
	if on {
		p.stop, p.done = make(chan struct{}), make(chan struct{})
		go p.tick(tick)
	}
	return p
}

// tick redraws the line every d until finish stops it.
func (p *progress) tick(d time.Duration) {
	defer close(p.done)
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			p.draw()
			p.mu.Unlock()
		}
	}
}

func (p *progress) update(st runStats) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lastRun = st
	if time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.draw()
}

// draw writes the line; the caller holds mu.
func (p *progress) draw() {
	p.last = time.Now()
	st := p.lastRun
	secs := time.Since(p.start).Seconds()
	mb := float64(st.bytes) / 1e6
	rate := 0.0
	if secs > 0 {
		rate = mb / secs
	}
	noun := "documents"
	if st.docs == 1 {
		noun = "document"
	}
	fmt.Fprintf(p.w, "\rpolicyx: %d %s, %d failed, %.1f MB, %.2f MB/s, %s ", st.docs, noun, st.failed, mb, rate, time.Since(p.start).Round(time.Second))
}

func (p *progress) finish() {
	if !p.on {
		return
	}
	close(p.stop)
	<-p.done
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw()
	fmt.Fprintln(p.w)
}
