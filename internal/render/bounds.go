package render

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"text/template"
	"text/template/parse"
	"time"
)

// A layout is a program: text/template has loops (range over an integer),
// recursion (define and template) and string building (printf), and no
// limit on any of them. A template from someone else must change how a
// document looks, not what the computer does, so every run of a layout is
// bounded in output, in steps and in time. The bounds sit far above what
// any normal layout needs: the built-in layouts write about as many bytes as
// the document holds (at most 5 MB by default) and take one step per FAQ
// entry or section.
const (
	// MaxLayoutOutput is the most Markdown one layout may write, and the
	// longest value a helper (printf, print, join, list...) may build.
	MaxLayoutOutput = 64 << 20
	// MaxLayoutSteps is the most loop iterations and template calls one
	// layout may make, all loops together.
	MaxLayoutSteps = 1_000_000
	// MaxLayoutTime is how long one layout may run.
	MaxLayoutTime = 10 * time.Second
	// maxFormatWidth is the widest width or precision printf accepts: a
	// width is a way to ask for a gigabyte in nine characters.
	maxFormatWidth = 10_000
)

// Limits bound one run of a layout; the zero value means the defaults.
type Limits struct {
	Output int
	Steps  int
	Time   time.Duration
}

func (l Limits) withDefaults() Limits {
	if l.Output <= 0 {
		l.Output = MaxLayoutOutput
	}
	if l.Steps <= 0 {
		l.Steps = MaxLayoutSteps
	}
	if l.Time <= 0 {
		l.Time = MaxLayoutTime
	}
	return l
}

// stepFunc is the helper the executor calls at each loop iteration and
// each template call. Its name cannot clash with a helper a layout means to
// call, and a layout that calls it only counts a step.
const stepFunc = "prfaqStep"

// tickFunc is the helper the executor calls before every if, with, range
// and variable setting that calls a function (an action that prints ticks
// in the writer, a template call steps): it counts towards reading the
// clock only, so a layout without loops that spends its time in builtins
// (eq on long strings, say) still meets the time bound.
const tickFunc = "prfaqTick"

// boundError says which bound a layout passed, and where.
type boundError struct {
	line int
	msg  string
}

func (e *boundError) Error() string { return e.msg }

// meter is the running count of one layout run: what it wrote, how many
// steps it took, and when it must stop. It is the output writer too.
type meter struct {
	limits   Limits
	buf      []byte
	steps    int
	deadline time.Time
	line     int // the line of the last step, for a refusal by the writer
	ticks    int // calls of the writer and the helpers, for reading the clock
	data     any // what the layout sees, weighed when the output bound is reached
	weighed  bool
}

// newMeter starts the count of a run on data.
func newMeter(l Limits, data any) *meter {
	l = l.withDefaults()
	return &meter{limits: l, deadline: time.Now().Add(l.Time), data: data}
}

// fits reports whether n bytes of output, or a value of n bytes, are
// within the output bound. The bound grows with a document larger than a
// quarter of it (PRFAQ_MAX_FILE_SIZE can raise the file size limit to
// 1 GB), so a layout may always print what it is given a few times over;
// the document is weighed only when the bound is first reached, which a
// normal document never does.
func (m *meter) fits(n int) bool {
	if n <= m.limits.Output {
		return true
	}
	if !m.weighed {
		m.weighed = true
		if w := 4 * weight(reflect.ValueOf(m.data), 1<<40); w > m.limits.Output {
			m.limits.Output = w
		}
	}
	return n <= m.limits.Output
}

// Write keeps the output, refusing what passes the output bound.
func (m *meter) Write(p []byte) (int, error) {
	if !m.fits(len(m.buf) + len(p)) {
		return 0, &boundError{line: m.line, msg: fmt.Sprintf("writes more than %s of Markdown (the bound for one layout)", size(m.limits.Output))}
	}
	if err := m.tick(); err != nil {
		return 0, err
	}
	m.buf = append(m.buf, p...)
	return len(p), nil
}

// tick reads the clock every 64th call: reading it costs more than most
// steps, writes and helper calls, and 64 of them take well under the bound.
func (m *meter) tick() error {
	m.ticks++
	if m.ticks%64 == 0 && time.Now().After(m.deadline) {
		return &boundError{line: m.line, msg: fmt.Sprintf("runs longer than %s (the bound for one layout)", m.limits.Time)}
	}
	return nil
}

// step counts one loop iteration or template call, at a layout line.
func (m *meter) step(line int) (string, error) {
	m.line = line
	m.steps++
	if m.steps > m.limits.Steps {
		return "", &boundError{line: line, msg: fmt.Sprintf("takes more than %s loop iterations and template calls (the bound for one layout)", strconv.FormatInt(int64(m.limits.Steps), 10))}
	}
	if !m.fits(len(m.buf)) {
		return "", &boundError{line: line, msg: fmt.Sprintf("writes more than %s of Markdown (the bound for one layout)", size(m.limits.Output))}
	}
	return "", m.tick()
}

func size(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// instrument adds a step at the start of every range body and of every
// template a layout defines, and one after every range. A step in a loop
// passes the loop's line, so that the writer, which knows no position, can
// blame the loop that wrote too much; the other steps pass 0 (no line to
// blame: the template's start, or the text after a loop). It changes the
// parsed trees in place, so it runs on a fresh parse only.
func instrument(t *template.Template) {
	for _, tm := range t.Templates() {
		if tm.Tree == nil || tm.Tree.Root == nil {
			continue
		}
		tr := tm.Tree
		instrumentList(tr, tr.Root)
		tr.Root.Nodes = append([]parse.Node{stepNode(tr, tr.Root.Pos, false)}, tr.Root.Nodes...)
	}
}

func instrumentList(tr *parse.Tree, l *parse.ListNode) {
	if l == nil {
		return
	}
	nodes := make([]parse.Node, 0, len(l.Nodes))
	for _, n := range l.Nodes {
		// A field or a variable costs little to read; a function call
		// (eq, len, index...) can take long. An action that prints ticks
		// in the writer.
		var pipe *parse.PipeNode
		switch n := n.(type) {
		case *parse.IfNode:
			pipe = n.Pipe
		case *parse.WithNode:
			pipe = n.Pipe
		case *parse.RangeNode:
			pipe = n.Pipe
		case *parse.ActionNode:
			if len(n.Pipe.Decl) > 0 {
				pipe = n.Pipe
			}
		}
		if callsFunction(pipe) {
			nodes = append(nodes, tickNode(tr, n.Position()))
		}
		nodes = append(nodes, n)
		switch n := n.(type) {
		case *parse.RangeNode:
			instrumentList(tr, n.List)
			instrumentList(tr, n.ElseList)
			n.List.Nodes = append([]parse.Node{stepNode(tr, n.Pos, true)}, n.List.Nodes...)
			nodes = append(nodes, stepNode(tr, n.Pos, false))
		case *parse.IfNode:
			instrumentList(tr, n.List)
			instrumentList(tr, n.ElseList)
		case *parse.WithNode:
			instrumentList(tr, n.List)
			instrumentList(tr, n.ElseList)
		case *parse.ListNode:
			instrumentList(tr, n)
		}
	}
	l.Nodes = nodes
}

// stepNode is {{ prfaqStep LINE }}, at pos so that an error from it points
// at the range, not at the body; LINE is pos's line in a loop, else 0.
func stepNode(tr *parse.Tree, pos parse.Pos, inLoop bool) parse.Node {
	line := 0
	if inLoop {
		line = 1
		if loc, _ := tr.ErrorContext(&parse.TextNode{NodeType: parse.NodeText, Pos: pos}); loc != "" {
			// loc is name:line:col.
			if m := locLine.FindStringSubmatch(loc); m != nil {
				line, _ = strconv.Atoi(m[1])
			}
		}
	}
	id := parse.NewIdentifier(stepFunc).SetTree(tr).SetPos(pos)
	num := &parse.NumberNode{NodeType: parse.NodeNumber, Pos: pos, IsInt: true, Int64: int64(line), Text: strconv.Itoa(line)}
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{id, num}}
	pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Cmds: []*parse.CommandNode{cmd}}
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Pipe: pipe}
}

// callsFunction reports whether a pipeline calls a function anywhere,
// in a parenthesised argument too.
func callsFunction(pipe *parse.PipeNode) bool {
	if pipe == nil {
		return false
	}
	for _, cmd := range pipe.Cmds {
		for _, arg := range cmd.Args {
			switch a := arg.(type) {
			case *parse.IdentifierNode:
				return true
			case *parse.PipeNode:
				if callsFunction(a) {
					return true
				}
			}
		}
	}
	return false
}

// tickNode is {{ prfaqTick }} at pos, so that the time bound, when it is
// passed there, names that line.
func tickNode(tr *parse.Tree, pos parse.Pos) parse.Node {
	id := parse.NewIdentifier(tickFunc).SetTree(tr).SetPos(pos)
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{id}}
	pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Cmds: []*parse.CommandNode{cmd}}
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Pipe: pipe}
}

// boundedFuncs are the helpers that build values, each refusing to build
// one longer than the output bound before it builds it, so a loop of
// printf "%s%s" $s $s stops at the bound, not at the machine's memory.
// They replace text/template's own print, printf, println, html, js and
// urlquery, which a layout map may override.
func boundedFuncs(m *meter) template.FuncMap {
	tooLong := func(name string) error {
		return fmt.Errorf("%s would build a value longer than %s (the bound for one layout)", name, size(m.limits.Output))
	}
	check := func(name string, args []any) error {
		if err := m.tick(); err != nil {
			return err
		}
		if !m.fits(weight(reflect.ValueOf(args), m.limits.Output)) {
			return tooLong(name)
		}
		return nil
	}
	result := func(name, s string) (string, error) {
		if !m.fits(len(s)) {
			return "", tooLong(name)
		}
		return s, nil
	}
	return template.FuncMap{
		stepFunc: m.step,
		tickFunc: func() (string, error) { return "", m.tick() },
		"print": func(args ...any) (string, error) {
			if err := check("print", args); err != nil {
				return "", err
			}
			return result("print", fmt.Sprint(args...))
		},
		"println": func(args ...any) (string, error) {
			if err := check("println", args); err != nil {
				return "", err
			}
			return result("println", fmt.Sprintln(args...))
		},
		"printf": func(format string, args ...any) (string, error) {
			if err := checkFormat(format); err != nil {
				return "", err
			}
			if err := check("printf", append(args, format)); err != nil {
				return "", err
			}
			return result("printf", fmt.Sprintf(format, args...))
		},
		"html": func(args ...any) (string, error) {
			if err := check("html", args); err != nil {
				return "", err
			}
			return result("html", template.HTMLEscaper(args...))
		},
		"js": func(args ...any) (string, error) {
			if err := check("js", args); err != nil {
				return "", err
			}
			return result("js", template.JSEscaper(args...))
		},
		"urlquery": func(args ...any) (string, error) {
			if err := check("urlquery", args); err != nil {
				return "", err
			}
			return result("urlquery", template.URLQueryEscaper(args...))
		},
		"join": func(sep string, list []any) (string, error) {
			if err := check("join", []any{list, sep, len(list)}); err != nil {
				return "", err
			}
			return result("join", join(sep, list))
		},
		"list": func(items ...any) ([]any, error) {
			if err := check("list", items); err != nil {
				return nil, err
			}
			return items, nil
		},
	}
}

// weight is about how many bytes printing v takes, counted only up to
// max: a list built from itself by list $l $l doubles at each step, and
// walking it to the end would take as long as printing it.
func weight(v reflect.Value, max int) int {
	n := 0
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if n > max {
			return
		}
		for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) {
			if v.IsNil() {
				n += 5
				return
			}
			v = v.Elem()
		}
		if !v.IsValid() {
			n += 10
			return
		}
		switch v.Kind() {
		case reflect.String:
			n += v.Len()
		case reflect.Slice, reflect.Array:
			n += 2
			for i := 0; i < v.Len() && n <= max; i++ {
				walk(v.Index(i))
				n++
			}
		case reflect.Map:
			n += 5
			it := v.MapRange()
			for it.Next() && n <= max {
				walk(it.Key())
				walk(it.Value())
				n += 2
			}
		default:
			n += 24
		}
	}
	walk(v)
	return n
}

// checkFormat refuses a printf width or precision above maxFormatWidth, and
// one taken from an argument (*), which could be any size.
func checkFormat(format string) error {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		for i++; i < len(format); i++ {
			c := format[i]
			switch {
			case c == '*':
				return errors.New("printf: a width or precision from an argument (*) is not allowed in a layout: write the number")
			case c >= '0' && c <= '9':
				j := i
				for j < len(format) && format[j] >= '0' && format[j] <= '9' {
					j++
				}
				if w, err := strconv.Atoi(format[i:j]); err != nil || w > maxFormatWidth {
					return fmt.Errorf("printf: width or precision %s is above %d (the bound for a layout)", format[i:j], maxFormatWidth)
				}
				i = j - 1
				continue
			case c == '+' || c == '-' || c == ' ' || c == '#' || c == '.' || c == '[' || c == ']':
				continue
			}
			break
		}
	}
	return nil
}
