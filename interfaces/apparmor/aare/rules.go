// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Class is a class of rule, and of access.
type Class string

// The classes of rules and accesses. ClassExec is an access only: it
// is decided by file rules.
const (
	ClassFile          Class = "file"
	ClassExec          Class = "exec"
	ClassCapability    Class = "capability"
	ClassNetwork       Class = "network"
	ClassSignal        Class = "signal"
	ClassPtrace        Class = "ptrace"
	ClassUnix          Class = "unix"
	ClassDBus          Class = "dbus"
	ClassMount         Class = "mount"
	ClassRemount       Class = "remount"
	ClassUmount        Class = "umount"
	ClassPivotRoot     Class = "pivot_root"
	ClassChangeProfile Class = "change_profile"
	ClassRlimit        Class = "rlimit"
	ClassUserns        Class = "userns"
)

// Rule is one rule of a profile.
type Rule struct {
	// Class is the rule's class; link rules are file rules.
	Class Class
	// Text is the rule as written, blanks made single spaces, without
	// its ','.
	Text string
	// Line is the line of the text given to Parse that holds the rule,
	// or the include that brought it in: the line
	// apparmor.Profile.Origin maps to an interface.
	Line int
	// Source is where the rule is written, in that text or in an
	// included file.
	Source Pos
	// Audit, Deny and Owner are the rule's qualifiers; audit changes
	// nothing that Check decides.
	Audit, Deny, Owner bool

	file   *fileRule
	caps   map[string]bool
	net    *netRule
	sig    *signalRule
	ptrace *ptraceRule
	unix   *unixRule
	dbus   *dbusRule
	mount  *mountRule
	change *changeProfileRule
	rlimit *rlimitRule
	userns bool
}

// String returns where the rule is and its text: "LINE: TEXT", with
// the file and line it is written at when that is an include.
func (r *Rule) String() string {
	if r.Source.Line == r.Line {
		return fmt.Sprintf("line %d: %s,", r.Line, r.Text)
	}
	return fmt.Sprintf("line %d (%s): %s,", r.Line, r.Source, r.Text)
}

// parseRule reads a rule's text into r.
func parseRule(r *Rule, vars variables) error {
	words := splitWords(r.Text)
	for len(words) > 0 {
		switch words[0] {
		case "audit":
			r.Audit = true
		case "deny":
			r.Deny = true
		case "allow":
		case "owner":
			r.Owner = true
		default:
			goto qualified
		}
		words = words[1:]
	}
qualified:
	if len(words) == 0 {
		return errors.New("qualifiers without a rule")
	}
	if r.Owner {
		// owner only narrows file rules.
		switch words[0] {
		case "capability", "network", "signal", "ptrace", "unix", "dbus", "mount", "remount", "umount", "pivot_root", "change_profile", "set", "userns":
			return fmt.Errorf("owner does not apply to %s rules", words[0])
		}
	}
	ex := expander{vars: vars}
	var err error
	switch words[0] {
	case "capability":
		r.Class = ClassCapability
		err = r.parseCapability(words[1:])
	case "network":
		r.Class = ClassNetwork
		r.net, err = parseNetwork(words[1:])
	case "signal":
		r.Class = ClassSignal
		r.sig, err = parseSignal(words[1:], &ex)
	case "ptrace":
		r.Class = ClassPtrace
		r.ptrace, err = parsePtrace(words[1:], &ex)
	case "unix":
		r.Class = ClassUnix
		r.unix, err = parseUnix(words[1:], &ex)
	case "dbus":
		r.Class = ClassDBus
		r.dbus, err = parseDBus(words[1:], &ex)
	case "mount", "remount", "umount", "unmount", "pivot_root":
		r.Class = Class(words[0])
		if words[0] == "unmount" {
			r.Class = ClassUmount
		}
		r.mount, err = parseMount(r.Class, words[1:], &ex)
	case "change_profile":
		r.Class = ClassChangeProfile
		r.change, err = parseChangeProfile(words[1:], &ex)
	case "set":
		r.Class = ClassRlimit
		r.rlimit, err = parseRlimit(words[1:])
	case "userns":
		r.Class = ClassUserns
		if len(words) > 2 || len(words) == 2 && words[1] != "create" && words[1] != "(create)" {
			err = fmt.Errorf("userns: want userns [create]")
		}
		r.userns = true
	case "link":
		r.Class = ClassFile
		r.file, err = parseLink(words[1:], &ex)
	case "file":
		r.Class = ClassFile
		r.file, err = parseFile(words[1:], r.Deny, &ex)
	default:
		if startsPath(words[0]) || len(words) >= 2 && startsPath(words[1]) && isModeWord(words[0]) {
			r.Class = ClassFile
			r.file, err = parseFile(words, r.Deny, &ex)
		} else {
			err = fmt.Errorf("unknown rule %q", words[0])
		}
	}
	if err != nil {
		return err
	}
	return ex.err
}

// startsPath says whether a word is a path pattern.
func startsPath(w string) bool {
	return strings.HasPrefix(w, "/") || strings.HasPrefix(w, "@{") || strings.HasPrefix(w, `"`) || strings.HasPrefix(w, "{")
}

// isModeWord says whether a word is made of file mode letters.
func isModeWord(w string) bool {
	return w != "" && strings.Trim(w, "rwalkmxiIpPuUcC") == ""
}

// expander expands variables and compiles patterns, keeping the first
// error.
type expander struct {
	vars variables
	err  error
}

// glob compiles a pattern, variables expanded; file paths also have
// their slashes collapsed.
func (e *expander) glob(pattern string, path bool) *Glob {
	if e.err != nil {
		return nil
	}
	s, err := e.vars.expand(pattern)
	if err != nil {
		e.err = err
		return nil
	}
	if path {
		s = filterSlashes(s)
	}
	g, err := CompileGlob(s)
	if err != nil {
		e.err = err
		return nil
	}
	return g
}

// globs compiles a list of patterns into one alternation.
func (e *expander) globs(patterns []string) *Glob {
	if len(patterns) == 1 {
		return e.glob(patterns[0], false)
	}
	return e.glob("{"+strings.Join(patterns, ",")+"}", false)
}

// FileMode is a set of file permissions.
type FileMode uint8

// The file permissions, as rules write them: r w a l k m x.
const (
	ModeRead FileMode = 1 << iota
	ModeWrite
	ModeAppend
	ModeLink
	ModeLock
	ModeMmap
	ModeExec
)

const modeLetters = "rwalkmx"

// String returns the permissions as letters in the order "rwalkmx".
func (m FileMode) String() string {
	var b strings.Builder
	for i := 0; i < len(modeLetters); i++ {
		if m&(1<<i) != 0 {
			b.WriteByte(modeLetters[i])
		}
	}
	return b.String()
}

// ParseFileMode reads permissions written as letters of "rwalkmx", in
// any order, as accesses write them.
func ParseFileMode(s string) (FileMode, error) {
	var m FileMode
	if s == "" {
		return 0, errors.New("empty file mode")
	}
	for i := 0; i < len(s); i++ {
		j := strings.IndexByte(modeLetters, s[i])
		if j < 0 {
			return 0, fmt.Errorf("file mode %q: unknown permission %q (want letters of %q)", s, s[i], modeLetters)
		}
		m |= 1 << j
	}
	return m, nil
}

// Transition is what exec of a program does to confinement: the
// exec mode of the rule that allows it ("ix", "Px", "cx", "pix"...,
// upper case where the environment is scrubbed) and, for a named
// transition, the profile it names.
type Transition struct {
	Mode   string
	Target string
}

// String returns "MODE" or "MODE -> TARGET".
func (t Transition) String() string {
	if t.Target != "" {
		return t.Mode + " -> " + t.Target
	}
	return t.Mode
}

// execModes are the exec modes of AppArmor 3.
var execModes = map[string]bool{
	"ix": true, "px": true, "Px": true, "ux": true, "Ux": true, "cx": true, "Cx": true,
	"pix": true, "Pix": true, "cix": true, "Cix": true, "pux": true, "PUx": true, "cux": true, "CUx": true,
}

// fileRule is a file or link rule.
type fileRule struct {
	path *Glob
	mode FileMode
	// exec is the transition of an allow rule with x.
	exec Transition
	// linkTarget, when set, restricts l to links whose target
	// matches it (link rules, and "PATH l -> TARGET").
	linkTarget *Glob
	subset     bool
}

// parseFileMode reads a rule's mode: letters of "rwalkm", and at most
// one exec mode (x alone only in deny rules).
func parseFileMode(s string, deny bool) (FileMode, string, error) {
	var m FileMode
	exec := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'r':
			m |= ModeRead
		case 'w':
			m |= ModeWrite | ModeAppend
		case 'a':
			m |= ModeAppend
		case 'l':
			m |= ModeLink
		case 'k':
			m |= ModeLock
		case 'm':
			m |= ModeMmap
		case 'x', 'i', 'p', 'P', 'u', 'U', 'c', 'C':
			j := strings.IndexByte(s[i:], 'x')
			if j < 0 {
				return 0, "", fmt.Errorf("mode %q: exec qualifier without x", s)
			}
			q := s[i : i+j+1]
			if exec != "" {
				return 0, "", fmt.Errorf("mode %q: more than one exec mode", s)
			}
			switch {
			case q == "x" && deny:
			case q == "x":
				return 0, "", fmt.Errorf("mode %q: x must be qualified (ix, px, Px, ux, Ux, cx, Cx...)", s)
			case deny:
				return 0, "", fmt.Errorf("mode %q: a deny rule takes x alone, not %q", s, q)
			case !execModes[q]:
				return 0, "", fmt.Errorf("mode %q: unknown exec mode %q", s, q)
			}
			exec = q
			m |= ModeExec
			i += j
		default:
			return 0, "", fmt.Errorf("mode %q: unknown permission %q", s, c)
		}
	}
	if strings.Contains(s, "w") && strings.Contains(s, "a") {
		return 0, "", fmt.Errorf("mode %q: w and a conflict", s)
	}
	// Inheriting (ix, and the i fallback of pix, cix) maps the
	// program too: the parser adds m.
	if strings.Contains(exec, "i") {
		m |= ModeMmap
	}
	return m, exec, nil
}

// parseFile reads "PATH MODE [-> TARGET]" or "MODE PATH [-> TARGET]";
// no words is the bare file rule, every file permission on every path.
func parseFile(words []string, deny bool, ex *expander) (*fileRule, error) {
	if len(words) == 0 {
		m := ModeRead | ModeWrite | ModeAppend | ModeLink | ModeLock | ModeMmap
		exec := Transition{}
		if !deny {
			m |= ModeExec
			exec.Mode = "ix"
		}
		return &fileRule{path: ex.glob("/{,**}", true), mode: m, exec: exec}, nil
	}
	if len(words) < 2 {
		return nil, fmt.Errorf("file rule %q: want PATH MODE", strings.Join(words, " "))
	}
	pathWord, modeWord := words[0], words[1]
	if !startsPath(pathWord) {
		pathWord, modeWord = modeWord, pathWord
	}
	path, err := unquote(pathWord)
	if err != nil {
		return nil, err
	}
	mode, exec, err := parseFileMode(modeWord, deny)
	if err != nil {
		return nil, err
	}
	r := &fileRule{path: ex.glob(path, true), mode: mode}
	if exec != "" && !deny {
		r.exec.Mode = exec
	}
	rest := words[2:]
	if len(rest) > 0 {
		target, err := arrowTarget(rest)
		if err != nil {
			return nil, err
		}
		switch exec {
		case "px", "Px", "cx", "Cx", "pix", "Pix", "cix", "Cix", "pux", "PUx", "cux", "CUx":
			r.exec.Target = target
		case "ix", "ux", "Ux":
			return nil, fmt.Errorf("-> %s: only px, cx and their variants name a target", target)
		default:
			// apparmor_parser 3 takes it as an exec target that
			// nothing uses: it does not restrict a link (l) to it.
		}
	}
	return r, nil
}

// arrowTarget reads "-> TARGET".
func arrowTarget(words []string) (string, error) {
	if words[0] == "->" && len(words) == 2 {
		return unquote(words[1])
	}
	if strings.HasPrefix(words[0], "->") && len(words) == 1 {
		return unquote(words[0][2:])
	}
	return "", fmt.Errorf("unexpected %q: want -> TARGET", strings.Join(words, " "))
}

// parseLink reads "[subset] PATH -> TARGET".
func parseLink(words []string, ex *expander) (*fileRule, error) {
	r := &fileRule{mode: ModeLink}
	if len(words) > 0 && words[0] == "subset" {
		r.subset, words = true, words[1:]
	}
	if len(words) < 2 {
		return nil, errors.New("link: want link [subset] PATH -> TARGET")
	}
	path, err := unquote(words[0])
	if err != nil {
		return nil, err
	}
	target, err := arrowTarget(words[1:])
	if err != nil {
		return nil, err
	}
	r.path, r.linkTarget = ex.glob(path, true), ex.glob(target, true)
	return r, nil
}

// Capabilities are the capability names AppArmor 3 knows.
var Capabilities = []string{
	"chown", "dac_override", "dac_read_search", "fowner", "fsetid", "kill", "setgid", "setuid",
	"setpcap", "linux_immutable", "net_bind_service", "net_broadcast", "net_admin", "net_raw",
	"ipc_lock", "ipc_owner", "sys_module", "sys_rawio", "sys_chroot", "sys_ptrace", "sys_pacct",
	"sys_admin", "sys_boot", "sys_nice", "sys_resource", "sys_time", "sys_tty_config", "mknod",
	"lease", "audit_write", "audit_control", "setfcap", "mac_override", "mac_admin", "syslog",
	"wake_alarm", "block_suspend", "audit_read", "perfmon", "bpf", "checkpoint_restore",
}

var capabilitySet = toSet(Capabilities)

func toSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[s] = true
	}
	return m
}

func (r *Rule) parseCapability(words []string) error {
	if len(words) == 0 {
		return nil // every capability
	}
	r.caps = map[string]bool{}
	for _, w := range words {
		for _, name := range splitList(strings.Trim(w, "()")) {
			if !capabilitySet[name] {
				return fmt.Errorf("unknown capability %q", name)
			}
			r.caps[name] = true
		}
	}
	return nil
}

// Network families, socket types and protocols rules may name.
var (
	NetworkFamilies = []string{
		"unspec", "unix", "inet", "ax25", "ipx", "appletalk", "netrom", "bridge", "atmpvc", "x25",
		"inet6", "rose", "netbeui", "security", "key", "netlink", "packet", "ash", "econet",
		"atmsvc", "rds", "sna", "irda", "pppox", "wanpipe", "llc", "ib", "mpls", "can", "tipc",
		"bluetooth", "iucv", "rxrpc", "isdn", "phonet", "ieee802154", "caif", "alg", "nfc",
		"vsock", "kcm", "qipcrtr", "smc", "xdp", "mctp",
	}
	SocketTypes       = []string{"stream", "dgram", "seqpacket", "rdm", "raw", "packet"}
	NetworkProtocols  = []string{"tcp", "udp", "icmp", "icmpv6"}
	networkFamilySet  = toSet(NetworkFamilies)
	socketTypeSet     = toSet(SocketTypes)
	networkProtocolOK = toSet(NetworkProtocols)
)

type netRule struct {
	family, typ, protocol string
}

func parseNetwork(words []string) (*netRule, error) {
	r := &netRule{}
	for _, w := range words {
		var field *string
		switch {
		case networkFamilySet[w]:
			field = &r.family
		case socketTypeSet[w]:
			field = &r.typ
		case networkProtocolOK[w]:
			field = &r.protocol
		default:
			return nil, fmt.Errorf("network: unknown family, type or protocol %q", w)
		}
		if *field != "" {
			return nil, fmt.Errorf("network: %q and %q are of the same kind", *field, w)
		}
		*field = w
	}
	return r, nil
}

// parsePerms reads a permission word ("send", "(send, receive)"),
// mapping aliases; nil means every permission of the class.
func parsePerms(words []string, valid map[string]bool, aliases map[string][]string) (map[string]bool, []string, error) {
	if len(words) == 0 || strings.Contains(words[0], "=") {
		return nil, words, nil
	}
	perms := map[string]bool{}
	for _, p := range splitList(strings.Trim(words[0], "()")) {
		if expanded, ok := aliases[p]; ok {
			for _, e := range expanded {
				perms[e] = true
			}
			continue
		}
		if !valid[p] {
			return nil, nil, fmt.Errorf("unknown permission %q", p)
		}
		perms[p] = true
	}
	return perms, words[1:], nil
}

// Signals are the signal names rules and accesses use; "exists" is
// the check kill(pid, 0) makes, and "rtmin+N" (0 to 32) the real-time
// signals.
var Signals = []string{
	"hup", "int", "quit", "ill", "trap", "abrt", "bus", "fpe", "kill", "usr1", "segv", "usr2",
	"pipe", "alrm", "term", "stkflt", "chld", "cont", "stop", "stp", "ttin", "ttou", "urg",
	"xcpu", "xfsz", "vtalrm", "prof", "winch", "io", "pwr", "sys", "emt", "exists",
}

var signalSet = toSet(Signals)

// validSignal says whether name is a signal of Signals or rtmin+N.
func validSignal(name string) bool {
	if signalSet[name] {
		return true
	}
	if n, ok := strings.CutPrefix(name, "rtmin+"); ok {
		v, err := strconv.Atoi(n)
		return err == nil && v >= 0 && v <= 32
	}
	return false
}

var (
	signalPerms   = toSet([]string{"send", "receive"})
	signalAliases = map[string][]string{"r": {"receive"}, "w": {"send"}, "rw": {"send", "receive"}, "read": {"receive"}, "write": {"send"}}
	ptracePerms   = toSet([]string{"read", "trace", "readby", "tracedby"})
	ptraceAliases = map[string][]string{"r": {"read"}, "w": {"trace"}, "rw": {"read", "trace"}}
)

type signalRule struct {
	perms   map[string]bool
	signals map[string]bool
	peer    *Glob
}

func parseSignal(words []string, ex *expander) (*signalRule, error) {
	perms, rest, err := parsePerms(words, signalPerms, signalAliases)
	if err != nil {
		return nil, fmt.Errorf("signal: %v", err)
	}
	conds, rest, err := parseConds(rest, toSet([]string{"set", "peer"}))
	if err != nil {
		return nil, fmt.Errorf("signal: %v", err)
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("signal: unexpected %q", strings.Join(rest, " "))
	}
	r := &signalRule{perms: perms}
	if set, ok := conds["set"]; ok {
		r.signals = map[string]bool{}
		for _, s := range set {
			if !validSignal(s) {
				return nil, fmt.Errorf("signal: unknown signal %q", s)
			}
			r.signals[s] = true
		}
	}
	if peer, ok := conds["peer"]; ok {
		r.peer = ex.globs(peer)
	}
	return r, nil
}

type ptraceRule struct {
	perms map[string]bool
	peer  *Glob
}

func parsePtrace(words []string, ex *expander) (*ptraceRule, error) {
	perms, rest, err := parsePerms(words, ptracePerms, ptraceAliases)
	if err != nil {
		return nil, fmt.Errorf("ptrace: %v", err)
	}
	conds, rest, err := parseConds(rest, toSet([]string{"peer"}))
	if err != nil {
		return nil, fmt.Errorf("ptrace: %v", err)
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("ptrace: unexpected %q", strings.Join(rest, " "))
	}
	r := &ptraceRule{perms: perms}
	if peer, ok := conds["peer"]; ok {
		r.peer = ex.globs(peer)
	}
	return r, nil
}

var (
	unixPerms = toSet([]string{"create", "bind", "listen", "accept", "connect", "shutdown",
		"getattr", "setattr", "getopt", "setopt", "send", "receive"})
	unixAliases = map[string][]string{"r": {"receive"}, "w": {"send"}, "rw": {"send", "receive"}, "read": {"receive"}, "write": {"send"},
		"server": {"create", "bind", "listen", "accept"}}
	unixConds = toSet([]string{"type", "protocol", "addr", "label", "attr", "opt", "peer.label", "peer.addr"})
)

type unixRule struct {
	perms     map[string]bool
	types     map[string]bool
	addr      *Glob
	peerLabel *Glob
	peerAddr  *Glob
}

func parseUnix(words []string, ex *expander) (*unixRule, error) {
	perms, rest, err := parsePerms(words, unixPerms, unixAliases)
	if err != nil {
		return nil, fmt.Errorf("unix: %v", err)
	}
	conds, rest, err := parseConds(rest, unixConds)
	if err != nil {
		return nil, fmt.Errorf("unix: %v", err)
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("unix: unexpected %q", strings.Join(rest, " "))
	}
	r := &unixRule{perms: perms}
	if types, ok := conds["type"]; ok {
		r.types = map[string]bool{}
		for _, t := range types {
			if t != "stream" && t != "dgram" && t != "seqpacket" {
				return nil, fmt.Errorf("unix: unknown socket type %q", t)
			}
			r.types[t] = true
		}
	}
	if _, ok := conds["attr"]; ok {
		return nil, errors.New("unix: attr= is not supported")
	}
	if _, ok := conds["opt"]; ok {
		return nil, errors.New("unix: opt= is not supported")
	}
	if _, ok := conds["protocol"]; ok {
		return nil, errors.New("unix: protocol= is not supported")
	}
	if _, ok := conds["label"]; ok {
		return nil, errors.New("unix: label= is not supported")
	}
	if v, ok := conds["addr"]; ok {
		r.addr = ex.globs(v)
	}
	if v, ok := conds["peer.label"]; ok {
		r.peerLabel = ex.globs(v)
	}
	if v, ok := conds["peer.addr"]; ok {
		r.peerAddr = ex.globs(v)
	}
	return r, nil
}

var (
	dbusPerms   = toSet([]string{"send", "receive", "bind", "eavesdrop"})
	dbusAliases = map[string][]string{"r": {"receive"}, "w": {"send"}, "rw": {"send", "receive"}, "read": {"receive"}, "write": {"send"}}
	dbusConds   = toSet([]string{"bus", "path", "interface", "member", "name", "peer.name", "peer.label"})
)

type dbusRule struct {
	perms                                  map[string]bool
	bus, path, iface, member, name         *Glob
	peerName, peerLabel                    *Glob
	hasMessage, hasBind, hasPeer, anything bool
}

func parseDBus(words []string, ex *expander) (*dbusRule, error) {
	perms, rest, err := parsePerms(words, dbusPerms, dbusAliases)
	if err != nil {
		return nil, fmt.Errorf("dbus: %v", err)
	}
	conds, rest, err := parseConds(rest, dbusConds)
	if err != nil {
		return nil, fmt.Errorf("dbus: %v", err)
	}
	if len(rest) > 0 {
		return nil, fmt.Errorf("dbus: unexpected %q", strings.Join(rest, " "))
	}
	r := &dbusRule{perms: perms}
	set := func(key string, g **Glob) {
		if v, ok := conds[key]; ok {
			*g = ex.globs(v)
		}
	}
	set("bus", &r.bus)
	set("path", &r.path)
	set("interface", &r.iface)
	set("member", &r.member)
	set("name", &r.name)
	set("peer.name", &r.peerName)
	set("peer.label", &r.peerLabel)
	message := r.path != nil || r.iface != nil || r.member != nil || r.peerName != nil || r.peerLabel != nil
	if r.name != nil && message {
		return nil, errors.New("dbus: name= (of bind) and message conditions do not mix")
	}
	for p := range perms {
		switch {
		case p == "bind" && message:
			return nil, errors.New("dbus: bind takes no message conditions")
		case p != "bind" && r.name != nil:
			return nil, fmt.Errorf("dbus: %s takes no name=; the peer's is peer=(name=...)", p)
		case p == "eavesdrop" && (r.path != nil || r.iface != nil || r.member != nil || r.peerName != nil || r.peerLabel != nil):
			return nil, errors.New("dbus: eavesdrop takes only bus=")
		}
	}
	return r, nil
}

// MountOptions are the mount flags rules and accesses name; "rw" is
// the absence of "ro", and others that clear a flag ("suid", "dev",
// "exec", "async", "atime", "diratime") are absences too.
var MountOptions = []string{
	"ro", "rw", "nosuid", "suid", "nodev", "dev", "noexec", "exec", "sync", "async", "remount",
	"mand", "nomand", "dirsync", "noatime", "atime", "nodiratime", "diratime", "bind", "B",
	"rbind", "R", "move", "M", "verbose", "silent", "loud", "acl", "noacl", "unbindable",
	"make-unbindable", "runbindable", "make-runbindable", "private", "make-private", "rprivate",
	"make-rprivate", "slave", "make-slave", "rslave", "make-rslave", "shared", "make-shared",
	"rshared", "make-rshared", "relatime", "norelatime", "iversion", "noiversion",
	"strictatime", "nostrictatime", "lazytime", "nolazytime", "user", "nouser",
}

var mountOptionSet = toSet(MountOptions)

// normalizeOptions maps options to the flags they set, dropping those
// that set none, sorted.
func normalizeOptions(options []string) ([]string, error) {
	set := map[string]bool{}
	for _, o := range options {
		if !mountOptionSet[o] {
			return nil, fmt.Errorf("unknown mount option %q", o)
		}
		switch o {
		case "rw", "suid", "dev", "exec", "async", "atime", "diratime", "nomand", "noacl", "norelatime", "noiversion", "nostrictatime", "nolazytime", "user", "nouser":
			continue
		case "B":
			o = "bind"
		case "R":
			o = "rbind"
		case "M":
			o = "move"
		}
		set[strings.TrimPrefix(o, "make-")] = true
	}
	out := make([]string, 0, len(set))
	for o := range set {
		out = append(out, o)
	}
	sort.Strings(out)
	return out, nil
}

type mountRule struct {
	// options: nil is any; with optionsIn the access's must be a
	// subset, else equal.
	options   []string
	optionsIn bool
	fstype    *Glob
	source    *Glob
	target    *Glob
	// pivot_root
	oldroot *Glob
	profile string
}

func parseMount(class Class, words []string, ex *expander) (*mountRule, error) {
	r := &mountRule{}
	// Conditions first: options=(...), options in (...), fstype=...
	for len(words) > 0 {
		w := words[0]
		key, value, hasEq := strings.Cut(w, "=")
		in := !hasEq && (w == "options" || w == "option" || w == "fstype" || w == "vfstype") && len(words) > 2 && words[1] == "in"
		if in {
			key, value, words = w, words[2], words[2:]
		} else if !hasEq || strings.HasPrefix(w, "/") || strings.HasPrefix(w, "@{") {
			break
		}
		switch key {
		case "options", "option":
			if class == ClassUmount || class == ClassPivotRoot {
				return nil, fmt.Errorf("%s: takes no options", class)
			}
			if r.options != nil {
				return nil, fmt.Errorf("%s: options given twice", class)
			}
			vals, err := condValues(value)
			if err != nil {
				return nil, fmt.Errorf("%s: options: %v", class, err)
			}
			var list []string
			for _, v := range vals {
				list = append(list, splitList(v)...)
			}
			if r.options, err = normalizeOptions(list); err != nil {
				return nil, fmt.Errorf("%s: %v", class, err)
			}
			r.optionsIn = in
		case "fstype", "vfstype":
			if class == ClassPivotRoot || class == ClassRemount {
				return nil, fmt.Errorf("%s: takes no fstype", class)
			}
			vals, err := condValues(value)
			if err != nil {
				return nil, fmt.Errorf("%s: fstype: %v", class, err)
			}
			r.fstype = ex.globs(vals)
		case "oldroot":
			if class != ClassPivotRoot {
				return nil, fmt.Errorf("%s: takes no oldroot", class)
			}
			vals, err := condValues(value)
			if err != nil || len(vals) != 1 {
				return nil, fmt.Errorf("pivot_root: oldroot: want one path")
			}
			r.oldroot = ex.glob(vals[0], true)
		default:
			return nil, fmt.Errorf("%s: unknown condition %q", class, key+"=")
		}
		words = words[1:]
	}
	// Then SOURCE -> TARGET (mount), TARGET (remount, umount),
	// NEWROOT -> PROFILE (pivot_root).
	var first, arrow string
	hasArrow := false
	for i, w := range words {
		if w == "->" || strings.HasPrefix(w, "->") {
			t, err := arrowTarget(words[i:])
			if err != nil {
				return nil, fmt.Errorf("%s: %v", class, err)
			}
			arrow, hasArrow = t, true
			words = words[:i]
			break
		}
	}
	switch len(words) {
	case 0:
	case 1:
		f, err := unquote(words[0])
		if err != nil {
			return nil, err
		}
		first = f
	default:
		return nil, fmt.Errorf("%s: unexpected %q", class, strings.Join(words[1:], " "))
	}
	switch class {
	case ClassMount:
		if first != "" {
			r.source = ex.glob(first, false)
		}
		if hasArrow {
			r.target = ex.glob(arrow, true)
		}
	case ClassRemount, ClassUmount:
		if hasArrow {
			return nil, fmt.Errorf("%s: takes no ->", class)
		}
		if first != "" {
			r.target = ex.glob(first, true)
		}
	case ClassPivotRoot:
		if first != "" {
			r.target = ex.glob(first, true)
		}
		r.profile = arrow
	}
	return r, nil
}

type changeProfileRule struct {
	exec   *Glob
	target *Glob
	unsafe bool
}

func parseChangeProfile(words []string, ex *expander) (*changeProfileRule, error) {
	r := &changeProfileRule{}
	if len(words) > 0 && (words[0] == "safe" || words[0] == "unsafe") {
		r.unsafe, words = words[0] == "unsafe", words[1:]
	}
	var target string
	for i, w := range words {
		if strings.HasPrefix(w, "->") {
			t, err := arrowTarget(words[i:])
			if err != nil {
				return nil, fmt.Errorf("change_profile: %v", err)
			}
			target, words = t, words[:i]
			break
		}
	}
	switch len(words) {
	case 0:
	case 1:
		e, err := unquote(words[0])
		if err != nil {
			return nil, err
		}
		if target == "" {
			// "change_profile NAME," names the target.
			target = e
		} else {
			r.exec = ex.glob(e, true)
		}
	default:
		return nil, fmt.Errorf("change_profile: unexpected %q", strings.Join(words, " "))
	}
	if target != "" {
		r.target = ex.glob(target, false)
	}
	return r, nil
}

// Rlimits are the resource limits a profile may set.
var Rlimits = []string{"cpu", "fsize", "data", "stack", "core", "rss", "nproc", "nofile",
	"memlock", "as", "locks", "sigpending", "msgqueue", "nice", "rtprio", "rttime"}

var rlimitSet = toSet(Rlimits)

type rlimitRule struct {
	name, value string
}

func parseRlimit(words []string) (*rlimitRule, error) {
	if len(words) != 4 || words[0] != "rlimit" || words[2] != "<=" {
		return nil, errors.New("set: want set rlimit NAME <= VALUE")
	}
	if !rlimitSet[words[1]] {
		return nil, fmt.Errorf("set rlimit: unknown limit %q", words[1])
	}
	return &rlimitRule{name: words[1], value: words[3]}, nil
}

// Path returns a file rule's path pattern, variables expanded, or nil
// for a rule of another class.
func (r *Rule) Path() *Glob {
	if r.file == nil {
		return nil
	}
	return r.file.path
}
