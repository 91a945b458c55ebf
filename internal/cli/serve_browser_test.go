package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/prfaq/prfaq/internal/testsupport/browsertest"
)

// TestServeInBrowser is prfaq serve as a writer uses it: headless
// Chromium, driven through the DevTools protocol, opens the index and a
// document; the test saves the file, then a broken edit, then a fix, and
// the open page follows each save without being reloaded. Set
// PRFAQ_SCREENSHOTS to a folder to keep screenshots of each step.
func TestServeInBrowser(t *testing.T) {
	browsertest.RequireChromium(t)
	closeVersion := func(env Env) {
		var out bytes.Buffer
		env.Stdout, env.Stderr = &out, &out
		if code := Run([]string{"bump", "examples/meal-kit-pause.prfaq.yaml", "-m", "Reviewed with the subscriptions team"}, env); code != ExitOK {
			t.Fatalf("bump: exit %d: %s", code, out.String())
		}
		for _, who := range []string{"Ana", "Bo"} {
			if code := Run([]string{"feedback", "add", "examples/keyturn.prfaq.yaml", "--from", who, "--reaction", "excited"}, env); code != ExitOK {
				t.Fatalf("feedback add: exit %d: %s", code, out.String())
			}
		}
	}
	sf := startServe(t, closeVersion, "keyturn.prfaq.yaml", "meal-kit-pause.prfaq.yaml", "prfaq.prfaq.yaml", "lockwarden.prfaq.yaml")
	browser := browsertest.Launch(t, "--window-size=1400,1000")
	page := browser.NewPage(t, sf.url)
	page.SetViewport(t, 1400, 900)
	shots := os.Getenv("PRFAQ_SCREENSHOTS")
	shot := func(name string) {
		if shots == "" {
			return
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), page.Screenshot(t), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const wait = 10 * time.Second

	// The index: four documents, the script running (sorting works).
	page.WaitFor(t, `document.querySelectorAll("#portfolio tbody tr").length === 4`, wait)
	page.WaitFor(t, `document.documentElement.classList.contains("js")`, wait)
	page.WaitFor(t, `document.getElementById("live-status").textContent === "Live"`, wait)
	shot("1-index")
	// The current version's customer reactions, where any were recorded.
	if got := page.EvalString(t, `document.querySelector('tr[data-file="keyturn.prfaq.yaml"] td.reactions').textContent + "|" + document.querySelector('tr[data-file="lockwarden.prfaq.yaml"] td.reactions').textContent`); got != "2 excited|" {
		t.Errorf("the Reactions column shows %q, want 2 excited for keyturn and nothing for lockwarden", got)
	}
	page.Eval(t, `document.querySelector('th[data-key="score"] a').click()`)
	if got := page.EvalString(t, `document.querySelector('th[aria-sort]').getAttribute("data-key") + " " + document.querySelector('th[aria-sort]').getAttribute("aria-sort")`); got != "score descending" {
		t.Errorf("after a click on Score the table is sorted by %q", got)
	}
	if !strings.Contains(page.EvalString(t, `location.search`), "sort=score") {
		t.Error("the order is not kept in the address")
	}
	page.Eval(t, `(function(){ var s = document.getElementById("status-filter"); s.value = "draft"; s.dispatchEvent(new Event("change")); })()`)
	if got := page.EvalString(t, `Array.prototype.map.call(document.querySelectorAll("#portfolio tbody tr:not([hidden])"), function(r){ return r.getAttribute("data-file"); }).join(" ")`); got != "lockwarden.prfaq.yaml" {
		t.Errorf("the draft filter shows %q, want lockwarden.prfaq.yaml", got)
	}

	// A document, opened from the index.
	page.Eval(t, `document.querySelector('a[href="/doc/meal-kit-pause.prfaq.yaml"]').click()`)
	page.WaitFor(t, `location.pathname === "/doc/meal-kit-pause.prfaq.yaml" && !!document.querySelector(".doc-meta") && document.readyState === "complete"`, wait)
	page.WaitFor(t, `!!window.EventSource && document.getElementById("live-status").textContent === "Live"`, wait)
	if !strings.Contains(page.EvalString(t, `document.querySelector(".press-release h1").textContent`), "Pantrylane subscribers") {
		t.Fatal("the document page does not show the press release")
	}
	shot("2-document")
	page.Eval(t, `window.notReloaded = true`)

	// The writer saves a change: the page shows it, without a reload.
	path := filepath.Join(sf.dir, "meal-kit-pause.prfaq.yaml")
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(good, []byte("headline: Pantrylane subscribers"), []byte("headline: Edited in the editor, Pantrylane subscribers"), 1)
	if bytes.Equal(edited, good) {
		t.Fatal("the example's headline moved; update this test")
	}
	saved := time.Now()
	write(t, path, string(edited))
	page.WaitFor(t, `document.querySelector(".press-release h1").textContent.indexOf("Edited in the editor") >= 0`, wait)
	t.Logf("the saved change showed in the browser %v after the save", time.Since(saved).Round(10*time.Millisecond))
	shot("3-edited")

	// A broken edit: the error with file:line:col, the last good text
	// below it, dimmed.
	write(t, path, string(append(edited[:len(edited)/2:len(edited)/2], "\n  oops: [unclosed\n"...)))
	page.WaitFor(t, `!!document.querySelector(".load-error")`, wait)
	errText := page.EvalString(t, `document.querySelector(".load-error pre").textContent`)
	if !strings.HasPrefix(errText, "meal-kit-pause.prfaq.yaml:") || strings.Count(strings.SplitN(errText, " ", 2)[0], ":") != 3 {
		t.Errorf("the error does not start with file:line:col: %q", errText)
	}
	if !strings.Contains(page.EvalString(t, `document.querySelector(".stale").textContent`), "Edited in the editor") {
		t.Error("the last good reading is not shown under the error")
	}
	shot("4-broken")

	// The next good save: the document again.
	fixed := bytes.Replace(edited, []byte("Edited in the editor"), []byte("Fixed and saved"), 1)
	write(t, path, string(fixed))
	page.WaitFor(t, `!document.querySelector(".load-error") && document.querySelector(".press-release h1").textContent.indexOf("Fixed and saved") >= 0`, wait)
	shot("5-recovered")

	// The findings can be hidden; the choice outlives a refresh.
	page.Eval(t, `document.getElementById("toggle-findings").click()`)
	if page.EvalString(t, `getComputedStyle(document.getElementById("side")).display`) != "none" {
		t.Error("Hide findings did not hide them")
	}
	write(t, path, string(good))
	page.WaitFor(t, `document.querySelector(".press-release h1").textContent.indexOf("Fixed and saved") < 0`, wait)
	if page.EvalString(t, `getComputedStyle(document.getElementById("side")).display`) != "none" || page.EvalString(t, `document.getElementById("toggle-findings").textContent`) != "Show findings" {
		t.Error("the findings came back after a refresh")
	}
	if page.EvalString(t, `String(window.notReloaded)`) != "true" {
		t.Error("the page was reloaded instead of updated in place")
	}

	// What changed since the closed version, as a redline that follows
	// the working copy.
	page.Eval(t, `document.getElementById("toggle-findings").click()`)
	write(t, path, string(edited))
	page.WaitFor(t, `document.querySelector(".press-release h1").textContent.indexOf("Edited in the editor") >= 0`, wait)
	page.Eval(t, `Array.prototype.find.call(document.querySelectorAll(".versions a"), function(a){ return a.textContent === "What changed"; }).click()`)
	page.WaitFor(t, `location.pathname === "/diff/meal-kit-pause.prfaq.yaml" && !!document.querySelector(".redline .change ins")`, wait)
	if got := page.EvalString(t, `document.querySelector(".redline .change ins").textContent`); !strings.Contains(got, "Edited in the editor") {
		t.Errorf("the redline inserts %q", got)
	}
	shot("6-changes")
	write(t, path, string(good))
	page.WaitFor(t, `!document.querySelector(".redline .change ins") || document.querySelector(".redline").textContent.indexOf("Edited in the editor") < 0`, wait)

	// The index follows new files.
	page.Navigate(t, sf.url)
	page.WaitFor(t, `document.querySelectorAll("#portfolio tbody tr").length === 4 && document.getElementById("live-status").textContent === "Live"`, wait)
	write(t, filepath.Join(sf.dir, "copy.prfaq.yaml"), string(bytes.Replace(good, []byte("title: Pause deliveries mini PR/FAQ"), []byte("title: A copy of Pause"), 1)))
	page.WaitFor(t, `document.querySelectorAll("#portfolio tbody tr").length === 5 && document.body.textContent.indexOf("A copy of Pause") >= 0`, wait)

	if errs := page.Errors(); len(errs) > 0 {
		t.Errorf("the pages logged errors (a blocked script or style would show here): %q", errs)
	}
}
