module github.com/policyx/policyx

go 1.26

require (
	github.com/dlclark/regexp2 v1.12.0 // indirect
	github.com/go-ego/gse v0.80.3 // indirect
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	github.com/vcaesar/cedar v0.20.2 // indirect
	golang.org/x/text v0.44.0 // indirect
)
