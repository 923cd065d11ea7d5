// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare

import (
	"fmt"
	"strings"
)

// Decision is what a profile decides of an access.
type Decision int

const (
	// Denied: no rule allows the access (or not all of it).
	Denied Decision = iota
	// Allowed: rules allow all of the access and no deny rule
	// matches it.
	Allowed
	// DeniedByRule: a deny rule matches the access, whatever allows it.
	DeniedByRule
	// Conflict: exec rules with different transitions match the
	// program, and none is an exact path: apparmor_parser refuses such
	// a profile.
	Conflict
	// OtherTransition: the program may run, but with another
	// transition than the access expects.
	OtherTransition
)

func (d Decision) String() string {
	switch d {
	case Allowed:
		return "allowed"
	case DeniedByRule:
		return "denied by rule"
	case Conflict:
		return "conflicting exec transitions"
	case OtherTransition:
		return "other transition"
	}
	return "denied"
}

// Result is a profile's answer to an access, and why.
type Result struct {
	Access   Access
	Decision Decision
	// Rules are the rules that decided: those that allow the access
	// (Allowed, OtherTransition), the deny rules that match it
	// (DeniedByRule), those that allow part of it (Denied), or the
	// conflicting ones (Conflict).
	Rules []*Rule
	// Missing is what no rule grants of a file access (Denied).
	Missing FileMode
	// Transition is how the program runs (exec, Allowed or
	// OtherTransition).
	Transition Transition
}

// Allowed says whether the access is allowed.
func (r Result) Allowed() bool { return r.Decision == Allowed }

// String says the decision and quotes the rules that made it.
func (r Result) String() string {
	var b strings.Builder
	switch r.Decision {
	case Allowed:
		b.WriteString("allowed")
		if r.Transition.Mode != "" {
			b.WriteString(" (" + r.Transition.String() + ")")
		}
		b.WriteString(" by ")
	case DeniedByRule:
		b.WriteString("denied by ")
	case Conflict:
		b.WriteString("denied: exec transitions conflict: ")
	case OtherTransition:
		fmt.Fprintf(&b, "runs with %s, not %s, by ", r.Transition, r.Access.Transition)
	default:
		b.WriteString("denied: no rule allows it")
		if r.Missing != 0 && r.Missing != r.Access.Mode {
			b.WriteString(" (" + r.Missing.String() + " missing)")
		}
		if len(r.Rules) == 0 {
			return b.String()
		}
		b.WriteString("; partly allowed by ")
	}
	for i, rule := range r.Rules {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(rule.String())
	}
	return b.String()
}

// Check decides an access as AppArmor does: an access is allowed when
// rules of its class allow all of it and no deny rule matches it (deny
// wins, whatever the order); owner rules count only for the process's
// own files; audit changes nothing. Exec takes the transition of the
// rules that allow x: exact paths outrank patterns, and different
// transitions left conflict.
//
// Unix sockets bound to a filesystem path are mediated by file rules,
// as the kernel does: Check asks for w on the socket's path to
// connect, send, bind, listen or accept, r to receive or read
// attributes.
func (p *Profile) Check(a Access) Result {
	switch a.Class {
	case ClassFile:
		return p.checkFile(a)
	case ClassExec:
		return p.checkExec(a)
	case ClassUnix:
		if path := unixPath(a); path != "" {
			mode := ModeWrite
			switch a.Perm {
			case "receive", "getattr", "getopt":
				mode = ModeRead
			}
			res := p.checkFile(Access{Class: ClassFile, Path: path, Mode: mode, NotOwner: a.NotOwner})
			res.Access = a
			return res
		}
	}
	res := Result{Access: a}
	var allow, deny []*Rule
	for _, r := range p.byClass[a.Class] {
		if matches(r, &a) {
			if r.Deny {
				deny = append(deny, r)
			} else {
				allow = append(allow, r)
			}
		}
	}
	// A mount rule with no options also covers remounts, as the
	// parser compiles it.
	if a.Class == ClassRemount {
		for _, r := range p.byClass[ClassMount] {
			if mountCoversRemount(r.mount, &a) {
				if r.Deny {
					deny = append(deny, r)
				} else {
					allow = append(allow, r)
				}
			}
		}
	}
	switch {
	case len(deny) > 0:
		res.Decision, res.Rules = DeniedByRule, deny
	case len(allow) > 0:
		res.Decision, res.Rules = Allowed, allow
	}
	return res
}

// unixPath returns the filesystem path a unix access is about, or "".
func unixPath(a Access) string {
	addr := a.Addr
	switch a.Perm {
	case "connect", "send", "receive":
		addr = a.PeerAddr
	}
	if strings.HasPrefix(addr, "/") {
		return addr
	}
	return ""
}

// FilePerms returns what the profile grants on a path, for the file's
// owner or for others (notOwner), deny rules applied, and the
// transition exec takes (empty when x is not granted or transitions
// conflict): what apparmor_parser's file automaton holds for the path.
func (p *Profile) FilePerms(path string, notOwner bool) (FileMode, Transition) {
	const all = ModeRead | ModeWrite | ModeAppend | ModeLink | ModeLock | ModeMmap | ModeExec
	allowed, denied, _, _ := p.scanFiles(Access{Class: ClassFile, Path: path, Mode: all, NotOwner: notOwner})
	granted := allowed &^ denied
	if granted&ModeExec == 0 {
		return granted, Transition{}
	}
	ex := p.checkExec(Access{Class: ClassExec, Path: path, NotOwner: notOwner})
	if ex.Decision != Allowed {
		return granted &^ ModeExec, Transition{}
	}
	return granted, ex.Transition
}

// scanFiles runs an access through the file rules: what they allow
// and deny of it, and the rules that do.
func (p *Profile) scanFiles(a Access) (allowed, denied FileMode, allow, deny []*Rule) {
	for _, r := range p.byClass[ClassFile] {
		f := r.file
		if r.Owner && a.NotOwner || !f.path.Match(a.Path) {
			continue
		}
		mode := f.mode
		if f.linkTarget != nil && (a.Target == "" || !f.linkTarget.Match(a.Target)) {
			mode &^= ModeLink
		}
		if r.Deny {
			if mode&a.Mode != 0 {
				denied |= mode & a.Mode
				deny = append(deny, r)
			}
			continue
		}
		if mode&a.Mode != 0 {
			allowed |= mode
			allow = append(allow, r)
		}
	}
	return allowed, denied, allow, deny
}

func (p *Profile) checkFile(a Access) Result {
	res := Result{Access: a}
	allowed, denied, allow, deny := p.scanFiles(a)
	switch {
	case denied != 0:
		res.Decision, res.Rules = DeniedByRule, deny
	case a.Mode&^allowed != 0:
		res.Missing, res.Rules = a.Mode&^allowed, allow
	default:
		res.Decision, res.Rules = Allowed, allow
	}
	if res.Decision == Allowed && a.Mode&ModeExec != 0 {
		// x is only allowed with a transition the parser accepts.
		ex := p.checkExec(Access{Class: ClassExec, Path: a.Path, NotOwner: a.NotOwner})
		if ex.Decision == Conflict {
			ex.Access = a
			return ex
		}
	}
	return res
}

func (p *Profile) checkExec(a Access) Result {
	res := Result{Access: a}
	var allow, deny []*Rule
	exact := false
	for _, r := range p.byClass[ClassFile] {
		f := r.file
		if f.mode&ModeExec == 0 || r.Owner && a.NotOwner || !f.path.Match(a.Path) {
			continue
		}
		if r.Deny {
			deny = append(deny, r)
			continue
		}
		allow = append(allow, r)
		exact = exact || f.path.Literal()
	}
	if len(deny) > 0 {
		res.Decision, res.Rules = DeniedByRule, deny
		return res
	}
	if len(allow) == 0 {
		res.Missing = ModeExec
		return res
	}
	if exact {
		// An exact path outranks the patterns.
		var kept []*Rule
		for _, r := range allow {
			if r.file.path.Literal() {
				kept = append(kept, r)
			}
		}
		allow = kept
	}
	t := allow[0].file.exec
	for _, r := range allow[1:] {
		if r.file.exec != t {
			res.Decision, res.Rules = Conflict, allow
			return res
		}
	}
	res.Transition, res.Rules = t, allow
	if a.Transition != "" && a.Transition != t.Mode {
		res.Decision = OtherTransition
		return res
	}
	res.Decision = Allowed
	return res
}

// matches says whether a rule of a's class matches it.
func matches(r *Rule, a *Access) bool {
	switch r.Class {
	case ClassCapability:
		return r.caps == nil || r.caps[a.Name]
	case ClassNetwork:
		n := r.net
		return (n.family == "" || n.family == a.Family) && (n.typ == "" || n.typ == a.Type) && (n.protocol == "" || n.protocol == a.Protocol)
	case ClassSignal:
		s := r.sig
		return permOK(s.perms, a.Perm) && (s.signals == nil || s.signals[a.Signal]) && globOK(s.peer, a.Peer)
	case ClassPtrace:
		return permOK(r.ptrace.perms, a.Perm) && globOK(r.ptrace.peer, a.Peer)
	case ClassUnix:
		u := r.unix
		return permOK(u.perms, a.Perm) && (u.types == nil || u.types[a.Type]) &&
			globOK(u.addr, orNone(a.Addr)) && globOK(u.peerAddr, orNone(a.PeerAddr)) &&
			globOK(u.peerLabel, a.Peer)
	case ClassDBus:
		return dbusMatches(r.dbus, a)
	case ClassMount:
		m := r.mount
		return optionsOK(m, a.Options) && globOK(m.fstype, a.FSType) && globOK(m.source, a.Source) && globOK(m.target, a.Target)
	case ClassRemount:
		return optionsOK(r.mount, a.Options) && globOK(r.mount.target, a.Target)
	case ClassUmount:
		return globOK(r.mount.target, a.Target) && globOK(r.mount.fstype, a.FSType)
	case ClassPivotRoot:
		return globOK(r.mount.target, a.Target) && globOK(r.mount.oldroot, a.OldRoot)
	case ClassChangeProfile:
		c := r.change
		return globOK(c.target, a.Target) && (c.exec == nil || a.Path != "" && c.exec.Match(a.Path))
	case ClassUserns:
		return a.Perm == "" || a.Perm == "create"
	}
	return false
}

func orNone(addr string) string {
	if addr == "" {
		return "none"
	}
	return addr
}

// permOK says whether a rule's permissions (nil: all) hold perm.
func permOK(perms map[string]bool, perm string) bool { return perms == nil || perms[perm] }

// globOK says whether a condition (nil: any) matches s.
func globOK(g *Glob, s string) bool { return g == nil || g.Match(s) }

func dbusMatches(d *dbusRule, a *Access) bool {
	if !permOK(d.perms, a.Perm) || !globOK(d.bus, a.Bus) {
		return false
	}
	message := d.path != nil || d.iface != nil || d.member != nil || d.peerName != nil || d.peerLabel != nil
	switch a.Perm {
	case "bind":
		return !message && globOK(d.name, a.Name)
	case "eavesdrop":
		return !message && d.name == nil
	}
	return d.name == nil && globOK(d.path, a.Path) && globOK(d.iface, a.Interface) && globOK(d.member, a.Member) &&
		globOK(d.peerName, a.Name) && globOK(d.peerLabel, a.Peer)
}

// optionsOK says whether a mount's options meet a rule's.
func optionsOK(m *mountRule, options []string) bool {
	if m.options == nil {
		return true
	}
	have := toSet(m.options)
	for _, o := range options {
		if !have[o] {
			return false
		}
	}
	return m.optionsIn || len(options) == len(m.options)
}

// mountCoversRemount says whether a mount rule allows a remount: one
// without options, or whose options name remount and the access's.
func mountCoversRemount(m *mountRule, a *Access) bool {
	if !globOK(m.target, a.Target) {
		return false
	}
	if m.options == nil {
		return true
	}
	have := toSet(m.options)
	if !have["remount"] {
		return false
	}
	with := append([]string{"remount"}, a.Options...)
	opts, _ := normalizeOptions(with)
	return optionsOK(m, opts)
}
