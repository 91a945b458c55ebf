package prfaq

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Condition is a parsed `when` expression of a template question, such as
//
//	mode == "future" and not press_release.dateline.city
//
// A bare field path is true when the field holds something; == and !=
// compare a field's text with a quoted string; not, and, or and parentheses
// combine them. It reads the document only: templates cannot reach files,
// commands or the environment through it.
type Condition struct {
	root condNode
	src  string
}

type condNode interface {
	eval(d *Document) bool
}

type (
	condOr    struct{ l, r condNode }
	condAnd   struct{ l, r condNode }
	condNot   struct{ x condNode }
	condField struct{ path string }
	condCmp   struct {
		path  string
		value string
		equal bool
	}
)

func (n condOr) eval(d *Document) bool  { return n.l.eval(d) || n.r.eval(d) }
func (n condAnd) eval(d *Document) bool { return n.l.eval(d) && n.r.eval(d) }
func (n condNot) eval(d *Document) bool { return !n.x.eval(d) }
func (n condField) eval(d *Document) bool {
	v, err := d.Get(n.path)
	return err == nil && !IsEmpty(v)
}
func (n condCmp) eval(d *Document) bool {
	v, err := d.Get(n.path)
	if err != nil {
		return !n.equal
	}
	var text string
	switch x := v.(type) {
	case string:
		text = x
	case bool:
		text = strconv.FormatBool(x)
	default:
		text = fmt.Sprint(x)
	}
	return (text == n.value) == n.equal
}

// Eval reports whether the condition holds for d. The empty condition holds
// always.
func (c Condition) Eval(d *Document) bool {
	if c.root == nil {
		return true
	}
	return c.root.eval(d)
}

// String returns the source text of the condition.
func (c Condition) String() string { return c.src }

// ConditionError points at the column of the condition text where parsing
// failed (1-based).
type ConditionError struct {
	Col int
	Msg string
}

func (e *ConditionError) Error() string { return fmt.Sprintf("column %d: %s", e.Col, e.Msg) }

// ParseCondition parses a `when` expression and checks that every path it
// names is a document field.
func ParseCondition(src string) (Condition, error) {
	if strings.TrimSpace(src) == "" {
		return Condition{src: src}, nil
	}
	p := &condParser{src: src}
	if err := p.lex(); err != nil {
		return Condition{}, err
	}
	n, err := p.or()
	if err != nil {
		return Condition{}, err
	}
	if t := p.peek(); t.kind != tokEOF {
		return Condition{}, &ConditionError{t.pos + 1, fmt.Sprintf("unexpected %q: join conditions with and / or", t.text)}
	}
	return Condition{root: n, src: src}, nil
}

type tokKind int

const (
	tokEOF tokKind = iota
	tokWord
	tokString
	tokOp
	tokLParen
	tokRParen
)

type token struct {
	kind tokKind
	text string
	pos  int
}

type condParser struct {
	src  string
	toks []token
	i    int
}

// maxConditionTokens bounds the work a hostile template can cause.
const maxConditionTokens = 200

func (p *condParser) lex() error {
	s := p.src
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '(':
			p.toks = append(p.toks, token{tokLParen, "(", i})
			i++
		case c == ')':
			p.toks = append(p.toks, token{tokRParen, ")", i})
			i++
		case strings.HasPrefix(s[i:], "==") || strings.HasPrefix(s[i:], "!="):
			p.toks = append(p.toks, token{tokOp, s[i : i+2], i})
			i += 2
		case c == '"':
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(s) {
				return &ConditionError{i + 1, "unterminated string: close it with \""}
			}
			v, err := strconv.Unquote(s[i : j+1])
			if err != nil {
				return &ConditionError{i + 1, "bad string " + s[i:j+1]}
			}
			p.toks = append(p.toks, token{tokString, v, i})
			i = j + 1
		case c < unicode.MaxASCII && (unicode.IsLetter(rune(c)) || c == '_'):
			j := i
			for j < len(s) && s[j] < unicode.MaxASCII && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j])) || s[j] == '_' || s[j] == '.' || s[j] == '-') {
				j++
			}
			p.toks = append(p.toks, token{tokWord, s[i:j], i})
			i = j
		default:
			return &ConditionError{i + 1, fmt.Sprintf("unexpected character %q", c)}
		}
		if len(p.toks) > maxConditionTokens {
			return &ConditionError{i + 1, fmt.Sprintf("condition too long (more than %d parts)", maxConditionTokens)}
		}
	}
	return nil
}

func (p *condParser) peek() token {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return token{kind: tokEOF, pos: len(p.src)}
}

func (p *condParser) next() token {
	t := p.peek()
	if p.i < len(p.toks) {
		p.i++
	}
	return t
}

func (p *condParser) or() (condNode, error) {
	l, err := p.and()
	if err != nil {
		return nil, err
	}
	for t := p.peek(); t.kind == tokWord && t.text == "or"; t = p.peek() {
		p.next()
		r, err := p.and()
		if err != nil {
			return nil, err
		}
		l = condOr{l, r}
	}
	return l, nil
}

func (p *condParser) and() (condNode, error) {
	l, err := p.unary()
	if err != nil {
		return nil, err
	}
	for t := p.peek(); t.kind == tokWord && t.text == "and"; t = p.peek() {
		p.next()
		r, err := p.unary()
		if err != nil {
			return nil, err
		}
		l = condAnd{l, r}
	}
	return l, nil
}

func (p *condParser) unary() (condNode, error) {
	t := p.next()
	switch {
	case t.kind == tokWord && t.text == "not":
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		return condNot{x}, nil
	case t.kind == tokLParen:
		x, err := p.or()
		if err != nil {
			return nil, err
		}
		if c := p.next(); c.kind != tokRParen {
			return nil, &ConditionError{c.pos + 1, "missing )"}
		}
		return x, nil
	case t.kind == tokWord && t.text != "and" && t.text != "or":
		if f, ok := LookupField(t.text); !ok || f.Kind == ValueObject {
			return nil, &ConditionError{t.pos + 1, fmt.Sprintf("%s is not a document field (e.g. mode, status, press_release.dateline.city)", t.text)}
		}
		if op := p.peek(); op.kind == tokOp {
			p.next()
			v := p.next()
			if v.kind != tokString {
				return nil, &ConditionError{v.pos + 1, fmt.Sprintf("expected a quoted value after %s, e.g. %s %s \"future\"", op.text, t.text, op.text)}
			}
			return condCmp{path: t.text, value: v.text, equal: op.text == "=="}, nil
		}
		return condField{path: t.text}, nil
	case t.kind == tokEOF:
		return nil, &ConditionError{t.pos + 1, "expected a field path, not the end of the condition"}
	}
	return nil, &ConditionError{t.pos + 1, fmt.Sprintf("expected a field path, not %q", t.text)}
}
