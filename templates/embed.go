// Package templates holds the built-in PR/FAQ templates. They are YAML
// files in this folder, embedded into the binary so prfaq needs no files
// beside it; the catalog package finds and checks them.
package templates

import "embed"

// FS holds the built-in template files, one NAME.yaml per template.
//
//go:embed *.yaml
var FS embed.FS

// Workshops holds the built-in workshop definitions; default.yaml is the
// one the workshop commands use unless told otherwise.
//
//go:embed workshops/*.yaml
var Workshops embed.FS
