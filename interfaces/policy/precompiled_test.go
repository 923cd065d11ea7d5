// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package policy_test

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"go/format"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unsafe"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/policy"
)

var update = flag.Bool("update", false, "rewrite builtin_precompiled.go from the catalogue")

// precompiledFile holds the built-in base declaration compiled ahead of
// time, and the text it was compiled from.
const precompiledFile = "builtin_precompiled.go"

const regenerate = "run 'go test ./interfaces/policy -check.f Precompiled -update' (or make golden; " +
	"add -tags nobuiltinprecompiled when builtin_precompiled.go does not compile)"

type precompiledSuite struct{}

var _ = check.Suite(&precompiledSuite{})

// TestPrecompiledIsCurrent checks that builtin_precompiled.go is what the
// catalogue compiles to today, or rewrites it under -update. A stale
// file is never wrong, only slow: NewBuiltinDeclaration then parses.
func (s *precompiledSuite) TestPrecompiledIsCurrent(c *check.C) {
	text, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	decl, err := policy.ParseDeclaration(text, policy.BuiltinFileName)
	c.Assert(err, check.IsNil)
	src, err := generatePrecompiled(text, decl)
	c.Assert(err, check.IsNil)
	if *update {
		c.Assert(os.WriteFile(precompiledFile, src, 0644), check.IsNil)
		return
	}
	onDisk, err := os.ReadFile(precompiledFile)
	c.Assert(err, check.IsNil)
	c.Check(string(onDisk) == string(src), check.Equals, true,
		check.Commentf("%s is not the catalogue's declaration compiled: %s", precompiledFile, regenerate))
	c.Check(policy.PrecompiledSum(), check.Equals, sha256Hex(text), check.Commentf("%s is stale: %s", precompiledFile, regenerate))
}

// TestPrecompiledMatchesTheText checks that the precompiled rules are
// the rules of the shipped text: what parsing it gives, down to the
// last compiled regular expression and the lines explanations name.
func (s *precompiledSuite) TestPrecompiledMatchesTheText(c *check.C) {
	text, err := policy.BuiltinBaseDeclaration()
	c.Assert(err, check.IsNil)
	if policy.PrecompiledSum() != sha256Hex(text) {
		c.Skip(precompiledFile + " is stale (TestPrecompiledIsCurrent fails)")
	}
	parsed, err := policy.ParseDeclaration(text, policy.BuiltinFileName)
	c.Assert(err, check.IsNil)
	fresh, err := policy.NewBuiltinDeclaration()
	c.Assert(err, check.IsNil)
	// Declarations point to themselves: a failure is said with
	// booleans, as printing one would never end.
	c.Check(reflect.DeepEqual(fresh, parsed), check.Equals, true, check.Commentf("precompiled rules differ from the text's: %s", regenerate))
	cached, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)
	c.Check(reflect.DeepEqual(cached, parsed), check.Equals, true)
	// Each rule points back to its own declaration, and says its line.
	for _, rule := range fresh.Plugs {
		c.Check(rule.Declaration() == fresh, check.Equals, true, check.Commentf("plug rule of %q", rule.Interface))
		c.Check(rule.Line(), check.Equals, parsed.Plugs[rule.Interface].Line(), check.Commentf("plug rule of %q", rule.Interface))
	}
	// A second one is a declaration of its own.
	again, err := policy.NewBuiltinDeclaration()
	c.Assert(err, check.IsNil)
	c.Assert(again.Slots["network"], check.NotNil)
	c.Check(again.Slots["network"] != fresh.Slots["network"], check.Equals, true)
	c.Check(again.Slots["network"].Declaration() == again, check.Equals, true)
	c.Check(fresh.Slots["network"].Declaration() == fresh, check.Equals, true)
}

// TestOtherTextIsParsed checks that a text other than the precompiled
// one is parsed, errors included.
func (s *precompiledSuite) TestOtherTextIsParsed(c *check.C) {
	text := []byte("type: base-declaration\nplugs:\n  network: true\n")
	decl, err := policy.CompileBuiltin(text)
	c.Assert(err, check.IsNil)
	parsed, err := policy.ParseDeclaration(text, policy.BuiltinFileName)
	c.Assert(err, check.IsNil)
	c.Check(reflect.DeepEqual(decl, parsed), check.Equals, true)
	_, err = policy.CompileBuiltin([]byte("plugs: [\n"))
	c.Check(err, check.ErrorMatches, `base-declaration.yaml:.*cannot parse declaration: .*`)
}

func sha256Hex(text []byte) string {
	sum := sha256.Sum256(text)
	return hex.EncodeToString(sum[:])
}

// generatePrecompiled writes builtin_precompiled.go: the SHA-256 sum of
// the text, and a function that builds decl, which is the text parsed. The rules, their
// subrules and alternatives, which point back up to each other (see
// Declaration.link), are laid out in arrays of one allocation; what they
// hold, constraints mostly, is written as Go composite literals in
// variables of the package, which the linker lays out: the function
// only fills in the arrays. Values are walked by reflection, so that
// whatever a compiled rule holds is written out.
func generatePrecompiled(text []byte, decl *policy.Declaration) ([]byte, error) {
	g := &generator{vars: map[string]string{}}
	declLit, err := g.declaration(reflect.ValueOf(decl).Elem())
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(`// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Code generated by "go test ./interfaces/policy -check.f Precompiled -update"; DO NOT EDIT.
// When it does not compile, add -tags nobuiltinprecompiled to that.

//go:build !nobuiltinprecompiled

package policy

`)
	if g.regexps {
		b.WriteString("import \"regexp\"\n\n")
	}
	b.WriteString("// precompiledSum is the SHA-256 sum of the built-in base declaration\n// that precompiledDeclaration was compiled from.\n")
	b.WriteString("const precompiledSum = " + strconv.Quote(sha256Hex(text)) + "\n\n")
	fmt.Fprintf(&b, `// precompiledDeclaration returns the rules of the text of precompiledSum, as
// ParseDeclaration compiles them, without what points back up from the
// rules (see link), nor the file name and source.
func precompiledDeclaration() *Declaration {
	p := new(struct {
		rules   [%d]Rule
		subs    [%d]Subrule
		alts    [%d]Alternative
		altPtrs [%d]*Alternative
	})
	for i := range p.alts {
		p.altPtrs[i] = &p.alts[i]
	}
`, g.rules, g.subs, g.alts, g.alts)
	b.WriteString(g.body.String())
	b.WriteString("return &" + declLit + "\n}\n")
	if len(g.order) > 0 {
		b.WriteString("\n// What the rules hold.\nvar (\n")
		for _, lit := range g.order {
			b.WriteString(g.vars[lit] + " = " + lit + "\n")
		}
		b.WriteString(")\n")
	}
	return format.Source([]byte(b.String()))
}

// generator writes the statements that build a declaration.
type generator struct {
	body              strings.Builder
	rules, subs, alts int
	// vars names the variable of each literal hoisted out of the
	// function, by its text; order lists them as they came.
	vars    map[string]string
	order   []string
	regexps bool
}

// The types laid out in the arrays, and the fields that point back up.
var (
	ruleType        = reflect.TypeOf(policy.Rule{})
	subruleType     = reflect.TypeOf(policy.Subrule{})
	alternativeType = reflect.TypeOf(policy.Alternative{})
	upTypes         = map[reflect.Type]bool{
		reflect.TypeOf(&policy.Declaration{}): true,
		reflect.PtrTo(ruleType):               true,
		reflect.PtrTo(subruleType):            true,
	}
)

func (g *generator) declaration(v reflect.Value) (string, error) {
	return g.fields(v, func(name string, f reflect.Value) (string, bool, error) {
		if f.Kind() != reflect.Map || f.Type().Elem() != reflect.PtrTo(ruleType) {
			return "", false, nil
		}
		keys := f.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		var b strings.Builder
		b.WriteString("map[string]*Rule{\n")
		for _, k := range keys {
			i, err := g.rule(f.MapIndex(k).Elem())
			if err != nil {
				return "", false, err
			}
			fmt.Fprintf(&b, "%s: &p.rules[%d],\n", strconv.Quote(k.String()), i)
		}
		b.WriteString("}")
		return b.String(), true, nil
	})
}

func (g *generator) rule(v reflect.Value) (int, error) {
	i := g.rules
	g.rules++
	lit, err := g.fields(v, func(name string, f reflect.Value) (string, bool, error) {
		if f.Kind() != reflect.Array || f.Type().Elem() != reflect.PtrTo(subruleType) {
			return "", false, nil
		}
		var b strings.Builder
		b.WriteString(typeName(f.Type()) + "{")
		for k := 0; k < f.Len(); k++ {
			if f.Index(k).IsNil() {
				continue
			}
			j, err := g.subrule(f.Index(k).Elem())
			if err != nil {
				return "", false, err
			}
			fmt.Fprintf(&b, "%d: &p.subs[%d], ", k, j)
		}
		b.WriteString("}")
		return b.String(), true, nil
	})
	fmt.Fprintf(&g.body, "p.rules[%d] = %s\n", i, lit)
	return i, err
}

func (g *generator) subrule(v reflect.Value) (int, error) {
	j := g.subs
	g.subs++
	lit, err := g.fields(v, func(name string, f reflect.Value) (string, bool, error) {
		if f.Kind() != reflect.Slice || f.Type().Elem() != reflect.PtrTo(alternativeType) {
			return "", false, nil
		}
		start := g.alts
		for k := 0; k < f.Len(); k++ {
			if err := g.alternative(f.Index(k).Elem()); err != nil {
				return "", false, err
			}
		}
		return fmt.Sprintf("p.altPtrs[%d:%d:%d]", start, g.alts, g.alts), true, nil
	})
	fmt.Fprintf(&g.body, "p.subs[%d] = %s\n", j, lit)
	return j, err
}

func (g *generator) alternative(v reflect.Value) error {
	k := g.alts
	g.alts++
	lit, err := g.fields(v, func(string, reflect.Value) (string, bool, error) { return "", false, nil })
	if lit != "Alternative{}" {
		fmt.Fprintf(&g.body, "p.alts[%d] = %s\n", k, lit)
	}
	return err
}

// fields writes the struct v as a composite literal, leaving out zero
// fields, the fields the loader sets and those that point back up.
// special writes the fields it knows, and says whether it did; the
// others are written as literals, hoisted out of the function into
// variables unless they hold a regular expression, which must be
// compiled at run time.
func (g *generator) fields(v reflect.Value, special func(name string, f reflect.Value) (string, bool, error)) (string, error) {
	t := v.Type()
	var b strings.Builder
	b.WriteString(typeName(t) + "{")
	for i := 0; i < t.NumField(); i++ {
		f, name := v.Field(i), t.Field(i).Name
		if f.IsZero() || skipped[t.String()+"."+name] || upTypes[f.Type()] {
			continue
		}
		lit, done, err := special(name, f)
		if err != nil {
			return "", err
		}
		if !done {
			w := &goWriter{}
			if err := w.value(f); err != nil {
				return "", err
			}
			lit = w.b.String()
			if w.regexps {
				g.regexps = true
			} else if k := f.Kind(); k == reflect.Slice || k == reflect.Ptr || k == reflect.Map || k == reflect.Struct {
				lit = g.hoist(lit)
			}
		}
		b.WriteString(name + ": " + lit + ", ")
	}
	b.WriteString("}")
	return b.String(), nil
}

// hoist returns the variable that holds lit, adding it the first time.
func (g *generator) hoist(lit string) string {
	name, ok := g.vars[lit]
	if !ok {
		name = fmt.Sprintf("precompiled%d", len(g.order))
		g.vars[lit] = name
		g.order = append(g.order, lit)
	}
	return name
}

// goWriter writes values of package policy as Go expressions.
type goWriter struct {
	b strings.Builder
	// path holds the pointers being written, outermost first: a
	// pointer to one of them points back up, and is left out.
	path    []uintptr
	regexps bool
}

// skipped are the fields the loader sets rather than the generated
// code.
var skipped = map[string]bool{"policy.Declaration.file": true, "policy.Declaration.src": true, "policy.Declaration.rules": true}

var regexpType = reflect.TypeOf((*regexp.Regexp)(nil))

// typeName names t in package policy.
func typeName(t reflect.Type) string { return strings.ReplaceAll(t.String(), "policy.", "") }

func (w *goWriter) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Bool:
		w.b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.String:
		w.b.WriteString(strconv.Quote(v.String()))
	case reflect.Ptr:
		if v.IsNil() {
			w.b.WriteString("nil")
			return nil
		}
		if v.Type() == regexpType {
			// Unexported fields give values whose methods cannot be
			// called through reflection; the pointer can be read.
			re := (*regexp.Regexp)(unsafe.Pointer(v.Pointer()))
			w.regexps = true
			w.b.WriteString("regexp.MustCompile(" + strconv.Quote(re.String()) + ")")
			return nil
		}
		w.path = append(w.path, v.Pointer())
		defer func() { w.path = w.path[:len(w.path)-1] }()
		w.b.WriteString("&")
		return w.value(v.Elem())
	case reflect.Struct:
		t := v.Type()
		w.b.WriteString(typeName(t) + "{\n")
		for i := 0; i < t.NumField(); i++ {
			f := v.Field(i)
			if f.IsZero() || skipped[t.String()+"."+t.Field(i).Name] || w.pointsUp(f) {
				continue
			}
			w.b.WriteString(t.Field(i).Name + ": ")
			if err := w.value(f); err != nil {
				return err
			}
			w.b.WriteString(",\n")
		}
		w.b.WriteString("}")
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			w.b.WriteString("nil")
			return nil
		}
		w.b.WriteString(typeName(v.Type()) + "{\n")
		for i := 0; i < v.Len(); i++ {
			if v.Kind() == reflect.Array {
				if v.Index(i).IsZero() {
					continue
				}
				w.b.WriteString(strconv.Itoa(i) + ": ")
			}
			if err := w.value(v.Index(i)); err != nil {
				return err
			}
			w.b.WriteString(",\n")
		}
		w.b.WriteString("}")
	case reflect.Map:
		if v.IsNil() {
			w.b.WriteString("nil")
			return nil
		}
		if v.Type().Key().Kind() != reflect.String {
			return fmt.Errorf("cannot write %s: keys are not strings", v.Type())
		}
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		w.b.WriteString(typeName(v.Type()) + "{\n")
		for _, k := range keys {
			w.b.WriteString(strconv.Quote(k.String()) + ": ")
			if err := w.value(v.MapIndex(k)); err != nil {
				return err
			}
			w.b.WriteString(",\n")
		}
		w.b.WriteString("}")
	default:
		return fmt.Errorf("cannot write a %s as a Go literal", v.Type())
	}
	return nil
}

// pointsUp says whether v points to a value being written.
func (w *goWriter) pointsUp(v reflect.Value) bool {
	if v.Kind() != reflect.Ptr || v.IsNil() {
		return false
	}
	for _, p := range w.path {
		if p == v.Pointer() {
			return true
		}
	}
	return false
}
