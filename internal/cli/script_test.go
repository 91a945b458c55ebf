package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary act as the prfaq command inside scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"prfaq": func() { os.Exit(Main(os.Args[1:], Linked{})) },
		// prfaq as a release build links it: -X main.version=v1.2.3.
		"prfaq-v1.2.3": func() { os.Exit(Main(os.Args[1:], Linked{Version: "v1.2.3"})) },
		// prfaq on a disk that fills up after 8 KB of any one file.
		smallDiskCommand: func() {
			if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &syscall.Rlimit{Cur: 8 << 10, Max: 8 << 10}); err != nil {
				os.Exit(99)
			}
			os.Exit(Main(os.Args[1:], Linked{}))
		},
		// Small edits a writer makes between versions, without a shell.
		"sed-problem": func() {
			data, _ := os.ReadFile("tab.prfaq.yaml")
			out := strings.Replace(string(data), "waits six days", "waits six days on average", 1)
			os.Exit(map[bool]int{true: 0, false: 1}[os.WriteFile("tab.prfaq.yaml", []byte(out), 0o644) == nil])
		},
		"make-binary": func() {
			os.Exit(writeOrFail(os.Args[1], []byte("prfaq: 1\x00\x01\x02")))
		},
		"make-latin1": func() {
			os.Exit(writeOrFail(os.Args[1], []byte("prfaq: 1\ntitle: caf\xe9\n")))
		},
		"make-huge": func() {
			f, err := os.Create(os.Args[1])
			if err == nil {
				err = f.Truncate(50 << 20)
				f.Close()
			}
			os.Exit(map[bool]int{true: 0, false: 1}[err == nil])
		},
		"add-weasel": func() {
			data, _ := os.ReadFile(os.Args[1])
			out := strings.Replace(string(data), "than everyone else.", "than everyone else, arguably.", 1)
			os.Exit(writeOrFail(os.Args[1], []byte(out)))
		},
		"append-line": func() {
			f, err := os.OpenFile(os.Args[1], os.O_APPEND|os.O_WRONLY, 0)
			if err == nil {
				_, err = f.WriteString("# edited by hand\n")
				f.Close()
			}
			os.Exit(map[bool]int{true: 0, false: 1}[err == nil])
		},
	})
}

func writeOrFail(name string, data []byte) int {
	if err := os.WriteFile(name, data, 0o644); err != nil {
		return 1
	}
	return 0
}

// TestScripts drives the real binary as a user does: each file in
// testdata/script is a shell-like script with the files it needs.
func TestScripts(t *testing.T) {
	examples, err := filepath.Abs("../../examples")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// No test may read the user's real configuration or clock.
			env.Setenv("HOME", env.WorkDir+"/home")
			env.Setenv("XDG_CONFIG_HOME", env.WorkDir+"/config")
			env.Setenv("SOURCE_DATE_EPOCH", "1795000000")
			env.Setenv("EXAMPLES", examples)
			return nil
		},
		RequireExplicitExec: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"exits": cmdExits,
		},
	})
}

// cmdExits runs prfaq in-process and checks its exact exit code, which
// exec cannot: exits 2 render missing.prfaq.yaml. A first argument <FILE
// gives it FILE as standard input: exits 2 <answers.txt new --accessible
func cmdExits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: exits CODE [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: %q is not an exit code", args[0])
	}
	stdin := ""
	if len(args) > 1 && strings.HasPrefix(args[1], "<") {
		stdin = ts.ReadFile(strings.TrimPrefix(args[1], "<"))
		args = append(args[:1], args[2:]...)
	}
	got := Run(args[1:], Env{
		Stdin:  strings.NewReader(stdin),
		Stdout: ts.Stdout(),
		Stderr: ts.Stderr(),
		Getenv: ts.Getenv,
		Dir:    ts.MkAbs("."),
		Now:    func() time.Time { return time.Unix(1795000000, 0) },
	})
	if got != want {
		ts.Fatalf("prfaq %s: exit code %d, want %d", strings.Join(args[1:], " "), got, want)
	}
}
