package report

import (
	"encoding/xml"
	"io"
)

// encodeXML writes the XML declaration and v, indented by two spaces,
// with a final newline.
func encodeXML(w io.Writer, v any) error {
	b := buffered(w)
	b.WriteString(xml.Header)
	e := xml.NewEncoder(b)
	e.Indent("", "  ")
	if err := e.Encode(v); err != nil {
		return err
	}
	if err := e.Close(); err != nil {
		return err
	}
	b.WriteString("\n")
	return b.Flush()
}
