module github.com/policyx/policyx

go 1.26.0

require (
	github.com/go-ego/gse v0.80.3
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/stretchr/testify v1.12.1
	golang.org/x/net v0.62.0
	golang.org/x/text v0.44.0
)

require (
	github.com/dlclark/regexp2 v1.12.0 // indirect
	github.com/vcaesar/cedar v0.20.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
