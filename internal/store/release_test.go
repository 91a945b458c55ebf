package store_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The release configuration (.goreleaser.yaml) is read here, where YAML
// is, so a change that breaks the essentials of a release fails CI
// without running GoReleaser, which a tag alone exercises.

type archiveFile struct {
	Src string `yaml:"src"`
	Dst string `yaml:"dst"`
}

// UnmarshalYAML takes both forms GoReleaser accepts: a path, or src/dst.
func (f *archiveFile) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		f.Src = n.Value
		return nil
	}
	type plain archiveFile
	return n.Decode((*plain)(f))
}

type releaseConfig struct {
	Version int `yaml:"version"`
	Before  struct {
		Hooks []string `yaml:"hooks"`
	} `yaml:"before"`
	Builds []struct {
		Main    string   `yaml:"main"`
		Binary  string   `yaml:"binary"`
		Env     []string `yaml:"env"`
		Goos    []string `yaml:"goos"`
		Goarch  []string `yaml:"goarch"`
		Flags   []string `yaml:"flags"`
		Ldflags []string `yaml:"ldflags"`
	} `yaml:"builds"`
	Archives []struct {
		NameTemplate    string   `yaml:"name_template"`
		Formats         []string `yaml:"formats"`
		FormatOverrides []struct {
			Goos    string   `yaml:"goos"`
			Formats []string `yaml:"formats"`
		} `yaml:"format_overrides"`
		Files []archiveFile `yaml:"files"`
	} `yaml:"archives"`
	Checksum struct {
		NameTemplate string `yaml:"name_template"`
	} `yaml:"checksum"`
	Nfpms []struct {
		Formats  []string      `yaml:"formats"`
		Contents []archiveFile `yaml:"contents"`
	} `yaml:"nfpms"`
	Casks  []map[string]any `yaml:"homebrew_casks"`
	Scoops []map[string]any `yaml:"scoops"`
	Docker []struct {
		Dockerfile string   `yaml:"dockerfile"`
		Platforms  []string `yaml:"platforms"`
	} `yaml:"dockers_v2"`
}

func readReleaseConfig(t *testing.T) releaseConfig {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", ".goreleaser.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var c releaseConfig
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf(".goreleaser.yaml: %v", err)
	}
	return c
}

func TestReleaseConfigBuildsEveryPlatform(t *testing.T) {
	c := readReleaseConfig(t)
	if c.Version != 2 {
		t.Errorf("version: %d, want 2 (GoReleaser v2)", c.Version)
	}
	if len(c.Builds) != 1 {
		t.Fatalf("%d builds, want 1", len(c.Builds))
	}
	b := c.Builds[0]
	if b.Main != "./cmd/prfaq" || b.Binary != "prfaq" {
		t.Errorf("build main %q binary %q, want ./cmd/prfaq and prfaq", b.Main, b.Binary)
	}
	for _, goos := range []string{"linux", "darwin", "windows"} {
		if !slices.Contains(b.Goos, goos) {
			t.Errorf("goos %v lacks %s", b.Goos, goos)
		}
	}
	for _, goarch := range []string{"amd64", "arm64"} {
		if !slices.Contains(b.Goarch, goarch) {
			t.Errorf("goarch %v lacks %s", b.Goarch, goarch)
		}
	}
	if !slices.Contains(b.Env, "CGO_ENABLED=0") {
		t.Errorf("env %v: the binaries must be static (CGO_ENABLED=0)", b.Env)
	}
	if !slices.Contains(b.Flags, "-trimpath") {
		t.Errorf("flags %v lack -trimpath", b.Flags)
	}
	ld := strings.Join(b.Ldflags, " ")
	for _, set := range []string{"-X main.version=v{{.Version}}", "-X main.commit={{.FullCommit}}", "-X main.date={{.CommitDate}}"} {
		if !strings.Contains(ld, set) {
			t.Errorf("ldflags %q lack %s, which prfaq --version prints", ld, set)
		}
	}
}

func TestReleaseConfigArchivesCarryDocs(t *testing.T) {
	c := readReleaseConfig(t)
	if len(c.Archives) != 1 {
		t.Fatalf("%d archives, want 1", len(c.Archives))
	}
	a := c.Archives[0]
	if !slices.Equal(a.Formats, []string{"tar.gz"}) {
		t.Errorf("archive formats %v, want [tar.gz]", a.Formats)
	}
	if len(a.FormatOverrides) != 1 || a.FormatOverrides[0].Goos != "windows" || !slices.Equal(a.FormatOverrides[0].Formats, []string{"zip"}) {
		t.Errorf("format overrides %+v, want zip for windows", a.FormatOverrides)
	}
	var srcs []string
	for _, f := range a.Files {
		srcs = append(srcs, f.Src)
	}
	for _, want := range []string{"README.md", "LICENSE", "docs/man/*.1", "docs/completions/*"} {
		if !slices.Contains(srcs, want) {
			t.Errorf("archive files %v lack %s", srcs, want)
		}
	}
	for _, shell := range []string{"bash", "zsh", "fish"} {
		if !slices.ContainsFunc(c.Before.Hooks, func(h string) bool { return strings.Contains(h, "completion "+shell) }) {
			t.Errorf("before hooks %v do not generate the %s completion", c.Before.Hooks, shell)
		}
	}
	// The names are an interface: the Action's install script
	// (.github/action/install.sh) downloads prfaq_1.2.0_linux_amd64.tar.gz
	// and verifies it against checksums.txt.
	if c.Checksum.NameTemplate != "checksums.txt" {
		t.Errorf("checksum name %q, want checksums.txt (the Action verifies downloads against it)", c.Checksum.NameTemplate)
	}
	if want := "{{ .ProjectName }}_{{ .Version }}_{{ .Os }}_{{ .Arch }}"; a.NameTemplate != want {
		t.Errorf("archive names %q, want %q (the Action downloads archives by that name)", a.NameTemplate, want)
	}
}

func TestReleaseConfigPackages(t *testing.T) {
	c := readReleaseConfig(t)
	if len(c.Nfpms) != 1 {
		t.Fatalf("%d nfpms, want 1", len(c.Nfpms))
	}
	p := c.Nfpms[0]
	for _, format := range []string{"deb", "rpm"} {
		if !slices.Contains(p.Formats, format) {
			t.Errorf("nfpm formats %v lack %s", p.Formats, format)
		}
	}
	// Where man, bash, zsh and fish look on Debian and Fedora.
	var dsts []string
	for _, f := range p.Contents {
		dsts = append(dsts, f.Dst)
	}
	for _, want := range []string{
		"/usr/share/man/man1/",
		"/usr/share/bash-completion/completions/prfaq",
		"/usr/share/zsh/vendor-completions/_prfaq",
		"/usr/share/fish/vendor_completions.d/prfaq.fish",
	} {
		if !slices.Contains(dsts, want) {
			t.Errorf("package contents %v lack %s", dsts, want)
		}
	}
	if len(c.Casks) != 1 || len(c.Scoops) != 1 {
		t.Errorf("%d Homebrew casks and %d scoops, want one Homebrew cask and one Scoop manifest", len(c.Casks), len(c.Scoops))
	}
	if len(c.Docker) != 1 {
		t.Fatalf("%d container images, want 1", len(c.Docker))
	}
	if _, err := os.Stat(filepath.Join("..", "..", c.Docker[0].Dockerfile)); err != nil {
		t.Errorf("container image: %v", err)
	}
}

// The release workflow starts on version tags only: the moving major tag
// (v1) it pushes after a release must not start another.
func TestReleaseWorkflowRunsOnVersionTags(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", ".github", "workflows", "release.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var w struct {
		On struct {
			Push struct {
				Tags []string `yaml:"tags"`
			} `yaml:"push"`
		} `yaml:"on"`
	}
	if err := yaml.Unmarshal(data, &w); err != nil {
		t.Fatalf("release.yml: %v", err)
	}
	// GitHub's filter: * matches any run of characters but /.
	match := func(pattern, tag string) bool {
		ok, _ := filepath.Match(pattern, tag)
		return ok
	}
	for _, tt := range []struct {
		tag  string
		want bool
	}{{"v1.2.0", true}, {"v1.3.0-rc.1", true}, {"v1", false}, {"v1.2", false}} {
		got := slices.ContainsFunc(w.On.Push.Tags, func(p string) bool { return match(p, tt.tag) })
		if got != tt.want {
			t.Errorf("tag %s starts a release: %v, want %v (filters %v)", tt.tag, got, tt.want, w.On.Push.Tags)
		}
	}
}
