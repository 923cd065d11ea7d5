// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Access is something a confined process asks to do, of one class.
// Only the fields of its class count; an empty field is one the
// access does not have (no peer, no member...), which a rule that
// names one does not match.
type Access struct {
	Class Class

	// Path is the file (file, exec), the object path (dbus), the
	// program run (change_profile, optional).
	Path string
	// Mode is what a file access asks for.
	Mode FileMode
	// NotOwner says the file belongs to another user than the
	// process's: owner rules then do not apply.
	NotOwner bool
	// Target is the link's target (file with l), the mount point
	// (mount, remount, umount), the new root (pivot_root) or the
	// profile asked for (change_profile).
	Target string
	// Transition is the exec mode an exec access expects ("ix",
	// "Px"...), or "" for any.
	Transition string

	// Name is the capability, or the D-Bus name: bound (bind) or of
	// the peer (send, receive).
	Name string

	// Family, Type and Protocol describe a socket (network; Type also
	// unix).
	Family, Type, Protocol string

	// Perm is what a signal, ptrace, unix, dbus or userns access asks
	// for: "send", "read", "connect", "bind", "create"...
	Perm string
	// Signal is the signal sent or received.
	Signal string
	// Peer is the other side's label.
	Peer string
	// Addr and PeerAddr are unix socket addresses: "@name" abstract,
	// "/path" on the filesystem, "none" unbound (the default), "auto"
	// for autobind.
	Addr, PeerAddr string

	// Bus, Interface and Member describe a D-Bus message.
	Bus, Interface, Member string

	// Options, FSType, Source describe a mount; OldRoot a pivot_root.
	Options        []string
	FSType, Source string
	OldRoot        string
}

// The text form of accesses, one to a line; see the package doc.

// ParseAccess reads an access in its text form.
func ParseAccess(s string) (Access, error) {
	words, err := accessWords(s)
	if err != nil {
		return Access{}, err
	}
	if len(words) == 0 {
		return Access{}, errors.New("empty access")
	}
	a := Access{Class: Class(words[0])}
	rest := words[1:]
	need := func(n int, usage string) error {
		if len(rest) < n {
			return fmt.Errorf("%s: want %s", a.Class, usage)
		}
		return nil
	}
	switch a.Class {
	case ClassFile:
		if err := need(2, "file MODE PATH [owner|!owner] [-> TARGET]"); err != nil {
			return a, err
		}
		if a.Mode, err = ParseFileMode(rest[0]); err != nil {
			return a, err
		}
		a.Path, rest = rest[1], rest[2:]
		for len(rest) > 0 {
			switch {
			case rest[0] == "owner":
			case rest[0] == "!owner":
				a.NotOwner = true
			case rest[0] == "->" && len(rest) > 1:
				a.Target, rest = rest[1], rest[1:]
			default:
				return a, fmt.Errorf("file: unexpected %q", rest[0])
			}
			rest = rest[1:]
		}
		if a.Target != "" && a.Mode&ModeLink == 0 {
			return a, errors.New("file: -> TARGET is the target of a link (l)")
		}
	case ClassExec:
		if err := need(1, "exec PATH [MODE]"); err != nil {
			return a, err
		}
		a.Path, rest = rest[0], rest[1:]
		if len(rest) > 0 {
			if !execModes[rest[0]] {
				return a, fmt.Errorf("exec: unknown exec mode %q", rest[0])
			}
			a.Transition, rest = rest[0], rest[1:]
		}
		if len(rest) > 0 {
			return a, fmt.Errorf("exec: unexpected %q", rest[0])
		}
	case ClassCapability:
		if len(rest) != 1 {
			return a, errors.New("capability: want capability NAME")
		}
		if a.Name = rest[0]; !capabilitySet[a.Name] {
			return a, fmt.Errorf("capability: unknown capability %q", a.Name)
		}
	case ClassNetwork:
		if err := need(1, "network FAMILY [TYPE [PROTOCOL]]"); err != nil {
			return a, err
		}
		if len(rest) > 3 {
			return a, fmt.Errorf("network: unexpected %q", rest[3])
		}
		if a.Family = rest[0]; !networkFamilySet[a.Family] {
			return a, fmt.Errorf("network: unknown family %q", a.Family)
		}
		if len(rest) > 1 {
			if a.Type = rest[1]; !socketTypeSet[a.Type] {
				return a, fmt.Errorf("network: unknown socket type %q", a.Type)
			}
		}
		if len(rest) > 2 {
			if a.Protocol = rest[2]; !networkProtocolOK[a.Protocol] {
				return a, fmt.Errorf("network: unknown protocol %q", a.Protocol)
			}
		}
	case ClassSignal:
		err = a.parseFields(rest, signalPerms, "sig", "peer")
		if err == nil && a.Signal != "" && !validSignal(a.Signal) {
			err = fmt.Errorf("signal: unknown signal %q", a.Signal)
		}
		if err == nil && a.Signal == "" {
			err = errors.New("signal: want sig=NAME")
		}
	case ClassPtrace:
		err = a.parseFields(rest, ptracePerms, "peer")
	case ClassUnix:
		err = a.parseFields(rest, unixPerms, "addr", "peer", "peer_addr", "type")
		if err == nil && a.Type == "" {
			err = errors.New("unix: want a socket type (stream, dgram or seqpacket)")
		}
	case ClassDBus:
		err = a.parseFields(rest, dbusPerms, "bus", "path", "interface", "member", "name", "peer")
		if err == nil && a.Bus == "" {
			err = errors.New("dbus: want bus=NAME")
		}
	case ClassUserns:
		err = a.parseFields(rest, toSet([]string{"create"}))
	case ClassMount, ClassRemount, ClassUmount, ClassPivotRoot:
		err = a.parseMount(rest)
	case ClassChangeProfile:
		err = a.parseFields(rest, nil, "exec", "target")
		if err == nil && a.Target == "" {
			err = errors.New("change_profile: want target=PROFILE")
		}
	default:
		return a, fmt.Errorf("unknown access class %q", words[0])
	}
	return a, err
}

// parseFields reads "PERM [TYPE] key=value..." for the classes that
// are a permission and conditions.
func (a *Access) parseFields(words []string, perms map[string]bool, keys ...string) error {
	if perms != nil {
		if len(words) == 0 || strings.Contains(words[0], "=") {
			return fmt.Errorf("%s: want a permission first", a.Class)
		}
		if !perms[words[0]] {
			return fmt.Errorf("%s: unknown permission %q", a.Class, words[0])
		}
		a.Perm, words = words[0], words[1:]
	}
	allowed := toSet(keys)
	seen := map[string]bool{}
	for _, w := range words {
		key, value, ok := strings.Cut(w, "=")
		if !ok {
			if allowed["type"] && a.Type == "" && (w == "stream" || w == "dgram" || w == "seqpacket") {
				a.Type = w
				continue
			}
			return fmt.Errorf("%s: unexpected %q", a.Class, w)
		}
		if !allowed[key] {
			return fmt.Errorf("%s: unknown field %q", a.Class, key)
		}
		if seen[key] {
			return fmt.Errorf("%s: field %q given twice", a.Class, key)
		}
		seen[key] = true
		switch key {
		case "sig":
			a.Signal = value
		case "peer":
			a.Peer = value
		case "addr":
			a.Addr = value
		case "peer_addr":
			a.PeerAddr = value
		case "type":
			a.Type = value
		case "bus":
			a.Bus = value
		case "path":
			a.Path = value
		case "interface":
			a.Interface = value
		case "member":
			a.Member = value
		case "name":
			a.Name = value
		case "exec":
			a.Path = value
		case "target":
			a.Target = value
		}
	}
	return nil
}

func (a *Access) parseMount(words []string) error {
	for _, w := range words {
		key, value, ok := strings.Cut(w, "=")
		if !ok {
			if a.Target != "" {
				return fmt.Errorf("%s: unexpected %q", a.Class, w)
			}
			a.Target = w
			continue
		}
		switch {
		case key == "options" && a.Class != ClassUmount && a.Class != ClassPivotRoot:
			opts, err := normalizeOptions(strings.Split(value, ","))
			if err != nil {
				return fmt.Errorf("%s: %v", a.Class, err)
			}
			a.Options = opts
		case key == "fstype" && (a.Class == ClassMount || a.Class == ClassUmount):
			a.FSType = value
		case key == "source" && a.Class == ClassMount:
			a.Source = value
		case key == "oldroot" && a.Class == ClassPivotRoot:
			a.OldRoot = value
		default:
			return fmt.Errorf("%s: unknown field %q", a.Class, key)
		}
	}
	if a.Target == "" {
		return fmt.Errorf("%s: want a target path", a.Class)
	}
	return nil
}

// accessWords splits an access's text at blanks; a word may be quoted
// ("..." with \" and \\ escapes), and so may the value of key="...".
func accessWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			j := i + 1
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\\' && j+1 < len(s) {
					j++
				}
			}
			if j >= len(s) {
				return nil, fmt.Errorf("unterminated quote in %q", s)
			}
			u, err := strconv.Unquote(s[i : j+1])
			if err != nil {
				return nil, fmt.Errorf("bad quoted string %s: %v", s[i:j+1], err)
			}
			cur.WriteString(u)
			in = true
			i = j
		case c == ' ' || c == '\t':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteByte(c)
			in = true
		}
	}
	if in {
		words = append(words, cur.String())
	}
	return words, nil
}

// quoteWord quotes a word of the text form when it needs it.
func quoteWord(s string) string {
	if s == "" || strings.ContainsAny(s, " \t\"\\") || strings.IndexFunc(s, func(r rune) bool { return r < ' ' || r > '~' }) >= 0 {
		return strconv.Quote(s)
	}
	return s
}

// String returns the access in its text form, which ParseAccess reads
// back.
func (a Access) String() string {
	var b strings.Builder
	b.WriteString(string(a.Class))
	word := func(s string) { b.WriteString(" " + quoteWord(s)) }
	field := func(key, value string) {
		if value != "" {
			b.WriteString(" " + key + "=" + quoteWord(value))
		}
	}
	switch a.Class {
	case ClassFile:
		word(a.Mode.String())
		word(a.Path)
		if a.NotOwner {
			word("!owner")
		}
		if a.Target != "" {
			word("->")
			word(a.Target)
		}
	case ClassExec:
		word(a.Path)
		if a.Transition != "" {
			word(a.Transition)
		}
	case ClassCapability:
		word(a.Name)
	case ClassNetwork:
		for _, s := range []string{a.Family, a.Type, a.Protocol} {
			if s != "" {
				word(s)
			}
		}
	case ClassSignal:
		word(a.Perm)
		field("sig", a.Signal)
		field("peer", a.Peer)
	case ClassPtrace:
		word(a.Perm)
		field("peer", a.Peer)
	case ClassUnix:
		word(a.Perm)
		word(a.Type)
		field("addr", a.Addr)
		field("peer_addr", a.PeerAddr)
		field("peer", a.Peer)
	case ClassDBus:
		word(a.Perm)
		field("bus", a.Bus)
		field("path", a.Path)
		field("interface", a.Interface)
		field("member", a.Member)
		field("name", a.Name)
		field("peer", a.Peer)
	case ClassUserns:
		word(a.Perm)
	case ClassMount, ClassRemount, ClassUmount, ClassPivotRoot:
		if len(a.Options) > 0 {
			field("options", strings.Join(a.Options, ","))
		}
		field("fstype", a.FSType)
		field("source", a.Source)
		field("oldroot", a.OldRoot)
		word(a.Target)
	case ClassChangeProfile:
		field("exec", a.Path)
		field("target", a.Target)
	}
	return b.String()
}

// Expectation is a line of an access file: an access and whether the
// profile must allow or deny it.
type Expectation struct {
	Allow  bool
	Access Access
	// Line is the line of the file.
	Line int
}

// ReadExpectations reads an access file: one "allow ACCESS" or
// "deny ACCESS" a line; blank lines and lines starting with '#' are
// skipped. Errors say "NAME:LINE: ...".
func ReadExpectations(name string, r io.Reader) ([]Expectation, error) {
	var out []Expectation
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		verb, rest, _ := strings.Cut(text, " ")
		pos := Pos{File: name, Line: line}
		var allow bool
		switch verb {
		case "allow":
			allow = true
		case "deny":
		default:
			return nil, pos.errorf("want allow ACCESS or deny ACCESS, not %q", verb)
		}
		a, err := ParseAccess(strings.TrimSpace(rest))
		if err != nil {
			return nil, pos.errorf("%v", err)
		}
		out = append(out, Expectation{Allow: allow, Access: a, Line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	return out, nil
}

// sortedKeys returns a set's members in order.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
