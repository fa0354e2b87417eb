// Command segonly is the baseline of the policyx benchmark: it reads the
// same inputs as policyx, with the same reader, and does nothing but segment
// each document's text. With --engine gse it loads gse's embedded zh_s
// dictionary in one call, without HMM, and calls gse's Segment; with --engine policyx it uses policyx's own
// segmenter, which reproduces gse's segmentation from a prepared table.
// policyx's end-to-end time is reported as a ratio to this program's.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/go-ego/gse"
	"github.com/policyx/policyx/corpus"
	"github.com/policyx/policyx/dict"
)

func main() {
	format := flag.String("input-format", "auto", "input format, as for policyx extract")
	engine := flag.String("engine", "gse", "segmenter: gse or policyx")
	jobs := flag.Int("jobs", runtime.GOMAXPROCS(0), "documents segmented in parallel")
	flag.Parse()
	if err := run(context.Background(), *engine, *format, *jobs, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "segonly:", err)
		os.Exit(1)
	}
}

// segmentFunc segments text and returns the number of tokens.
type segmentFunc func(text string) int

func newEngine(name string) (segmentFunc, error) {
	switch name {
	case "policyx":
		set, err := dict.Builtin()
		if err != nil {
			return nil, err
		}
		seg, err := dict.NewSegmenter(set, dict.SegmenterOptions{})
		if err != nil {
			return nil, err
		}
		return func(t string) int { return len(seg.Segment(t)) }, nil
	case "gse":
		// gse alone, as the baseline: its embedded zh_s in one load
		// call, no HMM, Segment.
		seg := &gse.Segmenter{NotLoadHMM: true, SkipLog: true}
		if err := seg.LoadDictEmbed("zh_s"); err != nil {
			return nil, err
		}
		return func(t string) int { return len(seg.Segment([]byte(t))) }, nil
	}
	return nil, fmt.Errorf("unknown engine %q", name)
}

func run(ctx context.Context, engine, format string, jobs int, paths []string) error {
	seg, err := newEngine(engine)
	if err != nil {
		return err
	}
	texts := make(chan string, 2*jobs)
	var wg sync.WaitGroup
	var mu sync.Mutex
	tokens, bytes := 0, 0
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for t := range texts {
				n := seg(t)
				mu.Lock()
				tokens += n
				bytes += len(t)
				mu.Unlock()
			}
		}()
	}
	for doc, err := range corpus.Open(paths, corpus.Options{Format: format}, os.Stdin) {
		if err != nil || ctx.Err() != nil {
			continue
		}
		texts <- doc.Text
	}
	close(texts)
	wg.Wait()
	fmt.Fprintf(os.Stderr, "segonly: %d bytes, %d tokens\n", bytes, tokens)
	return nil
}
