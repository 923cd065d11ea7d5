// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The syntax of seccomp policy text, one rule or directive a line:
//
//	# a comment, up to the end of the line
//	@complain                 log what the policy does not allow (devmode)
//	@unrestricted             no filter at all (classic confinement)
//	chown                     allow a syscall whatever its arguments
//	setgroups 0 -             allow it when the first argument is 0
//	chmod - &S_ISUID|S_ISGID=0  allow it when the mode sets neither bit
//	~ioctl - TIOCSTI          deny explicitly, with EACCES
//	~openat2 -> ENOSYS        deny explicitly, with ENOSYS
//
// A rule names a syscall and puts a condition on each of its first
// arguments, at most MaxArgs: "-" (any value), a value (equal to it), or
// a comparison ">=V", "<=V", "<V", ">V", "!V" (not equal), "|V" (all
// the bits of V set) or "&M=V" (the bits of M are those of V: M masks
// the argument, and V holds no bit outside M). A value is a number
// (decimal, or hexadecimal with 0x), a named constant (AF_INET,
// CLONE_NEWUSER, TIOCSTI, ...), a user or group, u:NAME or g:NAME, or
// numbers and constants joined with "|" (S_ISUID|S_ISGID), which are
// or-ed. -1 stands alone: it is the -1 of a 32-bit argument (a uid,
// gid, pid or int), which C passes zero-extended and Go sign-extended,
// and matches both, comparing the lower 32 bits only (the kernel reads
// no more of such an argument). Several rules for one syscall allow
// it when any of them matches; a syscall that no rule allows fails with
// EPERM; an explicit denial wins over every rule that allows the same
// call, and fails with EACCES or with the errno named after "->"
// (EPERM, ENOENT, EACCES, EINVAL, ENOSYS, EOPNOTSUPP). Arguments are
// counted from 1 in messages. On the 32-bit architectures (x86, arm)
// libseccomp compares the lower 32 bits of a value only, so a negative
// number written out in 64 bits (0xffffffffffffff9c for AT_FDCWD)
// matches its 32-bit form there.

// MaxArgs is the number of syscall arguments a rule can look at.
const MaxArgs = 6

// The directives.
const (
	// Complain makes the policy log, rather than deny, the syscalls it
	// does not allow; explicit denials (~) are still enforced, as
	// AppArmor enforces deny rules in complain mode.
	Complain = "@complain"
	// Unrestricted lifts the policy: no filter is installed.
	Unrestricted = "@unrestricted"
)

// Op is how a rule compares one syscall argument.
type Op int

// The comparisons, and the text that introduces them.
const (
	OpAny          Op = iota // "-"
	OpEqual                  // "V"
	OpNotEqual               // "!V"
	OpLess                   // "<V"
	OpLessEqual              // "<=V"
	OpGreater                // ">V"
	OpGreaterEqual           // ">=V"
	OpMaskedAll              // "|V": (argument & V) == V
	OpMaskedEqual            // "&M=V": (argument & M) == V
)

// comparisons lists the prefixes of comparisons, longest first so that
// "<=" is not read as "<".
var comparisons = []struct {
	prefix string
	op     Op
}{
	{">=", OpGreaterEqual},
	{"<=", OpLessEqual},
	{"<", OpLess},
	{">", OpGreater},
	{"!", OpNotEqual},
	{"|", OpMaskedAll},
}

// String returns the text that introduces the comparison ("" for
// equality, "-" for any value).
func (op Op) String() string {
	switch op {
	case OpAny:
		return "-"
	case OpEqual:
		return ""
	case OpMaskedEqual:
		return "&"
	}
	for _, c := range comparisons {
		if c.op == op {
			return c.prefix
		}
	}
	return "op(" + strconv.Itoa(int(op)) + ")"
}

// Arg is the condition a rule puts on one syscall argument.
type Arg struct {
	Op    Op
	Value uint64
	// Name is the constant, u:USER, g:GROUP, -1 or "|" expression the
	// value was written as, or "" for a number.
	Name string
	// Mask is the mask of OpMaskedEqual, and MaskName what it was
	// written as ("" for a number).
	Mask     uint64
	MaskName string
	// GenericOnly says that Value or Mask holds the asm-generic value
	// of a constant that has another value on some architectures.
	GenericOnly bool
}

// minusOne is -1 as an argument: the lower 32 bits all set, compared on
// their own.
var minusOne = Arg{Op: OpMaskedEqual, Value: 0xffffffff, Mask: 0xffffffff, Name: "-1"}

// Rule is one line of policy that allows or denies a syscall.
type Rule struct {
	// Line is the line of the policy text, counted from 1.
	Line    int
	Syscall string
	// Deny marks an explicit denial ("~"), which fails with EACCES, or
	// with Errno when it is not 0.
	Deny bool
	// Errno and ErrnoName are the errno named after "->" in a denial;
	// every errno name is asm-generic (another number on mips, alpha,
	// sparc and parisc).
	Errno     uint64
	ErrnoName string
	// Args holds one condition per argument written, trailing "-"
	// included; arguments past the end are any value.
	Args []Arg
}

// String returns the rule as policy text.
func (r Rule) String() string {
	var b strings.Builder
	if r.Deny {
		b.WriteByte('~')
	}
	b.WriteString(r.Syscall)
	for _, arg := range r.Args {
		b.WriteByte(' ')
		b.WriteString(arg.String())
	}
	if r.ErrnoName != "" {
		b.WriteString(" -> ")
		b.WriteString(r.ErrnoName)
	}
	return b.String()
}

// String returns the condition as policy text.
func (a Arg) String() string {
	switch {
	case a.Op == OpAny:
		return "-"
	case a.Name == minusOne.Name:
		return a.Name
	case a.Op == OpMaskedEqual:
		mask := a.MaskName
		if mask == "" {
			mask = formatNumber(a.Mask)
		}
		return "&" + mask + "=" + a.valueText()
	}
	return a.Op.String() + a.valueText()
}

// RuleSet is a parsed policy.
type RuleSet struct {
	Complain     bool
	Unrestricted bool
	Rules        []Rule
}

// PolicyError is an error in one line of a policy text, from the parser
// or from the compiler.
type PolicyError struct {
	// Line is the line of the policy text, counted from 1.
	Line int
	// Syscall is the syscall of the rule, or "" when the error comes
	// before it or the line has none.
	Syscall string
	Err     error
}

// Error returns the error with its line and syscall, as in
// `line 12: syscall "socket": argument 1: unknown constant "AF_FOO"`.
func (e *PolicyError) Error() string {
	if e.Syscall != "" {
		return fmt.Sprintf("line %d: syscall %q: %v", e.Line, e.Syscall, e.Err)
	}
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *PolicyError) Unwrap() error { return e.Err }

// validSyscallName says whether name has the shape of a syscall name:
// [a-z_][a-z0-9_]*.
func validSyscallName(name string) bool {
	if name == "" || name[0] >= '0' && name[0] <= '9' {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// constantName says whether value has the shape of a named constant,
// [A-Z_][A-Z0-9_]* (the kernel names a few with leading underscores,
// __O_TMPFILE); anything else that does not start with a digit is
// neither a number nor a constant.
func constantName(value string) bool {
	if value == "" || (value[0] < 'A' || value[0] > 'Z') && value[0] != '_' {
		return false
	}
	for i := 1; i < len(value); i++ {
		if c := value[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// Parse parses policy text. Errors are *PolicyError, with the line.
// Parse checks the shape of syscall names, not whether they exist: that
// depends on the architecture, and is the compiler's to say.
func Parse(text string) (*RuleSet, error) {
	rs := &RuleSet{}
	if err := parseLines(text, 1, rs); err != nil {
		return nil, err
	}
	return rs, nil
}

// maxFields is the most fields a valid line has: a syscall, its
// arguments, and "-> ERRNO". A line with more is an error whatever they
// are.
const maxFields = 1 + MaxArgs + 2

// parseLines parses text whose first line is line firstLine of the
// policy, into rs; with rs nil it only checks the text. Lines are
// independent of each other, so that a policy assembled from pieces
// can be checked piece by piece, each with its offset.
func parseLines(text string, firstLine int, rs *RuleSet) error {
	directives := rs
	if directives == nil {
		directives = &RuleSet{}
	}
	lineNo := firstLine
	for rest := text; rest != ""; lineNo++ {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if hash := strings.IndexByte(line, '#'); hash >= 0 {
			line = line[:hash]
		}
		var buf [maxFields + 1]string
		fields, more := splitFields(line, buf[:0])
		if more {
			fields = strings.Fields(line)
		}
		if len(fields) == 0 {
			continue
		}
		if strings.HasPrefix(fields[0], "@") {
			if err := directives.directive(fields); err != nil {
				return &PolicyError{Line: lineNo, Err: err}
			}
			continue
		}
		rule, err := parseRule(fields)
		if err != nil {
			err.Line = lineNo
			return err
		}
		if rs != nil {
			rule.Line = lineNo
			rs.Rules = append(rs.Rules, rule)
		}
	}
	return nil
}

// splitFields appends to buf the fields of line, as strings.Fields
// splits them, up to cap(buf); more says that the line has more, or
// has bytes outside ASCII, which strings.Fields must split.
func splitFields(line string, buf []string) (fields []string, more bool) {
	for i := 0; i < len(line); i++ {
		if line[i] >= 0x80 {
			return buf[:0], true
		}
	}
	for i := 0; i < len(line); {
		for i < len(line) && isSpace(line[i]) {
			i++
		}
		if i == len(line) {
			break
		}
		start := i
		for i < len(line) && !isSpace(line[i]) {
			i++
		}
		if len(buf) == cap(buf) {
			return buf, true
		}
		buf = append(buf, line[start:i])
	}
	return buf, false
}

// isSpace says whether an ASCII byte separates fields, as in
// strings.Fields.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func (rs *RuleSet) directive(fields []string) error {
	switch fields[0] {
	case Complain:
		rs.Complain = true
	case Unrestricted:
		rs.Unrestricted = true
	default:
		return fmt.Errorf("unknown directive %q", fields[0])
	}
	if len(fields) > 1 {
		return fmt.Errorf("directive %q takes no arguments", fields[0])
	}
	return nil
}

// parseRule parses the fields of a rule; the error it returns lacks
// the line.
func parseRule(fields []string) (Rule, *PolicyError) {
	var rule Rule
	name := fields[0]
	if strings.HasPrefix(name, "~") {
		rule.Deny = true
		name = name[1:]
		if name == "" {
			return rule, &PolicyError{Err: errors.New(`missing syscall name after "~"`)}
		}
	}
	if !validSyscallName(name) {
		return rule, &PolicyError{Err: fmt.Errorf("invalid syscall name %q: want lowercase letters, digits and underscores", name)}
	}
	rule.Syscall = name
	args := fields[1:]
	for i, field := range args {
		if field != errnoArrow {
			continue
		}
		if !rule.Deny {
			return rule, &PolicyError{Syscall: name, Err: fmt.Errorf("%q names the errno of a denial: write the rule with \"~\"", errnoArrow)}
		}
		if i != len(args)-2 {
			return rule, &PolicyError{Syscall: name, Err: fmt.Errorf("want one errno after %q, at the end of the rule", errnoArrow)}
		}
		errno, ok := errnos[args[i+1]]
		if !ok {
			return rule, &PolicyError{Syscall: name, Err: fmt.Errorf("unknown errno %q: want one of %s", args[i+1], errnoList())}
		}
		rule.Errno, rule.ErrnoName = errno, args[i+1]
		args = args[:i]
		break
	}
	if len(args) > MaxArgs {
		return rule, &PolicyError{Syscall: name, Err: fmt.Errorf("too many arguments: %d, a syscall has at most %d", len(args), MaxArgs)}
	}
	for i, token := range args {
		arg, err := parseArg(token)
		if err == nil && name == "ioctl" && i == 1 {
			err = checkIoctlRequest(arg)
		}
		if err != nil {
			return rule, &PolicyError{Syscall: name, Err: fmt.Errorf("argument %d: %w", i+1, err)}
		}
		rule.Args = append(rule.Args, arg)
	}
	return rule, nil
}

// errnoArrow introduces the errno of a denial.
const errnoArrow = "->"

func parseArg(token string) (Arg, error) {
	switch {
	case token == "-":
		return Arg{Op: OpAny}, nil
	case token == minusOne.Name:
		return minusOne, nil
	case strings.HasPrefix(token, "&"):
		return parseMaskedEqual(token)
	}
	arg := Arg{Op: OpEqual}
	value := token
	for _, c := range comparisons {
		if rest, ok := strings.CutPrefix(token, c.prefix); ok {
			arg.Op, value = c.op, rest
			break
		}
	}
	switch {
	case value == "":
		return arg, fmt.Errorf("missing value after comparison %q", token)
	case value == minusOne.Name:
		return arg, fmt.Errorf("cannot compare -1 with %q: -1 is the -1 of a 32-bit argument, matched by equality only", arg.Op.String())
	case strings.ContainsAny(value[:1], "<>!|=&"):
		return arg, fmt.Errorf("bad comparison %q: want one of >=, <=, <, >, !, | or & before a value", token)
	}
	var err error
	arg.Value, arg.Name, arg.GenericOnly, err = parseValue(value)
	return arg, err
}

// parseMaskedEqual parses "&M=V".
func parseMaskedEqual(token string) (Arg, error) {
	arg := Arg{Op: OpMaskedEqual}
	mask, value, ok := strings.Cut(token[1:], "=")
	if !ok || mask == "" || value == "" {
		return arg, fmt.Errorf("bad masked comparison %q: want &MASK=VALUE", token)
	}
	if mask == minusOne.Name || value == minusOne.Name {
		return arg, fmt.Errorf("bad masked comparison %q: -1 is the -1 of a 32-bit argument, matched by equality only", token)
	}
	var maskGeneric, valueGeneric bool
	var err error
	if arg.Mask, arg.MaskName, maskGeneric, err = parseValue(mask); err != nil {
		return arg, err
	}
	if arg.Value, arg.Name, valueGeneric, err = parseValue(value); err != nil {
		return arg, err
	}
	arg.GenericOnly = maskGeneric || valueGeneric
	switch {
	case arg.Mask == 0:
		return arg, fmt.Errorf("bad masked comparison %q: the mask is 0, which every argument matches", token)
	case arg.Value&^arg.Mask != 0:
		return arg, fmt.Errorf("bad masked comparison %q: the value has bits outside the mask, so no argument matches", token)
	}
	return arg, nil
}

// parseValue parses a value: a number, a constant, u:USER, g:GROUP, or
// numbers and constants joined by "|", or-ed.
func parseValue(value string) (v uint64, name string, genericOnly bool, err error) {
	if !strings.Contains(value, "|") {
		return parseOneValue(value)
	}
	for _, part := range strings.Split(value, "|") {
		if part == "" || strings.HasPrefix(part, "u:") || strings.HasPrefix(part, "g:") {
			return 0, "", false, fmt.Errorf("bad value %q: want numbers and constants joined by \"|\"", value)
		}
		pv, _, pg, err := parseOneValue(part)
		if err != nil {
			return 0, "", false, err
		}
		v |= pv
		genericOnly = genericOnly || pg
	}
	return v, value, genericOnly, nil
}

func parseOneValue(value string) (v uint64, name string, genericOnly bool, err error) {
	if user, ok := strings.CutPrefix(value, "u:"); ok {
		v, err = lookupID(systemUsers, "user", user)
		return v, value, false, err
	}
	if group, ok := strings.CutPrefix(value, "g:"); ok {
		v, err = lookupID(systemGroups, "group", group)
		return v, value, false, err
	}
	if value[0] >= '0' && value[0] <= '9' {
		v, err = parseNumber(value)
		return v, "", false, err
	}
	if !constantName(value) {
		return 0, "", false, fmt.Errorf("bad value %q: want a number, a constant, u:USER or g:GROUP", value)
	}
	c, ok := constants[value]
	if !ok {
		return 0, "", false, fmt.Errorf("unknown constant %q", value)
	}
	return c.value, value, c.genericOnly, nil
}

func lookupID(table map[string]uint64, kind, name string) (uint64, error) {
	if name == "" {
		return 0, fmt.Errorf("missing %s name after %q", kind, kind[:1]+":")
	}
	id, ok := table[name]
	if !ok {
		return 0, fmt.Errorf("unknown %s %q: only ids that are the same on every system are known", kind, name)
	}
	return id, nil
}

func parseNumber(s string) (uint64, error) {
	base, digits := 10, s
	if hex, ok := strings.CutPrefix(s, "0x"); ok {
		base, digits = 16, hex
	} else if len(s) > 1 && s[0] == '0' {
		return 0, fmt.Errorf("bad number %q: leading zeros are ambiguous, write decimal or 0x hexadecimal", s)
	}
	v, err := strconv.ParseUint(digits, base, 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			return 0, fmt.Errorf("bad number %q: out of range", s)
		}
		return 0, fmt.Errorf("bad number %q", s)
	}
	return v, nil
}

// checkIoctlRequest refuses ordering comparisons of ioctl's request: the
// kernel reads it as a 32-bit value, so a filter comparing the whole 64
// bits could be passed by setting the upper bits of a denied request.
// The compiler compares equality with the lower 32 bits only; a mask
// whose bits all lie there is safe as it is.
func checkIoctlRequest(arg Arg) error {
	switch arg.Op {
	case OpAny, OpEqual:
		return nil
	case OpMaskedAll:
		if arg.Value <= 0xffffffff {
			return nil
		}
	case OpMaskedEqual:
		if arg.Mask <= 0xffffffff {
			return nil
		}
	}
	return fmt.Errorf("cannot compare an ioctl request with %q: the kernel reads only its lower 32 bits, so only equality and masks within them are safe", arg.String())
}

func (a Arg) valueText() string {
	if a.Name != "" {
		return a.Name
	}
	return formatNumber(a.Value)
}

func formatNumber(v uint64) string {
	return strconv.FormatUint(v, 10)
}
