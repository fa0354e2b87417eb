package dict

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestBuiltinEntriesOnce checks that no built-in list repeats an entry,
// word and fields alike: a repeated line is a leftover of an edit, and
// the reader of the list cannot tell which of the two places is meant.
func TestBuiltinEntriesOnce(t *testing.T) {
	set, err := Builtin()
	require.NoError(t, err)
	for _, name := range set.Names() {
		seen := map[string]string{}
		for _, e := range set.List(name) {
			key := e.Word + "\t" + strings.Join(e.Fields, "\t")
			if first, ok := seen[key]; ok {
				t.Errorf("list %s: %q at %s repeats %s", name, key, e.Source, first)
			}
			seen[key] = e.Source
		}
	}
}
