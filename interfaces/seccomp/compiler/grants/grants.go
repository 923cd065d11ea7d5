// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package grants tells what a compiled seccomp filter grants. It runs
// the filter's programs in golang.org/x/net/bpf's VM, as the kernel
// would run them, for every syscall of x86_64 and of i386 (the compat
// architecture of an amd64 kernel) with a table of argument values, and
// writes the results as text: what is allowed, what is allowed under
// which arguments, and what fails with which errno. The catalogue's
// tests keep that text for the base policy and for each interface in
// golden files, so that any change of what a policy grants shows in
// review. It is a package for tests: nothing a daemon runs imports it.
package grants

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"

	"golang.org/x/net/bpf"

	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	"github.com/snapiface/snapiface/interfaces/seccomp/syscalls"
)

// The seccomp return values (linux/seccomp.h) and audit architectures
// (linux/audit.h).
const (
	RetKillProcess = 0x80000000
	RetKillThread  = 0x00000000
	RetTrap        = 0x00030000
	RetErrno       = 0x00050000
	RetLog         = 0x7ffc0000
	RetAllow       = 0x7fff0000
	retActionFull  = 0xffff0000
	retData        = 0x0000ffff

	AuditArchX86_64  = syscalls.AuditArchX86_64
	AuditArchI386    = syscalls.AuditArchI386
	AuditArchAArch64 = syscalls.AuditArchAArch64
	// X32SyscallBit marks an x32 syscall, which carries x86_64's audit
	// architecture.
	X32SyscallBit = syscalls.X32SyscallBit
)

// Filter is a compiled filter, ready to run.
type Filter struct {
	// Unrestricted says the policy installs no filter at all.
	Unrestricted bool
	progs        []*bpf.VM
}

// Load disassembles the programs of a compiled filter. They are arrays
// of struct sock_filter {u16 code; u8 jt; u8 jf; u32 k;} in host order.
func Load(f *compiler.Filter) (*Filter, error) {
	filter := &Filter{Unrestricted: f.Unrestricted}
	for i, prog := range f.Programs {
		if len(prog)%8 != 0 {
			return nil, fmt.Errorf("cannot load program %d: %d bytes, not a whole number of instructions", i+1, len(prog))
		}
		raw := make([]bpf.RawInstruction, 0, len(prog)/8)
		for j := 0; j < len(prog); j += 8 {
			raw = append(raw, bpf.RawInstruction{
				Op: binary.NativeEndian.Uint16(prog[j:]),
				Jt: prog[j+2],
				Jf: prog[j+3],
				K:  binary.NativeEndian.Uint32(prog[j+4:]),
			})
		}
		insns, allDecoded := bpf.Disassemble(raw)
		if !allDecoded {
			return nil, fmt.Errorf("cannot load program %d: an instruction x/net/bpf does not know", i+1)
		}
		vm, err := bpf.NewVM(insns)
		if err != nil {
			return nil, fmt.Errorf("cannot load program %d: %w", i+1, err)
		}
		filter.progs = append(filter.progs, vm)
	}
	return filter, nil
}

// seccompData builds the struct seccomp_data {int nr; u32 arch; u64
// instruction_pointer; u64 args[6];} that the kernel gives a filter,
// for the VM. The kernel's filter reads each 32-bit word in host order,
// and libseccomp compiles the loads of argument halves for the host's
// layout; x/net/bpf's VM reads words big-endian. So each word is written
// big-endian, at the offset where the host keeps it: the low half of
// args[i] at 16+8i on little-endian hosts, at 20+8i on big-endian ones.
func seccompData(arch, nr uint32, args []uint64) []byte {
	data := make([]byte, 64)
	binary.BigEndian.PutUint32(data[0:], nr)
	binary.BigEndian.PutUint32(data[4:], arch)
	littleEndian := binary.NativeEndian.Uint16([]byte{1, 0}) == 1
	for i, arg := range args {
		lo, hi := 16+8*i, 20+8*i
		if !littleEndian {
			lo, hi = hi, lo
		}
		binary.BigEndian.PutUint32(data[lo:], uint32(arg))
		binary.BigEndian.PutUint32(data[hi:], uint32(arg>>32))
	}
	return data
}

// Evaluate returns what the kernel would do with a syscall under the
// filter: the seccomp return value. The kernel runs every program,
// newest first, and keeps the most restrictive action (the lowest, as a
// signed number); on a tie the newest program's value stays.
//
// VM.Run returns the value of the RET instruction that ends the program
// (x/net/bpf v0.35.0 vm.go: "case RetConstant: return int(ins.Val)",
// not capped to the input's length as a socket filter would be), so the
// full 32-bit seccomp action and errno come through.
func (f *Filter) Evaluate(arch, nr uint32, args ...uint64) (uint32, error) {
	result := uint32(RetAllow)
	if f.Unrestricted {
		return result, nil
	}
	data := seccompData(arch, nr, args)
	for i := len(f.progs) - 1; i >= 0; i-- {
		out, err := f.progs[i].Run(data)
		if err != nil {
			return 0, fmt.Errorf("cannot run program %d: %w", i+1, err)
		}
		ret := uint32(out)
		if int32(ret&retActionFull) < int32(result&retActionFull) {
			result = ret
		}
	}
	return result, nil
}

// errnoNames names the errnos policies use.
var errnoNames = map[uint32]string{1: "EPERM", 2: "ENOENT", 13: "EACCES", 22: "EINVAL", 38: "ENOSYS", 95: "EOPNOTSUPP"}

// Action names a seccomp return value: allow, an errno name, kill,
// log or trap.
func Action(ret uint32) string {
	switch ret & retActionFull {
	case RetAllow:
		return "allow"
	case RetLog:
		return "log"
	case RetKillThread, RetKillProcess:
		return "kill"
	case RetTrap:
		return "trap"
	case RetErrno:
		if name, ok := errnoNames[ret&retData]; ok {
			return name
		}
		return fmt.Sprintf("errno %d", ret&retData)
	}
	return fmt.Sprintf("%#x", ret)
}

// The architectures the grants are evaluated on.
var (
	x86_64 = syscalls.X86_64()
	i386   = syscalls.I386()
)

// result is the action taken on one probe of one syscall.
type result struct {
	label, action string
}

// syscallGrants are the results of a syscall's probes, in the order of
// the probe table.
type syscallGrants struct {
	name    string
	results []result
}

// uniform returns the action every probe got, or "".
func (s syscallGrants) uniform() string {
	for _, r := range s.results[1:] {
		if r.action != s.results[0].action {
			return ""
		}
	}
	return s.results[0].action
}

// usual returns the action most probes got (the first probe's among
// equals).
func (s syscallGrants) usual() string {
	counts := make(map[string]int)
	best := ""
	for _, r := range s.results {
		counts[r.action]++
		if best == "" || counts[r.action] > counts[best] {
			best = r.action
		}
	}
	return best
}

// Grants is what a filter does with every syscall and probe.
type Grants struct {
	unrestricted bool
	x86_64, x86  []syscallGrants
	x32          string
}

// Of evaluates a filter on every syscall of x86_64 and i386 with their
// probes, and an x32 syscall. The filter must be amd64's.
func Of(f *Filter) (*Grants, error) {
	g := &Grants{unrestricted: f.Unrestricted}
	for _, a := range []*syscalls.Arch{x86_64, i386} {
		var list []syscallGrants
		for _, sc := range a.Table() {
			s := syscallGrants{name: sc.Name}
			for _, p := range probesOf(sc.Name) {
				ret, err := f.Evaluate(a.Audit, sc.Nr, p.args...)
				if err != nil {
					return nil, fmt.Errorf("%s %s(%s): %w", a.Name, sc.Name, p.label, err)
				}
				s.results = append(s.results, result{p.label, Action(ret)})
			}
			list = append(list, s)
		}
		sort.Slice(list, func(i, j int) bool { return list[i].name < list[j].name })
		if a == x86_64 {
			g.x86_64 = list
		} else {
			g.x86 = list
		}
	}
	ret, err := f.Evaluate(AuditArchX86_64, X32SyscallBit|0)
	if err != nil {
		return nil, err
	}
	g.x32 = Action(ret)
	return g, nil
}

// call formats a syscall and a probe's arguments.
func call(name, label string) string {
	return name + "(" + label + ")"
}

// Text writes the grants, one line a result:
//
//	x86_64  read: allow
//	x86_64  socket(...): EPERM
//	x86_64  socket(AF_UNIX, SOCK_STREAM, 0): allow
//
// A syscall whose probes all got one action takes one line; otherwise
// the action most probes got is written with "(...)", and each probe
// that got another follows with its arguments. The x86 lines are those
// of i386 where they differ from x86_64's for the same syscall and
// arguments, and every line of a syscall x86_64 lacks (chown32).
func (g *Grants) Text() string {
	if g.unrestricted {
		return "unrestricted: no filter, every syscall of every architecture allowed\n"
	}
	var b strings.Builder
	for _, s := range g.x86_64 {
		writeSyscall(&b, x86_64.Name, s)
	}
	native := make(map[string]syscallGrants, len(g.x86_64))
	for _, s := range g.x86_64 {
		native[s.name] = s
	}
	for _, s := range g.x86 {
		n, ok := native[s.name]
		if !ok {
			writeSyscall(&b, i386.Name, s)
			continue
		}
		writeChanges(&b, i386.Name, n, s, false)
	}
	fmt.Fprintf(&b, "x32     *: %s\n", g.x32)
	return b.String()
}

func writeSyscall(b *strings.Builder, archName string, s syscallGrants) {
	prefix := fmt.Sprintf("%-8s", archName)
	if action := s.uniform(); action != "" {
		fmt.Fprintf(b, "%s%s: %s\n", prefix, s.name, action)
		return
	}
	usual := s.usual()
	fmt.Fprintf(b, "%s%s: %s\n", prefix, call(s.name, "..."), usual)
	for _, r := range s.results {
		if r.action != usual {
			fmt.Fprintf(b, "%s%s: %s\n", prefix, call(s.name, r.label), r.action)
		}
	}
}

// writeChanges writes the probes whose action differs between from and
// to: one line when every probe changed from one action to another,
// else a line a probe. With arrows, a line says "from -> to"; without,
// it gives the new action only.
func writeChanges(b *strings.Builder, archName string, from, to syscallGrants, arrows bool) {
	prefix := fmt.Sprintf("%-8s", archName)
	format := func(a, b string) string {
		if arrows {
			return a + " -> " + b
		}
		return b
	}
	if len(from.results) != len(to.results) {
		// Impossible: both come from the same probe table.
		fmt.Fprintf(b, "%s%s: internal error: %d and %d probes\n", prefix, to.name, len(from.results), len(to.results))
		return
	}
	fromAll, toAll := from.uniform(), to.uniform()
	allChanged := true
	for i := range to.results {
		allChanged = allChanged && from.results[i].action != to.results[i].action
	}
	if fromAll != "" && toAll != "" && allChanged {
		fmt.Fprintf(b, "%s%s: %s\n", prefix, to.name, format(fromAll, toAll))
		return
	}
	for i, r := range to.results {
		if from.results[i].action != r.action {
			fmt.Fprintf(b, "%s%s: %s\n", prefix, call(to.name, r.label), format(from.results[i].action, r.action))
		}
	}
}

// Diff writes what grants does differently from base, as "action in
// base -> action in grants", in Text's order; "" when nothing differs.
// The x86 lines are those where i386's change differs from x86_64's
// for the same syscall and arguments ("EPERM (unchanged)" where x86_64
// changed and i386 did not), and the changes of syscalls x86_64 lacks.
func Diff(base, g *Grants) string {
	switch {
	case g.unrestricted && !base.unrestricted:
		return "unrestricted: no filter, every syscall of every architecture allowed\n"
	case g.unrestricted != base.unrestricted:
		return "restricted: a filter where the base has none\n"
	}
	var b strings.Builder
	nativeBase := make(map[string]syscallGrants, len(base.x86_64))
	nativeWith := make(map[string]syscallGrants, len(g.x86_64))
	for i, s := range g.x86_64 {
		writeChanges(&b, x86_64.Name, base.x86_64[i], s, true)
		nativeBase[s.name], nativeWith[s.name] = base.x86_64[i], s
	}
	for i, s := range g.x86 {
		from := base.x86[i]
		nb, ok := nativeBase[s.name]
		if !ok {
			writeChanges(&b, i386.Name, from, s, true)
			continue
		}
		nw := nativeWith[s.name]
		prefix := fmt.Sprintf("%-8s", i386.Name)
		for j, r := range s.results {
			fa, ta := from.results[j].action, r.action
			if fa == nb.results[j].action && ta == nw.results[j].action {
				continue
			}
			what := fa + " -> " + ta
			if fa == ta {
				what = ta + " (unchanged)"
			}
			label := call(s.name, r.label)
			if len(s.results) == 1 {
				label = s.name
			}
			fmt.Fprintf(&b, "%s%s: %s\n", prefix, label, what)
		}
	}
	if base.x32 != g.x32 {
		fmt.Fprintf(&b, "x32     *: %s -> %s\n", base.x32, g.x32)
	}
	return b.String()
}

// Uncovered returns, for each rule of a policy that puts a condition on
// an argument, why the probes of its syscall cannot show that
// condition: no probe matches the rule, or every probe does. Rules of
// syscalls neither table has are left out (the compiler refuses them).
func Uncovered(rs *seccomp.RuleSet) []string {
	known := make(map[string]bool)
	for _, a := range []*syscalls.Arch{x86_64, i386} {
		for _, sc := range a.Table() {
			known[sc.Name] = true
		}
	}
	var out []string
	for _, r := range rs.Rules {
		conditional := false
		for _, arg := range r.Args {
			conditional = conditional || arg.Op != seccomp.OpAny
		}
		if !conditional || !known[r.Syscall] {
			continue
		}
		matched, missed := false, false
		for _, p := range probesOf(r.Syscall) {
			if matches(r, p.args) {
				matched = true
			} else {
				missed = true
			}
		}
		switch {
		case !matched:
			out = append(out, fmt.Sprintf("line %d: %q: no probe of %s matches it", r.Line, r.String(), r.Syscall))
		case !missed:
			out = append(out, fmt.Sprintf("line %d: %q: every probe of %s matches it", r.Line, r.String(), r.Syscall))
		}
	}
	return out
}

// matches says whether a probe's arguments meet every condition of a
// rule, compared in 64 bits as on x86_64 (the compiler compares an
// ioctl request's lower 32 bits).
func matches(r seccomp.Rule, args []uint64) bool {
	for i, cond := range r.Args {
		var a uint64
		if i < len(args) {
			a = args[i]
		}
		if r.Syscall == "ioctl" && i == 1 && cond.Op == seccomp.OpEqual {
			a, cond.Value = a&0xffffffff, cond.Value&0xffffffff
		}
		ok := true
		switch cond.Op {
		case seccomp.OpEqual:
			ok = a == cond.Value
		case seccomp.OpNotEqual:
			ok = a != cond.Value
		case seccomp.OpLess:
			ok = a < cond.Value
		case seccomp.OpLessEqual:
			ok = a <= cond.Value
		case seccomp.OpGreater:
			ok = a > cond.Value
		case seccomp.OpGreaterEqual:
			ok = a >= cond.Value
		case seccomp.OpMaskedAll:
			ok = a&cond.Value == cond.Value
		case seccomp.OpMaskedEqual:
			ok = a&cond.Mask == cond.Value
		}
		if !ok {
			return false
		}
	}
	return true
}
