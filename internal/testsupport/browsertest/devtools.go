package browsertest

// A Chrome DevTools Protocol client over Chromium's pipe transport, for
// tests that need more than --dump-dom and --print-to-pdf: run a page's
// scripts, wait for what they do, look at the result.
//
// The pipe (--remote-debugging-pipe) rather than a WebSocket: no port to
// pick or race for, no HTTP handshake, nothing for other processes on the
// machine to connect to, and the standard library is enough. Chromium
// reads commands from its file descriptor 3 and writes responses and
// events to its file descriptor 4, each a JSON object ended by a NUL byte.

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

const (
	// commandTimeout bounds every command and every wait for a page to
	// load, so a stuck Chromium fails the test instead of hanging it until
	// go test's own timeout, which says nothing about what was stuck.
	commandTimeout = 20 * time.Second
	// exitTimeout is how long Chromium gets to exit after Browser.close
	// before it is killed.
	exitTimeout = 5 * time.Second
	// pollInterval is how often WaitFor evaluates its condition.
	pollInterval = 50 * time.Millisecond
	// innerTextLimit bounds the page text a failed WaitFor shows.
	innerTextLimit = 2000
	// stderrLimit bounds how much of the end of Chromium's stderr a
	// failed test logs; the last lines are the ones that say why it died.
	stderrLimit = 16 << 10
)

// RequireChromium finds Chromium or skips the test (fails it when
// PRFAQ_REQUIRE_PRINT_TEST is set). Unlike Require it does not ask for
// poppler-utils, which a test that only drives pages does not need.
func RequireChromium(t *testing.T) string {
	t.Helper()
	missing := ""
	chromium := lookPath("chromium", "chromium-browser")
	switch {
	case runtime.GOOS == "windows":
		// os/exec cannot pass file descriptors 3 and 4 on Windows.
		missing = "the DevTools pipe (file descriptors 3 and 4, which Windows cannot pass)"
	case chromium == "":
		missing = "chromium (Debian: apt-get install chromium)"
	}
	skipUnlessRequired(t, missing)
	return chromium
}

// Browser is one headless Chromium process. It is safe for concurrent
// use, so parallel subtests can share one browser, each with its own
// Page, and pay for Chromium's start-up once.
type Browser struct {
	cmd     *exec.Cmd
	toChr   *os.File // Chromium's file descriptor 3, our write end
	fromChr *os.File // Chromium's file descriptor 4, our read end
	// stderr is the name of the file Chromium's stderr goes to. A file,
	// not a pipe: Chromium's helper processes inherit stderr and outlive
	// the browser by a moment, and a pipe they held would delay Wait.
	stderr string

	writeMu sync.Mutex // one message at a time on the pipe

	mu      sync.Mutex
	nextID  int64
	pending map[int64]chan incoming
	pages   map[string]*Page // by session id

	readDone chan struct{} // closed when the reader goroutine returns
	readErr  error         // why it returned; read after readDone
	exited   chan struct{} // closed when Chromium has exited
}

// command is what goes to Chromium; sessionId addresses a page, and its
// absence the browser.
type command struct {
	ID        int64  `json:"id"`
	SessionID string `json:"sessionId,omitempty"`
	Method    string `json:"method"`
	Params    any    `json:"params,omitempty"`
}

// incoming is what comes back: a response (with the command's id) or an
// event (with a method). Params stays raw until the page that gets the
// event decodes what it needs.
type incoming struct {
	ID        int64           `json:"id"`
	SessionID string          `json:"sessionId"`
	Method    string          `json:"method"`
	Params    json.RawMessage `json:"params"`
	Result    json.RawMessage `json:"result"`
	Error     *protocolError  `json:"error"`
}

type protocolError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    string `json:"data"`
}

func (e *protocolError) Error() string {
	s := fmt.Sprintf("%s (code %d)", e.Message, e.Code)
	if e.Data != "" {
		s += ": " + e.Data
	}
	return s
}

// Launch starts headless Chromium for the test; t.Cleanup closes it.
// Extra arguments go after the defaults and win over them (Chromium takes
// the last of a repeated switch), e.g. "--window-size=800,600".
func Launch(t *testing.T, args ...string) *Browser {
	t.Helper()
	chromium := RequireChromium(t)
	home := t.TempDir()
	base := []string{
		"--headless",
		"--no-sandbox", // Chromium refuses to start as root without it
		"--disable-gpu",
		"--disable-quic",
		"--no-first-run",
		"--no-default-browser-check",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--disable-dev-shm-usage",
		"--user-data-dir=" + filepath.Join(home, "profile"),
		"--window-size=1280,900",
		// Screenshots then show the page, not where its scroll bars are,
		// and the page's width is the window's.
		"--hide-scrollbars",
		"--remote-debugging-pipe",
	}
	// about:blank last: Chromium treats a bare argument as the first tab's
	// address, so it must follow any switch the caller adds.
	cmd := exec.Command(chromium, append(append(base, args...), "about:blank")...)
	cmd.Env = append(os.Environ(),
		"HOME="+home,
		"XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_CACHE_HOME="+filepath.Join(home, ".cache"),
	)
	b := &Browser{
		cmd:      cmd,
		stderr:   filepath.Join(home, "stderr"),
		pending:  map[int64]chan incoming{},
		pages:    map[string]*Page{},
		readDone: make(chan struct{}),
		exited:   make(chan struct{}),
	}
	stderr, err := os.Create(b.stderr)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = stderr
	chrIn, toChr, err := os.Pipe()
	if err != nil {
		stderr.Close()
		t.Fatal(err)
	}
	fromChr, chrOut, err := os.Pipe()
	if err != nil {
		stderr.Close()
		chrIn.Close()
		toChr.Close()
		t.Fatal(err)
	}
	cmd.ExtraFiles = []*os.File{chrIn, chrOut} // fd 3 and fd 4
	err = cmd.Start()
	// Chromium's ends must be closed here, or reading would never see
	// end-of-file when Chromium exits: this process would still hold a
	// write end of the pipe it reads.
	stderr.Close()
	chrIn.Close()
	chrOut.Close()
	if err != nil {
		toChr.Close()
		fromChr.Close()
		t.Fatalf("start %s: %v", chromium, err)
	}
	b.toChr, b.fromChr = toChr, fromChr
	go func() {
		cmd.Wait()
		close(b.exited)
	}()
	go b.read()
	t.Cleanup(func() { b.close(t) })

	// A first command, so that a Chromium that cannot start fails here,
	// with its stderr, rather than in whatever the test does next.
	if _, err := b.call("", "Browser.getVersion", nil, commandTimeout, nil); err != nil {
		t.Fatalf("chromium did not answer on the DevTools pipe: %v", err)
	}
	return b
}

// close asks Chromium to exit, kills it if it does not, and waits for
// both goroutines, so a test leaves neither processes nor goroutines.
func (b *Browser) close(t *testing.T) {
	deadline := time.Now().Add(exitTimeout)
	b.call("", "Browser.close", nil, exitTimeout, nil) // it may exit before it answers
	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	select {
	case <-b.exited:
	case <-timer.C:
		t.Logf("chromium did not exit within %v of Browser.close; killing it", exitTimeout)
		b.cmd.Process.Kill()
		<-b.exited
	}
	b.toChr.Close()
	b.fromChr.Close() // unblocks the reader if a helper process still holds the pipe
	<-b.readDone
	if t.Failed() {
		if s := stderrTail(b.stderr); s != "" {
			t.Logf("chromium stderr:\n%s", s)
		}
	}
}

// read is the one goroutine reading the pipe: it hands each response to
// the caller waiting for it and each event to the page it is about.
func (b *Browser) read() {
	defer close(b.readDone)
	r := bufio.NewReaderSize(b.fromChr, 64<<10)
	for {
		raw, err := r.ReadBytes(0)
		if err != nil {
			b.mu.Lock()
			b.readErr = err
			b.mu.Unlock()
			return
		}
		var m incoming
		if err := json.Unmarshal(raw[:len(raw)-1], &m); err != nil {
			continue // not ours to fix; the caller will time out
		}
		b.mu.Lock()
		if m.ID != 0 {
			ch := b.pending[m.ID]
			delete(b.pending, m.ID)
			b.mu.Unlock()
			if ch != nil {
				ch <- m // buffered
			}
			continue
		}
		p := b.pages[m.SessionID]
		b.mu.Unlock()
		if p != nil && m.SessionID != "" {
			p.event(m.Method, m.Params)
		}
	}
}

// dead says why Chromium can no longer answer.
func (b *Browser) dead() error {
	b.mu.Lock()
	err := b.readErr
	b.mu.Unlock()
	msg := "chromium closed the DevTools pipe"
	// The pipe closes as Chromium dies, a moment before Wait notices;
	// wait that moment, since the exit status (a signal, a crash) is the
	// most telling part of the message.
	select {
	case <-b.exited:
		msg = "chromium exited: " + b.cmd.ProcessState.String()
	case <-time.After(time.Second):
	}
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, os.ErrClosed) {
		msg += fmt.Sprintf(" (%v)", err)
	}
	// No stderr here: the test fails on this error, and close logs
	// stderr for every failed test.
	return errors.New(msg)
}

// call sends a command (to the browser, or to a page's session) and
// waits at most timeout for its response, or until crashed (when not nil)
// is closed: a crashed page answers nothing.
func (b *Browser) call(session, method string, params any, timeout time.Duration, crashed <-chan struct{}) (json.RawMessage, error) {
	select {
	case <-b.readDone:
		return nil, fmt.Errorf("%s: %w", method, b.dead())
	default:
	}
	ch := make(chan incoming, 1)
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	b.pending[id] = ch
	b.mu.Unlock()
	forget := func() {
		b.mu.Lock()
		delete(b.pending, id)
		b.mu.Unlock()
	}

	data, err := json.Marshal(command{ID: id, SessionID: session, Method: method, Params: params})
	if err != nil {
		forget()
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	deadline := time.Now().Add(timeout)
	b.writeMu.Lock()
	// A Chromium that stopped reading fills the pipe; the deadline makes
	// the write give up rather than block.
	b.toChr.SetWriteDeadline(deadline)
	_, err = b.toChr.Write(append(data, 0))
	b.writeMu.Unlock()
	if err != nil {
		forget()
		if errors.Is(err, os.ErrDeadlineExceeded) {
			return nil, fmt.Errorf("%s: chromium did not read the command within %v", method, timeout)
		}
		return nil, fmt.Errorf("%s: %w", method, b.dead())
	}

	timer := time.NewTimer(time.Until(deadline))
	defer timer.Stop()
	select {
	case m := <-ch:
		if m.Error != nil {
			return nil, fmt.Errorf("%s: %w", method, m.Error)
		}
		return m.Result, nil
	case <-b.readDone:
		forget()
		return nil, fmt.Errorf("%s: %w", method, b.dead())
	case <-crashed:
		forget()
		return nil, fmt.Errorf("%s: the page crashed", method)
	case <-timer.C:
		forget()
		return nil, fmt.Errorf("%s: no answer from chromium within %v", method, timeout)
	}
}

// Page is one tab, attached with its own DevTools session.
type Page struct {
	b       *Browser
	target  string
	session string

	mu       sync.Mutex
	errs     []string
	loaded   map[string]bool // loader ids whose document fired load
	changed  chan struct{}   // closed and replaced when loaded grows
	crashed  chan struct{}   // closed when the page's renderer dies
	didCrash bool            // crashed is closed
}

// NewPage opens a tab, loads url in it and waits for its load event; the
// tab closes when the test ends. The page's console errors, uncaught
// exceptions and error log entries are recorded from before the first
// navigation, so Errors misses none of them.
func (b *Browser) NewPage(t *testing.T, url string) *Page {
	t.Helper()
	var created struct {
		TargetID string `json:"targetId"`
	}
	b.do(t, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &created, nil)
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	// flatten: the page's messages travel on this pipe tagged with the
	// session id, instead of wrapped in Target.sendMessageToTarget.
	b.do(t, "", "Target.attachToTarget", map[string]any{"targetId": created.TargetID, "flatten": true}, &attached, nil)
	p := &Page{
		b:       b,
		target:  created.TargetID,
		session: attached.SessionID,
		loaded:  map[string]bool{},
		changed: make(chan struct{}),
		crashed: make(chan struct{}),
	}
	b.mu.Lock()
	b.pages[p.session] = p
	b.mu.Unlock()
	t.Cleanup(func() {
		// Ignore failures: the browser may be gone already, and closing
		// the tab is tidiness, not something the test checks.
		b.call("", "Target.closeTarget", map[string]any{"targetId": p.target}, exitTimeout, nil)
		b.mu.Lock()
		delete(b.pages, p.session)
		b.mu.Unlock()
	})
	for _, domain := range []string{"Page", "Runtime", "Log", "Inspector"} {
		p.do(t, domain+".enable", nil, nil)
	}
	// Lifecycle events carry the loader id that Page.navigate returns, so
	// Navigate can wait for the load of its own document; Page.loadEventFired
	// carries none, and could be a previous document's.
	p.do(t, "Page.setLifecycleEventsEnabled", map[string]any{"enabled": true}, nil)
	p.Navigate(t, url)
	return p
}

// do runs a command and decodes its result into out (when out is not
// nil), failing the test on any error.
func (b *Browser) do(t *testing.T, session, method string, params, out any, crashed <-chan struct{}) {
	t.Helper()
	res, err := b.call(session, method, params, commandTimeout, crashed)
	if err != nil {
		t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(res, out); err != nil {
			t.Fatalf("%s: decode %s: %v", method, res, err)
		}
	}
}

func (p *Page) do(t *testing.T, method string, params, out any) {
	t.Helper()
	p.b.do(t, p.session, method, params, out, p.crashed)
}

// event records what a test may ask about later.
func (p *Page) event(method string, params json.RawMessage) {
	switch method {
	case "Page.lifecycleEvent":
		var e struct {
			LoaderID string `json:"loaderId"`
			Name     string `json:"name"`
		}
		if json.Unmarshal(params, &e) == nil && e.Name == "load" {
			p.mu.Lock()
			p.loaded[e.LoaderID] = true
			close(p.changed)
			p.changed = make(chan struct{})
			p.mu.Unlock()
		}
	case "Runtime.consoleAPICalled":
		var e struct {
			Type string         `json:"type"`
			Args []remoteObject `json:"args"`
		}
		if json.Unmarshal(params, &e) == nil && (e.Type == "error" || e.Type == "assert") {
			parts := make([]string, len(e.Args))
			for i, a := range e.Args {
				parts[i] = a.String()
			}
			p.addError("console." + e.Type + ": " + strings.Join(parts, " "))
		}
	case "Runtime.exceptionThrown":
		var e struct {
			Details exceptionDetails `json:"exceptionDetails"`
		}
		if json.Unmarshal(params, &e) == nil {
			p.addError("exception: " + e.Details.String())
		}
	case "Log.entryAdded":
		var e struct {
			Entry struct {
				Source string `json:"source"`
				Level  string `json:"level"`
				Text   string `json:"text"`
				URL    string `json:"url"`
			} `json:"entry"`
		}
		if json.Unmarshal(params, &e) == nil && e.Entry.Level == "error" && !autoFavicon(e.Entry.URL) {
			s := "log " + e.Entry.Source + ": " + e.Entry.Text
			if e.Entry.URL != "" {
				s += " (" + e.Entry.URL + ")"
			}
			p.addError(s)
		}
	case "Inspector.targetCrashed":
		p.addError("the page crashed")
		p.mu.Lock()
		if !p.didCrash {
			p.didCrash = true
			close(p.crashed)
		}
		p.mu.Unlock()
	}
}

// autoFavicon reports whether u is the /favicon.ico that Chromium asks
// every site for on its own when a page names no icon: its 404 is not the
// page's error, and most test servers have no icon.
func autoFavicon(u string) bool {
	parsed, err := url.Parse(u)
	return err == nil && parsed.Path == "/favicon.ico"
}

func (p *Page) addError(s string) {
	p.mu.Lock()
	p.errs = append(p.errs, s)
	p.mu.Unlock()
}

// Errors returns the console errors, uncaught exceptions and error log
// entries (a failed request, a blocked resource) seen so far, in order,
// so a test can require a page to run cleanly.
func (p *Page) Errors() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.errs...)
}

// Navigate loads url and waits for its load event, so a test starts from
// a page whose resources have arrived and whose load handlers have run.
func (p *Page) Navigate(t *testing.T, url string) {
	t.Helper()
	var nav struct {
		LoaderID  string `json:"loaderId"`
		ErrorText string `json:"errorText"`
	}
	p.do(t, "Page.navigate", map[string]any{"url": url}, &nav)
	if nav.ErrorText != "" {
		t.Fatalf("navigate to %s: %s", url, nav.ErrorText)
	}
	if nav.LoaderID == "" {
		return // same document (only the fragment changed): nothing loads
	}
	timer := time.NewTimer(commandTimeout)
	defer timer.Stop()
	for {
		p.mu.Lock()
		done, changed := p.loaded[nav.LoaderID], p.changed
		p.mu.Unlock()
		if done {
			return
		}
		select {
		case <-changed:
		case <-p.b.readDone:
			t.Fatalf("navigate to %s: %v", url, p.b.dead())
		case <-p.crashed:
			t.Fatalf("navigate to %s: the page crashed", url)
		case <-timer.C:
			t.Fatalf("navigate to %s: no load event within %v; errors so far: %q", url, commandTimeout, p.Errors())
		}
	}
}

// evaluate runs expr and returns its value as JSON, or the text of the
// exception it threw, which WaitFor needs to tolerate and Eval to report.
func (p *Page) evaluate(t *testing.T, expr string, timeout time.Duration) (value json.RawMessage, exception string) {
	t.Helper()
	res, err := p.b.call(p.session, "Runtime.evaluate", map[string]any{
		"expression":    expr,
		"returnByValue": true,
		"awaitPromise":  true,
	}, timeout, p.crashed)
	if err != nil {
		if navigating(err) {
			// The page was replaced while the expression ran (a click
			// that follows a link): to WaitFor that is "not yet", as an
			// exception is.
			return nil, err.Error()
		}
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	var r struct {
		Result           remoteObject      `json:"result"`
		ExceptionDetails *exceptionDetails `json:"exceptionDetails"`
	}
	if err := json.Unmarshal(res, &r); err != nil {
		t.Fatalf("Runtime.evaluate: decode %s: %v", res, err)
	}
	if r.ExceptionDetails != nil {
		return nil, r.ExceptionDetails.String()
	}
	switch {
	case r.Result.UnserializableValue != "":
		t.Fatalf("evaluate %s: %s has no JSON form", expr, r.Result.UnserializableValue)
	case r.Result.Value == nil:
		return json.RawMessage("null"), "" // undefined, or a value with no JSON form (a function)
	}
	return r.Result.Value, ""
}

// navigating reports the errors Chromium gives when an evaluation's page
// or context went away under it during a navigation.
func navigating(err error) bool {
	var pe *protocolError
	if !errors.As(err, &pe) {
		return false
	}
	for _, m := range []string{"navigated or closed", "Cannot find context", "context was destroyed"} {
		if strings.Contains(pe.Message, m) {
			return true
		}
	}
	return false
}

// Eval runs a JavaScript expression in the page, waiting for it when it is
// a promise, and returns its value as JSON (null for undefined). An
// exception fails the test with its message.
func (p *Page) Eval(t *testing.T, expr string) json.RawMessage {
	t.Helper()
	v, exc := p.evaluate(t, expr, commandTimeout)
	if exc != "" {
		t.Fatalf("evaluate %s: %s", expr, exc)
	}
	return v
}

// EmulateMedia lays the page out for a media type, "print" or "screen",
// so a test measures what a printout shows: the page's print styles
// apply. The viewport's width stays the window's.
func (p *Page) EmulateMedia(t *testing.T, media string) {
	t.Helper()
	p.do(t, "Emulation.setEmulatedMedia", map[string]any{"media": media}, nil)
}

// EvalString is Eval for an expression whose value is a string, which
// is most of what a test compares: text, attributes, styles.
func (p *Page) EvalString(t *testing.T, expr string) string {
	t.Helper()
	v := p.Eval(t, expr)
	var s string
	if err := json.Unmarshal(v, &s); err != nil {
		t.Fatalf("evaluate %s: want a string, got %s", expr, v)
	}
	return s
}

// WaitFor evaluates a JavaScript expression every 50ms until it is true
// (exactly true, not merely truthy), for pages that change after load: a
// fetch, a timer, an animation. An exception counts as not yet, so the
// expression may refer to an element that does not exist yet. On timeout
// the test fails with the expression, its last value or exception, the
// page's errors and text, which usually say why.
func (p *Page) WaitFor(t *testing.T, expr string, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	var last string
	for {
		v, exc := p.evaluate(t, expr, max(min(time.Until(deadline), commandTimeout), pollInterval))
		if exc == "" && string(v) == "true" {
			return
		}
		last = "value " + string(v)
		if exc != "" {
			last = "exception " + exc
		}
		if time.Now().After(deadline) {
			break
		}
		time.Sleep(min(pollInterval, max(time.Until(deadline), 0)))
	}
	text, exc := p.evaluate(t, `document.body ? document.body.innerText : document.documentElement.outerHTML`, commandTimeout)
	var body string
	if exc != "" || json.Unmarshal(text, &body) != nil {
		body = "(unreadable: " + exc + ")"
	}
	t.Fatalf("waited %v for %s; last %s\npage errors: %q\npage text:\n%s", timeout, expr, last, p.Errors(), truncate(body, innerTextLimit))
}

// SetViewport sizes the page's viewport (and screen) in CSS pixels, for a
// test that needs exact sizes: the window Launch opens is 1280×900, but
// headless Chromium keeps 87 pixels of it for browser controls it does not
// draw, so its viewport is 1280×813.
func (p *Page) SetViewport(t *testing.T, width, height int) {
	t.Helper()
	p.do(t, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width":             width,
		"height":            height,
		"screenWidth":       width,
		"screenHeight":      height,
		"deviceScaleFactor": 1,
		"mobile":            false,
	}, nil)
}

// Screenshot is a PNG of the viewport, to save next to a failure or to
// check that a page paints at all.
func (p *Page) Screenshot(t *testing.T) []byte {
	t.Helper()
	return p.screenshot(t, map[string]any{"format": "png"})
}

// FullScreenshot is a PNG of the whole page, beyond the viewport, for
// pages taller than the window.
func (p *Page) FullScreenshot(t *testing.T) []byte {
	t.Helper()
	var m struct {
		Content struct {
			Width  float64 `json:"width"`
			Height float64 `json:"height"`
		} `json:"cssContentSize"`
	}
	p.do(t, "Page.getLayoutMetrics", nil, &m)
	return p.screenshot(t, map[string]any{
		"format":                "png",
		"captureBeyondViewport": true,
		"clip": map[string]any{
			"x": 0, "y": 0, "scale": 1,
			"width": m.Content.Width, "height": m.Content.Height,
		},
	})
}

func (p *Page) screenshot(t *testing.T, params map[string]any) []byte {
	t.Helper()
	var shot struct {
		Data string `json:"data"`
	}
	p.do(t, "Page.captureScreenshot", params, &shot)
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		t.Fatalf("Page.captureScreenshot: %v", err)
	}
	return png
}

// remoteObject is the part of a Runtime.RemoteObject a test can read.
type remoteObject struct {
	Type                string          `json:"type"`
	Value               json.RawMessage `json:"value"`
	UnserializableValue string          `json:"unserializableValue"`
	Description         string          `json:"description"`
}

func (o remoteObject) String() string {
	var s string
	switch {
	case o.Value != nil && json.Unmarshal(o.Value, &s) == nil:
		return s
	case o.Value != nil:
		return string(o.Value)
	case o.UnserializableValue != "":
		return o.UnserializableValue
	case o.Description != "":
		return o.Description
	}
	return o.Type
}

// exceptionDetails is the part of a Runtime.ExceptionDetails that says
// what went wrong and where.
type exceptionDetails struct {
	Text      string        `json:"text"`
	Exception *remoteObject `json:"exception"`
	URL       string        `json:"url"`
	Line      int           `json:"lineNumber"`
	Column    int           `json:"columnNumber"`
}

func (d exceptionDetails) String() string {
	s := d.Text
	if d.Exception != nil {
		// The description is the error and its stack, which the text
		// ("Uncaught") lacks.
		s += " " + d.Exception.String()
	}
	if d.URL != "" {
		s += fmt.Sprintf(" (%s:%d:%d)", d.URL, d.Line+1, d.Column+1)
	}
	return s
}

// stderrTail is the end of Chromium's stderr without the lines about
// D-Bus, which headless Chromium writes by the dozen where there is no
// session bus (containers, CI) and which would bury the lines that
// explain a failure.
func stderrTail(name string) string {
	data, err := os.ReadFile(name)
	if err != nil {
		return err.Error()
	}
	data = data[max(len(data)-stderrLimit, 0):]
	var out []string
	for line := range strings.Lines(string(bytes.ToValidUTF8(data, nil))) {
		if !strings.Contains(line, ":ERROR:dbus/") {
			out = append(out, line)
		}
	}
	return strings.TrimSpace(strings.Join(out, ""))
}

// truncate shortens s to at most n bytes, on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
