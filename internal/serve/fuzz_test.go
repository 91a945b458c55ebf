package serve

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// FuzzServePath sends the server any address: it must answer without
// failing, and only the index, its own script and stream, the documents
// it lists and their versions and changes may be answered 200.
func FuzzServePath(f *testing.F) {
	for _, seed := range []string{
		"/", "/doc/pause.prfaq.yaml", "/doc/team/tab-split.prfaq.yaml?version=1.0",
		"/diff/pause.prfaq.yaml?from=1.0&to=working", "/doc/../../etc/passwd",
		"/doc/%2e%2e/x", "/doc/..%2f..%2fetc%2fpasswd", "/doc//x", "/%00", "/doc/pause.prfaq.yaml%00",
		"/?status=<script>&sort=score&desc=1", "/_prfaq/portfolio.js", "/doc/team\\..\\pause.prfaq.yaml",
	} {
		f.Add(seed)
	}
	s, _ := newServer(f)
	f.Fuzz(func(t *testing.T, target string) {
		u, err := url.ParseRequestURI(target)
		if err != nil || u.Path == "/_prfaq/events" {
			return // not an address a client can send; the stream never ends
		}
		req := &http.Request{Method: http.MethodGet, URL: u, Host: "127.0.0.1:8808", Header: http.Header{}}
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("GET %q: %d %s", target, rec.Code, rec.Body.String())
		}
		if rec.Code != http.StatusOK {
			return
		}
		switch p := u.Path; {
		case p == "/", p == "/_prfaq/portfolio.js":
		case p == "/doc/pause.prfaq.yaml", p == "/doc/team/tab-split.prfaq.yaml",
			p == "/diff/pause.prfaq.yaml", p == "/diff/team/tab-split.prfaq.yaml":
		default:
			t.Fatalf("GET %q answered 200 for %q, which is not a document", target, p)
		}
		if strings.Contains(rec.Body.String(), "<script>") {
			t.Fatalf("GET %q: the page holds an inline script", target)
		}
	})
}
