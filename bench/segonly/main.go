// Command segonly is the baseline of the policyx benchmark: it reads the
// same inputs as policyx, with the same reader and the same segmenter, and
// does nothing but segment each document's text. policyx's end-to-end time
// is reported as a ratio to this program's.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/policyx/policyx/corpus"
	"github.com/policyx/policyx/dict"
)

func main() {
	format := flag.String("input-format", "auto", "input format, as for policyx extract")
	jobs := flag.Int("jobs", runtime.GOMAXPROCS(0), "documents segmented in parallel")
	flag.Parse()
	if err := run(context.Background(), *format, *jobs, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "segonly:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, format string, jobs int, paths []string) error {
	set, err := dict.Builtin()
	if err != nil {
		return err
	}
	seg, err := dict.NewSegmenter(set, dict.SegmenterOptions{})
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
				n := len(seg.Segment(t))
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
