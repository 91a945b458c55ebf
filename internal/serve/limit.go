package serve

import (
	"net"
	"net/http"
	"sync"
	"time"
)

// Limits bound what connections may hold of a server that previews
// documents on this computer: a few browser tabs, each with a handful of
// connections and one event stream.
type Limits struct {
	// MaxConns is how many connections are open at once; at the limit a
	// new one takes the place of the one idle longest, or is closed if
	// none is idle.
	MaxConns int
	// ReadHeaderTimeout is how long a request's headers may take to
	// arrive; IdleTimeout how long a kept-alive connection may wait for
	// its next request; WriteTimeout how long writing one answer, or one
	// message of an event stream, may take.
	ReadHeaderTimeout, IdleTimeout, WriteTimeout time.Duration
}

// DefaultLimits are the limits of prfaq serve: far above what browsers
// use (six connections per tab), and short enough that connections
// nobody uses are closed within a minute.
func DefaultLimits() Limits {
	return Limits{
		MaxConns:          256,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
	}
}

func (l Limits) orDefault() Limits {
	d := DefaultLimits()
	if l.MaxConns > 0 {
		d.MaxConns = l.MaxConns
	}
	if l.ReadHeaderTimeout > 0 {
		d.ReadHeaderTimeout = l.ReadHeaderTimeout
	}
	if l.IdleTimeout > 0 {
		d.IdleTimeout = l.IdleTimeout
	}
	if l.WriteTimeout > 0 {
		d.WriteTimeout = l.WriteTimeout
	}
	return d
}

// HTTP is an http.Server for s and the listener to serve it on, ln within
// the limits (DefaultLimits for any left zero). Call Serve on the server
// with the listener returned.
func (s *Server) HTTP(ln net.Listener, lim Limits) (*http.Server, net.Listener) {
	lim = lim.orDefault()
	s.writeTimeout = lim.WriteTimeout
	ll := &limitListener{Listener: ln, slots: make(chan struct{}, lim.MaxConns), waiting: map[*limitConn]time.Time{}}
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: lim.ReadHeaderTimeout,
		IdleTimeout:       lim.IdleTimeout,
		WriteTimeout:      lim.WriteTimeout,
		ConnState:         ll.track,
	}
	return srv, ll
}

// limitListener holds at most cap(slots) connections open. It knows which
// are waiting for a request (new, or idle between requests) from the
// server's ConnState, so that connections held open and unused, however
// many, cannot keep a browser out.
type limitListener struct {
	net.Listener
	slots chan struct{}

	mu      sync.Mutex
	waiting map[*limitConn]time.Time // since when
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		select {
		case l.slots <- struct{}{}:
			return &limitConn{Conn: c, l: l}, nil
		default:
		}
		// Full: close the connection waiting longest, whose slot is then
		// free; with none waiting, every connection is busy, and the new
		// one is the one turned away.
		if old := l.longestWaiting(); old != nil {
			old.Close()
			l.slots <- struct{}{}
			return &limitConn{Conn: c, l: l}, nil
		}
		c.Close()
	}
}

func (l *limitListener) longestWaiting() *limitConn {
	l.mu.Lock()
	defer l.mu.Unlock()
	var oldest *limitConn
	var since time.Time
	for c, t := range l.waiting {
		if oldest == nil || t.Before(since) {
			oldest, since = c, t
		}
	}
	if oldest != nil {
		delete(l.waiting, oldest)
	}
	return oldest
}

// track is the server's ConnState hook.
func (l *limitListener) track(c net.Conn, state http.ConnState) {
	lc, ok := c.(*limitConn)
	if !ok {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch state {
	case http.StateNew, http.StateIdle:
		l.waiting[lc] = time.Now()
	default:
		delete(l.waiting, lc)
	}
}

// limitConn gives its slot back when it closes, once, whether the server
// or the listener closes it.
type limitConn struct {
	net.Conn
	l    *limitListener
	once sync.Once
}

func (c *limitConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.l.mu.Lock()
		delete(c.l.waiting, c)
		c.l.mu.Unlock()
		<-c.l.slots
	})
	return err
}
