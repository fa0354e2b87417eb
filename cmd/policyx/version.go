package main

import (
	"fmt"
	"io"
)

// runVersion implements "policyx version". It loads the dictionaries to
// report their version, so it says exactly what extract would use.
func (a *app) runVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && isHelp(args[0]) {
		fmt.Fprintln(stdout, "usage: policyx version\n\nPrints the versions of policyx, of the record schema and of the built-in dictionaries.")
		return exitOK
	}
	if len(args) > 0 {
		fmt.Fprintf(stderr, "policyx version: unexpected argument %q (see policyx version -h)\n", args[0])
		return exitUsage
	}
	p, err := a.build(&config{})
	if err != nil {
		fmt.Fprintf(stderr, "policyx version: %v\n", err)
		return exitFatal
	}
	v := p.Versions
	fmt.Fprintf(stdout, "policyx %s\nschema %d\ndict %s\n", v.Policyx, v.Schema, v.Dict)
	return exitOK
}
