// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package compiler_test

import (
	"context"
	"encoding/binary"

	"golang.org/x/net/bpf"
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	"github.com/snapiface/snapiface/snap"
)

// The seccomp return values (linux/seccomp.h) and audit architectures
// (linux/audit.h) the tests use.
const (
	retKillThread = 0x00000000
	retErrno      = 0x00050000
	retLog        = 0x7ffc0000
	retAllow      = 0x7fff0000
	retActionFull = 0xffff0000

	auditArchX86_64  = 0xc000003e
	auditArchI386    = 0x40000003
	auditArchAArch64 = 0xc00000b7
	x32SyscallBit    = 0x40000000
)

var (
	eperm  = uint32(retErrno | compiler.ErrnoDefault)
	eacces = uint32(retErrno | compiler.ErrnoDenied)
)

// Syscall numbers, from the kernel's syscall tables.
const (
	nrX86_64Read       = 0
	nrX86_64Ioctl      = 16
	nrX86_64Socket     = 41
	nrX86_64Chown      = 92
	nrX86_64Setuid     = 105
	nrX86_64Setgroups  = 116
	nrX86_64Reboot     = 169
	nrX86_64KexecLoad  = 246
	nrX86_64Mknodat    = 259
	nrX86_64Fchownat   = 260
	nrI386Ioctl        = 54
	nrI386Setgroups32  = 206
	nrI386Chown32      = 212
	nrI386KexecLoad    = 283
	nrX86_64Chown32PNR = 0xffffd8ec // libseccomp's pseudo number for chown32, which x86_64 lacks
)

// Argument values, from the Linux UAPI headers.
const (
	afInet        = 2
	afNetlink     = 16
	afPacket      = 17
	netlinkRoute  = 0
	netlinkAudit  = 9
	tcgets        = 0x5401
	tiocsti       = 0x5412
	tioclinux     = 0x541c
	atFdcwd       = 0xffffffffffffff9c
	sIFIFO        = 0x1000
	sIFCHR        = 0x2000
	sockRaw       = 3
	snapDaemonUID = 584788
)

// program is a BPF program of a filter, ready to run in x/net/bpf's VM.
type program struct {
	insns []bpf.Instruction
	vm    *bpf.VM
}

// loadPrograms disassembles the programs of a filter. They are arrays of
// struct sock_filter {u16 code; u8 jt; u8 jf; u32 k;} in host order.
func loadPrograms(c *check.C, filter *compiler.Filter) []program {
	var progs []program
	for _, prog := range filter.Programs {
		c.Assert(len(prog)%8, check.Equals, 0)
		raw := make([]bpf.RawInstruction, 0, len(prog)/8)
		for i := 0; i < len(prog); i += 8 {
			raw = append(raw, bpf.RawInstruction{
				Op: binary.NativeEndian.Uint16(prog[i:]),
				Jt: prog[i+2],
				Jf: prog[i+3],
				K:  binary.NativeEndian.Uint32(prog[i+4:]),
			})
		}
		insns, allDecoded := bpf.Disassemble(raw)
		c.Assert(allDecoded, check.Equals, true)
		vm, err := bpf.NewVM(insns)
		c.Assert(err, check.IsNil)
		progs = append(progs, program{insns, vm})
	}
	return progs
}

// seccompData builds the struct seccomp_data {int nr; u32 arch; u64
// instruction_pointer; u64 args[6];} that the kernel gives a filter,
// for the VM. The kernel's filter reads each 32-bit word in host order,
// and libseccomp compiles the loads of argument halves for the host's
// layout; x/net/bpf's VM reads words big-endian. So each word is written
// big-endian, at the offset where the host keeps it: the low half of
// args[i] at 16+8i on little-endian hosts, at 20+8i on big-endian ones.
func seccompData(arch, nr uint32, args ...uint64) []byte {
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

// evaluate returns what the kernel would do with a syscall under the
// filter's programs, loaded in order. The kernel runs every program,
// newest first, and keeps the most restrictive action (the lowest, as a
// signed number); on a tie the newest program's value stays.
//
// VM.Run returns the value of the RET instruction that ends the program
// (x/net/bpf v0.35.0 vm.go: "case RetConstant: return int(ins.Val)",
// not capped to the input's length as a socket filter would be), so the
// full 32-bit seccomp action and errno come through.
func evaluate(c *check.C, progs []program, arch, nr uint32, args ...uint64) uint32 {
	data := seccompData(arch, nr, args...)
	result := uint32(retAllow)
	for i := len(progs) - 1; i >= 0; i-- {
		out, err := progs[i].vm.Run(data)
		c.Assert(err, check.IsNil)
		ret := uint32(out)
		if int32(ret&retActionFull) < int32(result&retActionFull) {
			result = ret
		}
	}
	return result
}

type vmCase struct {
	what string
	arch uint32
	nr   uint32
	args []uint64
	want uint32
}

func checkCases(c *check.C, progs []program, cases []vmCase) {
	for _, t := range cases {
		c.Check(evaluate(c, progs, t.arch, t.nr, t.args...), check.Equals, t.want, check.Commentf("%s: want %#x", t.what, t.want))
	}
}

func requireAMD64(c *check.C, filter *compiler.Filter) {
	if filter.Arches[0] != "amd64" {
		c.Skip("the syscall numbers of this test are those of amd64, x86 and x32; native is " + filter.Arches[0])
	}
}

func (s *compilerSuite) TestStrictPolicyInVM(c *check.C) {
	filter := compileVM(c, snap.StrictConfinement)
	requireAMD64(c, filter)
	progs := loadPrograms(c, filter)
	checkCases(c, progs, []vmCase{
		// multipass-support's rules.
		{"setgroups(0, NULL)", auditArchX86_64, nrX86_64Setgroups, []uint64{0, 0}, retAllow},
		{"setgroups(1, list): explicitly denied", auditArchX86_64, nrX86_64Setgroups, []uint64{1, 0x1000}, eacces},
		{"setgroups(2, list): not allowed", auditArchX86_64, nrX86_64Setgroups, []uint64{2, 0x1000}, eperm},
		{"setgroups(1<<32): the upper half counts", auditArchX86_64, nrX86_64Setgroups, []uint64{1 << 32, 0}, eperm},
		{"chown", auditArchX86_64, nrX86_64Chown, []uint64{0x1000, 1000, 1000}, retAllow},
		{"fchownat", auditArchX86_64, nrX86_64Fchownat, []uint64{atFdcwd, 0x1000, 0, 0, 0}, retAllow},
		// The base policy.
		{"read", auditArchX86_64, nrX86_64Read, []uint64{0, 0x1000, 10}, retAllow},
		{"kexec_load: absent", auditArchX86_64, nrX86_64KexecLoad, nil, eperm},
		{"reboot: explicitly denied, not allowed", auditArchX86_64, nrX86_64Reboot, nil, eacces},
		{"ioctl TCGETS", auditArchX86_64, nrX86_64Ioctl, []uint64{0, tcgets}, retAllow},
		{"ioctl TIOCSTI", auditArchX86_64, nrX86_64Ioctl, []uint64{0, tiocsti}, eacces},
		{"ioctl TIOCSTI with the upper bits set", auditArchX86_64, nrX86_64Ioctl, []uint64{0, 1<<32 | tiocsti}, eacces},
		{"ioctl TIOCLINUX", auditArchX86_64, nrX86_64Ioctl, []uint64{0, tioclinux}, eacces},
		{"socket AF_INET", auditArchX86_64, nrX86_64Socket, []uint64{afInet, sockRaw, 0}, retAllow},
		{"socket AF_PACKET", auditArchX86_64, nrX86_64Socket, []uint64{afPacket, sockRaw, 0}, eperm},
		{"socket AF_NETLINK NETLINK_ROUTE", auditArchX86_64, nrX86_64Socket, []uint64{afNetlink, sockRaw, netlinkRoute}, retAllow},
		{"socket AF_NETLINK NETLINK_AUDIT", auditArchX86_64, nrX86_64Socket, []uint64{afNetlink, sockRaw, netlinkAudit}, eperm},
		{"setuid(0)", auditArchX86_64, nrX86_64Setuid, []uint64{0}, retAllow},
		{"setuid(snap_daemon)", auditArchX86_64, nrX86_64Setuid, []uint64{snapDaemonUID}, eperm},
		{"mknodat FIFO", auditArchX86_64, nrX86_64Mknodat, []uint64{atFdcwd, 0x1000, sIFIFO | 0o644, 0}, retAllow},
		{"mknodat character device", auditArchX86_64, nrX86_64Mknodat, []uint64{atFdcwd, 0x1000, sIFCHR | 0o644, 0x0501}, eperm},
		// x86 programs on the same kernel: the 32-bit names exist there.
		{"x86 setgroups32(0)", auditArchI386, nrI386Setgroups32, []uint64{0, 0}, retAllow},
		// The denial names setgroups, not setgroups32.
		{"x86 setgroups32(1)", auditArchI386, nrI386Setgroups32, []uint64{1, 0}, eperm},
		{"x86 chown32", auditArchI386, nrI386Chown32, []uint64{0x1000, 0, 0}, retAllow},
		{"x86 kexec_load", auditArchI386, nrI386KexecLoad, nil, eperm},
		{"x86 ioctl TIOCSTI", auditArchI386, nrI386Ioctl, []uint64{0, tiocsti}, eacces},
		// x32 shares x86_64's audit architecture, with a bit in the number.
		{"x32 chown", auditArchX86_64, x32SyscallBit | nrX86_64Chown, []uint64{0x1000, 0, 0}, retAllow},
		{"x32 kexec_load", auditArchX86_64, x32SyscallBit | 528, nil, eperm},
		// Architectures the filter does not know are killed.
		{"aarch64", auditArchAArch64, 0, nil, retKillThread},
	})
}

func (s *compilerSuite) TestDevmodePolicyInVM(c *check.C) {
	filter := compileVM(c, snap.DevModeConfinement)
	requireAMD64(c, filter)
	progs := loadPrograms(c, filter)
	checkCases(c, progs, []vmCase{
		{"kexec_load: logged", auditArchX86_64, nrX86_64KexecLoad, nil, retLog},
		{"setgroups(2): logged", auditArchX86_64, nrX86_64Setgroups, []uint64{2, 0}, retLog},
		{"chown", auditArchX86_64, nrX86_64Chown, []uint64{0x1000, 0, 0}, retAllow},
		// Explicit denials are enforced in complain mode, as in AppArmor.
		{"reboot", auditArchX86_64, nrX86_64Reboot, nil, eacces},
		{"setgroups(1)", auditArchX86_64, nrX86_64Setgroups, []uint64{1, 0}, eacces},
		{"ioctl TIOCSTI", auditArchX86_64, nrX86_64Ioctl, []uint64{0, tiocsti}, eacces},
	})
}

// TestPseudoSyscallsLeftOut checks that a name x86_64 lacks compiles to
// no comparison there (libseccomp would compare with its negative pseudo
// number), and to a rule on x86, which has it.
func (s *compilerSuite) TestPseudoSyscallsLeftOut(c *check.C) {
	filter, err := compiler.Compile(context.Background(), "chown32\n")
	c.Assert(err, check.IsNil)
	requireAMD64(c, filter)
	progs := loadPrograms(c, filter)
	c.Assert(progs, check.HasLen, 1)
	for _, insn := range progs[0].insns {
		if jump, ok := insn.(bpf.JumpIf); ok {
			c.Check(jump.Val, check.Not(check.Equals), uint32(nrX86_64Chown32PNR))
		}
	}
	checkCases(c, progs, []vmCase{
		{"x86 chown32", auditArchI386, nrI386Chown32, nil, retAllow},
		{"x86_64 chown", auditArchX86_64, nrX86_64Chown, nil, eperm},
		{"x86_64 pseudo number", auditArchX86_64, nrX86_64Chown32PNR, nil, eperm},
	})
}
