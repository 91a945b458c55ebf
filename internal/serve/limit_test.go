package serve

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// startHTTP serves s on a free loopback port within lim, as prfaq serve
// does, until the test ends.
func startHTTP(t *testing.T, s *Server, lim Limits) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv, limited := s.HTTP(ln, lim)
	go srv.Serve(limited)
	t.Cleanup(func() {
		s.Close()
		srv.Close()
	})
	return ln.Addr().String()
}

// keptAlive opens a connection, makes one request on it and reads the
// whole answer, leaving the connection open and idle, as a browser (or a
// program that means harm) may.
func keptAlive(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(c, "GET /_prfaq/portfolio.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Close {
		t.Fatalf("a kept-alive request: %d, close %v", resp.StatusCode, resp.Close)
	}
	return c
}

// closedByServer reports whether the server closed c: a read ends with
// EOF (or a reset) rather than waiting. wait bounds the wait for a test
// that would otherwise hang; it is no measure of speed.
func closedByServer(c net.Conn, wait time.Duration) bool {
	_ = c.SetReadDeadline(time.Now().Add(wait))
	_, err := c.Read(make([]byte, 1))
	var ne net.Error
	return err != nil && !(errors.As(err, &ne) && ne.Timeout())
}

// TestManyIdleConnections: hundreds of kept-alive connections held open
// and unused, more than the limit, do not keep the next browser out.
func TestManyIdleConnections(t *testing.T) {
	s, _ := newServer(t)
	lim := DefaultLimits()
	addr := startHTTP(t, s, lim)
	held := make([]net.Conn, 0, lim.MaxConns+100)
	for range cap(held) {
		held = append(held, keptAlive(t, addr))
	}
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 30 * time.Second}
	for range 3 {
		resp, err := client.Get("http://" + addr + "/")
		if err != nil {
			t.Fatalf("with %d idle connections held: %v", len(held), err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Pause deliveries") {
			t.Fatalf("with %d idle connections held: %d", len(held), resp.StatusCode)
		}
	}
	// The first ones held, idle longest, made room for the new ones.
	if !closedByServer(held[0], 20*time.Second) {
		t.Error("the connection idle longest is still open past the limit")
	}
	if closedByServer(held[len(held)-1], 100*time.Millisecond) {
		t.Error("the connection idle shortest was closed")
	}
}

// TestIdleConnectionsClosed: a kept-alive connection nobody uses is closed
// after the idle timeout, while an event stream, which writes only now
// and then, outlives the write timeout.
func TestIdleConnectionsClosed(t *testing.T) {
	s, dir := newServer(t)
	addr := startHTTP(t, s, Limits{IdleTimeout: 50 * time.Millisecond, WriteTimeout: 50 * time.Millisecond})
	stream, err := http.Get("http://" + addr + "/_prfaq/events")
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Body.Close()
	lines := bufio.NewScanner(stream.Body)
	if !lines.Scan() || !strings.HasPrefix(lines.Text(), "retry:") {
		t.Fatalf("the event stream starts with %q", lines.Text())
	}
	var held []net.Conn
	for range 20 {
		held = append(held, keptAlive(t, addr))
	}
	for i, c := range held {
		if !closedByServer(c, 20*time.Second) {
			t.Fatalf("idle connection %d is still open", i)
		}
		c.Close()
	}
	// By now the stream has lived far past the write timeout.
	copyDoc(t, dir, "tab-split.prfaq.yaml", "new.prfaq.yaml")
	s.Scan()
	for lines.Scan() {
		if lines.Text() == `data: {"files":["new.prfaq.yaml"]}` {
			return
		}
	}
	t.Fatalf("the event stream ended: %v", lines.Err())
}
