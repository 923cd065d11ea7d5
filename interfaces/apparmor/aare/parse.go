// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// DefaultIncludeDir is where includes are looked up unless a Parser
// says otherwise.
const DefaultIncludeDir = "/etc/apparmor.d"

// maxIncludeDepth bounds nested includes; the abstractions nest five
// deep at most.
const maxIncludeDepth = 32

// Parser parses policy text, resolving includes against its
// directories. Included files are read and split once per Parser and
// kept, so that parsing many profiles that share abstractions costs
// little more than parsing their own text. A Parser is safe for
// concurrent use.
type Parser struct {
	// IncludeDirs are searched in order for "include <NAME>";
	// DefaultIncludeDir when empty.
	IncludeDirs []string

	mu    sync.Mutex
	files map[string]*cachedFile
}

type cachedFile struct {
	stmts   []stmt
	size    int64
	modTime int64
}

// defaultParser serves Parse.
var defaultParser Parser

// Parse parses policy text (a whole profile, as rendered, or several)
// with includes looked up in DefaultIncludeDir. name is what errors
// and positions call the text.
func Parse(name string, text []byte) (*Policy, error) {
	return defaultParser.Parse(name, text)
}

// Policy is parsed policy text: its profiles, in order.
type Policy struct {
	// Name is the name given to Parse.
	Name string
	// ABI is the ABI the text (or its first include that states one)
	// states, such as "abi/3.0", or "".
	ABI string
	// Profiles are the profiles of the text, children (hats and
	// profiles nested in another) after their parent.
	Profiles []*Profile
}

// Profile returns the profile of the given name, or nil.
func (p *Policy) Profile(name string) *Profile {
	for _, prof := range p.Profiles {
		if prof.Name == name {
			return prof
		}
	}
	return nil
}

// Profile is one profile: its name, flags and rules, variables
// expanded and patterns compiled.
type Profile struct {
	// Name is the profile's name; a child's is "PARENT//NAME".
	Name string
	// Attachment is the path pattern the profile attaches to, or "".
	Attachment string
	// Flags are the profile's flags, such as "complain".
	Flags []string
	// Pos is where the profile's header is.
	Pos Pos
	// Rules are the profile's rules in order, those of includes where
	// the include is.
	Rules []*Rule

	byClass map[Class][]*Rule
}

// Complain says whether the profile only logs what it denies.
func (p *Profile) Complain() bool {
	for _, f := range p.Flags {
		if f == "complain" {
			return true
		}
	}
	return false
}

// RulesOf returns the profile's rules of one class, in order.
func (p *Profile) RulesOf(class Class) []*Rule { return p.byClass[class] }

// Parse parses policy text; see the package function Parse.
func (ps *Parser) Parse(name string, text []byte) (*Policy, error) {
	stmts, err := lex(name, string(text))
	if err != nil {
		return nil, err
	}
	b := builder{parser: ps, policy: &Policy{Name: name}, vars: variables{}}
	if err := b.run(stmts, nil, 0); err != nil {
		return nil, err
	}
	if len(b.stack) > 0 {
		top := b.stack[len(b.stack)-1]
		return nil, top.profile.Pos.errorf("profile %q has no closing '}'", top.profile.Name)
	}
	// Rules are compiled once every variable is known: the parser
	// expands them after the whole text is read, so a rule may use a
	// variable defined further down. Each profile adds its own name.
	var vars variables
	var varsOf *Profile
	for _, p := range b.pending {
		if p.profile != varsOf {
			vars, varsOf = b.vars.clone(), p.profile
			vars[ProfileNameVar] = []string{escapePattern(p.profile.Name)}
		}
		if err := parseRule(p.rule, vars); err != nil {
			return nil, p.rule.Source.errorf("%v", err)
		}
	}
	for _, prof := range b.policy.Profiles {
		if err := addChangeProfileImplied(prof); err != nil {
			return nil, err
		}
		prof.byClass = make(map[Class][]*Rule)
		for _, r := range prof.Rules {
			prof.byClass[r.Class] = append(prof.byClass[r.Class], r)
		}
	}
	return b.policy, nil
}

// changeProfileImplied are the file rules apparmor_parser adds to a
// profile that may change profile: writing its own tasks' attr files
// (current, exec, in /proc/PID/attr and its apparmor directory), which
// is how a process asks, and reading that directory. The parser grants
// write alone there, not the append that w means in a rule.
var changeProfileImplied = []string{
	"owner /proc/*/attr/{apparmor/,}{current,exec} w",
	"owner /proc/*/attr/apparmor/ r",
}

// addChangeProfileImplied adds changeProfileImplied to a profile with a
// change_profile rule, at that rule's line and source.
func addChangeProfileImplied(prof *Profile) error {
	for _, r := range prof.Rules {
		if r.Class != ClassChangeProfile || r.Deny {
			continue
		}
		for _, text := range changeProfileImplied {
			implied := &Rule{Text: text, Line: r.Line, Source: r.Source}
			if err := parseRule(implied, variables{}); err != nil {
				return fmt.Errorf("internal error: %v", err)
			}
			implied.file.mode &^= ModeAppend
			prof.Rules = append(prof.Rules, implied)
		}
		return nil
	}
	return nil
}

// builder walks statements, includes inlined, into profiles.
type builder struct {
	parser *Parser
	policy *Policy
	vars   variables
	// stack holds the open profiles, innermost last.
	stack   []openProfile
	pending []pendingRule
}

type openProfile struct {
	profile *Profile
}

// pendingRule is a rule read, to be compiled once all variables are
// known.
type pendingRule struct {
	rule    *Rule
	profile *Profile
}

// run handles statements of one file; includeLine is the line of the
// top-level text that brought them in (0 for the top-level text).
func (b *builder) run(stmts []stmt, chain []string, includeLine int) error {
	for _, st := range stmts {
		line := includeLine
		if line == 0 {
			line = st.pos.Line
		}
		switch st.kind {
		case stmtInclude:
			if err := b.include(st, chain, line); err != nil {
				return err
			}
		case stmtVar:
			if err := b.defineVar(st); err != nil {
				return err
			}
		case stmtOpen:
			if err := b.open(st); err != nil {
				return err
			}
		case stmtClose:
			if len(b.stack) == 0 {
				return st.pos.errorf("'}' closes no profile")
			}
			b.stack = b.stack[:len(b.stack)-1]
		case stmtRule:
			if err := b.rule(st, line); err != nil {
				return err
			}
		}
	}
	return nil
}

func (b *builder) defineVar(st stmt) error {
	m := isVarDef.FindString(st.text)
	if st.text[0] == '$' {
		// Boolean variables only serve conditionals, which no rule
		// here uses.
		return nil
	}
	name := st.text[2:strings.IndexByte(st.text, '}')]
	add := strings.HasSuffix(m, "+=")
	values, err := splitValues(strings.TrimSpace(st.text[len(m):]))
	if err != nil {
		return st.pos.errorf("%v", err)
	}
	if len(values) == 0 {
		return st.pos.errorf("variable @{%s} is given no value", name)
	}
	if err := b.vars.define(name, values, add); err != nil {
		return st.pos.errorf("%v", err)
	}
	return nil
}

// splitValues splits a variable's values at blanks, unquoting quoted
// ones.
func splitValues(s string) ([]string, error) {
	var values []string
	for _, word := range splitWords(s) {
		v, err := unquote(word)
		if err != nil {
			return nil, err
		}
		values = append(values, v)
	}
	return values, nil
}

func (b *builder) include(st stmt, chain []string, line int) error {
	spec := strings.TrimSpace(strings.TrimPrefix(st.text, "include"))
	optional := false
	if rest, ok := strings.CutPrefix(spec, "if exists"); ok {
		optional, spec = true, strings.TrimSpace(rest)
	}
	var name string
	switch {
	case strings.HasPrefix(spec, "<") && strings.HasSuffix(spec, ">"):
		name = spec[1 : len(spec)-1]
	case len(spec) >= 2 && strings.HasPrefix(spec, `"`) && strings.HasSuffix(spec, `"`):
		name = spec[1 : len(spec)-1]
	default:
		return st.pos.errorf("include %q: want <NAME> or \"NAME\"", spec)
	}
	if len(chain) >= maxIncludeDepth {
		return st.pos.errorf("includes nested deeper than %d: %s", maxIncludeDepth, strings.Join(chain, " -> "))
	}
	path, err := b.parser.find(name)
	if err != nil {
		if optional {
			return nil
		}
		return st.pos.errorf("cannot find include %q in %s", name, strings.Join(b.parser.dirs(), ", "))
	}
	for _, seen := range chain {
		if seen == path {
			return st.pos.errorf("include %q includes itself: %s -> %s", name, strings.Join(chain, " -> "), path)
		}
	}
	files, err := includeFiles(path)
	if err != nil {
		return st.pos.errorf("cannot read include %q: %v", name, err)
	}
	for _, file := range files {
		stmts, err := b.parser.load(file)
		if err != nil {
			return err
		}
		if err := b.run(stmts, append(chain, path), line); err != nil {
			return err
		}
	}
	return nil
}

func (ps *Parser) dirs() []string {
	if len(ps.IncludeDirs) == 0 {
		return []string{DefaultIncludeDir}
	}
	return ps.IncludeDirs
}

// find returns the path of an include: an absolute name as it is, else
// the first include directory that has it.
func (ps *Parser) find(name string) (string, error) {
	if filepath.IsAbs(name) {
		_, err := os.Stat(name)
		return name, err
	}
	var err error
	for _, dir := range ps.dirs() {
		path := filepath.Join(dir, name)
		if _, err = os.Stat(path); err == nil {
			return path, nil
		}
	}
	return "", err
}

// includeFiles returns the files an include reads: the file, or every
// file of the directory in name order, skipping hidden files and
// package manager leftovers as apparmor_parser does.
func includeFiles(path string) ([]string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, ".") || strings.HasSuffix(n, "~") || e.Type()&fs.ModeType != 0 && !e.Type().IsRegular() {
			continue
		}
		skip := false
		for _, suffix := range []string{".dpkg-new", ".dpkg-old", ".dpkg-dist", ".dpkg-bak", ".dpkg-remove", ".rpmnew", ".rpmsave", ".orig", ".rej", ".pacsave", ".pacnew"} {
			if strings.HasSuffix(n, suffix) {
				skip = true
			}
		}
		if !skip && !e.IsDir() {
			files = append(files, filepath.Join(path, n))
		}
	}
	sort.Strings(files)
	return files, nil
}

// load returns the statements of a file, from the cache when the file
// has not changed since it was read.
func (ps *Parser) load(path string) ([]stmt, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read include: %w", err)
	}
	ps.mu.Lock()
	c := ps.files[path]
	ps.mu.Unlock()
	if c != nil && c.size == fi.Size() && c.modTime == fi.ModTime().UnixNano() {
		return c.stmts, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read include: %w", err)
	}
	stmts, err := lex(path, string(data))
	if err != nil {
		return nil, err
	}
	ps.mu.Lock()
	if ps.files == nil {
		ps.files = make(map[string]*cachedFile)
	}
	ps.files[path] = &cachedFile{stmts: stmts, size: fi.Size(), modTime: fi.ModTime().UnixNano()}
	ps.mu.Unlock()
	return stmts, nil
}

// open starts a profile (or a hat, or a profile nested in another).
func (b *builder) open(st stmt) error {
	words := splitWords(st.text)
	var name, attach string
	var flags []string
	i := 0
	switch {
	case words[0] == "profile" || words[0] == "hat":
		if len(words) < 2 {
			return st.pos.errorf("%s without a name", words[0])
		}
		name, i = words[1], 2
		if i < len(words) && !strings.HasPrefix(words[i], "flags=") && !strings.HasPrefix(words[i], "xattrs=") {
			attach, i = words[i], i+1
		}
	case strings.HasPrefix(words[0], "^"):
		name, i = words[0][1:], 1
	case strings.HasPrefix(words[0], "/") || strings.HasPrefix(words[0], "@{") || strings.HasPrefix(words[0], `"`) || strings.HasPrefix(words[0], ":"):
		name, i = words[0], 1
		attach = name
	default:
		return st.pos.errorf("unknown block %q: want a profile or a hat", st.text)
	}
	for ; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "flags=" || w == "flags":
			return st.pos.errorf("flags must be written flags=(...)")
		case strings.HasPrefix(w, "flags="):
			list, err := condValues(w[len("flags="):])
			if err != nil {
				return st.pos.errorf("profile flags: %v", err)
			}
			for _, f := range list {
				for _, part := range strings.Split(f, ",") {
					if part = strings.TrimSpace(part); part != "" {
						flags = append(flags, part)
					}
				}
			}
		case strings.HasPrefix(w, "xattrs="):
		default:
			return st.pos.errorf("unexpected %q in profile header", w)
		}
	}
	var err error
	if name, err = unquote(name); err != nil {
		return st.pos.errorf("%v", err)
	}
	if attach, err = unquote(attach); err != nil {
		return st.pos.errorf("%v", err)
	}
	if len(b.stack) > 0 {
		name = b.stack[len(b.stack)-1].profile.Name + "//" + name
	}
	for _, f := range flags {
		if !knownFlags[strings.SplitN(f, "=", 2)[0]] {
			return st.pos.errorf("unknown profile flag %q", f)
		}
	}
	p := &Profile{Name: name, Attachment: attach, Flags: flags, Pos: st.pos}
	b.policy.Profiles = append(b.policy.Profiles, p)
	b.stack = append(b.stack, openProfile{profile: p})
	return nil
}

// knownFlags are the profile flags of AppArmor 3.
var knownFlags = map[string]bool{
	"complain": true, "enforce": true, "kill": true, "unconfined": true, "audit": true,
	"chroot_relative": true, "namespace_relative": true, "mediate_deleted": true,
	"delegate_deleted": true, "attach_disconnected": true, "no_attach_disconnected": true,
	"chroot_attach": true, "chroot_no_attach": true, "debug": true, "interruptible": true,
	"attach_disconnected.path": true,
}

// rule reads a rule of the innermost open profile, or a directive.
func (b *builder) rule(st stmt, line int) error {
	words := splitWords(st.text)
	switch words[0] {
	case "abi":
		if len(words) != 2 {
			return st.pos.errorf("abi: want abi <NAME>")
		}
		if b.policy.ABI == "" {
			b.policy.ABI = strings.Trim(words[1], `<>"`)
		}
		return nil
	case "alias":
		return st.pos.errorf("alias rules are not supported")
	}
	if len(b.stack) == 0 {
		return st.pos.errorf("rule %q outside a profile", st.text)
	}
	prof := b.stack[len(b.stack)-1].profile
	r := &Rule{Text: st.text, Line: line, Source: st.pos}
	prof.Rules = append(prof.Rules, r)
	b.pending = append(b.pending, pendingRule{rule: r, profile: prof})
	return nil
}
