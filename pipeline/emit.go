package pipeline

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// Emit writes recs to w as JSON Lines in the contract's format: one object
// per line, keys in declaration order, no HTML escaping. It writes the
// records in the order given; Finalize has already sorted them.
func Emit(w io.Writer, recs []Record) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("emit %s: %w", r.header().ID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("emit: %w", err)
	}
	return nil
}
