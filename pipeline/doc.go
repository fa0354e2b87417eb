// Package pipeline owns the policyx data model and the order of its stages:
// a Document read by package corpus is normalized, structured, segmented and
// handed to each Extractor; the records they return are given stable ids and
// code-point offsets and written as JSON Lines by Emit.
//
// Offsets. Inside the pipeline every Span is a half-open range of BYTE
// offsets into Document.Norm.Text, the normalized matching view. Emit maps
// each span back through Normalized.ToSource to the original decoded text
// and converts it to code points, which is what the output contract (schema
// v1) promises: text == original[start:end] in code points, always.
//
// Concurrency. A Pipeline and its stages are immutable values once built and
// are safe for concurrent use; a Document belongs to one goroutine at a time.
package pipeline
