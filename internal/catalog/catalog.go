// Package catalog finds templates by name. A name is looked up in the
// project's .prfaq/templates folder, then the user's configuration folder,
// then the built-in templates; the first found wins, so a user template
// overrides a built-in of the same name. Templates may extend another and
// give only what differs.
package catalog

import (
	"errors"
	"fmt"
	"io/fs"

	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/prfaq/prfaq/internal/prfaq"
	"github.com/prfaq/prfaq/internal/source"
	"github.com/prfaq/prfaq/internal/store"
)

// DefaultTemplate is used when a command is not told which template to use.
const DefaultTemplate = "amazon"

// Origin says where a template file was found.
type Origin string

const (
	OriginProject Origin = "project"
	OriginUser    Origin = "user"
	OriginBuiltin Origin = "built-in"
)

// layer is one place templates are looked up.
type layer struct {
	origin Origin
	fsys   fs.FS
	dir    string // what messages call the folder
}

// Catalog looks templates up in its layers, first to last.
type Catalog struct {
	layers []layer
	// Reader reads template files, within its size limit.
	Reader store.Reader
	// Layouts checks each template's layouts as it loads. It comes from
	// the renderer, which alone knows what a layout may call; nil leaves
	// layouts unchecked, which only tests of other parts want.
	Layouts LayoutChecker
}

// LayoutChecker checks a template's layouts: each one's syntax, then
// both run on a document with every field filled. Errors that point
// into a layout are *prfaq.LayoutError.
type LayoutChecker interface {
	CheckLayout(part, text string) error
	CheckTemplate(t *prfaq.Template) error
}

// Folder is a folder of templates: where it is, and how messages name it
// (relative to where the user stands, when it can be).
type Folder struct {
	Path, Display string
}

// New returns a catalog over the project folder (usually
// ./.prfaq/templates), the user folder ($XDG_CONFIG_HOME/prfaq/templates)
// and the built-in files. Folders with an empty path are skipped.
func New(project, user Folder, builtin fs.FS) *Catalog {
	c := &Catalog{}
	for _, f := range []struct {
		origin Origin
		Folder
	}{{OriginProject, project}, {OriginUser, user}} {
		if f.Path == "" {
			continue
		}
		display := f.Display
		if display == "" {
			display = f.Path
		}
		c.layers = append(c.layers, layer{f.origin, store.DirFS(f.Path), display})
	}
	c.layers = append(c.layers, layer{OriginBuiltin, builtin, "built-in"})
	return c
}

// Entry describes one available template.
type Entry struct {
	Name        string
	Version     string
	Description string
	Origin      Origin
	Path        string
	Extends     string
	Overrides   []Origin // layers further down that hold the same name
}

// List returns every template name once, with the file that wins. A
// template that fails to load is listed with its problem as description,
// so one broken file does not hide the others.
func (c *Catalog) List() ([]Entry, error) {
	byName := map[string]*Entry{}
	var names []string
	for i, l := range c.layers {
		files, err := fs.Glob(l.fsys, "*.yaml")
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			name := strings.TrimSuffix(f, ".yaml")
			if e, ok := byName[name]; ok {
				e.Overrides = append(e.Overrides, l.origin)
				continue
			}
			e := &Entry{Name: name, Origin: l.origin, Path: c.display(l, f)}
			if t, err := c.load(name, i, nil); err != nil {
				e.Description = "broken: " + firstLine(err.Error())
			} else {
				e.Version, e.Description, e.Extends = t.Version, t.Description, t.Extends
			}
			byName[name] = e
			names = append(names, name)
		}
	}
	sort.Strings(names)
	out := make([]Entry, len(names))
	for i, n := range names {
		out[i] = *byName[n]
	}
	return out, nil
}

func firstLine(s string) string {
	first, _, _ := strings.Cut(s, "\n")
	return first
}

// Names lists the available template names, for messages and completion.
// It reads folder listings only, so it is cheap and cannot fail on a
// broken template.
func (c *Catalog) Names() []string {
	seen := map[string]bool{}
	var names []string
	for _, l := range c.layers {
		files, _ := fs.Glob(l.fsys, "*.yaml")
		for _, f := range files {
			if name := strings.TrimSuffix(f, ".yaml"); !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
	}
	sort.Strings(names)
	return names
}

// NotFoundError says a template name is not in any layer.
type NotFoundError struct {
	Name      string
	Available []string
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("unknown template %q: available templates are %s (see prfaq templates list)", e.Name, strings.Join(e.Available, ", "))
}

// Load returns the named template, with what it extends merged in, checked.
func (c *Catalog) Load(name string) (*prfaq.Template, error) {
	return c.load(name, 0, nil)
}

// Source returns the raw bytes of the template file that wins for name,
// and where it is.
func (c *Catalog) Source(name string) ([]byte, Entry, error) {
	for _, l := range c.layers {
		display := c.display(l, name+".yaml")
		data, err := c.read(l, name+".yaml", display)
		switch {
		case err == nil:
			return data, Entry{Name: name, Origin: l.origin, Path: display}, nil
		case !errors.Is(err, fs.ErrNotExist):
			return nil, Entry{}, err
		}
	}
	return nil, Entry{}, &NotFoundError{Name: name, Available: c.Names()}
}

// read reads a template file of a layer. Built-in templates are part of
// prfaq, not user input, so a size limit lowered for the user's files
// does not apply to them.
func (c *Catalog) read(l layer, file, display string) ([]byte, error) {
	r := c.Reader
	if l.origin == OriginBuiltin {
		r = store.Reader{MaxFileSize: store.MaxFileSizeCeiling}
	}
	return r.ReadFileFS(l.fsys, file, display)
}

func (c *Catalog) display(l layer, file string) string {
	if l.origin == OriginBuiltin {
		return "built-in:" + file
	}
	return filepath.Join(l.dir, file)
}

// maxExtends bounds a chain of templates extending each other.
const maxExtends = 8

// load finds name in the layers from index start on. A template that
// extends its own name builds on the next layer's template of that name,
// which is how a project adjusts a built-in without copying it.
func (c *Catalog) load(name string, start int, chain []string) (*prfaq.Template, error) {
	if !ValidName(name) {
		return nil, fmt.Errorf("%q is not a template name: use lowercase letters, digits and dashes", name)
	}
	for _, seen := range chain {
		if seen == name+"@"+fmt.Sprint(start) {
			names := make([]string, 0, len(chain)+1)
			for _, c := range append(chain, name) {
				n, _, _ := strings.Cut(c, "@")
				names = append(names, n)
			}
			return nil, fmt.Errorf("templates extend each other in a circle: %s: remove one of the extends", strings.Join(names, " -> "))
		}
	}
	if len(chain) > maxExtends {
		return nil, fmt.Errorf("template %s: more than %d templates extend each other", name, maxExtends)
	}
	for i := start; i < len(c.layers); i++ {
		l := c.layers[i]
		file := name + ".yaml"
		display := c.display(l, file)
		data, err := c.read(l, file, display)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		t, pos, err := store.DecodeTemplate(display, data)
		if err != nil {
			return nil, err
		}
		if t.Name != name {
			return nil, &source.Problem{File: display, Pos: pos["name"], Msg: fmt.Sprintf("the template is named %q but its file is %s: rename one to match", t.Name, path.Base(file))}
		}
		if problems := c.checkOwn(display, t, pos); len(problems) > 0 {
			return nil, problems
		}
		if t.Extends != "" {
			next := 0
			if t.Extends == name {
				next = i + 1
			}
			parent, err := c.load(t.Extends, next, append(chain, name+"@"+fmt.Sprint(start)))
			if err != nil {
				var nf *NotFoundError
				var ps source.Problems
				var p *source.Problem
				switch {
				case errors.As(err, &nf):
					return nil, &source.Problem{File: display, Pos: pos["extends"], Msg: fmt.Sprintf("extends unknown template %q: available templates are %s", t.Extends, strings.Join(nf.Available, ", "))}
				case errors.As(err, &ps), errors.As(err, &p):
					return nil, err // already names the file at fault
				}
				return nil, &source.Problem{File: display, Pos: pos["extends"], Msg: err.Error()}
			}
			if ps := checkRemove(display, parent, t, pos); len(ps) > 0 {
				return nil, ps
			}
			t = merge(parent, t, pos)
		}
		if problems := c.checkMerged(display, t, pos); len(problems) > 0 {
			return nil, problems
		}
		return t, nil
	}
	return nil, &NotFoundError{Name: name, Available: c.Names()}
}

// ValidName reports whether name can name a template: lowercase letters,
// digits and dashes, starting with a letter, at most 64 characters.
func ValidName(name string) bool {
	if name == "" || len(name) > 64 {
		return false
	}
	for i, r := range name {
		if !(r >= 'a' && r <= 'z' || i > 0 && (r >= '0' && r <= '9' || r == '-')) {
			return false
		}
	}
	return true
}
