// Command policyx turns Chinese policy text into normalized JSON Lines: the
// numeric targets and reported figures, the named initiatives, the
// enumerated actions and the document's structure.
//
// Usage:
//
//	policyx extract [flags] PATH...      extract records as JSON Lines
//	policyx check [flags] GOLDEN PATH... compare with a golden file
//	policyx schema                       print the record JSON Schema
//	policyx version                      print versions
//
// Run "policyx help" or "policyx extract -h" for the flags.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
