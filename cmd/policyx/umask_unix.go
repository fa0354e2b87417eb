//go:build unix

package main

import (
	"os"
	"syscall"
)

// processUmask returns the process's file mode creation mask. It sets the
// mask and puts it back at once, which is safe while no other goroutine
// creates files: the command calls it before the run starts.
func processUmask() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return os.FileMode(m)
}
