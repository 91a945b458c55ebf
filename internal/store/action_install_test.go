package store_test

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// The action's install (action.yml's steps, running
// .github/action/install.sh) is run here as a runner would run it: each
// step's env from its expressions, its if evaluated, against a folder laid
// out like prfaq's GitHub releases, a git repository whose tags are the
// versions, and a fake go.

// releasePlatforms are the archives a release holds, by runner OS and arch.
var releasePlatforms = []struct{ os, arch, platform string }{
	{"Linux", "X64", "linux_amd64"},
	{"Linux", "ARM64", "linux_arm64"},
	{"macOS", "X64", "darwin_amd64"},
	{"macOS", "ARM64", "darwin_arm64"},
	{"Windows", "X64", "windows_amd64"},
	{"Windows", "ARM64", "windows_arm64"},
}

type releaseFixture struct {
	releases string // file:// URL of the release folders
	git      string // the repository whose tags are versions
	main     string // main's commit
}

// newReleaseFixture lays out releases as GoReleaser names them: one folder
// a tag, each with checksums.txt and an archive a platform, whose prfaq
// prints its version and platform. Tags: v0.9.0, v1.1.0 (no release
// files), v1.2.0, v1.3.0-rc.1, v1 (moving, at v1.2.0), and these broken
// pre-releases: v1.3.0-bad.1 (an archive that does not match its checksum)
// and v1.3.0-gone.1 (an archive listed but missing).
func newReleaseFixture(t *testing.T) releaseFixture {
	t.Helper()
	for _, tool := range []string{"bash", "git", "curl", "unzip", "tar", "awk", "sha256sum"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s here: the action's install script needs it", tool)
		}
	}
	dir := t.TempDir()
	releases := filepath.Join(dir, "releases")
	for _, version := range []string{"v0.9.0", "v1.2.0", "v1.3.0-rc.1", "v1.3.0-bad.1", "v1.3.0-gone.1"} {
		folder := filepath.Join(releases, version)
		if err := os.MkdirAll(folder, 0o755); err != nil {
			t.Fatal(err)
		}
		var sums strings.Builder
		for _, p := range releasePlatforms {
			name, data := releaseArchive(t, version, p.platform)
			fmt.Fprintf(&sums, "%x  %s\n", sha256.Sum256(data), name)
			switch {
			case version == "v1.3.0-bad.1" && p.platform == "linux_amd64":
				data = append(data, 0) // altered after its checksum was taken
			case version == "v1.3.0-gone.1" && p.platform == "linux_amd64":
				continue
			}
			if err := os.WriteFile(filepath.Join(folder, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(folder, "checksums.txt"), []byte(sums.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	repo := filepath.Join(dir, "prfaq.git")
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main"}, args...)...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "HOME="+dir, "GIT_CONFIG_NOSYSTEM=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	if err := os.MkdirAll(repo, 0o755); err != nil {
		t.Fatal(err)
	}
	git("init", "-q")
	for _, tags := range [][]string{{"v0.9.0"}, {"v1.1.0"}, {"v1.2.0", "v1"}, {"v1.3.0-rc.1", "v1.3.0-bad.1", "v1.3.0-gone.1"}, nil} {
		git("commit", "-q", "--allow-empty", "-m", "a commit")
		for _, tag := range tags {
			git("tag", tag)
		}
	}
	return releaseFixture{releases: "file://" + releases, git: repo, main: git("rev-parse", "HEAD")}
}

// releaseArchive is the archive of one platform, named and laid out as a
// release's: the binary, README.md and LICENSE.
func releaseArchive(t *testing.T, version, platform string) (string, []byte) {
	t.Helper()
	script := fmt.Sprintf("#!/bin/sh\necho \"prfaq %s %s\"\n", version, platform)
	files := []struct {
		name string
		body string
		mode int64
	}{{"prfaq", script, 0o755}, {"README.md", "# prfaq\n", 0o644}, {"LICENSE", "MIT\n", 0o644}}
	base := "prfaq_" + strings.TrimPrefix(version, "v") + "_" + platform
	var buf bytes.Buffer
	if strings.HasPrefix(platform, "windows") {
		zw := zip.NewWriter(&buf)
		for _, f := range files {
			if f.name == "prfaq" {
				f.name = "prfaq.exe"
			}
			h := &zip.FileHeader{Name: f.name, Method: zip.Deflate}
			h.SetMode(os.FileMode(f.mode))
			w, err := zw.CreateHeader(h)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.Write([]byte(f.body)); err != nil {
				t.Fatal(err)
			}
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return base + ".zip", buf.Bytes()
	}
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, f := range files {
		if err := tw.WriteHeader(&tar.Header{Name: f.name, Mode: f.mode, Size: int64(len(f.body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(f.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return base + ".tar.gz", buf.Bytes()
}

// installRun is what one run of the action's install did.
type installRun struct {
	outputs map[string]string // the version step's outputs
	goSetUp bool              // whether the setup-go step ran
	goCalls string            // what go was asked, one call a line
	path    string            // what was added to GITHUB_PATH
	prints  string            // what the installed prfaq printed
	log     string            // everything the steps printed
}

type installCase struct {
	input, ref string // the version input and the action's ref
	os, arch   string // the runner's
	cacheHit   bool   // the cache step finds this version's bin
}

// runInstall runs the action's steps up to and including Install prfaq;
// a step that fails returns its output as the error.
func runInstall(t *testing.T, fx releaseFixture, c installCase) (installRun, error) {
	t.Helper()
	a := readAction(t)
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	fakeBin := filepath.Join(dir, "fakebin")
	calls := filepath.Join(dir, "go-calls")
	if err := os.MkdirAll(fakeBin, 0o755); err != nil {
		t.Fatal(err)
	}
	fakeGo := `#!/bin/sh
echo "$* [GOBIN=$GOBIN]" >> "` + calls + `"
case "$1" in
install)
	mkdir -p "$GOBIN"
	printf '#!/bin/sh\necho prfaq built\n' > "$GOBIN/prfaq"
	chmod +x "$GOBIN/prfaq" ;;
esac
`
	if err := os.WriteFile(filepath.Join(fakeBin, "go"), []byte(fakeGo), 0o755); err != nil {
		t.Fatal(err)
	}
	output := filepath.Join(dir, "github-output")
	githubPath := filepath.Join(dir, "github-path")
	ctx := map[string]string{
		"inputs.version":     c.input,
		"github.action_ref":  c.ref,
		"github.action_path": root,
		"runner.tool_cache":  filepath.Join(dir, "toolcache"),
		"runner.os":          c.os,
		"runner.arch":        c.arch,
	}
	run := installRun{outputs: map[string]string{}}
	var log strings.Builder
	for _, s := range a.Runs.Steps {
		if s.Name == "Lint" || s.Name == "Report on the pull request" {
			continue // what runs after the install
		}
		if s.If != "" && !evalActionIf(t, s.If, ctx) {
			continue
		}
		switch {
		case strings.HasPrefix(s.Uses, "actions/setup-go@"):
			run.goSetUp = true
			continue
		case strings.HasPrefix(s.Uses, "actions/cache@"):
			hit := ""
			if c.cacheHit {
				hit = "true"
				bin := expandActionExpr(t, s.With["path"], ctx)
				exe := "prfaq"
				if c.os == "Windows" {
					exe = "prfaq.exe"
				}
				if err := os.MkdirAll(bin, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(bin, exe), []byte("#!/bin/sh\necho prfaq cached\n"), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			ctx["steps."+s.ID+".outputs.cache-hit"] = hit
			continue
		case s.Uses != "":
			t.Fatalf("step %q uses %s, which this test does not know", s.Name, s.Uses)
		}
		path := "/usr/bin:/bin"
		if run.goSetUp {
			path = fakeBin + ":" + path
		}
		cmd := exec.Command("bash", "-e", "-c", s.Run)
		cmd.Dir = dir
		cmd.Env = []string{
			"PATH=" + path,
			"HOME=" + dir,
			"GIT_CONFIG_NOSYSTEM=1",
			"GITHUB_OUTPUT=" + output,
			"GITHUB_PATH=" + githubPath,
			"RUNNER_OS=" + c.os,
			"RUNNER_ARCH=" + c.arch,
			"RUNNER_TEMP=" + dir,
			"PRFAQ_RELEASES=" + fx.releases,
			"PRFAQ_GIT=" + fx.git,
		}
		// The runner sets every env entry of a step, empty ones too.
		for k, v := range s.Env {
			cmd.Env = append(cmd.Env, k+"="+expandActionExpr(t, v, ctx))
		}
		out, err := cmd.CombinedOutput()
		log.Write(out)
		run.log = log.String()
		if err != nil {
			pathData, _ := os.ReadFile(githubPath)
			run.path = strings.TrimSpace(string(pathData))
			return run, fmt.Errorf("step %q: %v\n%s", s.Name, err, log.String())
		}
		data, _ := os.ReadFile(output)
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, "="); ok {
				run.outputs[k] = v
				if s.ID != "" {
					ctx["steps."+s.ID+".outputs."+k] = v
				}
			}
		}
		if s.Name == "Install prfaq" {
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			run.prints = lines[len(lines)-1]
		}
	}
	callData, _ := os.ReadFile(calls)
	run.goCalls = string(callData)
	pathData, _ := os.ReadFile(githubPath)
	run.path = strings.TrimSpace(string(pathData))
	return run, nil
}

// expandActionExpr replaces each ${{ name }} in s with its value in ctx;
// a name ctx lacks fails the test, as it would be a typo in action.yml,
// but for a step output no step has written, which is empty on GitHub.
func expandActionExpr(t *testing.T, s string, ctx map[string]string) string {
	t.Helper()
	var out strings.Builder
	for {
		i := strings.Index(s, "${{")
		if i < 0 {
			return out.String() + s
		}
		j := strings.Index(s[i:], "}}")
		if j < 0 {
			t.Fatalf("unclosed expression in %q", s)
		}
		name := strings.TrimSpace(s[i+3 : i+j])
		v, ok := ctx[name]
		if !ok && !strings.HasPrefix(name, "steps.") {
			t.Fatalf("action.yml reads %s, which no step or input provides here", name)
		}
		out.WriteString(s[:i] + v)
		s = s[i+j+2:]
	}
}

// evalActionIf evaluates the subset of GitHub's expression language the
// action's if conditions use: context names, 'strings', ==, !=, &&, ||
// and parentheses. A step output no step has written yet is empty, as on
// GitHub.
func evalActionIf(t *testing.T, expr string, ctx map[string]string) bool {
	t.Helper()
	var tokens []string
	for s := expr; ; {
		s = strings.TrimLeft(s, " ")
		if s == "" {
			break
		}
		switch {
		case strings.HasPrefix(s, "'"):
			end := strings.Index(s[1:], "'")
			if end < 0 {
				t.Fatalf("if %q: unclosed string", expr)
			}
			tokens = append(tokens, s[:end+2])
			s = s[end+2:]
		case len(s) >= 2 && (s[:2] == "==" || s[:2] == "!=" || s[:2] == "&&" || s[:2] == "||"):
			tokens = append(tokens, s[:2])
			s = s[2:]
		case s[0] == '(' || s[0] == ')':
			tokens = append(tokens, s[:1])
			s = s[1:]
		default:
			end := strings.IndexFunc(s, func(r rune) bool {
				return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' || r == '-')
			})
			if end == 0 {
				t.Fatalf("if %q: cannot read %q", expr, s)
			}
			if end < 0 {
				end = len(s)
			}
			tokens = append(tokens, s[:end])
			s = s[end:]
		}
	}
	pos := 0
	next := func() string {
		if pos >= len(tokens) {
			return ""
		}
		pos++
		return tokens[pos-1]
	}
	peek := func() string {
		if pos >= len(tokens) {
			return ""
		}
		return tokens[pos]
	}
	value := func(tok string) string {
		if strings.HasPrefix(tok, "'") {
			return strings.Trim(tok, "'")
		}
		if v, ok := ctx[tok]; ok {
			return v
		}
		if strings.HasPrefix(tok, "steps.") {
			return ""
		}
		t.Fatalf("if %q reads %s, which nothing provides here", expr, tok)
		return ""
	}
	var or func() bool
	primary := func() bool {
		if peek() == "(" {
			next()
			v := or()
			if next() != ")" {
				t.Fatalf("if %q: unbalanced parentheses", expr)
			}
			return v
		}
		left := value(next())
		switch op := peek(); op {
		case "==", "!=":
			next()
			right := value(next())
			return (left == right) == (op == "==")
		}
		return left != ""
	}
	and := func() bool {
		v := primary()
		for peek() == "&&" {
			next()
			v = primary() && v
		}
		return v
	}
	or = func() bool {
		v := and()
		for peek() == "||" {
			next()
			v = and() || v
		}
		return v
	}
	v := or()
	if pos != len(tokens) {
		t.Fatalf("if %q: cannot read past %q", expr, tokens[pos])
	}
	return v
}

func TestActionInstallsTheReleaseForTheRunner(t *testing.T) {
	fx := newReleaseFixture(t)
	for _, p := range releasePlatforms {
		t.Run(p.os+"/"+p.arch, func(t *testing.T) {
			run, err := runInstall(t, fx, installCase{ref: "v1.2.0", os: p.os, arch: p.arch})
			if err != nil {
				t.Fatal(err)
			}
			ext := ".tar.gz"
			if p.os == "Windows" {
				ext = ".zip"
			}
			if want := "prfaq_1.2.0_" + p.platform + ext; run.outputs["archive"] != want || run.outputs["method"] != "release" {
				t.Errorf("method %q, archive %q; want the release's %s", run.outputs["method"], run.outputs["archive"], want)
			}
			if want := "prfaq v1.2.0 " + p.platform; run.prints != want {
				t.Errorf("the installed prfaq printed %q, want %q (the archive for the runner)", run.prints, want)
			}
			if run.goSetUp || run.goCalls != "" {
				t.Errorf("a release was built with Go: set up %v, calls %q", run.goSetUp, run.goCalls)
			}
			if run.path != run.outputs["bin"] || !strings.Contains(run.path, filepath.Join("prfaq", "v1.2.0", "bin")) {
				t.Errorf("GITHUB_PATH gets %q, bin is %q", run.path, run.outputs["bin"])
			}
			if !strings.Contains(run.log, "matches checksums.txt") {
				t.Errorf("the log does not say the archive was verified:\n%s", run.log)
			}
		})
	}
}

func TestActionChoosesWhatToInstall(t *testing.T) {
	fx := newReleaseFixture(t)
	tests := []struct {
		name string
		installCase
		wantVersion string
		wantMethod  string
		wantGo      string // what go install is asked, "" for nothing
		wantPrints  string
		wantLog     string
	}{
		{name: "major version tag", installCase: installCase{ref: "v1"},
			wantVersion: "v1.2.0", wantMethod: "release", wantPrints: "prfaq v1.2.0 linux_amd64", wantLog: "prfaq: v1 is v1.2.0"},
		{name: "latest on request", installCase: installCase{input: "latest", ref: "v0.9.0"},
			wantVersion: "v1.2.0", wantMethod: "release", wantPrints: "prfaq v1.2.0 linux_amd64"},
		{name: "input wins over the ref", installCase: installCase{input: "v0.9.0", ref: "v1.2.0"},
			wantVersion: "v0.9.0", wantMethod: "release", wantPrints: "prfaq v0.9.0 linux_amd64"},
		{name: "pre-release pinned exactly", installCase: installCase{input: "v1.3.0-rc.1"},
			wantVersion: "v1.3.0-rc.1", wantMethod: "release", wantPrints: "prfaq v1.3.0-rc.1 linux_amd64"},
		{name: "tag without release files", installCase: installCase{ref: "v1.1.0"},
			wantVersion: "v1.1.0", wantMethod: "go", wantGo: "install github.com/prfaq/prfaq/cmd/prfaq@v1.1.0",
			wantPrints: "prfaq built", wantLog: "has no release files"},
		{name: "branch", installCase: installCase{ref: "main"},
			wantVersion: fx.main, wantMethod: "go", wantGo: "install github.com/prfaq/prfaq/cmd/prfaq@" + fx.main, wantPrints: "prfaq built"},
		{name: "commit", installCase: installCase{ref: "0123abc"},
			wantVersion: "0123abc", wantMethod: "go", wantGo: "install github.com/prfaq/prfaq/cmd/prfaq@0123abc", wantPrints: "prfaq built"},
		{name: "runner with no archive", installCase: installCase{ref: "v1.2.0", arch: "X86"},
			wantVersion: "v1.2.0", wantMethod: "go", wantGo: "install github.com/prfaq/prfaq/cmd/prfaq@v1.2.0",
			wantPrints: "prfaq built", wantLog: "no release archive is built for Linux on X86"},
		{name: "cached release", installCase: installCase{ref: "v1.2.0", cacheHit: true},
			wantVersion: "v1.2.0", wantMethod: "release", wantPrints: "prfaq cached"},
		{name: "cached build of a branch", installCase: installCase{ref: "main", cacheHit: true},
			wantVersion: fx.main, wantMethod: "go", wantPrints: "prfaq cached"},
		{name: "local checkout", installCase: installCase{},
			wantVersion: "checkout", wantMethod: "checkout", wantGo: "install ./cmd/prfaq", wantPrints: "prfaq built"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.installCase
			if c.os == "" {
				c.os = "Linux"
			}
			if c.arch == "" {
				c.arch = "X64"
			}
			run, err := runInstall(t, fx, c)
			if err != nil {
				t.Fatal(err)
			}
			if run.outputs["version"] != tt.wantVersion || run.outputs["method"] != tt.wantMethod {
				t.Errorf("version %q by %q, want %q by %q", run.outputs["version"], run.outputs["method"], tt.wantVersion, tt.wantMethod)
			}
			if run.prints != tt.wantPrints {
				t.Errorf("the installed prfaq printed %q, want %q", run.prints, tt.wantPrints)
			}
			var installs []string
			for _, line := range strings.Split(run.goCalls, "\n") {
				if strings.HasPrefix(line, "install ") {
					installs = append(installs, line)
				}
			}
			switch {
			case tt.wantGo == "" && len(installs) > 0:
				t.Errorf("go was asked %q, want nothing built", installs)
			case tt.wantGo != "" && (len(installs) != 1 || !strings.HasPrefix(installs[0], tt.wantGo+" [GOBIN="+run.outputs["bin"]+"]")):
				t.Errorf("go was asked %q, want %q into %s", installs, tt.wantGo, run.outputs["bin"])
			}
			if wantSetUp := tt.wantGo != ""; run.goSetUp != wantSetUp {
				t.Errorf("setup-go ran: %v, want %v", run.goSetUp, wantSetUp)
			}
			if !strings.Contains(run.log, tt.wantLog) {
				t.Errorf("the log does not say %q:\n%s", tt.wantLog, run.log)
			}
		})
	}
}

// What cannot be installed stops the action with an annotation saying
// what went wrong and what to do, and installs nothing.
func TestActionRefusesWhatItCannotInstall(t *testing.T) {
	fx := newReleaseFixture(t)
	tests := []struct {
		name string
		ref  string
		want []string
	}{
		{"checksum mismatch", "v1.3.0-bad.1", []string{
			"::error title=prfaq::prfaq_1.3.0-bad.1_linux_amd64.tar.gz does not match the v1.3.0-bad.1 release's checksums.txt",
			"refusing to install it"}},
		{"archive missing", "v1.3.0-gone.1", []string{
			"::error title=prfaq::could not download file://", "prfaq_1.3.0-gone.1_linux_amd64.tar.gz"}},
		{"no such release or tag", "v9.9.9", []string{
			"::error title=prfaq::no prfaq version v9.9.9", "pin the action to a release tag such as v1.2.0"}},
		{"no such ref", "nope", []string{
			"::error title=prfaq::no prfaq version nope", "pin the action to a release tag"}},
		{"no release for a major version", "v7", []string{
			"::error title=prfaq::no prfaq release matches v7"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			run, err := runInstall(t, fx, installCase{ref: tt.ref, os: "Linux", arch: "X64"})
			if err == nil {
				t.Fatalf("installed %q from %s", run.prints, tt.ref)
			}
			for _, want := range tt.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("the failure does not say %q:\n%v", want, err)
				}
			}
			if run.path != "" || run.prints != "" {
				t.Errorf("something was installed: GITHUB_PATH %q, prfaq printed %q", run.path, run.prints)
			}
			if bin := run.outputs["bin"]; bin != "" {
				if _, err := os.Stat(filepath.Join(bin, "prfaq")); err == nil {
					t.Errorf("%s holds a prfaq", bin)
				}
			}
		})
	}
}
