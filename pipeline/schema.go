package pipeline

import _ "embed"

//go:embed schema.json
var schema []byte

// Schema returns the record contract as a JSON Schema (draft 2020-12). The
// caller may not modify the result.
func Schema() []byte { return schema }
