package cli

import (
	"cmp"
	"encoding/json"
	"fmt"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"
)

// buildInfo says which prfaq this is, so a report or a bug can name it.
type buildInfo struct {
	// Version is the release (v1.2.0), the module version go install
	// recorded (a tag, or a pseudo-version for a commit), or "devel" for
	// a build from a checkout.
	Version string `json:"version"`
	// Commit is the source revision: the full hash when the build was
	// made in a checkout, the 12-digit one a pseudo-version holds.
	Commit string `json:"commit,omitempty"`
	// Date is the commit's time, RFC 3339 in UTC.
	Date string `json:"date,omitempty"`
	// Modified is set when the checkout had changes not committed.
	Modified bool   `json:"modified"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
}

// readBuildInfo reads what the Go toolchain recorded in the binary;
// linked, when not empty, is the release version set at link time
// (-ldflags "-X main.version=v1.2.0") and wins.
func readBuildInfo(linked string) buildInfo {
	info, _ := debug.ReadBuildInfo()
	return buildInfoFrom(linked, info)
}

// pseudoVersion matches the end of a Go pseudo-version, which names a
// commit: v0.0.0-20261207150405-0123456789ab, v1.2.4-0.20261207150405-0123456789ab.
var pseudoVersion = regexp.MustCompile(`[.-](\d{14})-([0-9a-f]{12})(\+incompatible)?$`)

// buildInfoFrom is readBuildInfo over given build information (nil when
// the binary has none).
func buildInfoFrom(linked string, info *debug.BuildInfo) buildInfo {
	b := buildInfo{Version: "devel", Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	if info == nil {
		if linked != "" {
			b.Version = linked
		}
		return b
	}
	if info.GoVersion != "" {
		b.Go = info.GoVersion
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		// Go stamps +dirty on a version made from a checkout with changes.
		v, dirty := strings.CutSuffix(v, "+dirty")
		b.Version, b.Modified = v, dirty
		if m := pseudoVersion.FindStringSubmatch(v); m != nil {
			b.Commit = m[2]
			if t, err := time.Parse("20060102150405", m[1]); err == nil {
				b.Date = t.UTC().Format(time.RFC3339)
			}
		}
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Commit = s.Value
		case "vcs.time":
			if t, err := time.Parse(time.RFC3339, s.Value); err == nil {
				b.Date = t.UTC().Format(time.RFC3339)
			}
		case "vcs.modified":
			b.Modified = b.Modified || s.Value == "true"
		}
	}
	if linked != "" {
		b.Version = linked
	}
	return b
}

// shortCommit is the commit as people quote it.
func (b buildInfo) shortCommit() string {
	if len(b.Commit) > 12 {
		return b.Commit[:12]
	}
	return b.Commit
}

// String is the version on one line, as --version prints it:
// "v1.2.0 (commit 0123456789ab, 2026-12-07T15:04:05Z)".
func (b buildInfo) String() string {
	var about []string
	if b.Commit != "" {
		about = append(about, "commit "+b.shortCommit())
	}
	if b.Modified {
		about = append(about, "with changes not committed")
	}
	if b.Date != "" {
		about = append(about, b.Date)
	}
	if len(about) == 0 {
		if b.Version == "devel" {
			return "devel (built from source without version control information)"
		}
		return b.Version
	}
	return b.Version + " (" + strings.Join(about, ", ") + ")"
}

// toolVersion is the version a report names its tool by (SARIF's
// tool.driver.version): the release, or for a build from a checkout the
// commit it was made from, which is what tells two such builds apart.
func (b buildInfo) toolVersion() string {
	if b.Version != "devel" || b.Commit == "" {
		return b.Version
	}
	v := "devel-" + b.shortCommit()
	if b.Modified {
		v += "-dirty"
	}
	return v
}

// semanticVersion is the version without its v when it is a release's
// (SARIF's semanticVersion), or "" for a build from a checkout.
func (b buildInfo) semanticVersion() string {
	v, ok := strings.CutPrefix(b.Version, "v")
	if !ok || b.Version == "devel" || v == "" || v[0] < '0' || v[0] > '9' {
		return ""
	}
	return v
}

func newVersionCmd(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print prfaq's version, commit and build date",
		Long: `Print which prfaq this is: its version (the release, or the module version
go install recorded), the commit it was built from and that commit's date,
whether the checkout had changes not committed, and the Go version and
platform it was built for. prfaq --version gives the version, commit and
date on one line; lint --format sarif names the same version in its report.
` + exitStatus("0    printed"),
		Example: `  prfaq version
  prfaq version --format json`,
		Args: argsCheck(cobra.NoArgs, "it takes no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			b := a.buildInfo()
			switch format {
			case "json":
				enc := json.NewEncoder(a.env.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(b)
			case "text":
				return writeVersion(a, b)
			}
			return withHint(usageError("unknown format %q", format), "Use --format text or --format json.")
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletions("text", "json"))
	return cmd
}

func writeVersion(a *app, b buildInfo) error {
	orNone := func(s string) string { return cmp.Or(s, "not recorded") }
	modified := "no"
	if b.Modified {
		modified = "yes: the checkout had changes not committed"
	}
	_, err := fmt.Fprintf(a.env.Stdout, "prfaq %s\ncommit:    %s\ndate:      %s\nmodified:  %s\ngo:        %s\nplatform:  %s\n",
		b.Version, orNone(b.Commit), orNone(b.Date), modified, b.Go, b.Platform)
	return err
}

// buildInfo is this binary's version, with the release version the
// program was linked with, if any.
func (a *app) buildInfo() buildInfo {
	return readBuildInfo(a.env.Version).withLinked(a.env.Commit, a.env.Date)
}

// withLinked is b with the commit and date a release build was linked
// with, which win over what the toolchain recorded: a release builds from
// a clean checkout of the tag, and a build without version control
// information (-buildvcs=false) has none to record.
func (b buildInfo) withLinked(commit, date string) buildInfo {
	// A release tool that could not read the commit links "none" and the
	// zero time: those say nothing, so what Go recorded stays.
	if commit != "" && commit != "none" {
		b.Commit = commit
	}
	if date != "" {
		t, err := time.Parse(time.RFC3339, date)
		switch {
		case err != nil:
			b.Date = date
		case !t.IsZero():
			b.Date = t.UTC().Format(time.RFC3339)
		}
	}
	return b
}
