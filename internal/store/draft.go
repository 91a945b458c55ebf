package store

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
)

// A draft keeps the answers of a wizard that did not finish. It is a PR/FAQ
// document in the usual format, possibly incomplete, that opens with
// comment lines saying where the wizard was:
//
//	# prfaq-draft target: /home/ana/docs/tab-split.prfaq.yaml
//	# prfaq-draft next: press_release.solution
//
// Being a document, it also works as an answers file and opens in any
// editor.

// DraftInfo is what a draft records besides the answers.
type DraftInfo struct {
	// Target is the file the wizard was to write (absolute path), or ""
	// when it was not chosen yet.
	Target string
	// Next is the id of the first question not answered yet.
	Next string
	// Edit is set when the draft comes from prfaq edit of Target.
	Edit bool
	// BaseSHA256 is the checksum of Target when an edit began, so finishing
	// the draft later cannot overwrite changes made to Target meanwhile.
	BaseSHA256 string
}

const draftPrefix = "# prfaq-draft "

// EncodeDraft writes doc and info as a draft. why is a one-line comment on
// how to continue.
func EncodeDraft(doc *prfaq.Document, info DraftInfo, why string) ([]byte, error) {
	body, err := EncodeDocument(doc)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	for _, line := range strings.Split(strings.TrimSpace(why), "\n") {
		b.WriteString("# " + line + "\n")
	}
	field := func(key, value string) {
		if value != "" {
			fmt.Fprintf(&b, "%s%s: %s\n", draftPrefix, key, oneLine(value))
		}
	}
	field("target", info.Target)
	field("next", info.Next)
	if info.Edit {
		field("edit", "true")
	}
	field("base-sha256", info.BaseSHA256)
	b.Write(body)
	return b.Bytes(), nil
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// DecodeDraft reads a draft written by EncodeDraft. A file without the
// draft lines reads as answers with an empty DraftInfo.
func DecodeDraft(name string, data []byte) (*prfaq.Document, DraftInfo, error) {
	info := ParseDraftInfo(data)
	doc, _, err := DecodeAnswers(name, data)
	if err != nil {
		return nil, info, err
	}
	return doc, info, nil
}

// ParseDraftInfo reads the draft lines at the top of a file: the comment
// lines before the first line that is not a comment.
func ParseDraftInfo(data []byte) DraftInfo {
	var info DraftInfo
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		text := strings.TrimRight(string(line), "\r")
		if !strings.HasPrefix(text, "#") {
			break
		}
		rest, ok := strings.CutPrefix(text, draftPrefix)
		if !ok {
			continue
		}
		key, value, _ := strings.Cut(rest, ":")
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case "target":
			info.Target = value
		case "next":
			info.Next = value
		case "edit":
			info.Edit = value == "true"
		case "base-sha256":
			info.BaseSHA256 = value
		}
	}
	return info
}
