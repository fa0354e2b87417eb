package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/policyx/policyx/pipeline"
)

// manifestName is the file in an output directory that lists the finished
// parts.
const manifestName = "manifest.json"

// A manifest describes an output directory: what produced it and which
// parts are complete. A rerun with the same run description skips the parts
// listed here whose files still match their sha256.
type manifest struct {
	Run   runDescription `json:"run"`
	Parts []partEntry    `json:"parts"`
}

// runDescription is everything that decides the content of the parts.
type runDescription struct {
	Policyx   string   `json:"policyx"`
	Schema    int      `json:"schema"`
	Dict      string   `json:"dict"`
	Inputs    []string `json:"inputs"`
	Options   []string `json:"options"`
	PartSize  int      `json:"part_size"`
	ShardSpec string   `json:"shard,omitempty"`
}

// A partEntry is one finished part file.
type partEntry struct {
	Name    string         `json:"name"`
	First   int            `json:"first"` // index of its first document in the run's input order
	Docs    int            `json:"docs"`
	FirstID string         `json:"first_id"`
	LastID  string         `json:"last_id"`
	Failed  int            `json:"failed"`
	Counts  map[string]int `json:"counts"`
	SHA256  string         `json:"sha256"`
	// Inputs is the sha256 of the ids and input hashes of the part's
	// documents (see inputDigest): a rerun whose documents read differently
	// is refused, not resumed on stale parts. Empty in older manifests.
	Inputs string `json:"inputs_sha256,omitempty"`
}

// inputDigest adds one document to the digest of a part's inputs: its id
// and the sha256 of its bytes as read.
func inputDigest(h hash.Hash, doc *pipeline.Document) {
	if doc != nil {
		io.WriteString(h, doc.ID)
		h.Write([]byte{0})
		io.WriteString(h, doc.SHA256)
	}
	h.Write([]byte{'\n'})
}

// isDirOutput reports whether -o names a directory: it ends in a slash or
// is an existing directory.
func isDirOutput(out string) bool {
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return true
	}
	fi, err := os.Stat(out)
	return err == nil && fi.IsDir()
}

// partDir writes documents into part files of partSize documents each,
// every part through a temporary name renamed when the part is complete,
// and rewrites the manifest (also via rename) after each part.
type partDir struct {
	dir      string
	mode     os.FileMode // of the part files and the manifest, under the umask
	man      manifest
	done     map[int]partEntry // finished parts by index, from an earlier run
	partSize int

	// order holds the global indices of the documents handed to the
	// pipeline, in order. filter appends from the reading goroutine and
	// Write pops from the emitting one, so mu guards it.
	mu      sync.Mutex
	order   []int
	changed error // set when the input no longer matches the manifest

	cur    *partEntry
	curIdx int
	f      *os.File
	w      *bufio.Writer
	h      hash.Hash
	inputs hash.Hash // the ids and input hashes of the current part's documents
}

// openPartDir prepares dir for a run described by desc, loading the
// manifest of an earlier run when its description matches.
func openPartDir(dir string, desc runDescription) (*partDir, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create output directory: %w", err)
	}
	p := &partDir{dir: dir, mode: newFileMode(), partSize: desc.PartSize, done: map[int]partEntry{}, man: manifest{Run: desc, Parts: []partEntry{}}}
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	switch {
	case errors.Is(err, os.ErrNotExist):
		return p, nil
	case err != nil:
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	var old manifest
	if err := json.Unmarshal(b, &old); err != nil {
		return nil, fmt.Errorf("read manifest %s: %w", filepath.Join(dir, manifestName), err)
	}
	if !sameRun(old.Run, desc) {
		return nil, fmt.Errorf("%s holds the output of a different run (inputs, options or versions differ); use another directory or remove it", dir)
	}
	for _, e := range old.Parts {
		if sum, err := fileSHA256(filepath.Join(dir, e.Name)); err == nil && sum == e.SHA256 {
			p.done[e.First/desc.PartSize] = e
			p.man.Parts = append(p.man.Parts, e)
		}
	}
	return p, nil
}

func sameRun(a, b runDescription) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// filter drops the documents of finished parts and remembers the global
// index of every document it lets through. It checks that a finished part
// still holds as many documents, starting and ending with the ones it
// started and ended with, and stops reading at the first one that does
// not: the command then fails the run (see inputChanged).
func (p *partDir) filter(docs func(yield func(*pipeline.Document, error) bool)) func(yield func(*pipeline.Document, error) bool) {
	return func(yield func(*pipeline.Document, error) bool) {
		i := 0
		inputs := sha256.New() // the inputs of the finished part being passed over
		for doc, err := range docs {
			idx := i
			i++
			if e, ok := p.done[idx/p.partSize]; ok {
				end := e.First + e.Docs
				if idx == e.First {
					inputs.Reset()
				}
				inputDigest(inputs, doc)
				switch {
				case idx >= end:
					// a short last part, and the input now goes on past it
					p.setChanged(fmt.Sprintf("part %s held %s, the input now has more", e.Name, e.docRange()))
					return
				case doc == nil:
				case idx == e.First && doc.ID != e.FirstID:
					p.setChanged(fmt.Sprintf("part %s started with %q, now %q", e.Name, e.FirstID, doc.ID))
					return
				case idx == end-1 && doc.ID != e.LastID:
					p.setChanged(fmt.Sprintf("part %s ended with %q, now %q", e.Name, e.LastID, doc.ID))
					return
				}
				if idx == end-1 && e.Inputs != "" && hex.EncodeToString(inputs.Sum(nil)) != e.Inputs {
					p.setChanged(fmt.Sprintf("part %s held %s, one of which now reads differently", e.Name, e.docRange()))
					return
				}
				continue
			}
			p.mu.Lock()
			p.order = append(p.order, idx)
			p.mu.Unlock()
			if !yield(doc, err) {
				return
			}
		}
		// The input ended: no finished part may reach past it. Name the
		// first that does.
		var past *partEntry
		for _, e := range p.done {
			if e.First+e.Docs > i && (past == nil || e.First < past.First) {
				past = &e
			}
		}
		if past != nil {
			p.setChanged(fmt.Sprintf("part %s held %s, the input now has %d", past.Name, past.docRange(), i))
		}
	}
}

// docRange names the documents of the part by their numbers in the input,
// counted from 1: "document 7", "documents 5 to 6".
func (e partEntry) docRange() string {
	if e.Docs == 1 {
		return fmt.Sprintf("document %d", e.First+1)
	}
	return fmt.Sprintf("documents %d to %d", e.First+1, e.First+e.Docs)
}

// setChanged records that the input no longer matches the finished parts,
// and why.
func (p *partDir) setChanged(why string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.changed = fmt.Errorf("the input changed since %s was written: %s; use another directory or remove it", manifestName, why)
}

// inputChanged returns why the input no longer matches the manifest, or
// nil.
func (p *partDir) inputChanged() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.changed
}

// Write adds one document's records to its part, finishing the previous
// part when this document starts a new one.
func (p *partDir) Write(r pipeline.Result) error {
	p.mu.Lock()
	idx := p.order[0]
	p.order = p.order[1:]
	p.mu.Unlock()
	part := idx / p.partSize
	if p.cur != nil && part != p.curIdx {
		if err := p.finishPart(); err != nil {
			return err
		}
	}
	if p.cur == nil {
		name := fmt.Sprintf("part-%05d.jsonl", part)
		f, err := os.CreateTemp(p.dir, "."+name+".tmp-*")
		if err != nil {
			return fmt.Errorf("create part: %w", err)
		}
		p.f, p.h, p.inputs, p.curIdx = f, sha256.New(), sha256.New(), part
		p.w = bufio.NewWriterSize(io.MultiWriter(f, p.h), 256<<10)
		p.cur = &partEntry{Name: name, First: idx, FirstID: r.Doc.ID, Counts: map[string]int{}}
	}
	inputDigest(p.inputs, r.Doc)
	p.cur.Docs++
	p.cur.LastID = r.Doc.ID
	if r.Failed {
		p.cur.Failed++
	}
	for _, rec := range r.Records {
		p.cur.Counts[pipeline.Head(rec).Type]++
	}
	return pipeline.Emit(p.w, r.Records)
}

// finishPart flushes, syncs and renames the current part, then records it
// in the manifest.
func (p *partDir) finishPart() error {
	err := commitTemp(p.f, p.w.Flush, filepath.Join(p.dir, p.cur.Name), p.cur.Name, p.mode)
	if err != nil {
		p.cur, p.f, p.w = nil, nil, nil // commitTemp removed the temporary file
		return err
	}
	p.cur.SHA256 = hex.EncodeToString(p.h.Sum(nil))
	p.cur.Inputs = hex.EncodeToString(p.inputs.Sum(nil))
	p.man.Parts = append(p.man.Parts, *p.cur)
	p.cur, p.f, p.w = nil, nil, nil
	return p.writeManifest()
}

// writeManifest writes the manifest, its parts in index order, through a
// temporary file renamed into place.
func (p *partDir) writeManifest() error {
	parts := p.man.Parts
	// keep parts in index order whatever order they finished in
	for i := 1; i < len(parts); i++ {
		for j := i; j > 0 && parts[j].First < parts[j-1].First; j-- {
			parts[j], parts[j-1] = parts[j-1], parts[j]
		}
	}
	b, err := json.MarshalIndent(p.man, "", "  ")
	if err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	f, err := os.CreateTemp(p.dir, "."+manifestName+".tmp-*")
	if err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	write := func() error {
		_, err := f.Write(append(b, '\n'))
		return err
	}
	return commitTemp(f, write, filepath.Join(p.dir, manifestName), manifestName, p.mode)
}

// Commit finishes the last part and writes the manifest.
func (p *partDir) Commit() error {
	if p.cur != nil {
		return p.finishPart()
	}
	return p.writeManifest()
}

// Abort removes the unfinished part; finished parts and the manifest stay,
// so a rerun resumes after them.
func (p *partDir) Abort() {
	if p.f != nil {
		tmp := p.f.Name()
		_ = p.f.Close()
		_ = os.Remove(tmp)
		p.cur, p.f, p.w = nil, nil, nil
	}
}
