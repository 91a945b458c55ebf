// Package serve is prfaq serve's web server: the live portfolio of every
// PR/FAQ under a folder, each document beside its findings, its versions
// and the changes between them, updated in the browser when a file is
// saved.
//
// It reads only through an os.Root, and only the files its workspace finds,
// so no address, encoded or not, and no symbolic link can make it read
// outside the folder; it runs nothing, and it sends a Content Security
// Policy that lets pages run only its own embedded script.
package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prfaq/prfaq/internal/diff"
	"github.com/prfaq/prfaq/internal/portfolio"
	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/workspace"
)

// Options configure a Server.
type Options struct {
	// Files is the folder served, as an os.Root's file system
	// (os.Root.FS), which refuses names and links that lead outside it.
	Files fs.FS
	// Workspace finds and reads the documents as prfaq lint does, with
	// the same templates and lint configuration. The server makes it
	// forget configurations and templates at each scan, so edits to
	// them show.
	Workspace *workspace.Workspace
	// Dir is the folder served, as an absolute path, for the workspace;
	// Only, when not "", is the one file of it served.
	Dir, Only string
	// Folder is the folder as the user named it, for headings.
	Folder string
	// Now is the clock render reads for documents without a date.
	Now func() time.Time
	// Poll is how often files are checked for changes; 250 ms when zero.
	Poll time.Duration
	// LoopbackOnly refuses requests addressed to any host name but a
	// loopback one, so a web page elsewhere cannot reach the server
	// through a DNS name that points at 127.0.0.1 (DNS rebinding).
	LoopbackOnly bool
	// Log receives notes about files that cannot be served; nil discards
	// them.
	Log io.Writer
}

// Addresses of the server's own resources.
const (
	scriptPath = "/_prfaq/portfolio.js"
	eventsPath = "/_prfaq/events"
	docPrefix  = "/doc/"
	diffPrefix = "/diff/"
)

// DefaultPoll is how often files are checked for changes: often enough
// that a saved change shows within a second, with the fetch.
const DefaultPoll = 250 * time.Millisecond

// Server is an http.Handler for one folder of PR/FAQs.
type Server struct {
	opts Options
	id   string

	mu    sync.Mutex
	files []string // as the last scan found them, sorted
	known map[string]bool
	docs  map[string]*docState
	// scanned is false until the first scan.
	scanned bool

	subMu sync.Mutex
	subs  map[*subscriber]struct{}
	done  chan struct{}
	once  sync.Once

	// writeTimeout, set by HTTP before serving, is how long one message
	// of an event stream may take to write; 0 sets no deadline.
	writeTimeout time.Duration
}

// docState is what the server knows of one file.
type docState struct {
	stamp fileStamp
	// fresh is false when the file changed since entry was read; read
	// is true once it has been read at all.
	fresh, read bool
	// reading is closed when the read in progress ends; nil when none is.
	reading  chan struct{}
	entry    workspace.Entry
	lastGood *workspace.Entry
	saved    time.Time
}

type fileStamp struct {
	mod  time.Time
	size int64
}

// New makes a server; call Scan or Watch to find the documents.
func New(opts Options) *Server {
	if opts.Poll <= 0 {
		opts.Poll = DefaultPoll
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	return &Server{
		opts:  opts,
		id:    strconv.FormatInt(opts.Now().UnixNano(), 36),
		known: map[string]bool{},
		docs:  map[string]*docState{},
		subs:  map[*subscriber]struct{}{},
		done:  make(chan struct{}),
	}
}

// Close ends the event streams, so a shutdown does not wait for browsers
// to hang up.
func (s *Server) Close() {
	s.once.Do(func() { close(s.done) })
}

// Documents is the number of documents the last scan found.
func (s *Server) Documents() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.files)
}

// Watch scans the folder every Poll until ctx ends, telling open pages
// which files changed.
func (s *Server) Watch(ctx context.Context) {
	tick := time.NewTicker(s.opts.Poll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			s.Scan()
		}
	}
}

// Scan looks for documents and changes now, tells open pages which files
// changed, and returns them.
func (s *Server) Scan() []string {
	s.mu.Lock()
	changed, reread := s.scanLocked()
	s.mu.Unlock()
	// Read now the changed files a page has shown: a page is likely open
	// on it, and a good save followed at once by a broken one must still
	// leave a last good reading to show.
	for _, f := range reread {
		s.current(context.Background(), f)
	}
	if len(changed) > 0 {
		s.publish(changed)
	}
	return changed
}

func (s *Server) scanLocked() (changed, reread []string) {
	first := !s.scanned
	s.scanned = true
	found, err := s.documents()
	if err != nil {
		fmt.Fprintf(s.opts.Log, "prfaq: cannot list the documents: %v\n", err)
		return nil, nil
	}
	files := make([]string, 0, len(found))
	known := make(map[string]bool, len(found))
	for _, f := range found {
		info, err := fs.Stat(s.opts.Files, f)
		if err != nil || !info.Mode().IsRegular() {
			// A link that leads outside the folder, or a file that
			// went away since the listing: not served.
			if s.known[f] || first {
				fmt.Fprintf(s.opts.Log, "prfaq: not serving %s: %s\n", f, reason(err))
			}
			continue
		}
		files = append(files, f)
		known[f] = true
		stamp := fileStamp{info.ModTime(), info.Size()}
		st := s.docs[f]
		switch {
		case st == nil:
			s.docs[f] = &docState{stamp: stamp, saved: info.ModTime()}
			if !first {
				changed = append(changed, f)
			}
		case st.stamp != stamp:
			st.stamp, st.fresh, st.saved = stamp, false, info.ModTime()
			changed = append(changed, f)
			if st.read {
				reread = append(reread, f)
			}
		}
	}
	for f := range s.known {
		if !known[f] {
			delete(s.docs, f)
			changed = append(changed, f)
		}
	}
	slices.Sort(files)
	slices.Sort(changed)
	s.files, s.known = files, known
	return changed, reread
}

func reason(err error) string {
	if err == nil {
		return "not a regular file"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if strings.Contains(err.Error(), "escapes") {
		return "it is a symbolic link that leads outside the folder, or names its target by an absolute path (prfaq serve follows only relative links that stay inside)"
	}
	return err.Error()
}

// current is a copy of the state of a document as it is now, read again
// if it changed; ok is false for a file the server does not list. The
// read and the analysis run without s.mu, so a slow file delays only the
// pages that show it: other pages, scans and shutdown go on. Two requests
// for one changed file share one read.
func (s *Server) current(ctx context.Context, f string) (docState, bool) {
	s.mu.Lock()
	for {
		st := s.docs[f]
		if st == nil {
			s.mu.Unlock()
			return docState{}, false
		}
		s.mu.Unlock()
		// Stat does not block on a FIFO and is not done under the lock.
		info, statErr := fs.Stat(s.opts.Files, f)
		s.mu.Lock()
		if s.docs[f] != st {
			continue // the file went away or came back meanwhile
		}
		if statErr == nil {
			if stamp := (fileStamp{info.ModTime(), info.Size()}); stamp != st.stamp {
				st.stamp, st.fresh, st.saved = stamp, false, info.ModTime()
			}
		}
		if st.fresh {
			copied := *st
			s.mu.Unlock()
			return copied, true
		}
		if wait := st.reading; wait != nil {
			s.mu.Unlock()
			select {
			case <-wait:
			case <-ctx.Done():
				return docState{}, false
			}
			s.mu.Lock()
			continue
		}
		done := make(chan struct{})
		st.reading = done
		stamp := st.stamp
		s.mu.Unlock()

		var entry workspace.Entry
		data, err := s.opts.Workspace.Reader().ReadFileFS(s.opts.Files, f, f)
		if err != nil {
			entry = workspace.Entry{Document: source.Document{File: f, Err: err}}
		} else {
			entry = s.analyze(f, data)
		}

		s.mu.Lock()
		st.reading = nil
		close(done)
		if s.docs[f] != st {
			continue
		}
		st.entry, st.read = entry, true
		if !entry.Broken() {
			good := entry
			st.lastGood = &good
		}
		// A save during the read leaves it stale, to be read again.
		st.fresh = st.stamp == stamp
		copied := *st
		s.mu.Unlock()
		return copied, true
	}
}

func (s *Server) ensureScanned() {
	s.mu.Lock()
	scanned := s.scanned
	s.mu.Unlock()
	if !scanned {
		s.Scan()
	}
}

// ServeHTTP answers the portfolio's addresses.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data: https: http:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Cache-Control", "no-store")
	if s.opts.LoopbackOnly && !loopbackHost(r.Host) {
		http.Error(w, "prfaq serve answers only to addresses on this computer (localhost, 127.0.0.1 or [::1])", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "prfaq serve only reads: use GET", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if !safePath(p) {
		s.message(w, http.StatusForbidden, "Forbidden", "This address reaches outside the folder prfaq serves.", "")
		return
	}
	s.ensureScanned()
	switch {
	case p == "/":
		s.serveIndex(w, r)
	case p == scriptPath:
		h.Set("Content-Type", "text/javascript; charset=utf-8")
		_, _ = w.Write(portfolio.Script())
	case p == eventsPath:
		s.serveEvents(w, r)
	case strings.HasPrefix(p, docPrefix):
		s.serveDocument(w, r, strings.TrimPrefix(p, docPrefix))
	case strings.HasPrefix(p, diffPrefix):
		s.serveDiff(w, r, strings.TrimPrefix(p, diffPrefix))
	default:
		s.message(w, http.StatusNotFound, "Not found", "Nothing is served at this address.", "")
	}
}

// safePath refuses any address whose path could climb out of the folder
// or name a file in a way the document list does not: dot segments
// (whether typed or %-encoded, the path here is decoded), backslashes,
// NUL bytes and empty segments.
func safePath(p string) bool {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return false
	}
	for _, seg := range strings.Split(p[1:], "/") {
		if seg == "." || seg == ".." {
			return false
		}
	}
	return !strings.Contains(p, "//")
}

func loopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (s *Server) live() *portfolio.Live {
	return &portfolio.Live{Script: scriptPath, Events: eventsPath}
}

func (s *Server) links() portfolio.Links {
	return portfolio.Links{Index: "/", Document: documentURL, Diff: diffURL}
}

// documentURL is the address of a document's page.
func documentURL(file, version string) string {
	u := docPrefix + escapePath(file)
	if version != "" {
		u += "?version=" + url.QueryEscape(version)
	}
	return u
}

func diffURL(file, from, to string) string {
	u := diffPrefix + escapePath(file)
	if from != "" || to != "" {
		u += "?from=" + url.QueryEscape(from) + "&to=" + url.QueryEscape(to)
	}
	return u
}

func escapePath(file string) string {
	segs := strings.Split(file, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

func (s *Server) serveIndex(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	s.mu.Lock()
	files := s.files
	s.mu.Unlock()
	entries := make([]workspace.Entry, 0, len(files))
	for _, f := range files {
		if st, ok := s.current(r.Context(), f); ok {
			entries = append(entries, st.entry)
		}
	}
	page, err := portfolio.Index(entries, portfolio.IndexOptions{
		Folder: s.opts.Folder,
		Now:    s.opts.Now(),
		Link:   func(e workspace.Entry) string { return documentURL(e.File, "") },
		Status: q.Get("status"),
		Need:   q.Get("need"),
		Sort:   q.Get("sort"),
		Desc:   q.Get("desc") == "1",
		Live:   s.live(),
	})
	s.send(w, http.StatusOK, page, err)
}

func (s *Server) serveDocument(w http.ResponseWriter, r *http.Request, file string) {
	st, ok := s.lookup(w, r, file)
	if !ok {
		return
	}
	entry, lastGood, saved, current := st.entry, st.lastGood, st.saved, currentDoc(&st)

	opts := portfolio.DocumentOptions{Live: s.live(), Links: s.links(), Now: s.opts.Now(), Saved: saved}
	version := r.URL.Query().Get("version")
	if version == portfolio.Working {
		version = ""
	}
	if version == "" {
		opts.LastGood = lastGood
		opts.Current = current
		opts.Snapshots = s.snapshotProblems(file, current)
		page, err := portfolio.Document(entry, opts)
		s.send(w, http.StatusOK, page, err)
		return
	}
	data, _, err := s.version(file, current, version)
	if err != nil {
		s.message(w, http.StatusNotFound, "No such version", err.Error(), "")
		return
	}
	old := s.analyze(file+"@"+version, data)
	old.File = file
	opts.Version, opts.Current = version, current
	opts.Snapshots = s.snapshotProblems(file, current)
	page, err := portfolio.Document(old, opts)
	s.send(w, http.StatusOK, page, err)
}

// lookup is a copy of the state of a file the server lists, read afresh
// if it changed. For any other name it answers 404 and reports false.
func (s *Server) lookup(w http.ResponseWriter, r *http.Request, file string) (docState, bool) {
	s.mu.Lock()
	known := s.known[file]
	s.mu.Unlock()
	var st docState
	ok := false
	if known {
		st, ok = s.current(r.Context(), file)
	}
	if !ok {
		s.notServed(w, file)
		return docState{}, false
	}
	return st, true
}

func (s *Server) notServed(w http.ResponseWriter, file string) {
	s.message(w, http.StatusNotFound, "Not found",
		fmt.Sprintf("%s is not a PR/FAQ in this folder, or it is gone. The page turns into the document if the file comes back.", file), file)
}

// currentDoc is the working copy whose versions a page lists: the one
// read now, or the last one that could be read.
func currentDoc(st *docState) *prfaq.Document {
	if !st.entry.Broken() {
		return st.entry.Doc
	}
	if st.lastGood != nil {
		return st.lastGood.Doc
	}
	return nil
}

// version reads the snapshot of a closed version.
func (s *Server) version(file string, current *prfaq.Document, version string) ([]byte, *prfaq.Document, error) {
	if current == nil {
		return nil, nil, fmt.Errorf("%s cannot be read now, so its versions are unknown", file)
	}
	var known []string
	for _, rev := range current.History {
		if rev.Version != version {
			known = append(known, rev.Version)
			continue
		}
		data, err := s.opts.Workspace.Reader().ReadSnapshotFS(s.opts.Files, file, rev)
		if err != nil {
			return nil, nil, err
		}
		doc, _, err := store.DecodeDocument(rev.Snapshot, data)
		if err != nil {
			return nil, nil, err
		}
		return data, doc, nil
	}
	if len(known) == 0 {
		return nil, nil, fmt.Errorf("%s has no closed version %s: it has no closed version yet", file, version)
	}
	return nil, nil, fmt.Errorf("%s has no closed version %s; its closed versions are %s", file, version, strings.Join(known, ", "))
}

// snapshotProblems says which recorded snapshots cannot be read or were
// changed by hand, so pages do not offer them.
func (s *Server) snapshotProblems(file string, current *prfaq.Document) map[string]string {
	if current == nil {
		return nil
	}
	problems := map[string]string{}
	for _, rev := range current.History {
		if _, err := s.opts.Workspace.Reader().ReadSnapshotFS(s.opts.Files, file, rev); err != nil {
			problems[rev.Version] = err.Error()
		}
	}
	return problems
}

func (s *Server) serveDiff(w http.ResponseWriter, r *http.Request, file string) {
	st, ok := s.lookup(w, r, file)
	if !ok {
		return
	}
	entry, current := st.entry, currentDoc(&st)

	q := r.URL.Query()
	from, to := q.Get("from"), q.Get("to")
	if to == "" {
		to = portfolio.Working
	}
	if from == "" && current != nil && len(current.History) > 0 {
		from = current.History[len(current.History)-1].Version
	}
	opts := portfolio.DiffOptions{Live: s.live(), Links: s.links(), From: from, To: to, Current: current, Snapshots: s.snapshotProblems(file, current)}
	title := entry.Title()
	if current != nil && strings.TrimSpace(current.Title) != "" {
		title = strings.TrimSpace(current.Title)
	}
	fromDoc, err := s.side(file, entry, current, from)
	var toDoc *prfaq.Document
	if err == nil {
		toDoc, err = s.side(file, entry, current, to)
	}
	if err != nil {
		page, perr := portfolio.Diff(file, title, nil, err, opts)
		s.send(w, http.StatusOK, page, perr)
		return
	}
	res := diff.Compare(fromDoc, toDoc, label(fromDoc, from), label(toDoc, to))
	body := diff.HTMLBody(res, title)
	page, err := portfolio.Diff(file, title, &body, nil, opts)
	s.send(w, http.StatusOK, page, err)
}

// side is one side of a comparison: the working copy or a closed version.
func (s *Server) side(file string, entry workspace.Entry, current *prfaq.Document, version string) (*prfaq.Document, error) {
	switch {
	case version == "":
		return nil, fmt.Errorf("%s has no closed version to compare with yet: close one with prfaq bump", file)
	case version == portfolio.Working && entry.Broken():
		return nil, fmt.Errorf("the working copy cannot be read now:\n%v", entry.Problem())
	case version == portfolio.Working:
		return entry.Doc, nil
	}
	_, doc, err := s.version(file, current, version)
	return doc, err
}

func label(doc *prfaq.Document, version string) string {
	if version == portfolio.Working {
		return doc.Version + " (working copy)"
	}
	return version
}

func (s *Server) message(w http.ResponseWriter, code int, heading, text, watch string) {
	page, err := portfolio.Message(heading, text, watch, s.live(), "/")
	s.send(w, code, page, err)
}

func (s *Server) send(w http.ResponseWriter, code int, page []byte, err error) {
	if err != nil {
		fmt.Fprintf(s.opts.Log, "prfaq: cannot lay out a page: %v\n", err)
		http.Error(w, "prfaq could not lay out this page: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write(page)
}

// subscriber is one open page's event stream. Changes gather in pending
// until the stream sends them, so a slow browser never blocks a scan and
// never misses a file.
type subscriber struct {
	mu      sync.Mutex
	pending map[string]bool
	wake    chan struct{}
}

func (s *Server) publish(files []string) {
	s.subMu.Lock()
	defer s.subMu.Unlock()
	for sub := range s.subs {
		sub.mu.Lock()
		for _, f := range files {
			sub.pending[f] = true
		}
		sub.mu.Unlock()
		select {
		case sub.wake <- struct{}{}:
		default:
		}
	}
}

// keepAlive is how often an idle event stream sends a comment, so
// proxies and browsers keep it open.
const keepAlive = 15 * time.Second

func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming is not supported here", http.StatusInternalServerError)
		return
	}
	sub := &subscriber{pending: map[string]bool{}, wake: make(chan struct{}, 1)}
	s.subMu.Lock()
	s.subs[sub] = struct{}{}
	s.subMu.Unlock()
	defer func() {
		s.subMu.Lock()
		delete(s.subs, sub)
		s.subMu.Unlock()
	}()

	// The server's write timeout counts from the request; a stream lasts
	// as long as its page, so each message gets a deadline of its own.
	rc := http.NewResponseController(w)
	extend := func() {
		if s.writeTimeout > 0 {
			_ = rc.SetWriteDeadline(time.Now().Add(s.writeTimeout))
		}
	}
	extend()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, "retry: 1000\nevent: hello\ndata: %s\n\n", s.id)
	flusher.Flush()
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		case <-tick.C:
			extend()
			fmt.Fprint(w, ": still here\n\n")
		case <-sub.wake:
			sub.mu.Lock()
			files := make([]string, 0, len(sub.pending))
			for f := range sub.pending {
				files = append(files, f)
			}
			clear(sub.pending)
			sub.mu.Unlock()
			slices.Sort(files)
			extend()
			data, _ := json.Marshal(map[string][]string{"files": files})
			fmt.Fprintf(w, "event: change\ndata: %s\n\n", data)
		}
		flusher.Flush()
	}
}

// documents lists the PR/FAQs under the folder, as slash paths relative
// to it. Configurations and templates are read again at each listing.
func (s *Server) documents() ([]string, error) {
	ws := s.opts.Workspace
	ws.Forget()
	if s.opts.Only != "" {
		return []string{s.opts.Only}, nil
	}
	found, err := ws.Walk(s.opts.Dir)
	if err != nil {
		return nil, err
	}
	files := make([]string, 0, len(found))
	for _, f := range found {
		rel, err := filepath.Rel(s.opts.Dir, f)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		files = append(files, filepath.ToSlash(rel))
	}
	return files, nil
}

// analyze reads one document from its bytes and lints it as prfaq lint
// would, with the configuration in force in its folder (a closed version,
// named FILE@VERSION, is in its document's folder). file is the name to
// show and to report findings against.
func (s *Server) analyze(file string, data []byte) workspace.Entry {
	dir := filepath.Dir(filepath.Join(s.opts.Dir, filepath.FromSlash(file)))
	e, err := s.opts.Workspace.LoadData(file, dir, data)
	if err != nil {
		return workspace.Entry{Document: source.Document{File: file, Err: err}}
	}
	if e.Doc != nil && e.Format == source.YAML && !strings.Contains(file, "@") {
		// The working copy's tally, for the index and the approval
		// policy's rule. A damaged feedback log is reported by prfaq
		// feedback; the pages show the document without its tally.
		if records, err := s.opts.Workspace.Reader().ReadFeedbackFS(s.opts.Files, file); err == nil {
			e.SetFeedback(records)
		}
	}
	if e.Problem() == nil {
		s.opts.Workspace.Analyze(e)
	}
	return *e
}
