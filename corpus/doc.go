// Package corpus reads sources into pipeline.Document values: files,
// directory trees, glob patterns, standard input, JSON Lines streams and HTML
// pages. It detects and decodes the encodings Chinese policy texts come in
// (UTF-8 with or without a byte order mark, UTF-16, GB18030/GBK, and Big5
// when asked) and turns every per-document problem (a missing file, binary
// or undecodable bytes, a malformed JSONL line, a document too large) into
// an error item of the sequence, never a crash, so a batch goes on.
//
// Open is the entry point; Decode and HTMLText are the decoders it uses,
// exported for callers that already hold the bytes. The package keeps no
// state between calls and is safe for concurrent use. It does not normalize
// text: a Document's Text is the decoded input exactly (for HTML, the page's
// visible text), and all later offsets index into it.
package corpus
