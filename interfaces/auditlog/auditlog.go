// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package auditlog reads the log lines a confined snap's denials leave,
// and turns each into what was asked: AppArmor records into accesses
// of package aare (the text form "file r /etc/shadow", "capability
// net_admin", "dbus send bus=system ..."), seccomp records into a
// syscall's name and architecture.
//
// It reads the kernel's AppArmor records (type=1400, type=AVC, from
// dmesg, journalctl -k, syslog or audit.log): file, exec, capability,
// network, unix, signal, ptrace, mount, umount, pivot_root,
// change_profile and userns; the D-Bus daemon's (dbus-daemon and
// dbus-broker, type=1107, type=USER_AVC, or their journal lines):
// method calls, signals, name bindings and eavesdropping; and the
// kernel's seccomp records (type=1326, type=SECCOMP) of x86_64, i386
// and aarch64. A line holds one record; text around it (a journal or
// syslog prefix, "msg='...'") is skipped. Values the kernel wrote in
// hex (a path with a space) are decoded.
//
// Parse never panics: a line it does not understand is an error that
// says why. It is pure Go and runs nothing.
package auditlog

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/seccomp/syscalls"
	"github.com/snapiface/snapiface/snap"
)

// Kind says which mediation a record comes from.
type Kind string

// The kinds of record.
const (
	// KindAppArmor is the kernel's AppArmor mediation.
	KindAppArmor Kind = "apparmor"
	// KindDBus is a D-Bus daemon's AppArmor mediation.
	KindDBus Kind = "dbus"
	// KindSeccomp is the kernel's seccomp filter.
	KindSeccomp Kind = "seccomp"
)

// MaxLineLen bounds a line: an audit record is at most 8 KiB
// (MAX_AUDIT_MESSAGE_LENGTH); a journal line around it adds little.
const MaxLineLen = 64 << 10

// Record is one denial (or, in complain mode, one access that would
// have been denied).
type Record struct {
	Kind Kind
	// Outcome is AppArmor's verdict, "DENIED" or "ALLOWED" (complain
	// mode), or the seccomp action: "errno", "kill", "log"...
	Outcome string
	// Operation is AppArmor's operation ("open", "capable",
	// "dbus_method_call"...), or "syscall".
	Operation string
	// Label is the confined process's AppArmor label, without its
	// mode ("(enforce)") and past stacking ("//&...").
	Label string
	// Tag is the snap, app or hook the label names, when it is a
	// snap's security tag; its Snap is set from the executable's path
	// for a seccomp record without a label.
	Tag Tag
	// Accesses is what AppArmor denied, one access per permission
	// denied (a unix denial of "send receive" is two).
	Accesses []aare.Access
	// Syscall is what seccomp denied.
	Syscall *Syscall
	// Fields are the record's key=value pairs, decoded.
	Fields map[string]string
}

// Tag is a snap's security tag taken apart: snap.INSTANCE.APP or
// snap.INSTANCE.hook.HOOK.
type Tag struct {
	// Snap is the instance name ("foo", "foo_beta").
	Snap string
	App  string
	Hook string
}

// String returns the security tag, or the snap name alone when the
// record named no app or hook.
func (t Tag) String() string {
	switch {
	case t.Snap == "":
		return ""
	case t.Hook != "":
		return snap.HookSecurityTag(t.Snap, t.Hook)
	case t.App != "":
		return snap.AppSecurityTag(t.Snap, t.App)
	}
	return t.Snap
}

// ParseTag takes a snap's security tag apart; ok is false for any
// other label.
func ParseTag(label string) (Tag, bool) {
	rest, ok := strings.CutPrefix(label, "snap.")
	if !ok {
		return Tag{}, false
	}
	instance, rest, ok := strings.Cut(rest, ".")
	if !ok || snap.ValidateInstanceName(instance) != nil {
		return Tag{}, false
	}
	if hook, ok := strings.CutPrefix(rest, "hook."); ok {
		if snap.ValidateHookName(hook) != nil {
			return Tag{}, false
		}
		return Tag{Snap: instance, Hook: hook}, true
	}
	if snap.ValidateAppName(rest) != nil {
		return Tag{}, false
	}
	return Tag{Snap: instance, App: rest}, true
}

// Syscall is the syscall of a seccomp record.
type Syscall struct {
	// Arch is the record's architecture ("x86_64", "x86", "aarch64").
	Arch string
	// Audit is its audit architecture (0xc000003e...).
	Audit  uint32
	Number uint32
	Name   string
	// Compat says a 32-bit call on a 64-bit kernel.
	Compat bool
	// Code is the filter's return value.
	Code uint32
}

// String returns "NAME (ARCH NUMBER)".
func (s *Syscall) String() string {
	return fmt.Sprintf("%s (%s %d)", s.Name, s.Arch, s.Number)
}

// Line is a line of a log and what it says.
type Line struct {
	// Number counts lines from 1.
	Number int
	Text   string
	// Record is the line's record, or nil when Err says why there is
	// none.
	Record *Record
	Err    error
}

// Read reads a log, a record a line; blank lines are skipped. Lines
// that hold no record, or one Parse does not understand, come back
// with their error; the error Read returns is for the reader only,
// or a line past MaxLineLen.
func Read(r io.Reader) ([]Line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxLineLen)
	var lines []Line
	n := 0
	for sc.Scan() {
		n++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		rec, err := Parse(text)
		lines = append(lines, Line{Number: n, Text: text, Record: rec, Err: err})
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return lines, fmt.Errorf("cannot read line %d: longer than %d bytes", n+1, MaxLineLen)
		}
		return lines, fmt.Errorf("cannot read line %d: %w", n+1, err)
	}
	return lines, nil
}

// Parse reads one line's record.
func Parse(line string) (*Record, error) {
	if len(line) > MaxLineLen {
		return nil, fmt.Errorf("line longer than %d bytes", MaxLineLen)
	}
	fields := splitFields(line)
	if v, ok := fields["apparmor"]; ok {
		return parseAppArmor(v, fields)
	}
	if _, ok := fields["syscall"]; ok && isSeccompType(fields["type"]) {
		return parseSeccomp(fields)
	}
	if _, ok := fields["syscall"]; ok && fields["arch"] != "" && fields["code"] != "" {
		// A record without its type (ausearch -i, a copied excerpt).
		return parseSeccomp(fields)
	}
	return nil, errors.New(`not an AppArmor or seccomp record: no apparmor= field, and no type=1326 or type=SECCOMP with syscall=`)
}

func isSeccompType(t string) bool { return t == "1326" || t == "SECCOMP" }

// hexFields are the fields the kernel logs with audit_log_untrustedstring:
// quoted, or in hex when they hold a space, a quote or a control
// character.
var hexFields = map[string]bool{
	"name": true, "comm": true, "exe": true, "profile": true, "label": true, "peer": true, "target": true,
	"addr": true, "peer_addr": true, "srcname": true, "fstype": true, "path": true, "interface": true,
	"member": true, "method": true, "peer_label": true, "subj": true, "info": true,
}

// splitFields returns the key=value pairs of a line: a key is letters,
// digits, '_' and '-' after a blank, a quote or the start of the line;
// a value is "quoted" or runs to the next blank. The first of a key
// wins: "msg=audit(...)" comes before the record's own fields, and
// the D-Bus daemon's msg='...' holds them.
func splitFields(line string) map[string]string {
	fields := map[string]string{}
	i := 0
	for i < len(line) {
		if i > 0 && !startsKey(line[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(line) && isKeyByte(line[j]) {
			j++
		}
		if j == i || j >= len(line) || line[j] != '=' {
			i = max(j, i+1)
			continue
		}
		key := line[i:j]
		j++ // past '='
		var value string
		quoted := false
		switch {
		case j < len(line) && line[j] == '"':
			end := strings.IndexByte(line[j+1:], '"')
			if end < 0 {
				value, j = line[j+1:], len(line)
			} else {
				value, j = line[j+1:j+1+end], j+2+end
			}
			quoted = true
		case j < len(line) && line[j] == '\'':
			// msg='...': the fields inside are read on their own.
			i = j + 1
			continue
		default:
			end := j
			for end < len(line) && line[end] != ' ' && line[end] != '\t' {
				end++
			}
			value = strings.TrimRight(line[j:end], "'")
			j = end
		}
		if !quoted && hexFields[key] {
			value = decodeHex(value)
		}
		if _, seen := fields[key]; !seen {
			fields[key] = value
		}
		i = j
	}
	return fields
}

// startsKey says whether a key may follow the byte.
func startsKey(b byte) bool { return b == ' ' || b == '\t' || b == '\'' || b == '(' }

func isKeyByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_' || b == '-'
}

// decodeHex decodes an untrusted string the kernel wrote in hex, or
// returns it as it is.
func decodeHex(s string) string {
	if len(s) < 2 || len(s)%2 != 0 {
		return s
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'A' <= c && c <= 'F') {
			return s
		}
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return s
	}
	return string(b)
}

// labelOf returns a label without its mode and past stacking or a
// child profile: "snap.foo.app (enforce)" and "snap.foo.app//&:ns:x"
// give "snap.foo.app".
func labelOf(s string) string {
	s, _, _ = strings.Cut(s, " (")
	s, _, _ = strings.Cut(s, "//")
	return strings.TrimSpace(s)
}

func (rec *Record) setLabel(label string) {
	rec.Label = labelOf(label)
	if tag, ok := ParseTag(rec.Label); ok {
		rec.Tag = tag
	}
}

func parseAppArmor(verdict string, fields map[string]string) (*Record, error) {
	op := fields["operation"]
	rec := &Record{Kind: KindAppArmor, Outcome: verdict, Operation: op, Fields: fields}
	switch verdict {
	case "DENIED", "ALLOWED":
	case "":
		return nil, errors.New("apparmor= has no verdict")
	default:
		return nil, fmt.Errorf("not a denial: apparmor=%q (operation %q)", verdict, op)
	}
	if op == "" {
		return nil, errors.New("AppArmor record without operation=")
	}
	label := fields["profile"]
	if strings.HasPrefix(op, "dbus_") {
		rec.Kind = KindDBus
		label = fields["label"]
	}
	if label == "" {
		label = fields["label"]
	}
	if label == "" {
		return nil, fmt.Errorf("AppArmor record of operation %q without profile= or label=", op)
	}
	rec.setLabel(label)
	accesses, err := accessesOf(rec.Kind, op, fields)
	if err != nil {
		return nil, fmt.Errorf("operation %q: %w", op, err)
	}
	// Every access goes through the text form, which checks its
	// fields as an access file would (an unknown capability, family
	// or signal is an error), and normalises mount options.
	for i, a := range accesses {
		checked, err := aare.ParseAccess(a.String())
		if err != nil {
			return nil, fmt.Errorf("operation %q: %w", op, err)
		}
		accesses[i] = checked
	}
	rec.Accesses = accesses
	return rec, nil
}

// accessesOf turns an AppArmor record into accesses.
func accessesOf(kind Kind, op string, f map[string]string) ([]aare.Access, error) {
	if kind == KindDBus {
		return dbusAccesses(op, f)
	}
	class := f["class"]
	switch {
	case op == "capable" || class == "cap":
		return capabilityAccess(f)
	case op == "signal" || class == "signal":
		return permAccesses(aare.Access{Class: aare.ClassSignal, Signal: signalName(f["signal"]), Peer: labelOf(f["peer"])}, f)
	case op == "ptrace" || class == "ptrace":
		return permAccesses(aare.Access{Class: aare.ClassPtrace, Peer: labelOf(f["peer"])}, f)
	case f["family"] == "unix" || class == "unix":
		if f["sock_type"] == "" {
			return nil, errors.New("unix record without sock_type=")
		}
		return permAccesses(aare.Access{Class: aare.ClassUnix, Type: f["sock_type"], Addr: unixAddr(f["addr"]),
			PeerAddr: unixAddr(f["peer_addr"]), Peer: labelOf(f["peer"])}, f)
	case class == "net" || f["family"] != "":
		return networkAccess(f)
	case op == "mount" || op == "remount" || op == "umount" || op == "pivotroot" || class == "mount":
		return mountAccess(op, f)
	case op == "change_profile" || op == "change_onexec":
		target := f["target"]
		if target == "" {
			target = f["name"]
		}
		if target == "" {
			return nil, errors.New("no name= or target= to change to")
		}
		return []aare.Access{{Class: aare.ClassChangeProfile, Target: target}}, nil
	case op == "userns_create" || class == "namespace":
		return []aare.Access{{Class: aare.ClassUserns, Perm: "create"}}, nil
	case op == "exec":
		if f["name"] == "" {
			return nil, errors.New("no name= of the program run")
		}
		return []aare.Access{{Class: aare.ClassExec, Path: f["name"]}}, nil
	case class == "file" || fileOperations[op]:
		return fileAccess(f)
	}
	return nil, fmt.Errorf("an operation of class %q this reader does not know", class)
}

// fileOperations are the file operations of the kernel's AppArmor
// (OP_* in security/apparmor/include/audit.h), for records without
// class=.
var fileOperations = map[string]bool{
	"open": true, "mknod": true, "unlink": true, "rename_src": true, "rename_dest": true, "link": true,
	"symlink": true, "chmod": true, "chown": true, "truncate": true, "mkdir": true, "rmdir": true,
	"getattr": true, "setattr": true, "file_mmap": true, "file_mprotect": true, "file_lock": true,
	"file_receive": true, "file_perm": true, "file_inherit": true,
}

// mask returns the denied permissions of a record (what to explain),
// or those requested when it names none.
func mask(f map[string]string) string {
	if m := f["denied_mask"]; m != "" {
		return m
	}
	if m := f["requested_mask"]; m != "" {
		return m
	}
	return f["mask"]
}

func fileAccess(f map[string]string) ([]aare.Access, error) {
	path := f["name"]
	if path == "" {
		return nil, errors.New("no name= of the file")
	}
	m := mask(f)
	if m == "" {
		return nil, errors.New("no requested_mask= or denied_mask=")
	}
	var mode aare.FileMode
	for _, c := range m {
		switch c {
		case 'r':
			mode |= aare.ModeRead
		case 'w', 'c', 'd':
			// Create and delete are write in policy.
			mode |= aare.ModeWrite
		case 'a':
			mode |= aare.ModeAppend
		case 'l':
			mode |= aare.ModeLink
		case 'k':
			mode |= aare.ModeLock
		case 'm':
			mode |= aare.ModeMmap
		case 'x':
			mode |= aare.ModeExec
		case ':', ' ':
			// "r::" masks of owner and other.
		default:
			// Permissions policy cannot name (change_hat's N...).
		}
	}
	if mode == 0 {
		return nil, fmt.Errorf("file mask %q grants nothing a file rule names", m)
	}
	a := aare.Access{Class: aare.ClassFile, Path: path, Mode: mode}
	if fsuid, ouid := f["fsuid"], f["ouid"]; fsuid != "" && ouid != "" && fsuid != ouid {
		a.NotOwner = true
	}
	if mode&aare.ModeLink != 0 {
		a.Target = f["target"]
	}
	if mode&aare.ModeExec != 0 && mode != aare.ModeExec {
		// x with other permissions: the exec alone is what runs.
		mode &^= aare.ModeExec
		a.Mode = mode
		return []aare.Access{a, {Class: aare.ClassExec, Path: path}}, nil
	}
	if mode == aare.ModeExec {
		return []aare.Access{{Class: aare.ClassExec, Path: path}}, nil
	}
	return []aare.Access{a}, nil
}

func capabilityAccess(f map[string]string) ([]aare.Access, error) {
	name := f["capname"]
	if name == "" {
		n, err := strconv.Atoi(f["capability"])
		if err != nil || n < 0 || n >= len(aare.Capabilities) {
			return nil, fmt.Errorf("no capname= and no known capability= (%q)", f["capability"])
		}
		// aare.Capabilities is in the kernel's order (CAP_CHOWN is 0).
		name = aare.Capabilities[n]
	}
	return []aare.Access{{Class: aare.ClassCapability, Name: name}}, nil
}

// networkProtocols names the protocol numbers (IPPROTO_*) that
// network rules can name.
var networkProtocols = map[string]string{"1": "icmp", "6": "tcp", "17": "udp", "58": "icmpv6"}

func networkAccess(f map[string]string) ([]aare.Access, error) {
	if f["family"] == "" {
		return nil, errors.New("network record without family=")
	}
	a := aare.Access{Class: aare.ClassNetwork, Family: f["family"], Type: f["sock_type"], Protocol: networkProtocols[f["protocol"]]}
	return []aare.Access{a}, nil
}

// permAccesses returns a copy of a for each permission of the record's
// mask ("send receive connect").
func permAccesses(a aare.Access, f map[string]string) ([]aare.Access, error) {
	perms := strings.Fields(mask(f))
	if len(perms) == 0 {
		return nil, errors.New("no requested_mask= or denied_mask=")
	}
	out := make([]aare.Access, 0, len(perms))
	for _, p := range perms {
		b := a
		b.Perm = p
		out = append(out, b)
	}
	return out, nil
}

// unixAddr reads a unix socket address as the kernel logs it: "none"
// (unbound) is the access's default.
func unixAddr(s string) string {
	if s == "none" {
		return ""
	}
	return s
}

// signalNames are the signals by number (x86 and arm numbering), for
// records that give one.
var signalNames = map[string]string{
	"1": "hup", "2": "int", "3": "quit", "4": "ill", "5": "trap", "6": "abrt", "7": "bus", "8": "fpe",
	"9": "kill", "10": "usr1", "11": "segv", "12": "usr2", "13": "pipe", "14": "alrm", "15": "term",
	"16": "stkflt", "17": "chld", "18": "cont", "19": "stop", "20": "stp", "21": "ttin", "22": "ttou",
	"23": "urg", "24": "xcpu", "25": "xfsz", "26": "vtalrm", "27": "prof", "28": "winch", "29": "io",
	"30": "pwr", "31": "sys", "0": "exists",
}

func signalName(s string) string {
	if name, ok := signalNames[s]; ok {
		return name
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 32 && n <= 64 {
		return fmt.Sprintf("rtmin+%d", n-32)
	}
	return s
}

func mountAccess(op string, f map[string]string) ([]aare.Access, error) {
	target := f["name"]
	if target == "" {
		return nil, errors.New("no name= of the mount point")
	}
	var opts []string
	for _, o := range strings.Split(f["flags"], ",") {
		if o = strings.TrimSpace(o); o != "" {
			opts = append(opts, o)
		}
	}
	switch op {
	case "umount":
		return []aare.Access{{Class: aare.ClassUmount, Target: target}}, nil
	case "pivotroot":
		return []aare.Access{{Class: aare.ClassPivotRoot, Target: target, OldRoot: f["srcname"]}}, nil
	case "remount":
		return []aare.Access{{Class: aare.ClassRemount, Target: target, Options: opts}}, nil
	}
	return []aare.Access{{Class: aare.ClassMount, Target: target, Options: opts, FSType: f["fstype"], Source: f["srcname"]}}, nil
}

func dbusAccesses(op string, f map[string]string) ([]aare.Access, error) {
	bus := f["bus"]
	if bus == "" {
		return nil, errors.New("no bus=")
	}
	perm := f["mask"]
	if perm == "" {
		return nil, errors.New("no mask=")
	}
	switch op {
	case "dbus_bind":
		return []aare.Access{{Class: aare.ClassDBus, Perm: perm, Bus: bus, Name: f["name"]}}, nil
	case "dbus_eavesdrop":
		return []aare.Access{{Class: aare.ClassDBus, Perm: perm, Bus: bus}}, nil
	case "dbus_method_call", "dbus_signal", "dbus_method_return", "dbus_error":
	default:
		return nil, errors.New("a D-Bus operation this reader does not know")
	}
	member := f["member"]
	if member == "" {
		// dbus-broker's records say method=.
		member = f["method"]
	}
	return []aare.Access{{Class: aare.ClassDBus, Perm: perm, Bus: bus, Path: f["path"], Interface: f["interface"],
		Member: member, Name: f["name"], Peer: labelOf(f["peer_label"])}}, nil
}

// seccompActions name the action of a filter's return value
// (linux/seccomp.h).
var seccompActions = map[uint32]string{
	0x80000000: "kill", 0x00000000: "kill", 0x00030000: "trap", 0x00050000: "errno",
	0x7ff00000: "trace", 0x7ffc0000: "log", 0x7fff0000: "allow", 0x7fc00000: "notify",
}

func parseSeccomp(f map[string]string) (*Record, error) {
	rec := &Record{Kind: KindSeccomp, Operation: "syscall", Fields: f}
	archText := f["arch"]
	audit, err := strconv.ParseUint(archText, 16, 32)
	if err != nil {
		return nil, fmt.Errorf("seccomp record: arch=%q is not a hex audit architecture", archText)
	}
	arch := syscalls.ByAudit(uint32(audit))
	if arch == nil {
		return nil, fmt.Errorf("seccomp record: architecture %s is none of x86_64 (c000003e), x86 (40000003) and aarch64 (c00000b7)", archText)
	}
	// ausearch -i writes syscall=NAME; the kernel a number.
	text := f["syscall"]
	sc := &Syscall{Arch: arch.Name, Audit: arch.Audit, Compat: f["compat"] == "1"}
	if nr, err := strconv.ParseUint(text, 10, 32); err == nil {
		sc.Number = uint32(nr)
		if sc.Number&syscalls.X32SyscallBit != 0 && arch == syscalls.X86_64() {
			return nil, fmt.Errorf("seccomp record: syscall %d is an x32 call, which snaps' filters kill", sc.Number)
		}
		name, ok := arch.Lookup(sc.Number)
		if !ok {
			return nil, fmt.Errorf("seccomp record: no syscall %d on %s", sc.Number, arch.Name)
		}
		sc.Name = name
	} else if nr, ok := arch.Number(text); ok {
		sc.Name, sc.Number = text, nr
	} else {
		return nil, fmt.Errorf("seccomp record: syscall=%q is neither a number nor a syscall of %s", text, arch.Name)
	}
	if code, err := strconv.ParseUint(strings.TrimPrefix(f["code"], "0x"), 16, 32); err == nil {
		sc.Code = uint32(code)
		// The kernel logs the action without its data (the errno).
		action, ok := seccompActions[sc.Code&0xffff0000]
		if !ok {
			action = fmt.Sprintf("%#x", sc.Code)
		}
		rec.Outcome = action
	}
	rec.Syscall = sc
	if subj := f["subj"]; subj != "" && subj != "?" {
		rec.setLabel(subj)
	}
	if rec.Tag.Snap == "" {
		rec.Tag.Snap = snapOfPath(f["exe"])
	}
	return rec, nil
}

// snapOfPath returns the snap a path under /snap/NAME/ belongs to, or "".
func snapOfPath(path string) string {
	rest, ok := strings.CutPrefix(path, "/snap/")
	if !ok {
		return ""
	}
	name, _, _ := strings.Cut(rest, "/")
	if snap.ValidateInstanceName(name) != nil {
		return ""
	}
	return name
}
