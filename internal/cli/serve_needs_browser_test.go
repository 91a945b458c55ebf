package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
)

// TestServeNeedsInBrowser is the needs table as a team reads it in prfaq
// serve: each need with the documents serving it under their status, a
// need with no document marked "no bets", a click on a need listing only
// its documents, and a saved serves list moving a document in the open
// page.
func TestServeNeedsInBrowser(t *testing.T) {
	browsertest.RequireChromium(t)
	declare := func(env Env) {
		dir := filepath.Join(env.Dir, "examples")
		write(t, filepath.Join(dir, ".prfaq", "needs.yaml"), `needs:
  - id: quick-access
    name: Quick access
    description: Get in without waiting.
  - id: peace-of-mind
    name: Peace of mind
  - id: low-cost
    name: Low cost
`)
		declareServes(t, filepath.Join(dir, "keyturn.prfaq.yaml"), "[quick-access]")
		declareServes(t, filepath.Join(dir, "lockwarden.prfaq.yaml"), "[quick-access, peace-of-mind]")
		declareServes(t, filepath.Join(dir, "meal-kit-pause.prfaq.yaml"), "[peace-of-mind]")
	}
	sf := startServe(t, declare, "keyturn.prfaq.yaml", "meal-kit-pause.prfaq.yaml", "lockwarden.prfaq.yaml")
	browser := browsertest.Launch(t, "--window-size=1400,1000")
	page := browser.NewPage(t, sf.url)
	const wait = 10 * time.Second
	page.WaitFor(t, `document.querySelectorAll("#needs tbody tr").length === 3 && document.getElementById("live-status").textContent === "Live"`, wait)

	// Each need's row: its name, then the titles in each status column.
	table := `Array.prototype.map.call(document.querySelectorAll("#needs tbody tr"), function(r){
		return r.getAttribute("data-need") + ": " + Array.prototype.map.call(r.querySelectorAll("td"), function(c){ return c.textContent; }).join(" | ");
	}).join("\n")`
	want := strings.Join([]string{
		"quick-access: lockwarden 1.0 launch PR/FAQ | Keyturn internal PR/FAQ |  | ",
		"peace-of-mind: lockwarden 1.0 launch PR/FAQ | Pause deliveries mini PR/FAQ |  | ",
		"low-cost:  |  |  | ",
	}, "\n")
	if got := page.EvalString(t, table); got != want {
		t.Errorf("the needs table reads\n%s\nwant\n%s", got, want)
	}
	if got := page.EvalString(t, `Array.prototype.map.call(document.querySelectorAll("#needs thead th"), function(c){ return c.textContent; }).join(",")`); got != "Need,Draft,In review,Approved,Launched" {
		t.Errorf("the needs table's columns are %q", got)
	}
	if got := page.EvalString(t, `document.querySelector('#needs tr[data-bets="none"]').getAttribute("data-need") + " " + document.querySelector('#needs tr[data-bets="none"] .no-bets').textContent`); got != "low-cost no bets" {
		t.Errorf("the need with no document reads %q, want low-cost marked no bets", got)
	}
	if got := page.EvalString(t, `document.querySelector('#needs tr[data-need="quick-access"] .need-description').textContent`); got != "Get in without waiting." {
		t.Errorf("the need's description reads %q", got)
	}
	if page.EvalString(t, `String(getComputedStyle(document.getElementById("needs")).display !== "none" && document.getElementById("needs").getBoundingClientRect().height > 0)`) != "true" {
		t.Error("the needs table is not shown")
	}

	// A need's name lists only its documents.
	page.Eval(t, `document.querySelector('#needs tr[data-need="peace-of-mind"] th a').click()`)
	page.WaitFor(t, `location.search.indexOf("need=peace-of-mind") >= 0 && document.readyState === "complete" && !!document.querySelector("#portfolio")`, wait)
	page.WaitFor(t, `document.querySelectorAll("#portfolio tbody tr:not([hidden])").length === 2`, wait)
	if got := page.EvalString(t, `Array.prototype.map.call(document.querySelectorAll("#portfolio tbody tr:not([hidden])"), function(r){ return r.getAttribute("data-file"); }).sort().join(" ")`); got != "lockwarden.prfaq.yaml meal-kit-pause.prfaq.yaml" {
		t.Errorf("the peace-of-mind filter lists %q", got)
	}
	if got := page.EvalString(t, `document.querySelector('#needs tr.selected').getAttribute("data-need")`); got != "peace-of-mind" {
		t.Errorf("the selected need is %q", got)
	}

	// The address keeps the need: a reload, or the link sent to a
	// colleague, lists the same documents.
	page.Eval(t, `window.beforeReload = true; location.reload()`)
	page.WaitFor(t, `!window.beforeReload && document.readyState === "complete" && !!document.querySelector("#portfolio")`, wait)
	if got := page.EvalString(t, `location.search + " " + document.querySelectorAll("#portfolio tbody tr:not([hidden])").length`); got != "?need=peace-of-mind 2" {
		t.Errorf("after a reload the address and the rows shown are %q, want ?need=peace-of-mind and 2 rows", got)
	}

	// A saved serves list moves the document in the open page.
	page.Navigate(t, sf.url)
	page.WaitFor(t, `document.querySelectorAll("#needs tbody tr").length === 3 && document.getElementById("live-status").textContent === "Live"`, wait)
	keyturn := filepath.Join(sf.dir, "keyturn.prfaq.yaml")
	data, err := os.ReadFile(keyturn)
	if err != nil {
		t.Fatal(err)
	}
	write(t, keyturn, strings.Replace(string(data), "serves: [quick-access]", "serves: [quick-access, low-cost]", 1))
	page.WaitFor(t, `!document.querySelector('#needs tr[data-bets="none"]') && document.querySelector('#needs tr[data-need="low-cost"] td:nth-of-type(2)').textContent === "Keyturn internal PR/FAQ"`, wait)

	if errs := page.Errors(); len(errs) > 0 {
		t.Errorf("the pages logged errors: %q", errs)
	}
}

// declareServes declares the needs a document serves, after its status line.
func declareServes(t *testing.T, path, ids string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	i := strings.Index(text, "\nstatus: ")
	if i < 0 || strings.Contains(text, "\nserves:") {
		t.Fatalf("%s: no status line to put serves after, or serves already", path)
	}
	end := i + 1 + strings.Index(text[i+1:], "\n")
	write(t, path, text[:end+1]+"serves: "+ids+"\n"+text[end+1:])
}
