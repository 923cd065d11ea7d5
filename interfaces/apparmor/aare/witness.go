// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// Sample returns a string the pattern matches: the first alternative
// of each alternation, one byte for each wildcard ('x' where it may
// be; a path component never empty), so that "/dev/video[0-9]*" gives
// "/dev/video0x" and "/home/*/" "/home/xx/". It is checked
// against the pattern; false when no sample was found.
func (g *Glob) Sample() (string, bool) {
	if g.literal {
		return g.text, true
	}
	re, err := syntax.Parse(g.re.String(), syntax.Perl)
	if err != nil {
		return "", false
	}
	var b strings.Builder
	if !sampleRegexp(&b, re.Simplify()) {
		return "", false
	}
	s := b.String()
	if !utf8.ValidString(s) || !g.Match(s) {
		return "", false
	}
	return s, true
}

// sampleRegexp writes a string re matches: one repetition of each
// star, the first alternative.
func sampleRegexp(b *strings.Builder, re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return true
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			b.WriteRune(r)
		}
		return true
	case syntax.OpCharClass:
		r, ok := sampleRune(re.Rune)
		if ok {
			b.WriteRune(r)
		}
		return ok
	case syntax.OpAnyCharNotNL, syntax.OpAnyChar:
		b.WriteByte('x')
		return true
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest:
		return sampleRegexp(b, re.Sub[0])
	case syntax.OpRepeat:
		n := re.Min
		if n == 0 {
			n = 1
		}
		for i := 0; i < n; i++ {
			if !sampleRegexp(b, re.Sub[0]) {
				return false
			}
		}
		return true
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			if !sampleRegexp(b, sub) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		return sampleRegexp(b, re.Sub[0])
	}
	return false
}

// sampleRune returns a printable rune of a class (pairs of bounds):
// 'x', else a letter or digit, else its first printable rune.
func sampleRune(ranges []rune) (rune, bool) {
	in := func(r rune) bool {
		for i := 0; i+1 < len(ranges); i += 2 {
			if ranges[i] <= r && r <= ranges[i+1] {
				return true
			}
		}
		return false
	}
	for _, r := range "xyzabc0123_-" {
		if in(r) {
			return r, true
		}
	}
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1] && r < 0x7f; r++ {
			if r > ' ' {
				return r, true
			}
		}
	}
	return 0, false
}

// Witnesses returns accesses the rule allows: for a pattern, the
// Sample of it; for a rule without a condition, a likely value
// (capability sys_admin for "capability,", peer unconfined); a file
// rule gives a file access with its modes, and an exec access when it
// has x. Each is checked against the rule. Deny rules, and the rule
// classes mount, remount, umount, pivot_root, change_profile and
// rlimit, have none: what they allow is not one access.
func (r *Rule) Witnesses() []Access {
	if r.Deny {
		return nil
	}
	var cands []Access
	switch r.Class {
	case ClassFile:
		if r.file == nil || r.file.path == nil {
			return nil
		}
		path, ok := r.file.path.Sample()
		if !ok {
			return nil
		}
		if mode := r.file.mode &^ (ModeExec | ModeLink); mode != 0 {
			cands = append(cands, Access{Class: ClassFile, Path: path, Mode: mode, NotOwner: !r.Owner})
		}
		if r.file.mode&ModeExec != 0 {
			cands = append(cands, Access{Class: ClassExec, Path: path})
		}
		var out []Access
		for _, a := range cands {
			if r.file.path.Match(a.Path) {
				out = append(out, a)
			}
		}
		return out
	case ClassCapability:
		if r.caps == nil {
			cands = append(cands, Access{Class: ClassCapability, Name: "sys_admin"})
		}
		for _, name := range sortedKeys(r.caps) {
			cands = append(cands, Access{Class: ClassCapability, Name: name})
		}
	case ClassNetwork:
		a := Access{Class: ClassNetwork, Family: r.net.family, Type: r.net.typ, Protocol: r.net.protocol}
		if a.Family == "" {
			a.Family = "inet"
		}
		if a.Type == "" && a.Protocol == "" {
			a.Type = "stream"
		}
		cands = append(cands, a)
	case ClassSignal:
		s := r.sig
		sig := "term"
		if s.signals != nil && !s.signals[sig] {
			sig = sortedKeys(s.signals)[0]
		}
		for _, perm := range permsOr(s.perms, "send", "receive") {
			cands = append(cands, Access{Class: ClassSignal, Perm: perm, Signal: sig, Peer: sampleOr(s.peer, "unconfined")})
		}
	case ClassPtrace:
		for _, perm := range permsOr(r.ptrace.perms, "read", "trace") {
			cands = append(cands, Access{Class: ClassPtrace, Perm: perm, Peer: sampleOr(r.ptrace.peer, "unconfined")})
		}
	case ClassUnix:
		u := r.unix
		typ := "stream"
		if u.types != nil && !u.types[typ] {
			typ = sortedKeys(u.types)[0]
		}
		for _, perm := range permsOr(u.perms, "connect", "send", "receive") {
			cands = append(cands, Access{Class: ClassUnix, Perm: perm, Type: typ,
				Addr: sampleOr(u.addr, "none"), PeerAddr: sampleOr(u.peerAddr, "none"), Peer: sampleOr(u.peerLabel, "unconfined")})
		}
	case ClassDBus:
		d := r.dbus
		bus := sampleOr(d.bus, "system")
		for _, perm := range permsOr(d.perms, "send", "receive", "bind") {
			a := Access{Class: ClassDBus, Perm: perm, Bus: bus}
			if perm == "bind" {
				a.Name = sampleOr(d.name, "org.example.Name")
			} else {
				a.Path = sampleOr(d.path, "/org/example/Object")
				a.Interface = sampleOr(d.iface, "org.example.Interface")
				a.Member = sampleOr(d.member, "Method")
				a.Name = sampleOr(d.peerName, "org.example.Peer")
				a.Peer = sampleOr(d.peerLabel, "unconfined")
			}
			cands = append(cands, a)
		}
	case ClassUserns:
		cands = append(cands, Access{Class: ClassUserns, Perm: "create"})
	}
	var out []Access
	for i := range cands {
		if matches(r, &cands[i]) {
			out = append(out, cands[i])
		}
	}
	return out
}

// permsOr returns a rule's permissions, sorted, or the given ones when
// the rule has none (it then allows all).
func permsOr(perms map[string]bool, all ...string) []string {
	if perms == nil {
		return all
	}
	return sortedKeys(perms)
}

// sampleOr returns a sample of a condition, or def when there is none.
func sampleOr(g *Glob, def string) string {
	if g == nil {
		return def
	}
	if s, ok := g.Sample(); ok {
		return s
	}
	return def
}
