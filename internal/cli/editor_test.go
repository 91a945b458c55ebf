package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The documents prfaq writes, and their snapshots, point editors to a
// schema they find with no network: the YAML language server (the one
// behind VS Code's YAML extension, Neovim's yamlls, Helix, Zed...) loads
// it, reports nothing wrong in them, and completes keys. The server comes
// from npm (npm install yaml-language-server); the test skips without it
// unless PRFAQ_REQUIRE_EDITOR_TEST is set, as CI does.
func TestEditorFindsSchema(t *testing.T) {
	server := yamlLanguageServer(t)
	dir := t.TempDir()
	env := map[string]string{"SOURCE_DATE_EPOCH": "1795000000", "PRFAQ_AUTHOR": "Priya Raman"}
	run := func(args ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		code := Run(args, Env{
			Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr,
			Getenv: func(k string) string { return env[k] },
			Dir:    dir,
			Now:    func() time.Time { return time.Unix(1795000000, 0) },
		})
		if code != 0 {
			t.Fatalf("prfaq %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout.String(), stderr.String())
		}
		return stdout.String()
	}
	answers, err := filepath.Abs("../../examples/meal-kit-pause.prfaq.yaml")
	if err != nil {
		t.Fatal(err)
	}
	run("schema", "--write")
	run("new", "--answers", answers, "pause.prfaq.yaml", "--no-render")
	run("bump", "pause.prfaq.yaml", "-m", "First full draft")

	lsp := startLanguageServer(t, server, dir)
	for _, name := range []string{"pause.prfaq.yaml", "pause.history/1.0.yaml"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte("# yaml-language-server: $schema=prfaq.schema.json\n")) {
			t.Errorf("%s does not start with the schema comment:\n%.200s", name, data)
		}
		for _, d := range lsp.open(filepath.Join(dir, name), string(data)) {
			t.Errorf("%s:%d:%d: the editor reports: %s", name, d.Range.Start.Line+1, d.Range.Start.Character+1, d.Message)
		}
	}
	// The examples, and their snapshots, as a reader of the repository
	// opens them.
	examples, err := filepath.Glob("../../examples/*.prfaq.yaml")
	if err != nil {
		t.Fatal(err)
	}
	snapshots, err := filepath.Glob("../../examples/*.history/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(examples) == 0 || len(snapshots) == 0 {
		t.Fatalf("found %d examples and %d snapshots", len(examples), len(snapshots))
	}
	for _, name := range append(examples, snapshots...) {
		path, err := filepath.Abs(name)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range lsp.open(path, string(data)) {
			t.Errorf("%s:%d:%d: the editor reports: %s", name, d.Range.Start.Line+1, d.Range.Start.Character+1, d.Message)
		}
	}
	// Typing a new key in a document of that folder: the schema's keys
	// are offered.
	scratch := filepath.Join(dir, "scratch.prfaq.yaml")
	labels := lsp.complete(scratch, "# yaml-language-server: $schema=prfaq.schema.json\nprfaq: 1\nti", 2, 2)
	if !strings.Contains(" "+strings.Join(labels, " ")+" ", " title ") {
		t.Errorf("completion offers %q, not title", labels)
	}
}

// yamlLanguageServer is the command that starts the YAML language server:
// $PRFAQ_YAML_LANGUAGE_SERVER, else yaml-language-server on the PATH.
func yamlLanguageServer(t *testing.T) string {
	t.Helper()
	server := os.Getenv("PRFAQ_YAML_LANGUAGE_SERVER")
	if server == "" {
		server, _ = exec.LookPath("yaml-language-server")
	}
	_, nodeErr := exec.LookPath("node")
	if server == "" || nodeErr != nil {
		if os.Getenv("PRFAQ_REQUIRE_EDITOR_TEST") != "" {
			t.Fatal("the YAML language server is required (PRFAQ_REQUIRE_EDITOR_TEST is set): install node and npm install yaml-language-server, and set PRFAQ_YAML_LANGUAGE_SERVER to node_modules/.bin/yaml-language-server")
		}
		t.Skip("no YAML language server: npm install yaml-language-server and set PRFAQ_YAML_LANGUAGE_SERVER to node_modules/.bin/yaml-language-server")
	}
	return server
}

// languageServer speaks the Language Server Protocol with a server over
// its standard input and output.
type languageServer struct {
	t      *testing.T
	in     io.Writer
	out    *bufio.Reader
	nextID int
}

type lspMessage struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  json.RawMessage `json:"error,omitempty"`
}

type lspDiagnostic struct {
	Range struct {
		Start struct{ Line, Character int }
	}
	Message string
}

func startLanguageServer(t *testing.T, server, dir string) *languageServer {
	t.Helper()
	cmd := exec.Command(server, "--stdio")
	cmd.Dir = dir
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A server that stops answering must not hang the test run.
	watchdog := time.AfterFunc(2*time.Minute, func() { cmd.Process.Kill() })
	t.Cleanup(func() {
		watchdog.Stop()
		in.Close()
		cmd.Process.Kill()
		cmd.Wait()
	})
	s := &languageServer{t: t, in: in, out: bufio.NewReader(out)}
	s.call("initialize", map[string]any{
		"processId": os.Getpid(),
		"rootUri":   fileURI(dir),
		"capabilities": map[string]any{
			"workspace":    map[string]any{"configuration": true},
			"textDocument": map[string]any{"completion": map[string]any{"completionItem": map[string]any{"snippetSupport": false}}},
		},
	})
	s.notify("initialized", map[string]any{})
	s.notify("workspace/didChangeConfiguration", map[string]any{"settings": lspSettings()})
	return s
}

// lspSettings: validation and completion on, and nothing fetched from the
// network (the schema store's catalogue is on by default).
func lspSettings() map[string]any {
	return map[string]any{"yaml": map[string]any{
		"validate": true, "completion": true, "hover": true,
		"schemaStore": map[string]any{"enable": false},
	}}
}

func fileURI(path string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
}

func (s *languageServer) send(m map[string]any) {
	m["jsonrpc"] = "2.0"
	body, err := json.Marshal(m)
	if err != nil {
		s.t.Fatal(err)
	}
	if _, err := fmt.Fprintf(s.in, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		s.t.Fatalf("the language server stopped: %v", err)
	}
}

func (s *languageServer) notify(method string, params any) {
	s.send(map[string]any{"method": method, "params": params})
}

// read reads the next message, answering the server's own requests on
// the way.
func (s *languageServer) read() lspMessage {
	for {
		length := 0
		for {
			line, err := s.out.ReadString('\n')
			if err != nil {
				s.t.Fatalf("the language server stopped: %v", err)
			}
			line = strings.TrimSpace(line)
			if line == "" {
				break
			}
			if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
				length, _ = strconv.Atoi(v)
			}
		}
		body := make([]byte, length)
		if _, err := io.ReadFull(s.out, body); err != nil {
			s.t.Fatalf("the language server stopped: %v", err)
		}
		var m lspMessage
		if err := json.Unmarshal(body, &m); err != nil {
			s.t.Fatalf("the language server sent %q: %v", body, err)
		}
		if m.Method == "" || len(m.ID) == 0 {
			return m
		}
		// A request from the server: settings for each item asked, null
		// for anything else.
		var result any
		if m.Method == "workspace/configuration" {
			var p struct{ Items []struct{ Section string } }
			json.Unmarshal(m.Params, &p)
			var answers []any
			for _, it := range p.Items {
				if it.Section == "yaml" {
					answers = append(answers, lspSettings()["yaml"])
				} else {
					answers = append(answers, nil)
				}
			}
			result = answers
		}
		s.send(map[string]any{"id": m.ID, "result": result})
	}
}

func (s *languageServer) call(method string, params any) json.RawMessage {
	s.nextID++
	id := strconv.Itoa(s.nextID)
	s.send(map[string]any{"id": s.nextID, "method": method, "params": params})
	for {
		m := s.read()
		if m.Method == "" && string(m.ID) == id {
			if len(m.Error) > 0 {
				s.t.Fatalf("%s: %s", method, m.Error)
			}
			return m.Result
		}
	}
}

// open opens a document and returns what the server reports about it.
func (s *languageServer) open(path, text string) []lspDiagnostic {
	uri := fileURI(path)
	s.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "yaml", "version": 1, "text": text,
	}})
	for {
		m := s.read()
		if m.Method != "textDocument/publishDiagnostics" {
			continue
		}
		var p struct {
			URI         string
			Diagnostics []lspDiagnostic
		}
		if err := json.Unmarshal(m.Params, &p); err != nil {
			s.t.Fatal(err)
		}
		if p.URI == uri {
			return p.Diagnostics
		}
	}
}

// complete opens a document and returns the labels the server offers at
// line and character (counted from 0).
func (s *languageServer) complete(path, text string, line, character int) []string {
	s.open(path, text)
	res := s.call("textDocument/completion", map[string]any{
		"textDocument": map[string]any{"uri": fileURI(path)},
		"position":     map[string]any{"line": line, "character": character},
	})
	var list struct{ Items []struct{ Label string } }
	if err := json.Unmarshal(res, &list); err != nil || len(list.Items) == 0 {
		var items []struct{ Label string }
		json.Unmarshal(res, &items)
		list.Items = items
	}
	labels := make([]string, len(list.Items))
	for i, it := range list.Items {
		labels[i] = it.Label
	}
	return labels
}
