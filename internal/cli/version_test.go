package cli

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestBuildInfo(t *testing.T) {
	vcs := func(rev, at, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.time", Value: at}, {Key: "vcs.modified", Value: modified}}
	}
	const rev = "0123456789abcdef0123456789abcdef01234567"
	tests := []struct {
		name     string
		linked   string
		info     *debug.BuildInfo
		line     string // --version, after "prfaq "
		tool     string // SARIF tool.driver.version
		semantic string
	}{
		{name: "no build information",
			line: "devel (built from source without version control information)", tool: "devel"},
		{name: "checkout built without version control information",
			info: &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}},
			line: "devel (built from source without version control information)", tool: "devel"},
		{name: "checkout",
			info: &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "2026-12-07T15:04:05Z", "false")},
			line: "devel (commit 0123456789ab, 2026-12-07T15:04:05Z)", tool: "devel-0123456789ab"},
		{name: "checkout with changes",
			info: &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "2026-12-07T16:04:05+01:00", "true")},
			line: "devel (commit 0123456789ab, with changes not committed, 2026-12-07T15:04:05Z)", tool: "devel-0123456789ab-dirty"},
		{name: "go install at a release",
			info: &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}},
			line: "v1.2.0", tool: "v1.2.0", semantic: "1.2.0"},
		{name: "go install at a commit",
			info: &debug.BuildInfo{Main: debug.Module{Version: "v1.2.1-0.20261207150405-0123456789ab"}},
			line: "v1.2.1-0.20261207150405-0123456789ab (commit 0123456789ab, 2026-12-07T15:04:05Z)",
			tool: "v1.2.1-0.20261207150405-0123456789ab", semantic: "1.2.1-0.20261207150405-0123456789ab"},
		{name: "go install at a commit before any release",
			info: &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261207150405-0123456789ab"}},
			line: "v0.0.0-20261207150405-0123456789ab (commit 0123456789ab, 2026-12-07T15:04:05Z)",
			tool: "v0.0.0-20261207150405-0123456789ab", semantic: "0.0.0-20261207150405-0123456789ab"},
		{name: "tagged checkout with changes",
			info: &debug.BuildInfo{Main: debug.Module{Version: "v1.2.0+dirty"}, Settings: vcs(rev, "2026-12-07T15:04:05Z", "true")},
			line: "v1.2.0 (commit 0123456789ab, with changes not committed, 2026-12-07T15:04:05Z)", tool: "v1.2.0", semantic: "1.2.0"},
		{name: "release linked in",
			linked: "v1.3.0", info: &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "2026-12-07T15:04:05Z", "false")},
			line: "v1.3.0 (commit 0123456789ab, 2026-12-07T15:04:05Z)", tool: "v1.3.0", semantic: "1.3.0"},
		{name: "release linked in, no build information",
			linked: "v1.3.0", line: "v1.3.0", tool: "v1.3.0", semantic: "1.3.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := buildInfoFrom(tt.linked, tt.info)
			if got := b.String(); got != tt.line {
				t.Errorf("String() = %q, want %q", got, tt.line)
			}
			if got := b.toolVersion(); got != tt.tool {
				t.Errorf("toolVersion() = %q, want %q", got, tt.tool)
			}
			if got := b.semanticVersion(); got != tt.semantic {
				t.Errorf("semanticVersion() = %q, want %q", got, tt.semantic)
			}
			if b.Go == "" || !strings.Contains(b.Platform, "/") {
				t.Errorf("Go %q, platform %q: want both", b.Go, b.Platform)
			}
		})
	}
}

// A release build links its commit and date in (GoReleaser), since the
// build may have no version control information to record.
func TestBuildInfoWithLinkedCommitAndDate(t *testing.T) {
	tests := []struct {
		name, commit, date, line string
	}{
		{name: "nothing linked", line: "v1.3.0"},
		{name: "commit and date linked", commit: "0123456789abcdef0123456789abcdef01234567", date: "2026-12-07T16:04:05+01:00",
			line: "v1.3.0 (commit 0123456789ab, 2026-12-07T15:04:05Z)"},
		{name: "a date that is not RFC 3339 is kept as linked", commit: "0123456789ab", date: "yesterday",
			line: "v1.3.0 (commit 0123456789ab, yesterday)"},
		{name: "a release tool's placeholders say nothing", commit: "none", date: "0001-01-01T00:00:00Z", line: "v1.3.0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := buildInfoFrom("v1.3.0", nil).withLinked(tt.commit, tt.date)
			if got := b.String(); got != tt.line {
				t.Errorf("String() = %q, want %q", got, tt.line)
			}
		})
	}
}
