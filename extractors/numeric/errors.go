package numeric

import "errors"

// Errors returned by New, wrapped with the list name or the file and line
// of the offending entry.
var (
	// ErrNoDict means the dictionary set is nil or lacks a list New needs.
	ErrNoDict = errors.New("numeric: dictionary list missing")
	// ErrEntry means a dictionary entry has missing or malformed fields.
	ErrEntry = errors.New("numeric: malformed dictionary entry")
)
