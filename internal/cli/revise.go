package cli

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/store"
	"github.com/prfaq/prfaq/internal/termtext"
)

// revision is what bump and status both do: close the current version with
// a snapshot and a history entry, then continue at the next version.
type revision struct {
	file    string
	message string
	author  string
	major   bool
	status  prfaq.Status // the status from now on; empty keeps the current one
	// override approves a version that falls short of the approval
	// policy; the reason is recorded in the history.
	override string
}

func (a *app) closeVersion(r revision) error {
	if strings.TrimSpace(r.message) == "" {
		return withHint(usageError("a message is required: say what changed or why, with -m \"...\""),
			"The history is read later by reviewers who were not there; one sentence is enough.")
	}
	src := a.path(r.file)
	if err := refuseLink(src, r.file); err != nil {
		return err
	}
	data, err := a.files.ReadFile(src, r.file)
	if err != nil {
		return err
	}
	doc, _, err := store.DecodeDocument(r.file, data)
	if err != nil {
		return err
	}
	a.warnSnapshots(src, r.file, doc)

	status := doc.Status
	if r.status != "" {
		if r.status == doc.Status {
			return usageError("%s is %s already", r.file, doc.Status)
		}
		if !doc.Status.CanMoveTo(r.status) {
			return withHint(usageError("%s cannot go from %s to %s", r.file, doc.Status, r.status), legalMoves(doc.Status))
		}
		status = r.status
	}
	message := strings.TrimSpace(r.message)
	if status == prfaq.StatusApproved && status != doc.Status {
		note, err := a.checkApproval(src, r, doc)
		if err != nil {
			return err
		}
		message += note
	}
	next, err := prfaq.NextVersion(doc.Version, r.major)
	if err != nil {
		return err
	}
	today := a.now().Format(time.DateOnly)
	author := r.author
	if author == "" {
		author = a.author(filepath.Dir(src))
	}

	// The edit is made and checked before anything is written, so a
	// document prfaq cannot edit leaves no snapshot and no folder behind.
	ref := store.SnapshotRef(src, doc.Version)
	edit := store.Edit{
		Set: []store.KeyValue{{Key: "version", Value: next}, {Key: "updated", Value: today}},
		History: []prfaq.Revision{{
			Version: doc.Version, Date: today, Status: status, Author: author,
			Message: message, Snapshot: ref, SHA256: store.Checksum(data),
		}},
	}
	if status != doc.Status {
		edit.Set = append(edit.Set, store.KeyValue{Key: "status", Value: string(status)})
	}
	if status == prfaq.StatusLaunched {
		// Launch mode: the press release now reports a launch; lint holds
		// invented quotes and future dates to that.
		edit.Set = append(edit.Set, store.KeyValue{Key: "mode", Value: string(prfaq.ModeLaunch)}, store.KeyValue{Key: "launch_date", Value: today})
	}
	out, err := store.Patch(r.file, data, edit)
	if err != nil {
		return err
	}
	if _, err := store.WriteSnapshot(src, doc.Version, data); err != nil {
		return err
	}
	// ReplaceFile, not WriteFile: a save another program made since data
	// was read must not be lost to this one.
	if err := store.ReplaceFile(src, data, out, fileMode(src)); err != nil {
		// The snapshot is ours and nothing refers to it yet: take it back
		// (and its folder, if it made one) so the version can be closed
		// again.
		store.RemoveSnapshot(src, ref)
		var ce *store.ChangedError
		if errors.As(err, &ce) {
			return withHint(usageError("%s changed while prfaq was closing its version (another program saved it meanwhile), so it was left as that program saved it; no version was closed", r.file),
				"Run the command again: it closes the version as the file is now.")
		}
		return err
	}
	if err := store.ShareSchema(src); err != nil {
		// Only editors miss it: the version is closed all the same.
		fmt.Fprintf(a.env.Stderr, "prfaq: warning: cannot copy %s into %s for editors to check the snapshot: %v\n", store.SchemaFile, path.Dir(ref), err)
	}
	fmt.Fprintf(a.env.Stdout, "%s: closed %s (%s), snapshot %s\n", termtext.Line(r.file), doc.Version, status, termtext.Line(ref))
	fmt.Fprintf(a.env.Stdout, "%s: now at %s, %s\n", termtext.Line(r.file), next, status)
	if status == prfaq.StatusLaunched && doc.Mode != prfaq.ModeLaunch {
		a.warnImaginedQuote(r.file, doc.PressRelease.CustomerQuote)
	}
	now, _, err := store.DecodeDocument(r.file, out)
	if err != nil {
		a.printError(err)
		fmt.Fprintf(a.env.Stderr, "prfaq: the version is closed; render it again with prfaq render %s\n", r.file)
		return nil
	}
	a.renderExisting(src, r.file, now, "the version is closed")
	return nil
}

// warnImaginedQuote: a customer quote written before launch was imagined,
// as the method asks of a future press release. Once launched the
// release reports a launch, and an imagined quote would print as a real
// customer's words.
func (a *app) warnImaginedQuote(file string, q prfaq.CustomerQuote) {
	if strings.TrimSpace(q.Text) == "" {
		return
	}
	who := ""
	if q.Speaker != "" {
		who = " by " + q.Speaker
	}
	if q.Hypothetical {
		fmt.Fprintf(a.env.Stderr, "prfaq: warning: %s: the customer quote%s was imagined before launch; lint reports it (launch-hypothetical-quote) until it is a real customer's and press_release.customer_quote.hypothetical is false\n", file, who)
		return
	}
	fmt.Fprintf(a.env.Stderr, "prfaq: warning: %s: the customer quote%s was written before launch, so it was imagined, and it is not marked hypothetical: it now prints as a real customer's words. Quote a real customer, or set press_release.customer_quote.hypothetical: true until you do\n", file, who)
}

func legalMoves(from prfaq.Status) string {
	next := from.Next()
	if len(next) == 0 {
		return fmt.Sprintf("%s is final: a launched PR/FAQ stays launched.", from)
	}
	names := make([]string, len(next))
	for i, n := range next {
		names[i] = string(n)
	}
	return fmt.Sprintf("From %s it can go to: %s.", from, strings.Join(names, ", "))
}

func fileMode(path string) os.FileMode {
	if info, err := os.Stat(path); err == nil {
		return info.Mode().Perm()
	}
	return 0o644
}

// warnSnapshots reports recorded snapshots that are missing or were
// changed by hand. It never repairs them: they are the record.
func (a *app) warnSnapshots(src, file string, doc *prfaq.Document) {
	for _, rev := range doc.History {
		if _, err := a.files.ReadSnapshot(src, rev); err != nil {
			fmt.Fprintf(a.env.Stderr, "prfaq: warning: %s: %v\n", file, err)
		}
	}
}

// author names who closes a version: PRFAQ_AUTHOR, else the user.name of
// the git configuration (the repository's, then the user's), read from
// the files so that git need not be installed.
func (a *app) author(dir string) string {
	if s := strings.TrimSpace(a.env.Getenv("PRFAQ_AUTHOR")); s != "" {
		return s
	}
	var files []string
	for d := dir; ; d = filepath.Dir(d) {
		if info, err := os.Stat(filepath.Join(d, ".git")); err == nil && info.IsDir() {
			files = append(files, filepath.Join(d, ".git", "config"))
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if x := a.env.Getenv("XDG_CONFIG_HOME"); x != "" {
		files = append(files, filepath.Join(x, "git", "config"))
	} else if h := a.env.Getenv("HOME"); h != "" {
		files = append(files, filepath.Join(h, ".config", "git", "config"))
	}
	if h := a.env.Getenv("HOME"); h != "" {
		files = append(files, filepath.Join(h, ".gitconfig"))
	}
	for _, f := range files {
		if name := gitUserName(f); name != "" {
			return name
		}
	}
	return ""
}

// gitUserName reads user.name from one git configuration file.
func gitUserName(path string) string {
	f, err := store.OpenRegular(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	section := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == '#' || line[0] == ';':
		case line[0] == '[':
			section = strings.ToLower(strings.Trim(line, "[] \t"))
		case section == "user":
			key, value, ok := strings.Cut(line, "=")
			if ok && strings.EqualFold(strings.TrimSpace(key), "name") {
				return strings.Trim(strings.TrimSpace(value), `"`)
			}
		}
	}
	return ""
}

// checkApproval holds an approval to the project's policy on customer
// reactions (approval: in .prfaq-lint.yaml): the version being approved
// must have enough customers excited and few enough opposed. Falling
// short stops the approval unless it is overridden, and then the reason
// goes into the history's message, which checkApproval returns.
func (a *app) checkApproval(src string, r revision, doc *prfaq.Document) (string, error) {
	cfg, err := a.workspace().Config(filepath.Dir(src))
	if err != nil {
		return "", err
	}
	policy := cfg.Approval
	if !policy.Active() {
		if strings.TrimSpace(r.override) != "" {
			fmt.Fprintf(a.env.Stderr, "prfaq: note: no approval policy applies to %s, so --override changes nothing\n", r.file)
		}
		return "", nil
	}
	records, err := a.files.ReadFeedback(src, r.file)
	if err != nil {
		return "", err
	}
	tally := prfaq.Tallies(records)[doc.Version]
	missing := policy.Shortfall(tally)
	if len(missing) == 0 {
		return "", nil
	}
	short := strings.Join(missing, ", ")
	if reason := strings.TrimSpace(r.override); reason != "" {
		fmt.Fprintf(a.env.Stderr, "prfaq: warning: %s %s falls short of the approval policy (%s); approved by override: %s\n", r.file, doc.Version, short, reason)
		return fmt.Sprintf(" [approved against the customer-reaction policy, short of %s: %s]", short, reason), nil
	}
	return "", withHint(failed("%s %s cannot be approved yet: the approval policy asks for %s; customers' reactions to it: %s; it needs %s",
		r.file, doc.Version, policyText(policy), tally.String(), short),
		"Show this version to more customers and record their reactions (prfaq feedback add), or approve anyway with --override \"why\", which the history keeps.")
}

// policyText is the policy as a reader checks it: "at least 3 excited
// and at most 0 opposed".
func policyText(p prfaq.ApprovalPolicy) string {
	return fmt.Sprintf("at least %d excited and at most %d opposed", p.MinExcited, max(p.MaxOpposed, 0))
}
