package pipeline

import "encoding/json"

// Record types, as written in the "type" field.
const (
	TypeDocument    = "document"
	TypeNumeric     = "numeric"
	TypeInitiative  = "initiative"
	TypeEnumeration = "enumeration"
	TypeError       = "error"
)

// SchemaVersion is the version of the record contract this package writes.
const SchemaVersion = 1

// A Header holds the fields every record has. Extractors set Span; Finalize
// fills Doc, Type, ID, Start, End and Text.
type Header struct {
	Doc   string `json:"doc"`
	Type  string `json:"type"`
	ID    string `json:"id"`
	Start int    `json:"start"` // code points into the original text
	End   int    `json:"end"`   // code points into the original text
	Text  string `json:"text"`  // exactly the original text between Start and End

	// Span is the record's byte range in Document.Norm.Text.
	Span Span `json:"-"`
}

// A Record is one output line. Only this package implements it; construct
// one of the concrete types (Numeric, Initiative, Enumeration) and set its
// Header.Span.
type Record interface {
	header() *Header
	recordType() string
}

func (h *Header) header() *Header { return h }

// Head returns the record's header, for readers of finished records.
func Head(r Record) *Header { return r.header() }

// Numeric is a quantity stated in the text: a target, a reported figure or
// an amount a rule sets.
type Numeric struct {
	Header
	Value      float64  `json:"value"`
	ValueMax   *float64 `json:"value_max,omitempty"` // upper bound of a range; 0 is a real value
	Unit       string   `json:"unit"`
	Comparator string   `json:"comparator"`
	Kind       string   `json:"kind"`
	Status     string   `json:"status"`
	Modality   string   `json:"modality"`
	Deadline   int      `json:"deadline,omitempty"`
	Metric     string   `json:"metric,omitempty"`
	Region     string   `json:"region,omitempty"`
}

func (*Numeric) recordType() string { return TypeNumeric }

// Initiative is a named programme, policy package, platform or brand.
type Initiative struct {
	Header
	Name     string `json:"name"`
	Category string `json:"category,omitempty"`
	Quoted   bool   `json:"quoted"`
	Count    int    `json:"count,omitempty"` // for packages named by a count: 科创九条 → 9
}

func (*Initiative) recordType() string { return TypeInitiative }

// Enumeration is one enumerated list of actions.
type Enumeration struct {
	Header
	Style    string  `json:"style"`
	Items    []Item  `json:"items"`
	First    int     `json:"first"`
	Last     int     `json:"last"`
	Complete bool    `json:"complete"`
	Parent   *Parent `json:"parent,omitempty"`
}

func (*Enumeration) recordType() string { return TypeEnumeration }

// An Item is one item of an Enumeration. Span indexes Document.Norm.Text;
// Start, End and Text are filled by Finalize like a Header's.
type Item struct {
	Marker  string `json:"marker"`
	Ordinal int    `json:"ordinal"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Heading string `json:"heading"`

	Span Span `json:"-"`
}

// Parent names the list and item that contain a nested list. Finalize fills
// List from the parent record the extractor points to.
type Parent struct {
	List string `json:"list"` // id of the containing enumeration record
	Item int    `json:"item"` // ordinal of the containing item

	// Span is the containing list's span in Norm.Text; Finalize resolves it
	// to List.
	Span Span `json:"-"`
}

// DocumentRecord describes one input document. It is always the first
// record of its document.
type DocumentRecord struct {
	Header
	Source   string                     `json:"source"`
	Encoding string                     `json:"encoding"`
	SHA256   string                     `json:"sha256"`
	Chars    int                        `json:"chars"`
	Title    string                     `json:"title"`
	Subtitle string                     `json:"subtitle,omitempty"`
	Sections []SectionRecord            `json:"sections"`
	Unplaced []Range                    `json:"unplaced,omitempty"`
	Counts   map[string]int             `json:"counts"`
	Version  Versions                   `json:"version"`
	Meta     map[string]json.RawMessage `json:"meta,omitempty"`
}

func (*DocumentRecord) recordType() string { return TypeDocument }

// A SectionRecord is a Section as written in the document record, with
// code-point offsets into the original text.
type SectionRecord struct {
	Title     string   `json:"title"`
	Author    string   `json:"author,omitempty"`
	Positions []string `json:"positions,omitempty"`
	Region    string   `json:"region,omitempty"`
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Fragments []Range  `json:"fragments,omitempty"`
}

// A Range is a half-open range of code points into the original text.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Versions names the versions that produced a record set.
type Versions struct {
	Schema  int    `json:"schema"`
	Policyx string `json:"policyx"`
	Dict    string `json:"dict"`
}

// ErrorRecord reports a document that could not be processed. The batch
// goes on; the command's exit status says that some input failed.
type ErrorRecord struct {
	Header
	Source  string `json:"source"`
	Stage   string `json:"stage"`
	Message string `json:"message"`
}

func (*ErrorRecord) recordType() string { return TypeError }
