package catalog

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/render"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/templates"
)

func write(t *testing.T, dir, name, body string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBuiltinsLoad(t *testing.T) {
	c := checked(Folder{}, Folder{})
	for _, name := range []string{"amazon", "mini", "internal", "oss"} {
		tm, err := c.Load(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if tm.Name != name || tm.Layout.PressRelease == "" || len(tm.Questions) < 10 {
			t.Errorf("%s: incomplete template %+v", name, tm)
		}
		if tm.Budgets.PressReleaseWords.Warn == 0 || tm.Budgets.MinExternalFAQ == 0 {
			t.Errorf("%s: budgets not set: %+v", name, tm.Budgets)
		}
	}
}

// The default template asks the method's questions in the method's order:
// the five customer questions, problem, current solutions, solution, and
// the headline last.
func TestAmazonOrder(t *testing.T) {
	tm, err := checked(Folder{}, Folder{}).Load("amazon")
	if err != nil {
		t.Fatal(err)
	}
	index := map[string]int{}
	for i, q := range tm.Questions {
		index[q.ID] = i
	}
	order := []string{"customer.who", "customer.problem", "customer.benefit", "customer.evidence", "customer.experience",
		"press_release.problem", "press_release.current_solutions", "press_release.solution",
		"press_release.leader_quote.text", "press_release.getting_started", "press_release.customer_quote.text",
		"press_release.call_to_action", "faq.external", "faq.internal", "press_release.headline", "press_release.subheadline"}
	for i := 1; i < len(order); i++ {
		a, okA := index[order[i-1]]
		b, okB := index[order[i]]
		if !okA || !okB || a >= b {
			t.Errorf("%s should come before %s", order[i-1], order[i])
		}
	}
}

func TestMiniAndOSSInherit(t *testing.T) {
	c := checked(Folder{}, Folder{})
	mini, err := c.Load("mini")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := mini.Question("press_release.leader_quote.text"); ok {
		t.Error("mini should drop the leader quote")
	}
	q, ok := mini.Question("press_release.problem")
	if !ok || q.MaxWords != 70 || q.Prompt == "" || q.Kind != prfaq.KindParagraph {
		t.Errorf("mini's problem question should keep amazon's prompt and kind with its own budget: %+v", q)
	}
	// The why ladder follows the problem in every built-in template.
	if q, _ := mini.Question("customer.problem"); q.Ladder.ID != "customer.whys" || q.Ladder.Max != 5 || q.Ladder.Prompt == "" {
		t.Errorf("mini's problem question should keep amazon's ladder: %+v", q.Ladder)
	}
	oss, err := c.Load("oss")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"press_release.dateline.city", "press_release.customer_quote.text", "press_release.leader_quote.text"} {
		if _, ok := oss.Question(id); ok {
			t.Errorf("oss should not ask %s", id)
		}
	}
	// The custom section's question follows getting started.
	for i, q := range oss.Questions {
		if q.ID == "press_release.getting_started" && (i+1 >= len(oss.Questions) || oss.Questions[i+1].ID != "sections.at_a_glance") {
			t.Error("sections.at_a_glance should come right after getting started")
		}
	}
}

func TestLookupOrderAndOverride(t *testing.T) {
	root := t.TempDir()
	project, user := filepath.Join(root, "project"), filepath.Join(root, "user")
	write(t, project, "amazon.yaml", "name: amazon\nversion: \"9.0\"\ndescription: project amazon\nextends: amazon\nbudgets:\n  press_release_words: {warn: 500}\n")
	write(t, user, "amazon.yaml", "name: amazon\nversion: \"8.0\"\ndescription: user amazon\nextends: amazon\n")
	write(t, user, "team.yaml", "name: team\nversion: \"1.0\"\ndescription: team\nextends: mini\n")
	c := checked(Folder{Path: project}, Folder{Path: user})

	tm, err := c.Load("amazon")
	if err != nil {
		t.Fatal(err)
	}
	if tm.Version != "9.0" || tm.Budgets.PressReleaseWords.Warn != 500 || tm.Budgets.PressReleaseWords.Max != 1000 {
		t.Errorf("project amazon should win and extend the next amazon down: %+v", tm.Budgets)
	}
	entries, err := c.List()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name)
		if e.Name == "amazon" && (e.Origin != OriginProject || len(e.Overrides) != 2) {
			t.Errorf("amazon entry: %+v", e)
		}
		if e.Name == "team" && e.Origin != OriginUser {
			t.Errorf("team entry: %+v", e)
		}
	}
	if strings.Join(names, ",") != "amazon,internal,mini,oss,team" {
		t.Errorf("names %v", names)
	}
}

func TestLoadProblems(t *testing.T) {
	const head = "version: \"1.0\"\ndescription: d\n"
	tests := []struct {
		name, body, want string
	}{
		{"unknown", "", `unknown template "unknown": available templates are amazon, internal, mini, oss`},
		{"wrongname", "name: other\n" + head, `wrongname.yaml:1:7: the template is named "other" but its file is wrongname.yaml`},
		{"badparent", "name: badparent\n" + head + "extends: nope\n", `badparent.yaml:4:10: extends unknown template "nope"`},
		{"loop", "name: loop\n" + head + "extends: loop2\n", "templates extend each other in a circle"},
		{"badid", "name: badid\n" + head + "extends: amazon\nquestions:\n  - id: press_release.nope\n    kind: line\n", `badid.yaml:6:9: question id "press_release.nope" is not a document field`},
		{"badkind", "name: badkind\n" + head + "extends: amazon\nquestions:\n  - id: title\n    kind: qa\n", "badkind.yaml:7:11: question title cannot be of kind qa: its field takes line or paragraph or choice"},
		{"managed", "name: managed\n" + head + "extends: amazon\nquestions:\n  - id: status\n    kind: choice\n", `managed.yaml:6:9: question id "status" is kept by prfaq itself`},
		{"badwhen", "name: badwhen\n" + head + "extends: amazon\nquestions:\n  - id: title\n    when: mode = \"x\"\n", `badwhen.yaml:7:16: when of question title: unexpected character '='`},
		{"badlayout", "name: badlayout\n" + head + "extends: amazon\nlayout:\n  faq: |\n    ok\n    {{ if }}\n", "badlayout.yaml:8: layout faq: missing value for if"},
		{"badfunc", "name: badfunc\n" + head + "extends: amazon\nlayout:\n  faq: |\n    {{ readFile \"/etc/passwd\" }}\n", `badfunc.yaml:7: layout faq: function "readFile" not defined`},
		{"nolayout", "name: nolayout\n" + head + "questions:\n  - id: title\n    prompt: T\n    kind: line\n", "nolayout.yaml: the template has no layout.press_release"},
		{"noprompt", "name: noprompt\n" + head + "extends: amazon\nquestions:\n  - id: team\n    kind: line\n", "noprompt.yaml: question team has no prompt"},
		{"undeclared", "name: undeclared\n" + head + "extends: amazon\nquestions:\n  - id: sections.tenets\n    prompt: T\n    kind: paragraph\n", "question sections.tenets fills a custom section that is not declared"},
		{"budget", "name: budget\n" + head + "extends: amazon\nbudgets:\n  faq_words: {warn: 900, max: 100}\n", "budget.yaml:6:21: budget faq_words: warn (900) is above max (100)"},
		{"syntax", "name: [\n", "syntax.yaml:2:1: malformed YAML"},
		{"badremove", "name: badremove\n" + head + "extends: amazon\nremove: [press_release.problm]\n", "badremove.yaml:5:10: remove: press_release.problm is not a question or section of amazon"},
		{"sectionsid", "name: sectionsid\n" + head + "extends: amazon\nquestions:\n  - id: sections\n    kind: paragraph\n", `sectionsid.yaml:6:9: "sections" is not a field a question can fill`},
		{"missingkey", "name: missingkey\n" + head + "extends: amazon\nlayout:\n  faq: |\n    # FAQ\n    {{ .press_release.headlin }}\n", `missingkey.yaml:8: layout faq: <.press_release.headlin>: no such key "headlin"`},
		{"nolabel", "name: nolabel\n" + head + "extends: amazon\nlayout:\n  faq: |\n    {{ label \"faqs\" }}\n", `nolabel.yaml:7: layout faq: <label "faqs">: error calling label: label "faqs" is not defined`},
		{"ladderid", "name: ladderid\n" + head + "extends: amazon\nquestions:\n  - id: title\n    ladder:\n      id: customer.problem\n      prompt: Why?\n      max: 3\n", `ladderid.yaml:8:11: ladder of question title: id "customer.problem" is not a list field`},
		{"ladderprompt", "name: ladderprompt\n" + head + "extends: amazon\nquestions:\n  - id: title\n    ladder:\n      id: customer.whys\n      max: 3\n", `ladderprompt.yaml:8:7: ladder of question title has no prompt`},
		{"circlefile", "name: circlefile\n" + head + "extends: circlefile2\n", "circlefile2.yaml:4:10: templates extend each other in a circle: circlefile -> circlefile2 -> circlefile"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.body != "" {
				write(t, dir, tt.name+".yaml", tt.body)
			}
			if tt.name == "loop" {
				write(t, dir, "loop2.yaml", "name: loop2\n"+head+"extends: loop\n")
			}
			if tt.name == "circlefile" {
				write(t, dir, "circlefile2.yaml", "name: circlefile2\n"+head+"extends: circlefile\n")
			}
			_, err := checked(Folder{Path: dir}, Folder{}).Load(tt.name)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error:\n  %v\nwant it to contain:\n  %s", err, tt.want)
			}
			var nf *NotFoundError
			if tt.name == "unknown" && !errors.As(err, &nf) {
				t.Errorf("unknown template should be a NotFoundError, got %T", err)
			}
		})
	}
}

func TestMergeOverridesOnlyWhatIsSet(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "child.yaml", `name: child
version: "2.0"
description: child
extends: amazon
questions:
  - id: press_release.problem
    help: Name the metric.
    required: false
  - id: sections.tenets
    after: press_release.solution
    prompt: Tenets?
    kind: paragraph
sections:
  - id: tenets
    title: Tenets
remove: [press_release.dateline.outlet]
`)
	tm, err := checked(Folder{Path: dir}, Folder{}).Load("child")
	if err != nil {
		t.Fatal(err)
	}
	q, _ := tm.Question("press_release.problem")
	if q.Help != "Name the metric." || q.Required || q.MaxWords != 120 || q.Prompt != "The problem paragraph" {
		t.Errorf("merged question %+v", q)
	}
	if _, ok := tm.Question("press_release.dateline.outlet"); ok {
		t.Error("removed question still there")
	}
	for i, q := range tm.Questions {
		if q.ID == "press_release.solution" && tm.Questions[i+1].ID != "sections.tenets" {
			t.Errorf("new question should follow its 'after', got %s", tm.Questions[i+1].ID)
		}
	}
	// The parent is not changed by a child's merge.
	parent, _ := checked(Folder{}, Folder{}).Load("amazon")
	if q, _ := parent.Question("press_release.problem"); !q.Required || q.Help == "Name the metric." {
		t.Error("merging changed the parent template")
	}
}

func TestMergeMovesAndReplaces(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "child.yaml", `name: child
version: "1.0"
description: child
extends: amazon
remove: [press_release.problem]
questions:
  - id: press_release.headline
    after: customer.experience
  - id: press_release.problem
    prompt: A new problem question
    kind: line
    after: press_release.headline
`)
	tm, err := checked(Folder{Path: dir}, Folder{}).Load("child")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, q := range tm.Questions {
		ids = append(ids, q.ID)
	}
	got := strings.Join(ids, " ")
	if !strings.Contains(got, "customer.experience press_release.headline press_release.problem press_release.current_solutions") {
		t.Errorf("after should move an inherited question and place a new one: %s", got)
	}
	q, _ := tm.Question("press_release.problem")
	if q.Help != "" || q.Kind != prfaq.KindLine || q.MaxWords != 0 {
		t.Errorf("a removed and redefined question starts afresh: %+v", q)
	}
	if hl, _ := tm.Question("press_release.headline"); hl.Prompt != "Headline" {
		t.Errorf("a moved question keeps its fields: %+v", hl)
	}
}

func TestLabelsMergeByKey(t *testing.T) {
	tm, err := checked(Folder{}, Folder{}).Load("oss")
	if err != nil {
		t.Fatal(err)
	}
	if tm.Labels["external_faq"] != "User FAQ" || tm.Labels["faq"] != "Frequently asked questions" {
		t.Errorf("labels %v", tm.Labels)
	}
}

// The size limit is for the user's files: a project template over it is
// refused, the built-in templates load whatever the limit.
func TestSizeLimitSparesBuiltins(t *testing.T) {
	project := filepath.Join(t.TempDir(), "project")
	write(t, project, "team.yaml", "name: team\nversion: \"1.0\"\ndescription: "+strings.Repeat("x", 2048)+"\nextends: mini\n")
	c := checked(Folder{Path: project, Display: "project"}, Folder{})
	c.Reader = store.Reader{MaxFileSize: 1024}
	if _, err := c.Load("amazon"); err != nil {
		t.Errorf("a built-in template must load under a 1 KB limit: %v", err)
	}
	_, err := c.Load("team")
	if err == nil || !strings.Contains(err.Error(), "project/team.yaml: file is 2.1 KB, more than the 1 KB limit") {
		t.Errorf("a project template over the limit: %v", err)
	}
	if _, _, err := c.Source("team"); err == nil {
		t.Error("Source must refuse it too")
	}
}

// checked is a catalog over the built-in templates and two folders that
// checks layouts as prfaq's commands do.
func checked(project, user Folder) *Catalog {
	c := New(project, user, templates.FS)
	c.Layouts = render.LayoutChecker{}
	return c
}
