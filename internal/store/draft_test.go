package store

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
)

func TestDraftRoundTrip(t *testing.T) {
	doc := &prfaq.Document{Format: 1, Title: "Tab Split", Template: "amazon", Mode: prfaq.ModeFuture, Status: prfaq.StatusDraft, Version: "1.0"}
	doc.Customer.Who = "Friends\nsharing a bill."
	doc.FAQ.External = []prfaq.FAQEntry{{ID: "E1", Question: "How much?", Answer: "Free."}}
	info := DraftInfo{Target: "/docs/tab split.prfaq.yaml", Next: "customer.problem", Edit: true, BaseSHA256: strings.Repeat("a", 64)}
	data, err := EncodeDraft(doc, info, "Draft of a PR/FAQ.\nContinue with: prfaq edit --resume X")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# Draft of a PR/FAQ.\n# Continue with: prfaq edit --resume X\n# prfaq-draft target: /docs/tab split.prfaq.yaml\n") {
		t.Errorf("draft starts:\n%s", data)
	}
	got, gotInfo, err := DecodeDraft("d.prfaq.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if gotInfo != info {
		t.Errorf("info %+v, want %+v", gotInfo, info)
	}
	if !reflect.DeepEqual(got, doc) {
		t.Errorf("doc %+v, want %+v", got, doc)
	}
}

// A draft may hold an incomplete document; it still reads as answers.
func TestDecodeAnswersAcceptsPartialDocuments(t *testing.T) {
	for _, tc := range []struct{ name, src, err string }{
		{"only a title", "title: x\n", ""},
		{"FAQ without ids", "faq:\n  external:\n    - question: Why?\n", ""},
		{"empty required", "title: \"\"\nstatus:\n", ""},
		{"unknown key", "titel: x\n", `a.yaml:1:1: unknown key "titel": did you mean "title"?`},
		{"bad date", "launch_date: soon\n", `a.yaml:1:14: launch_date: "soon" is not a date: write it as YYYY-MM-DD, e.g. 2027-03-15`},
		{"bad format", "prfaq: 2\n", "a.yaml:1:8: document format 2 is not supported"},
	} {
		_, _, err := DecodeAnswers("a.yaml", []byte(tc.src))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if !strings.HasPrefix(got, tc.err) || (tc.err == "" && got != "") {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.err)
		}
	}
}

func TestUpdateKeepsWhatItDoesNotChange(t *testing.T) {
	src := []byte(`# yaml-language-server: $schema=prfaq.schema.json
prfaq: 1
title: Tab Split # working title
template: amazon
mode: future
status: draft
version: "1.0"
# The customer answers came from the March workshop.
customer:
  who: Friends.
  problem: |
    They wait.
  benefit: Time.
press_release:
  problem: Old problem.
faq:
  external:
    # Price first.
    - id: E1
      question: How much?
      answer: Free.
    - id: E2
      question: Where?
      answer: In the app.
`)
	doc, _, err := DecodeDocument("t.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	doc.PressRelease.Problem = "New problem.\n\nTwo paragraphs."
	doc.FAQ.External[1].Answer = "In the app and on the web."
	doc.FAQ.External = append(doc.FAQ.External, prfaq.FAQEntry{ID: "E3", Question: "Can I cancel?", Answer: "Yes."})
	doc.Appendix = "Data."
	doc.Customer.Whys = []string{"They pay for nothing."}
	doc.Customer.Experience = "They tap once."
	out, err := Update("t.yaml", src, doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"title: Tab Split # working title\n",
		"# The customer answers came from the March workshop.\ncustomer:\n",
		// New keys follow the format's order: whys under the problem.
		"  problem: |\n    They wait.\n  whys:\n    - They pay for nothing.\n  benefit: Time.\n  experience: They tap once.\npress_release:\n",
		"  problem: |-\n    New problem.\n\n    Two paragraphs.\n",
		"    # Price first.\n    - id: E1\n",
		"      answer: In the app and on the web.\n",
		"    - id: E3\n      question: Can I cancel?\n      answer: Yes.\n",
		"appendix: Data.\n",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the update lacks %q:\n%s", want, out)
		}
	}
	crlf := []byte(strings.ReplaceAll(string(src), "\n", "\r\n"))
	out, err = Update("t.yaml", crlf, doc)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(out), "\r\n") != strings.Count(string(out), "\n") {
		t.Error("CRLF line endings were not kept")
	}
}

func FuzzParseDraftInfo(f *testing.F) {
	f.Add([]byte("# prfaq-draft target: /a/b.prfaq.yaml\n# prfaq-draft next: title\ntitle: x\n"))
	f.Add([]byte("# prfaq-draft edit: true\r\n# prfaq-draft base-sha256: 00\r\n"))
	f.Add([]byte("#\n#prfaq-draft x\n# prfaq-draft :\n"))
	if data, err := os.ReadFile("../../examples/prfaq.prfaq.yaml"); err == nil {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		info := ParseDraftInfo(data)
		if strings.ContainsAny(info.Target+info.Next+info.BaseSHA256, "\n") {
			t.Errorf("a value spans lines: %+v", info)
		}
		doc, _, err := DecodeDraft("f.yaml", data)
		if err != nil {
			return
		}
		// Whatever reads as a draft can be saved as one and read back.
		again, err := EncodeDraft(doc, info, "again")
		if err != nil {
			t.Fatalf("EncodeDraft: %v", err)
		}
		if _, _, err := DecodeDraft("again.yaml", again); err != nil {
			t.Fatalf("a saved draft does not read back: %v\n%s", err, again)
		}
	})
}

// Update's read-back compares documents with empty lists as nil; every
// other list must take part in the comparison.
func TestNormalizedKeepsFilledLists(t *testing.T) {
	full := prfaq.Document{
		Sections: map[string]string{"a": "b"}, Authors: []string{"A"}, Tags: []string{"t"},
		FAQ:     prfaq.FAQ{External: []prfaq.FAQEntry{{ID: "E1"}}, Internal: []prfaq.FAQEntry{{ID: "I1"}}},
		History: []prfaq.Revision{{Version: "1.0"}},
	}
	if got := normalized(&full); !reflect.DeepEqual(got, full) {
		t.Errorf("normalized changed a full document:\n%+v", got)
	}
	empty := prfaq.Document{Sections: map[string]string{}, Authors: []string{}, Tags: []string{}, FAQ: prfaq.FAQ{External: []prfaq.FAQEntry{}, Internal: []prfaq.FAQEntry{}}, History: []prfaq.Revision{}}
	if got := normalized(&empty); !reflect.DeepEqual(got, prfaq.Document{}) {
		t.Errorf("normalized kept empty lists:\n%+v", got)
	}
}

// A nested mapping that is the file's first key is updated in place, so
// the comments inside it stay.
func TestUpdateFirstKeyInPlace(t *testing.T) {
	src := []byte("customer:\n  # from the March interviews\n  who: Friends.\n  problem: They wait.\nprfaq: 1\ntitle: T\ntemplate: amazon\nmode: future\nstatus: draft\nversion: \"1.0\"\n")
	doc, _, err := DecodeDocument("t.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	doc.Customer.Problem = "They wait an hour."
	out, err := Update("t.yaml", src, doc)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "customer:\n  # from the March interviews\n  who: Friends.\n  problem: They wait an hour.\n") {
		t.Errorf("updated:\n%s", out)
	}
}
