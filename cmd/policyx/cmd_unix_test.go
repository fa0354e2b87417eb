//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOutputToNamedPipe checks that -o writes into a named pipe instead of
// renaming a file over it.
func TestOutputToNamedPipe(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), article(t), 0o644))
	want, errs, code := runCmd(t, dir, "", "extract", "a.txt")
	require.Equal(t, exitOK, code, errs)
	require.NoError(t, syscall.Mkfifo("pipe", 0o600))
	read := make(chan []byte)
	go func() {
		b, _ := os.ReadFile(filepath.Join(dir, "pipe"))
		read <- b
	}()
	_, errs, code = runCmd(t, dir, "", "extract", "-o", "pipe", "a.txt")
	require.Equal(t, exitOK, code, errs)
	assert.Equal(t, want, string(<-read))
	pi, err := os.Lstat("pipe")
	require.NoError(t, err)
	assert.NotZero(t, pi.Mode()&os.ModeNamedPipe, "the pipe is not replaced by a file")
}

// TestOutputFollowsUmask checks that a new output gets its mode under the
// umask, as a file the shell creates would.
func TestOutputFollowsUmask(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), article(t), 0o644))
	old := syscall.Umask(0o077) // as a user who keeps files private sets it
	t.Cleanup(func() { syscall.Umask(old) })
	_, errs, code := runCmd(t, dir, "", "extract", "-o", "private.jsonl", "a.txt")
	require.Equal(t, exitOK, code, errs)
	fi, err := os.Stat("private.jsonl")
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
}
