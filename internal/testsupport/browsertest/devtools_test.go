package browsertest

import (
	"bytes"
	"image/png"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"
)

// testSite serves a page whose text changes only after a timer and a
// fetch, so reading it without waiting would see the old text, and a page
// that logs a console error.
func testSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html>
<html><head><meta charset="utf-8"><title>t</title></head>
<body style="margin:0">
<h1 id="status">loading</h1>
<div style="height:1500px;background:#036"></div>
<script>
setTimeout(async () => {
  const r = await fetch("/data");
  document.getElementById("status").textContent = (await r.json()).status;
}, 100);
</script>
</body></html>`))
	})
	mux.HandleFunc("/data", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"status":"ready"}`))
	})
	mux.HandleFunc("/noisy", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html><body>
<script>console.log("fine"); console.error("x", 42);</script></body></html>`))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestDevTools(t *testing.T) {
	RequireChromium(t) // here too, so that the whole test shows as skipped
	srv := testSite(t)
	goroutines := runtime.NumGoroutine()

	t.Run("browser", func(t *testing.T) {
		b := Launch(t)

		t.Run("page", func(t *testing.T) {
			p := b.NewPage(t, srv.URL+"/")
			p.WaitFor(t, `document.getElementById("status").textContent === "ready"`, 5*time.Second)
			if got := p.EvalString(t, `document.title + " " + location.pathname`); got != "t /" {
				t.Errorf("EvalString = %q, want %q", got, "t /")
			}
			if got := string(p.Eval(t, `Promise.resolve([innerWidth, 1 + 1])`)); got != "[1280,2]" {
				t.Errorf("Eval = %s, want [1280,2]", got)
			}

			if w, h := pngSize(t, p.Screenshot(t), true); w != 1280 || h == 0 || h > 900 {
				t.Errorf("Screenshot is %d×%d, want 1280 wide and at most 900 tall", w, h)
			}
			// Decoding a whole page's PNG takes a second under -race; the
			// header says enough.
			if w, h := pngSize(t, p.FullScreenshot(t), false); w != 1280 || h < 1500 {
				t.Errorf("FullScreenshot is %d×%d, want 1280 wide and at least 1500 tall", w, h)
			}
			p.SetViewport(t, 400, 300)
			if got := string(p.Eval(t, `[innerWidth, innerHeight]`)); got != "[400,300]" {
				t.Errorf("after SetViewport(400, 300) the viewport is %s", got)
			}
			if w, h := pngSize(t, p.Screenshot(t), true); w != 400 || h != 300 {
				t.Errorf("after SetViewport(400, 300) Screenshot is %d×%d", w, h)
			}

			// The page names no icon, so Chromium asked for /favicon.ico
			// and got a 404, which Errors leaves out.
			if errs := p.Errors(); len(errs) != 0 {
				t.Errorf("Errors() = %q, want none", errs)
			}
		})

		t.Run("errors", func(t *testing.T) {
			p := b.NewPage(t, srv.URL+"/noisy")
			// An exception thrown after load, by a timer, counts too.
			p.Eval(t, `setTimeout(() => { throw new Error("boom") }); 0`)
			waitErrors(t, p, "console.error: x 42", "exception: Uncaught Error: boom")
			// So does a failed request, which Chromium logs, not the page.
			p.Navigate(t, srv.URL+"/missing")
			waitErrors(t, p, "404 (Not Found) ("+srv.URL+"/missing)")
			if errs := strings.Join(p.Errors(), "\n"); strings.Contains(errs, "fine") {
				t.Errorf("Errors() = %q, want no console.log", errs)
			}
		})
	})

	// Launch's cleanup has closed Chromium; its goroutines must be gone.
	// Chromium's connections to the server close as it exits, and the
	// server's goroutines for them end a moment later, so wait a little.
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > goroutines && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > goroutines {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before Launch, %d after its cleanup:\n%s", goroutines, n, buf[:runtime.Stack(buf, true)])
	}
}

// waitErrors waits for the page to report errors containing each of want:
// events arrive on their own schedule, after the command that caused them
// has returned.
func waitErrors(t *testing.T, p *Page, want ...string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		errs := strings.Join(p.Errors(), "\n")
		missing := ""
		for _, w := range want {
			if !strings.Contains(errs, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("Errors() = %q, want it to contain %q", p.Errors(), missing)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// pngSize checks that data is a PNG and returns its size, from the whole
// image when decode is set and from its header otherwise.
func pngSize(t *testing.T, data []byte, decode bool) (w, h int) {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("screenshot is not a PNG: it starts %q", data[:min(len(data), 8)])
	}
	if !decode {
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("decode screenshot header: %v", err)
		}
		return cfg.Width, cfg.Height
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	return img.Bounds().Dx(), img.Bounds().Dy()
}
