//go:build !unix

package main

import "os"

// processUmask returns the usual mask where the system has none to ask.
func processUmask() os.FileMode { return 0o022 }
